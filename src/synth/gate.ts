import type { EnvConfig } from '../config/schema';
import type { Manifest } from './render';
import { isClusterScoped } from './scope';

/** One broken rule in one rendered document. */
export interface Violation {
  readonly file: string;
  readonly resource: string;
  readonly rule: string;
  readonly detail: string;
}

export interface GateDocument {
  /** Path below dist/<env>/. */
  readonly file: string;
  readonly manifest: Manifest;
}

/** A rule checks one document and returns what is wrong with it (nothing when it passes). */
export interface Rule {
  readonly name: string;
  check(doc: GateDocument, config: EnvConfig): string[];
}

export const STANDARD_LABELS = ['app.kubernetes.io/name', 'app.kubernetes.io/part-of', 'app.kubernetes.io/managed-by'];
const POD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Rollout', 'ReplicaSet', 'Pod']);

/** Every container (init, ephemeral too) of a workload document. */
export function containersOf(m: Manifest): { path: string; container: Record<string, any> }[] {
  const spec = m.spec as any;
  const podSpec = m.kind === 'Pod' ? spec : m.kind === 'CronJob' ? spec?.jobTemplate?.spec?.template?.spec : spec?.template?.spec;
  if (!POD_KINDS.has(m.kind) || !podSpec) return [];
  return ['initContainers', 'containers', 'ephemeralContainers'].flatMap((k) =>
    ((podSpec[k] ?? []) as Record<string, any>[]).map((container, i) => ({ path: `${k}[${i}]`, container })));
}

export const BASE_RULES: Rule[] = [
  {
    name: 'cluster-scoped-without-namespace',
    check: ({ manifest: m }) => (isClusterScoped(m.apiVersion, m.kind) && m.metadata.namespace
      ? [`${m.kind} is cluster-scoped but has namespace "${m.metadata.namespace}"`] : []),
  },
  {
    name: 'standard-labels',
    check: ({ manifest: m }) => STANDARD_LABELS.filter((l) => !m.metadata.labels?.[l]).map((l) => `label ${l} is missing`),
  },
  {
    name: 'internal-images',
    check: ({ manifest: m }, config) => containersOf(m).flatMap(({ path, container }) => {
      const image = String(container.image ?? '');
      const problems: string[] = [];
      if (!image.startsWith(`${config.registry.host}/`)) problems.push(`${path} image "${image}" is not in the internal registry ${config.registry.host}`);
      if (/:latest$/.test(image) || !/:[A-Za-z0-9_][A-Za-z0-9_.-]*$|@sha256:[a-f0-9]{64}$/.test(image.replace(/^[^/]*\//, ''))) {
        problems.push(`${path} image "${image}" is not pinned (no tag, or :latest)`);
      }
      return problems;
    }),
  },
  {
    name: 'no-secret-data',
    check: ({ manifest: m }) => (m.kind === 'Secret' && (m.data || m.stringData)
      ? ['a Secret with data or stringData: credentials come from Vault (VaultStaticSecret), never from Git'] : []),
  },
];

/** Runs every rule over every document and collects the violations (never throws on the first). */
export function runGate(docs: readonly GateDocument[], config: EnvConfig, rules: readonly Rule[] = BASE_RULES): Violation[] {
  const out: Violation[] = [];
  for (const doc of docs) {
    const resource = `${doc.manifest.kind}/${doc.manifest.metadata.namespace ? `${doc.manifest.metadata.namespace}/` : ''}${doc.manifest.metadata.name}`;
    for (const rule of rules) {
      for (const detail of rule.check(doc, config)) out.push({ file: `${config.env}/${doc.file}`, resource, rule: rule.name, detail });
    }
  }
  return out;
}

/** The violations as one table, for people. */
export function formatViolations(violations: readonly Violation[]): string {
  const rows = [['FILE', 'RESOURCE', 'RULE', 'DETAIL'], ...violations.map((v) => [v.file, v.resource, v.rule, v.detail])];
  const widths = [0, 1, 2].map((i) => Math.min(70, Math.max(...rows.map((r) => r[i].length))));
  return rows.map((r) => [...r.slice(0, 3).map((c, i) => c.padEnd(widths[i])), r[3]].join('  ')).join('\n');
}
