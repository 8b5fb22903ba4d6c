/**
 * The validation gate: every rendered document against every rule, violations collected (never thrown one
 * by one) and printed as one table. Synth runs it on the new output before the swap (a violation leaves
 * dist/ untouched); `npm run validate` runs it on dist/ as committed. The rules themselves live in
 * src/policy/: strict schemas, the Gatekeeper rules (the same CEL the ConstraintTemplates carry), Pod
 * Security restricted, secrets, air gap.
 */
import type { EnvConfig } from '../config/schema';
import { evaluateConstraint, lumenConstraints } from '../policy/admission';
import { externalImageVisitor, externalUrlVisitor, Finding, judge } from '../policy/air-gap';
import { podTemplateOf, PSS_ENFORCE_LABEL, restrictedViolations } from '../policy/pod-security';
import { DocumentValidator, SchemaValidator } from '../policy/schemas';
import { credentialKeyVisitor, decodedConfigSecret, highEntropyVisitor, privateKeyVisitor, secretDataViolations } from '../policy/secrets';
import { ValueVisitor, walkValues } from '../policy/walk';
import type { Manifest } from './render';
import { CONSTRAINTS_GROUP, isClusterScoped } from './scope';
import { TextMemo } from './text-memo';

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
  /** Its YAML as written to dist/, when known: the value checks walk a text once per process (see valueRule). */
  readonly text?: string;
}

/** What rules may know about the whole set of documents (built once per gate run). */
export interface GateContext {
  readonly docs: readonly GateDocument[];
  /** Labels of every Namespace object among the documents. */
  readonly namespaceLabels: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** Strict schemas, with the constraint kinds of the ConstraintTemplates among the documents. */
  readonly schemas: DocumentValidator;
}

