import { pbmBackupMetricsConfig } from './backups';
import { Construct } from 'constructs';
import * as yaml from 'js-yaml';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig, Resources } from '../config/schema';
import {
  Dashboard, DashboardProps, DATASOURCE_LABEL, DATASOURCES, GRAFANA_POD_LABELS, logs, row, stat, timeseries,
} from '../constructs/grafana-dashboard';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { helperResources, SIDECAR_RESOURCES } from '../constructs/resources';
import { apiServerPeers, NetworkFlow, webhookCallerPeers } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { AlertRules, RuleGroup } from '../constructs/prometheus-rules';
import { TlsRoute } from '../constructs/tls-route';
import { GITEA_URL } from './gitea';
import { VaultNamespaceAuth, VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { KPS_FULLNAME, MONITORING_NAMESPACE, PROMETHEUS_POD_LABELS, PROMETHEUS_PORT, PROMETHEUS_URL } from '../platform/endpoints';
import { VAULT_ISSUER } from './cert-manager';
import { FalcoPriority, falcoPriorityLabel } from './falco';
import { LOKI, LOKI_PORT, LOKI_URL, lokiUrl } from './loki';
import { dependencyPeers } from '../constructs/dependency';
import { currentCluster, runsHere } from '../platform/fleet';
import { LUMEN_NAMESPACE, SHOP_NAMESPACE } from './namespaces';
import { PROMETHEUS_OPERATOR_VERSION } from './prometheus-crds';
import { VAULT_NAMESPACE } from './vault';
import { TEMPO, TEMPO_HTTP_PORT, TEMPO_NAMESPACE, TEMPO_POD_LABELS, TEMPO_URL, tempoEndpoints } from './tempo';

// Prometheus' own endpoints are shared (src/platform/endpoints.ts): building blocks need them too.
export { KPS_FULLNAME, MONITORING_NAMESPACE, PROMETHEUS_POD_LABELS, PROMETHEUS_PORT, PROMETHEUS_URL };

/** kube-prometheus-stack 88.1.5 (prometheus-community): Prometheus Operator v0.93.0, like prometheus-crds. */
export const KPS_CHART_VERSION = '88.1.5';
/** node-exporter needs the host's network, PIDs and /proc, /sys: its own privileged namespace keeps `monitoring` restricted. */
export const NODE_EXPORTER_NAMESPACE = 'node-exporter';
export const ALERTMANAGER_PORT = 9093;
export const GRAFANA_PORT = 3000;
export const NODE_EXPORTER_PORT = 9100;
export const KUBELET_PORT = 10250;
/** The operator's HTTPS port (metrics and the admission webhook). */
export const OPERATOR_PORT = 10250;
export const ALERTMANAGER_POD_LABELS: Readonly<Record<string, string>> = { 'app.kubernetes.io/name': 'alertmanager' };
/** kube-prometheus-stack labels the operator's pods `app: <chart name>-operator`. */
export const OPERATOR_POD_LABELS: Readonly<Record<string, string>> = { app: 'kube-prometheus-stack-operator' };
/** Grafana's admin credentials: Vault KV `secret/<path>` (keys username, password) → Secret `grafana-admin`. */
export const GRAFANA_ADMIN_SECRET = 'grafana-admin';
export const GRAFANA_ADMIN_VAULT_PATH = 'monitoring/grafana-admin';

/**
 * Ports Prometheus may scrape in any namespace (its egress policy). The other side (ingress on the target's
 * pods) is opened by whoever declares the monitor (the Monitor construct does it). Add a port here when a
 * component exposes metrics on a new one.
 */
export const SCRAPE_PORTS: readonly number[] = [
  3000, // Grafana, Gitea
  3100, // Loki
  3200, // Tempo
  3903, // Garage (the object store's admin API: /metrics)
  7472, // MetalLB
  8080, // kube-state-metrics, operators, Argo Rollouts, k8s-metacollector
  8081, 8082, 8083, 8084, // Argo CD (ksm self-metrics, controller, server, repo-server)
  8090, // Argo Rollouts
  8200, // Vault
  8765, // Falco
  8888, // Gatekeeper
  9000, // Keycloak management
  9090, // lumen-api, Prometheus itself
  9093, // Alertmanager
  9100, // Traefik
  9121, // Redis exporter
  9153, // CoreDNS
  9187, // CloudNativePG instances
  9216, // MongoDB exporter
  9402, // cert-manager
  9404, // Strimzi (JMX exporter)
  9443, // webhooks' metrics
  10080, // Chaos Mesh
  10250, // the operator (HTTPS)
  12345, // Alloy
];

/** Upstream image path and pinned tag of everything kube-prometheus-stack runs. */
export const KPS_IMAGES = {
  operator: { repository: 'prometheus-operator/prometheus-operator', tag: PROMETHEUS_OPERATOR_VERSION },
  configReloader: { repository: 'prometheus-operator/prometheus-config-reloader', tag: PROMETHEUS_OPERATOR_VERSION },
  prometheus: { repository: 'prometheus/prometheus', tag: 'v3.13.1' },
  alertmanager: { repository: 'prometheus/alertmanager', tag: 'v0.33.1' },
  grafana: { repository: 'grafana/grafana', tag: '13.1.1' },
  grafanaSidecar: { repository: 'kiwigrid/k8s-sidecar', tag: '2.10.0' },
  kubeStateMetrics: { repository: 'kube-state-metrics/kube-state-metrics', tag: 'v2.18.0' },
  nodeExporter: { repository: 'prometheus/node-exporter', tag: 'v1.12.1' },
} as const;

type Image = { readonly registry: string; readonly repository: string; readonly tag: string };
type PodSecurity = { readonly runAsNonRoot: boolean; readonly seccompProfile: { readonly type: 'RuntimeDefault' } };
const podSecurity: PodSecurity = { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } };
const disabled = { enabled: false } as const;

/** The values of the kube-prometheus-stack chart that we set. */
/** Where the chart's alert rules link their runbooks: prometheus-operator/runbooks, mirrored into Gitea (`mirrors/runbooks`). */
export const runbooksUrl = (): string => `${GITEA_URL}/mirrors/runbooks/src/branch/main/content/runbooks`;

