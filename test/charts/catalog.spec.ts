import { CatalogChart, catalogPath, mongodbUri } from '../../src/charts/catalog';
import { EDGE_AUTH_MIDDLEWARE } from '../../src/charts/edge-auth';
import { CATALOG_MONGODB } from '../../src/charts/mongodb';
import { SHOP_CACHE } from '../../src/charts/shop-cache';
import { Waves } from '../../src/constructs/waves';
import { ENVS, overlay, synth, testApp, testConfig } from '../support/fixtures';
import { flowSummary } from '../support/flows';

const prod = overlay('prod');
const dev = overlay('dev');
const render = (config = prod) => {
  const chart = new CatalogChart(testApp(), 'catalog', config);
  return { chart, objects: synth(chart) };
};
const { chart, objects } = render();
const ofKind = (o: any[], kind: string) => o.filter((x) => x.kind === kind);
const named = (o: any[], kind: string, name: string) => o.find((x) => x.kind === kind && x.metadata.name === name);
const envOf = (o: any[], group: string) => Object.fromEntries(named(o, 'Rollout', group).spec.template.spec.containers[0].env.map((e: any) => [e.name, e]));

describe('catalog', () => {
  test('snapshot (prod)', () => {
    expect(objects).toMatchSnapshot();
  });

  test('wave applications, namespace shop', () => {
    expect(chart.wave).toBe(Waves.APPLICATIONS);
    expect(chart.namespace).toBe('shop');
  });

  test('one deployment group (Rollout, Service, HPA, PDB, analysis) per API version', () => {
    for (const kind of ['Rollout', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'AnalysisTemplate', 'ServiceMonitor']) {
      expect(ofKind(objects, kind).map((o) => o.metadata.name).sort()).toEqual(kind === 'AnalysisTemplate' ? ['catalog-v1-error-rate', 'catalog-v2-error-rate'] : ['catalog-v1', 'catalog-v2']);
    }
    // Each version runs by its own digest (prod enforces signatures).
    expect(named(objects, 'Rollout', 'catalog-v1').spec.template.spec.containers[0].image).toBe(`192.168.2.2:5000/shop/catalog:${prod.services.catalog.v1.tag}@${prod.services.catalog.v1.digest}`);
    expect(named(objects, 'Rollout', 'catalog-v2').spec.template.spec.containers[0].image).toBe(`192.168.2.2:5000/shop/catalog:${prod.services.catalog.image.tag}@${prod.services.catalog.image.digest}`);
    expect(prod.services.catalog.v1.digest).not.toBe(prod.services.catalog.image.digest);
  });

  test('/api/v1 and /api/v2 routed by Traefik to distinct groups, both behind the JWT edge', () => {
    const [ir] = ofKind(objects, 'IngressRoute');
    expect(ir.spec.routes).toEqual([
      { match: 'Host(`shop.airgap.local`) && PathPrefix(`/api/v1/catalog`)', middlewares: [{ name: EDGE_AUTH_MIDDLEWARE }], services: [{ name: 'catalog-v1', port: 8080 }] },
      { match: 'Host(`shop.airgap.local`) && PathPrefix(`/api/v2/catalog`)', middlewares: [{ name: EDGE_AUTH_MIDDLEWARE }], services: [{ name: 'catalog-v2', port: 8080 }] },
    ]);
    // Each route's Service selects only its own group's pods.
    expect(named(objects, 'Service', 'catalog-v1').spec.selector).toEqual({ 'app.kubernetes.io/name': 'catalog-v1', 'app.kubernetes.io/instance': 'catalog-v1' });
    expect(named(objects, 'Service', 'catalog-v2').spec.selector).toEqual({ 'app.kubernetes.io/name': 'catalog-v2', 'app.kubernetes.io/instance': 'catalog-v2' });
    expect(envOf(objects, 'catalog-v1').API_PATH_PREFIX.value).toBe(catalogPath('v1'));
    expect(envOf(objects, 'catalog-v2').API_PATH_PREFIX.value).toBe('/api/v2/catalog');
  });

  test('retiring v1 leaves /api/v2 alone', () => {
    const o = render(testConfig('services:\n  catalog: { v1: { enabled: false } }\n')).objects;
    expect(ofKind(o, 'Rollout').map((r) => r.metadata.name)).toEqual(['catalog-v2']);
    expect(ofKind(o, 'IngressRoute')[0].spec.routes.map((r: any) => r.services[0].name)).toEqual(['catalog-v2']);
  });

  test('X-User-Country reaches it from the edge (header name in the environment)', () => {
    expect(envOf(objects, 'catalog-v2').USER_COUNTRY_HEADER.value).toBe('X-User-Country');
  });

  test('MongoDB through the mongos routers, Redis cache with the seed\'s key conventions', () => {
    const env = envOf(objects, 'catalog-v2');
    expect(env.MONGODB_URI.value).toBe(mongodbUri());
    expect(mongodbUri()).toBe('mongodb://$(MONGODB_USERNAME):$(MONGODB_PASSWORD)@catalog-mongodb-mongos.mongodb.svc.cluster.local:27017/catalog?authSource=admin');
    expect(env.CACHE_ADDR.value).toBe('shop-cache.shop.svc.cluster.local:6379');
    expect(env.CACHE_KEY_TEMPLATE.value).toBe('tenant:{tenant_id}:country:{country_code}:catalog');
    expect(env.CACHE_TTL_SECONDS.value).toBe('3600');
  });

  test('flows: each group → mongos 27017, → cache 6379, → alloy; traefik and prometheus in; nothing else', () => {
    const me = (g: string) => `shop/app.kubernetes.io/instance=${g},app.kubernetes.io/name=${g}`;
    const expected = ['catalog-v1', 'catalog-v2'].flatMap((g) => [
      `egress ${me(g)} → alloy/app.kubernetes.io/name=alloy 4317`,
      `egress ${me(g)} → mongodb/app.kubernetes.io/component=mongos,app.kubernetes.io/instance=catalog-mongodb,app.kubernetes.io/name=percona-server-mongodb 27017`,
      `egress ${me(g)} → shop/app.kubernetes.io/instance=shop-cache,app.kubernetes.io/name=shop-cache 6379`,
      `ingress mongodb/app.kubernetes.io/component=mongos,app.kubernetes.io/instance=catalog-mongodb,app.kubernetes.io/name=percona-server-mongodb ← ${me(g)} 27017`,
      `ingress shop/app.kubernetes.io/instance=shop-cache,app.kubernetes.io/name=shop-cache ← ${me(g)} 6379`,
      `ingress ${me(g)} ← monitoring/app.kubernetes.io/name=prometheus 9090`,
      `ingress ${me(g)} ← traefik/app.kubernetes.io/name=traefik 8080`,
      `egress traefik/app.kubernetes.io/name=traefik → ${me(g)} 8080`,
    ]);
    expect(ofKind(objects, 'NetworkPolicy').map(flowSummary).sort()).toEqual(expected.sort());
  });

  test('HA in prod, single instances in dev', () => {
    const min = (o: any[]) => ofKind(o, 'HorizontalPodAutoscaler').map((h) => h.spec.minReplicas);
    expect(min(objects)).toEqual([2, 2]);
    expect(min(render(dev).objects)).toEqual([1, 1]);
  });

  test.each(ENVS)('credentials are only referenced (%s)', (env) => {
    const o = render(overlay(env)).objects;
    expect(ofKind(o, 'Secret')).toHaveLength(0);
    const vso = new Map(ofKind(o, 'VaultStaticSecret').map((s) => [s.spec.destination.name, s.spec.path]));
    expect([...new Set(vso.values())].sort()).toEqual([CATALOG_MONGODB.secretPath, SHOP_CACHE.secretPath].sort());
    for (const r of ofKind(o, 'Rollout')) {
      for (const e of r.spec.template.spec.containers[0].env) {
        if (e.valueFrom) expect(vso.has(e.valueFrom.secretKeyRef.name)).toBe(true);
        else expect(e.value).not.toMatch(/:\/\/[^:/@]+:(?!\$\()[^@]+@/);
      }
    }
  });
});
