import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { readDist, validateCommand } from '../../src/cli/validate';
import { ENVS, ROOT } from '../support/fixtures';

const VALIDATE = path.join(ROOT, 'build', 'src', 'cli', 'validate.js');

describe('npm run validate', () => {
  test('the real CLI on the committed dist/: every environment, zero violations, exit 0 and the figures', () => {
    const r = spawnSync(process.execPath, [VALIDATE, '--dist', path.join(ROOT, 'dist'), '--overlays', path.join(ROOT, 'overlays')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const perEnv = [...r.stdout.matchAll(/^(\S+): (\d+) documents, (\d+) violation\(s\)$/gm)];
    // Every overlay: the preview environment (issue 13) and the fleet (overlays/prod-fleet.yaml: each cluster's folder with its config) included.
    expect(perEnv.map((m) => m[1]).sort()).toEqual([...ENVS, 'preview', 'prod-fleet'].sort());
    for (const [, , documents, violations] of perEnv) {
      expect(Number(documents)).toBeGreaterThan(20);
      expect(Number(violations)).toBe(0);
    }
    expect(r.stdout).toMatch(/^validate: \d+ documents checked in \d+ ms \(\d+ documents\/s; schemas: \d+ precompiled loaded in \d+ ms, \d+ compiled in \d+ ms\), 0 violation\(s\)$/m);
  });

  describe('in process, on a scratch dist/', () => {
    let work: string;
    beforeEach(() => {
      work = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-validate-'));
    });
    afterEach(() => fs.rmSync(work, { recursive: true, force: true }));
    const args = (...extra: string[]) => ['--dist', path.join(work, 'dist'), '--env', 'prod', ...extra];
    /** The command in process (the real CLI runs above). */
    const runInProcess = (...extra: string[]) => {
      const r = validateCommand(args(...extra));
      return { status: r.code, stdout: r.stdout, stderr: r.stderr };
    };

    test('a hand edit that breaks a rule: exit 1 and a table row naming file, resource, rule and detail', () => {
      // One Namespace of dist/prod, edited (the rules check each document on its own; the real CLI above
      // checks every committed one).
      const rel = (fs.readdirSync(path.join(ROOT, 'dist', 'prod'), { recursive: true }) as string[]).sort().find((f) => /\/Namespace-[^/]+\.yaml$/.test(f))!;
      fs.mkdirSync(path.dirname(path.join(work, 'dist', 'prod', rel)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'dist', 'prod', rel), path.join(work, 'dist', 'prod', rel));
      const docs = readDist(path.join(work, 'dist', 'prod'));
      expect(docs.map((d) => d.file)).toEqual([rel]);
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

    test('a file identical in two environments is read once and checked in each; a hand edit in one is that one\'s violation', () => {
      const rel = (fs.readdirSync(path.join(ROOT, 'dist', 'prod'), { recursive: true }) as string[]).sort().find((f) => /\/CustomResourceDefinition-[^/]+\.yaml$/.test(f))!;
      for (const env of ['prod', 'staging']) {
        fs.mkdirSync(path.dirname(path.join(work, 'dist', env, rel)), { recursive: true });
        fs.copyFileSync(path.join(ROOT, 'dist', 'prod', rel), path.join(work, 'dist', env, rel));
      }
      const [prod, staging] = ['prod', 'staging'].map((env) => readDist(path.join(work, 'dist', env)));
      expect(staging[0].manifest).toBe(prod[0].manifest);
      const edited = path.join(work, 'dist', 'staging', rel);
      fs.writeFileSync(edited, fs.readFileSync(edited, 'utf8').replace(/^spec:\n/m, 'spec:\n  note: https://github.com/lumen/notes\n'));
      const r = validateCommand(['--dist', path.join(work, 'dist'), '--env', 'prod', '--env', 'staging']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^prod: 1 documents, 0 violation\(s\)$/m);
      expect(r.stdout).toMatch(/^staging: 1 documents, [1-9]\d* violation\(s\)$/m);
      expect(r.stdout).toMatch(/^staging\/\S+ +CustomResourceDefinition\/\S+ +air-gap-url +spec\.note: URL https:\/\/github\.com\/lumen\/notes/m);
    });

    test('unknown argument and missing environment', () => {
      fs.mkdirSync(path.join(work, 'dist', 'prod'), { recursive: true });
      expect(runInProcess('--nope').stderr).toContain('validate: unknown option "--nope"');
      const r = validateCommand(['--dist', path.join(work, 'dist'), '--env', 'dev']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/dist\/dev does not exist; run npm run synth/);
    });
  });
});
