/**
 * `npm run charts -- <command>`: the vendored charts (charts/ and charts/lock.yaml).
 *   add <tgz> --repository URL [--source TEXT]   verify an archive and lock a chart not locked yet
 *   bump <chart> <tgz> [--source TEXT]           replace a locked chart by another version, and the pin in code
 *   verify                                       check every locked archive against its sha256
 * After a bump, `npm run synth` re-renders the chart and `npm run diff` shows what it changes per resource.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { tgzFiles } from '../helm/archive';
import { archiveName, CHARTS_DIR, ChartLock, LOCK_FILE, LockedChart, readLock, sha256, verifiedChart, writeLock } from '../helm/lock';
import { CliError, isHelp, parseCommand, repoRoot, runCli } from './cli-util';

const USAGE = `usage: npm run charts -- add <tgz> --repository URL [--source TEXT]
       npm run charts -- bump <chart> <tgz> [--source TEXT]
       npm run charts -- verify
  add              verify a chart archive, copy it into charts/ and lock it with its sha256
  bump             replace a locked chart by another version: archive, lock and the version pinned in src/
  verify           every archive of charts/ against charts/lock.yaml
  --repository URL where the chart comes from upstream (add)
  --source TEXT    the chart's source, e.g. a repository@tag (add, bump)
  -h, --help       this text`;

/** Name and version from an archive's Chart.yaml. */
export function chartMeta(data: Buffer, file: string): { name: string; version: string } {
  let files: Map<string, Buffer>;
  try {
    files = tgzFiles(data);
  } catch (e) {
    throw new CliError(`${file}: not a gzipped tar archive (${(e as Error).message})`);
  }
  const chartYaml = [...files.entries()].find(([f]) => /^[^/]+\/Chart\.yaml$/.test(f));
  if (!chartYaml) throw new CliError(`${file}: not a Helm chart archive (no <name>/Chart.yaml)`);
  const meta = yaml.load(chartYaml[1].toString('utf8')) as { name?: string; version?: string };
  if (!meta?.name || !meta.version) throw new CliError(`${file}: Chart.yaml has no name or version`);
  return { name: meta.name, version: String(meta.version) };
}

function readLockOrEmpty(root: string): ChartLock {
  return fs.existsSync(path.join(root, LOCK_FILE)) ? readLock(root) : { charts: [] };
}

