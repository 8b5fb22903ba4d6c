/**
 * Turns upstream OpenAPI schemas (Kubernetes 1.30 definitions, CRD openAPIV3Schema) into strict JSON
 * schemas for ajv, the way kubeconform -strict reads them: an object that lists its properties rejects
 * any other (unless `x-kubernetes-preserve-unknown-fields`), int-or-string and Quantity accept both, and
 * `nullable` allows null. Run by `npm run import`; the output is committed under imports/schemas/ so the
 * gate never needs the mirror. Descriptions and formats are dropped (size; the API server ignores formats
 * it does not know, and kubeconform does too).
 */

import { createHash } from 'crypto';

export type JsonSchema = { [key: string]: any };

/** The file (below imports/schemas/) holding the Kubernetes definitions, and its ajv `$id`. */
export const KUBERNETES_SCHEMA_FILE = 'kubernetes-1.30.json';
export const OBJECT_META_REF = `${KUBERNETES_SCHEMA_FILE}#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`;

/** Built-in group/versions a manifest may hold (GA APIs of Kubernetes 1.30). */
export const BUILTIN_GROUP_VERSIONS = new Set([
  'v1', 'apps/v1', 'batch/v1', 'autoscaling/v2', 'policy/v1', 'networking.k8s.io/v1', 'rbac.authorization.k8s.io/v1',
  'admissionregistration.k8s.io/v1', 'scheduling.k8s.io/v1', 'storage.k8s.io/v1', 'coordination.k8s.io/v1',
  'discovery.k8s.io/v1', 'node.k8s.io/v1', 'apiextensions.k8s.io/v1', 'apiregistration.k8s.io/v1',
  'certificates.k8s.io/v1', 'flowcontrol.apiserver.k8s.io/v1',
]);
/** Kinds of those group/versions that are requests or views, never manifests in Git. */
const NOT_MANIFESTS = new Set(['Binding', 'ComponentStatus', 'Event', 'Eviction', 'Scale', 'Status', 'WatchEvent', 'DeleteOptions',
  'APIGroup', 'APIGroupList', 'APIResourceList', 'APIVersions', 'TokenRequest', 'TokenReview', 'SelfSubjectReview',
  'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview', 'Node', 'Endpoints']);

const DROPPED_KEYS = new Set(['description', 'format', 'x-kubernetes-patch-merge-key', 'x-kubernetes-patch-strategy',
  'x-kubernetes-list-type', 'x-kubernetes-list-map-keys', 'x-kubernetes-map-type', 'x-kubernetes-group-version-kind',
  'x-kubernetes-unions', 'x-kubernetes-validations', 'example', 'externalDocs']);
const COMBINATORS = ['anyOf', 'oneOf', 'allOf', 'not'];

/** What could not be kept as is (reported by the import script). */
export interface StrictifyNotes { droppedPatterns: string[] }

/**
 * One schema node made strict, recursively. `inCombinator`: value-validation branches (anyOf/oneOf/...)
 * of structural schemas repeat properties only to constrain them; closing them would reject valid input.
 */
