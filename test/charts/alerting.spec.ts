import * as yaml from 'js-yaml';
import {
  ALERTMANAGER_SMTP_SECRET, alertmanagerConfig, alertingPorts, falcoCriticalExpr, kubePrometheusStackValues, MonitoringChart,
  MonitoringConfigChart, RECEIVERS,
} from '../../src/charts/monitoring';
import { VAULT_PORT, VaultChart, vaultValues } from '../../src/charts/vault';
import { synth, overlay, testApp, testConfig } from '../support/fixtures';
import { runIn, tool } from '../support/promtool';

const prod = overlay('prod');

/** The rules exactly as rendered: the PrometheusRule's groups, as a Prometheus rule file. */
function ruleFile(config = prod, patch?: (rules: any[]) => void): string {
  const rule = synth(new MonitoringConfigChart(testApp(), 'monitoring-config', config)).find((o) => o.kind === 'PrometheusRule');
  const groups = rule.spec.groups;
  if (patch) patch(groups.flatMap((g: any) => g.rules));
  return yaml.dump({ groups }, { noRefs: true, lineWidth: -1 });
}

/** One `promtool test rules` case: input series (1 m apart) and the alerts expected at each time. */
interface Case {
  readonly name: string;
  readonly series: Record<string, string>;
  readonly expect: { readonly at: string; readonly alert: string; readonly alerts: { labels: Record<string, string>; annotations?: Record<string, string> }[] }[];
}

function promtoolTest(cases: Case[], rules = ruleFile()): { status: number | null; output: string } {
  const tests = cases.map((c) => ({
    name: c.name,
    interval: '1m',
    input_series: Object.entries(c.series).map(([series, values]) => ({ series, values })),
    alert_rule_test: c.expect.map((e) => ({
      eval_time: e.at, alertname: e.alert,
      exp_alerts: e.alerts.map((a) => ({ exp_labels: a.labels, ...(a.annotations ? { exp_annotations: a.annotations } : {}) })),
    })),
  }));
  const file = yaml.dump({ rule_files: ['rules.yaml'], evaluation_interval: '1m', tests }, { noRefs: true, lineWidth: -1 });
  return runIn({ 'rules.yaml': rules, 'tests.yaml': file }, tool('promtool'), ['test', 'rules', 'tests.yaml']);
}

const FALCO_DESCRIPTION = 'Falco matched a rule of priority Critical or above in the last 5 minutes: see the event in Loki ({namespace="falco"}).';
const VAULT_DESCRIPTION = 'A sealed Vault serves no secret and signs no certificate: unseal it (04-ansible unseal.yml). Without a pod label no Vault pod reports unsealed at all (all sealed, down, or not scraped).';
const outbound = 'falcosecurity_falco_rules_matches_total{rule_name="Lumen Unexpected Outbound Connection", priority="2", pod="falco-abcde"}';
const falcoAlert = { labels: { severity: 'critical', rule_name: 'Lumen Unexpected Outbound Connection', priority: '2' }, annotations: { summary: 'Falco: Lumen Unexpected Outbound Connection', description: FALCO_DESCRIPTION } };
// Falco exports a rule's counter only from its first match on: 5 minutes without the series, then 1.
const firstMatch = '_ _ _ _ _ 1 1 1 1 1 1 1 1 1 1 1';

const FALCO_CASES: Case[] = [
  {
    name: 'Falco: the first match of a rule (the series appears at 1) fires, and stops once it is 5 minutes old',
    series: { [outbound]: firstMatch },
    expect: [
      { at: '4m', alert: 'LumenFalcoCriticalEvent', alerts: [] },
      { at: '6m', alert: 'LumenFalcoCriticalEvent', alerts: [falcoAlert] },
      { at: '9m', alert: 'LumenFalcoCriticalEvent', alerts: [falcoAlert] },
      { at: '12m', alert: 'LumenFalcoCriticalEvent', alerts: [] },
    ],
  },
  {
    name: 'Falco: a later match (the counter goes up) fires again',
    series: { [outbound]: '1 1 1 1 1 1 1 1 1 1 2 2 2 2 2 2' },
    expect: [
      { at: '8m', alert: 'LumenFalcoCriticalEvent', alerts: [] },
      { at: '11m', alert: 'LumenFalcoCriticalEvent', alerts: [falcoAlert] },
    ],
  },
  {
    name: 'Falco: a new Warning-priority rule does not page',
    series: { 'falcosecurity_falco_rules_matches_total{rule_name="Lumen Shell Spawned In Container", priority="4", pod="falco-abcde"}': firstMatch },
    expect: [{ at: '6m', alert: 'LumenFalcoCriticalEvent', alerts: [] }],
  },
];

