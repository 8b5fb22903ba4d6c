import { Construct } from 'constructs';
import * as yaml from 'js-yaml';
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
import { ALLOY_NAMESPACE, ALLOY_POD_LABELS, OTLP_GRPC_PORT, OTLP_HTTP_PORT, PROMETHEUS_PORT } from '../platform/endpoints';

/** Tempo 2.10.1, chart tempo 1.24.0 (grafana, single binary). */
export const TEMPO_VERSION = '2.10.1';
export const TEMPO_CHART_VERSION = '1.24.0';
export const TEMPO_NAMESPACE = 'tempo';
/** Query API (Grafana's datasource) and metrics. The chart's default is 3100; Tempo's documented port is 3200. */
export const TEMPO_HTTP_PORT = 3200;
/** OTLP receivers: Alloy forwards traces over gRPC (the ports are shared endpoints: src/platform/endpoints.ts). */
export { OTLP_GRPC_PORT, OTLP_HTTP_PORT };
export const TEMPO_URL = `http://tempo.${TEMPO_NAMESPACE}.svc.cluster.local:${TEMPO_HTTP_PORT}`;
export const TEMPO_OTLP_GRPC_ENDPOINT = `tempo.${TEMPO_NAMESPACE}.svc.cluster.local:${OTLP_GRPC_PORT}`;
export const TEMPO_POD_LABELS: Readonly<Record<string, string>> = { 'app.kubernetes.io/name': 'tempo' };
/** Tempo as Alloy (OTLP gRPC) and Grafana (HTTP) see it; in a fleet, the other clusters' reach it at the address infra exposes it at. */
export const TEMPO: Dependency = dependency({
  name: 'tempo', component: 'tempo', namespace: TEMPO_NAMESPACE, podLabels: TEMPO_POD_LABELS,
  ports: [{ port: OTLP_GRPC_PORT }, { port: TEMPO_HTTP_PORT }], host: serviceHost('tempo', TEMPO_NAMESPACE),
});
/** Tempo's query URL and OTLP gRPC endpoint for a client of the cluster `config` renders (src/platform/fleet.ts). */
export function tempoEndpoints(config: EnvConfig, client: string): { url: string; otlpGrpc: string } {
  const host = dependencyHost(config, TEMPO, client);
  return host === TEMPO.host ? { url: TEMPO_URL, otlpGrpc: TEMPO_OTLP_GRPC_ENDPOINT } : { url: `http://${host}:${TEMPO_HTTP_PORT}`, otlpGrpc: `${host}:${OTLP_GRPC_PORT}` };
}
/** OTLP only: Alloy is the one sender. */
const OTLP_RECEIVERS = {
  otlp: { protocols: { grpc: { endpoint: `0.0.0.0:${OTLP_GRPC_PORT}` }, http: { endpoint: `0.0.0.0:${OTLP_HTTP_PORT}` } } },
};

/** The values of the tempo chart that we set. */
export interface TempoValues {
  readonly replicas: 1;
  readonly tempo: {
    readonly repository: string;
    readonly tag: string;
    readonly resources: Resources;
    readonly reportingEnabled: boolean;
    /** The chart mounts an emptyDir at /tmp for the generator's WAL; the config itself comes from `config`. */
    readonly metricsGenerator: { readonly enabled: boolean; readonly remoteWriteUrl: string };
    readonly retention: string;
    readonly server: { readonly http_listen_port: number };
    /** Used by the chart for its Service ports; Tempo's own receivers come from `config`. */
    readonly receivers: { readonly otlp: { readonly protocols: { readonly grpc: { readonly endpoint: string }; readonly http: { readonly endpoint: string } } } };
    readonly storage: { readonly trace: { readonly backend: 'local'; readonly local: { readonly path: string }; readonly wal: { readonly path: string } } };
    readonly securityContext: { readonly allowPrivilegeEscalation: boolean; readonly readOnlyRootFilesystem: boolean; readonly capabilities: { readonly drop: string[] } };
  };
  readonly securityContext: { readonly runAsNonRoot: boolean; readonly runAsUser: number; readonly runAsGroup: number; readonly fsGroup: number; readonly seccompProfile: { readonly type: 'RuntimeDefault' } };
  readonly persistence: { readonly enabled: boolean; readonly size: string };
  readonly podLabels: Record<string, string>;
  readonly serviceMonitor: { readonly enabled: boolean };
  readonly tempoQuery: { readonly enabled: boolean };
  /** Tempo's whole configuration file (replaces the chart's template, whose receivers also open Jaeger and OpenCensus). */
  readonly config: string;
}

/** The metrics-generator's processors: what Grafana's service graph and trace → metrics links query. */
export const METRICS_GENERATOR_PROCESSORS = ['service-graphs', 'span-metrics'] as const;
/** Prometheus' remote-write receiver (enableRemoteWriteReceiver in src/charts/monitoring.ts). */
export const PROMETHEUS_REMOTE_WRITE_URL = 'http://monitoring-prometheus.monitoring.svc.cluster.local:9090/api/v1/write';
/** Where the chart mounts an emptyDir when `tempo.metricsGenerator.enabled` (the root filesystem is read-only). */
const GENERATOR_WAL = '/tmp/tempo';

/**
 * Tempo's configuration: OTLP receivers only, local storage, retention, no usage report; the
 * metrics-generator turns spans into `traces_spanmetrics_*` and `traces_service_graph_*` series and
 * remote-writes them (with exemplars) to Prometheus.
 */