export function strictify(node: JsonSchema, notes: StrictifyNotes, opts: { inCombinator?: boolean } = {}): JsonSchema {
  if (Array.isArray(node)) return node.map((n) => strictify(n, notes, opts)) as unknown as JsonSchema;
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (DROPPED_KEYS.has(k)) continue;
    if (k === 'properties' || k === 'patternProperties' || k === 'definitions') {
      out[k] = Object.fromEntries(Object.entries(v as JsonSchema).map(([p, s]) => [p, strictify(s, notes, { ...opts, inCombinator: k === 'definitions' ? false : opts.inCombinator })]));
    } else if (COMBINATORS.includes(k)) {
      out[k] = strictify(v, notes, { ...opts, inCombinator: true });
    } else if (k === 'items' || k === 'additionalProperties' || k === 'additionalItems') {
      out[k] = typeof v === 'object' ? strictify(v, notes, opts) : v;
    } else if (k === 'pattern') {
      if (jsPatternOk(v)) out.pattern = v;
      else notes.droppedPatterns.push(String(v));
    } else {
      out[k] = v;
    }
  }
  // Kubernetes' own int-or-string and Quantity come as oneOf of types: a type list reports more clearly.
  if (Array.isArray(out.oneOf) && out.oneOf.length === 2 && out.oneOf.every((s: JsonSchema) => Object.keys(s).length === 1 && typeof s.type === 'string')) {
    out.type = out.oneOf.map((s: JsonSchema) => s.type);
    delete out.oneOf;
  }
  if (out['x-kubernetes-int-or-string']) {
    out.type = ['integer', 'string'];
    delete out.anyOf;
    delete out.oneOf;
  }
  if (out.nullable) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type)) out.type = [...out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  delete out.nullable;
  delete out['x-kubernetes-int-or-string'];
  const preserve = out['x-kubernetes-preserve-unknown-fields'] === true;
  delete out['x-kubernetes-preserve-unknown-fields'];
  if (out['x-kubernetes-embedded-resource']) {
    // An embedded object carries its own apiVersion/kind/metadata even when the schema does not list them.
    out.properties = { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, ...(out.properties ?? {}) };
  }
  delete out['x-kubernetes-embedded-resource'];
  if (out.properties && out.additionalProperties === undefined && !preserve && !opts.inCombinator) out.additionalProperties = false;
  return out;
}

/**
 * `status` is written by controllers, never by Git: leaving it out of the manifest schemas makes a rendered
 * status an error and halves the compile time of big CRDs (Argo CD's Application status is most of its schema).
 */
function withoutStatus(properties: JsonSchema | undefined): JsonSchema {
  const { status: _status, ...rest } = properties ?? {};
  return rest;
}

function jsPatternOk(p: unknown): boolean {
  if (typeof p !== 'string') return false;
  try {
    new RegExp(p, 'u');
    return true;
  } catch {
    return false;
  }
}

/** `apps/v1/Deployment` → definition name, for every manifest kind of the built-in GA APIs. */
export function builtinKinds(definitions: Record<string, JsonSchema>): Record<string, string> {
  const kinds: Record<string, string> = {};
  for (const [name, def] of Object.entries(definitions)) {
    const gvks = def['x-kubernetes-group-version-kind'] as { group: string; version: string; kind: string }[] | undefined;
    if (!gvks || gvks.length !== 1) continue;
    const { group, version, kind } = gvks[0];
    const gv = group ? `${group}/${version}` : version;
    if (!BUILTIN_GROUP_VERSIONS.has(gv) || kind.endsWith('List') || NOT_MANIFESTS.has(kind)) continue;
    kinds[`${gv}/${kind}`] = name;
  }
  return Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Every definition reachable from `roots` through `$ref`. */
export function closure(definitions: Record<string, JsonSchema>, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    if (!definitions[name]) throw new Error(`definition ${name} is referenced but missing`);
    seen.add(name);
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        for (const [k, v] of Object.entries(n)) {
          if (k === '$ref' && typeof v === 'string') visit(v.replace('#/definitions/', ''));
          else walk(v);
        }
      }
    };
    walk(definitions[name]);
  };
  roots.forEach(visit);
  return [...seen].sort();
}

/** Suffix of the definition a manifest of a kind is checked against (its kind's definition, plus what a manifest must have). */
const MANIFEST_SUFFIX = '.manifest';

