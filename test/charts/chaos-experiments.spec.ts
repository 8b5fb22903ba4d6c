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

  // Chaos Mesh matches destination IPs inside lumen-api's network namespace, where Service traffic still carries
  // the ClusterIP: the Services lumen-api dials must be externalTargets, a pod selector alone never matches them.
  test.each([
    ['lumen-api-redis-latency', ['redis-sentinel.lumen.svc.cluster.local'], { mode: 'all', selector: { namespaces: ['lumen'], labelSelectors: { app: 'redis' } } }],
    ['lumen-api-postgres-latency', ['lumen-db-rw.cnpg-system.svc.cluster.local', 'lumen-db-ro.cnpg-system.svc.cluster.local', 'lumen-db-r.cnpg-system.svc.cluster.local'], undefined],
  ])('NetworkChaos %s: +100 ms from lumen-api to the Services it dials (and pods it reaches directly), for 5 minutes', (name, services, target) => {
    const nc = byName(name);
    expect(nc.kind).toBe('NetworkChaos');
    expect(nc.spec).toMatchObject({
      action: 'delay', mode: 'all', direction: 'to', duration: '5m',
      delay: { latency: '100ms' },
      selector: { namespaces: ['lumen'], labelSelectors: { 'app.kubernetes.io/name': 'lumen-api' } },
    });
    expect(nc.spec.externalTargets).toEqual(services);
    expect(nc.spec.target).toEqual(target);
  });
  test.each(['dev', 'prod'] as const)('%s: every Service host lumen-api dials for PostgreSQL and Redis is an external target', (env) => {
    const config = overlay(env);
    const lumenApi = synth(new LumenApiChart(testApp(), 'lumen-api', config)).find((o) => o.kind === 'Rollout');
    const vars = Object.fromEntries(lumenApi.spec.template.spec.containers[0].env.filter((e: any) => e.value).map((e: any) => [e.name, e.value]));
    const dialled = [vars.PG_RW_DSN, vars.PG_RO_DSN, vars.REDIS_SENTINEL_ADDRS].map((v: string) => /([a-z0-9-]+\.[a-z0-9-]+\.svc\.cluster\.local)/.exec(v)![1]);
    const chaos = synth(new ChaosExperimentsChart(testApp(), 'chaos-experiments', config));
    const targets = chaos.filter((o) => o.kind === 'NetworkChaos').flatMap((o) => o.spec.externalTargets);
    expect(dialled).toHaveLength(3);
    for (const host of dialled) expect(targets).toContain(host);
  });

  test('not rendered without Chaos Mesh or without lumen-api', () => {
    for (const extra of ['components:\n  chaosMesh: { enabled: false }\n', 'services:\n  lumenApi: { enabled: false }\n']) {
      const app = testApp();
      buildChaosExperiments(app, testConfig(extra));
      expect(app.node.children).toHaveLength(0);
    }
  });
});
