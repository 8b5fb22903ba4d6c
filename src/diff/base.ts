/**
 * The base side of the rendered diff: a git ref's rendered manifests. Read from its committed dist/ (CI
 * refuses a stale one, so a checked commit's dist/ is its render), or, when that dist/ is missing or may be
 * stale (see `staleReason`), rendered: a temporary worktree of the ref (sharing node_modules through a
 * symlink), its own `npm run synth` into a temporary folder, read back as trees. The worktree is always removed.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliError } from '../cli/cli-util';
import type { Tree } from './compare';
import { isAlive } from '../synth/writer';

const TMP_PREFIX = 'lumen-diff-';

function git(repo: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
}

/** The commit a ref names; a CliError naming the ref when there is none. */
export function resolveRef(repo: string, ref: string): string {
  if (!ref || ref.startsWith('-')) throw new CliError(`diff: --base needs a git ref (a branch, tag or commit), got "${ref}"`);
  const top = git(repo, ['rev-parse', '--show-toplevel']);
  if (top.status !== 0) throw new CliError(`diff: ${repo} is not a git repository (${top.stderr.trim()})`);
  const r = git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (r.status !== 0) {
    throw new CliError(`diff: unknown git ref "${ref}" in ${top.stdout.trim()} (fetch it first, e.g. git fetch origin main, then --base origin/main)`);
  }
  return r.stdout.trim();
}

/** The merge base of a ref and HEAD: what a pull request's own changes are measured from. */
export function mergeBase(repo: string, ref: string): string {
  const sha = resolveRef(repo, ref);
  const r = git(repo, ['merge-base', sha, 'HEAD']);
  if (r.status !== 0) throw new CliError(`diff: "${ref}" and HEAD have no common ancestor (a shallow clone? fetch with full history)`);
  return r.stdout.trim();
}

/**
 * A commit that changes one of these without dist/ leaves a stale dist/ (an overlay's values, a chart archive,
 * the signing key the overlays name: it is rendered into the ClusterImagePolicy).
 */
export const RENDER_VALUES = ['overlays/', 'charts/', 'cosign.pub'];
/** The code a render also depends on: when the working tree has the ref's, an unchanged overlay renders the ref's dist/ (`unchangedEnvironments`). */
export const RENDER_CODE = ['src/', 'charts/', 'imports/', 'scripts/', 'package-lock.json', 'cosign.pub'];

/** The environments a commit defines: its overlays/<env>.yaml. */
export function refEnvironments(repo: string, sha: string): string[] {
  const r = git(repo, ['ls-tree', '--name-only', '-z', sha, 'overlays/']);
  return r.stdout.split('\0').map((f) => /^overlays\/([^/]+)\.yaml$/.exec(f)?.[1]).filter((e): e is string => !!e).sort();
}

/**
 * Why a commit's committed dist/ cannot stand for its render (then it is synthesized), or undefined when it
 * can. `npm test` ("the committed dist/ is exactly what synth produces") and CI's drift check refuse a stale
 * dist/, so a commit's dist/ is trusted, unless
 *  - the commit has no overlays/ (a layout older than this one: only its synth knows), or
 *  - an environment asked for (default: every overlay of the commit) has no dist/<env>/, or
 *  - the commit itself changed overlays/ or charts/ (values and archives: they change the render) and nothing
 *    under dist/: work in progress CI never checked.
 * A commit changing src/ or imports/ alone is trusted: most are refactors that render the same (with them in
 * the rule, `--base HEAD` after any such commit paid a worktree synth). Not detected: an older unchecked commit whose stale dist/ a later
 * commit inherits (`--synth-base` forces the synth).
 */
export function staleReason(repo: string, sha: string, envs: readonly string[]): string | undefined {
  const defined = refEnvironments(repo, sha);
  if (!defined.length) return 'it has no overlays/<env>.yaml';
  const dirs = new Set(git(repo, ['ls-tree', '--name-only', '-z', sha, 'dist/']).stdout.split('\0').filter(Boolean).map((f) => f.slice('dist/'.length)));
  const missing = (envs.length ? envs.filter((e) => defined.includes(e)) : defined).filter((e) => !dirs.has(e));
  if (missing.length) return `its dist/ has no ${missing.map((e) => `${e}/`).join(', ')}`;
  // The commit's own changes (against its first parent; a root commit against nothing).
  const parent = git(repo, ['rev-parse', '--verify', '--quiet', `${sha}^`]).stdout.trim();
  const changed = (parent ? git(repo, ['diff-tree', '-r', '--name-only', '-z', '--no-commit-id', parent, sha]) : git(repo, ['ls-tree', '-r', '--name-only', '-z', sha]))
    .stdout.split('\0').filter(Boolean);
  const inputs = RENDER_VALUES.filter((dir) => changed.some((f) => f.startsWith(dir)));
  if (inputs.length && !changed.some((f) => f.startsWith('dist/'))) {
    return `its commit changed ${inputs.join(', ')} but not dist/, which may be stale`;
  }
  return undefined;
}