/** The committed Kubernetes file: the kinds map and the strict closure of their definitions. */
export function kubernetesSchemaFile(definitions: Record<string, JsonSchema>, notes: StrictifyNotes): JsonSchema {
  const kinds = builtinKinds(definitions);
  const names = closure(definitions, [...Object.values(kinds), 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta']);
  const defs: JsonSchema = {};
  for (const n of names) {
    const s = strictify(definitions[n], notes);
    const gvk = definitions[n]['x-kubernetes-group-version-kind'];
    // A manifest's apiVersion and kind must be exactly those of its schema.
    if (gvk?.length === 1 && Object.values(kinds).includes(n)) {
      const { group, version, kind } = gvk[0];
      s.properties = { ...withoutStatus(s.properties), apiVersion: { enum: [group ? `${group}/${version}` : version] }, kind: { enum: [kind] } };
      // Required of a manifest only: the same definition embedded (a StatefulSet's volumeClaimTemplates) may omit them.
      defs[`${n}${MANIFEST_SUFFIX}`] = { allOf: [{ $ref: `#/definitions/${n}` }], required: ['apiVersion', 'kind', 'metadata'] };
    }
    defs[n] = s;
  }
  const manifests = Object.fromEntries(Object.entries(kinds).map(([k, n]) => [k, defs[`${n}${MANIFEST_SUFFIX}`] ? `${n}${MANIFEST_SUFFIX}` : n]));
  return { $id: KUBERNETES_SCHEMA_FILE, kinds: manifests, definitions: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** One CRD kind's committed file: the strict openAPIV3Schema of each served, non-deprecated version. */
export function crdSchemaFile(crd: JsonSchema, module: string, notes: StrictifyNotes): JsonSchema {
  const group = crd.spec.group as string;
  const kind = crd.spec.names.kind as string;
  const served = (crd.spec.versions as JsonSchema[]).filter((v) => v.served && !v.deprecated);
  const versions: JsonSchema = {};
  for (const v of served.length ? served : (crd.spec.versions as JsonSchema[]).filter((x) => x.served)) {
    const raw = v.schema?.openAPIV3Schema ?? crd.spec.validation?.openAPIV3Schema;
    if (!raw) throw new Error(`CRD ${group}/${kind} ${v.name} has no openAPIV3Schema`);
    const s = strictify(raw, notes);
    // The API server validates metadata as ObjectMeta whatever the CRD says (usually just `type: object`).
    s.properties = { ...withoutStatus(s.properties), apiVersion: { enum: [`${group}/${v.name}`] }, kind: { enum: [kind] }, metadata: { $ref: OBJECT_META_REF } };
    s.required = [...new Set([...(s.required ?? []), 'apiVersion', 'kind', 'metadata'])];
    versions[v.name] = shareRepeated(s);
  }
  return { group, kind, module, scope: crd.spec.scope, versions };
}

/** Sub-schemas at least this big (JSON characters) are shared when they occur more than once. */
const SHARE_MIN_SIZE = 300;

/** Calls `fn` on each direct sub-schema of a schema node (never on a `properties` map itself). */
export function mapSubschemas(node: JsonSchema, fn: (s: JsonSchema) => JsonSchema): JsonSchema {
  const out: JsonSchema = { ...node };
  for (const k of ['properties', 'patternProperties', 'definitions', '$defs']) {
    if (node[k]) out[k] = Object.fromEntries(Object.entries(node[k] as JsonSchema).map(([p, sub]) => [p, fn(sub)]));
  }
  for (const k of ['items', 'additionalProperties', 'additionalItems', 'not']) {
    if (node[k] && typeof node[k] === 'object' && !Array.isArray(node[k])) out[k] = fn(node[k]);
  }
  for (const k of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(node[k])) out[k] = node[k].map(fn);
  return out;
}

/**
 * Hoists every sub-schema that occurs more than once (CRDs embed the same PodSpec pieces dozens of times:
 * Percona's 400 kB schema shrinks to 55 kB) into `$defs`, referenced by content hash. ajv then compiles
 * each shared piece once, which is what makes compiling a big CRD take milliseconds instead of seconds.
 */
export function shareRepeated(schema: JsonSchema): JsonSchema {
  const counts = new Map<string, number>();
  const count = (n: JsonSchema): JsonSchema => {
    const j = JSON.stringify(n);
    if (j.length >= SHARE_MIN_SIZE) counts.set(j, (counts.get(j) ?? 0) + 1);
    return mapSubschemas(n, count);
  };
  count(schema);
  const defs: JsonSchema = {};
  const hoist = (n: JsonSchema): JsonSchema => {
    const j = JSON.stringify(n);
    if ((counts.get(j) ?? 0) < 2) return mapSubschemas(n, hoist);
    const id = createHash('sha1').update(j).digest('hex').slice(0, 12);
    if (!(id in defs)) {
      defs[id] = {};
      defs[id] = mapSubschemas(n, hoist);
    }
    return { $ref: `#/$defs/${id}` };
  };
  const out = mapSubschemas(schema, hoist);
  return Object.keys(defs).length ? { ...out, $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : 1))) } : out;
}
