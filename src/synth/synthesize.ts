import * as fs from 'fs';
import * as path from 'path';
import { loadOverlays, overlayFiles } from '../config/load';
import type { EnvConfig } from '../config/schema';
import { repoRoot } from '../cli/cli-util';
import { LumenChart, OutputChart } from '../constructs/lumen-chart';
import { defaultHelmOptions, HelmOptions } from '../helm/render';
import { buildEnvironment } from '../environment';
import { renderedFolder } from '../platform/fleet';
import { previewKustomization, previewReadme } from '../charts/preview';
import type { RegistryEntry } from '../registry';
import { ARGOCD_NAMESPACE } from '../constructs/argo-application';
import { backupProblems } from './backups';
import { coherenceProblems, PREEXISTING_NAMESPACES } from './coherence';
import { formatViolations, runGate, Violation } from './gate';
import { inventoryFiles } from './inventory';
import { DomainLoss, domainLosses, domainLossLines, quorumsOf } from './quorums';
import { environmentReadme } from './readme';
import { mergeObjects, renderApp, RenderedObject } from './render';
import { renderVendorCharts } from './vendor';
import { writeTree } from './writer';
import { toYaml } from './yaml';

/** A gate failure: the table of every violation. */
export class GateError extends Error {
  constructor(readonly violations: Violation[]) {
    super(`synth: ${violations.length} violation(s); dist/ left as it was\n${formatViolations(violations)}`);
    this.name = 'CliError';
  }
}

export interface EnvironmentOutput {
  readonly config: EnvConfig;
  /** Relative path below dist/<env>/ → file content. */
  readonly files: Map<string, string>;
  readonly waves: number;
  readonly applications: number;
  readonly resources: number;
  readonly bytes: number;
  /** Per failure domain of the overlay, the quorums of the rendered objects its loss would break. */
  readonly failureDomainLosses: readonly DomainLoss[];
  /**
   * A fleet's clusters, each with its own figures (the environment's `waves` and `applications` add theirs up).
   * @default - none: one cluster
   */
  readonly clusters?: readonly { readonly name: string; readonly role: string; readonly waves: number; readonly applications: number }[];
}

/** One document of dist/ (src/synth/yaml.ts: js-yaml's output with DUMP_OPTIONS, written faster). */
export function dumpYaml(doc: unknown): string {
  return toYaml(doc);
}

export interface RenderOptions {
  /**
   * How vendor charts are rendered (src/helm/render.ts): the repository with charts/, the PATH to find helm
   * in, the render cache and the committed dist/ to reuse.
   * @default - defaultHelmOptions of this repository (charts/, helm from PATH, build/.helm-cache, dist/)
   */
  readonly helm?: HelmOptions;
}

/**
 * Renders one environment fully in memory: objects, README, extra files; runs the gate. A fleet overlay
 * (`clusters:`) renders each cluster the same way, checked on its own, into `<cluster>/` (src/synth/fleet.ts).
 */
export function renderEnvironment(config: EnvConfig, registry?: readonly RegistryEntry[], options: RenderOptions = {}): EnvironmentOutput {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (config.clusters && config.clusterName === undefined) return (require('./fleet') as typeof import('./fleet')).renderFleet(config, registry, options);
  const app = buildEnvironment(config, registry);
  const charts = app.node.children.filter((c): c is OutputChart => c instanceof OutputChart);
  const lumenCharts = charts.filter((c): c is LumenChart => c instanceof LumenChart);
  const vendor = renderVendorCharts(config, lumenCharts, options.helm ?? defaultHelmOptions(repoRoot(__dirname)));
  const objects = mergeObjects(renderApp(app), vendor.objects);
  const documents = objects.map((o) => ({ ...o, text: o.text ?? dumpYaml(o.manifest) }));
  const folder = `${renderedFolder(config)}/`;
  const violations = [
    ...runGate(documents, config),
    ...clusterCoherence(config, lumenCharts, objects).map((detail) => ({ file: folder, resource: '(app-of-apps)', rule: 'coherence', detail })),
    // Every stateful object has a backup schedule, or a reason not to (src/synth/backups.ts).
    ...backupProblems(objects.map((o) => o.manifest)).map((detail) => ({ file: folder, resource: '(backups)', rule: 'backup-schedule', detail })),
  ];
  if (violations.length) throw new GateError(violations);

  const files = new Map<string, string>();
  for (const d of documents) files.set(d.file, d.text);
  for (const c of charts) for (const [name, content] of Object.entries(c.extraFiles)) files.set(`${c.folder}/${name}`, content);
  for (const [name, content] of vendor.files) files.set(name, content);
  const losses = domainLosses(config.cluster.failureDomains, quorumsOf(objects.map((o) => o.manifest)));
  if (config.preview) {
    // A preview (src/charts/preview.ts): the kustomization Argo CD builds, a README, and the images its host must hold.
    files.set('kustomization.yaml', previewKustomization(documents.map((d) => d.file)));
    files.set('README.md', previewReadme(config, documents.map((d) => d.file)));
    files.set('images.txt', inventoryFiles(config, lumenCharts, objects, vendor.lock)['images.txt']);
  } else {
    files.set('README.md', environmentReadme(config, lumenCharts, objects, losses));
    // The air-gap inventory: top-level files no Application reads (images.txt, charts.txt, registries.yaml, k3s-config.yaml).
    for (const [name, content] of Object.entries(inventoryFiles(config, lumenCharts, objects, vendor.lock))) files.set(name, content);
  }

  return {
    config,
    ...sortedTree(files),
    waves: new Set(lumenCharts.map((c) => c.wave.number)).size,
    applications: lumenCharts.length,
    resources: objects.length,
    failureDomainLosses: losses,
  };
}