export interface KubePrometheusStackValues {
  readonly fullnameOverride: string;
  readonly global: { readonly imageRegistry: string };
  readonly crds: { readonly enabled: boolean };
  readonly defaultRules: { readonly create: boolean; readonly rules: Record<string, boolean>; readonly runbookUrl: string };
  readonly kubeControllerManager: typeof disabled;
  readonly kubeScheduler: typeof disabled;
  readonly kubeProxy: typeof disabled;
  readonly kubeEtcd: typeof disabled;
  readonly coreDns: typeof disabled;
  readonly kubeDns: typeof disabled;
  readonly prometheusOperator: {
    readonly image: Image;
    readonly prometheusConfigReloader: { readonly image: Image };
    readonly admissionWebhooks: { readonly certManager: { readonly enabled: boolean }; readonly patch: { readonly enabled: boolean } };
    readonly podLabels: Record<string, string>;
    readonly securityContext: PodSecurity;
    readonly resources: Resources;
  };
  readonly prometheus: {
    readonly prometheusSpec: {
      readonly image: Image;
      readonly replicas: number;
      readonly retention: string;
      readonly resources: Resources;
      readonly externalLabels: Record<string, string>;
      readonly externalUrl: string;
      readonly podMetadata: { readonly labels: Record<string, string> };
      readonly serviceMonitorSelectorNilUsesHelmValues: boolean;
      readonly podMonitorSelectorNilUsesHelmValues: boolean;
      readonly ruleSelectorNilUsesHelmValues: boolean;
      readonly probeSelectorNilUsesHelmValues: boolean;
      readonly scrapeConfigSelectorNilUsesHelmValues: boolean;
      readonly enableFeatures: string[];
      readonly enableRemoteWriteReceiver: boolean;
      readonly storageSpec: { readonly volumeClaimTemplate: { readonly spec: { readonly accessModes: string[]; readonly resources: { readonly requests: { readonly storage: string } } } } };
    };
  };
  readonly alertmanager: {
    readonly config: AlertmanagerConfig;
    readonly alertmanagerSpec: {
      readonly image: Image;
      readonly replicas: number;
      readonly externalUrl: string;
      readonly podMetadata: { readonly labels: Record<string, string> };
      readonly resources: Resources;
      /** Secrets mounted at /etc/alertmanager/secrets/<name>/ (the SMTP password). */
      readonly secrets: string[];
    };
  };
  readonly grafana: {
    readonly fullnameOverride: string;
    readonly image: Image;
    readonly replicas: number;
    readonly podLabels: Record<string, string>;
    readonly admin?: { readonly existingSecret: string; readonly userKey: string; readonly passwordKey: string };
    readonly 'grafana.ini': Record<string, Record<string, string | boolean>>;
    readonly persistence: typeof disabled;
    readonly initChownData: typeof disabled;
    readonly testFramework: typeof disabled;
    readonly defaultDashboardsEnabled: boolean;
    readonly securityContext: PodSecurity & { readonly runAsUser: number; readonly runAsGroup: number; readonly fsGroup: number };
    readonly resources: Resources;
    readonly sidecar: {
      readonly image: Image;
      readonly resources: Resources;
      readonly dashboards: { readonly enabled: boolean; readonly label: string; readonly labelValue: string; readonly folderAnnotation: string; readonly provider: { readonly foldersFromFilesStructure: boolean } };
      readonly datasources: { readonly enabled: boolean; readonly label: string; readonly labelValue: string; readonly defaultDatasourceEnabled: boolean };
    };
  };
  readonly 'kube-state-metrics': {
    readonly image: Image; readonly customLabels: Record<string, string>; readonly securityContext: PodSecurity; readonly metricLabelsAllowlist: string[]; readonly resources: Resources;
    /** PBM backups' completion time (src/charts/backups.ts), when MongoDB is on. */
    readonly customResourceState?: { readonly enabled: boolean; readonly config: object };
    readonly rbac?: { readonly extraRules: object[] };
  };
  readonly 'prometheus-node-exporter': { readonly namespaceOverride: string; readonly image: Image; readonly podLabels: Record<string, string>; readonly resources: Resources };
}

const GRAFANA_RESOURCES: Resources = { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } };
const OPERATOR_RESOURCES: Resources = { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '200m', memory: '256Mi' } };
const ALERTMANAGER_RESOURCES: Resources = { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '128Mi' } };

