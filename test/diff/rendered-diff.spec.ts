import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { diffReport, DiffArgs, renderWorkingTree } from '../../src/cli/diff';
import { componentsSchema, servicesSchema } from '../../src/config/schema';
import { blobId, committedTrees, shellQuote, staleReason, synthesizeRef, unchangedEnvironments } from '../../src/diff/base';
import { compareTrees, entriesOf, Tree } from '../../src/diff/compare';
import { NO_CHANGES, renderReport } from '../../src/diff/report';
import { COMMENT_BODY_LIMIT, COMMENT_MARKER } from '../../src/gitea/comments';
import { MINIMAL_OVERLAY, overlay, ROOT } from '../support/fixtures';

/**
 * A throwaway git repository holding a copy of this working tree (the real repository's HEAD and index are
 * never touched). Its HEAD is synthesized ONCE, in a worktree, and shared by the tests; the heads are
 * rendered in memory from edited copies of the overlays.
 */
const DIFF = path.join(ROOT, 'build', 'src', 'cli', 'diff.js');
let tmp: string;
let repo: string;
let base: Map<string, Tree>;

// Objects stored uncompressed: this throwaway repository's ~17 MB (imports/) are hashed, not zipped.
const GIT_CONFIG = ['user.name=test', 'user.email=test@lumen.local', 'commit.gpgsign=false', 'core.compression=0', 'core.looseCompression=0'];
const gitWith = (input: string | undefined, ...args: string[]) => {
  const r = spawnSync('git', ['-C', repo, ...GIT_CONFIG.flatMap((c) => ['-c', c]), ...args], { encoding: 'utf8', input });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const git = (...args: string[]) => gitWith(undefined, ...args);

/**
 * A branch whose one commit holds only `files` (top-level files), made with git's plumbing: the working tree
 * (a copy of this repository) is never checked out again.
 */
function branch(name: string, files: Record<string, string>): void {
  const entries = Object.entries(files).map(([file, text]) => `100644 blob ${gitWith(text, 'hash-object', '-w', '--stdin').trim()}\t${file}\n`);
  const tree = gitWith(entries.join(''), 'mktree').trim();
  git('branch', name, git('commit-tree', tree, '-m', name).trim());
}

/** The repository's overlays with one text replacement, in a folder of their own. */
function overlaysWith(file: string, from: RegExp, to: string): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'overlays-'));
  fs.cpSync(path.join(repo, 'overlays'), dir, { recursive: true });
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  expect(text).toMatch(from);
  fs.writeFileSync(path.join(dir, file), text.replace(from, to));
  return dir;
}


// The throwaway repository renders the same charts with the same values: its base synth (a child process)
// reads this repository's render cache instead of running helm for every chart again.
const savedHelmCache = process.env.LUMEN_HELM_CACHE;
beforeAll(() => {
  process.env.LUMEN_HELM_CACHE = path.join(ROOT, 'build', '.helm-cache');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-rendered-diff-'));
  repo = path.join(tmp, 'repo');
  fs.mkdirSync(repo);
  for (const f of ['src', 'imports', 'scripts', 'overlays', 'charts', 'package.json', 'tsconfig.json', 'cdk8s.yaml', 'cosign.pub']) {
    fs.cpSync(path.join(ROOT, f), path.join(repo, f), { recursive: true });
  }
  // The overlays name ../cosign.pub: overlaysWith()'s copies (in tmp) find it there.
  fs.copyFileSync(path.join(ROOT, 'cosign.pub'), path.join(tmp, 'cosign.pub'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(repo, '.gitignore'), 'node_modules\nbuild/\ndist/\n');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  // A base that does not synthesize (a bad overlay), and a layout older than `synth --out`.
  // (its synth fails the way a bad overlay makes it fail, without checking out and building the whole tree)
  branch('broken', {
    'package.json': JSON.stringify({ scripts: { synth: 'node broken-synth.js' } }),
    'broken-synth.js': "console.error('overlays/prod.yaml: cluster: expected object, found a list ([1,2])'); process.exit(1);\n",
  });
  // Its one resource is large: its diff block is cut short, so the report says it is truncated.
  const bulk = Array.from({ length: 800 }, (_, i) => `  key${i}: value-${'x'.repeat(20)}-${i}\\n`).join('');
  branch('old', {
    'package.json': JSON.stringify({ scripts: { synth: 'node old-synth.js' } }),
    'old-synth.js': [
      "const fs = require('fs');",
      "if (process.argv.length > 2) { console.error(`unknown argument \"${process.argv[2]}\"`); process.exit(1); }",
      "fs.mkdirSync('dist/prod/40-applications/api', { recursive: true });",
      `fs.writeFileSync('dist/prod/40-applications/api/ConfigMap-api.yaml', 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: api\\n  namespace: lumen\\ndata:\\n${bulk}');`,
    ].join('\n'),
  });

  base = synthesizeRef(repo, 'main', { envs: ['prod'] }).trees;
}, 60_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  if (savedHelmCache === undefined) delete process.env.LUMEN_HELM_CACHE;
  else process.env.LUMEN_HELM_CACHE = savedHelmCache;
});

