import { Construct } from 'constructs';
import type { EnvConfig, Resources } from '../config/schema';
import { Middleware, TlsOption } from '../../imports/traefik-traefik.io';
import { ARGOCD_NAMESPACE } from '../constructs/argo-application';
import { runsHere } from '../platform/fleet';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { MONITORING_NAMESPACE, PROMETHEUS_POD_LABELS } from '../constructs/service-monitor';
import { TlsRoute, TRAEFIK_NAMESPACE, TRAEFIK_POD_LABELS, WEBSECURE_ENTRYPOINT } from '../constructs/tls-route';
import { Waves } from '../constructs/waves';
import { firstPoolAddress, METALLB_IPS_ANNOTATION } from './metallb';

export { TRAEFIK_NAMESPACE, TRAEFIK_POD_LABELS } from '../constructs/tls-route';

/** Traefik v3.7.11, chart traefik 41.3.0 (traefik.github.io/charts): the chart whose CRDs imports/ carries. */
export const TRAEFIK_VERSION = 'v3.7.11';
export const TRAEFIK_CHART_VERSION = '41.3.0';
/** Container ports behind the Service's :80 and :443 (the chart's `ports.web.port` / `ports.websecure.port`). */
export const WEB_PORT = 8000;
export const WEBSECURE_PORT = 8443;
/** The chart's `metrics` entry point (`ports.metrics.port`), scraped by Prometheus. */
export const TRAEFIK_METRICS_PORT = 9100;

/**
 * Middlewares of the websecure entry point: every route gets them. An IngressRoute cannot reference a
 * Middleware of another namespace while allowCrossNamespace is off; the entry point (static configuration) can.
 */
export const SECURITY_HEADERS_MIDDLEWARE = 'traefik-security-headers@kubernetescrd';
export const COMPRESS_MIDDLEWARE = 'traefik-compress@kubernetescrd';
/** Traefik applies the TLSOption named `default` to every TLS router that names no other. */
export const DEFAULT_TLS_OPTION = 'default';

type Port = {
  readonly port: number;
  readonly exposedPort: number;
  readonly expose: { readonly default: boolean };
};

/** The values of the traefik chart that we set. */
export interface TraefikValues {
  readonly image: { readonly registry: string; readonly repository: string; readonly tag: string };
  readonly deployment: { readonly kind: 'DaemonSet' | 'Deployment'; readonly labels: Record<string, string>; readonly podLabels: Record<string, string> };
  readonly global: { readonly checkNewVersion: boolean; readonly sendAnonymousUsage: boolean };
  readonly providers: {
    readonly kubernetesCRD: { readonly enabled: boolean; readonly allowCrossNamespace: boolean; readonly allowExternalNameServices: boolean };
    readonly kubernetesIngress: { readonly enabled: boolean };
  };
  readonly ingressClass: { readonly enabled: boolean };
  readonly api: { readonly dashboard: boolean };
  readonly ingressRoute: { readonly dashboard: { readonly enabled: boolean } };
  readonly ports: {
    // Chart 41 moved per-entry-point HTTP settings under `ports.<name>.http`.
    readonly web: Port & { readonly http: { readonly redirections: { readonly entryPoint: { readonly to: string; readonly scheme: 'https'; readonly permanent: boolean } } } };
    readonly websecure: Port & { readonly http: { readonly tls: { readonly enabled: boolean }; readonly middlewares: string[] } };
  };
  readonly service: { readonly spec: { readonly type: 'LoadBalancer' }; readonly annotations: Record<string, string> };
  readonly log: { readonly format: 'json' };
  readonly accessLog: { readonly enabled: boolean; readonly format: 'json' };
  readonly metrics: {
    readonly prometheus: {
      readonly addEntryPointsLabels: boolean; readonly addServicesLabels: boolean;
      readonly service: { readonly enabled: boolean }; readonly serviceMonitor: { readonly enabled: boolean; readonly interval: string };
    };
  };
  readonly resources: Resources;
  readonly securityContext: {
    readonly allowPrivilegeEscalation: boolean; readonly readOnlyRootFilesystem: boolean; readonly capabilities: { readonly drop: string[] };
  };
  readonly podSecurityContext: {
    readonly runAsNonRoot: boolean; readonly runAsUser: number; readonly runAsGroup: number;
    readonly seccompProfile: { readonly type: 'RuntimeDefault' };
  };
}

