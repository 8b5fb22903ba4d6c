import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import * as yaml from 'js-yaml';
import { AppProject } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject';
import { ApplicationSet, ApplicationSetSpecSyncPolicyApplicationsSync, ApplicationSetSpecTemplateSpecSourceKustomizePatches } from '../../imports/argo-cd-argoproj.io';
import type { EnvConfig } from '../config/schema';
import { ARGOCD_NAMESPACE, DEFAULT_RETRY, RESOURCES_FINALIZER, SYNC_WAVE } from '../constructs/argo-application';
import { standardLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { serviceSelector } from '../constructs/microservice';
import { NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { TRAEFIK_NAMESPACE, TRAEFIK_POD_LABELS } from '../constructs/tls-route';
import { VaultNamespaceAuth, VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { CNPG_STATUS_PORT, INSTANCE_POD_LABELS } from './citus';
import { CNPG_NAMESPACE, CNPG_OPERATOR_POD_LABELS, POSTGRES_PORT } from './cloudnative-pg';
import { OATHKEEPER, OATHKEEPER_API_PORT } from './edge-auth';
import { KEYCLOAK } from './keycloak';
import { PREVIEW_NAMESPACE_LABEL, PREVIEW_NAMESPACE_PATTERN, previewHost, previewPatches } from './preview';

/**
 * Where the previews' Applications (and their ApplicationSets) live: a namespace of their own, so that a
 * ResourceQuota on `count/applications.argoproj.io` caps how many exist at once (Argo CD has no such setting;
 * the ApplicationSet controller's create beyond the quota is refused by the API server, and retried on its
 * next reconcile). Argo CD watches it through "Applications / ApplicationSets in any namespace".
 */
export const PREVIEWS_NAMESPACE = 'argocd-previews';
/** The AppProject of previews: only `pr-*` namespaces, only this repository, only Namespace among cluster-scoped kinds. */
export const PREVIEWS_PROJECT = 'previews';
/** The Secret the pull-request generator reads its Gitea token from (VSO, from Vault; `scm-creds` for the strict tokenRef mode). */
export const PREVIEWS_TOKEN_SECRET = 'gitea-previews-token';
export const PREVIEWS_TOKEN_KEY = 'token';
/** Argo CD's label on SCM credentials (required when `applicationsetcontroller.enable.tokenref.strict.mode` is on). */
export const SCM_CREDS_LABEL = { 'argocd.argoproj.io/secret-type': 'scm-creds' } as const;

/** The service repositories that get previews, and the service whose image a pull request of each builds. */
export const PREVIEW_REPOSITORIES = [
  { repo: 'catalog', service: 'catalog' },
  { repo: 'order', service: 'order' },
  { repo: 'lumen-api', service: 'lumenApi' },
] as const satisfies readonly { repo: string; service: keyof EnvConfig['services'] }[];
export type PreviewRepository = (typeof PREVIEW_REPOSITORIES)[number];

/** A Go template reference to a pull-request generator parameter (`goTemplate: true`). */
export const prParam = (name: 'number' | 'head_short_sha' | 'head_sha' | 'branch_slug'): string => `{{.${name}}}`;
/** A preview's namespace (and Application name): `pr-<repository>-<number>` (Gitea numbers pull requests per repository). */
export const previewNamespace = (repo: string, number: string = prParam('number')): string => `pr-${repo}-${number}`;

/** The argocd-cmd-params-cm entries previews need (src/charts/argocd.ts merges them when previews are on). */
export function previewArgoCdParams(config: EnvConfig): Record<string, string | boolean> {
  const p = config.components.previews;
  return {
    'application.namespaces': PREVIEWS_NAMESPACE,
    'applicationsetcontroller.namespaces': PREVIEWS_NAMESPACE,
    // Only Gitea: an ApplicationSet outside argocd could otherwise send a token to any URL (upstream's warning).
    'applicationsetcontroller.allowed.scm.providers': p.giteaUrl,
    // tokenRef may name only Secrets labelled scm-creds (not the repository credentials beside them).
    'applicationsetcontroller.enable.tokenref.strict.mode': true,
  };
}

/**
 * Preview environments in the host cluster (issue 13): per service repository an ApplicationSet whose Gitea
 * pull-request generator makes one Application per open pull request labelled `components.previews.label`,
 * deploying `dist/<previews.environment>/` into `pr-<repository>-<number>`, with the pull request's head
 * commit as that service's image tag and `pr-<repository>-<number>.<baseDomain>` as host. The platform
 * halves of the previews' flows (Traefik, Keycloak, the CloudNativePG operator → namespaces labelled
 * `lumen.dev/preview`), the AppProject, the quota on concurrent previews and the Gitea token.
 */
export class PreviewsChart extends LumenChart {
  readonly applicationSets: ApplicationSet[] = [];

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.APPLICATIONS, namespace: PREVIEWS_NAMESPACE, description: 'Preview environments: one per labelled pull request' });
    const p = config.components.previews;
    new PlatformNamespace(this, PREVIEWS_NAMESPACE);
    // The cap: one Application per preview, so this many previews at most.
    new k8s.KubeResourceQuota(this, 'Quota', {
      metadata: { name: 'previews', labels: standardLabels('previews') },
      spec: { hard: { 'count/applications.argoproj.io': k8s.Quantity.fromString(String(p.maxConcurrent)) } },
    });
    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: PREVIEWS_NAMESPACE });
    new VaultSecret(this, PREVIEWS_TOKEN_SECRET, { namespace: PREVIEWS_NAMESPACE, path: p.tokenVaultPath, secretLabels: { ...SCM_CREDS_LABEL } });

    const project = new AppProject({
      metadata: { name: PREVIEWS_PROJECT, namespace: ARGOCD_NAMESPACE, annotations: { [SYNC_WAVE]: '-1' } },
      spec: {
        description: 'Preview environments, one per pull request (src/charts/previews.ts)',
        sourceRepos: [config.git.repoURL],
        sourceNamespaces: [PREVIEWS_NAMESPACE],
        destinations: [{ server: config.argocd.destination, namespace: PREVIEW_NAMESPACE_PATTERN }],
        // A preview creates its own namespace (so that deleting it deletes everything) and nothing else cluster-wide.
        clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }],
        orphanedResources: { warn: true },
      },
    });
    project.validate();
    new ApiObject(this, 'Project', {
      apiVersion: 'argoproj.io/v1alpha1', kind: 'AppProject',
      metadata: { ...project.metadata, labels: standardLabels(PREVIEWS_PROJECT, { 'app.kubernetes.io/component': 'argocd-project' }) },
      spec: project.spec,
    });

    for (const r of PREVIEW_REPOSITORIES) this.applicationSets.push(this.applicationSet(config, r));

    // The platform halves of the previews' flows (their own halves are in dist/<preview>/).
    const previews = { [PREVIEW_NAMESPACE_LABEL]: 'true' };
    new NetworkFlow(this, 'allow-traefik-to-previews-egress', {
      namespace: TRAEFIK_NAMESPACE, podLabels: { ...TRAEFIK_POD_LABELS }, direction: 'egress',
      peers: [{ namespaceLabels: previews }], ports: [{ port: 8080 }, { port: OATHKEEPER_API_PORT }],
    });
    new NetworkFlow(this, 'allow-previews-oathkeeper-to-keycloak-ingress', {
      namespace: KEYCLOAK.namespace, podLabels: { ...KEYCLOAK.podLabels }, direction: 'ingress',
      peers: [{ namespaceLabels: previews, podLabels: serviceSelector(OATHKEEPER) }], ports: KEYCLOAK.ports.map((x) => ({ ...x })),
    });
    new NetworkFlow(this, 'allow-cnpg-operator-to-previews-egress', {
      namespace: CNPG_NAMESPACE, podLabels: { ...CNPG_OPERATOR_POD_LABELS }, direction: 'egress',
      peers: [{ namespaceLabels: previews, podLabels: { ...INSTANCE_POD_LABELS } }], ports: [{ port: CNPG_STATUS_PORT }, { port: POSTGRES_PORT }],
    });
  }

  /** The ApplicationSet of one service repository. */
  private applicationSet(config: EnvConfig, r: PreviewRepository): ApplicationSet {
    const p = config.components.previews;
    const namespace = previewNamespace(r.repo);
    const host = previewHost(config.cluster.baseDomain, namespace);
    const image = config.services[r.service].image.repository;
    const patches: ApplicationSetSpecTemplateSpecSourceKustomizePatches[] = previewPatches(namespace, host).map((x) => ({
      target: { ...x.target },
      patch: yaml.dump(x.ops, { lineWidth: -1, noRefs: true }),
    }));
    return new ApplicationSet(this, `ApplicationSet-${r.repo}`, {
      metadata: { name: `previews-${r.repo}`, labels: standardLabels(`previews-${r.repo}`, { 'app.kubernetes.io/component': 'argocd-applicationset' }) },
      spec: {
        goTemplate: true,
        goTemplateOptions: ['missingkey=error'],
        generators: [{
          pullRequest: {
            gitea: {
              owner: p.owner,
              repo: r.repo,
              api: p.giteaUrl,
              tokenRef: { secretName: PREVIEWS_TOKEN_SECRET, key: PREVIEWS_TOKEN_KEY },
              // Opt-in: only pull requests a person labelled get an environment.
              labels: [p.label],
            },
            requeueAfterSeconds: p.requeueAfterSeconds,
          },
        }],
        // Create, update (new commits: new tag) and delete (closed or unlabelled: the Application goes, and
        // with it, through its finalizer, everything it deployed, its Namespace included).
        syncPolicy: { applicationsSync: ApplicationSetSpecSyncPolicyApplicationsSync.SYNC, preserveResourcesOnDeletion: false },
        template: {
          metadata: {
            name: namespace,
            labels: { 'app.kubernetes.io/part-of': 'lumen', [PREVIEW_NAMESPACE_LABEL]: 'true', 'lumen.dev/repository': r.repo, 'lumen.dev/pull-request': prParam('number') },
            finalizers: [RESOURCES_FINALIZER],
          },
          spec: {
            project: PREVIEWS_PROJECT,
            source: {
              repoUrl: config.git.repoURL,
              targetRevision: config.git.targetRevision,
              path: `dist/${p.environment}`,
              kustomize: {
                namespace,
                // The pull request's head commit: the service repository's pipeline pushes this tag.
                images: [`${config.registry.host}/${image}:${prParam('head_short_sha')}`],
                patches,
              },
            },
            // The namespace is one of the preview's own objects (a Namespace in the render, renamed by kustomize):
            // Argo CD creates it first and, being its owner, deletes it with the Application. No CreateNamespace
            // (such namespaces are never pruned).
            destination: { server: config.argocd.destination, namespace },
            syncPolicy: {
              automated: { prune: true, selfHeal: true },
              retry: { limit: DEFAULT_RETRY.limit, backoff: { ...DEFAULT_RETRY.backoff } },
              syncOptions: ['PrunePropagationPolicy=foreground', 'RespectIgnoreDifferences=true'],
            },
          },
        },
      },
    });
  }
}

export function buildPreviews(scope: Construct, config: EnvConfig): void {
  if (config.components.previews.enabled) new PreviewsChart(scope, 'previews', config);
}
