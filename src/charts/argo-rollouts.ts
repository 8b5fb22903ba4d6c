import { Construct } from 'constructs';
import type { EnvConfig, Resources } from '../config/schema';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { PROMETHEUS_POD_LABELS } from '../constructs/service-monitor';
import { Waves } from '../constructs/waves';

/** Argo Rollouts v1.9.1, chart argo-rollouts 2.41.1 (argo-helm): the version whose CRDs imports/ carries. */
export const ARGO_ROLLOUTS_VERSION = 'v1.9.1';
export const ARGO_ROLLOUTS_CHART_VERSION = '2.41.0';
export const ARGO_ROLLOUTS_NAMESPACE = 'argo-rollouts';
/** Labels of the controller's pods (the chart's selector labels). */
export const ARGO_ROLLOUTS_POD_LABELS: Readonly<Record<string, string>> = Object.freeze({ 'app.kubernetes.io/name': 'argo-rollouts' });
/** Where AnalysisTemplates query Prometheus (kube-prometheus-stack, src/charts/monitoring.ts). */
const PROMETHEUS = { namespace: 'monitoring', port: 9090 } as const;
/** The controller's metrics port (the chart's metrics Service). */
export const ARGO_ROLLOUTS_METRICS_PORT = 8090;

type Image = { readonly registry: string; readonly repository: string; readonly tag: string };

/** The values of the argo-rollouts chart that we set. */
export interface ArgoRolloutsValues {
  readonly installCRDs: boolean;
  readonly keepCRDs: boolean;
  readonly controller: {
    readonly replicas: number;
    readonly image: Image;
    readonly resources: Resources;
    readonly metrics: { readonly enabled: boolean; readonly serviceMonitor: { readonly enabled: boolean } };
  };
  readonly podLabels: Record<string, string>;
  readonly podSecurityContext: object;
  /** The controller container's (top level in chart 2.41: `controller.containerSecurityContext` is read by nothing). */
  readonly containerSecurityContext: object;
  readonly dashboard: { readonly enabled: boolean };
  readonly notifications: { readonly secret: { readonly create: boolean } };
}

export function argoRolloutsValues(config: EnvConfig): { values: ArgoRolloutsValues; images: ImageRef[] } {
  const c = config.components.argoRollouts;
  const controller = internalImage(config.registry.host, 'argoproj/argo-rollouts', ARGO_ROLLOUTS_VERSION);
  return {
    images: [controller],
    values: {
      installCRDs: true,
      keepCRDs: true,
      controller: {
        replicas: c.replicas,
        image: { registry: controller.registry, repository: controller.repository, tag: controller.tag },
        resources: c.resources,
        // The metrics Service (:8090) and the chart's ServiceMonitor (CRD from prometheus-crds, wave 0).
        metrics: { enabled: true, serviceMonitor: { enabled: true } },
      },
      podLabels: workloadLabels('argo-rollouts', 'platform'),
      podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containerSecurityContext: {
        allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true,
        capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' },
      },
      dashboard: { enabled: false },
      // No notification secret rendered by the chart (it would be an empty Secret managed by Helm).
      notifications: { secret: { create: false } },
    },
  };
}

/** Argo Rollouts and its CRDs (wave controllers). */
export class ArgoRolloutsChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CONTROLLERS, namespace: ARGO_ROLLOUTS_NAMESPACE, description: 'Argo Rollouts and its CRDs' });
    new PlatformNamespace(this, ARGO_ROLLOUTS_NAMESPACE);
    const { values } = argoRolloutsValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'argo-rollouts', version: ARGO_ROLLOUTS_CHART_VERSION, values, crdModule: 'argo-rollouts',
    });
    const api = config.cluster.apiServer;
    const pods = { ...ARGO_ROLLOUTS_POD_LABELS };
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: ARGO_ROLLOUTS_NAMESPACE, podLabels: pods, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    new NetworkFlow(this, 'allow-ingress-prometheus', {
      namespace: ARGO_ROLLOUTS_NAMESPACE, podLabels: pods, direction: 'ingress',
      peers: [{ namespace: PROMETHEUS.namespace, podLabels: { ...PROMETHEUS_POD_LABELS } }], ports: [{ port: ARGO_ROLLOUTS_METRICS_PORT }],
    });
    // AnalysisRuns query Prometheus from the controller (the ingress half is the monitoring chart's).
    new NetworkFlow(this, 'allow-egress-prometheus', {
      namespace: ARGO_ROLLOUTS_NAMESPACE, podLabels: pods, direction: 'egress',
      peers: [{ namespace: PROMETHEUS.namespace, podLabels: { 'app.kubernetes.io/name': 'prometheus' } }], ports: [{ port: PROMETHEUS.port }],
    });
  }
}

export function buildArgoRollouts(scope: Construct, config: EnvConfig): void {
  if (config.components.argoRollouts.enabled) new ArgoRolloutsChart(scope, 'argo-rollouts', config);
}
