import * as yaml from 'js-yaml';
import { ALLOY_STORAGE_PATH, AlloyChart, alloyPipeline, alloyValues, renderRiver, expr as riverExpr } from '../../src/charts/alloy';
import {
  FALCO_ARTIFACTS, FalcoChart, falcoPriorityLabel, FalcoRule, falcoRulesYaml, falcoValues, lumenFalcoRules, LUMEN_RULES_FILE,
} from '../../src/charts/falco';
import { LokiChart, lokiValues, LOKI_URL } from '../../src/charts/loki';
import {
  grafanaDatasources, KPS_CHART_VERSION, kubePrometheusStackValues, MonitoringChart, MonitoringConfigChart, monitoredServices,
  NODE_EXPORTER_NAMESPACE, platformDashboard, platformRuleGroups, PROMETHEUS_URL, SCRAPE_PORTS, serviceDashboard, THRESHOLDS, TRACE_ID_REGEX,
} from '../../src/charts/monitoring';
import { PROMETHEUS_CRDS_CHART_VERSION, PrometheusCrdsChart } from '../../src/charts/prometheus-crds';
import { TempoChart, tempoValues, TEMPO_OTLP_GRPC_ENDPOINT, TEMPO_URL } from '../../src/charts/tempo';
import { DATASOURCES, dashboardModel } from '../../src/constructs/grafana-dashboard';
import { PSS_REASON_ANNOTATION } from '../../src/constructs/platform-namespace';
import { Waves } from '../../src/constructs/waves';
import { buildEnvironment } from '../../src/environment';
import { renderApp } from '../../src/synth/render';
import { overlay, synth, testApp, testConfig } from '../support/fixtures';
import { parseLogql, parsePromql } from '../support/promql';
import { committedTree } from '../support/dist';

const prod = overlay('prod');
const dev = overlay('dev');
const PUBLIC = /docker\.io|quay\.io|ghcr\.io|gcr\.io|registry\.k8s\.io|github|grafana\.com|falco\.org|prometheus-community/;