export function tempoConfig(retention: string, cluster: string): string {
  return yaml.dump({
    multitenancy_enabled: false,
    usage_report: { reporting_enabled: false },
    server: { http_listen_port: TEMPO_HTTP_PORT },
    distributor: { receivers: OTLP_RECEIVERS },
    compactor: { compaction: { block_retention: retention } },
    metrics_generator: {
      registry: { external_labels: { source: 'tempo', cluster } },
      storage: { path: `${GENERATOR_WAL}/generator/wal`, remote_write: [{ url: PROMETHEUS_REMOTE_WRITE_URL, send_exemplars: true }] },
    },
    storage: { trace: { backend: 'local', local: { path: '/var/tempo/traces' }, wal: { path: '/var/tempo/wal' } } },
    // The processors are switched on per tenant (here: for all); the chart mounts its overrides file there.
    overrides: { defaults: { metrics_generator: { processors: [...METRICS_GENERATOR_PROCESSORS] } }, per_tenant_override_config: '/conf/overrides.yaml' },
  }, { noRefs: true, lineWidth: -1 });
}

export function tempoValues(config: EnvConfig): { values: TempoValues; images: ImageRef[] } {
  const c = config.components.tempo;
  if (c.replicas !== 1) throw new Error(`'components.tempo.replicas' must be 1 (single binary on a local volume), got ${c.replicas}`);
  const tempo = internalImage(config.registry.host, 'grafana/tempo', TEMPO_VERSION);
  return {
    images: [tempo],
    values: {
      replicas: 1,
      tempo: {
        // This chart has no separate registry key: the repository carries the registry host.
        repository: `${tempo.registry}/${tempo.repository}`,
        tag: tempo.tag,
        resources: c.resources,
        reportingEnabled: false,
        metricsGenerator: { enabled: true, remoteWriteUrl: PROMETHEUS_REMOTE_WRITE_URL },
        retention: c.retention,
        server: { http_listen_port: TEMPO_HTTP_PORT },
        receivers: OTLP_RECEIVERS,
        storage: { trace: { backend: 'local', local: { path: '/var/tempo/traces' }, wal: { path: '/var/tempo/wal' } } },
        securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
      },
      securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } },
      persistence: { enabled: true, size: c.storage },
      podLabels: workloadLabels('tempo', 'observability'),
      serviceMonitor: { enabled: true },
      tempoQuery: { enabled: false },
      config: tempoConfig(c.retention, config.cluster.name),
    },
  };
}

/** Tempo, single binary (wave observability): traces from Alloy's OTLP receiver, queried by Grafana. */
export class TempoChart extends LumenChart {

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.OBSERVABILITY, namespace: TEMPO_NAMESPACE, description: `Tempo ${TEMPO_VERSION} (single binary): traces` });
    new PlatformNamespace(this, TEMPO_NAMESPACE);
    const { values } = tempoValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'tempo', version: TEMPO_CHART_VERSION, values, releaseName: 'tempo',
    });
    const pods = { ...TEMPO_POD_LABELS };
    // Alloy forwards traces over OTLP gRPC only (src/charts/alloy.ts): the one port it needs.
    new NetworkFlow(this, 'allow-ingress-alloy-otlp', {
      namespace: TEMPO_NAMESPACE, podLabels: pods, direction: 'ingress', peers: [{ namespace: ALLOY_NAMESPACE, podLabels: { ...ALLOY_POD_LABELS } }],
      ports: [{ port: OTLP_GRPC_PORT }],
    });
    new NetworkFlow(this, 'allow-ingress-grafana', {
      namespace: TEMPO_NAMESPACE, podLabels: pods, direction: 'ingress', peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...GRAFANA_POD_LABELS } }],
      ports: [{ port: TEMPO_HTTP_PORT }],
    });
    new NetworkFlow(this, 'allow-ingress-prometheus', {
      namespace: TEMPO_NAMESPACE, podLabels: pods, direction: 'ingress', peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...PROMETHEUS_POD_LABELS } }],
      ports: [{ port: TEMPO_HTTP_PORT }],
    });
    // The metrics-generator → Prometheus' remote-write receiver (its ingress half: monitoring chart).
    new NetworkFlow(this, 'allow-egress-prometheus-remote-write', {
      namespace: TEMPO_NAMESPACE, podLabels: pods, direction: 'egress', peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...PROMETHEUS_POD_LABELS } }],
      ports: [{ port: PROMETHEUS_PORT }],
    });
    // The single binary's own ring and query path (memberlist, gRPC) go through its Services.
    const internal = [{ port: TEMPO_HTTP_PORT }, { port: 7946 }, { port: 9095 }];
    new NetworkFlow(this, 'allow-ingress-intra-namespace', {
      namespace: TEMPO_NAMESPACE, direction: 'ingress', peers: [{ namespace: TEMPO_NAMESPACE }], ports: internal,
    });
    new NetworkFlow(this, 'allow-egress-intra-namespace', {
      namespace: TEMPO_NAMESPACE, direction: 'egress', peers: [{ namespace: TEMPO_NAMESPACE }], ports: internal,
    });
  }
}

export function buildTempo(scope: Construct, config: EnvConfig): void {
  if (config.components.tempo.enabled) new TempoChart(scope, 'tempo', config);
}