/**
 * The environments whose render cannot differ from the ref's: the working tree runs the ref's code (its
 * src/, charts/, imports/, scripts/ and lockfile equal the ref's) and their overlay is the ref's. synth is
 * deterministic (a test and CI hold it to that), so they have no rendered change: neither rendered nor read,
 * whatever the ref's dist/ holds (`--base HEAD` after editing one overlay renders that environment only).
 */
export function unchangedEnvironments(repo: string, sha: string, overlayFiles: readonly string[]): string[] {
  if (!overlayFiles.length || git(repo, ['diff', '--quiet', sha, '--', ...RENDER_CODE]).status !== 0) return [];
  const format = objectFormat(repo);
  const envs = overlayFiles.map((f) => path.basename(f, '.yaml'));
  const ids = git(repo, ['rev-parse', ...envs.map((e) => `${sha}:overlays/${e}.yaml`)]).stdout.split('\n');
  return envs.filter((_env, i) => ids[i] === blobId(fs.readFileSync(overlayFiles[i], 'utf8'), format));
}

function objectFormat(repo: string): 'sha1' | 'sha256' {
  return git(repo, ['rev-parse', '--show-object-format']).stdout.trim() === 'sha256' ? 'sha256' : 'sha1';
}

/** The object format's hash of a blob (what `git hash-object` prints for this content). */
export function blobId(content: string, format: 'sha1' | 'sha256' = 'sha1'): string {
  return createHash(format).update(`blob ${Buffer.byteLength(content)}\0`).update(content).digest('hex');
}

/**
 * A commit's committed dist/<env>/ trees, for the environments asked (default: every overlay of the commit).
 * Given the head's trees, a file whose blob id equals the head's rendering is not read: it maps to the
 * head's very string (src/diff/compare.ts skips identical files); only the others come out of git, in one
 * `git cat-file --batch`.
 */
export function committedTrees(repo: string, sha: string, envs: readonly string[], head?: ReadonlyMap<string, Tree>): Map<string, Tree> {
  const names = envs.length ? refEnvironments(repo, sha).filter((e) => envs.includes(e)) : refEnvironments(repo, sha);
  const format = objectFormat(repo);
  const trees = new Map<string, Map<string, string>>();
  const wanted = new Map<string, Array<{ env: string; file: string }>>();
  if (!names.length) return trees;
  const listing = git(repo, ['ls-tree', '-r', '-z', '--full-tree', sha, '--', ...names.map((e) => `dist/${e}/`)]);
  if (listing.status !== 0) throw new CliError(`diff: cannot list dist/ of ${sha.slice(0, 12)}: ${listing.stderr.trim()}`);
  for (const name of names) trees.set(name, new Map());
  for (const line of listing.stdout.split('\0')) {
    // <mode> blob <id>\t<path>
    const m = /^\d+ blob ([0-9a-f]+)\tdist\/([^/]+)\/(.+)$/s.exec(line);
    if (!m) continue;
    const [, id, env, file] = m;
    const same = head?.get(env)?.get(file);
    if (same !== undefined && blobId(same, format) === id) {
      trees.get(env)!.set(file, same);
    } else {
      trees.get(env)!.set(file, '');
      wanted.set(id, [...(wanted.get(id) ?? []), { env, file }]);
    }
  }
  for (const [id, text] of readBlobs(repo, [...wanted.keys()])) for (const { env, file } of wanted.get(id)!) trees.get(env)!.set(file, text);
  // Sorted like a synthesized tree.
  return new Map([...trees].map(([env, files]) => [env, new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))]));
}