describe('rendered diff of a git ref against a working tree', () => {
  test('the base synthesized in a worktree that is gone afterwards', () => {
    expect([...base.keys()]).toEqual(['prod']);
    expect(git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  });

  test('identical trees: "No rendered changes"', () => {
    const head = renderWorkingTree(path.join(repo, 'overlays'), ['prod']);
    const diff = compareTrees(base, head);
    expect(diff.environments[0].changes).toEqual([]);
    expect(renderReport(diff, { baseLabel: '`main`' })).toContain(NO_CHANGES);
  });

  test('an image tag changed in one overlay: exactly the resources naming that image change (and images.txt)', () => {
    const head = renderWorkingTree(overlaysWith('prod.yaml', /(lumenApi:\n\s+image: \{ tag: )1\.3\.0/, '$11.3.1'), ['prod']);
    const diff = compareTrees(base, head);
    const changes = diff.environments[0].changes;
    const naming = [...entriesOf(base.get('prod')!).values()].filter((e) => e.manifest && e.text.includes('/lumen/lumen-api:1.3.0')).map((e) => e.id).sort();
    expect(naming.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.type === 'changed')).toBe(true);
    expect(changes.filter((c) => c.head!.manifest).map((c) => c.head!.id).sort()).toEqual(naming);
    expect(changes.filter((c) => !c.head!.manifest).map((c) => c.head!.file)).toEqual(['images.txt']);
    const md = renderReport(diff, { baseLabel: '`main`' });
    // prod runs it by tag@digest (signatures are enforced there): the tag moved, the digest beside it did not.
    const digest = overlay('prod').services.lumenApi.image.digest;
    expect(md).toMatch(new RegExp(`^-.*lumen/lumen-api:1\\.3\\.0@${digest}$`, 'm'));
    expect(md).toMatch(new RegExp(`^\\+.*lumen/lumen-api:1\\.3\\.1@${digest}$`, 'm'));
    expect(md).toContain(`/lumen/lumen-api\`: 1.3.0@${digest} → 1.3.1@${digest}`);
  });

  test('a chart value changed: the rendered objects it changes, the render\'s inputs and the bootstrap values file, nothing else', () => {
    const head = renderWorkingTree(overlaysWith('prod.yaml', /argocd: \{ replicas: 2 \}/, 'argocd: { replicas: 3 }'), ['prod']);
    const changes = compareTrees(base, head).environments[0].changes;
    expect(changes.map((c) => `${c.type} ${c.head!.label}`).sort()).toEqual([
      'changed 05-argocd/argocd/.helm/argocd.values.yaml',
      'changed Deployment argocd/argocd-applicationset-controller',
      'changed Deployment argocd/argocd-repo-server',
      'changed Deployment argocd/argocd-server',
      'changed bootstrap/helm/argocd.values.yaml',
    ]);
  });

  test('the CLI: exit 0 and the report in --out (base: a layout older than `synth --out`, rendered in its worktree\'s dist/)', () => {
    // A cheap base and a cheap head (a valid overlay with every optional component off) keep this end-to-end
    // run fast; the diffs above render this repository's overlays with the same functions.
    const bare = fs.mkdtempSync(path.join(tmp, 'bare-'));
    const off = (keys: string[]) => keys.map((k) => `  ${k}: { enabled: false }\n`).join('');
    // prod must enforce signatures: the verifier stays on, with the repository's key (tmp/cosign.pub).
    fs.writeFileSync(path.join(bare, 'prod.yaml'), `${MINIMAL_OVERLAY}components:\n${off(Object.keys(componentsSchema.unwrap().shape).filter((k) => k !== 'argocd' && k !== 'policyController'))}`
      + `services:\n${off(Object.keys(servicesSchema.unwrap().shape))}signing: { publicKey: ../cosign.pub }\n`);
    const out = path.join(tmp, 'diff.md');
    const r = spawnSync(process.execPath, [DIFF, '--repo', repo, '--overlays', bare, '--base', 'old', '--env', 'prod', '--out', out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^diff: \d+ rendered change\(s\) against old; report in .*diff\.md \(\d+ bytes\)/);
    const md = fs.readFileSync(out, 'utf8');
    expect(md).toMatch(/^## Rendered manifests: `old` \([0-9a-f]{10}\) → the working tree/);
    // No overlays/ at that ref: its dist/ cannot be trusted, so it was synthesized (the worktree path).
    expect(md).toMatch(/^_Base synthesized in a worktree of [0-9a-f]{10}: it has no overlays\/<env>\.yaml\._$/m);
    expect(md).toContain('### prod: ');
    expect(md).toContain('| 40-applications | api |  |  | 1 |');
    expect(md).toContain('✂️ **Truncated**');
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(COMMENT_BODY_LIMIT - COMMENT_MARKER.length - 1);
    expect(git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  });

  test('the CLI: an unknown ref is exit 1 with a clear message', () => {
    const r = spawnSync(process.execPath, [DIFF, '--repo', repo, '--overlays', path.join(repo, 'overlays'), '--base', 'origin/nope'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^diff: unknown git ref "origin\/nope" in .*repo \(fetch it first/);
  });

  test('a base that does not synthesize is a clear error quoting its own message', () => {
    expect(() => synthesizeRef(repo, 'broken', { envs: ['prod'] })).toThrow(/^diff: the base broken \([0-9a-f]{12}\) does not synthesize \(exit 1\):\n {2}overlays\/prod\.yaml: /);
    expect(git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  });
});

describe('the base read from its committed dist/', () => {
  // A branch `with-dist` on top of main commits dist/prod/ (main's synth, above): CI's state of affairs.
  let withDist: string;
  const args = (over: Partial<DiffArgs>): DiffArgs => ({
    mergeBase: false, envs: ['prod'], check: false, synthBase: false, repo, overlaysDir: path.join(repo, 'overlays'), ...over,
  });
  beforeAll(() => {
    git('checkout', '-q', '-b', 'with-dist');
    for (const [file, text] of base.get('prod')!) {
      fs.mkdirSync(path.dirname(path.join(repo, 'dist', 'prod', file)), { recursive: true });
      fs.writeFileSync(path.join(repo, 'dist', 'prod', file), text);
    }
    git('add', '-f', 'dist/prod');
    git('commit', '-q', '-m', 'dist/prod');
    withDist = git('rev-parse', 'HEAD').trim();
  }, 60_000);
  afterAll(() => git('checkout', '-q', 'main'));

  test('the rule: trusted when the commit rendered it; missing or possibly stale otherwise', () => {
    expect(staleReason(repo, withDist, ['prod'])).toBeUndefined();
    expect(staleReason(repo, withDist, [])).toBe('its dist/ has no dev/, preview/, prod-fleet/, staging/');
    expect(staleReason(repo, git('rev-parse', 'main').trim(), ['prod'])).toBe('its dist/ has no prod/');
    expect(staleReason(repo, git('rev-parse', 'old').trim(), [])).toBe('it has no overlays/<env>.yaml');
    // A commit that changes an input and not dist/ (work in progress CI never checked): synthesized.
    const overlay = fs.readFileSync(path.join(repo, 'overlays', 'prod.yaml'), 'utf8');
    const edited = gitWith(`${overlay}# a comment\n`, 'hash-object', '-w', '--stdin').trim();
    const index = path.join(tmp, 'index-stale');
    const env = { ...process.env, GIT_INDEX_FILE: index };
    const plumbing = (input: string | undefined, ...a: string[]) => spawnSync('git', ['-C', repo, ...GIT_CONFIG.flatMap((c) => ['-c', c]), ...a], { encoding: 'utf8', input, env }).stdout.trim();
    plumbing(undefined, 'read-tree', withDist);
    plumbing(undefined, 'update-index', '--cacheinfo', `100644,${edited},overlays/prod.yaml`);
    const stale = plumbing(undefined, 'commit-tree', plumbing(undefined, 'write-tree'), '-p', withDist, '-m', 'overlay only');
    expect(staleReason(repo, stale, ['prod'])).toBe('its commit changed overlays/ but not dist/, which may be stale');
    // src/ alone is trusted: most such commits render the same (npm test and CI check dist/).
    plumbing(undefined, 'read-tree', withDist);
    plumbing(undefined, 'update-index', '--add', '--cacheinfo', `100644,${plumbing('// a refactor\n', 'hash-object', '-w', '--stdin')},src/refactor.ts`);
    const refactor = plumbing(undefined, 'commit-tree', plumbing(undefined, 'write-tree'), '-p', withDist, '-m', 'src only');
    expect(staleReason(repo, refactor, ['prod'])).toBeUndefined();
  });

  test('the same code and overlay as the ref: no change possible, the environment is neither rendered nor read', () => {
    const files = ['dev', 'prod', 'staging'].map((e) => path.join(repo, 'overlays', `${e}.yaml`));
    expect(unchangedEnvironments(repo, withDist, files)).toEqual(['dev', 'prod', 'staging']);
    const other = overlaysWith('prod.yaml', /argocd: \{ replicas: 2 \}/, 'argocd: { replicas: 3 }');
    expect(unchangedEnvironments(repo, withDist, ['dev', 'prod'].map((e) => path.join(other, `${e}.yaml`)))).toEqual(['dev']);
    // Other code (the old layout has no src/): every environment is rendered.
    expect(unchangedEnvironments(repo, git('rev-parse', 'old').trim(), files)).toEqual([]);
    // Another signing key (the overlays name it, the ClusterImagePolicy carries it): every environment is rendered.
    const key = fs.readFileSync(path.join(repo, 'cosign.pub'), 'utf8');
    fs.writeFileSync(path.join(repo, 'cosign.pub'), `${key}\n`);
    try {
      expect(unchangedEnvironments(repo, withDist, files)).toEqual([]);
    } finally {
      fs.writeFileSync(path.join(repo, 'cosign.pub'), key);
    }
    const r = diffReport(args({ base: 'with-dist', envs: [] }));
    expect(r.changes).toBe(0);
    expect(r.baseSource).toBe(`Base: the committed dist/ of ${withDist.slice(0, 10)}, read from git. dev, preview, prod-fleet, prod, staging: the same code and overlay as ${withDist.slice(0, 10)}, so not rendered (no change possible).`);
    expect(r.report).toContain('No rendered changes (dev, preview, prod, prod-fleet, staging compared)');
  });

  test('the committed tree is the synthesized one; files whose blob id matches the head are not read', () => {
    expect(committedTrees(repo, withDist, ['prod'])).toEqual(base);
    const head = new Map([['prod', new Map(base.get('prod'))]]);
    const edited = 'images.txt';
    head.get('prod')!.set(edited, `${head.get('prod')!.get(edited)}# edited\n`);
    const read = committedTrees(repo, withDist, ['prod'], head).get('prod')!;
    expect(read).toEqual(base.get('prod'));
    // The head's very strings stand for the unchanged files (compare.ts then skips them by identity).
    expect(read.get('bootstrap/Application-root.yaml')).toBe(head.get('prod')!.get('bootstrap/Application-root.yaml'));
    expect(blobId(base.get('prod')!.get(edited)!)).toBe(git('rev-parse', `${withDist}:dist/prod/${edited}`).trim());
  });

  test('diffReport: a chart value changed, against the committed dist/: the same changes as against a synth', () => {
    const overlaysDir = overlaysWith('prod.yaml', /argocd: \{ replicas: 2 \}/, 'argocd: { replicas: 3 }');
    const r = diffReport(args({ base: 'with-dist', overlaysDir }));
    expect(r.baseSource).toBe(`Base: the committed dist/ of ${withDist.slice(0, 10)}, read from git.`);
    expect(r.report).toContain(`_${r.baseSource}_`);
    expect(r.changes).toBe(5);
    expect(r.report).toContain('**prod**: 5 changed');
  });

  test('the CLI without --base: the working tree against HEAD, said on its first line (rendered by the synth bundle)', () => {
    const overlays = overlaysWith('prod.yaml', /argocd: \{ replicas: 2 \}/, 'argocd: { replicas: 3 }');
    const r = spawnSync(process.execPath, [DIFF, '--repo', repo, '--overlays', overlays, '--env', 'prod', '--out', path.join(tmp, 'head.md')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`diff: no --base given: comparing the working tree with HEAD (${withDist.slice(0, 7)})`);
    expect(lines[1]).toMatch(/^diff: 5 rendered change\(s\) against HEAD; report in .*head\.md \(\d+ bytes\)\. Base: the committed dist\/ of [0-9a-f]{10}, read from git\.$/);
    expect(fs.readFileSync(path.join(tmp, 'head.md'), 'utf8')).toContain('**prod**: 5 changed');
  });
});

describe('the base\'s synth script, run as npm would run it', () => {
  test('arguments reach the script as they were (quoted for sh like npm quotes them)', () => {
    const args = ['--out', '/tmp/a b', "it's", '$HOME', '`x`', 'a;b', '--env=prod', ''];
    const r = spawnSync('sh', ['-c', `printf '%s\\n' ${args.map(shellQuote).join(' ')}`], { encoding: 'utf8' });
    expect(r.stdout).toBe(args.map((a) => `${a}\n`).join(''));
    expect(shellQuote('--out')).toBe('--out');
  });
});