export function kubePrometheusStackValues(config: EnvConfig): { values: KubePrometheusStackValues; images: ImageRef[] } {
  const c = config.components.monitoring;
  const host = config.registry.host;
  const refs = Object.fromEntries(Object.entries(KPS_IMAGES).map(([k, i]) => [k, internalImage(host, i.repository, i.tag)])) as Record<keyof typeof KPS_IMAGES, ImageRef>;
  const image = (i: ImageRef): Image => ({ registry: i.registry, repository: i.repository, tag: i.tag });
  const useVault = config.components.vaultSecretsOperator.enabled;
  return {
    images: Object.values(refs),
    values: {
      fullnameOverride: KPS_FULLNAME,
      // Safety net: any image of the chart or its subcharts we did not name resolves to the internal registry.
      global: { imageRegistry: host },
      // The CRDs come from the prometheus-crds application in wave 0 (src/charts/prometheus-crds.ts).
      crds: { enabled: false },
      // K3s runs the control plane inside one process: there are no controller-manager, scheduler, proxy or
      // etcd endpoints to scrape, and their rules would only fire "target down".
      // Runbook links of the chart's rules: prometheus-operator/runbooks, mirrored into Gitea by the connected zone.
      defaultRules: { create: true, rules: { etcd: false, kubeControllerManager: false, kubeSchedulerAlerting: false, kubeSchedulerRecording: false, kubeProxy: false }, runbookUrl: runbooksUrl() },
      kubeControllerManager: disabled,
      kubeScheduler: disabled,
      kubeProxy: disabled,
      kubeEtcd: disabled,
      // CoreDNS runs in kube-system, which the AppProject does not admit, and K3s ships it as a plain
      // Deployment: the chart's Service + ServiceMonitor for it would be refused (kubeDns is off by default).
      coreDns: disabled,
      kubeDns: disabled,
      prometheusOperator: {
        image: image(refs.operator),
        prometheusConfigReloader: { image: image(refs.configReloader) },
        // cert-manager issues the webhook's certificate: no patch Job (and no certgen image) needed.
        admissionWebhooks: { certManager: { enabled: true }, patch: { enabled: false } },
        // The chart labels these pods `app: kube-prometheus-stack-operator` already.
        podLabels: { tier: 'observability' },
        securityContext: podSecurity,
        resources: OPERATOR_RESOURCES,
      },
      prometheus: {
        prometheusSpec: {
          image: image(refs.prometheus),
          replicas: c.replicas,
          retention: c.retention,
          resources: c.resources,
          externalLabels: { cluster: config.cluster.name },
          // Links in alerts ("source") name the Service, not the chart's `<svc>.<namespace>` short form.
          externalUrl: `http://${KPS_FULLNAME}-prometheus.${MONITORING_NAMESPACE}.svc:9090`,
          podMetadata: { labels: workloadLabels('prometheus', 'observability') },
          // Select every ServiceMonitor, PodMonitor, rule… in every namespace, not only the chart's own.
          serviceMonitorSelectorNilUsesHelmValues: false,
          podMonitorSelectorNilUsesHelmValues: false,
          ruleSelectorNilUsesHelmValues: false,
          probeSelectorNilUsesHelmValues: false,
          scrapeConfigSelectorNilUsesHelmValues: false,
          // Exemplars link latency spikes to their traces in Tempo.
          enableFeatures: ['exemplar-storage'],
          // Tempo's metrics-generator writes span metrics and service-graph series here (/api/v1/write).
          enableRemoteWriteReceiver: true,
          storageSpec: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: c.storage } } } } },
        },
      },
      alertmanager: {
        config: alertmanagerConfig(config),
        alertmanagerSpec: {
          image: image(refs.alertmanager),
          replicas: c.replicas,
          externalUrl: `http://${KPS_FULLNAME}-alertmanager.${MONITORING_NAMESPACE}.svc:9093`,
          podMetadata: { labels: workloadLabels('alertmanager', 'observability') },
          resources: ALERTMANAGER_RESOURCES,
          secrets: alerting(config).auth ? [ALERTMANAGER_SMTP_SECRET] : [],
        },
      },
      grafana: {
        fullnameOverride: 'grafana',
        image: image(refs.grafana),
        // SQLite state: one replica; dashboards and datasources are code, nothing is lost on restart.
        replicas: 1,
        podLabels: workloadLabels('grafana', 'observability'),
        ...(useVault ? { admin: { existingSecret: GRAFANA_ADMIN_SECRET, userKey: 'username', passwordKey: 'password' } } : {}),
        'grafana.ini': {
          server: { root_url: `https://${grafanaHost(config)}` },
          // Nothing phones home from the air gap (update checks, usage stats, news feed, gravatar).
          analytics: { reporting_enabled: false, check_for_updates: false, check_for_plugin_updates: false, feedback_links_enabled: false },
          news: { news_feed_enabled: false },
          security: { disable_gravatar: true, cookie_secure: true },
          users: { allow_sign_up: false },
          'auth.anonymous': { enabled: false },
        },
        persistence: disabled,
        // Runs as root; with persistence off there is nothing to chown.
        initChownData: disabled,
        testFramework: disabled,
        // The chart's Kubernetes and node dashboards, next to ours.
        defaultDashboardsEnabled: true,
        securityContext: { ...podSecurity, runAsUser: 472, runAsGroup: 472, fsGroup: 472 },
        resources: GRAFANA_RESOURCES,
        sidecar: {
          image: image(refs.grafanaSidecar),
          resources: SIDECAR_RESOURCES,
          dashboards: { enabled: true, label: 'grafana_dashboard', labelValue: '1', folderAnnotation: 'grafana_folder', provider: { foldersFromFilesStructure: true } },
          // Our datasources (with stable uids) replace the chart's default Prometheus one.
          datasources: { enabled: true, label: DATASOURCE_LABEL, labelValue: '1', defaultDatasourceEnabled: false },
        },
      },
      'kube-state-metrics': {
        image: image(refs.kubeStateMetrics), customLabels: { tier: 'observability' }, securityContext: podSecurity,
        // kube_pod_labels{label_vault_sealed}: Vault's service registration marks a sealed pod (LumenVaultSealed).
        metricLabelsAllowlist: ['pods=[vault-sealed]'],
        resources: helperResources('20m', '64Mi', '256Mi'),
        // The age of MongoDB's last backup (LumenBackupTooOld): PerconaServerMongoDBBackup objects as metrics.
        ...(config.components.mongodb.enabled ? {
          customResourceState: { enabled: true, config: pbmBackupMetricsConfig() },
          // kube-state-metrics discovers the kinds of its configuration through the CRDs, then watches the objects.
          rbac: {
            extraRules: [
              { apiGroups: ['apiextensions.k8s.io'], resources: ['customresourcedefinitions'], verbs: ['list', 'watch'] },
              { apiGroups: ['psmdb.percona.com'], resources: ['perconaservermongodbbackups'], verbs: ['list', 'watch'] },
            ],
          },
        } : {}),
      },
      'prometheus-node-exporter': {
        namespaceOverride: NODE_EXPORTER_NAMESPACE,
        image: image(refs.nodeExporter),
        podLabels: workloadLabels('node-exporter', 'observability'),
        resources: helperResources('20m', '32Mi', '128Mi'),
      },
    },
  };
}

export function grafanaHost(config: EnvConfig): string {
  // In a fleet every cluster has its Grafana: the infra cluster's keeps the plain name, the others carry theirs.
  const here = currentCluster(config);
  return here && here.role !== 'infra' ? `grafana-${here.name}.${config.cluster.baseDomain}` : `grafana.${config.cluster.baseDomain}`;
}

/** The addresses of the nodes: node-exporter (hostNetwork) and the kubelets answer there. */
export function nodeCidrs(config: EnvConfig): string[] {
  return [...(config.components.monitoring.nodeCidrs ?? config.cluster.apiServer.cidrs)];
}

// ---------------------------------------------------------------------------------------------------------
// Alertmanager: who is told, and how (the chart's default sends everything to "null").

/** Secret (from Vault, key `password`) mounted into Alertmanager when the relay wants SMTP AUTH. */
export const ALERTMANAGER_SMTP_SECRET = 'alertmanager-smtp';
/** Where the operator mounts `alertmanagerSpec.secrets`. */
export const ALERTMANAGER_SECRETS_DIR = '/etc/alertmanager/secrets';
/** Receiver names (routes and tests refer to them). */
export const RECEIVERS = { none: 'null', critical: 'oncall-critical', warning: 'platform-warnings', deadMansSwitch: 'deadmans-switch' } as const;
/** Private networks: where the relay and the dead man's switch may answer unless the overlay narrows it. */
const PRIVATE_CIDRS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

