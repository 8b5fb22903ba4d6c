import { Construct } from 'constructs';
import type { EnvConfig, Resources } from '../config/schema';
import { GRAFANA_POD_LABELS } from '../constructs/grafana-dashboard';
import { Dependency, dependency, dependencyHost, serviceHost } from '../constructs/dependency';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { MONITORING_NAMESPACE, PROMETHEUS_POD_LABELS } from '../constructs/service-monitor';
import { Waves } from '../constructs/waves';
import { ALLOY_NAMESPACE, ALLOY_POD_LABELS } from '../platform/endpoints';

/** Loki 3.6.11, chart loki 7.3.0 (the chart declares appVersion 3.6.12 but its values pin 3.6.11: we pin explicitly). */
export const LOKI_VERSION = '3.6.11';
export const LOKI_CHART_VERSION = '7.3.0';
export const LOKI_NAMESPACE = 'loki';
/** HTTP (push, query, metrics) port of the single binary; with the gateway off the Service `loki` answers on it. */
export const LOKI_PORT = 3100;
export const LOKI_URL = `http://loki.${LOKI_NAMESPACE}.svc.cluster.local:${LOKI_PORT}`;
/** The chart's selector labels on the Loki pods. */
export const LOKI_POD_LABELS: Readonly<Record<string, string>> = { 'app.kubernetes.io/name': 'loki' };
/** Loki as Alloy and Grafana see it; in a fleet, the other clusters' reach it at the address infra exposes it at. */
export const LOKI: Dependency = dependency({
  name: 'loki', component: 'loki', namespace: LOKI_NAMESPACE, podLabels: LOKI_POD_LABELS, ports: [{ port: LOKI_PORT }], host: serviceHost('loki', LOKI_NAMESPACE),
});
/** Loki's URL for a client of the cluster `config` renders (src/platform/fleet.ts). */
export function lokiUrl(config: EnvConfig, client: string): string {
  const host = dependencyHost(config, LOKI, client);
  return host === LOKI.host ? LOKI_URL : `http://${host}:${LOKI_PORT}`;
}
/** Who pushes logs (src/charts/alloy.ts): a shared endpoint (src/platform/endpoints.ts), so the charts cannot disagree. */
export { ALLOY_NAMESPACE, ALLOY_POD_LABELS };
/** First day of the TSDB v13 schema: never edit (blocks written before a changed `from` become unreadable). */
export const LOKI_SCHEMA_FROM = '2026-01-01';

type Image = { readonly registry: string; readonly repository: string; readonly tag: string };
const disabled = { enabled: false } as const;

/** The values of the loki chart that we set. */
export interface LokiValues {
  readonly deploymentMode: 'SingleBinary';
  readonly global: { readonly image: { readonly registry: string } };
  readonly loki: {
    readonly image: Image;
    readonly auth_enabled: boolean;
    readonly commonConfig: { readonly replication_factor: number };
    readonly storage: { readonly type: 'filesystem' };
    readonly schemaConfig: { readonly configs: { readonly from: string; readonly store: 'tsdb'; readonly object_store: 'filesystem'; readonly schema: 'v13'; readonly index: { readonly prefix: string; readonly period: '24h' } }[] };
    readonly limits_config: { readonly retention_period: string; readonly allow_structured_metadata: boolean; readonly volume_enabled: boolean; readonly max_global_streams_per_user: number };
    readonly compactor: { readonly retention_enabled: boolean; readonly delete_request_store: 'filesystem' };
    readonly analytics: { readonly reporting_enabled: boolean };
    readonly podLabels: Record<string, string>;
    readonly podSecurityContext: { readonly runAsNonRoot: boolean; readonly runAsUser: number; readonly runAsGroup: number; readonly fsGroup: number; readonly seccompProfile: { readonly type: 'RuntimeDefault' } };
    readonly containerSecurityContext: { readonly allowPrivilegeEscalation: boolean; readonly readOnlyRootFilesystem: boolean; readonly capabilities: { readonly drop: string[] } };
  };
  readonly singleBinary: { readonly replicas: number; readonly resources: Resources; readonly persistence: { readonly enabled: boolean; readonly size: string } };
  readonly read: { readonly replicas: 0 };
  readonly write: { readonly replicas: 0 };
  readonly backend: { readonly replicas: 0 };
  readonly chunksCache: typeof disabled;
  readonly resultsCache: typeof disabled;
  readonly gateway: typeof disabled;
  readonly lokiCanary: typeof disabled;
  readonly test: typeof disabled;
  readonly minio: typeof disabled;
  readonly sidecar: { readonly rules: typeof disabled };
  readonly monitoring: {
    readonly serviceMonitor: { readonly enabled: boolean; readonly metricsInstance: typeof disabled };
    readonly selfMonitoring: typeof disabled & { readonly grafanaAgent: { readonly installOperator: boolean } };
    readonly dashboards: typeof disabled;
    readonly rules: typeof disabled;
  };
}

