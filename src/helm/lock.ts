/**
 * charts/: the vendored Helm chart archives and their lock file (charts/lock.yaml). Every synth verifies the
 * archive it renders against the lock (sha256): the repository is the transit medium for charts, so nothing
 * is fetched at synth time, and an altered or missing archive is an error naming the chart.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { z } from 'zod';
import { CliError } from '../cli/cli-util';
import { formatIssue } from '../config/load';

export const CHARTS_DIR = 'charts';
export const LOCK_FILE = 'charts/lock.yaml';

const entrySchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'a chart name'),
  version: z.string().regex(/^v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$/, 'an exact semantic version'),
  /** Where the connected zone (and a reviewer) finds the chart upstream. */
  repository: z.string().url('a URL'),
  /** Where the archive was built from (repository, tag, commit), when it was rebuilt from source. */
  source: z.string().optional(),
  sha256: z.string().regex(/^[a-f0-9]{64}$/, '64 lowercase hex digits'),
});
const lockSchema = z.strictObject({ charts: z.array(entrySchema) });

export type LockedChart = z.infer<typeof entrySchema>;
export type ChartLock = z.infer<typeof lockSchema>;

/** The archive's file name in charts/. */
export const archiveName = (c: { name: string; version: string }): string => `${c.name}-${c.version}.tgz`;

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Reads and checks charts/lock.yaml below `root`; one message per problem, like an overlay. */
export function readLock(root: string): ChartLock {
  const file = path.join(root, LOCK_FILE);
  let raw: unknown;
  try {
    raw = yaml.load(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CliError(`${LOCK_FILE}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : `invalid YAML: ${(e as Error).message.split('\n')[0]}`}`);
  }
  const parsed = lockSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new CliError(parsed.error.issues.map((i) => `${LOCK_FILE}: ${formatIssue(i)}`).join('\n'));
  const seen = new Set<string>();
  for (const c of parsed.data.charts) {
    if (seen.has(c.name)) throw new CliError(`${LOCK_FILE}: chart '${c.name}' is locked twice; one version per chart`);
    seen.add(c.name);
  }
  return parsed.data;
}

export function writeLock(root: string, lock: ChartLock): void {
  const charts = [...lock.charts].sort((a, b) => (a.name < b.name ? -1 : 1));
  const header = '# Vendored Helm charts (charts/<name>-<version>.tgz), verified by sha256 on every synth.\n'
    + '# Change with `npm run charts -- add <tgz>` or `npm run charts -- bump <chart> <tgz>`, not by hand.\n';
  fs.writeFileSync(path.join(root, LOCK_FILE), header + yaml.dump({ charts }, { lineWidth: -1, noRefs: true, sortKeys: false }));
}

/** The verified archive of a pinned chart: its lock entry and bytes. Memoized per process by path, size and mtime. */
export interface VerifiedChart {
  readonly entry: LockedChart;
  readonly file: string;
  readonly data: Buffer;
}

const verified = new Map<string, VerifiedChart>();

export function verifiedChart(root: string, lock: ChartLock, name: string, version: string): VerifiedChart {
  const entry = lock.charts.find((c) => c.name === name);
  if (!entry) throw new CliError(`${LOCK_FILE}: chart '${name}' ${version} is pinned in code but not locked (npm run charts -- add ${CHARTS_DIR}/${archiveName({ name, version })})`);
  if (entry.version !== version) {
    throw new CliError(`${LOCK_FILE}: charts.${name}.version: expected ${version} (the version pinned in code), found ${entry.version} (npm run charts -- bump ${name} <tgz> updates both)`);
  }
  const file = path.join(root, CHARTS_DIR, archiveName(entry));
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (!st) throw new CliError(`${CHARTS_DIR}/${archiveName(entry)}: missing; chart '${name}' ${version} is locked in ${LOCK_FILE} but its archive is not in ${CHARTS_DIR}/`);
  const memoKey = `${file}\0${st.size}\0${st.mtimeMs}`;
  const known = verified.get(memoKey);
  if (known && known.entry.sha256 === entry.sha256) return known;
  const data = fs.readFileSync(file);
  const found = sha256(data);
  if (found !== entry.sha256) {
    throw new CliError(`${CHARTS_DIR}/${archiveName(entry)}: sha256 expected ${entry.sha256} (${LOCK_FILE}), found ${found}: the archive of chart '${name}' was altered`);
  }
  const v = { entry, file, data };
  verified.set(memoKey, v);
  return v;
}
