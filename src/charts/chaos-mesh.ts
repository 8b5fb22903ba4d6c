import { Construct } from 'constructs';
import type { EnvConfig, Resources } from '../config/schema';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { allowFlow, apiServerPeers, NetworkFlow, webhookCallerPeers } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { TlsRoute } from '../constructs/tls-route';
import { Waves } from '../constructs/waves';

/** Chaos Mesh v2.8.3, chart chaos-mesh 2.8.3 (chart and app versions move together). */
export const CHAOS_MESH_VERSION = 'v2.8.3';
export const CHAOS_MESH_CHART_VERSION = '2.8.3';
export const CHAOS_MESH_NAMESPACE = 'chaos-mesh';
/** K3s' embedded containerd (not /run/containerd). */
export const K3S_CONTAINERD_SOCKET = '/run/k3s/containerd/containerd.sock';
/** The pause image PodChaos pod-failure swaps in (the one K3s itself runs). */
const PAUSE_IMAGE = { repository: 'rancher/mirrored-pause', tag: '3.6' } as const;
export const CHAOS_DASHBOARD_SERVICE = 'chaos-dashboard';
export const CHAOS_DASHBOARD_PORT = 2333;
const component = (name: string) => Object.freeze({ 'app.kubernetes.io/name': 'chaos-mesh', 'app.kubernetes.io/component': name });
export const CHAOS_CONTROLLER_POD_LABELS = component('controller-manager');
export const CHAOS_DAEMON_POD_LABELS = component('chaos-daemon');
export const CHAOS_DASHBOARD_POD_LABELS = component('chaos-dashboard');
/** controller-manager: admission webhook, chaos-daemon: gRPC (mTLS), controller's ctrl server (dashboard). */
const WEBHOOK_PORT = 9443;
const DAEMON_GRPC_PORT = 31767;
const CTRL_SERVER_PORT = 10082;

type Image = { readonly registry: string; readonly repository: string; readonly tag: string };
const image = (ref: ImageRef): Image => ({ registry: ref.registry, repository: ref.repository, tag: ref.tag });

/** The values of the chaos-mesh chart that we set. */
export interface ChaosMeshValues {
  readonly images: { readonly registry: string; readonly tag: string };
  readonly timezone: string;
  readonly controllerManager: {
    readonly replicaCount: number;
    readonly image: Image;
    readonly resources: Resources;
    readonly podChaos: { readonly podFailure: { readonly pauseImage: string } };
    /** mTLS to chaosd (physical-machine chaos): not used here, and its client certificate is generated on every render. */
    readonly chaosdSecurityMode: boolean;
  };
  readonly chaosDaemon: {
    readonly image: Image;
    readonly runtime: 'containerd';
    readonly socketPath: string;
    readonly privileged: boolean;
    readonly resources: Resources;
  };
  readonly dashboard: {
    readonly create: boolean;
    readonly image: Image;
    readonly rootUrl: string;
    readonly securityMode: boolean;
    readonly service: { readonly type: 'ClusterIP' };
    readonly resources: Resources;
  };
  readonly dnsServer: { readonly create: boolean };
  /** cert-manager issues the webhook and chaos-daemon certificates (Helm-generated ones change on every render). */
  readonly webhook: { readonly certManager: { readonly enabled: boolean } };
  readonly customLabels: Record<string, string>;
}

/** The dashboard's host name behind Traefik. */
export function chaosDashboardHost(config: EnvConfig): string {
  return `chaos.${config.cluster.baseDomain}`;
}