const VAULT_CASES: Case[] = [
  {
    name: 'Vault: a sealed standby (labelled vault-sealed=true by service registration) fires with its pod',
    series: {
      'vault_core_unsealed{namespace="vault", pod="vault-0"}': '1x10',
      'kube_pod_labels{namespace="vault", pod="vault-0", label_vault_sealed="false"}': '1x10',
      'kube_pod_labels{namespace="vault", pod="vault-1", label_vault_sealed="true"}': '1x10',
    },
    expect: [{
      at: '3m', alert: 'LumenVaultSealed',
      alerts: [{ labels: { severity: 'critical', namespace: 'vault', pod: 'vault-1' }, annotations: { summary: 'Vault vault-1 is sealed', description: VAULT_DESCRIPTION } }],
    }],
  },
  {
    name: 'Vault: a pod that reports vault_core_unsealed 0 fires',
    series: {
      'vault_core_unsealed{namespace="vault", pod="vault-0"}': '1x10',
      'vault_core_unsealed{namespace="vault", pod="vault-2"}': '0x10',
    },
    expect: [{
      at: '3m', alert: 'LumenVaultSealed',
      alerts: [{ labels: { severity: 'critical', namespace: 'vault', pod: 'vault-2' }, annotations: { summary: 'Vault vault-2 is sealed', description: VAULT_DESCRIPTION } }],
    }],
  },
  {
    name: 'Vault: no pod reports unsealed at all (all sealed, down or not scraped): absent() fires without a pod',
    series: { 'kube_pod_labels{namespace="vault", pod="vault-0", label_vault_sealed="true"}': '_x10' },
    expect: [{
      at: '3m', alert: 'LumenVaultSealed',
      alerts: [{ labels: { severity: 'critical' }, annotations: { summary: 'Vault (no pod reports unsealed) is sealed', description: VAULT_DESCRIPTION } }],
    }],
  },
  {
    name: 'Vault: every pod unsealed: silence',
    series: {
      'vault_core_unsealed{namespace="vault", pod="vault-0"}': '1x10',
      'kube_pod_labels{namespace="vault", pod="vault-0", label_vault_sealed="false"}': '1x10',
      'kube_pod_labels{namespace="vault", pod="vault-1", label_vault_sealed="false"}': '1x10',
    },
    expect: [{ at: '5m', alert: 'LumenVaultSealed', alerts: [] }],
  },
];