describe('snapshots (prod)', () => {
  test.each([
    ['prometheus-crds', PrometheusCrdsChart],
    ['monitoring', MonitoringChart],
    ['monitoring-config', MonitoringConfigChart],
    ['loki', LokiChart],
    ['alloy', AlloyChart],
    ['tempo', TempoChart],
    ['falco', FalcoChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    const r = chart.helmRelease;
    expect({ wave: chart.wave.folder, objects: synth(chart), helm: r && { chart: r.chart, version: r.version, crdModule: r.crdModule, values: r.values } }).toMatchSnapshot();
  });
});

describe('air gap: every vendor chart', () => {
  test.each([
    ['monitoring', kubePrometheusStackValues], ['loki', lokiValues], ['alloy', alloyValues], ['tempo', tempoValues], ['falco', falcoValues],
  ] as const)('%s: every image from the environment registry, pinned; nothing in the values points outside', (_, fn) => {
    for (const env of [prod, dev]) {
      const { values, images } = fn(env);
      expect(images.length).toBeGreaterThan(0);
      for (const i of images) {
        expect(i.ref.startsWith(`${env.registry.host}/`)).toBe(true);
        expect(i.tag).not.toBe('latest');
      }
      expect(JSON.stringify(values)).not.toMatch(PUBLIC);
    }
  });
});

describe('prometheus-crds', () => {
  test('installs the prometheus-operator CRDs in wave 0, before every chart that declares monitors', () => {
    const chart = new PrometheusCrdsChart(testApp(), 'prometheus-crds', prod);
    expect(chart.wave).toBe(Waves.FOUNDATION);
    expect(chart.namespace).toBeUndefined();
    expect(chart.helmRelease).toMatchObject({ chart: 'prometheus-operator-crds', version: PROMETHEUS_CRDS_CHART_VERSION, crdModule: 'prometheus-operator' });
    expect(chart.wave.number).toBeLessThan(Waves.CORE.number);
  });
});

describe('monitoring (kube-prometheus-stack)', () => {
  const v = (env = prod) => kubePrometheusStackValues(env).values;

  test('wave observability, no CRDs of its own, server-side apply', () => {
    const chart = new MonitoringChart(testApp(), 'monitoring', prod);
    expect(chart.wave).toBe(Waves.OBSERVABILITY);
    expect(chart.helmRelease).toMatchObject({ chart: 'kube-prometheus-stack', version: KPS_CHART_VERSION, crdModule: undefined });
    expect(v().crds.enabled).toBe(false);
    expect(chart.syncOptions).toContain('ServerSideApply=true');
  });

  test('Prometheus picks up every ServiceMonitor, PodMonitor and rule, not only the chart\'s', () => {
    const spec = v().prometheus.prometheusSpec;
    expect([spec.serviceMonitorSelectorNilUsesHelmValues, spec.podMonitorSelectorNilUsesHelmValues, spec.ruleSelectorNilUsesHelmValues,
      spec.probeSelectorNilUsesHelmValues, spec.scrapeConfigSelectorNilUsesHelmValues]).toEqual([false, false, false, false, false]);
  });

  test('every image rewritten: operator, reloader, Prometheus, Alertmanager, Grafana, sidecar, kube-state-metrics, node-exporter', () => {
    const values = v(dev);
    const host = dev.registry.host;
    expect(values.global.imageRegistry).toBe(host);
    for (const image of [values.prometheusOperator.image, values.prometheusOperator.prometheusConfigReloader.image, values.prometheus.prometheusSpec.image,
      values.alertmanager.alertmanagerSpec.image, values.grafana.image, values.grafana.sidecar.image, values['kube-state-metrics'].image, values['prometheus-node-exporter'].image]) {
      expect(image.registry).toBe(host);
    }
    expect(kubePrometheusStackValues(dev).images).toHaveLength(8);
    // cert-manager signs the webhook: the certgen patch Job (another image) never runs.
    expect(values.prometheusOperator.admissionWebhooks).toEqual({ certManager: { enabled: true }, patch: { enabled: false } });
  });

  test('sizes per environment: replicas, retention, storage, resources', () => {
    const p = v(prod);
    const d = v(dev);
    expect(p.prometheus.prometheusSpec.replicas).toBe(2);
    expect(p.alertmanager.alertmanagerSpec.replicas).toBe(2);
    expect(p.prometheus.prometheusSpec.retention).toBe('15d');
    expect(p.prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage).toBe('20Gi');
    expect(d.prometheus.prometheusSpec.replicas).toBe(1);
    expect(d.prometheus.prometheusSpec.retention).toBe('2d');
    expect(d.prometheus.prometheusSpec.resources.limits.memory).toBe('1Gi');
    // Defaults from the schema.
    const t = v(testConfig());
    expect(t.prometheus.prometheusSpec.retention).toBe('7d');
    expect(t.prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage).toBe('10Gi');
  });

  test('K3s: no controller-manager, scheduler, proxy or etcd scrapes or rules', () => {
    const values = v();
    for (const k of ['kubeControllerManager', 'kubeScheduler', 'kubeProxy', 'kubeEtcd'] as const) expect(values[k].enabled).toBe(false);
    expect(values.defaultRules.rules).toMatchObject({ etcd: false, kubeControllerManager: false, kubeProxy: false });
  });

  test('namespaces: monitoring restricted; node-exporter privileged with a reason, and the node-exporter subchart goes there', () => {
    const objects = synth(new MonitoringChart(testApp(), 'monitoring', prod));
    const ns = (name: string) => objects.find((o) => o.kind === 'Namespace' && o.metadata.name === name);
    expect(ns('monitoring').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(ns(NODE_EXPORTER_NAMESPACE).metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(ns(NODE_EXPORTER_NAMESPACE).metadata.annotations[PSS_REASON_ANNOTATION]).toMatch(/hostNetwork and hostPID/);
    expect(v()['prometheus-node-exporter'].namespaceOverride).toBe(NODE_EXPORTER_NAMESPACE);
  });

  test('Grafana: air-gap settings, admin from Vault, sidecars for our labels, behind Traefik with a Vault certificate', () => {
    const g = v().grafana;
    expect(g['grafana.ini'].analytics).toMatchObject({ reporting_enabled: false, check_for_updates: false });
    expect(g['grafana.ini'].security.disable_gravatar).toBe(true);
    expect(g.admin).toEqual({ existingSecret: 'grafana-admin', userKey: 'username', passwordKey: 'password' });
    expect(g.sidecar.dashboards).toMatchObject({ enabled: true, label: 'grafana_dashboard', labelValue: '1' });
    expect(g.sidecar.datasources).toMatchObject({ enabled: true, label: 'grafana_datasource', labelValue: '1', defaultDatasourceEnabled: false });
    const objects = synth(new MonitoringChart(testApp(), 'monitoring', prod));
    const route = objects.find((o) => o.kind === 'IngressRoute');
    expect(route.spec.routes[0].match).toBe('Host(`grafana.airgap.local`) && PathPrefix(`/`)');
    expect(route.spec.routes[0].services).toEqual([{ name: 'grafana', port: 80 }]);
    expect(objects.find((o) => o.kind === 'Certificate').spec.dnsNames).toEqual(['grafana.airgap.local']);
    expect(objects.find((o) => o.kind === 'VaultStaticSecret')).toMatchObject({ metadata: { name: 'grafana-admin' }, spec: { path: 'monitoring/grafana-admin' } });
    // No Secret with data in Git.
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
  });

  test('without Vault Secrets Operator Grafana keeps the chart\'s generated admin secret; without Traefik no route', () => {
    const config = testConfig('components: { vaultSecretsOperator: { enabled: false }, traefik: { enabled: false } }\n');
    expect(kubePrometheusStackValues(config).values.grafana.admin).toBeUndefined();
    const objects = synth(new MonitoringChart(testApp(), 'monitoring', config));
    expect(objects.map((o) => o.kind)).not.toEqual(expect.arrayContaining(['VaultStaticSecret']));
    expect(objects.map((o) => o.kind)).not.toEqual(expect.arrayContaining(['IngressRoute']));
  });

  test('Prometheus egress: every namespace on the scrape ports, the nodes on 9100 and 10250', () => {
    const objects = synth(new MonitoringChart(testApp(), 'monitoring', prod));
    const np = objects.find((o) => o.metadata.name === 'allow-egress-prometheus-scrape');
    expect(np.spec.podSelector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'prometheus' } });
    expect(np.spec.egress[0].to).toEqual([{ namespaceSelector: {} }]);
    expect(np.spec.egress[0].ports.map((p: any) => p.port)).toEqual([...SCRAPE_PORTS]);
    expect(SCRAPE_PORTS).toEqual(expect.arrayContaining([9090, 9402, 8200, 9187, 8765, 12345, 3100, 3200]));
    expect(np.spec.egress[1]).toEqual({ to: [{ ipBlock: { cidr: '192.168.2.0/24' } }], ports: [{ protocol: 'TCP', port: 9100 }, { protocol: 'TCP', port: 10250 }] });
    // Default: the API server's addresses.
    const d = synth(new MonitoringChart(testApp(), 'monitoring', dev)).find((o) => o.metadata.name === 'allow-egress-prometheus-scrape');
    expect(d.spec.egress[1].to).toEqual([{ ipBlock: { cidr: '172.18.0.0/16' } }]);
  });
});

describe('Grafana datasources: Prometheus, Loki, Tempo with trace ↔ logs correlation', () => {
  const file = grafanaDatasources();
  const ds = (type: string) => file.datasources.find((d) => d.type === type)!;

  test('a provisioning ConfigMap labelled for the sidecar, parseable, with the three uids the dashboards use', () => {
    const cm = synth(new MonitoringChart(testApp(), 'monitoring', prod)).find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'grafana-datasources');
    expect(cm.metadata.labels.grafana_datasource).toBe('1');
    expect(yaml.load(cm.data['datasources.yaml'])).toEqual(file);
    expect(file.datasources.map((d) => [d.type, d.uid])).toEqual([['prometheus', DATASOURCES.prometheus.uid], ['loki', DATASOURCES.loki.uid], ['tempo', DATASOURCES.tempo.uid]]);
    expect([ds('prometheus').url, ds('loki').url, ds('tempo').url]).toEqual([PROMETHEUS_URL, LOKI_URL, TEMPO_URL]);
    expect(file.datasources.filter((d) => d.isDefault)).toHaveLength(1);
  });

  test('Loki → Tempo: the traceID derived field extracts the id of a JSON log line and links to Tempo', () => {
    const [field] = ds('loki').jsonData.derivedFields;
    expect(field).toMatchObject({ name: 'traceID', datasourceUid: DATASOURCES.tempo.uid, matcherRegex: TRACE_ID_REGEX });
    const line = '{"time":"2026-01-01T00:00:00Z","level":"ERROR","msg":"db timeout","traceID":"4bf92f3577b34da6a3ce929d0e0e4736"}';
    expect(new RegExp(field.matcherRegex).exec(line)?.[1]).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    // `$$` keeps Grafana's provisioning from expanding it as an environment variable.
    expect(field.url).toBe('$${__value.raw}');
  });

  test('Tempo → Loki: tracesToLogsV2 filters Loki by the trace id around the span', () => {
    const t = ds('tempo').jsonData;
    expect(t.tracesToLogsV2).toMatchObject({ datasourceUid: DATASOURCES.loki.uid, filterByTraceID: true, spanStartTimeShift: '-5m', spanEndTimeShift: '5m' });
    // The mapped tags are Loki stream labels Alloy sets.
    expect(t.tracesToLogsV2.tags.map((x: any) => x.value)).toEqual(['namespace', 'app']);
    expect(t.serviceMap.datasourceUid).toBe(DATASOURCES.prometheus.uid);
    expect(ds('prometheus').jsonData.exemplarTraceIdDestinations[0].datasourceUid).toBe(DATASOURCES.tempo.uid);
  });
});