function store(root: string, tgz: string): { name: string; version: string; sha256: string } {
  let data: Buffer;
  try {
    data = fs.readFileSync(tgz);
  } catch (e) {
    throw new CliError(`${tgz}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  const meta = chartMeta(data, tgz);
  const target = path.join(root, CHARTS_DIR, archiveName(meta));
  if (path.resolve(tgz) !== path.resolve(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data);
  }
  return { ...meta, sha256: sha256(data) };
}

export function addChart(root: string, tgz: string, repository: string | undefined, source?: string): LockedChart {
  const lock = readLockOrEmpty(root);
  const data = fs.existsSync(tgz) ? chartMeta(fs.readFileSync(tgz), tgz) : undefined;
  const existing = data && lock.charts.find((c) => c.name === data.name);
  if (existing) throw new CliError(`charts add: '${existing.name}' is already locked at ${existing.version}; use: npm run charts -- bump ${existing.name} ${tgz}`);
  if (!repository) throw new CliError(`charts add: --repository URL is required (where the chart comes from upstream)\n${USAGE}`);
  const stored = store(root, tgz);
  const entry: LockedChart = { name: stored.name, version: stored.version, repository, ...(source ? { source } : {}), sha256: stored.sha256 };
  writeLock(root, { charts: [...lock.charts, entry] });
  return entry;
}

/** Replaces a locked chart and rewrites its version pin in src/ (the HelmRelease's `version`, or the constant it names). */
export function bumpChart(root: string, chart: string, tgz: string, source?: string): { entry: LockedChart; previous: string; pinFile: string } {
  const lock = readLock(root);
  const old = lock.charts.find((c) => c.name === chart);
  if (!old) throw new CliError(`charts bump: '${chart}' is not locked in ${LOCK_FILE} (locked: ${lock.charts.map((c) => c.name).join(', ')}); use add`);
  const meta = chartMeta(fs.readFileSync(tgz), tgz);
  if (meta.name !== chart) throw new CliError(`charts bump: ${tgz} is chart '${meta.name}', not '${chart}'`);
  const pinFile = rewritePin(root, chart, old.version, meta.version);
  const stored = store(root, tgz);
  const entry: LockedChart = { ...old, version: stored.version, sha256: stored.sha256, ...(source ? { source } : {}) };
  writeLock(root, { charts: lock.charts.map((c) => (c.name === chart ? entry : c)) });
  if (old.version !== stored.version) fs.rmSync(path.join(root, CHARTS_DIR, archiveName(old)), { force: true });
  return { entry, previous: old.version, pinFile };
}

function srcFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? srcFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

function rewritePin(root: string, chart: string, from: string, to: string): string {
  const quoted = (v: string) => new RegExp(`(['"])${v.replace(/[.+]/g, '\\$&')}\\1`);
  for (const file of srcFiles(path.join(root, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    const at = text.search(new RegExp(`chart: (['"])${chart}\\1`));
    if (at < 0) continue;
    // The `version:` of the same props object: a literal, or a constant defined in this file.
    const version = /version: ([A-Za-z_$][\w$]*|(['"])[^'"]+\2)/.exec(text.slice(at, at + 400));
    if (!version) continue;
    let next: string;
    if (/^['"]/.test(version[1])) {
      next = text.slice(0, at) + text.slice(at).replace(quoted(from), `'${to}'`);
    } else {
      const def = new RegExp(`(const ${version[1]}(?:: string)? = )(['"])${from.replace(/[.+]/g, '\\$&')}\\2`);
      if (!def.test(text)) throw new CliError(`charts bump: ${path.relative(root, file)} pins '${chart}' with ${version[1]}, which is not defined there as '${from}'; change it by hand`);
      next = text.replace(def, `$1'${to}'`);
    }
    fs.writeFileSync(file, next);
    return path.relative(root, file);
  }
  throw new CliError(`charts bump: no HelmRelease with chart: '${chart}' in src/; the lock was not changed`);
}

function parseChartsArgs(argv: string[]) {
  return parseCommand('charts', argv, {
    options: { repository: { type: 'string' }, source: { type: 'string' } },
    positionals: { min: 0, max: 3 },
    usage: USAGE,
  });
}

/** One charts command; returns what it prints (the usage for --help or no command). */
export function chartsCommand(argv: string[], root: string): string {
  let parsed: ReturnType<typeof parseChartsArgs>;
  try {
    parsed = parseChartsArgs(argv);
  } catch (e) {
    if (isHelp(e)) return e.message;
    throw e;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (!command) return USAGE;
  if (command === 'add' && rest.length === 1) {
    const e = addChart(root, rest[0], values.repository, values.source);
    return `locked ${e.name} ${e.version} (sha256 ${e.sha256}) in ${LOCK_FILE}`;
  }
  if (command === 'bump' && rest.length === 2) {
    const r = bumpChart(root, rest[0], rest[1], values.source);
    return `bumped ${r.entry.name} ${r.previous} → ${r.entry.version} in ${LOCK_FILE} and ${r.pinFile}; next: npm run synth, then npm run diff`;
  }
  if (command === 'verify' && rest.length === 0) {
    const lock = readLock(root);
    for (const c of lock.charts) verifiedChart(root, lock, c.name, c.version);
    return `${lock.charts.length} chart archive(s) match ${LOCK_FILE}`;
  }
  throw new CliError(`charts: unknown command "${[command, ...rest].join(' ')}"\n${USAGE}`);
}

if (require.main === module) {
  runCli(() => {
    process.stdout.write(`${chartsCommand(process.argv.slice(2), repoRoot(__dirname))}\n`);
  });
}
