import { buildChaosExperiments, ChaosExperimentsChart } from '../../src/charts/chaos-experiments';
import { LumenApiChart } from '../../src/charts/lumen-api';
import { Waves } from '../../src/constructs/waves';
import { overlay, synth, testApp, testConfig } from '../support/fixtures';

const prod = overlay('prod');
const chart = new ChaosExperimentsChart(testApp(), 'chaos-experiments', prod);
const objects = synth(chart);
const byName = (name: string) => objects.find((o) => o.metadata.name === name);

describe('chaos-experiments', () => {
  test('snapshot (prod)', () => {
    expect(objects).toMatchSnapshot();
  });

  test('its own Application: wave experiments, synced by hand only', () => {
    expect(chart.app).toBe('chaos-experiments');
    expect(chart.wave).toBe(Waves.EXPERIMENTS);
    expect(chart.automatedSync).toBe(false);
  });

  test('PodChaos: 50 % of lumen-api\'s pods down for 2 minutes (pod-failure honours duration)', () => {
    const pc = byName('lumen-api-pod-failure');
    expect(pc.kind).toBe('PodChaos');
    expect(pc.spec).toEqual({
      action: 'pod-failure', mode: 'fixed-percent', value: '50', duration: '2m',
      selector: { namespaces: ['lumen'], labelSelectors: { 'app.kubernetes.io/name': 'lumen-api', 'app.kubernetes.io/instance': 'lumen-api' } },
    });
  });

  test('the selector matches lumen-api\'s pods as rendered', () => {
    const rollout = synth(new LumenApiChart(testApp(), 'lumen-api', prod)).find((o) => o.kind === 'Rollout');
    expect(rollout.spec.template.metadata.labels).toMatchObject(byName('lumen-api-pod-failure').spec.selector.labelSelectors);
  });

  test.each([
    ['lumen-api-redis-latency', 'lumen', { app: 'redis' }],
    ['lumen-api-postgres-latency', 'cnpg-system', { 'cnpg.io/cluster': 'lumen-db' }],
  ])('NetworkChaos %s: +100 ms from lumen-api to the target only, for 5 minutes', (name, ns, labels) => {
    const nc = byName(name);
    expect(nc.kind).toBe('NetworkChaos');
    expect(nc.spec).toMatchObject({
      action: 'delay', mode: 'all', direction: 'to', duration: '5m',
      delay: { latency: '100ms' },
      selector: { namespaces: ['lumen'], labelSelectors: { 'app.kubernetes.io/name': 'lumen-api' } },
      target: { mode: 'all', selector: { namespaces: [ns], labelSelectors: labels } },
    });
  });

  test('not rendered without Chaos Mesh or without lumen-api', () => {
    for (const extra of ['components:\n  chaosMesh: { enabled: false }\n', 'services:\n  lumenApi: { enabled: false }\n']) {
      const app = testApp();
      buildChaosExperiments(app, testConfig(extra));
      expect(app.node.children).toHaveLength(0);
    }
  });
});