/** The address Traefik's Service asks MetalLB for: the overlay's, or the first of the pool. */
export function traefikLoadBalancerIP(config: EnvConfig): string {
  const ip = config.components.traefik.loadBalancerIP ?? firstPoolAddress(config.components.metallb.addresses);
  if (/\.(0|255)$/.test(ip)) throw new Error(`'components.traefik.loadBalancerIP' must not end in .0 or .255 (MetalLB avoids them), got ${ip}`);
  return ip;
}

export function traefikValues(config: EnvConfig): { values: TraefikValues; images: ImageRef[] } {
  const c = config.components.traefik;
  const traefik = internalImage(config.registry.host, 'library/traefik', TRAEFIK_VERSION);
  const labels = workloadLabels('traefik', 'platform');
  return {
    images: [traefik],
    values: {
      image: { registry: traefik.registry, repository: traefik.repository, tag: traefik.tag },
      // One Traefik per node: any node can take the MetalLB address without a hop to another node.
      deployment: { kind: 'DaemonSet', labels, podLabels: labels },
      // Air gap: no version check, no usage report.
      global: { checkNewVersion: false, sendAnonymousUsage: false },
      // Routes are IngressRoutes (TlsRoute); no Ingress objects, so no Ingress provider or IngressClass.
      providers: {
        kubernetesCRD: { enabled: true, allowCrossNamespace: false, allowExternalNameServices: false },
        kubernetesIngress: { enabled: false },
      },
      ingressClass: { enabled: false },
      // No dashboard: nothing would protect it, and the chart's IngressRoute for it points at an unexposed entry point.
      api: { dashboard: false },
      ingressRoute: { dashboard: { enabled: false } },
      ports: {
        web: {
          port: WEB_PORT, exposedPort: 80, expose: { default: true },
          http: { redirections: { entryPoint: { to: WEBSECURE_ENTRYPOINT, scheme: 'https', permanent: true } } },
        },
        websecure: {
          port: WEBSECURE_PORT, exposedPort: 443, expose: { default: true },
          http: { tls: { enabled: true }, middlewares: [SECURITY_HEADERS_MIDDLEWARE, COMPRESS_MIDDLEWARE] },
        },
      },
      service: { spec: { type: 'LoadBalancer' }, annotations: { [METALLB_IPS_ANNOTATION]: traefikLoadBalancerIP(config) } },
      log: { format: 'json' },
      accessLog: { enabled: true, format: 'json' },
      // Prometheus scrapes the `metrics` entry point (:9100) through the chart's ServiceMonitor (src/charts/monitoring.ts).
      metrics: { prometheus: { addEntryPointsLabels: true, addServicesLabels: true, service: { enabled: true }, serviceMonitor: { enabled: true, interval: '30s' } } },
      resources: c.resources,
      securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
      podSecurityContext: { runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532, seccompProfile: { type: 'RuntimeDefault' } },
    },
  };
}

/** Traefik, the cluster's one entry point, with its CRDs (wave dependencies). */
export class TraefikChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES, namespace: TRAEFIK_NAMESPACE, description: 'Traefik (DaemonSet behind a MetalLB address) and its CRDs' });
    new PlatformNamespace(this, TRAEFIK_NAMESPACE);
    const { values } = traefikValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'traefik', version: TRAEFIK_CHART_VERSION, values, crdModule: 'traefik',
    });
    const api = config.cluster.apiServer;
    // The Kubernetes CRD provider watches IngressRoutes, Middlewares, Services, EndpointSlices and Secrets.
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: TRAEFIK_NAMESPACE, podLabels: { ...TRAEFIK_POD_LABELS }, direction: 'egress',
      peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    // Clients come from anywhere the MetalLB address is reachable (SNATed to a node address on the way).
    new NetworkFlow(this, 'allow-ingress-web', {
      namespace: TRAEFIK_NAMESPACE, podLabels: { ...TRAEFIK_POD_LABELS }, direction: 'ingress',
      peers: [{ cidrs: ['0.0.0.0/0'] }], ports: [{ port: WEB_PORT }, { port: WEBSECURE_PORT }],
    });
    new NetworkFlow(this, 'allow-ingress-prometheus', {
      namespace: TRAEFIK_NAMESPACE, podLabels: { ...TRAEFIK_POD_LABELS }, direction: 'ingress',
      peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...PROMETHEUS_POD_LABELS } }], ports: [{ port: TRAEFIK_METRICS_PORT }],
    });
  }
}