describe('alert rules under promtool test rules (input series → expected alerts)', () => {
  test('promtool is there (scripts/install-promtool.sh; CI installs it)', () => {
    expect(tool('promtool')).toMatch(/promtool$/);
  });

  test('the rendered rules pass promtool check rules', () => {
    const r = runIn({ 'rules.yaml': ruleFile() }, tool('promtool'), ['check', 'rules', 'rules.yaml']);
    expect(r).toMatchObject({ status: 0 });
  });

  test('Falco: first match, later match, below Critical', () => {
    const r = promtoolTest(FALCO_CASES);
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  test('Falco: the cases catch the old increase()-only rule, which misses the first match (prometheus#1673)', () => {
    const old = ruleFile(prod, (rules) => {
      const falco = rules.find((x) => x.alert === 'LumenFalcoCriticalEvent');
      falco.expr = 'sum by (rule_name, priority) (increase(falcosecurity_falco_rules_matches_total{priority=~"0|1|2"}[5m])) > 0';
    });
    const r = promtoolTest(FALCO_CASES.slice(0, 1), old);
    expect(r.status).not.toBe(0);
    expect(falcoCriticalExpr()).toContain(' unless ');
  });

  test('Vault: sealed pod, reported 0, nothing reported, all unsealed', () => {
    const r = promtoolTest(VAULT_CASES);
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  test('without Vault there is no Vault rule', () => {
    const rules = yaml.load(ruleFile(testConfig('components: { vault: { enabled: false } }'))) as any;
    expect(rules.groups.flatMap((g: any) => g.rules.map((r: any) => r.alert))).not.toContain('LumenVaultSealed');
  });
});

describe('Alertmanager routing (amtool)', () => {
  const amConfig = (config = prod) => yaml.dump(alertmanagerConfig(config), { noRefs: true, lineWidth: -1 });
  const route = (labels: string[], config = prod) => {
    const r = runIn({ 'am.yaml': amConfig(config) }, tool('amtool'), ['config', 'routes', 'test', '--config.file=am.yaml', ...labels]);
    expect(r.status).toBe(0);
    return r.output.split('\n').filter((l) => l && !l.startsWith('Warning')).join('\n').trim();
  };

  test('the rendered configuration passes amtool check-config', () => {
    const r = runIn({ 'am.yaml': amConfig() }, tool('amtool'), ['check-config', 'am.yaml']);
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  test('critical pages the on-call list, warning (or no severity) the platform list, info nobody, Watchdog the dead man\'s switch', () => {
    expect(route(['alertname=LumenVaultSealed', 'severity=critical'])).toBe(RECEIVERS.critical);
    expect(route(['alertname=KubePodCrashLooping', 'severity=warning'])).toBe(RECEIVERS.warning);
    expect(route(['alertname=Unlabelled'])).toBe(RECEIVERS.warning);
    expect(route(['alertname=KubeQuotaAlmostFull', 'severity=info'])).toBe(RECEIVERS.none);
    expect(route(['alertname=Watchdog', 'severity=none'])).toBe(RECEIVERS.deadMansSwitch);
    expect(route(['alertname=InfoInhibitor', 'severity=none'])).toBe(RECEIVERS.none);
  });

  test('defaults come from the cluster\'s domain; the overlay overrides them', () => {
    const c = alertmanagerConfig(prod);
    expect(c.global).toMatchObject({ smtp_smarthost: 'smtp.airgap.local:25', smtp_from: 'alertmanager@airgap.local', smtp_require_tls: true });
    expect(c.receivers).toEqual(expect.arrayContaining([
      { name: RECEIVERS.critical, email_configs: [{ to: 'oncall@airgap.local', send_resolved: true }] },
      { name: RECEIVERS.deadMansSwitch, webhook_configs: [{ url: 'http://deadmanswitch.airgap.local/ping/lumen-prod', send_resolved: false }] },
    ]));
    const custom = testConfig(`components:
  monitoring:
    alerting:
      smarthost: relay.mail.example.lan:587
      criticalTo: pager@example.lan
      deadMansSwitchUrl: https://heartbeat.example.lan/lumen
      egressCidrs: [10.9.0.0/24]`);
    const cc = alertmanagerConfig(custom);
    expect(cc.global.smtp_smarthost).toBe('relay.mail.example.lan:587');
    expect(cc.receivers.find((r) => r.name === RECEIVERS.critical)?.email_configs).toEqual([{ to: 'pager@example.lan', send_resolved: true }]);
    expect(alertingPorts(custom)).toEqual([443, 587]);
    const egress = synth(new MonitoringChart(testApp(), 'monitoring', custom)).find((o) => o.metadata.name === 'allow-egress-alertmanager-receivers');
    expect(egress.spec).toMatchObject({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'alertmanager' } },
      egress: [{ to: [{ ipBlock: { cidr: '10.9.0.0/24' } }], ports: [{ protocol: 'TCP', port: 443 }, { protocol: 'TCP', port: 587 }] }],
    });
  });

  test('SMTP AUTH: the password is a file from a Vault-backed Secret, never in the values', () => {
    const c = testConfig('components: { monitoring: { alerting: { auth: { username: alertmanager } } } }');
    const { values } = kubePrometheusStackValues(c);
    expect(values.alertmanager.config.global).toMatchObject({
      smtp_auth_username: 'alertmanager', smtp_auth_password_file: `/etc/alertmanager/secrets/${ALERTMANAGER_SMTP_SECRET}/password`,
    });
    expect(JSON.stringify(values)).not.toMatch(/smtp_auth_password"/);
    expect(values.alertmanager.alertmanagerSpec.secrets).toEqual([ALERTMANAGER_SMTP_SECRET]);
    const secret = synth(new MonitoringChart(testApp(), 'monitoring', c)).find((o) => o.kind === 'VaultStaticSecret' && o.metadata.name === ALERTMANAGER_SMTP_SECRET);
    expect(secret.spec).toMatchObject({ path: 'monitoring/alertmanager-smtp', destination: { name: ALERTMANAGER_SMTP_SECRET } });
    expect(kubePrometheusStackValues(prod).values.alertmanager.alertmanagerSpec.secrets).toEqual([]);
    expect(() => new MonitoringChart(testApp(), 'monitoring', testConfig('components: { vaultSecretsOperator: { enabled: false }, monitoring: { alerting: { auth: { username: a } } } }')))
      .toThrow("'components.monitoring.alerting.auth' needs components.vaultSecretsOperator");
  });
});

describe('Vault: every pod scraped, sealed and standby ones included', () => {
  test('a PodMonitor of every server pod replaces the chart\'s ServiceMonitor (which selects vault-active only)', () => {
    expect(vaultValues(prod).values.serverTelemetry.serviceMonitor.enabled).toBe(false);
    const objects = synth(new VaultChart(testApp(), 'vault', prod));
    expect(objects.filter((o) => o.kind === 'ServiceMonitor')).toEqual([]);
    const pm = objects.find((o) => o.kind === 'PodMonitor');
    expect(pm.spec).toEqual({
      selector: { matchLabels: { 'app.kubernetes.io/name': 'vault', component: 'server' } },
      namespaceSelector: { matchNames: ['vault'] },
      podMetricsEndpoints: [{ port: 'http', path: '/v1/sys/metrics', interval: '30s', params: { format: ['prometheus'] } }],
    });
    // Its label selector has no vault-active: sealed pods stay targets.
    expect(JSON.stringify(pm.spec)).not.toContain('vault-active');
    const flow = objects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'allow-ingress-prometheus-vault-pods');
    expect(flow.spec).toMatchObject({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'vault', component: 'server' } },
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }], ports: [{ protocol: 'TCP', port: VAULT_PORT }] }],
    });
  });
});
