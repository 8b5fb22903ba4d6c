/**
 * The four lumen admission rules, written once as data: CEL for Gatekeeper's K8sNativeValidation engine.
 * The very same objects are (a) rendered into ConstraintTemplates and Constraints by src/charts/gatekeeper.ts
 * and (b) evaluated at synth time against every rendered document by the gate (src/synth/gate.ts), with the
 * environment's constraint parameters as `variables.params`.
 *
 * The expressions stay within what both cel-go (with the Kubernetes libraries Gatekeeper loads) and
 * cel-js evaluate identically: macros, `has()` on every level, `matches()` with RE2-compatible patterns,
 * `join()`, `startsWith()`, `in`.
 */
import type { EnvConfig } from '../config/schema';
import type { Manifest } from '../synth/render';
import { evaluateCelSource } from './cel';
import type { JsonSchema } from './schema-gen';

export interface CelVariable { readonly name: string; readonly expression: string }
export interface CelValidation { readonly expression: string; readonly messageExpression: string }

export interface AdmissionRule {
  /** The constraint kind (CamelCase); the ConstraintTemplate is named after it in lower case. */
  readonly kind: string;
  /** One sentence: what the rule demands and why. */
  readonly description: string;
  /** openAPIV3Schema of the constraint's parameters (structural: a type on every level). */
  readonly parameters: JsonSchema;
  readonly variables: readonly CelVariable[];
  readonly validations: readonly CelValidation[];
}

/** Kinds that carry a pod template (or are a Pod). */
export const WORKLOAD_MATCH_KINDS = [
  { apiGroups: [''], kinds: ['Pod'] },
  { apiGroups: ['apps'], kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'] },
  { apiGroups: ['batch'], kinds: ['Job', 'CronJob'] },
  { apiGroups: ['argoproj.io'], kinds: ['Rollout'] },
] as const;

/**
 * The pod spec and pod metadata of any workload kind, and its containers: shared by every rule (the same
 * text is rendered into each template, Gatekeeper has no shared variables between templates).
 */
const POD_VARIABLES: readonly CelVariable[] = [
  {
    name: 'podTemplate',
    expression: 'variables.anyObject.kind == "Pod" ? {"metadata": variables.anyObject.metadata, "spec": variables.anyObject.spec}'
      + ' : variables.anyObject.kind == "CronJob" ? (has(variables.anyObject.spec.jobTemplate.spec.template) ? variables.anyObject.spec.jobTemplate.spec.template : {})'
      + ' : (has(variables.anyObject.spec) && has(variables.anyObject.spec.template) ? variables.anyObject.spec.template : {})',
  },
  { name: 'podSpec', expression: 'has(variables.podTemplate.spec) ? variables.podTemplate.spec : {}' },
  {
    name: 'podLabels',
    expression: 'has(variables.podTemplate.metadata) && has(variables.podTemplate.metadata.labels) ? variables.podTemplate.metadata.labels : {}',
  },
  {
    name: 'containers',
    expression: '(has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : [])'
      + ' + (has(variables.podSpec.containers) ? variables.podSpec.containers : [])',
  },
  {
    name: 'allContainers',
    expression: 'variables.containers + (has(variables.podSpec.ephemeralContainers) ? variables.podSpec.ephemeralContainers : [])',
  },
];

/** A tag (and maybe a digest) or a digest on the last path segment. RE2 and ECMAScript read it alike. */
export const PINNED_IMAGE_PATTERN = '^([^/]+/)*[^/:@]+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}(@sha256:[a-f0-9]{64})?|@sha256:[a-f0-9]{64})$';

export const DISALLOWED_TAGS: AdmissionRule = {
  kind: 'LumenDisallowedTags',
  description: 'Every container image is pinned: a tag (never one of the disallowed tags, `latest` by default) or a digest.',
  parameters: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } },
  variables: [
    ...POD_VARIABLES,
    {
      name: 'unpinned',
      expression: 'variables.allContainers.filter(c, !has(c.image) || !c.image.matches("' + PINNED_IMAGE_PATTERN + '")'
        + ' || variables.params.tags.exists(t, c.image.endsWith(":" + t) || c.image.contains(":" + t + "@")))'
        + '.map(c, c.name + " (" + (has(c.image) ? c.image : "no image") + ")")',
    },
  ],
  validations: [{
    expression: 'size(variables.unpinned) == 0',
    messageExpression: '"images must be pinned to a tag other than " + variables.params.tags.join(", ") + " or to a digest: " + variables.unpinned.join(", ")',
  }],
};

