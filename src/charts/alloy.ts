import { Construct } from 'constructs';
import type { EnvConfig, Resources } from '../config/schema';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { SIDECAR_RESOURCES } from '../constructs/resources';
import { allowFlow, apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { MONITORING_NAMESPACE, PROMETHEUS_POD_LABELS } from '../constructs/service-monitor';
import { Waves } from '../constructs/waves';
import {
  ALLOY_NAMESPACE, ALLOY_OTLP_GRPC_ENDPOINT, ALLOY_OTLP_HTTP_ENDPOINT, ALLOY_POD_LABELS, OTLP_GRPC_PORT, OTLP_HTTP_PORT,
} from '../platform/endpoints';
import { LOKI, LOKI_PORT, LOKI_URL, lokiUrl } from './loki';
import { dependencyPeers } from '../constructs/dependency';
import { LUMEN_NAMESPACE, SHOP_NAMESPACE } from './namespaces';
import { TEMPO, TEMPO_OTLP_GRPC_ENDPOINT, tempoEndpoints } from './tempo';
import { PROMETHEUS_OPERATOR_VERSION } from './prometheus-crds';

// Where Alloy answers is a shared endpoint (src/platform/endpoints.ts): services send it OTLP.
export { ALLOY_NAMESPACE, ALLOY_OTLP_GRPC_ENDPOINT, ALLOY_OTLP_HTTP_ENDPOINT, ALLOY_POD_LABELS };

/** Alloy v1.18.1, chart alloy 1.11.1 (grafana): the newest of both upstream (1.12.1 / v1.19.2 were never released). */
export const ALLOY_VERSION = 'v1.18.1';
export const ALLOY_CHART_VERSION = '1.11.1';
/** Alloy's HTTP server (UI, /metrics). */
export const ALLOY_HTTP_PORT = 12345;
/** Alloy's data directory (`--storage.path`): component state such as loki.source.kubernetes' positions. */
export const ALLOY_STORAGE_PATH = '/var/lib/alloy/data';
const ALLOY_STORAGE_VOLUME = 'alloy-data';
/** Namespaces whose applications send traces to Alloy. */
export const TRACED_NAMESPACES = [LUMEN_NAMESPACE, SHOP_NAMESPACE] as const;
/** The uid the Alloy image ships for its `alloy` user (the image runs as root unless told). */
const ALLOY_UID = 473;

// ---------------------------------------------------------------------------------------------------------
// Alloy configuration syntax (River), generated: blocks with attributes, nested blocks, expressions.

/** A River expression written as is (a component export, a function call), not quoted. */
export class RiverExpr {
  constructor(readonly text: string) {
    if (!text.trim()) throw new Error(`'text' of a River expression must not be empty`);
  }
}
export const expr = (text: string): RiverExpr => new RiverExpr(text);

export type RiverValue = string | number | boolean | RiverExpr | RiverValue[] | { readonly [key: string]: RiverValue };

/** A River block: `name "label" { attr = value ... nested blocks }`. */
export interface RiverBlock {
  readonly name: string;
  readonly label?: string;
  readonly attrs?: Readonly<Record<string, RiverValue>>;
  readonly blocks?: readonly RiverBlock[];
}

const BLOCK_NAME = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function riverValue(v: RiverValue, indent: string): string {
  if (v instanceof RiverExpr) return v.text;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`River numbers must be finite, got ${v}`);
    return String(v);
  }
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => riverValue(x, indent)).join(', ')}]`;
  const entries = Object.entries(v);
  if (!entries.length) return '{}';
  const inner = `${indent}  `;
  // Object keys that are not identifiers are quoted (River allows both).
  return `{\n${entries.map(([k, x]) => `${inner}${IDENT.test(k) ? k : JSON.stringify(k)} = ${riverValue(x, inner)},`).join('\n')}\n${indent}}`;
}

function riverBlock(b: RiverBlock, indent: string): string {
  if (!BLOCK_NAME.test(b.name)) throw new Error(`River block name must be dotted identifiers, got "${b.name}"`);
  if (b.label !== undefined && !IDENT.test(b.label)) throw new Error(`River block label must be an identifier, got "${b.label}" (block ${b.name})`);
  const inner = `${indent}  `;
  const attrs = Object.entries(b.attrs ?? {});
  for (const [k] of attrs) if (!IDENT.test(k)) throw new Error(`River attribute must be an identifier, got "${k}" (block ${b.name})`);
  const width = Math.max(0, ...attrs.map(([k]) => k.length));
  const lines = [
    ...attrs.map(([k, v]) => `${inner}${k.padEnd(width)} = ${riverValue(v, inner)}`),
    ...(attrs.length && b.blocks?.length ? [''] : []),
    ...(b.blocks ?? []).map((c) => riverBlock(c, inner)),
  ];
  const head = `${indent}${b.name}${b.label !== undefined ? ` ${JSON.stringify(b.label)}` : ''}`;
  return lines.length ? `${head} {\n${lines.join('\n')}\n${indent}}` : `${head} { }`;
}

/** Renders River blocks, one blank line between top-level blocks. */
export function renderRiver(blocks: readonly RiverBlock[]): string {
  return `${blocks.map((b) => riverBlock(b, '')).join('\n\n')}\n`;
}

/** Pod labels Alloy turns into Loki stream labels (few and bounded: label cardinality is what kills a small Loki). */
export const LOG_STREAM_LABELS: Readonly<Record<string, string>> = {
  namespace: '__meta_kubernetes_namespace',
  pod: '__meta_kubernetes_pod_name',
  container: '__meta_kubernetes_pod_container_name',
  app: '__meta_kubernetes_pod_label_app_kubernetes_io_name',
  node: '__meta_kubernetes_pod_node_name',
};

/**
 * Alloy's pipeline:
 *  - logs: the pods of this node (discovery.kubernetes, field selector on the node name), tailed through the
 *    Kubernetes API (loki.source.kubernetes: no hostPath, so the namespace stays `restricted`), JSON lines
 *    parsed (level becomes a label; traceID stays in the line for Grafana's derived field) → Loki;
 *  - traces: OTLP gRPC :4317 and HTTP :4318 → batch → Tempo over OTLP gRPC.
 */
export function alloyPipeline(cluster: string, endpoints: { loki: string; tempoOtlpGrpc: string } = { loki: LOKI_URL, tempoOtlpGrpc: TEMPO_OTLP_GRPC_ENDPOINT }): RiverBlock[] {
  return [
    { name: 'logging', attrs: { level: 'info', format: 'json' } },
    {
      name: 'discovery.kubernetes', label: 'pods',
      attrs: { role: 'pod' },
      // The chart sets HOSTNAME to spec.nodeName: each DaemonSet pod tails its own node's pods only.
      blocks: [{ name: 'selectors', attrs: { role: 'pod', field: expr('"spec.nodeName=" + sys.env("HOSTNAME")') } }],
    },
    {
      name: 'discovery.relabel', label: 'pods',
      attrs: { targets: expr('discovery.kubernetes.pods.targets') },
      blocks: [
        // Pending pods stay: a pod stuck in its init containers (an image the registry lacks, a dependency
        // not reachable) is Pending, and its init containers' logs are what one needs to see.
        { name: 'rule', attrs: { source_labels: ['__meta_kubernetes_pod_phase'], regex: 'Succeeded|Failed|Unknown', action: 'drop' } },
        ...Object.entries(LOG_STREAM_LABELS).map(([target, source]) => ({ name: 'rule', attrs: { source_labels: [source], target_label: target } })),
      ],
    },
    {
      name: 'loki.source.kubernetes', label: 'pods',
      attrs: { targets: expr('discovery.relabel.pods.output'), forward_to: [expr('loki.process.pods.receiver')] },
    },
    {
      name: 'loki.process', label: 'pods',
      attrs: { forward_to: [expr('loki.write.loki.receiver')] },
      blocks: [
        // slog JSON lines: {"time":…,"level":"INFO","msg":…,"traceID":…}. Lines that are not JSON pass through.
        { name: 'stage.json', attrs: { expressions: { level: 'level', traceID: 'traceID' } } },
        { name: 'stage.labels', attrs: { values: { level: '' } } },
        // The trace id rides as structured metadata (searchable, no label cardinality).
        { name: 'stage.structured_metadata', attrs: { values: { traceID: '' } } },
      ],
    },
    {
      name: 'loki.write', label: 'loki',
      attrs: { external_labels: { cluster } },
      blocks: [{ name: 'endpoint', attrs: { url: `${endpoints.loki}/loki/api/v1/push` } }],
    },
    {
      name: 'otelcol.receiver.otlp', label: 'apps',
      blocks: [
        { name: 'grpc', attrs: { endpoint: `0.0.0.0:${OTLP_GRPC_PORT}` } },
        { name: 'http', attrs: { endpoint: `0.0.0.0:${OTLP_HTTP_PORT}` } },
        { name: 'output', attrs: { traces: [expr('otelcol.processor.batch.traces.input')] } },
      ],
    },
    {
      name: 'otelcol.processor.batch', label: 'traces',
      blocks: [{ name: 'output', attrs: { traces: [expr('otelcol.exporter.otlp.tempo.input')] } }],
    },
    {
      name: 'otelcol.exporter.otlp', label: 'tempo',
      // Plain gRPC inside the cluster (NetworkPolicies confine who reaches Tempo).
      blocks: [{ name: 'client', attrs: { endpoint: endpoints.tempoOtlpGrpc }, blocks: [{ name: 'tls', attrs: { insecure: true } }] }],
    },
  ];
}

type Image = { readonly registry: string; readonly repository: string; readonly tag: string };
type ContainerSecurity = { readonly allowPrivilegeEscalation: boolean; readonly readOnlyRootFilesystem: boolean; readonly capabilities: { readonly drop: string[] } };

/** The values of the alloy chart that we set. */
export interface AlloyValues {
  readonly image: Image;
  readonly configReloader: { readonly image: Image; readonly securityContext: ContainerSecurity; readonly resources: Resources };
  readonly alloy: {
    readonly configMap: { readonly create: boolean; readonly content: string };
    readonly enableReporting: boolean;
    readonly extraPorts: { readonly name: string; readonly port: number; readonly targetPort: number; readonly protocol: 'TCP' }[];
    readonly storagePath: string;
    readonly mounts: { readonly varlog: boolean; readonly dockercontainers: boolean; readonly extra: { readonly name: string; readonly mountPath: string }[] };
    readonly resources: Resources;
    readonly securityContext: ContainerSecurity;
  };
  /** Chart 1.11 takes the pod security context here (`controller.podSecurityContext` is read by nothing). */
  readonly global: {
    readonly podSecurityContext: {
      readonly runAsNonRoot: boolean; readonly runAsUser: number; readonly runAsGroup: number; readonly fsGroup: number;
      readonly seccompProfile: { readonly type: 'RuntimeDefault' };
    };
  };
  readonly controller: {
    readonly type: 'daemonset';
    readonly volumes: { readonly extra: { readonly name: string; readonly emptyDir: { readonly sizeLimit: string } }[] };
    readonly podLabels: Record<string, string>;
  };
  readonly crds: { readonly create: boolean };
  readonly serviceMonitor: { readonly enabled: boolean };
}

export function alloyValues(config: EnvConfig): { values: AlloyValues; images: ImageRef[] } {
  const c = config.components.alloy;
  const alloy = internalImage(config.registry.host, 'grafana/alloy', ALLOY_VERSION);
  // The same config-reloader kube-prometheus-stack runs: one image less to bring across.
  const reloader = internalImage(config.registry.host, 'prometheus-operator/prometheus-config-reloader', PROMETHEUS_OPERATOR_VERSION);
  const image = (i: ImageRef): Image => ({ registry: i.registry, repository: i.repository, tag: i.tag });
  // The root filesystem stays writable for what Alloy writes outside its storage path.
  const container: ContainerSecurity = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: false, capabilities: { drop: ['ALL'] } };
  return {
    images: [alloy, reloader],
    values: {
      image: image(alloy),
      configReloader: { image: image(reloader), securityContext: { ...container, readOnlyRootFilesystem: true }, resources: SIDECAR_RESOURCES },
      alloy: {
        // In a fleet, a cluster other than infra ships to the addresses infra exposes Loki and Tempo at.
        configMap: { create: true, content: renderRiver(alloyPipeline(config.cluster.name, { loki: lokiUrl(config, 'alloy'), tempoOtlpGrpc: tempoEndpoints(config, 'alloy').otlpGrpc })) },
        enableReporting: false,
        extraPorts: [
          { name: 'otlp-grpc', port: OTLP_GRPC_PORT, targetPort: OTLP_GRPC_PORT, protocol: 'TCP' },
          { name: 'otlp-http', port: OTLP_HTTP_PORT, targetPort: OTLP_HTTP_PORT, protocol: 'TCP' },
        ],
        // Positions (how far each log was read) and the WAL live in the storage path: a volume, so that a
        // restarted container resumes where it stopped instead of losing them with its filesystem.
        storagePath: ALLOY_STORAGE_PATH,
        // Logs come through the API, not from the host's /var/log.
        mounts: { varlog: false, dockercontainers: false, extra: [{ name: ALLOY_STORAGE_VOLUME, mountPath: ALLOY_STORAGE_PATH }] },
        resources: c.resources,
        securityContext: container,
      },
      global: {
        podSecurityContext: { runAsNonRoot: true, runAsUser: ALLOY_UID, runAsGroup: ALLOY_UID, fsGroup: ALLOY_UID, seccompProfile: { type: 'RuntimeDefault' } },
      },
      controller: {
        type: 'daemonset',
        // emptyDir, not hostPath: it outlives container restarts but not the pod, and keeps the namespace
        // `restricted` (hostPath would need `privileged`). A new pod re-reads its node's current logs.
        volumes: { extra: [{ name: ALLOY_STORAGE_VOLUME, emptyDir: { sizeLimit: '1Gi' } }] },
        podLabels: workloadLabels('alloy', 'observability'),
      },
      // The PodLogs CRD (monitoring.grafana.com) is not used.
      crds: { create: false },
      serviceMonitor: { enabled: true },
    },
  };
}

/** Alloy (wave observability): a DaemonSet collecting pod logs → Loki and OTLP traces → Tempo. */
export class AlloyChart extends LumenChart {

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.OBSERVABILITY, namespace: ALLOY_NAMESPACE, description: `Alloy ${ALLOY_VERSION}: pod logs → Loki, OTLP → Tempo` });
    new PlatformNamespace(this, ALLOY_NAMESPACE);
    const { values } = alloyValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'alloy', version: ALLOY_CHART_VERSION, values, releaseName: 'alloy',
    });
    const pods = { ...ALLOY_POD_LABELS };
    const api = config.cluster.apiServer;
    // Pod discovery and log tailing (pods/log) go through the API server.
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: ALLOY_NAMESPACE, podLabels: pods, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    // The ingress halves of these two live in the loki and tempo charts (same wave).
    // (In a fleet, on a cluster other than infra: to the addresses infra exposes them at; src/charts/fleet.ts admits.)
    new NetworkFlow(this, 'allow-egress-loki', {
      namespace: ALLOY_NAMESPACE, podLabels: pods, direction: 'egress', peers: dependencyPeers(config, LOKI, 'alloy').peers, ports: [{ port: LOKI_PORT }],
    });
    new NetworkFlow(this, 'allow-egress-tempo', {
      namespace: ALLOY_NAMESPACE, podLabels: pods, direction: 'egress', peers: dependencyPeers(config, TEMPO, 'alloy').peers, ports: [{ port: OTLP_GRPC_PORT }],
    });
    new NetworkFlow(this, 'allow-ingress-prometheus', {
      namespace: ALLOY_NAMESPACE, podLabels: pods, direction: 'ingress', peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...PROMETHEUS_POD_LABELS } }], ports: [{ port: ALLOY_HTTP_PORT }],
    });
    // Applications → Alloy's OTLP receivers: both halves here (the application namespaces exist from wave 0).
    for (const ns of TRACED_NAMESPACES) {
      allowFlow(this, `otlp-${ns}-alloy`, {
        from: { namespace: ns },
        to: { namespace: ALLOY_NAMESPACE, podLabels: pods },
        ports: [{ port: OTLP_GRPC_PORT }, { port: OTLP_HTTP_PORT }],
      });
    }
  }
}

export function buildAlloy(scope: Construct, config: EnvConfig): void {
  if (config.components.alloy.enabled) new AlloyChart(scope, 'alloy', config);
}