describe('alerting rules: each PromQL parsed by the Prometheus grammar', () => {
  const rules = platformRuleGroups(prod).flatMap((g) => g.rules);
  const rule = (name: string) => {
    const r = rules.find((x) => x.alert === name);
    if (!r) throw new Error(`no rule ${name}`);
    return { ...r, q: parsePromql(r.expr) };
  };

  test('every rule parses and compares against a threshold', () => {
    expect(rules.map((r) => r.alert)).toEqual(['LumenHighErrorRate', 'LumenHighLatencyP99', 'LumenPodRestartLoop', 'LumenCertificateExpiringSoon',
      'LumenVaultSealed', 'LumenPostgresReplicationLag', 'LumenFalcoCriticalEvent']);
    for (const r of rules) {
      const q = parsePromql(r.expr);
      expect({ alert: r.alert, errors: q.errors }).toEqual({ alert: r.alert, errors: [] });
      // LumenVaultSealed is a union of conditions (label, value, absent()): no single threshold.
      if (r.alert !== 'LumenVaultSealed') expect(q.comparison).toBeDefined();
    }
  });

  test('error rate above 1 %: 5xx over all requests of the lumen services', () => {
    const r = rule('LumenHighErrorRate');
    expect(r.q.comparison).toEqual({ op: '>', value: 0.01 });
    expect(r.q.metrics).toEqual(['http_requests_total', 'http_requests_total']);
    expect(r.q.matchers).toContainEqual({ metric: 'http_requests_total', label: 'code', op: '=~', value: '5..' });
    expect(r.q.matchers).toContainEqual({ metric: 'http_requests_total', label: 'job', op: '=~', value: 'lumen-api|catalog-v[0-9]+|order-v[0-9]+' });
    // The jobs are the Services' names: the deployment groups catalog-v1, catalog-v2, order-v1.
    for (const job of ['lumen-api', 'catalog-v1', 'catalog-v2', 'order-v1']) expect(job).toMatch(new RegExp('^(lumen-api|catalog-v[0-9]+|order-v[0-9]+)$'));
    expect(r.severity).toBe('critical');
  });

  test('p99 latency: histogram_quantile(0.99) over the duration buckets', () => {
    const r = rule('LumenHighLatencyP99');
    expect(r.q.functions).toEqual(expect.arrayContaining(['histogram_quantile', 'rate']));
    expect(r.expr).toMatch(/^histogram_quantile\(0\.99, sum by \(namespace, job, le\)/);
    expect(r.q.metrics).toEqual(['http_request_duration_seconds_bucket']);
    expect(r.q.comparison).toEqual({ op: '>', value: THRESHOLDS.p99LatencySeconds });
  });

  test('restart loops, certificates within 14 days, Vault sealed, CNPG lag, Falco critical', () => {
    expect(rule('LumenPodRestartLoop').q).toMatchObject({ metrics: ['kube_pod_container_status_restarts_total'], comparison: { op: '>', value: 3 } });
    expect(rule('LumenPodRestartLoop').q.functions).toContain('increase');
    const cert = rule('LumenCertificateExpiringSoon');
    expect(cert.q).toMatchObject({ metrics: ['certmanager_certificate_expiration_timestamp_seconds'], comparison: { op: '<', value: 14 * 24 * 3600 } });
    expect(cert.q.functions).toContain('time');
    // Behaviour under promtool: test/charts/alerting.spec.ts.
    expect(rule('LumenVaultSealed').q).toMatchObject({ metrics: ['kube_pod_labels', 'vault_core_unsealed', 'vault_core_unsealed'] });
    expect(rule('LumenVaultSealed').q.functions).toContain('absent');
    expect(rule('LumenPostgresReplicationLag').q).toMatchObject({ metrics: ['cnpg_pg_replication_lag'], comparison: { op: '>', value: 30 } });
    const falco = rule('LumenFalcoCriticalEvent');
    // increase() for later matches, `unless … offset 5m` for a rule's first (behaviour: alerting.spec.ts).
    expect(falco.q).toMatchObject({ metrics: Array(3).fill('falcosecurity_falco_rules_matches_total'), comparison: { op: '>', value: 0 } });
    // Falco labels priorities by index: emergency 0, alert 1, critical 2.
    expect(falco.q.matchers).toContainEqual({ metric: 'falcosecurity_falco_rules_matches_total', label: 'priority', op: '=~', value: '0|1|2' });
    expect(falcoPriorityLabel('CRITICAL')).toBe('2');
    expect(falco.for).toBe('0m');
  });

  test('only the enabled services are in the service rules; none at all drops the group', () => {
    const noShop = testConfig('services: { catalog: { enabled: false }, order: { enabled: false } }\n');
    const r = platformRuleGroups(noShop).flatMap((g) => g.rules).find((x) => x.alert === 'LumenHighErrorRate')!;
    expect(parsePromql(r.expr).matchers).toContainEqual({ metric: 'http_requests_total', label: 'job', op: '=~', value: 'lumen-api' });
    const none = testConfig('services: { lumenApi: { enabled: false }, catalog: { enabled: false }, order: { enabled: false } }\n');
    expect(platformRuleGroups(none).map((g) => g.name)).not.toContain('lumen-services');
  });

  test('rendered as one PrometheusRule in wave observability-config', () => {
    const chart = new MonitoringConfigChart(testApp(), 'monitoring-config', prod);
    expect(chart.wave).toBe(Waves.OBSERVABILITY_CONFIG);
    const pr = synth(chart).filter((o) => o.kind === 'PrometheusRule');
    expect(pr).toHaveLength(1);
    expect(pr[0].spec.groups.flatMap((g: any) => g.rules).map((r: any) => r.labels.severity)).toEqual(['critical', 'warning', 'warning', 'warning', 'critical', 'warning', 'critical']);
  });
});

describe('dashboards as code', () => {
  const chart = () => new MonitoringConfigChart(testApp(), 'monitoring-config', prod);
  const models = () => synth(chart()).filter((o) => o.kind === 'ConfigMap').map((cm) => JSON.parse(Object.values(cm.data)[0] as string));

  test('lumen-api, catalog, order and the platform overview, as sidecar ConfigMaps of valid JSON', () => {
    const cms = synth(chart()).filter((o) => o.kind === 'ConfigMap');
    expect(cms.map((c) => c.metadata.name).sort()).toEqual(['dashboard-lumen-catalog', 'dashboard-lumen-lumen-api', 'dashboard-lumen-order', 'dashboard-lumen-platform']);
    for (const cm of cms) {
      expect(cm.metadata.labels.grafana_dashboard).toBe('1');
      const m = JSON.parse(Object.values(cm.data)[0] as string);
      expect(m).toMatchObject({ schemaVersion: expect.any(Number), uid: expect.any(String), title: expect.any(String) });
      for (const p of m.panels) {
        expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
      }
      expect(new Set(m.panels.map((p: any) => p.id)).size).toBe(m.panels.length);
    }
  });

  test('every query parses (PromQL and LogQL grammars) and names a datasource that is provisioned', () => {
    const uids = new Set(grafanaDatasources().datasources.map((d) => d.uid));
    for (const m of models()) {
      for (const p of m.panels.filter((x: any) => x.type !== 'row')) {
        for (const t of p.targets) {
          expect(uids.has(t.datasource.uid)).toBe(true);
          const errors = t.datasource.type === 'loki' ? parseLogql(t.expr).errors : parsePromql(t.expr).errors;
          expect({ dashboard: m.uid, panel: p.title, errors }).toEqual({ dashboard: m.uid, panel: p.title, errors: [] });
        }
      }
    }
  });

  test('lumen-api: p50 and p99 latency, requests per second, error rate, logs of its pods', () => {
    const s = monitoredServices(prod).find((x) => x.name === 'lumen-api')!;
    const m = dashboardModel(serviceDashboard(s));
    const panel = (title: string) => m.panels.find((p) => p.title === title)!;
    const latency = panel('Latency p50 / p99').targets.map((t: any) => ({ legend: t.legendFormat, q: parsePromql(t.expr) }));
    expect(latency.map((l: any) => l.legend)).toEqual(['p50', 'p99']);
    expect(panel('Latency p50 / p99').targets.map((t: any) => t.expr)).toEqual([
      expect.stringMatching(/^histogram_quantile\(0\.5,/), expect.stringMatching(/^histogram_quantile\(0\.99,/),
    ]);
    for (const l of latency) expect(l.q.matchers).toContainEqual({ metric: 'http_request_duration_seconds_bucket', label: 'job', op: '=~', value: 'lumen-api' });
    const rps = parsePromql(panel('Requests per second').targets[0].expr);
    expect(rps.metrics).toEqual(['http_requests_total']);
    expect(panel('Requests per second').fieldConfig.defaults.unit).toBe('reqps');
    const err = parsePromql(panel('Error rate (5xx)').targets[0].expr);
    expect(err.matchers).toContainEqual({ metric: 'http_requests_total', label: 'code', op: '=~', value: '5..' });
    expect(panel('Error rate (5xx)').fieldConfig.defaults.unit).toBe('percentunit');
    const log = parseLogql(panel('All logs').targets[0].expr);
    expect(log.selector).toEqual([{ label: 'namespace', op: '=', value: 'lumen' }, { label: 'app', op: '=~', value: 'lumen-api' }]);
  });

  test('catalog and order query the jobs of their deployment groups in the shop namespace', () => {
    for (const name of ['catalog', 'order']) {
      const m = dashboardModel(serviceDashboard(monitoredServices(prod).find((x) => x.name === name)!));
      const q = parsePromql(m.panels[0].targets[0].expr);
      expect(q.matchers).toContainEqual({ metric: 'http_requests_total', label: 'job', op: '=~', value: `${name}-v[0-9]+` });
      expect(q.matchers).toContainEqual({ metric: 'http_requests_total', label: 'namespace', op: '=', value: 'shop' });
      expect(parseLogql(m.panels[m.panels.length - 1].targets[0].expr).selector[0]).toEqual({ label: 'namespace', op: '=', value: 'shop' });
    }
  });

  test('platform overview covers nodes, Argo CD, certificates, Vault, CNPG, Traefik, Falco', () => {
    const metrics = dashboardModel(platformDashboard()).panels.filter((p) => p.type !== 'row' && p.type !== 'logs')
      .flatMap((p) => p.targets.flatMap((t: any) => parsePromql(t.expr).metrics));
    expect(metrics).toEqual(expect.arrayContaining(['node_cpu_seconds_total', 'argocd_app_info', 'certmanager_certificate_expiration_timestamp_seconds',
      'kube_pod_labels', 'cnpg_pg_replication_lag', 'traefik_service_requests_total', 'falcosecurity_falco_rules_matches_total', 'kube_pod_status_ready']));
  });
});

describe('loki', () => {
  test('single binary on a filesystem volume, sized per environment, retention enforced by the compactor', () => {
    const p = lokiValues(prod).values;
    expect(p.deploymentMode).toBe('SingleBinary');
    expect(p.loki.limits_config.retention_period).toBe('744h');
    expect(p.loki.compactor.retention_enabled).toBe(true);
    expect(p.singleBinary.persistence.size).toBe('20Gi');
    expect(lokiValues(dev).values.singleBinary.persistence.size).toBe('2Gi');
    expect(lokiValues(testConfig()).values.loki.limits_config.retention_period).toBe('168h');
    expect([p.read.replicas, p.write.replicas, p.backend.replicas]).toEqual([0, 0, 0]);
    expect(p.loki.auth_enabled).toBe(false);
    expect(p.loki.analytics.reporting_enabled).toBe(false);
  });
  test('throws on more than one replica', () => {
    expect(() => lokiValues(testConfig('components: { loki: { replicas: 2 } }\n'))).toThrow("'components.loki.replicas' must be 1 (single binary on a filesystem volume), got 2");
  });
  test('ingress from Alloy, Grafana and Prometheus on 3100', () => {
    const objects = synth(new LokiChart(testApp(), 'loki', prod));
    const from = (name: string) => objects.find((o) => o.metadata.name === name).spec.ingress[0];
    expect(from('allow-ingress-alloy').from[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name']).toBe('alloy');
    expect(from('allow-ingress-grafana').from[0].podSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'grafana' });
    expect(from('allow-ingress-prometheus').ports).toEqual([{ protocol: 'TCP', port: 3100 }]);
  });
});

describe('tempo', () => {
  test('OTLP receivers only, query API on 3200, retention per environment', () => {
    const t = tempoValues(prod).values;
    expect(t.tempo.receivers.otlp.protocols).toEqual({ grpc: { endpoint: '0.0.0.0:4317' }, http: { endpoint: '0.0.0.0:4318' } });
    expect(t.tempo.server.http_listen_port).toBe(3200);
    // Our configuration file replaces the chart's template (whose receivers would add Jaeger and OpenCensus).
    const file = yaml.load(t.config) as any;
    expect(Object.keys(file.distributor.receivers)).toEqual(['otlp']);
    expect(file).toMatchObject({ server: { http_listen_port: 3200 }, compactor: { compaction: { block_retention: '168h' } }, usage_report: { reporting_enabled: false } });
    expect(t.tempo.retention).toBe('168h');
    expect(tempoValues(dev).values.tempo.retention).toBe('24h');
    expect(t.tempo.repository).toBe('192.168.2.2:5000/grafana/tempo');
  });
  test('throws on more than one replica', () => {
    expect(() => tempoValues(testConfig('components: { tempo: { replicas: 3 } }\n'))).toThrow("'components.tempo.replicas' must be 1");
  });
});

describe('alloy', () => {
  const river = alloyValues(prod).values.alloy.configMap.content;

  test('pod logs (this node, via the API) → JSON parsing and labels → Loki', () => {
    expect(river).toContain('discovery.kubernetes "pods" {');
    expect(river).toContain('field = "spec.nodeName=" + sys.env("HOSTNAME")');
    expect(river).toContain('loki.source.kubernetes "pods" {');
    expect(river).toMatch(/stage\.json \{\n\s+expressions = \{\n\s+level\s+= "level",\n\s+traceID = "traceID",/);
    expect(river).toContain(`url = "${LOKI_URL}/loki/api/v1/push"`);
    expect(river).toContain('external_labels = {\n    cluster = "lumen-prod",\n  }');
    for (const label of ['namespace', 'pod', 'container', 'app']) expect(river).toContain(`target_label  = "${label}"`);
  });

  test('OTLP gRPC 4317 and HTTP 4318 → batch → Tempo', () => {
    expect(river).toContain('otelcol.receiver.otlp "apps" {');
    expect(river).toContain('endpoint = "0.0.0.0:4317"');
    expect(river).toContain('endpoint = "0.0.0.0:4318"');
    expect(river).toContain(`endpoint = "${TEMPO_OTLP_GRPC_ENDPOINT}"`);
    expect(river).toContain('traces = [otelcol.exporter.otlp.tempo.input]');
    const ports = alloyValues(prod).values.alloy.extraPorts.map((p) => p.port);
    expect(ports).toEqual([4317, 4318]);
  });

  test('River is well formed: balanced braces, every referenced component declared', () => {
    expect((river.match(/\{/g) ?? []).length).toBe((river.match(/\}/g) ?? []).length);
    const declared = new Set([...river.matchAll(/^([a-z.]+) "([a-z_]+)" \{/gm)].map((m) => `${m[1]}.${m[2]}`));
    for (const m of river.matchAll(/\b((?:loki|otelcol|discovery)\.[a-z_.]+)\.(?:receiver|input|targets|output)\b/g)) {
      expect(declared.has(m[1])).toBe(true);
    }
  });

  test('the River writer: quoting, expressions, nesting, and throws on bad names', () => {
    expect(renderRiver([{ name: 'a.b', label: 'x', attrs: { s: 'q"uote', n: 1, t: true, l: ['x', riverExpr('y.z')], o: { 'k-1': 'v' } }, blocks: [{ name: 'c' }] }]))
      .toBe('a.b "x" {\n  s = "q\\"uote"\n  n = 1\n  t = true\n  l = ["x", y.z]\n  o = {\n    "k-1" = "v",\n  }\n\n  c { }\n}\n');
    expect(() => renderRiver([{ name: 'Bad Name' }])).toThrow('River block name must be dotted identifiers, got "Bad Name"');
    expect(() => renderRiver([{ name: 'a', label: 'not-ident' }])).toThrow('River block label must be an identifier');
    expect(() => riverExpr(' ')).toThrow('must not be empty');
    expect(alloyPipeline('c')[0]).toEqual({ name: 'logging', attrs: { level: 'info', format: 'json' } });
  });

  test('restricted namespace: no hostPath, non-root; applications reach the OTLP ports', () => {
    const values = alloyValues(prod).values;
    expect(values.alloy.mounts).toEqual({ varlog: false, dockercontainers: false, extra: [{ name: 'alloy-data', mountPath: ALLOY_STORAGE_PATH }] });
    // Positions and WAL on an emptyDir at the storage path: they outlive a container restart, no hostPath.
    expect(values.alloy.storagePath).toBe(ALLOY_STORAGE_PATH);
    expect(values.controller.volumes.extra).toEqual([{ name: 'alloy-data', emptyDir: { sizeLimit: '1Gi' } }]);
    expect(values.global.podSecurityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 473 });
    const objects = synth(new AlloyChart(testApp(), 'alloy', prod));
    expect(objects.find((o) => o.kind === 'Namespace').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    const names = objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => `${o.metadata.namespace}/${o.metadata.name}`);
    expect(names).toEqual(expect.arrayContaining(['lumen/allow-otlp-lumen-alloy-egress', 'alloy/allow-otlp-lumen-alloy-ingress', 'shop/allow-otlp-shop-alloy-egress',
      'alloy/allow-egress-loki', 'alloy/allow-egress-tempo', 'alloy/allow-egress-apiserver']));
  });
});

describe('falco', () => {
  const values = (env = prod) => falcoValues(env).values;

  test('modern eBPF with least privileges, container and k8smeta plugins from the internal registry', () => {
    const v = values();
    expect(v.driver).toMatchObject({ kind: 'modern_ebpf', modernEbpf: { leastPrivileged: true }, loader: { enabled: false } });
    expect(v.collectors.containerEngine).toEqual({ enabled: true, pluginRef: `192.168.2.2:5000/${FALCO_ARTIFACTS.containerPlugin.repository}:${FALCO_ARTIFACTS.containerPlugin.tag}` });
    expect(v.collectors.kubernetes.pluginRef).toBe(`192.168.2.2:5000/falcosecurity/plugins/plugin/k8smeta:${FALCO_ARTIFACTS.k8smetaPlugin.tag}`);
    expect(v['k8s-metacollector'].image.registry).toBe('192.168.2.2:5000');
  });

  test('falcoctl: no index, no follow, no dependency resolution; plain HTTP only for an insecure registry', () => {
    const v = values();
    expect(v.falcoctl.config.indexes).toEqual([]);
    expect(v.falcoctl.artifact.follow.enabled).toBe(false);
    expect(v.falcoctl.config.artifact.install).toEqual({ resolveDeps: false, refs: ['192.168.2.2:5000/falcosecurity/rules/falco-rules:5.0.0'] });
    expect(v.falcoctl.artifact.install.args).toContain('--plain-http');
    expect(values(testConfig()).falcoctl.artifact.install.args).toEqual(['--log-format=json']);
  });

  test('the seed\'s four rules, as a valid rules file mounted next to the defaults', () => {
    const file = yaml.load(values().customRules[LUMEN_RULES_FILE]) as any[];
    const rules = file.filter((i) => i.rule) as FalcoRule[];
    expect(rules.map((r) => [r.rule, r.priority])).toEqual([
      ['Lumen Contact K8S API Server From Application Container', 'WARNING'],
      ['Lumen Shell Spawned In Container', 'WARNING'],
      ['Lumen Write Below Etc In Container', 'ERROR'],
      ['Lumen Unexpected Outbound Connection', 'CRITICAL'],
    ]);
    for (const r of rules) expect(r.output).toMatch(/pod=%k8s\.pod\.name ns=%k8s\.ns\.name image=%container\.image\.repository/);
    expect(rules[2].condition).toContain('fd.name startswith /etc/');
    expect(file.find((i) => i.list === 'lumen_application_namespaces').items).toEqual(['"lumen"', '"shop"']);
    expect(file.find((i) => i.list === 'lumen_internal_networks').items).toContain('"192.168.0.0/16"');
  });

  test('the rules writer throws on undeclared lists/macros, duplicates and bad priorities', () => {
    const r: FalcoRule = { rule: 'R', desc: 'd', condition: 'lumen_missing', output: 'o', priority: 'WARNING', tags: [] };
    expect(() => falcoRulesYaml([r])).toThrow('rule R uses "lumen_missing", which is not declared before it');
    expect(() => falcoRulesYaml([{ ...r, condition: 'x' }, { ...r, condition: 'x' }])).toThrow('Falco rule "R" is declared twice');
    expect(() => falcoRulesYaml([{ ...r, condition: 'x', priority: 'LOUD' as never }])).toThrow(/'priority' must be one of EMERGENCY/);
    expect(() => falcoRulesYaml([{ macro: 'Bad', condition: 'x' }])).toThrow('lower_snake_case');
    expect(() => falcoRulesYaml([{ list: 'l', items: [] }])).toThrow('Falco list "l" must hold at least one item');
    expect(lumenFalcoRules().length).toBeGreaterThan(4);
  });

  test('privileged namespace with a reason, wave runtime-security, metrics scraped', () => {
    const chart = new FalcoChart(testApp(), 'falco', prod);
    expect(chart.wave).toBe(Waves.RUNTIME_SECURITY);
    const objects = synth(chart);
    const ns = objects.find((o) => o.kind === 'Namespace');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(ns.metadata.annotations[PSS_REASON_ANNOTATION]).toMatch(/eBPF/);
    expect(values().metrics.enabled).toBe(true);
    expect(values().serviceMonitor.create).toBe(true);
    expect(objects.find((o) => o.metadata.name === 'allow-egress-registry').spec.egress[0].to).toEqual([{ ipBlock: { cidr: '192.168.2.2/32' } }]);
    // A registry known by name: the private networks on its port, never the internet.
    const dv = synth(new FalcoChart(testApp(), 'falco', dev)).find((o) => o.metadata.name === 'allow-egress-registry').spec.egress[0];
    expect(dv.to.map((t: any) => t.ipBlock.cidr)).toEqual(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']);
    expect(dv.ports).toEqual([{ protocol: 'TCP', port: 5000 }]);
  });
});

describe('the whole platform (prod)', () => {
  const objects = renderApp(buildEnvironment(prod)).map((o) => o.manifest as any);
  const fromPrometheus = (peer: any) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'monitoring'
    && peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'prometheus';

  test('every port a component opens to Prometheus is one Prometheus may leave on (SCRAPE_PORTS)', () => {
    const opened = objects.filter((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace !== 'monitoring')
      .flatMap((o) => (o.spec.ingress ?? []).filter((r: any) => (r.from ?? []).some(fromPrometheus)).flatMap((r: any) => r.ports.map((p: any) => ({ np: `${o.metadata.namespace}/${o.metadata.name}`, port: p.port }))));
    expect(opened.length).toBeGreaterThan(5);
    expect(opened.filter((o: any) => !SCRAPE_PORTS.includes(o.port))).toEqual([]);
  });

  test('the issue\'s components are scraped: by our monitors or their chart\'s own', () => {
    const monitors = objects.filter((o) => o.kind === 'ServiceMonitor' || o.kind === 'PodMonitor').map((o) => `${o.metadata.namespace}/${o.metadata.name}`);
    expect(monitors).toEqual(expect.arrayContaining(['lumen/lumen-api', 'lumen/redis', 'cnpg-system/lumen-db', 'gatekeeper-system/gatekeeper', 'vault/vault-pods']));
    // The charts' own monitors, as rendered into dist/prod (the committed render, test/synth/environment.spec.ts).
    const rendered = [...committedTree('prod').keys()].filter((f) => /\/(Service|Pod)Monitor-[^/]+\.yaml$/.test(f));
    expect(rendered).toEqual(expect.arrayContaining([
      '10-core/cert-manager/ServiceMonitor-cert-manager.yaml', '20-dependencies/traefik/ServiceMonitor-traefik.yaml',
      '20-dependencies/cloudnative-pg/PodMonitor-cloudnative-pg.yaml', '30-controllers/argo-rollouts/ServiceMonitor-argo-rollouts.yaml',
      '60-runtime-security/falco/ServiceMonitor-falco.yaml',
      ...['application-controller', 'server', 'repo-server', 'applicationset-controller'].map((c) => `05-argocd/argocd/ServiceMonitor-argocd-${c}.yaml`),
    ]));
    // Vault: our PodMonitor of every pod; the chart's ServiceMonitor (the active pod only) is off.
    expect(rendered.filter((f) => f.startsWith('20-dependencies/vault/'))).toEqual(['20-dependencies/vault/PodMonitor-vault-pods.yaml']);
  });

  test('the rules and dashboards name jobs that exist: each service\'s ServiceMonitors select Services its regex matches', () => {
    const services = objects.filter((o) => o.kind === 'Service').map((o) => `${o.metadata.namespace}/${o.metadata.name}`);
    for (const s of monitoredServices(prod)) {
      const monitors = objects.filter((o) => o.kind === 'ServiceMonitor' && o.metadata.namespace === s.namespace && new RegExp(`^(${s.jobs})$`).test(o.metadata.name));
      expect({ service: s.name, monitors: monitors.length > 0 }).toEqual({ service: s.name, monitors: true });
      for (const m of monitors) expect(services).toContain(`${s.namespace}/${m.metadata.name}`);
    }
  });
});

describe('issue 16: alerts that reach a person, data that exists', () => {
  test('Alloy tails Pending pods (init containers stuck in the air gap), drops only finished ones', () => {
    const relabel = alloyPipeline('c').find((b) => b.name === 'discovery.relabel')!;
    const drop = relabel.blocks!.find((b) => b.attrs?.action === 'drop')!;
    expect(drop.attrs).toMatchObject({ source_labels: ['__meta_kubernetes_pod_phase'], regex: 'Succeeded|Failed|Unknown' });
    expect(String(drop.attrs!.regex)).not.toMatch(/Pending/);
  });

  test('Falco evaluates every rule on an event (rule_matching: all), so upstream rules cannot shadow the Lumen ones', () => {
    expect(falcoValues(prod).values.falco.rule_matching).toBe('all');
  });

  test('Tempo generates span metrics and service graphs and remote-writes them to Prometheus, which accepts them', () => {
    const t = tempoValues(prod).values;
    const cfg = yaml.load(t.config) as any;
    expect(t.tempo.metricsGenerator).toEqual({ enabled: true, remoteWriteUrl: `${PROMETHEUS_URL}/api/v1/write` });
    expect(cfg.metrics_generator.storage.remote_write).toEqual([{ url: `${PROMETHEUS_URL}/api/v1/write`, send_exemplars: true }]);
    // The chart mounts an emptyDir at /tmp only with metricsGenerator.enabled: the WAL must live there.
    expect(cfg.metrics_generator.storage.path).toMatch(/^\/tmp\//);
    expect(cfg.overrides.defaults.metrics_generator.processors).toEqual(['service-graphs', 'span-metrics']);
    expect(kubePrometheusStackValues(prod).values.prometheus.prometheusSpec.enableRemoteWriteReceiver).toBe(true);
    // Both halves of tempo → prometheus:9090.
    const tempo = synth(new TempoChart(testApp(), 'tempo', prod)).find((o) => o.metadata.name === 'allow-egress-prometheus-remote-write');
    expect(tempo.spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 9090 }]);
    const mon = synth(new MonitoringChart(testApp(), 'monitoring', prod)).find((o) => o.metadata.name === 'allow-ingress-prometheus-from-tempo');
    expect(mon.spec.ingress[0]).toMatchObject({ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'tempo' } } }], ports: [{ port: 9090 }] });
    // What Grafana's service map and trace → metrics links query now exists.
    const tempoDs = grafanaDatasources().datasources.find((d) => d.type === 'tempo')!;
    expect(tempoDs.jsonData.serviceMap).toEqual({ datasourceUid: DATASOURCES.prometheus.uid });
  });

  test('kube-prometheus-stack renders nothing into kube-system: CoreDNS, kube-dns, control-plane exporters off', () => {
    const v = kubePrometheusStackValues(prod).values;
    for (const k of ['coreDns', 'kubeDns', 'kubeControllerManager', 'kubeScheduler', 'kubeProxy', 'kubeEtcd'] as const) expect(v[k]).toEqual({ enabled: false });
    // Vault's service registration label, for LumenVaultSealed.
    expect(v['kube-state-metrics'].metricLabelsAllowlist).toEqual(['pods=[vault-sealed]']);
  });
});