export const ALLOWED_REPOS: AdmissionRule = {
  kind: 'LumenAllowedRepos',
  description: 'Every container image comes from the environment\'s internal registry (the cluster has no internet).',
  parameters: { type: 'object', properties: { registries: { type: 'array', items: { type: 'string' } } } },
  variables: [
    ...POD_VARIABLES,
    {
      name: 'outside',
      expression: 'variables.allContainers.filter(c, !has(c.image) || !variables.params.registries.exists(r, c.image.startsWith(r + "/")))'
        + '.map(c, c.name + " (" + (has(c.image) ? c.image : "no image") + ")")',
    },
  ],
  validations: [{
    expression: 'size(variables.outside) == 0',
    messageExpression: '"images must come from " + variables.params.registries.join(" or ") + ": " + variables.outside.join(", ")',
  }],
};

export const CONTAINER_LIMITS: AdmissionRule = {
  kind: 'LumenContainerLimits',
  description: 'Every container and init container sets the listed resource limits (cpu and memory).',
  parameters: { type: 'object', properties: { limits: { type: 'array', items: { type: 'string' } } } },
  variables: [
    ...POD_VARIABLES,
    {
      name: 'unlimited',
      expression: 'variables.containers.filter(c, !has(c.resources) || !has(c.resources.limits)'
        + ' || variables.params.limits.exists(r, !(r in c.resources.limits)))'
        + '.map(c, c.name)',
    },
  ],
  validations: [{
    expression: 'size(variables.unlimited) == 0',
    messageExpression: '"containers must set limits " + variables.params.limits.join(" and ") + ": " + variables.unlimited.join(", ")',
  }],
};

export const REQUIRED_LABELS: AdmissionRule = {
  kind: 'LumenRequiredLabels',
  description: 'Workloads and their pod templates carry the listed labels (app and tier), non-empty.',
  parameters: { type: 'object', properties: { labels: { type: 'array', items: { type: 'string' } } } },
  variables: [
    ...POD_VARIABLES,
    {
      name: 'objectLabels',
      expression: 'has(variables.anyObject.metadata.labels) ? variables.anyObject.metadata.labels : {}',
    },
    {
      name: 'missing',
      expression: 'variables.params.labels.filter(l, !(l in variables.objectLabels) || variables.objectLabels[l] == "")',
    },
    {
      name: 'missingOnPods',
      expression: 'variables.anyObject.kind == "Pod" ? [] : variables.params.labels.filter(l, !(l in variables.podLabels) || variables.podLabels[l] == "")',
    },
  ],
  validations: [
    {
      expression: 'size(variables.missing) == 0',
      messageExpression: '"labels required on the object: " + variables.missing.join(", ")',
    },
    {
      expression: 'size(variables.missingOnPods) == 0',
      messageExpression: '"labels required on the pod template: " + variables.missingOnPods.join(", ")',
    },
  ],
};

/** The four lumen rules. */
export const LUMEN_RULES: readonly AdmissionRule[] = [DISALLOWED_TAGS, ALLOWED_REPOS, CONTAINER_LIMITS, REQUIRED_LABELS];

/** Namespaces of our own applications (lumen-api, redis; catalog, order; previews, pr-<repository>-<number>): every workload there is ours. */
export const APPLICATION_NAMESPACES = ['lumen', 'shop', 'pr-*'];
/** K3s' own pods (coredns, local-path-provisioner, metrics-server) come from the distribution, not from us. */
export const SYSTEM_NAMESPACES = ['kube-system'];

export interface ConstraintMatch {
  readonly kinds: readonly { readonly apiGroups: readonly string[]; readonly kinds: readonly string[] }[];
  /** @default - every namespace */
  readonly namespaces?: readonly string[];
  /** @default - none */
  readonly excludedNamespaces?: readonly string[];
}

/** One Constraint: a rule, where it applies and its parameters for one environment. */
export interface LumenConstraint {
  readonly name: string;
  readonly rule: AdmissionRule;
  readonly match: ConstraintMatch;
  readonly parameters: Record<string, unknown>;
  readonly enforcementAction: 'deny' | 'dryrun' | 'warn';
}