/** The alerting settings with the overlay's gaps filled from the cluster's names. */
export interface Alerting {
  readonly smarthost: string;
  readonly from: string;
  readonly criticalTo: string;
  readonly warningTo: string;
  readonly requireTls: boolean;
  readonly auth?: { readonly username: string; readonly vaultPath: string };
  readonly deadMansSwitchUrl: string;
  readonly egressCidrs: string[];
}

export function alerting(config: EnvConfig): Alerting {
  const a = config.components.monitoring.alerting;
  const domain = config.cluster.baseDomain;
  return {
    smarthost: a.smarthost ?? `smtp.${domain}:25`,
    from: a.from ?? `alertmanager@${domain}`,
    criticalTo: a.criticalTo ?? `oncall@${domain}`,
    warningTo: a.warningTo ?? `platform@${domain}`,
    requireTls: a.requireTls,
    ...(a.auth ? { auth: a.auth } : {}),
    deadMansSwitchUrl: a.deadMansSwitchUrl ?? `http://deadmanswitch.${domain}/ping/${config.cluster.name}`,
    egressCidrs: [...(a.egressCidrs ?? PRIVATE_CIDRS)],
  };
}

type Route = { readonly receiver: string; readonly matchers?: string[]; readonly group_by?: string[]; readonly group_wait?: string; readonly group_interval?: string; readonly repeat_interval?: string; readonly continue?: boolean; readonly routes?: Route[] };
/** Alertmanager's configuration file (the subset we write; https://prometheus.io/docs/alerting/latest/configuration/). */
export interface AlertmanagerConfig {
  readonly global: Record<string, string | boolean>;
  readonly route: Route;
  readonly inhibit_rules: { readonly source_matchers?: string[]; readonly target_matchers: string[]; readonly equal?: string[] }[];
  readonly receivers: { readonly name: string; readonly email_configs?: Record<string, string | boolean>[]; readonly webhook_configs?: Record<string, string | boolean | number>[] }[];
  readonly templates: string[];
}

/**
 * Route by severity: critical → the on-call list within seconds, repeated hourly; warning (and anything
 * unlabelled) → the platform list, twice a day; info → only visible in Alertmanager and Grafana. Watchdog,
 * always firing, goes to the dead man's switch every minute: when the pings stop, alerting itself is down.
 */
export function alertmanagerConfig(config: EnvConfig): AlertmanagerConfig {
  const a = alerting(config);
  const auth: Record<string, string> = a.auth ? { smtp_auth_username: a.auth.username, smtp_auth_password_file: `${ALERTMANAGER_SECRETS_DIR}/${ALERTMANAGER_SMTP_SECRET}/password` } : {};
  const mail = (to: string) => ({ to, send_resolved: true });
  return {
    global: { resolve_timeout: '5m', smtp_smarthost: a.smarthost, smtp_from: a.from, smtp_require_tls: a.requireTls, ...auth },
    route: {
      receiver: RECEIVERS.warning,
      group_by: ['alertname', 'namespace'],
      group_wait: '30s',
      group_interval: '5m',
      repeat_interval: '12h',
      routes: [
        { receiver: RECEIVERS.deadMansSwitch, matchers: ['alertname="Watchdog"'], group_wait: '0s', group_interval: '1m', repeat_interval: '1m' },
        // kube-prometheus-stack's helper that only exists to inhibit info alerts.
        { receiver: RECEIVERS.none, matchers: ['alertname="InfoInhibitor"'] },
        { receiver: RECEIVERS.critical, matchers: ['severity="critical"'], group_wait: '10s', repeat_interval: '1h' },
        { receiver: RECEIVERS.warning, matchers: ['severity="warning"'] },
        { receiver: RECEIVERS.none, matchers: ['severity="info"'] },
      ],
    },
    // The chart's own inhibitions: a critical alert silences the warning and info of the same alert.
    inhibit_rules: [
      { source_matchers: ['severity="critical"'], target_matchers: ['severity=~"warning|info"'], equal: ['namespace', 'alertname'] },
      { source_matchers: ['severity="warning"'], target_matchers: ['severity="info"'], equal: ['namespace', 'alertname'] },
      { source_matchers: ['alertname="InfoInhibitor"'], target_matchers: ['severity="info"'], equal: ['namespace'] },
      { target_matchers: ['alertname="InfoInhibitor"'] },
    ],
    receivers: [
      { name: RECEIVERS.none },
      { name: RECEIVERS.critical, email_configs: [mail(a.criticalTo)] },
      { name: RECEIVERS.warning, email_configs: [mail(a.warningTo)] },
      { name: RECEIVERS.deadMansSwitch, webhook_configs: [{ url: a.deadMansSwitchUrl, send_resolved: false }] },
    ],
    templates: ['/etc/alertmanager/config/*.tmpl'],
  };
}

/** host:port of the relay and of the dead man's switch: what Alertmanager's egress policy opens. */
export function alertingPorts(config: EnvConfig): number[] {
  const a = alerting(config);
  const url = new URL(a.deadMansSwitchUrl);
  const webhook = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return [...new Set([Number(a.smarthost.split(':')[1]), webhook])].sort((x, y) => x - y);
}

// ---------------------------------------------------------------------------------------------------------
// Grafana datasources: Prometheus, Loki, Tempo, with trace ↔ logs correlation.

/** Lumen services log JSON with the trace id under this key (slog + OpenTelemetry). */
export const TRACE_ID_FIELD = 'traceID';
/** The regex of Loki's derived field: the trace id out of a JSON log line. */
export const TRACE_ID_REGEX = `"${TRACE_ID_FIELD}":"(\\w+)"`;