/** A rule checks one document and returns what is wrong with it (nothing when it passes). */
export interface Rule {
  readonly name: string;
  check(doc: GateDocument, config: EnvConfig, context: GateContext): string[];
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

/** Platform conventions (object layout and labels). */
export const BASE_RULES: Rule[] = [
  {
    name: 'cluster-scoped-without-namespace',
    check: ({ manifest: m }) => (isClusterScoped(m.apiVersion, m.kind) && m.metadata.namespace
      ? [`${m.kind} is cluster-scoped but has namespace "${m.metadata.namespace}"`] : []),
  },
  {
    name: 'standard-labels',
    check: ({ manifest: m }) => STANDARD_LABELS.filter((l) => !m.metadata?.labels?.[l]).map((l) => `label ${l} is missing`),
  },
];

/**
 * Every container of every workload, vendor charts' and init containers included, requests CPU and memory
 * and has a memory limit: the scheduler can place it, and one leak cannot take its node's memory.
 */
export const CONTAINER_RESOURCES_RULE: Rule = {
  name: 'container-resources',
  check: ({ manifest: m }) => containersOf(m).flatMap(({ path, container: c }) => {
    const missing = [
      c.resources?.requests?.cpu === undefined && 'requests.cpu',
      c.resources?.requests?.memory === undefined && 'requests.memory',
      c.resources?.limits?.memory === undefined && 'limits.memory',
    ].filter((x): x is string => !!x);
    return missing.length ? [`${path} (${c.name}): no ${missing.join(', ')}`] : [];
  }),
};

/**
 * Kubernetes 1.30 or the CRD's served version, unknown fields rejected (kubeconform -strict). A document with
 * its text is validated once per process (a chart's CRDs are the same text in every environment), except a
 * Gatekeeper constraint: its schema comes from the environment's own ConstraintTemplates.
 */
export const SCHEMA_RULE: Rule = {
  name: 'schema',
  check: ({ manifest, text }, _config, ctx) => {
    if (text === undefined || typeof manifest?.apiVersion !== 'string' || manifest.apiVersion.startsWith(`${CONSTRAINTS_GROUP}/`)) return ctx.schemas.validate(manifest);
    return [...schemaResults.of(text, () => ctx.schemas.validate(manifest))];
  },
};
const schemaResults = new TextMemo<string[]>();

/**
 * The Gatekeeper constraints of the environment, evaluated from the very CEL their ConstraintTemplates
 * carry (src/policy/admission.ts): one rule per constraint, named like it.
 */
export function admissionRules(config: EnvConfig): Rule[] {
  return lumenConstraints(config).map((c) => ({ name: c.name, check: ({ manifest }: GateDocument) => evaluateConstraint(c, manifest) }));
}

export const POD_SECURITY_RULE: Rule = {
  name: 'pod-security-restricted',
  check: ({ manifest: m }, _config, ctx) => {
    const ns = m.metadata?.namespace;
    if (!ns || ctx.namespaceLabels.get(ns)?.[PSS_ENFORCE_LABEL] !== 'restricted') return [];
    const pod = podTemplateOf(m);
    return pod ? restrictedViolations(pod).map((d) => `namespace ${ns} enforces restricted: ${d}`) : [];
  },
};

/**
 * The rules that look at every value of a document (secrets, air gap), by name: each gives the visitor of
 * its check (src/policy/walk.ts). The gate walks a document once for all of them (it was once per rule:
 * most of the gate's time), then each rule reports what its visitor found, as its own walk would have.
 * The walk needs no environment (what depends on one is a Finding decided per environment), so a document
 * shared by several environments of one process (a vendor chart's CRDs, see src/helm/render.ts) is walked once.
 */
const VALUE_CHECKS: Readonly<Record<string, (m: Manifest, out: Finding[]) => ValueVisitor>> = {
  'no-private-key': (_m, out) => privateKeyVisitor(out as string[]),
  'no-high-entropy-string': (_m, out) => highEntropyVisitor(out as string[]),
  'no-literal-credential': (_m, out) => credentialKeyVisitor(out as string[]),
  'air-gap-url': (m, out) => externalUrlVisitor(out, m),
  'air-gap-image': (m, out) => externalImageVisitor(m, out),
};

/** What one check found in a document, or why it failed (the error its own walk would have thrown). */
interface ValueFindings { readonly out: Finding[]; readonly failed: boolean; readonly error?: unknown }

/**
 * The findings of every value check in one document: one walk. When anything throws (a malformed
 * document), each check walks the document again on its own, so a check that fails fails its rule only,
 * with the error its own walk meets, as when every rule walked the document itself.
 */
function walkDocument(original: Manifest): Map<string, ValueFindings> {
  const m = decodedConfigSecret(original);
  const found = new Map<string, ValueFindings>();
  try {
    const visitors: ValueVisitor[] = [];
    for (const [name, make] of Object.entries(VALUE_CHECKS)) {
      const out: Finding[] = [];
      found.set(name, { out, failed: false });
      visitors.push(make(m, out));
    }
    walkValues(m, visitors);
    return found;
  } catch {
    found.clear();
  }
  for (const [name, make] of Object.entries(VALUE_CHECKS)) {
    const out: Finding[] = [];
    try {
      walkValues(m, [make(m, out)]);
      found.set(name, { out, failed: false });
    } catch (error) {
      found.set(name, { out, failed: true, error });
    }
  }
  return found;
}

/**
 * The walks of this process by document text: a document with its text is the object that text was dumped
 * from (dist/ gets the text, so the text is what is checked), and identical texts walk identically.
 */
const walks = new TextMemo<Map<string, ValueFindings>>();

function valueRule(name: string): Rule {
  return {
    name,
    check: ({ manifest, text }, config) => {
      const found = text === undefined ? walkDocument(manifest) : walks.of(text, () => walkDocument(manifest));
      const f = found.get(name)!;
      if (f.failed) throw f.error;
      return judge(f.out, config);
    },
  };
}

export const SECRET_RULES: Rule[] = [
  { name: 'no-secret-data', check: ({ manifest }) => secretDataViolations(manifest) },
  valueRule('no-private-key'),
  valueRule('no-high-entropy-string'),
  valueRule('no-literal-credential'),
];

export const AIR_GAP_RULES: Rule[] = [valueRule('air-gap-url'), valueRule('air-gap-image')];

/** Every rule of the gate for an environment. */
export function gateRules(config: EnvConfig): Rule[] {
  return [...BASE_RULES, CONTAINER_RESOURCES_RULE, SCHEMA_RULE, ...admissionRules(config), POD_SECURITY_RULE, ...SECRET_RULES, ...AIR_GAP_RULES];
}

let sharedSchemas: SchemaValidator | undefined;
/** One validator per process: each kind's schema is compiled once, whatever the number of environments. */
export function schemaValidator(): SchemaValidator {
  sharedSchemas ??= new SchemaValidator();
  return sharedSchemas;
}

export function gateContext(docs: readonly GateDocument[]): GateContext {
  const namespaceLabels = new Map<string, Record<string, string>>();
  const templates: Manifest[] = [];
  for (const { manifest: m } of docs) {
    if (m?.kind === 'Namespace' && m.apiVersion === 'v1') namespaceLabels.set(m.metadata.name, m.metadata.labels ?? {});
    if (m?.kind === 'ConstraintTemplate') templates.push(m);
  }
  return { docs, namespaceLabels, schemas: schemaValidator().withConstraintTemplates(templates) };
}

/**
 * Runs every rule over every document and collects the violations (never throws on the first).
 * @param rules default: every rule of the gate (`gateRules(config)`)
 */
export function runGate(docs: readonly GateDocument[], config: EnvConfig, rules: readonly Rule[] = gateRules(config)): Violation[] {
  const out: Violation[] = [];
  // (built only when something is checked: it loads the schemas)
  const context = docs.length ? gateContext(docs) : undefined;
  for (const doc of docs) {
    const m = doc.manifest;
    const resource = `${m?.kind ?? '?'}/${m?.metadata?.namespace ? `${m.metadata.namespace}/` : ''}${m?.metadata?.name ?? '?'}`;
    for (const rule of rules) {
      let details: string[];
      try {
        details = rule.check(doc, config, context!);
      } catch (e) {
        // A rule that breaks on a malformed document reports it instead of hiding every other violation.
        details = [`the rule failed on this document: ${e instanceof Error ? e.message : String(e)}`];
      }
      for (const detail of details) out.push({ file: `${config.env}/${doc.file}`, resource, rule: rule.name, detail });
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
