import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthCommand } from '../../src/main';
import { writeTree } from '../../src/synth/writer';
import * as yaml from 'js-yaml';
import { CDK8S_SUMMARY_FILE } from '../../src/main';
import { MINIMAL_OVERLAY, ROOT, smallOverlay, treeOf } from '../support/fixtures';

const MAIN = path.join(ROOT, 'build', 'src', 'main.js');

describe('npm run synth (the CLI), one real run', () => {
  // A full render is this suite's cost: one process renders a folder holding a copy of overlays/dev.yaml and a
  // minimal qa.yaml, in another time zone and locale; the tests below read what it printed and wrote.
  let work: string;
  let r: SpawnSyncReturns<string>;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-synth-'));
    fs.mkdirSync(path.join(work, 'overlays'));
    fs.copyFileSync(path.join(ROOT, 'overlays', 'dev.yaml'), path.join(work, 'overlays', 'dev.yaml'));
    fs.copyFileSync(path.join(ROOT, 'cosign.pub'), path.join(work, 'cosign.pub'));
    fs.writeFileSync(path.join(work, 'overlays', 'qa.yaml'), MINIMAL_OVERLAY);
    r = spawnSync(process.execPath, [MAIN, '--overlays', path.join(work, 'overlays'), '--out', path.join(work, 'dist')], {
      cwd: work, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' },
    });
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('renders every overlay and prints a summary', () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^qa\s+\d+ waves, \d+ applications, \d+ resources, \d+ bytes$/m);
    expect(r.stdout).toMatch(/^dev\s+\d+ waves, \d+ applications, \d+ resources, \d+ bytes$/m);
    expect(r.stdout).toMatch(/^synth: 2 environment\(s\) into dist in \d+ ms$/m);
    expect(fs.existsSync(path.join(work, 'dist', 'qa', 'bootstrap', 'Application-root.yaml'))).toBe(true);
  });

  test('another time zone and locale give byte-identical output (the committed dist/dev)', () => {
    expect(r.status).toBe(0);
    expect(treeOf(path.join(work, 'dist', 'dev'))).toEqual(treeOf(path.join(ROOT, 'dist', 'dev')));
  });
});