/** The Grafana provisioning file (apiVersion 1) of the three datasources. */
export function grafanaDatasources(urls: { loki: string; tempo: string } = { loki: LOKI_URL, tempo: TEMPO_URL }): { apiVersion: 1; datasources: Record<string, any>[] } {
  return {
    apiVersion: 1,
    datasources: [
      {
        name: 'Prometheus', type: 'prometheus', uid: DATASOURCES.prometheus.uid, access: 'proxy', url: PROMETHEUS_URL, isDefault: true, editable: false,
        jsonData: {
          timeInterval: '30s',
          httpMethod: 'POST',
          // Exemplars carry the trace id: a click opens the trace in Tempo.
          exemplarTraceIdDestinations: [{ name: 'trace_id', datasourceUid: DATASOURCES.tempo.uid }],
        },
      },
      {
        name: 'Loki', type: 'loki', uid: DATASOURCES.loki.uid, access: 'proxy', url: urls.loki, editable: false,
        jsonData: {
          maxLines: 1000,
          // Log → trace: the traceID in each JSON line becomes a link to Tempo. `$$` escapes Grafana's
          // environment-variable expansion in provisioning files: Grafana sees `${__value.raw}`.
          derivedFields: [{ name: TRACE_ID_FIELD, matcherRegex: TRACE_ID_REGEX, datasourceUid: DATASOURCES.tempo.uid, url: '$${__value.raw}', urlDisplayLabel: 'View trace' }],
        },
      },
      {
        name: 'Tempo', type: 'tempo', uid: DATASOURCES.tempo.uid, access: 'proxy', url: urls.tempo, editable: false,
        jsonData: {
          // Trace → logs: a span opens the Loki lines of the same trace (±5 minutes around the span).
          tracesToLogsV2: {
            datasourceUid: DATASOURCES.loki.uid,
            spanStartTimeShift: '-5m',
            spanEndTimeShift: '5m',
            filterByTraceID: true,
            filterBySpanID: false,
            customQuery: false,
            tags: [{ key: 'k8s.namespace.name', value: 'namespace' }, { key: 'service.name', value: 'app' }],
          },
          tracesToMetrics: { datasourceUid: DATASOURCES.prometheus.uid },
          serviceMap: { datasourceUid: DATASOURCES.prometheus.uid },
          nodeGraph: { enabled: true },
          lokiSearch: { datasourceUid: DATASOURCES.loki.uid },
        },
      },
    ],
  };
}

/**
 * kube-prometheus-stack (wave observability): Prometheus, Alertmanager, Grafana (behind Traefik), the
 * operator, kube-state-metrics, node-exporter (own privileged namespace); the Grafana datasources; and the
 * flows Prometheus and Grafana need.
 */
export class MonitoringChart extends LumenChart {
  readonly route?: TlsRoute;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, {
      config, wave: Waves.OBSERVABILITY, namespace: MONITORING_NAMESPACE,
      description: `kube-prometheus-stack ${KPS_CHART_VERSION}: Prometheus, Alertmanager, Grafana, exporters`,
      // The chart's dashboard ConfigMaps and Prometheus objects are large: apply them server-side.
      syncOptions: ['ServerSideApply=true'],
    });
    new PlatformNamespace(this, MONITORING_NAMESPACE);
    new PlatformNamespace(this, NODE_EXPORTER_NAMESPACE, {
      podSecurity: 'privileged',
      podSecurityReason: 'node-exporter reads the host\'s /proc and /sys with hostNetwork and hostPID (a node agent)',
    });
    const { values } = kubePrometheusStackValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'kube-prometheus-stack', version: KPS_CHART_VERSION, values, releaseName: 'monitoring',
      // The operator reads Alertmanager's configuration from a Secret; the SMTP password is a file from Vault.
      configSecrets: [{ name: `alertmanager-${KPS_FULLNAME}-alertmanager`, reason: 'alertmanager.yaml: routes and receivers; the SMTP password is read from a file (smtp_auth_password_file) that VSO fills from Vault' }],
    });

    new k8s.KubeConfigMap(this, 'Datasources', {
      metadata: { name: 'grafana-datasources', labels: { [DATASOURCE_LABEL]: '1' } },
      // In a fleet, a cluster other than infra reads the logs and traces infra keeps (src/platform/fleet.ts).
      data: { 'datasources.yaml': yaml.dump(grafanaDatasources({ loki: lokiUrl(config, 'grafana'), tempo: tempoEndpoints(config, 'grafana').url }), { noRefs: true, lineWidth: -1 }) },
    });

    if (config.components.vaultSecretsOperator.enabled) {
      // VSO authenticates as `default` in monitoring with Vault role `monitoring` (created by the Vault bootstrap).
      new VaultNamespaceAuth(this, 'VaultAuth', { namespace: MONITORING_NAMESPACE });
      new VaultSecret(this, GRAFANA_ADMIN_SECRET, {
        namespace: MONITORING_NAMESPACE, path: GRAFANA_ADMIN_VAULT_PATH, secretType: 'kubernetes.io/basic-auth',
        rolloutRestartTargets: [{ kind: 'Deployment', name: 'grafana' }],
      });
    }
    const smtpAuth = alerting(config).auth;
    if (smtpAuth) {
      if (!config.components.vaultSecretsOperator.enabled) {
        throw new Error(`'components.monitoring.alerting.auth' needs components.vaultSecretsOperator (the SMTP password comes from Vault), got it disabled`);
      }
      // KV entry `password`; the operator mounts the Secret, the config names only the file.
      new VaultSecret(this, ALERTMANAGER_SMTP_SECRET, {
        namespace: MONITORING_NAMESPACE, path: smtpAuth.vaultPath,
        rolloutRestartTargets: [{ kind: 'StatefulSet', name: `alertmanager-${KPS_FULLNAME}-alertmanager` }],
      });
    }
    if (config.components.traefik.enabled && config.components.certManager.enabled) {
      this.route = new TlsRoute(this, 'grafana', {
        namespace: MONITORING_NAMESPACE, host: grafanaHost(config),
        routes: [{ service: 'grafana', port: 80, targetPort: GRAFANA_PORT, podLabels: { ...GRAFANA_POD_LABELS } }],
      });
    }
    this.flows(config);
  }

  private flows(config: EnvConfig): void {
    const ns = MONITORING_NAMESPACE;
    const api = config.cluster.apiServer;
    const port = (p: number) => ({ port: p });
    // Operator, Prometheus (service discovery), kube-state-metrics and Grafana's sidecars watch the API.
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: ns, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [port(api.port), port(443)],
    });
    // The API server calls the operator's admission webhook (PrometheusRule validation).
    new NetworkFlow(this, 'allow-ingress-webhook-from-apiserver', {
      namespace: ns, podLabels: { ...OPERATOR_POD_LABELS }, direction: 'ingress', peers: webhookCallerPeers(config.cluster), ports: [port(OPERATOR_PORT)],
    });
    // Inside the namespace: Grafana → Prometheus/Alertmanager, Prometheus → Alertmanager (9093, cluster 9094),
    // Prometheus → the operator, kube-state-metrics, Grafana (scrapes).
    const internal = [PROMETHEUS_PORT, ALERTMANAGER_PORT, 9094, GRAFANA_PORT, 8080, 8081, OPERATOR_PORT].map(port);
    const cluster = { port: 9094, protocol: 'UDP' as const };
    new NetworkFlow(this, 'allow-ingress-intra-namespace', { namespace: ns, direction: 'ingress', peers: [{ namespace: ns }], ports: [...internal, cluster] });
    new NetworkFlow(this, 'allow-egress-intra-namespace', { namespace: ns, direction: 'egress', peers: [{ namespace: ns }], ports: [...internal, cluster] });

    // Prometheus → every namespace on the scrape ports, and → the nodes (node-exporter on the host network,
    // kubelet/cAdvisor). A raw policy: "every namespace" is an empty namespaceSelector.
    new k8s.KubeNetworkPolicy(this, 'allow-egress-prometheus-scrape', {
      metadata: { name: 'allow-egress-prometheus-scrape', namespace: ns },
      spec: {
        podSelector: { matchLabels: { ...PROMETHEUS_POD_LABELS } },
        policyTypes: ['Egress'],
        egress: [
          { to: [{ namespaceSelector: {} }], ports: SCRAPE_PORTS.map((p) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(p) })) },
          {
            to: nodeCidrs(config).map((cidr) => ({ ipBlock: { cidr } })),
            ports: [NODE_EXPORTER_PORT, KUBELET_PORT].map((p) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(p) })),
          },
        ],
      },
    });
    // Grafana → Loki and Tempo (their ingress halves live in the loki and tempo charts).
    // (In a fleet, on a cluster other than infra: to the addresses infra exposes them at; src/charts/fleet.ts admits.)
    new NetworkFlow(this, 'allow-egress-grafana-loki', {
      namespace: ns, podLabels: { ...GRAFANA_POD_LABELS }, direction: 'egress', peers: dependencyPeers(config, LOKI, 'grafana').peers, ports: [port(LOKI_PORT)],
    });
    new NetworkFlow(this, 'allow-egress-grafana-tempo', {
      namespace: ns, podLabels: { ...GRAFANA_POD_LABELS }, direction: 'egress', peers: dependencyPeers(config, TEMPO, 'grafana').peers, ports: [port(TEMPO_HTTP_PORT)],
    });
    // Alertmanager → the mail relay and the dead man's switch (outside the cluster, inside the air gap).
    new k8s.KubeNetworkPolicy(this, 'allow-egress-alertmanager-receivers', {
      metadata: { name: 'allow-egress-alertmanager-receivers', namespace: ns },
      spec: {
        podSelector: { matchLabels: { ...ALERTMANAGER_POD_LABELS } },
        policyTypes: ['Egress'],
        egress: [{
          to: alerting(config).egressCidrs.map((cidr) => ({ ipBlock: { cidr } })),
          ports: alertingPorts(config).map((p) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(p) })),
        }],
      },
    });
    if (config.components.tempo.enabled && runsHere(config, 'tempo')) {
      // Tempo's metrics-generator remote-writes span metrics and service graphs (its egress half: tempo chart).
      new NetworkFlow(this, 'allow-ingress-prometheus-from-tempo', {
        namespace: ns, podLabels: { ...PROMETHEUS_POD_LABELS }, direction: 'ingress',
        peers: [{ namespace: TEMPO_NAMESPACE, podLabels: { ...TEMPO_POD_LABELS } }], ports: [port(PROMETHEUS_PORT)],
      });
    }
    // Argo Rollouts' AnalysisRuns query Prometheus (their egress half is in the argo-rollouts chart).
    new NetworkFlow(this, 'allow-ingress-prometheus-from-argo-rollouts', {
      namespace: ns, podLabels: { ...PROMETHEUS_POD_LABELS }, direction: 'ingress', peers: [{ namespace: 'argo-rollouts' }], ports: [port(PROMETHEUS_PORT)],
    });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Alerting rules and dashboards (wave observability-config).

