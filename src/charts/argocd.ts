import { Construct } from 'constructs';
import * as yaml from 'js-yaml';
import type { EnvConfig, Resources } from '../config/schema';
import { ARGOCD_NAMESPACE } from '../constructs/argo-application';
import { APPLICATION_HEALTH_LUA, CONSTRAINT_TEMPLATE_HEALTH_LUA } from '../constructs/argocd-health';
import { HelmRelease } from '../constructs/helm-release';
import { internalImage } from '../constructs/images';
import { LumenChart } from '../constructs/lumen-chart';
import { helperResources, INIT_RESOURCES } from '../constructs/resources';
import { apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { MONITORING_NAMESPACE, PROMETHEUS_POD_LABELS } from '../constructs/service-monitor';
import { VaultNamespaceAuth, VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { previewArgoCdParams } from './previews';

/** Argo CD v3.5.1, chart argo-cd 9.6.0 (argo-helm): the version whose CRDs imports/ carries. */
export const ARGOCD_VERSION = 'v3.5.1';
export const ARGOCD_CHART_VERSION = '9.6.0';
const REDIS_TAG = '8.2.2-alpine';

/** A component's metrics Service and the chart's ServiceMonitor (rendered only once the CRD exists: prometheus-crds, wave 0). */
type Metrics = { readonly enabled: boolean; readonly serviceMonitor: { readonly enabled: boolean } };
/** Metrics ports: application controller, server, repo-server, ApplicationSet controller. */
export const ARGOCD_METRICS_PORTS = [8082, 8083, 8084, 8080] as const;

/** The values of the argo-cd chart that we set. */
export interface ArgoCdValues {
  readonly global: { readonly image: { readonly repository: string; readonly tag: string }; readonly domain: string };
  readonly configs: {
    readonly cm: Record<string, string>;
    readonly params: Record<string, string | boolean | number>;
  };
  readonly controller: { readonly replicas: number; readonly resources: Resources; readonly metrics: Metrics };
  readonly server: { readonly replicas: number; readonly resources: Resources; readonly metrics: Metrics };
  readonly repoServer: { readonly replicas: number; readonly resources: Resources; readonly metrics: Metrics };
  readonly applicationSet: { readonly replicas: number; readonly resources: Resources; readonly metrics: Metrics; readonly allowAnyNamespace?: boolean };
  readonly redis: { readonly image: { readonly repository: string; readonly tag: string }; readonly resources: Resources };
  /** The pre-install hook Job that generates redis' password in the cluster. */
  readonly redisSecretInit: { readonly resources: Resources };
  readonly dex: { readonly enabled: boolean };
  readonly notifications: { readonly enabled: boolean };
}

/** argocd-cm entries we own: the Application health check that makes waves gate, and the Git poll period. */
export function argoCdConfigMap(): Record<string, string> {
  return {
    'resource.customizations.health.argoproj.io_Application': APPLICATION_HEALTH_LUA,
    'resource.customizations.health.templates.gatekeeper.sh_ConstraintTemplate': CONSTRAINT_TEMPLATE_HEALTH_LUA,
    'timeout.reconciliation': '180s',
    'application.resourceTrackingMethod': 'annotation',
  };
}

export function argoCdValues(config: EnvConfig): { values: ArgoCdValues; images: ReturnType<typeof internalImage>[] } {
  const c = config.components.argocd;
  const argocd = internalImage(config.registry.host, 'argoproj/argocd', ARGOCD_VERSION);
  const redis = internalImage(config.registry.host, 'library/redis', REDIS_TAG);
  const metrics: Metrics = { enabled: true, serviceMonitor: { enabled: true } };
  return {
    images: [argocd, redis],
    values: {
      global: { image: { repository: `${argocd.registry}/${argocd.repository}`, tag: argocd.tag }, domain: `argocd.${config.cluster.baseDomain}` },
      configs: {
        cm: argoCdConfigMap(),
        // TLS ends at Traefik; the server speaks plain HTTP inside the cluster.
        params: { 'server.insecure': true, ...(config.components.previews.enabled ? previewArgoCdParams(config) : {}) },
      },
      controller: { replicas: 1, resources: c.resources, metrics },
      server: { replicas: c.replicas, resources: c.resources, metrics },
      repoServer: { replicas: c.replicas, resources: c.resources, metrics },
      applicationSet: {
        replicas: c.replicas, resources: helperResources('50m', '64Mi', '256Mi'), metrics,
        // Previews (src/charts/previews.ts): ApplicationSets outside argocd need the controller's ClusterRole.
        ...(config.components.previews.enabled ? { allowAnyNamespace: true } : {}),
      },
      redis: { image: { repository: `${redis.registry}/${redis.repository}`, tag: redis.tag }, resources: helperResources('50m', '64Mi', '256Mi') },
      redisSecretInit: { resources: INIT_RESOURCES },
      dex: { enabled: false },
      notifications: { enabled: false },
    },
  };
}

/**
 * Argo CD, self-managed: the bootstrap installs it once from bootstrap/helm/argocd.values.yaml (the very
 * values below), then this Application keeps it in line with Git.
 */
export class ArgoCdChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.ARGOCD, namespace: ARGOCD_NAMESPACE, description: 'Argo CD, managing itself' });
    new PlatformNamespace(this, ARGOCD_NAMESPACE);
    // Argo CD's components talk to each other (server, repo-server, controller, redis).
    new NetworkFlow(this, 'allow-intra-namespace', {
      namespace: ARGOCD_NAMESPACE, direction: 'ingress', peers: [{ namespace: ARGOCD_NAMESPACE }],
      ports: [{ port: 8080 }, { port: 8081 }, { port: 8082 }, { port: 8083 }, { port: 8084 }, { port: 6379 }, { port: 7000 }],
    });
    new NetworkFlow(this, 'allow-egress-intra-namespace', {
      namespace: ARGOCD_NAMESPACE, direction: 'egress', peers: [{ namespace: ARGOCD_NAMESPACE }],
      ports: [{ port: 8080 }, { port: 8081 }, { port: 8082 }, { port: 8083 }, { port: 8084 }, { port: 6379 }, { port: 7000 }],
    });
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: ARGOCD_NAMESPACE, direction: 'egress', peers: apiServerPeers(config.cluster.apiServer.cidrs),
      ports: [{ port: config.cluster.apiServer.port }, { port: 443 }],
    });
    // Git and the chart repository both live in Gitea.
    new NetworkFlow(this, 'allow-egress-gitea', {
      namespace: ARGOCD_NAMESPACE, direction: 'egress', peers: [{ namespace: 'gitea' }], ports: [{ port: 3000 }],
    });
    new NetworkFlow(this, 'allow-ingress-prometheus', {
      namespace: ARGOCD_NAMESPACE, direction: 'ingress', peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...PROMETHEUS_POD_LABELS } }],
      ports: ARGOCD_METRICS_PORTS.map((port) => ({ port })),
    });
    // traefik → argocd-server is opened by its TlsRoute (src/charts/traefik.ts).
    const { values } = argoCdValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'argo-cd', version: ARGOCD_CHART_VERSION, values, crdModule: 'argo-cd',
    });
  }
}