describe('cdk8s synth (the cdk8s CLI, cdk8s.yaml app: and output:)', () => {
  // The cdk8s CLI runs cdk8s.yaml's `app:` with CDK8S_OUTDIR set, keeps the app's stdout to itself, passes
  // stderr through, then lists the YAML files of its output folder ("No manifests synthesized" when none).
  // --no-check-upgrade: no network. The app is cdk8s.yaml's, given a folder of its own (--out, --overlays).
  test('prints the summary npm run synth prints, and lists the summary file instead of "No manifests synthesized"', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-cdk8s-'));
    try {
      fs.mkdirSync(path.join(work, 'overlays'));
      fs.writeFileSync(path.join(work, 'overlays', 'small.yaml'), smallOverlay());
      const app = (yaml.load(fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')) as { app: string }).app;
      const paths = ['--overlays', path.join(work, 'overlays'), '--out', path.join(work, 'dist')];
      const cli = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s'), 'synth', '--no-check-upgrade',
        '--app', `${app} ${paths.join(' ')}`, '--output', path.join(work, 'cdk8s.out')], { cwd: ROOT, encoding: 'utf8' });
      expect(cli.status).toBe(0);
      const npm = spawnSync(process.execPath, [MAIN, ...paths], { cwd: ROOT, encoding: 'utf8' });
      expect(npm.status).toBe(0);
      const summary = (text: string) => text.split('\n').filter((l) => /^(small\s|synth: )/.test(l)).map((l) => l.replace(/in \d+ ms$/, 'in N ms'));
      expect(summary(npm.stdout)).toEqual([expect.stringMatching(/^small\s+\d+ waves, \d+ applications, \d+ resources, \d+ bytes$/), expect.stringMatching(/^synth: 1 environment\(s\) into .* in N ms$/)]);
      expect(summary(cli.stderr)).toEqual(summary(npm.stdout));
      expect(cli.stdout).toContain(`- ${path.join(work, 'cdk8s.out', CDK8S_SUMMARY_FILE)}`);
      expect(cli.stdout + cli.stderr).not.toContain('No manifests synthesized');
      const listed = yaml.load(fs.readFileSync(path.join(work, 'cdk8s.out', CDK8S_SUMMARY_FILE), 'utf8')) as { environments: { env: string; dir: string }[] };
      expect(listed.environments.map((e) => e.env)).toEqual(['small']);
      expect(fs.existsSync(path.join(work, 'dist', 'small', 'bootstrap', 'Application-root.yaml'))).toBe(true);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('npm run synth (the CLI)', () => {
  let work: string;
  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-synth-'));
    fs.mkdirSync(path.join(work, 'overlays'));
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  const args = () => ['--overlays', path.join(work, 'overlays'), '--out', path.join(work, 'dist')];
  /** The real CLI: a Node process, its exit code and output. */
  const run = () => spawnSync(process.execPath, [MAIN, ...args()], { cwd: work, encoding: 'utf8' });
  /** The same command in process (no Node start; a bad overlay fails before the renderer loads). */
  const runInProcess = () => synthCommand(args(), { cwd: work });

  test('a bad overlay: exit 1, one message naming file and key, no stack, dist/ untouched', () => {
    // dist/qa of an earlier synth (the test above shows a good qa.yaml renders and writes it).
    fs.mkdirSync(path.join(work, 'dist', 'qa', 'bootstrap'), { recursive: true });
    fs.writeFileSync(path.join(work, 'dist', 'qa', 'bootstrap', 'Application-root.yaml'), 'kind: Application # an earlier synth\n');
    const before = treeOf(path.join(work, 'dist'));
    fs.writeFileSync(path.join(work, 'overlays', 'qa.yaml'), `${MINIMAL_OVERLAY}components: { vault: { replicas: -1 } }\n`);
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('overlays/qa.yaml: components.vault.replicas: expected >= 1, found number -1');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(treeOf(path.join(work, 'dist'))).toEqual(before);
  });

  test('a folder of dist/ whose overlay is gone is removed (an environment, a fleet, a preview); anything else stays', () => {
    fs.writeFileSync(path.join(work, 'overlays', 'a.yaml'), MINIMAL_OVERLAY);
    const make = (rel: string) => {
      fs.mkdirSync(path.dirname(path.join(work, 'dist', rel)), { recursive: true });
      fs.writeFileSync(path.join(work, 'dist', rel), 'x\n');
    };
    make('gone/bootstrap/Application-root.yaml');
    make('gone-fleet/infra/bootstrap/Application-root.yaml');
    make('gone-preview/kustomization.yaml');
    make('gone-preview/manifests/Namespace-pr-preview.yaml');
    make('notes/README.md');
    const r = runInProcess();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(work, 'dist')).sort()).toEqual(['a', 'notes']);
  });

  test('one bad overlay among good ones writes no environment at all', () => {
    fs.writeFileSync(path.join(work, 'overlays', 'a.yaml'), MINIMAL_OVERLAY);
    fs.writeFileSync(path.join(work, 'overlays', 'b.yaml'), 'cluster: [1, 2]\n');
    const r = runInProcess();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^overlays\/b\.yaml: cluster: expected object, found a list/m);
    expect(fs.existsSync(path.join(work, 'dist', 'a'))).toBe(false);
  });

  // Done when (issue 14): a first-party image without digest in prod, and prod without the signed-image policy,
  // stop the synth itself: exit 1, each problem with the service and the environment, no environment written.
  test('prod: a service image without digest, or no enforced signing, is a synth error', () => {
    fs.copyFileSync(path.join(ROOT, 'cosign.pub'), path.join(work, 'cosign.pub'));
    const digests = `services:\n  lumenApi: { image: { digest: "sha256:${'1'.repeat(64)}" } }\n  catalog: { image: { digest: "sha256:${'2'.repeat(64)}" }, v1: { digest: "sha256:${'3'.repeat(64)}" } }\n`;
    fs.writeFileSync(path.join(work, 'overlays', 'prod.yaml'), `${MINIMAL_OVERLAY}${digests}signing: { publicKey: ../cosign.pub }\n`);
    fs.writeFileSync(path.join(work, 'overlays', 'staging.yaml'), `${MINIMAL_OVERLAY}${digests}  order: { image: { digest: "sha256:${'4'.repeat(64)}" } }\n`);
    const r = runInProcess();
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'overlays/prod.yaml: services.order.image.digest: order in prod runs shop/order:1.0.0 by tag only; expected a digest sha256:<64 hex> (signatures are verified by digest: npm run promote -- --env prod --service order --tag 1.0.0 --digest sha256:…), found nothing',
      'overlays/staging.yaml: signing: required in staging (staging and prod admit only signed first-party images): expected { publicKey: ../cosign.pub, mode: enforce }, found nothing',
    ]);
    expect(fs.existsSync(path.join(work, 'dist'))).toBe(false);
  });

  test('unknown argument is an error', () => {
    const r = synthCommand(['--nope']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('synth: unknown option "--nope"');
  });
  test('several bad overlays: every file reported at once', () => {
    fs.writeFileSync(path.join(work, 'overlays', 'a.yaml'), '');
    fs.writeFileSync(path.join(work, 'overlays', 'b.yaml'), '- x\n');
    const r = runInProcess();
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').map((l) => l.split(':')[0])).toEqual(['overlays/a.yaml', 'overlays/b.yaml']);
  });
});