/** The HTTP metrics every lumen service exposes on :9090/metrics (Prometheus client_golang conventions). */
export const HTTP_METRICS = {
  /** Counter, labels `code` (HTTP status), `method`, `route`. */
  requests: 'http_requests_total',
  /** Histogram (seconds), same labels. */
  duration: 'http_request_duration_seconds',
} as const;
/** Alert thresholds (the seed's: error rate above 1 %, certificates within 14 days). */
export const THRESHOLDS = {
  errorRatio: 0.01,
  p99LatencySeconds: 0.5,
  restartsIn15m: 3,
  certificateDays: 14,
  replicationLagSeconds: 30,
} as const;

/**
 * A lumen HTTP service: its name, namespace, and the Prometheus jobs of its deployment groups (a ServiceMonitor's
 * job is its Service's name: `lumen-api`, `catalog-v1`, `catalog-v2`, `order-v1`…). Its pods and their
 * `app` label (Loki) are named like the groups.
 */
export interface MonitoredService {
  readonly name: string;
  readonly namespace: string;
  readonly title: string;
  /** RE2 regex of its jobs (and of its pods' `app` label). */
  readonly jobs: string;
}

/** The enabled business services. The shop's services run one deployment group per API major version. */
export function monitoredServices(config: EnvConfig): MonitoredService[] {
  const all: (MonitoredService & { enabled: boolean })[] = [
    { name: 'lumen-api', namespace: LUMEN_NAMESPACE, title: 'lumen-api', jobs: 'lumen-api', enabled: config.services.lumenApi.enabled },
    { name: 'catalog', namespace: SHOP_NAMESPACE, title: 'Catalog', jobs: 'catalog-v[0-9]+', enabled: config.services.catalog.enabled },
    { name: 'order', namespace: SHOP_NAMESPACE, title: 'Order', jobs: 'order-v[0-9]+', enabled: config.services.order.enabled },
  ];
  return all.filter((s) => s.enabled).map(({ name, namespace, title, jobs }) => ({ name, namespace, title, jobs }));
}

const jobMatcher = (services: MonitoredService[]): string => `job=~"${services.map((s) => s.jobs).join('|')}"`;