/**
 * The constraints of an environment. Scope:
 * - image rules (pinned tag, internal registry) apply to every workload and pod everywhere but kube-system:
 *   the air gap depends on every image, vendor charts' and operators' included (all are rewritten);
 * - label and limit rules apply to the application namespaces only: vendor charts' pods (cert-manager,
 *   Vault...) carry their chart's labels, not our `app`/`tier`, and we do not fork charts for a label.
 *   An operator creating pods in lumen or shop must be given them through its custom resource's pod template.
 */
export function lumenConstraints(config: EnvConfig): LumenConstraint[] {
  const everywhere: ConstraintMatch = { kinds: WORKLOAD_MATCH_KINDS, excludedNamespaces: SYSTEM_NAMESPACES };
  const applications: ConstraintMatch = { kinds: WORKLOAD_MATCH_KINDS, namespaces: APPLICATION_NAMESPACES };
  return [
    { name: 'lumen-disallowed-tags', rule: DISALLOWED_TAGS, match: everywhere, parameters: { tags: ['latest'] }, enforcementAction: 'deny' },
    { name: 'lumen-allowed-repos', rule: ALLOWED_REPOS, match: everywhere, parameters: { registries: [config.registry.host] }, enforcementAction: 'deny' },
    { name: 'lumen-container-limits', rule: CONTAINER_LIMITS, match: applications, parameters: { limits: ['cpu', 'memory'] }, enforcementAction: 'deny' },
    { name: 'lumen-required-labels', rule: REQUIRED_LABELS, match: applications, parameters: { labels: ['app', 'tier'] }, enforcementAction: 'deny' },
  ];
}

/** The ConstraintTemplate a rule renders into (CEL only: Gatekeeper >= 3.16 runs K8sNativeValidation by default). */
export function constraintTemplateManifest(rule: AdmissionRule): Record<string, any> {
  return {
    apiVersion: 'templates.gatekeeper.sh/v1',
    kind: 'ConstraintTemplate',
    metadata: { name: rule.kind.toLowerCase(), annotations: { description: rule.description } },
    spec: {
      crd: { spec: { names: { kind: rule.kind }, validation: { openAPIV3Schema: rule.parameters } } },
      targets: [{
        target: 'admission.k8s.gatekeeper.sh',
        code: [{
          engine: 'K8sNativeValidation',
          source: {
            variables: rule.variables.map((v) => ({ name: v.name, expression: v.expression })),
            validations: rule.validations.map((v) => ({ expression: v.expression, messageExpression: v.messageExpression })),
          },
        }],
      }],
    },
  };
}

/** A Constraint's spec (match, enforcement, parameters). */
export function constraintSpec(c: LumenConstraint): Record<string, any> {
  return {
    enforcementAction: c.enforcementAction,
    match: {
      kinds: c.match.kinds.map((k) => ({ apiGroups: [...k.apiGroups], kinds: [...k.kinds] })),
      ...(c.match.namespaces ? { namespaces: [...c.match.namespaces] } : {}),
      ...(c.match.excludedNamespaces ? { excludedNamespaces: [...c.match.excludedNamespaces] } : {}),
    },
    parameters: c.parameters,
  };
}

/** Gatekeeper's match, for the kinds, namespaces and excludedNamespaces we use (trailing `*` = prefix). */
export function matches(match: ConstraintMatch, m: Manifest): boolean {
  const slash = m.apiVersion.indexOf('/');
  const group = slash < 0 ? '' : m.apiVersion.slice(0, slash);
  const kindOk = match.kinds.some((k) => (k.apiGroups.includes('*') || k.apiGroups.includes(group)) && (k.kinds.includes('*') || k.kinds.includes(m.kind)));
  if (!kindOk) return false;
  const ns = m.kind === 'Namespace' ? m.metadata.name : m.metadata.namespace;
  const inList = (list: readonly string[]) => !!ns && list.some((p) => (p.endsWith('*') ? ns.startsWith(p.slice(0, -1)) : ns === p));
  if (match.namespaces && !inList(match.namespaces)) return false;
  if (match.excludedNamespaces && inList(match.excludedNamespaces)) return false;
  return true;
}

/** What a constraint says about one document (nothing when it does not match or passes). */
export function evaluateConstraint(c: LumenConstraint, m: Manifest): string[] {
  if (!matches(c.match, m)) return [];
  return evaluateCelSource(c.rule, m, c.parameters);
}