export function lokiValues(config: EnvConfig): { values: LokiValues; images: ImageRef[] } {
  const c = config.components.loki;
  if (c.replicas !== 1) throw new Error(`'components.loki.replicas' must be 1 (single binary on a filesystem volume), got ${c.replicas}`);
  const loki = internalImage(config.registry.host, 'grafana/loki', LOKI_VERSION);
  return {
    images: [loki],
    values: {
      deploymentMode: 'SingleBinary',
      // Every image the chart could run resolves to the internal registry, even ones we leave disabled.
      global: { image: { registry: config.registry.host } },
      loki: {
        image: { registry: loki.registry, repository: loki.repository, tag: loki.tag },
        // One tenant: no X-Scope-OrgID on every push and query.
        auth_enabled: false,
        commonConfig: { replication_factor: 1 },
        storage: { type: 'filesystem' },
        schemaConfig: { configs: [{ from: LOKI_SCHEMA_FROM, store: 'tsdb', object_store: 'filesystem', schema: 'v13', index: { prefix: 'index_', period: '24h' } }] },
        limits_config: { retention_period: c.retention, allow_structured_metadata: true, volume_enabled: true, max_global_streams_per_user: 1000 },
        // Without the compactor's retention, retention_period deletes nothing.
        compactor: { retention_enabled: true, delete_request_store: 'filesystem' },
        // No phoning home from the air gap.
        analytics: { reporting_enabled: false },
        podLabels: workloadLabels('loki', 'observability'),
        podSecurityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } },
        containerSecurityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
      },
      singleBinary: { replicas: 1, resources: c.resources, persistence: { enabled: true, size: c.storage } },
      read: { replicas: 0 },
      write: { replicas: 0 },
      backend: { replicas: 0 },
      // memcached (8 GiB by default), nginx gateway, canary, tests, MinIO: none of them on a 2-node cluster.
      chunksCache: disabled,
      resultsCache: disabled,
      gateway: disabled,
      lokiCanary: disabled,
      test: disabled,
      minio: disabled,
      sidecar: { rules: disabled },
      monitoring: {
        // Prometheus scrapes Loki through the chart's own ServiceMonitor (no Grafana Agent MetricsInstance).
        serviceMonitor: { enabled: true, metricsInstance: disabled },
        selfMonitoring: { enabled: false, grafanaAgent: { installOperator: false } },
        dashboards: disabled,
        rules: disabled,
      },
    },
  };
}

/** Loki, single binary (wave observability): logs pushed by Alloy, queried by Grafana. */
export class LokiChart extends LumenChart {

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.OBSERVABILITY, namespace: LOKI_NAMESPACE, description: `Loki ${LOKI_VERSION} (single binary): logs` });
    new PlatformNamespace(this, LOKI_NAMESPACE);
    const { values } = lokiValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'loki', version: LOKI_CHART_VERSION, values, releaseName: 'loki',
    });
    const pods = { ...LOKI_POD_LABELS };
    const http = [{ port: LOKI_PORT }];
    // Each side of a flow lives in its own namespace's chart: alloy, monitoring and loki share a wave.
    new NetworkFlow(this, 'allow-ingress-alloy', {
      namespace: LOKI_NAMESPACE, podLabels: pods, direction: 'ingress', peers: [{ namespace: ALLOY_NAMESPACE, podLabels: { ...ALLOY_POD_LABELS } }], ports: http,
    });
    new NetworkFlow(this, 'allow-ingress-grafana', {
      namespace: LOKI_NAMESPACE, podLabels: pods, direction: 'ingress', peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...GRAFANA_POD_LABELS } }], ports: http,
    });
    new NetworkFlow(this, 'allow-ingress-prometheus', {
      namespace: LOKI_NAMESPACE, podLabels: pods, direction: 'ingress', peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...PROMETHEUS_POD_LABELS } }], ports: http,
    });
    // The single binary talks to itself through its Services (memberlist ring, gRPC between targets).
    const internal = [{ port: LOKI_PORT }, { port: 7946 }, { port: 9095 }];
    new NetworkFlow(this, 'allow-ingress-intra-namespace', {
      namespace: LOKI_NAMESPACE, direction: 'ingress', peers: [{ namespace: LOKI_NAMESPACE }], ports: internal,
    });
    new NetworkFlow(this, 'allow-egress-intra-namespace', {
      namespace: LOKI_NAMESPACE, direction: 'egress', peers: [{ namespace: LOKI_NAMESPACE }], ports: internal,
    });
  }
}

export function buildLoki(scope: Construct, config: EnvConfig): void {
  if (config.components.loki.enabled) new LokiChart(scope, 'loki', config);
}