describe('writeTree', () => {
  test('replaces the folder exactly: files of removed resources disappear, no temp folders stay', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-write-'));
    writeTree(out, 'e', new Map([['a/x.yaml', '1'], ['b.yaml', '2']]));
    writeTree(out, 'e', new Map([['a/y.yaml', '3']]));
    expect(treeOf(path.join(out, 'e'))).toEqual({ 'a/y.yaml': '3' });
    expect(fs.readdirSync(out)).toEqual(['e']);
    fs.rmSync(out, { recursive: true, force: true });
  });
});

describe('writeTree after a killed run', () => {
  test('removes the temp folder a dead process left behind', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-write-'));
    fs.mkdirSync(path.join(out, '.e.tmp-999999999'));
    writeTree(out, 'e', new Map([['a.yaml', '1']]));
    expect(fs.readdirSync(out)).toEqual(['e']);
    fs.rmSync(out, { recursive: true, force: true });
  });
});

describe('writeTree leaves what did not change', () => {
  test('an identical tree is not rewritten; a changed one rewrites only changed files', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-write-'));
    const first = new Map([['a/x.yaml', '1'], ['b.yaml', '2']]);
    expect(writeTree(out, 'e', first)).toEqual({ changed: true, written: 2 });
    const inode = fs.statSync(path.join(out, 'e', 'b.yaml')).ino;
    expect(writeTree(out, 'e', first)).toEqual({ changed: false, written: 0 });
    expect(writeTree(out, 'e', new Map([['a/x.yaml', '3'], ['b.yaml', '2']]))).toEqual({ changed: true, written: 1 });
    expect(fs.statSync(path.join(out, 'e', 'b.yaml')).ino).toBe(inode);
    expect(treeOf(path.join(out, 'e'))).toEqual({ 'a/x.yaml': '3', 'b.yaml': '2' });
    expect(writeTree(out, 'e', new Map([['a/x.yaml', '3']]))).toEqual({ changed: true, written: 0 });
    expect(treeOf(path.join(out, 'e'))).toEqual({ 'a/x.yaml': '3' });
    fs.rmSync(out, { recursive: true, force: true });
  });
});
