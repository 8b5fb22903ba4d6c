import {
  Dashboard, dashboardModel, DASHBOARD_FOLDER_ANNOTATION, DASHBOARD_LABEL, DASHBOARD_SCHEMA_VERSION, DATASOURCES, logs, PanelSpec, row, stat, timeseries,
} from '../../src/constructs/grafana-dashboard';
import { LumenChart } from '../../src/constructs/lumen-chart';
import { AlertRule, AlertRules, RuleGroup } from '../../src/constructs/prometheus-rules';
import { Waves } from '../../src/constructs/waves';
import { synth, testApp, testConfig } from '../support/fixtures';
import { parseLogql, parsePromql } from '../support/promql';

function chart(): LumenChart {
  return new LumenChart(testApp(), 'test', { config: testConfig(), wave: Waves.OBSERVABILITY_CONFIG, namespace: 'monitoring' });
}

describe('the PromQL helper (real grammar)', () => {
  test('reads metrics, matchers, functions and the threshold', () => {
    const s = parsePromql('sum by (job) (rate(http_requests_total{job="a", code=~"5.."}[5m])) / sum by (job) (rate(http_requests_total{job="a"}[5m])) > 0.01');
    expect(s.errors).toEqual([]);
    expect(s.metrics).toEqual(['http_requests_total', 'http_requests_total']);
    expect(s.matchers).toContainEqual({ metric: 'http_requests_total', label: 'code', op: '=~', value: '5..' });
    expect(s.functions).toEqual(expect.arrayContaining(['sum', 'rate']));
    expect(s.comparison).toEqual({ op: '>', value: 0.01 });
  });
  test('reports syntax errors', () => {
    expect(parsePromql('sum(rate(foo[5m]) >').errors.length).toBeGreaterThan(0);
    expect(parseLogql('{app="x" | json').errors.length).toBeGreaterThan(0);
  });
});

