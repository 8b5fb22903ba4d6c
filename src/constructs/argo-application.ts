import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { Application, IApplication } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import { AppProject } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject';
import { standardLabels } from './labels';
import { Wave } from './waves';

export const ARGOCD_NAMESPACE = 'argocd';
export const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

type Source = NonNullable<IApplication['spec']['sources']>[number];

/**
 * Rendered YAML: a folder of the Gitea repository. The only kind of source: vendor charts are rendered into
 * the folders at synth time (src/helm/), never handed to Argo CD.
 */
export interface AppSource { readonly repoURL: string; readonly targetRevision: string; readonly path: string }

export interface ArgoApplicationProps {
  /** AppProject the application belongs to. */
  readonly project: string;
  /** Cluster API server URL. */
  readonly server: string;
  /**
   * Destination namespace: where namespaced objects without one go, and what the AppProject's destinations
   * are matched against. Required even for an application of cluster-scoped objects only: Argo CD matches
   * an empty namespace against no explicit project destination (InvalidSpecError, argo-cd#11510).
   */
  readonly destinationNamespace: string;
  /** Sync wave among the app-of-apps' children. */
  readonly wave: Wave;
  /** One or more sources (several make a multi-source Application). */
  readonly sources: AppSource[];
  /**
   * Sync automatically with prune and selfHeal.
   * @default true
   */
  readonly automated?: boolean;
  /**
   * Extra sync options.
   * @default []
   */
  readonly syncOptions?: string[];
  /**
   * Cascade deletes to the application's resources.
   * @default true
   */
  readonly cascadeDelete?: boolean;
}

/** Sync options every application gets. */
export const DEFAULT_SYNC_OPTIONS = ['PrunePropagationPolicy=foreground', 'PruneLast=true', 'RespectIgnoreDifferences=true'];
/**
 * Fields controllers fill in at run time (webhook CA bundles injected by cert-manager's cainjector or the
 * operators themselves): never drift, never fought over by selfHeal.
 */
export const DEFAULT_IGNORE_DIFFERENCES = [
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration', jqPathExpressions: ['.webhooks[]?.clientConfig.caBundle'] },
  { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration', jqPathExpressions: ['.webhooks[]?.clientConfig.caBundle'] },
  { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', jqPathExpressions: ['.spec.conversion.webhook.clientConfig.caBundle'] },
];
/** The retry policy documented by Argo CD: limit 5, 5 s doubling up to 3 min. */
export const DEFAULT_RETRY = { limit: 5, backoff: { duration: '5s', factor: 2, maxDuration: '3m' } };

/** The one place that owns Argo CD Application defaults. */
export class ArgoApplication extends Construct {
  readonly name: string;
  readonly apiObject: ApiObject;

  constructor(scope: Construct, id: string, props: ArgoApplicationProps) {
    super(scope, id);
    if (props.sources.length === 0) throw new Error(`'sources' must name at least one source for application '${id}', got none`);
    if (!props.destinationNamespace) {
      throw new Error(`'destinationNamespace' must name a namespace the AppProject permits for application '${id}', got ${JSON.stringify(props.destinationNamespace)}`);
    }
    this.name = id;
    const syncOptions = [...new Set([...DEFAULT_SYNC_OPTIONS, ...(props.syncOptions ?? [])])].sort();
    const sources = props.sources.map(toSource);
    const spec: IApplication['spec'] = {
      project: props.project,
      destination: { server: props.server, namespace: props.destinationNamespace },
      ...(sources.length === 1 ? { source: sources[0] } : { sources }),
      syncPolicy: {
        ...((props.automated ?? true) ? { automated: { prune: true, selfHeal: true } } : {}),
        retry: DEFAULT_RETRY,
        syncOptions,
      },
      revisionHistoryLimit: 5,
      ignoreDifferences: DEFAULT_IGNORE_DIFFERENCES,
    };
    const app = new Application({
      metadata: {
        name: id,
        namespace: ARGOCD_NAMESPACE,
        annotations: { [SYNC_WAVE]: props.wave.annotation },
        ...((props.cascadeDelete ?? true) ? { finalizers: [RESOURCES_FINALIZER] } : {}),
      },
      spec,
    });
    app.validate();
    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { ...app.metadata, labels: standardLabels(id, { 'app.kubernetes.io/component': 'argocd-application' }) },
      spec: app.spec,
    });
  }
}

function toSource(s: AppSource): Source {
  return { repoURL: s.repoURL, targetRevision: s.targetRevision, path: s.path, directory: { recurse: false } };
}

export interface ArgoProjectProps {
  /** Repositories applications may read: the Gitea repository. */
  readonly sourceRepos: string[];
  /** Cluster API server URL. */
  readonly server: string;
  /** Namespaces applications may deploy to. */
  readonly namespaces: string[];
  /** @default 'The lumen platform' */
  readonly description?: string;
}

/** The AppProject: sources limited to the internal repositories, destinations to our namespaces. */
export class ArgoProject extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: ArgoProjectProps) {
    super(scope, id);
    this.name = id;
    const project = new AppProject({
      metadata: { name: id, namespace: ARGOCD_NAMESPACE, annotations: { [SYNC_WAVE]: '-1' } },
      spec: {
        description: props.description ?? 'The lumen platform',
        sourceRepos: [...new Set(props.sourceRepos)].sort(),
        destinations: [...new Set(props.namespaces)].sort().map((namespace) => ({ server: props.server, namespace })),
        // Vendor charts create cluster-scoped kinds we do not enumerate (CRDs, webhooks, RBAC).
        clusterResourceWhitelist: [{ group: '*', kind: '*' }],
        orphanedResources: { warn: true },
      },
    });
    project.validate();
    new ApiObject(this, 'Resource', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'AppProject',
      metadata: { ...project.metadata, labels: standardLabels(id, { 'app.kubernetes.io/component': 'argocd-project' }) },
      spec: project.spec,
    });
  }
}
