import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { readDist, validateCommand, validateDist } from '../../src/cli/validate';
import { ENVS, ROOT } from '../support/fixtures';

const VALIDATE = path.join(ROOT, 'build', 'src', 'cli', 'validate.js');

describe('npm run validate', () => {
  test('the committed dist/ of every environment has zero violations', () => {
    const results = validateDist({ distDir: path.join(ROOT, 'dist'), overlaysDir: path.join(ROOT, 'overlays') });
    expect(results.map((r) => r.env).sort()).toEqual([...ENVS].sort());
    for (const r of results) {
      expect(r.documents).toBeGreaterThan(20);
      expect(r.violations).toEqual([]);
    }
  });

  describe('on a copy of dist/prod', () => {
    let work: string;
    beforeEach(() => {
      work = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-validate-'));
      fs.cpSync(path.join(ROOT, 'dist', 'prod'), path.join(work, 'dist', 'prod'), { recursive: true });
    });
    afterEach(() => fs.rmSync(work, { recursive: true, force: true }));
    const args = (...extra: string[]) => ['--dist', path.join(work, 'dist'), '--env', 'prod', ...extra];
    /** The real CLI (one Node process per call). */
    const run = (...extra: string[]) => spawnSync(process.execPath, [VALIDATE, ...args(...extra)], { cwd: ROOT, encoding: 'utf8' });
    /** The same command in process. */
    const runInProcess = (...extra: string[]) => {
      const r = validateCommand(args(...extra));
      return { status: r.code, stdout: r.stdout, stderr: r.stderr };
    };

    test('clean: exit 0 and the figures (the real CLI)', () => {
      const r = run();
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^prod: \d+ documents, 0 violation\(s\)$/m);
      expect(r.stdout).toMatch(/^validate: \d+ documents checked in \d+ ms \(\d+ documents\/s; schemas: \d+ precompiled loaded in \d+ ms, \d+ compiled in \d+ ms\), 0 violation\(s\)$/m);
    });

    test('a hand edit that breaks a rule: exit 1 and a table row naming file, resource, rule and detail', () => {
      const docs = readDist(path.join(work, 'dist', 'prod'));
      const target = docs.find((d) => d.manifest.kind === 'Namespace')!;
      const file = path.join(work, 'dist', 'prod', target.file);
      const m = yaml.load(fs.readFileSync(file, 'utf8')) as any;
      m.metadata.annotations = { ...m.metadata.annotations, note: 'see https://github.com/lumen/notes' };
      m.spec = { finalizerz: ['kubernetes'] };
      fs.writeFileSync(file, yaml.dump(m));
      const r = runInProcess();
      expect(r.status).toBe(1);
      const rows = r.stdout.split('\n');
      expect(rows).toContainEqual(expect.stringMatching(/^FILE +RESOURCE +RULE +DETAIL$/));
      const row = (rule: string) => rows.find((l) => l.startsWith(`prod/${target.file}`) && l.includes(` ${rule} `));
      expect(row('air-gap-url')).toMatch(/Namespace\/.* +air-gap-url +metadata\.annotations\.note: URL https:\/\/github\.com\/lumen\/notes points outside the cluster/);
      expect(row('schema')).toMatch(/schema +spec: unknown field "finalizerz"/);
      expect(r.stdout).toMatch(/, 2 violation\(s\)\n$/);
    });

    test('unknown argument and missing environment', () => {
      expect(runInProcess('--nope').stderr).toContain('validate: unknown argument "--nope"');
      const r = validateCommand(['--dist', path.join(work, 'dist'), '--env', 'dev']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/dist\/dev does not exist; run npm run synth/);
    });
  });
});