/** The contents of blobs, by id, in one `git cat-file --batch`. */
function readBlobs(repo: string, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  const r = spawnSync('git', ['-C', repo, 'cat-file', '--batch'], { input: `${ids.join('\n')}\n`, maxBuffer: 1024 * 1024 * 1024 });
  if (r.status !== 0) throw new CliError(`diff: git cat-file failed: ${r.stderr.toString().trim()}`);
  const buf = r.stdout;
  let at = 0;
  for (const id of ids) {
    const eol = buf.indexOf(10, at);
    const header = buf.toString('utf8', at, eol);
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
    if (!m || m[1] !== id) throw new CliError(`diff: git cat-file: expected blob ${id}, found "${header}"`);
    const size = Number(m[2]);
    out.set(id, buf.toString('utf8', eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return out;
}

/** Reads every `<dir>/<env>/` folder (a rendered environment) into trees. */
export function readTrees(dir: string): Map<string, Tree> {
  const trees = new Map<string, Tree>();
  if (!fs.existsSync(dir)) return trees;
  for (const env of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!env.isDirectory() || env.name.startsWith('.')) continue;
    const files = new Map<string, string>();
    const walk = (d: string, prefix: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (e.isDirectory()) walk(path.join(d, e.name), `${prefix}${e.name}/`);
        else files.set(`${prefix}${e.name}`, fs.readFileSync(path.join(d, e.name), 'utf8'));
      }
    };
    walk(path.join(dir, env.name), '');
    trees.set(env.name, files);
  }
  return trees;
}

export interface BaseSynthOptions {
  /**
   * node_modules the worktree links to.
   * @default - the repository's own node_modules
   */
  readonly nodeModules?: string;
  /**
   * Only these environments (passed on as `--env`; a base that does not know the flag renders them all).
   * @default - every environment
   */
  readonly envs?: string[];
}

/**
 * Synthesizes `ref` of `repo` in a throwaway worktree and returns its environments. A base that does not
 * synthesize is a CliError quoting its own message. A layout older than `synth --out` (an unknown argument,
 * or nothing written to the temporary folder) is rendered into the worktree's own dist/ instead.
 */
export function synthesizeRef(repo: string, ref: string, options: BaseSynthOptions = {}): { sha: string; trees: Map<string, Tree> } {
  const sha = resolveRef(repo, ref);
  const short = sha.slice(0, 12);
  removeStaleWorktrees(repo);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `${TMP_PREFIX}${process.pid}-`));
  const tree = path.join(tmp, 'tree');
  const out = path.join(tmp, 'out');
  try {
    const add = git(repo, ['worktree', 'add', '--detach', '--quiet', tree, sha]);
    if (add.status !== 0) throw new CliError(`diff: cannot create a worktree of ${ref} (${short}): ${add.stderr.trim()}`);
    const modules = options.nodeModules ?? path.join(git(repo, ['rev-parse', '--show-toplevel']).stdout.trim(), 'node_modules');
    if (!fs.existsSync(modules)) throw new CliError(`diff: ${modules} not found; run npm ci first (the base reuses it)`);
    fs.symlinkSync(fs.realpathSync(modules), path.join(tree, 'node_modules'), 'dir');
    const pkg = readJson(path.join(tree, 'package.json'));
    if (!pkg?.scripts?.synth) throw new CliError(`diff: the base ${ref} (${short}) has no "synth" script in package.json; nothing to compare with`);

    const only = (options.envs ?? []).flatMap((e) => ['--env', e]);
    let r = runSynthScript(tree, ['--out', out, ...only]);
    let dir = out;
    if (r.status !== 0 && only.length && /unknown/i.test(`${r.stderr}${r.stdout}`) && /--env/.test(`${r.stderr}${r.stdout}`)) r = runSynthScript(tree, ['--out', out]);
    const output = `${r.stderr}${r.stdout}`;
    const unknownOut = r.status !== 0 && /unknown/i.test(output) && output.includes('--out') && readTrees(out).size === 0;
    if (unknownOut || (r.status === 0 && readTrees(out).size === 0)) {
      r = runSynthScript(tree, []);
      dir = path.join(tree, 'dist');
    }
    if (r.status !== 0) {
      const said = `${r.stderr}\n${r.stdout}`.split('\n').filter((l) => l.trim() && !/^npm (ERR!|error)|^> /.test(l)).slice(-15).join('\n  ');
      throw new CliError(`diff: the base ${ref} (${short}) does not synthesize (exit ${r.status ?? r.signal}):\n  ${said || '(no output)'}`);
    }
    const trees = readTrees(dir);
    if (!trees.size) throw new CliError(`diff: the base ${ref} (${short}) synthesized no environment`);
    return { sha, trees };
  } finally {
    const rm = git(repo, ['worktree', 'remove', '--force', tree]);
    fs.rmSync(tmp, { recursive: true, force: true });
    if (rm.status !== 0) git(repo, ['worktree', 'prune']);
  }
}

/**
 * What `npm run --silent synth -- <args>` runs in the base: its synth script through `sh -c`, the arguments
 * appended (quoted), `node_modules/.bin` first on PATH. Without npm itself (~0.3 s a run, and a base may
 * need up to three). npm runs it when it must: on Windows, or when the base has presynth/postsynth scripts.
 */
function runSynthScript(cwd: string, args: string[]): SpawnSyncReturns<string> {
  const options = { cwd, encoding: 'utf8' as const, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CDK8S_OUTDIR: '' } };
  const scripts = readJson(path.join(cwd, 'package.json'))?.scripts ?? {};
  if (process.platform === 'win32' || scripts.presynth || scripts.postsynth) {
    return spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'synth', ...(args.length ? ['--', ...args] : [])], options);
  }
  const command = [scripts.synth as string, ...args.map(shellQuote)].join(' ');
  return spawnSync('sh', ['-c', command], { ...options, env: { ...options.env, PATH: `${path.join(cwd, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` } });
}

/** One POSIX shell word (npm quotes appended arguments the same way). */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function readJson(file: string): any {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Worktrees of runs that were killed (their pid is gone): their folder, then git's record of them. */
function removeStaleWorktrees(repo: string): void {
  const pattern = new RegExp(`^${TMP_PREFIX}(\\d+)-`);
  for (const name of fs.readdirSync(os.tmpdir())) {
    const m = pattern.exec(name);
    if (m && !isAlive(Number(m[1]))) {
      const tree = path.join(os.tmpdir(), name, 'tree');
      if (fs.existsSync(tree)) git(repo, ['worktree', 'remove', '--force', tree]);
      fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
    }
  }
  git(repo, ['worktree', 'prune']);
}

