import { ApiObject, App, Chart } from 'cdk8s';
import { OutputChart } from '../constructs/lumen-chart';
import { isClusterScoped } from './scope';

/** A Kubernetes object as JSON. */
export interface Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  readonly [key: string]: unknown;
}

export interface RenderedObject {
  /** Path below dist/<env>/, e.g. `10-core/cert-manager/Namespace-cert-manager.yaml`. */
  readonly file: string;
  readonly chart: OutputChart;
  readonly manifest: Manifest;
  /** Its YAML, when already known (a cached vendor render): exactly what dumpYaml(manifest) gives. */
  readonly text?: string;
}

/**
 * Resolves every object of the app once: one validation pass over the construct tree, then each
 * object's toJson(). Linear in the number of objects (cdk8s' own writer re-validates the whole app per
 * chart, which is quadratic).
 */
export function renderApp(app: App): RenderedObject[] {
  const constructs = app.node.findAll();
  const errors = constructs.flatMap((c) => c.node.validate().map((e) => `[${c.node.path}] ${e}`));
  if (errors.length) throw new Error(`Validation failed:\n  ${errors.join('\n  ')}`);

  const out: RenderedObject[] = [];
  const seen = new Map<string, string>();
  for (const c of constructs) {
    if (!(c instanceof ApiObject)) continue;
    const chart = Chart.of(c);
    if (!(chart instanceof OutputChart)) throw new Error(`${c.node.path}: every object must live in a LumenChart or OutputChart`);
    const manifest = c.toJson() as Manifest;
    if (isClusterScoped(manifest.apiVersion, manifest.kind)) delete manifest.metadata.namespace;
    const file = objectFile(chart.folder, chart.namespace, manifest);
    const previous = seen.get(file);
    if (previous) throw new Error(`${c.node.path} and ${previous} would both be written to ${file}: give them distinct names`);
    seen.set(file, c.node.path);
    out.push({ file, chart, manifest });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The file of an object in its chart's folder: `<Kind>-<name>.yaml`, `<Kind>-<ns>.<name>.yaml` outside the chart's namespace. */
export function objectFile(folder: string, chartNamespace: string | undefined, manifest: Manifest): string {
  const ns = manifest.metadata.namespace;
  const base = ns && ns !== chartNamespace ? `${manifest.kind}-${ns}.${manifest.metadata.name}` : `${manifest.kind}-${manifest.metadata.name}`;
  return `${folder}/${base}.yaml`;
}

/** Our objects and the vendor charts' in one sorted list; two objects for one file are an error naming both. */
export function mergeObjects(own: readonly RenderedObject[], vendor: readonly RenderedObject[]): RenderedObject[] {
  if (!vendor.length) return [...own];
  const byFile = new Map(own.map((o) => [o.file, o]));
  for (const v of vendor) {
    if (byFile.has(v.file)) throw new Error(`${v.file}: both our ${v.manifest.kind} ${v.manifest.metadata.name} and the vendor chart's; give ours another name`);
    byFile.set(v.file, v);
  }
  return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
