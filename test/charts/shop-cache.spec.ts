import {
  CATALOG_CACHE_TTL_SECONDS, catalogCacheEnv, catalogCacheKey, catalogEvictionPattern, catalogLockKey, SHOP_CACHE, ShopCacheChart,
} from '../../src/charts/shop-cache';
import { Waves } from '../../src/constructs/waves';
import { credentialKeyViolations, highEntropyViolations, secretDataViolations } from '../../src/policy/secrets';
import { overlay, synth, testApp, testConfig } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');
const objects = (config = prod) => synth(new ShopCacheChart(testApp(), 'shop-cache', config));
const deployment = (config = prod) => objects(config).find((o) => o.kind === 'Deployment');

describe('snapshots (prod)', () => {
  test('shop-cache', () => {
    expect({ objects: objects(prod) }).toMatchSnapshot();
  });
});

describe('shop-cache', () => {
  test('one Redis in the shop namespace (wave dependencies-config), internal pinned image, Recreate, no persistence', () => {
    const chart = new ShopCacheChart(testApp(), 'shop-cache', prod);
    expect(chart.wave).toBe(Waves.DEPENDENCIES_CONFIG);
    const d = deployment(prod);
    expect(d.metadata.namespace).toBe('shop');
    expect(d.spec.replicas).toBe(1);
    expect(d.spec.strategy).toEqual({ type: 'Recreate' });
    const c = d.spec.template.spec.containers[0];
    expect(c.image).toBe('192.168.2.2:5000/library/redis:8.2.2-alpine');
    expect(c.args).toEqual(expect.arrayContaining(['--save', '', '--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru']));
    expect(d.spec.template.metadata.labels).toMatchObject({ app: 'shop-cache', tier: 'data' });
    expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
  });
  test('maxmemory and resources from the overlay', () => {
    const c = deployment(testConfig('components:\n  shopCache: { maxMemory: 96mb }\n')).spec.template.spec.containers[0];
    expect(c.args[c.args.indexOf('--maxmemory') + 1]).toBe('96mb');
    expect(deployment(dev).spec.template.spec.containers[0].resources.limits.memory).toBe('256Mi');
  });
  test('the password is only referenced: requirepass expanded from the Vault-fed Secret, restarts on rotation', () => {
    const all = objects(prod);
    const vss = all.find((o) => o.kind === 'VaultStaticSecret');
    expect(vss.spec).toMatchObject({ path: 'shop/shop-cache', destination: { name: 'shop-cache', create: true } });
    expect(vss.spec.rolloutRestartTargets).toEqual([{ kind: 'Deployment', name: 'shop-cache' }]);
    const c = deployment(prod).spec.template.spec.containers[0];
    expect(c.args[c.args.indexOf('--requirepass') + 1]).toBe('$(REDIS_PASSWORD)');
    expect(c.env.map((e: any) => [e.name, e.valueFrom.secretKeyRef])).toEqual([
      ['REDIS_PASSWORD', { name: 'shop-cache', key: 'password' }], ['REDISCLI_AUTH', { name: 'shop-cache', key: 'password' }],
    ]);
    // The shop namespace's vault-auth belongs to the vault-auth application, not to this one.
    expect(all.some((o) => o.kind === 'VaultAuth')).toBe(false);
    for (const o of [...all, ...objects(dev)]) expect([...secretDataViolations(o), ...credentialKeyViolations(o), ...highEntropyViolations(o)]).toEqual([]);
  });
  test('throws if replicas is not 1 (a standalone cache)', () => {
    expect(() => new ShopCacheChart(testApp(), 'shop-cache', testConfig('components:\n  shopCache: { replicas: 2 }\n')))
      .toThrow(`'components.shopCache.replicas' must be 1 (a standalone cache: replicas would each hold their own keys), got 2`);
  });
  test('SHOP_CACHE: the Service, the Redis pods, the Vault path of the password', () => {
    expect(SHOP_CACHE).toEqual({
      component: 'shopCache', name: 'shop-cache', namespace: 'shop', podLabels: { 'app.kubernetes.io/name': 'shop-cache', 'app.kubernetes.io/instance': 'shop-cache' },
      ports: [{ port: 6379 }], host: 'shop-cache.shop.svc.cluster.local', secretPath: 'shop/shop-cache',
    });
    const svc = objects(prod).find((o) => o.kind === 'Service');
    expect(svc.spec.selector).toEqual(SHOP_CACHE.podLabels);
  });
});

describe('cache key conventions (seed 004 §6)', () => {
  test('tenant and country namespaced keys, one-hour TTL, a mutex per key, eviction per tenant', () => {
    expect(catalogCacheKey('acme', 'DE')).toBe('tenant:acme:country:DE:catalog');
    expect(catalogLockKey('acme', 'DE')).toBe('lock:tenant:acme:country:DE:catalog');
    expect(catalogEvictionPattern('acme')).toBe('tenant:acme:country:*:catalog');
    expect(CATALOG_CACHE_TTL_SECONDS).toBe(3600);
    expect(catalogCacheEnv()).toMatchObject({ CACHE_ADDR: 'shop-cache.shop.svc.cluster.local:6379', CACHE_TTL_SECONDS: '3600' });
  });
  test('throws if a tenant id could escape its namespace, or a country is not ISO alpha-2', () => {
    expect(() => catalogCacheKey('acme:country:*', 'DE')).toThrow(`'tenantId' must be 1-64 of [A-Za-z0-9_-] (no ':' or '*': they would break the key namespace), got "acme:country:*"`);
    expect(() => catalogEvictionPattern('*')).toThrow(`'tenantId' must be`);
    expect(() => catalogCacheKey('acme', 'de')).toThrow(`'countryCode' must be an ISO 3166-1 alpha-2 code in capitals such as DE, got "de"`);
  });
});
