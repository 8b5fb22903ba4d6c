import { LumenChart } from '../../src/constructs/lumen-chart';
import { Monitor, MONITORING_NAMESPACE, MonitorProps, PodsMonitor, PodsMonitorProps } from '../../src/constructs/service-monitor';
import { Waves } from '../../src/constructs/waves';
import { synth, testApp, testConfig } from '../support/fixtures';

function render(props: MonitorProps, id = 'lumen-api'): { monitor: Monitor; objects: any[] } {
  const chart = new LumenChart(testApp(), 'test', { config: testConfig(), wave: Waves.APPLICATIONS, namespace: props.namespace });
  const monitor = new Monitor(chart, id, props);
  return { monitor, objects: synth(chart) };
}

describe('Monitor', () => {
  test('defaults: port metrics, /metrics, 30s, in the Service namespace only, no flow', () => {
    const { monitor, objects } = render({ namespace: 'lumen', selector: { 'app.kubernetes.io/name': 'lumen-api' } });
    expect(objects).toHaveLength(1);
    const sm = objects[0];
    expect(sm.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(sm.kind).toBe('ServiceMonitor');
    expect(sm.metadata).toMatchObject({ name: 'lumen-api', namespace: 'lumen' });
    expect(sm.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'lumen-api' } });
    expect(sm.spec.namespaceSelector).toEqual({ matchNames: ['lumen'] });
    expect(sm.spec.endpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '30s' }]);
    expect(monitor.flow).toBeUndefined();
  });

  test('podLabels + targetPort open prometheus → pods on the ingress side', () => {
    const { objects } = render({
      namespace: 'lumen', selector: { app: 'lumen-api' }, port: 'http-metrics', path: '/stats', interval: '15s',
      podLabels: { app: 'lumen-api' }, targetPort: 9090,
    });
    const sm = objects.find((o) => o.kind === 'ServiceMonitor');
    expect(sm.spec.endpoints).toEqual([{ port: 'http-metrics', path: '/stats', interval: '15s' }]);
    const np = objects.find((o) => o.kind === 'NetworkPolicy');
    expect(np.metadata).toMatchObject({ name: 'allow-ingress-prometheus-lumen-api', namespace: 'lumen' });
    expect(np.spec.podSelector).toEqual({ matchLabels: { app: 'lumen-api' } });
    expect(np.spec.policyTypes).toEqual(['Ingress']);
    expect(np.spec.ingress).toEqual([{
      from: [{
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': MONITORING_NAMESPACE } },
        podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } },
      }],
      ports: [{ protocol: 'TCP', port: 9090 }],
    }]);
  });

  test.each([
    [{ selector: {} }, /'selector' must name at least one label/],
    [{ port: 'Metrics_Port' }, /'port' must be a Service port name, got "Metrics_Port"/],
    [{ path: 'metrics' }, /'path' must start with "\/", got "metrics"/],
    [{ interval: '30 seconds' }, /'interval' must be a Prometheus duration such as 30s, got "30 seconds"/],
    [{ podLabels: { app: 'x' } }, /'podLabels' and 'targetPort' go together .* podLabels only/],
    [{ targetPort: 9090 }, /'podLabels' and 'targetPort' go together .* targetPort only/],
    [{ podLabels: { app: 'x' }, targetPort: 70000 }, /'ports' must be 1..65535, got 70000/],
  ] as const)('throws on bad props %#', (bad, message) => {
    expect(() => render({ namespace: 'lumen', selector: { app: 'x' }, ...bad } as MonitorProps)).toThrow(message);
  });
});

describe('PodsMonitor', () => {
  const render = (props: PodsMonitorProps) => {
    const chart = new LumenChart(testApp(), 'test', { config: testConfig(), wave: Waves.DEPENDENCIES_CONFIG, namespace: props.namespace });
    new PodsMonitor(chart, 'lumen-db', props);
    return synth(chart);
  };

  test('a PodMonitor on the pods\' named port, and prometheus → pods', () => {
    const objects = render({ namespace: 'cnpg-system', selector: { 'cnpg.io/cluster': 'lumen-db' }, port: 'metrics', targetPort: 9187 });
    const pm = objects.find((o) => o.kind === 'PodMonitor');
    expect(pm.metadata).toMatchObject({ name: 'lumen-db', namespace: 'cnpg-system' });
    expect(pm.spec).toEqual({
      selector: { matchLabels: { 'cnpg.io/cluster': 'lumen-db' } },
      namespaceSelector: { matchNames: ['cnpg-system'] },
      podMetricsEndpoints: [{ port: 'metrics', path: '/metrics', interval: '30s' }],
    });
    const np = objects.find((o) => o.kind === 'NetworkPolicy');
    expect(np.metadata.name).toBe('allow-ingress-prometheus-lumen-db');
    expect(np.spec.podSelector).toEqual({ matchLabels: { 'cnpg.io/cluster': 'lumen-db' } });
    expect(np.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 9187 }]);
  });

  test.each([
    [{ selector: {} }, /'selector' must name at least one label of the pods/],
    [{ port: 'METRICS' }, /'port' must be a container port name, got "METRICS"/],
    [{ interval: 'soon' }, /'interval' must be a Prometheus duration/],
    [{ targetPort: 0 }, /'ports' must be 1..65535, got 0/],
  ] as const)('throws on bad props %#', (bad, message) => {
    expect(() => render({ namespace: 'x', selector: { a: 'b' }, port: 'metrics', targetPort: 9187, ...bad } as PodsMonitorProps)).toThrow(message);
  });
});