/** The values file the bootstrap installs Argo CD with (same values as the self-managed Application). */
export function argoCdBootstrapValues(config: EnvConfig): string {
  return yaml.dump(argoCdValues(config).values, { noRefs: true, lineWidth: -1 });
}

/** KV v2 path (below `secret`) of the Gitea account Argo CD reads Git with: `username`, `password`. */
export const ARGOCD_REPO_SECRET_PATH = 'argocd/gitea';
/** The repository Secret (Argo CD finds it by label): Git, its only source (vendor charts are rendered into dist/). */
export const ARGOCD_GIT_REPO_SECRET = 'repo-lumen-gitops';

/**
 * Argo CD's repository credentials by reference (wave dependencies-config, after VSO): VaultSecrets labelled
 * `argocd.argoproj.io/secret-type: repository`; URLs and types are plain text from the overlay, only the
 * credentials live in Vault. Bootstrap: Argo CD must read Git before VSO exists, so the person bootstrapping
 * creates this Secret by hand once (README); VSO takes it over (`overwrite`) from then on.
 */
export class ArgoCdConfigChart extends LumenChart {
  readonly repositories: VaultSecret[];

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: ARGOCD_NAMESPACE, description: "Argo CD's repository credentials from Vault" });
    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: ARGOCD_NAMESPACE });
    this.repositories = [new VaultSecret(this, ARGOCD_GIT_REPO_SECRET, {
      namespace: ARGOCD_NAMESPACE, path: ARGOCD_REPO_SECRET_PATH, overwrite: true,
      secretLabels: { 'argocd.argoproj.io/secret-type': 'repository' },
      templates: { name: ARGOCD_GIT_REPO_SECRET, type: 'git', url: config.git.repoURL },
    })];
  }
}

export function buildArgoCd(scope: Construct, config: EnvConfig): void {
  if (!config.components.argocd.enabled) return;
  new ArgoCdChart(scope, 'argocd', config);
  // Needs VSO's CRDs: only where the operator is installed.
  if (config.components.vaultSecretsOperator.enabled) new ArgoCdConfigChart(scope, 'argocd-config', config);
}