/** An environment's files in path order (what dist/<env>/ holds), and their size in bytes. */
export function sortedTree(files: ReadonlyMap<string, string>): { files: Map<string, string>; bytes: number } {
  const sorted = new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let bytes = 0;
  for (const v of sorted.values()) bytes += Buffer.byteLength(v);
  return { files: sorted, bytes };
}

/**
 * The app-of-apps checks (src/synth/coherence.ts) of the cluster `config` renders. A fleet's cluster other than
 * infra has no Argo CD: `argocd` does not pre-exist there, and its Applications and AppProject (bootstrap/,
 * apps/) are applied to the infra cluster, not checked here.
 */
function clusterCoherence(config: EnvConfig, charts: readonly LumenChart[], objects: readonly RenderedObject[]): string[] {
  if (!config.clusters?.some((c) => c.name === config.clusterName && c.role !== 'infra')) return coherenceProblems(charts, objects, { crdsFromHost: config.preview !== undefined });
  const preexisting = new Set([...PREEXISTING_NAMESPACES].filter((n) => n !== ARGOCD_NAMESPACE));
  return coherenceProblems(charts, objects.filter((o) => o.chart instanceof LumenChart), { preexisting });
}

export interface SynthOptions {
  /** Folder of `<env>.yaml` overlays. */
  readonly overlaysDir: string;
  /** dist/ */
  readonly outDir: string;
  /**
   * Only these environments.
   * @default - every overlay
   */
  readonly envs?: string[];
}

export { overlayFiles } from '../config/load';

/**
 * Loads every overlay, renders and checks every environment in memory, and only then swaps each
 * `dist/<env>` in. Any bad overlay or violation throws before anything is written.
 */
export function synthesize(opts: SynthOptions): EnvironmentOutput[] {
  return synthesizeConfigs(loadOverlays(overlayFiles(opts.overlaysDir, opts.envs)), opts);
}

/** The same, for overlays already loaded (the CLI loads them before the heavy modules). */
export function synthesizeConfigs(configs: EnvConfig[], opts: SynthOptions): EnvironmentOutput[] {
  // Vendor renders whose inputs did not change are read back from the dist/ being replaced.
  const helm = defaultHelmOptions(repoRoot(__dirname), { seedDir: opts.outDir });
  // One thread: environments after the first reuse its vendor objects (parsed and walked once, see
  // src/helm/render.ts), which a second thread would parse and walk again.
  const outputs = configs.map((c) => renderEnvironment(c, undefined, { helm }));
  for (const o of outputs) writeTree(opts.outDir, o.config.env, o.files);
  if (!opts.envs?.length) removeStaleEnvironments(opts.outDir, new Set(configs.map((c) => c.env)));
  return outputs;
}

/** dist/<env> folders whose overlay is gone (recognised by their bootstrap/ folder, a fleet's by its clusters', a preview's by kustomization.yaml + manifests/). */
function removeStaleEnvironments(outDir: string, keep: Set<string>): void {
  const isEnvironment = (p: string) => fs.existsSync(path.join(p, 'bootstrap'))
    || (fs.existsSync(path.join(p, 'kustomization.yaml')) && fs.existsSync(path.join(p, 'manifests')))
    || (fs.statSync(p).isDirectory() && fs.readdirSync(p).some((c) => fs.existsSync(path.join(p, c, 'bootstrap'))));
  for (const d of fs.readdirSync(outDir)) {
    const p = path.join(outDir, d);
    if (!keep.has(d) && isEnvironment(p)) fs.rmSync(p, { recursive: true, force: true });
  }
}

/**
 * The environment's line, then one line per failure domain whose loss breaks a quorum (none when no domain
 * does, nor with a single domain: losing all there is loses everything, which says nothing).
 */
export function summaryLine(o: EnvironmentOutput): string {
  const shape = o.clusters
    ? `${o.clusters.length} clusters (${o.clusters.map((c) => `${c.name}: ${c.waves} waves, ${c.applications} applications`).join('; ')})`
    : `${o.waves} waves, ${o.applications} applications`;
  const head = `${o.config.env.padEnd(8)} ${shape}, ${o.resources} resources, ${o.bytes} bytes`;
  const losses = o.failureDomainLosses.length > 1 ? o.failureDomainLosses.filter((l) => l.broken.length) : [];
  const risks = domainLossLines(losses).map((l) => `${' '.repeat(9)}${l}`);
  return [head, ...risks].join('\n');
}
