/**
 * From `helm template` output to objects Argo CD syncs as plain YAML, the way `helm install` would have
 * created them and Argo CD would have synced them from the chart:
 *   - empty documents and `List`s flattened; chart tests dropped (`--skip-tests` already leaves them out);
 *   - Helm hooks become the Argo CD hooks they map to (pre-install/pre-upgrade → PreSync, post-install/
 *     post-upgrade → PostSync, hook weight → sync wave, delete policies alike); hooks with no Argo CD phase
 *     (delete, rollback) are dropped: Argo CD would skip them too, and pruning does the deleting;
 *   - the release namespace on every namespaced object that names none (helm install would use it),
 *     none on cluster-scoped ones;
 *   - the organisation's standard labels where the chart set none (metadata only: selectors untouched);
 *   - null map entries dropped (`annotations: null` from an empty template block): the API server stores
 *     them as absent, and the strict schema wants an absent field, not a null one.
 * Change anything here and bump RENDER_FORMAT (src/helm/render.ts): committed renders are keyed by it.
 */
import * as yaml from 'js-yaml';
import { PART_OF } from '../constructs/labels';
import { INERT_URLS_ANNOTATION } from '../policy/air-gap';
import { CONFIG_SECRET_ANNOTATION } from '../policy/secrets';
import type { Manifest } from '../synth/render';
import { groupOf } from '../synth/scope';

export const HELM_HOOK = 'helm.sh/hook';
const HOOK_WEIGHT = 'helm.sh/hook-weight';
const HOOK_DELETE_POLICY = 'helm.sh/hook-delete-policy';
export const ARGO_HOOK = 'argocd.argoproj.io/hook';
const ARGO_DELETE_POLICY = 'argocd.argoproj.io/hook-delete-policy';
const ARGO_WAVE = 'argocd.argoproj.io/sync-wave';

const HOOK_PHASES: Record<string, string | undefined> = {
  'pre-install': 'PreSync', 'pre-upgrade': 'PreSync', 'post-install': 'PostSync', 'post-upgrade': 'PostSync',
};
const DELETE_POLICIES: Record<string, string> = {
  'before-hook-creation': 'BeforeHookCreation', 'hook-succeeded': 'HookSucceeded', 'hook-failed': 'HookFailed',
};

export interface PostProcessContext {
  /** Chart name, the `app.kubernetes.io/name` of objects that carry none. */
  readonly chart: string;
  readonly namespace: string;
  /** Whether a kind is cluster-scoped; undefined when nothing knows the kind. */
  readonly clusterScoped: (apiVersion: string, kind: string) => boolean | undefined;
}

/** The objects of one `helm template` output (see the module comment); throws on what it cannot place. */
export function postProcess(rendered: string, ctx: PostProcessContext): Manifest[] {
  const docs: Manifest[] = [];
  const add = (d: unknown): void => {
    if (!d || typeof d !== 'object') return;
    const m = d as Manifest & { items?: unknown[] };
    if (m.kind === 'List' && Array.isArray(m.items)) m.items.forEach(add);
    else docs.push(m);
  };
  yaml.loadAll(rendered).forEach((d) => add(withoutNulls(d)));
  // CRDs the chart itself installs tell the scope of their kinds.
  const ownScopes = new Map<string, boolean>();
  for (const d of docs) {
    if (d.kind === 'CustomResourceDefinition') {
      const spec = d.spec as { group: string; names: { kind: string }; scope: string };
      ownScopes.set(`${spec.group}/${spec.names.kind}`, spec.scope === 'Cluster');
    }
  }
  const out: Manifest[] = [];
  for (const m of docs) {
    if (!m.apiVersion || !m.kind || !m.metadata?.name) throw new Error(`a document without apiVersion, kind or metadata.name: ${JSON.stringify(m).slice(0, 120)}`);
    const metadata = m.metadata as { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
    if (metadata.annotations?.[HELM_HOOK] !== undefined && !mapHooks(metadata)) continue;
    const cluster = ownScopes.get(`${groupOf(m.apiVersion)}/${m.kind}`) ?? ctx.clusterScoped(m.apiVersion, m.kind);
    if (cluster === undefined) throw new Error(`${m.kind} ${metadata.name}: ${m.apiVersion} is neither a Kubernetes 1.30 kind nor a CRD the platform installs`);
    if (cluster) delete metadata.namespace;
    else if (!metadata.namespace) metadata.namespace = ctx.namespace;
    metadata.labels = {
      'app.kubernetes.io/name': ctx.chart,
      'app.kubernetes.io/part-of': PART_OF,
      'app.kubernetes.io/managed-by': 'Helm',
      ...metadata.labels,
    };
    out.push(m);
  }
  return out;
}

function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!v || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = withoutNulls(x);
  return out;
}

