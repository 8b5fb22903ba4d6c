import { ApiObject, App } from 'cdk8s';
import { Construct } from 'constructs';
import type { EnvConfig } from '../config/schema';
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

/** Where an environment's rendered tree lives in the Git repository. */
export function distPath(config: EnvConfig, folder: string): string {
  return `dist/${config.env}/${folder}`;
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
    const application = new ArgoApplication(apps, chart.app, {
      project: config.argocd.project,
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
  new ArgoProject(bootstrap, config.argocd.project, {
    sourceRepos: [config.git.repoURL],
    server,
    namespaces: [...namespaces],
  });
  // The root manages itself, the project and every child: one `kubectl apply -f bootstrap/` and Argo CD owns the rest.
  const root = new ArgoApplication(bootstrap, 'root', {
    project: config.argocd.project,
    server,
    destinationNamespace: ARGOCD_NAMESPACE,
    wave: Waves.FOUNDATION,
    sources: [
      { repoURL: config.git.repoURL, targetRevision: config.git.targetRevision, path: distPath(config, bootstrap.folder) },
      { repoURL: config.git.repoURL, targetRevision: config.git.targetRevision, path: distPath(config, apps.folder) },
    ],
    // Deleting the root must never cascade into the whole platform.
    cascadeDelete: false,
  });
  // The root applies itself in its own wave, and gitops-engine waits for every applied task of a wave to be
  // healthy, itself included (only the app's aggregate health skips itself): with the Application health
  // check saying Progressing while its sync runs, the root would never leave wave 0.
  root.apiObject.metadata.addAnnotation(HEALTH_GATE_ANNOTATION, 'skip');
  return { apps, bootstrap };
}

function Chart_of(c: Construct): Construct | undefined {
  return LumenChart.isChart(c) ? c : c.node.scope ? Chart_of(c.node.scope) : undefined;
}