describe('AlertRules', () => {
  const rule: AlertRule = { alert: 'SomethingBroke', expr: 'up == 0', severity: 'critical', summary: 's', description: 'd' };

  test('one PrometheusRule, severity label, annotations, for defaults to 5m', () => {
    const c = chart();
    new AlertRules(c, 'lumen-alerts', { namespace: 'monitoring', groups: [{ name: 'g', rules: [rule, { ...rule, alert: 'Other', for: '0m', severity: 'info' }] }] });
    const [pr] = synth(c);
    expect(pr.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(pr.kind).toBe('PrometheusRule');
    expect(pr.metadata).toMatchObject({ name: 'lumen-alerts', namespace: 'monitoring' });
    expect(pr.spec.groups[0].rules[0]).toEqual({
      alert: 'SomethingBroke', expr: 'up == 0', for: '5m', labels: { severity: 'critical' }, annotations: { summary: 's', description: 'd' },
    });
    expect(pr.spec.groups[0].rules[1].for).toBe('0m');
  });

  test.each([
    [[], /'groups' must hold at least one group/],
    [[{ name: 'g', rules: [] }], /'rules' must hold at least one rule \(group g\)/],
    [[{ name: 'g', rules: [rule] }, { name: 'g', rules: [{ ...rule, alert: 'B' }] }], /'groups' has "g" twice/],
    [[{ name: 'g', rules: [rule, rule] }], /'alert' SomethingBroke is defined twice/],
    [[{ name: 'g', rules: [{ ...rule, alert: 'lower_case' }] }], /'alert' must be UpperCamelCase, got "lower_case"/],
    [[{ name: 'g', rules: [{ ...rule, for: '5 minutes' }] }], /'for' must be a Prometheus duration such as 5m, got "5 minutes"/],
    [[{ name: 'g', rules: [{ ...rule, severity: 'page' as never }] }], /'severity' must be one of critical, warning, info, got "page"/],
    [[{ name: 'g', rules: [{ ...rule, expr: ' ' }] }], /'expr' must not be empty/],
    [[{ name: 'g', interval: 'often', rules: [rule] }], /'interval' must be a Prometheus duration, got "often"/],
  ] as [RuleGroup[], RegExp][])('throws on bad groups %#', (groups, message) => {
    expect(() => new AlertRules(chart(), 'x', { namespace: 'monitoring', groups })).toThrow(message);
  });
});

describe('Dashboard', () => {
  const panels: PanelSpec[] = [
    stat({ title: 'RPS', query: { expr: 'sum(rate(x[5m]))' }, unit: 'reqps' }),
    stat({ title: 'Errors', query: { expr: 'sum(rate(x{code=~"5.."}[5m]))' }, threshold: 0.01 }),
    row('Traffic'),
    timeseries({ title: 'A', queries: [{ expr: 'up', legend: '{{pod}}' }, { expr: 'up' }] }),
    timeseries({ title: 'B', queries: [{ expr: 'up' }], width: 16 }),
    logs({ title: 'Logs', query: '{namespace="lumen"}' }),
  ];

  test('valid JSON model: schemaVersion, ids, gridPos laid out on 24 columns, datasource uids on every target', () => {
    const m = dashboardModel({ uid: 'lumen-x', title: 'X', panels });
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(m.schemaVersion).toBe(DASHBOARD_SCHEMA_VERSION);
    expect(m.panels.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(m.panels.map((p) => p.gridPos)).toEqual([
      { x: 0, y: 0, w: 6, h: 4 }, { x: 6, y: 0, w: 6, h: 4 },
      { x: 0, y: 4, w: 24, h: 1 },
      { x: 0, y: 5, w: 12, h: 8 }, { x: 0, y: 13, w: 16, h: 8 },
      { x: 0, y: 21, w: 24, h: 10 },
    ]);
    for (const p of m.panels.filter((x) => x.type !== 'row')) {
      for (const t of p.targets) expect(t.datasource).toEqual(p.type === 'logs' ? DATASOURCES.loki : DATASOURCES.prometheus);
      expect(p.datasource).toEqual(p.targets[0].datasource);
    }
    expect(m.panels[3].targets.map((t: any) => t.refId)).toEqual(['A', 'B']);
    expect(m.panels[3].targets[0].legendFormat).toBe('{{pod}}');
    expect(m.panels[1].fieldConfig.defaults.thresholds.steps).toEqual([{ color: 'green', value: null }, { color: 'red', value: 0.01 }]);
  });

  test('a ConfigMap dashboard-<uid> labelled for the sidecar, in a folder', () => {
    const c = chart();
    new Dashboard(c, 'd', { namespace: 'monitoring', uid: 'Lumen_X', title: 'X', panels, folder: 'Shop' });
    const [cm] = synth(c);
    expect(cm.kind).toBe('ConfigMap');
    expect(cm.metadata.name).toBe('dashboard-lumen-x');
    expect(cm.metadata.labels[DASHBOARD_LABEL]).toBe('1');
    expect(cm.metadata.annotations[DASHBOARD_FOLDER_ANNOTATION]).toBe('Shop');
    expect(JSON.parse(cm.data['Lumen_X.json']).uid).toBe('Lumen_X');
  });

  test.each([
    [{ uid: 'has space' }, /'uid' must be 1..40 letters, digits, - or _, got "has space"/],
    [{ uid: 'x'.repeat(41) }, /'uid' must be 1..40/],
    [{ title: ' ' }, /'title' must not be empty/],
    [{ panels: [] }, /'panels' must hold at least one panel/],
    [{ refresh: 'fast' }, /'refresh' must be a period such as 30s, got "fast"/],
    [{ panels: [timeseries({ title: 'T', queries: [] })] }, /'queries' must hold at least one query \(dashboard d, panel "T"\)/],
    [{ panels: [timeseries({ title: 'T', queries: [{ expr: 'up' }], width: 25 })] }, /'width' must be 1..24, got 25/],
    [{ panels: [logs({ title: 'L', query: 'namespace="x"' })] }, /'query' must be LogQL starting with a stream selector/],
  ])('throws on bad props %#', (bad, message) => {
    expect(() => dashboardModel({ uid: 'd', title: 'D', panels, ...bad })).toThrow(message);
  });
});