/** Rewrites Helm hook annotations into Argo CD's; false when the hook has no Argo CD phase (drop it). */
function mapHooks(metadata: { annotations?: Record<string, string> }): boolean {
  const a = metadata.annotations!;
  const kinds = a[HELM_HOOK].split(',').map((s) => s.trim()).filter(Boolean);
  // crd-install is no hook at all for Argo CD: the object syncs like any other.
  const phases = kinds.includes('crd-install') ? [] : [...new Set(kinds.map((k) => HOOK_PHASES[k]).filter((p): p is string => !!p))];
  if (!kinds.includes('crd-install') && phases.length === 0) return false;
  const weight = a[HOOK_WEIGHT];
  const policies = (a[HOOK_DELETE_POLICY] ?? '').split(',').map((s) => DELETE_POLICIES[s.trim()]).filter(Boolean);
  delete a[HELM_HOOK];
  delete a[HOOK_WEIGHT];
  delete a[HOOK_DELETE_POLICY];
  if (phases.length) a[ARGO_HOOK] = phases.sort().join(',');
  if (phases.length && weight !== undefined && a[ARGO_WAVE] === undefined) a[ARGO_WAVE] = String(weight);
  // Helm deletes a hook before re-creating it unless told otherwise; Argo CD needs it said.
  if (phases.length) a[ARGO_DELETE_POLICY] = (policies.length ? [...new Set(policies)] : ['BeforeHookCreation']).sort().join(',');
  return true;
}

/* The exceptions a HelmRelease declares, applied to its render (each refuses a stale declaration). */

export interface InertUrl {
  /** `<Kind>/<name>` of the object. */
  readonly object: string;
  /** URL prefix. */
  readonly url: string;
  /** Why nothing fetches it (a message printed, a comment): listed in the README's exemptions. */
  readonly reason: string;
}

/** Lists each inert URL on its object for the air-gap rule (src/policy/air-gap.ts); an object the render lacks is an error. */
export function markInertUrls(objects: Manifest[], urls: readonly InertUrl[]): Manifest[] {
  for (const u of urls) {
    const o = objects.find((m) => `${m.kind}/${m.metadata.name}` === u.object);
    if (!o) throw new Error(`inert URL ${u.url}: ${u.object} is not in the render (remove it from inertUrls)`);
    const listed = o.metadata.annotations?.[INERT_URLS_ANNOTATION];
    o.metadata.annotations = { ...o.metadata.annotations, [INERT_URLS_ANNOTATION]: listed ? `${listed} ${u.url}` : u.url };
  }
  return objects;
}

export interface ConfigSecret {
  readonly name: string;
  /** What it holds and why no credential is in it: written into the object, for reviewers and the gate. */
  readonly reason: string;
}

/** Marks each config Secret for the gate (src/policy/secrets.ts); a name the render does not have is an error. */
export function markConfigSecrets(objects: Manifest[], secrets: readonly ConfigSecret[]): Manifest[] {
  for (const c of secrets) {
    const o = objects.find((m) => m.kind === 'Secret' && m.metadata.name === c.name);
    if (!o) throw new Error(`config Secret ${c.name} is not in the render (remove it from configSecrets)`);
    o.metadata.annotations = { ...o.metadata.annotations, [CONFIG_SECRET_ANNOTATION]: c.reason };
  }
  return objects;
}

export interface VolatileField {
  readonly kind: string;
  readonly name: string;
  /** Dotted path below the object (keys may not contain dots). */
  readonly path: string;
  readonly value: string;
  readonly reason: string;
}

/** Sets each volatile field to its fixed value; a field the render does not have is an error (the pin is stale). */
export function pinVolatile(objects: Manifest[], fields: readonly VolatileField[]): Manifest[] {
  for (const f of fields) {
    const o = objects.find((m) => m.kind === f.kind && m.metadata.name === f.name);
    const keys = f.path.split('.');
    let at = o as Record<string, unknown> | undefined;
    for (const k of keys.slice(0, -1)) at = at?.[k] as Record<string, unknown> | undefined;
    const last = keys[keys.length - 1];
    if (!at || !(last in at)) throw new Error(`volatile field ${f.kind} ${f.name} ${f.path} is not in the render (remove the pin)`);
    at[last] = f.value;
  }
  return objects;
}