/**
 * What routes rely on (wave dependencies-config, after Traefik's CRDs): the default TLSOption (TLS 1.2+,
 * forward-secret AEAD ciphers), the shared Middlewares, and the routes of the platform UIs we own (Argo CD).
 */
export class TraefikConfigChart extends LumenChart {
  readonly tlsOption: TlsOption;
  readonly securityHeaders: Middleware;
  readonly compress: Middleware;
  readonly argocdRoute?: TlsRoute;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: TRAEFIK_NAMESPACE, description: 'Traefik TLS options, shared middlewares, platform UI routes' });
    this.tlsOption = new TlsOption(this, 'DefaultTls', {
      metadata: { name: DEFAULT_TLS_OPTION },
      spec: {
        minVersion: 'VersionTLS12',
        // TLS 1.2 only (1.3 suites are not configurable): ECDHE + AEAD.
        cipherSuites: [
          'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
          'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
          'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
          'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
          'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
          'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
        ],
        curvePreferences: ['X25519', 'CurveP256', 'CurveP384'],
        // Every host has its own certificate (TlsRoute): refuse handshakes for unknown names instead of
        // answering with Traefik's self-signed default certificate.
        sniStrict: true,
      },
    });
    this.securityHeaders = new Middleware(this, 'SecurityHeaders', {
      metadata: { name: middlewareName(SECURITY_HEADERS_MIDDLEWARE) },
      spec: {
        headers: {
          stsSeconds: 31536000,
          stsIncludeSubdomains: true,
          forceStsHeader: true,
          contentTypeNosniff: true,
          frameDeny: true,
          referrerPolicy: 'strict-origin-when-cross-origin',
          permissionsPolicy: 'camera=(), microphone=(), geolocation=()',
        },
      },
    });
    this.compress = new Middleware(this, 'Compress', {
      metadata: { name: middlewareName(COMPRESS_MIDDLEWARE) },
      spec: { compress: {} },
    });
    // (In a fleet, only where Argo CD runs.)
    if (config.components.argocd.enabled && config.components.certManager.enabled && runsHere(config, 'argocd')) {
      // Argo CD's UI: argocd-server speaks plain HTTP (server.insecure), TLS ends here. The argocd chart
      // already admits traefik on 8080; the route states the same flow from both ends.
      this.argocdRoute = new TlsRoute(this, 'argocd', {
        namespace: ARGOCD_NAMESPACE,
        host: `argocd.${config.cluster.baseDomain}`,
        routes: [{
          service: 'argocd-server', port: 80, targetPort: 8080,
          podLabels: { 'app.kubernetes.io/name': 'argocd-server' },
        }],
      });
    }
  }
}

/** `traefik-<name>@kubernetescrd` → `<name>`: the Middleware's own name in the traefik namespace. */
function middlewareName(qualified: string): string {
  const m = new RegExp(`^${TRAEFIK_NAMESPACE}-([a-z0-9-]+)@kubernetescrd$`).exec(qualified);
  if (!m) throw new Error(`'${qualified}' is not a middleware of the ${TRAEFIK_NAMESPACE} namespace`);
  return m[1];
}

export function buildTraefik(scope: Construct, config: EnvConfig): void {
  if (!config.components.traefik.enabled) return;
  new TraefikChart(scope, 'traefik', config);
  new TraefikConfigChart(scope, 'traefik-config', config);
}
