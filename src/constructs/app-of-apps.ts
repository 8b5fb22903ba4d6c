import { ApiObject, App, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import type { EnvConfig } from '../config/schema';
import { currentCluster, renderedFolder } from '../platform/fleet';
import { customResourceDefinition } from '../synth/scope';
import { ARGOCD_NAMESPACE, AppSource, ArgoApplication, ArgoProject } from './argo-application';
import { HEALTH_GATE_ANNOTATION } from './argocd-health';
import { LumenChart, OutputChart } from './lumen-chart';
import { Waves } from './waves';

/** dist/<env>/apps/: one Application per LumenChart. */
export class AppsChart extends OutputChart {
  readonly folder = 'apps';
}

/** dist/<env>/bootstrap/: the AppProject and the root app-of-apps, applied once by a person. */
export class BootstrapChart extends OutputChart {
  readonly folder = 'bootstrap';
}

/**
 * Kinds whose images the signature verifier's mutating webhook pins to `tag@digest` in the namespaces it
 * verifies (policy-controller cmd/webhook/main.go: every image, not only first-party ones; it cannot be turned
 * off, sigstore/policy-controller#285). Argo CD must diff them with that webhook included, or it fights it forever.
 */
export const DIGEST_MUTATED_KINDS = new Set(['Pod', 'ReplicaSet', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);
export const COMPARE_OPTIONS_ANNOTATION = 'argocd.argoproj.io/compare-options';

/** Where an environment's rendered tree lives in the Git repository (`dist/<env>/<cluster>/` for a cluster of a fleet). */
export function distPath(config: EnvConfig, folder: string): string {
  return `dist/${renderedFolder(config)}/${folder}`;
}

/**
 * The Application of a chart: its name, but in a fleet the Applications of every cluster live in the infra
 * cluster's `argocd` namespace, so those of the other clusters carry the cluster's name first.
 */
export function applicationName(config: EnvConfig, app: string): string {
  const c = currentCluster(config);
  return c && c.role !== 'infra' ? `${c.name}-${app}` : app;
}

/** The AppProject of a cluster: the overlay's, and in a fleet one per cluster other than infra (its destinations are that cluster's). */
export function projectName(config: EnvConfig): string {
  return applicationName(config, config.argocd.project);
}

/**
 * Adds the Argo CD layer to a built environment: an Application per LumenChart (path source for our
 * objects, chart source for its vendor chart, both when it has both), the AppProject and the root
 * application. Call once, after every component chart exists.
 */
export function addAppOfApps(app: App, config: EnvConfig): { apps: AppsChart; bootstrap: BootstrapChart } {
  const charts = app.node.children.filter((c): c is LumenChart => c instanceof LumenChart);
  const apps = new AppsChart(app, 'apps', { namespace: ARGOCD_NAMESPACE });
  const server = config.argocd.destination;
  const namespaces = new Set<string>([ARGOCD_NAMESPACE]);
  const verified = new Set(config.signing && config.components.policyController.enabled ? config.signing.namespaces : []);

  for (const chart of charts) {
    const objects = chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject && Chart_of(c) === chart);
    const release = chart.helmRelease;
    // Vendor charts are rendered into the same folder at synth time (src/helm/): Argo CD reads plain YAML only.
    if (!objects.length && !release) throw new Error(`application '${chart.app}' renders nothing: add objects or a HelmRelease`);
    const sources: AppSource[] = [{ repoURL: config.git.repoURL, targetRevision: config.git.targetRevision, path: distPath(config, chart.folder) }];
    for (const o of objects) {
      if (o.kind === 'Namespace') namespaces.add(o.name);
      if (o.metadata.namespace) namespaces.add(o.metadata.namespace);
    }
    if (chart.namespace) namespaces.add(chart.namespace);

    const syncOptions = [...chart.syncOptions];
    if (release?.crdModule) {
      syncOptions.push('ServerSideApply=true');
      // Our custom resources whose CRD this very chart installs cannot be dry-run before it exists.
      if (objects.some((o) => customResourceDefinition(o.apiVersion, o.kind)?.module === release.crdModule)) {
        syncOptions.push('SkipDryRunOnMissingResource=true');
      }
    }
    const application = new ArgoApplication(apps, applicationName(config, chart.app), {
      project: projectName(config),
      server,
      // A chart of cluster-scoped objects only (namespaces, CRDs, ConstraintTemplates, constraints) still needs a
      // destination namespace the AppProject permits, or Argo CD never compares it (argo-cd#11510). `argocd`:
      // always permitted, there before any sync, and it receives nothing (such charts' namespaced objects, e.g.
      // a namespace's default-deny policies, name their own namespace).
      destinationNamespace: chart.namespace ?? ARGOCD_NAMESPACE,
      wave: chart.wave,
      sources,
      automated: chart.automatedSync,
      syncOptions,
    });
    if (!chart.automatedSync) application.apiObject.metadata.addAnnotation(HEALTH_GATE_ANNOTATION, 'skip');
    if (objects.some((o) => DIGEST_MUTATED_KINDS.has(o.kind) && verified.has(o.metadata.namespace ?? ''))) {
      // Server-side diff (a dry-run apply) includes the verifier's mutation: tag → tag@digest is no drift.
      application.apiObject.metadata.addAnnotation(COMPARE_OPTIONS_ANNOTATION, 'ServerSideDiff=true,IncludeMutationWebhook=true');
    }
  }

  const bootstrap = new BootstrapChart(app, 'bootstrap', { namespace: ARGOCD_NAMESPACE });
  new ArgoProject(bootstrap, projectName(config), {
    sourceRepos: [config.git.repoURL],
    server,
    namespaces: [...namespaces],
  });
  // A fleet's other clusters get their root from the infra cluster's ApplicationSet (clusterRootTemplate).
  const here = currentCluster(config);
  if (here && here.role !== 'infra') return { apps, bootstrap };
  // The root manages itself, the project and every child: one `kubectl apply -f bootstrap/` and Argo CD owns the rest.
  const root = rootApplication(bootstrap, 'root', config, server, [distPath(config, bootstrap.folder), distPath(config, apps.folder)]);
  // The root applies itself in its own wave, and gitops-engine waits for every applied task of a wave to be
  // healthy, itself included (only the app's aggregate health skips itself): with the Application health
  // check saying Progressing while its sync runs, the root would never leave wave 0.
  root.apiObject.metadata.addAnnotation(HEALTH_GATE_ANNOTATION, 'skip');
  return { apps, bootstrap };
}

/** A root: the project, and the Applications of one cluster's folders, applied into `argocd` of the cluster Argo CD runs in. */
function rootApplication(scope: Construct, name: string, config: EnvConfig, server: string, paths: string[]): ArgoApplication {
  return new ArgoApplication(scope, name, {
    project: config.argocd.project,
    server,
    destinationNamespace: ARGOCD_NAMESPACE,
    wave: Waves.FOUNDATION,
    sources: paths.map((path) => ({ repoURL: config.git.repoURL, targetRevision: config.git.targetRevision, path })),
    // Deleting the root must never cascade into the whole platform.
    cascadeDelete: false,
  });
}

/** Stand-ins for the cluster generator's parameters (DNS-label and URL shaped, so the Application validates). */
const NAME_STANDIN = 'x0lumen0cluster0x';

/**
 * The template of a fleet cluster's root, for the infra cluster's ApplicationSet: the root exactly as
 * `addAppOfApps` makes the infra cluster's (ArgoApplication's defaults), named `root-{{.name}}`, reading
 * `dist/<env>/{{.name}}/bootstrap` and `/apps`, in the infra cluster. Without sync-wave: generated
 * Applications have none that anything honours.
 */
export function clusterRootTemplate(config: EnvConfig): { metadata: Record<string, unknown>; spec: Record<string, unknown> } {
  const standin = { ...config, clusterName: NAME_STANDIN };
  const scratch = new Chart(new App({ outdir: '.unused' }), 'template');
  const infraServer = config.argocd.destination;
  const root = rootApplication(scratch, `root-${NAME_STANDIN}`, standin, infraServer, [distPath(standin, 'bootstrap'), distPath(standin, 'apps')]);
  const json = JSON.parse(JSON.stringify(root.apiObject.toJson()).split(NAME_STANDIN).join('{{.name}}'));
  delete json.metadata.annotations;
  return { metadata: json.metadata, spec: json.spec };
}

function Chart_of(c: Construct): Construct | undefined {
  return LumenChart.isChart(c) ? c : c.node.scope ? Chart_of(c.node.scope) : undefined;
}