/** The platform's alerting rules, one group per concern. */
export function platformRuleGroups(config: EnvConfig): RuleGroup[] {
  const services = monitoredServices(config);
  const jobs = jobMatcher(services);
  const groups: RuleGroup[] = [];
  if (services.length) {
    groups.push({
      name: 'lumen-services',
      rules: [
        {
          alert: 'LumenHighErrorRate',
          expr: `sum by (namespace, job) (rate(${HTTP_METRICS.requests}{${jobs}, code=~"5.."}[5m]))\n  / sum by (namespace, job) (rate(${HTTP_METRICS.requests}{${jobs}}[5m]))\n  > ${THRESHOLDS.errorRatio}`,
          for: '5m', severity: 'critical',
          summary: '{{ $labels.job }}: {{ $value | humanizePercentage }} of requests fail',
          description: `More than ${THRESHOLDS.errorRatio * 100} % of {{ $labels.job }}'s requests answered 5xx for 5 minutes (the canary analysis threshold).`,
        },
        {
          alert: 'LumenHighLatencyP99',
          expr: `histogram_quantile(0.99, sum by (namespace, job, le) (rate(${HTTP_METRICS.duration}_bucket{${jobs}}[5m])))\n  > ${THRESHOLDS.p99LatencySeconds}`,
          for: '10m', severity: 'warning',
          summary: '{{ $labels.job }}: p99 latency {{ $value | humanizeDuration }}',
          description: `The 99th percentile of {{ $labels.job }}'s request duration stayed above ${THRESHOLDS.p99LatencySeconds * 1000} ms for 10 minutes.`,
        },
      ],
    });
  }
  groups.push({
    name: 'lumen-workloads',
    rules: [{
      alert: 'LumenPodRestartLoop',
      expr: `increase(kube_pod_container_status_restarts_total[15m]) > ${THRESHOLDS.restartsIn15m}`,
      for: '1m', severity: 'warning',
      summary: '{{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}) restarts in a loop',
      description: `Container {{ $labels.container }} restarted more than ${THRESHOLDS.restartsIn15m} times in 15 minutes.`,
    }],
  });
  groups.push({
    name: 'lumen-platform',
    rules: [
      {
        alert: 'LumenCertificateExpiringSoon',
        expr: `certmanager_certificate_expiration_timestamp_seconds - time() < ${THRESHOLDS.certificateDays * 86400}`,
        for: '1h', severity: 'warning',
        summary: `Certificate {{ $labels.namespace }}/{{ $labels.name }} expires within ${THRESHOLDS.certificateDays} days`,
        description: `cert-manager renews 30 days before expiry: a certificate this close to it failed to renew (Vault PKI, issuer ${VAULT_ISSUER}).`,
      },
      ...(config.components.vault.enabled ? [{
        alert: 'LumenVaultSealed',
        expr: vaultSealedExpr(),
        for: '1m', severity: 'critical' as const,
        summary: 'Vault {{ with $labels.pod }}{{ . }}{{ else }}(no pod reports unsealed){{ end }} is sealed',
        description: 'A sealed Vault serves no secret and signs no certificate: unseal it (04-ansible unseal.yml). Without a pod label no Vault pod reports unsealed at all (all sealed, down, or not scraped).',
      }] : []),
      {
        alert: 'LumenPostgresReplicationLag',
        expr: `max by (namespace, pod) (cnpg_pg_replication_lag) > ${THRESHOLDS.replicationLagSeconds}`,
        for: '5m', severity: 'warning',
        summary: 'PostgreSQL replica {{ $labels.namespace }}/{{ $labels.pod }} lags {{ $value }} s behind',
        description: `A CloudNativePG replica is more than ${THRESHOLDS.replicationLagSeconds} s behind its primary: reads from -ro are stale.`,
      },
    ],
  });
  groups.push({
    name: 'lumen-runtime-security',
    rules: [{
      alert: 'LumenFalcoCriticalEvent',
      expr: falcoCriticalExpr(),
      for: '0m', severity: 'critical',
      summary: 'Falco: {{ $labels.rule_name }}',
      description: 'Falco matched a rule of priority Critical or above in the last 5 minutes: see the event in Loki ({namespace="falco"}).',
    }],
  });
  return groups;
}

/**
 * Sealed Vault pods. Vault's Kubernetes service registration labels a sealed pod `vault-sealed=true`
 * (kube-state-metrics exports it, see its metricLabelsAllowlist); `vault_core_unsealed == 0` where a pod
 * reports it; and, guarded by absent(), the case where no pod reports unsealed at all: Vault emits
 * vault_core_unsealed from its unsealed active node only (hashicorp/vault#10015), so all pods sealed,
 * down or unscraped leave nothing to compare.
 */
export function vaultSealedExpr(): string {
  const ns = `namespace="${VAULT_NAMESPACE}"`;
  return [
    `max by (namespace, pod) (kube_pod_labels{${ns}, label_vault_sealed="true"})`,
    `or max by (namespace, pod) (vault_core_unsealed{${ns}} == 0)`,
    `or absent(vault_core_unsealed{${ns}} == 1)`,
  ].join('\n');
}

/**
 * New Falco matches of a Critical-or-above rule. Falco exports a rule's counter only once it is above 0, so
 * the first match makes the series appear at 1, and increase() of a series that appears at 1 is 0
 * (prometheus/prometheus#1673): a series that exists now but did not 5 minutes ago is a new match too.
 */
export function falcoCriticalExpr(): string {
  const m = `falcosecurity_falco_rules_matches_total{priority=~"${CRITICAL_FALCO_PRIORITIES.map(falcoPriorityLabel).join('|')}"}`;
  return `sum by (rule_name, priority) (\n    increase(${m}[5m]) > 0\n  or\n    (${m} unless ${m} offset 5m)\n) > 0`;
}

/** Falco priorities the alert fires on. */
export const CRITICAL_FALCO_PRIORITIES: FalcoPriority[] = ['EMERGENCY', 'ALERT', 'CRITICAL'];

