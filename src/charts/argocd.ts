import { Construct } from 'constructs';
import * as yaml from 'js-yaml';
import type { EnvConfig, Resources } from '../config/schema';
import { ARGOCD_NAMESPACE } from '../constructs/argo-application';
import { APPLICATION_HEALTH_LUA } from '../constructs/argocd-health';
import { HelmRelease } from '../constructs/helm-release';
import { internalImage } from '../constructs/images';
import { LumenChart } from '../constructs/lumen-chart';
import { apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { Waves } from '../constructs/waves';

/** Argo CD v3.5.1, chart argo-cd 9.6.0 (argo-helm): the version whose CRDs imports/ carries. */
export const ARGOCD_VERSION = 'v3.5.1';
export const ARGOCD_CHART_VERSION = '9.6.0';
const REDIS_TAG = '8.2.2-alpine';

/** The values of the argo-cd chart that we set. */
export interface ArgoCdValues {
  readonly global: { readonly image: { readonly repository: string; readonly tag: string }; readonly domain: string };
  readonly configs: {
    readonly cm: Record<string, string>;
    readonly params: Record<string, string | boolean | number>;
  };
  readonly controller: { readonly replicas: number; readonly resources: Resources };
  readonly server: { readonly replicas: number; readonly resources: Resources };
  readonly repoServer: { readonly replicas: number; readonly resources: Resources };
  readonly applicationSet: { readonly replicas: number };
  readonly redis: { readonly image: { readonly repository: string; readonly tag: string } };
  readonly dex: { readonly enabled: boolean };
  readonly notifications: { readonly enabled: boolean };
}

/** argocd-cm entries we own: the Application health check that makes waves gate, and the Git poll period. */
export function argoCdConfigMap(): Record<string, string> {
  return {
    'resource.customizations.health.argoproj.io_Application': APPLICATION_HEALTH_LUA,
    'timeout.reconciliation': '180s',
    'application.resourceTrackingMethod': 'annotation',
  };
}

export function argoCdValues(config: EnvConfig): { values: ArgoCdValues; images: ReturnType<typeof internalImage>[] } {
  const c = config.components.argocd;
  const argocd = internalImage(config.registry.host, 'argoproj/argocd', ARGOCD_VERSION);
  const redis = internalImage(config.registry.host, 'library/redis', REDIS_TAG);
  return {
    images: [argocd, redis],
    values: {
      global: { image: { repository: `${argocd.registry}/${argocd.repository}`, tag: argocd.tag }, domain: `argocd.${config.cluster.baseDomain}` },
      configs: {
        cm: argoCdConfigMap(),
        // TLS ends at Traefik; the server speaks plain HTTP inside the cluster.
        params: { 'server.insecure': true },
      },
      controller: { replicas: 1, resources: c.resources },
      server: { replicas: c.replicas, resources: c.resources },
      repoServer: { replicas: c.replicas, resources: c.resources },
      applicationSet: { replicas: c.replicas },
      redis: { image: { repository: `${redis.registry}/${redis.repository}`, tag: redis.tag } },
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
    super(scope, id, { config, wave: Waves.FOUNDATION, namespace: ARGOCD_NAMESPACE, description: 'Argo CD, managing itself' });
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
    // traefik → argocd-server is opened by its TlsRoute (src/charts/traefik.ts).
    const { values, images } = argoCdValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'argo-cd', version: ARGOCD_CHART_VERSION, values, images, crdModule: 'argo-cd', upstream: 'https://argoproj.github.io/argo-helm',
    });
  }
}

/** The values file the bootstrap installs Argo CD with (same values as the self-managed Application). */
export function argoCdBootstrapValues(config: EnvConfig): string {
  return yaml.dump(argoCdValues(config).values, { noRefs: true, lineWidth: -1 });
}

export function buildArgoCd(scope: Construct, config: EnvConfig): void {
  if (config.components.argocd.enabled) new ArgoCdChart(scope, 'argocd', config);
}
