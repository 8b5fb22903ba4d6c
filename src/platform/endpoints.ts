/**
 * The platform's shared endpoints: where the components every workload talks to answer (namespaces, pod
 * labels, ports, URLs). This layer sits below both `src/constructs/` (building blocks) and `src/charts/`
 * (the components that install these endpoints): a building block that needs, say, Alloy's OTLP address
 * imports it from here, never from the chart that deploys Alloy. Imports run one way:
 * charts → constructs → platform (test/platform/layers.spec.ts checks it). Plain values only: this file
 * imports nothing.
 */

// Observability: Prometheus (kube-prometheus-stack, src/charts/monitoring.ts).
/** Where Prometheus, Alertmanager and Grafana run. */
export const MONITORING_NAMESPACE = 'monitoring';
/** The Prometheus pods (the scraper: the ingress side of every metrics flow). */
export const PROMETHEUS_POD_LABELS: Readonly<Record<string, string>> = { 'app.kubernetes.io/name': 'prometheus' };
/** `fullnameOverride`: names the objects `monitoring-prometheus`, `monitoring-alertmanager`, `monitoring-operator`. */
export const KPS_FULLNAME = 'monitoring';
export const PROMETHEUS_PORT = 9090;
/** Prometheus' query API inside the cluster (canary analyses, Grafana). */
export const PROMETHEUS_URL = `http://${KPS_FULLNAME}-prometheus.${MONITORING_NAMESPACE}.svc.cluster.local:${PROMETHEUS_PORT}`;

// Observability: OpenTelemetry (Alloy receives, Tempo stores; src/charts/alloy.ts, tempo.ts).
/** OTLP receivers (Alloy's and Tempo's): gRPC and HTTP. */
export const OTLP_GRPC_PORT = 4317;
export const OTLP_HTTP_PORT = 4318;
/** Where Alloy runs: pushes logs to Loki, receives OTLP from every service. */
export const ALLOY_NAMESPACE = 'alloy';
export const ALLOY_POD_LABELS: Readonly<Record<string, string>> = { 'app.kubernetes.io/name': 'alloy' };
/** Where applications send OTLP (gRPC :4317, HTTP :4318). */
export const ALLOY_OTLP_GRPC_ENDPOINT = `alloy.${ALLOY_NAMESPACE}.svc.cluster.local:${OTLP_GRPC_PORT}`;
export const ALLOY_OTLP_HTTP_ENDPOINT = `http://alloy.${ALLOY_NAMESPACE}.svc.cluster.local:${OTLP_HTTP_PORT}`;

// Certificates (cert-manager with Vault's PKI, src/charts/cert-manager.ts).
/** The ClusterIssuer every Certificate of the platform uses. */
export const VAULT_ISSUER = 'vault-issuer';
