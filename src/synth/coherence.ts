import type { LumenChart } from '../constructs/lumen-chart';
import type { RenderedObject } from './render';
import { CONSTRAINTS_GROUP, customResourceDefinition, groupOf, isClusterScoped } from './scope';

/** Namespaces that exist before Argo CD syncs anything (the cluster's own, and the bootstrap's). */
export const PREEXISTING_NAMESPACES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease', 'argocd']);
/** CRD modules the bootstrap installs (Argo CD itself, before the root application exists). */
export const BOOTSTRAP_CRD_MODULES = new Set(['argo-cd']);

/**
 * Checks that the app-of-apps can converge: every custom resource's CRD comes from an earlier wave (or the
 * bootstrap), every namespace exists before it is used, and no object belongs to two applications.
 * Returns one line per problem. `crdsFromHost`: a preview, whose CRDs the host cluster installed;
 * `preexisting`: the namespaces the cluster has before any sync (default PREEXISTING_NAMESPACES).
 */
export function coherenceProblems(
  charts: readonly LumenChart[], objects: readonly RenderedObject[],
  options: { readonly crdsFromHost?: boolean; readonly preexisting?: ReadonlySet<string> } = {},
): string[] {
  const preexisting = options.preexisting ?? PREEXISTING_NAMESPACES;
  const problems: string[] = [];
  const waveOf = (o: RenderedObject): number => (charts.includes(o.chart as LumenChart) ? (o.chart as LumenChart).wave.number : -1);
  const appOf = (o: RenderedObject): string => (charts.includes(o.chart as LumenChart) ? (o.chart as LumenChart).app : o.chart.folder);

  // CRD module → earliest wave that installs it.
  const crdWave = new Map<string, number>();
  for (const m of BOOTSTRAP_CRD_MODULES) crdWave.set(m, -1);
  for (const c of charts) {
    const m = c.helmRelease?.crdModule;
    if (m && !(crdWave.get(m)! <= c.wave.number)) crdWave.set(m, c.wave.number);
  }
  // Constraint kinds → wave of their ConstraintTemplate.
  const templateWave = new Map<string, number>();
  // Namespace → wave (and app) that creates it.
  const nsCreated = new Map<string, { wave: number; app: string }>();
  for (const o of objects) {
    const m = o.manifest as any;
    if (m.kind === 'ConstraintTemplate') templateWave.set(m.spec?.crd?.spec?.names?.kind, waveOf(o));
    if (m.kind === 'Namespace') {
      const prev = nsCreated.get(m.metadata.name);
      if (prev) problems.push(`Namespace ${m.metadata.name} is created by both ${prev.app} and ${appOf(o)}`);
      else nsCreated.set(m.metadata.name, { wave: waveOf(o), app: appOf(o) });
    }
  }

  const owner = new Map<string, string>();
  for (const o of objects) {
    const m = o.manifest;
    const wave = waveOf(o);
    const app = appOf(o);
    const id = `${groupOf(m.apiVersion)}/${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;
    const prevOwner = owner.get(id);
    if (prevOwner && prevOwner !== app) problems.push(`${id} belongs to both ${prevOwner} and ${app}`);
    owner.set(id, app);

    if (groupOf(m.apiVersion) === CONSTRAINTS_GROUP) {
      const t = templateWave.get(m.kind);
      if (t === undefined) problems.push(`${o.file}: constraint kind ${m.kind} has no ConstraintTemplate`);
      else if (t >= wave) problems.push(`${o.file}: constraint ${m.kind} is in wave ${wave}, its ConstraintTemplate in wave ${t} (must be earlier)`);
    } else {
      const crd = customResourceDefinition(m.apiVersion, m.kind);
      if (crd) {
        const w = crdWave.get(crd.module);
        // A preview's CRDs are its host cluster's (the preview renders no platform; a test checks the host has them).
        if (options.crdsFromHost) { /* installed before any preview exists */ } else if (w === undefined) problems.push(`${o.file}: ${m.apiVersion} ${m.kind} needs the ${crd.module} CRDs, which no application installs`);
        else if (w >= wave && w !== -1) problems.push(`${o.file}: ${m.kind} is in wave ${wave} but its CRD (${crd.module}) arrives in wave ${w}`);
        if (!crd.versions.includes(m.apiVersion.split('/')[1])) problems.push(`${o.file}: ${m.apiVersion} is not a served version of ${m.kind} (${crd.versions.join(', ')})`);
      }
    }

    const ns = isClusterScoped(m.apiVersion, m.kind) ? undefined : m.metadata.namespace;
    if (ns && !preexisting.has(ns)) {
      const created = nsCreated.get(ns);
      if (!created) problems.push(`${o.file}: namespace ${ns} is never created`);
      else if (created.app !== app && created.wave >= wave) problems.push(`${o.file}: namespace ${ns} is created in wave ${created.wave} by ${created.app}, not before wave ${wave}`);
    }
  }
  return problems;
}