export function chaosMeshValues(config: EnvConfig): { values: ChaosMeshValues; images: ImageRef[] } {
  const c = config.components.chaosMesh;
  const img = (name: string) => internalImage(config.registry.host, `chaos-mesh/${name}`, CHAOS_MESH_VERSION);
  const [controller, daemon, dashboard] = ['chaos-mesh', 'chaos-daemon', 'chaos-dashboard'].map(img);
  const pause = internalImage(config.registry.host, PAUSE_IMAGE.repository, PAUSE_IMAGE.tag);
  return {
    images: [controller, daemon, dashboard, pause],
    values: {
      images: { registry: config.registry.host, tag: CHAOS_MESH_VERSION },
      timezone: 'UTC',
      controllerManager: {
        replicaCount: c.replicas,
        image: image(controller),
        resources: c.resources,
        podChaos: { podFailure: { pauseImage: pause.ref } },
        chaosdSecurityMode: false,
      },
      chaosDaemon: {
        image: image(daemon),
        runtime: 'containerd',
        socketPath: K3S_CONTAINERD_SOCKET,
        privileged: true,
        resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
      },
      dashboard: {
        create: true,
        image: image(dashboard),
        rootUrl: `https://${chaosDashboardHost(config)}`,
        // Token login (a ServiceAccount token with the chaos RBAC): nothing anonymous behind Traefik.
        securityMode: true,
        service: { type: 'ClusterIP' },
        resources: { requests: { cpu: '25m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
      },
      dnsServer: { create: false },
      webhook: { certManager: { enabled: true } },
      customLabels: workloadLabels('chaos-mesh', 'platform'),
    },
  };
}

/** Chaos Mesh and its CRDs (wave controllers). */
export class ChaosMeshChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CONTROLLERS, namespace: CHAOS_MESH_NAMESPACE, description: 'Chaos Mesh and its CRDs' });
    new PlatformNamespace(this, CHAOS_MESH_NAMESPACE, {
      podSecurity: 'privileged',
      podSecurityReason: 'chaos-daemon (DaemonSet) injects faults into other pods: privileged, host PID and the containerd socket',
    });
    const { values } = chaosMeshValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'chaos-mesh', version: CHAOS_MESH_CHART_VERSION, values, crdModule: 'chaos-mesh',
      // The chart restarts both on every helm upgrade to load regenerated certificates; cert-manager issues them here.
      volatile: [['DaemonSet', 'chaos-daemon'], ['Deployment', 'chaos-controller-manager']].map(([kind, name]) => ({
        kind, name, path: 'spec.template.metadata.annotations.rollme', value: 'cert-manager',
        reason: 'a random annotation that restarts the pods on every helm upgrade; certificates come from cert-manager',
      })),
    });
    const api = config.cluster.apiServer;
    const ns = CHAOS_MESH_NAMESPACE;
    // Controller and dashboard work through the API server; the API server calls the controller's webhooks.
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: ns, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    new NetworkFlow(this, 'allow-ingress-webhook-from-apiserver', {
      namespace: ns, podLabels: { ...CHAOS_CONTROLLER_POD_LABELS }, direction: 'ingress', peers: webhookCallerPeers(config.cluster), ports: [{ port: WEBHOOK_PORT }],
    });
    allowFlow(this, 'controller-daemon', {
      from: { namespace: ns, podLabels: { ...CHAOS_CONTROLLER_POD_LABELS } }, to: { namespace: ns, podLabels: { ...CHAOS_DAEMON_POD_LABELS } },
      ports: [{ port: DAEMON_GRPC_PORT }],
    });
    allowFlow(this, 'dashboard-controller', {
      from: { namespace: ns, podLabels: { ...CHAOS_DASHBOARD_POD_LABELS } }, to: { namespace: ns, podLabels: { ...CHAOS_CONTROLLER_POD_LABELS } },
      ports: [{ port: CTRL_SERVER_PORT }],
    });
  }
}

/** The dashboard behind Traefik with a Vault PKI certificate (wave controllers-config: Chaos Mesh runs by then). */
export class ChaosMeshConfigChart extends LumenChart {
  readonly route: TlsRoute;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CONTROLLERS_CONFIG, namespace: CHAOS_MESH_NAMESPACE, description: 'Chaos Dashboard route (Traefik, TLS)' });
    this.route = new TlsRoute(this, CHAOS_DASHBOARD_SERVICE, {
      namespace: CHAOS_MESH_NAMESPACE,
      host: chaosDashboardHost(config),
      routes: [{ service: CHAOS_DASHBOARD_SERVICE, port: CHAOS_DASHBOARD_PORT, podLabels: { ...CHAOS_DASHBOARD_POD_LABELS } }],
    });
  }
}

export function buildChaosMesh(scope: Construct, config: EnvConfig): void {
  if (!config.components.chaosMesh.enabled) return;
  new ChaosMeshChart(scope, 'chaos-mesh', config);
  new ChaosMeshConfigChart(scope, 'chaos-mesh-config', config);
}