/** The dashboard of one HTTP service: traffic, errors, latency, pods, logs. */
export function serviceDashboard(s: MonitoredService): Omit<DashboardProps, 'namespace'> {
  const job = `namespace="${s.namespace}", job=~"${s.jobs}"`;
  const pods = `namespace="${s.namespace}", pod=~"(${s.jobs})-.*"`;
  const rate = (extra = '') => `sum(rate(${HTTP_METRICS.requests}{${job}${extra}}[5m]))`;
  const quantile = (q: number) => `histogram_quantile(${q}, sum by (le) (rate(${HTTP_METRICS.duration}_bucket{${job}}[5m])))`;
  const errorRatio = `${rate(', code=~"5.."')} / ${rate()}`;
  return {
    uid: `lumen-${s.name}`,
    title: `${s.title} service`,
    tags: ['lumen', 'service', s.name],
    panels: [
      stat({ title: 'Requests per second', query: { expr: rate() }, unit: 'reqps' }),
      stat({ title: 'Error rate (5xx)', query: { expr: errorRatio }, unit: 'percentunit', threshold: THRESHOLDS.errorRatio }),
      stat({ title: 'p99 latency', query: { expr: quantile(0.99) }, unit: 's', threshold: THRESHOLDS.p99LatencySeconds }),
      stat({ title: 'Pods ready', query: { expr: `sum(kube_pod_status_ready{${pods}, condition="true"})` } }),
      row('Traffic'),
      timeseries({ title: 'Requests per second by status', queries: [{ expr: `sum by (job, code) (rate(${HTTP_METRICS.requests}{${job}}[5m]))`, legend: '{{job}} {{code}}' }], unit: 'reqps' }),
      timeseries({ title: 'Error rate (5xx)', queries: [{ expr: errorRatio, legend: 'errors' }], unit: 'percentunit', threshold: THRESHOLDS.errorRatio }),
      timeseries({
        title: 'Latency p50 / p99',
        queries: [{ expr: quantile(0.5), legend: 'p50' }, { expr: quantile(0.99), legend: 'p99' }],
        unit: 's', threshold: THRESHOLDS.p99LatencySeconds, width: 24,
      }),
      row('Pods'),
      timeseries({ title: 'CPU', queries: [{ expr: `sum by (pod) (rate(container_cpu_usage_seconds_total{${pods}, container!=""}[5m]))`, legend: '{{pod}}' }], width: 8 }),
      timeseries({ title: 'Memory', queries: [{ expr: `sum by (pod) (container_memory_working_set_bytes{${pods}, container!=""})`, legend: '{{pod}}' }], unit: 'bytes', width: 8 }),
      timeseries({ title: 'Restarts (1h)', queries: [{ expr: `sum by (pod) (increase(kube_pod_container_status_restarts_total{${pods}}[1h]))`, legend: '{{pod}}' }], width: 8 }),
      row('Logs'),
      logs({ title: 'Errors (click a traceID to open the trace)', query: `{namespace="${s.namespace}", app=~"${s.jobs}"} | level=~"(?i)error"` }),
      logs({ title: 'All logs', query: `{namespace="${s.namespace}", app=~"${s.jobs}"}` }),
    ],
  };
}

/** The platform at a glance: nodes, workloads, GitOps, PKI, secrets, databases, ingress, runtime security. */
export function platformDashboard(): Omit<DashboardProps, 'namespace'> {
  return {
    uid: 'lumen-platform',
    title: 'Platform overview',
    tags: ['lumen', 'platform'],
    panels: [
      stat({ title: 'Alerts firing', query: { expr: 'count(ALERTS{alertstate="firing", alertname!="Watchdog"}) or vector(0)' }, threshold: 1 }),
      stat({ title: 'Pods not ready', query: { expr: 'sum(kube_pod_status_ready{condition="false"}) or vector(0)' }, threshold: 1 }),
      stat({ title: 'Argo CD apps not healthy', query: { expr: 'count(argocd_app_info{health_status!="Healthy"}) or vector(0)' }, threshold: 1 }),
      stat({ title: 'Vault sealed pods', query: { expr: `count(kube_pod_labels{namespace="${VAULT_NAMESPACE}", label_vault_sealed="true"}) or vector(0)` }, threshold: 1 }),
      row('Nodes'),
      timeseries({ title: 'CPU busy', queries: [{ expr: '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))', legend: '{{instance}}' }], unit: 'percentunit' }),
      timeseries({ title: 'Memory used', queries: [{ expr: '1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes', legend: '{{instance}}' }], unit: 'percentunit' }),
      row('Platform services'),
      timeseries({ title: 'Traefik requests per second by service', queries: [{ expr: 'sum by (service) (rate(traefik_service_requests_total[5m]))', legend: '{{service}}' }], unit: 'reqps' }),
      timeseries({ title: 'Days until certificates expire', queries: [{ expr: '(certmanager_certificate_expiration_timestamp_seconds - time()) / 86400', legend: '{{namespace}}/{{name}}' }], threshold: THRESHOLDS.certificateDays }),
      timeseries({ title: 'PostgreSQL replication lag', queries: [{ expr: 'max by (namespace, pod) (cnpg_pg_replication_lag)', legend: '{{namespace}}/{{pod}}' }], unit: 's', threshold: THRESHOLDS.replicationLagSeconds }),
      timeseries({ title: 'Falco events by priority', queries: [{ expr: 'sum by (priority) (increase(falcosecurity_falco_rules_matches_total[5m]))', legend: 'priority {{priority}}' }] }),
      row('Security events'),
      logs({ title: 'Falco events', query: '{namespace="falco", app="falco"} | json | priority=~"Critical|Error|Warning"' }),
    ],
  };
}

/**
 * The platform's alerting rules and dashboards (wave observability-config: after Grafana's sidecar exists).
 * The Grafana datasources live with Grafana in the monitoring chart: it provisions them at start.
 */
export class MonitoringConfigChart extends LumenChart {
  readonly rules: AlertRules;
  readonly dashboards: Dashboard[];

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.OBSERVABILITY_CONFIG, namespace: MONITORING_NAMESPACE, description: 'Alerting rules and Grafana dashboards (lumen-api, catalog, order, platform)' });
    this.rules = new AlertRules(this, 'lumen-alerts', { namespace: MONITORING_NAMESPACE, groups: platformRuleGroups(config) });
    this.dashboards = [...monitoredServices(config).map(serviceDashboard), platformDashboard()]
      .map((d) => new Dashboard(this, d.uid, { ...d, namespace: MONITORING_NAMESPACE }));
  }
}

export function buildMonitoring(scope: Construct, config: EnvConfig): void {
  if (!config.components.monitoring.enabled) return;
  new MonitoringChart(scope, 'monitoring', config);
  new MonitoringConfigChart(scope, 'monitoring-config', config);
}
