/**
 * Placement and reach in a fleet (src/platform/fleet.ts): where each registry entry runs, the config each
 * cluster renders with, and how a client reaches a dependency on another cluster, or why it cannot.
 */
import { parseOverlay } from '../../src/config/load';
import type { EnvConfig } from '../../src/config/schema';
import { ORDER_CITUS } from '../../src/charts/citus';
import { KAFKA } from '../../src/charts/kafka';
import { REDIS_SENTINEL } from '../../src/charts/redis';
import {
  clusterConfig, DEFAULT_PLACEMENT, entryOfComponent, exposedAddresses, placementOf, reach, renderedFolder, UnreachableDependencyError, withDeclaredPlacement,
} from '../../src/platform/fleet';
import { REGISTRY } from '../../src/registry';
import { MINIMAL_OVERLAY, testConfig } from '../support/fixtures';

const CLUSTERS = `clusters:
  - name: core
    role: infra
    apiServer: { cidrs: [10.0.0.1/32] }
    nodeCidrs: [10.0.0.0/29]
    metallb: { addresses: [10.0.0.100-10.0.0.110] }
    expose: { citus-coordinator: 10.0.0.105, lumen-kafka: 10.0.0.106 }
  - name: shop
    role: apps
    server: https://10.0.0.20:6443
    baseDomain: shop.test.local
    apiServer: { cidrs: [10.0.0.20/32] }
    metallb: { addresses: [10.0.0.120-10.0.0.130] }
    traefikIP: 10.0.0.125
`;
function fleet(extra = ''): EnvConfig {
  return parseOverlay(`${MINIMAL_OVERLAY}${CLUSTERS}${extra}`, 'overlays/fleet.yaml', 'fleet');
}

describe('placement', () => {
  test('every registry entry says where it runs (a new one must be placed on purpose: runsOn, or DEFAULT_PLACEMENT)', () => {
    expect(REGISTRY.filter((e) => !e.runsOn && !(e.name in DEFAULT_PLACEMENT)).map((e) => e.name)).toEqual([]);
  });

  test('withDeclaredPlacement: an entry\'s runsOn counts everywhere (reach too); the overlay\'s placement wins; one cluster: unchanged', () => {
    const entries = [{ name: 'citus', runsOn: 'apps' as const }, { name: 'order' }];
    expect(placementOf(withDeclaredPlacement(fleet(), entries), 'citus')).toBe('apps');
    expect(reach(clusterConfig(withDeclaredPlacement(fleet(), entries), 'shop'), ORDER_CITUS, 'order')).toBeUndefined();
    expect(placementOf(withDeclaredPlacement(fleet('placement: { citus: every }\n'), entries), 'citus')).toBe('every');
    const single = testConfig();
    expect(withDeclaredPlacement(single, entries)).toBe(single);
  });

  test('defaults: platform and data on infra, the shop and lumen-api on apps, per-node agents everywhere', () => {
    for (const e of ['argocd', 'vault', 'citus', 'mongodb', 'kafka', 'keycloak', 'cloudnative-pg', 'gitea', 'loki', 'tempo']) expect(DEFAULT_PLACEMENT[e]).toBe('infra');
    for (const e of ['lumen-api', 'catalog', 'order', 'edge-auth']) expect(DEFAULT_PLACEMENT[e]).toBe('apps');
    for (const e of ['falco', 'alloy', 'monitoring', 'metallb']) expect(DEFAULT_PLACEMENT[e]).toBe('every');
  });

  test('the overlay\'s placement wins; an entry nobody placed runs on infra', () => {
    const c = fleet('placement: { citus: every }\n');
    expect(placementOf(c, 'citus')).toBe('every');
    expect(placementOf(c, 'order')).toBe('apps');
    expect(placementOf(c, 'something-new')).toBe('infra');
  });

  test('entryOfComponent: the registry entry of an overlay component', () => {
    expect(entryOfComponent('shopCache')).toBe('shop-cache');
    expect(entryOfComponent('cloudnativePg')).toBe('cloudnative-pg');
    expect(entryOfComponent('citus')).toBe('citus');
  });
});

describe('renderedFolder', () => {
  test('dist/<env> for one cluster, dist/<env>/<cluster> for each cluster of a fleet', () => {
    expect(renderedFolder(testConfig())).toBe('test');
    expect(renderedFolder(fleet())).toBe('fleet');
    expect(renderedFolder(clusterConfig(fleet(), 'shop'))).toBe('fleet/shop');
  });
});

describe('clusterConfig', () => {
  const c = fleet();

  test('the infra cluster: its name, addresses and pool; Argo CD deploys to itself', () => {
    const infra = clusterConfig(c, 'core');
    expect(infra.clusterName).toBe('core');
    expect(infra.cluster.name).toBe('core');
    expect(infra.cluster.baseDomain).toBe('test.local');
    expect(infra.argocd.destination).toBe('https://kubernetes.default.svc');
    expect(infra.components.metallb.addresses).toEqual(['10.0.0.100-10.0.0.110']);
    expect(infra.components.monitoring.nodeCidrs).toEqual(['10.0.0.0/29']);
  });

  test('another cluster: its API server, base domain, Traefik address; the shared settings kept', () => {
    const apps = clusterConfig(c, 'shop');
    expect(apps.argocd.destination).toBe('https://10.0.0.20:6443');
    expect(apps.cluster.baseDomain).toBe('shop.test.local');
    expect(apps.cluster.apiServer.cidrs).toEqual(['10.0.0.20/32']);
    expect(apps.components.traefik.loadBalancerIP).toBe('10.0.0.125');
    expect(apps.cluster.distribution).toBe('k3s');
    expect(apps.registry).toEqual(c.registry);
  });

  test('throws if the cluster is not one of the overlay', () => {
    expect(() => clusterConfig(c, 'nope')).toThrow(`'name' must be a cluster of overlays/fleet.yaml (core, shop), got "nope"`);
    expect(() => clusterConfig(testConfig(), 'core')).toThrow('none: a single-cluster overlay');
  });
});

describe('reach', () => {
  const c = fleet();
  const onApps = clusterConfig(c, 'shop');

  test('a single-cluster overlay, or a dependency on the same cluster: nothing to reach across', () => {
    expect(reach(testConfig(), ORDER_CITUS, 'order')).toBeUndefined();
    expect(reach(clusterConfig(c, 'core'), ORDER_CITUS, 'kafka-connect')).toBeUndefined();
    expect(reach(onApps, REDIS_SENTINEL, 'lumen-api')).toBeUndefined();
  });

  test('a dependency on another cluster: the address it exposes, on the dependency\'s ports', () => {
    const r = reach(onApps, ORDER_CITUS, 'order')!;
    expect(r.cluster.name).toBe('core');
    expect(r.address).toBe('10.0.0.105');
    expect(r.addresses).toEqual(['10.0.0.105']);
    expect(r.ports).toEqual([{ port: 5432 }]);
  });

  test('a listener (Kafka): the bootstrap, then one address per broker, on the listener\'s port', () => {
    const r = reach(onApps, KAFKA, 'order')!;
    expect(r.addresses).toEqual(['10.0.0.106', '10.0.0.107']); // one broker by default
    expect(r.ports).toEqual([{ port: 9094 }]);
  });

  test('throws if the serving cluster does not expose it', () => {
    const hidden = clusterConfig({ ...c, clusters: c.clusters!.map((x) => ({ ...x, expose: {} })) }, 'shop');
    expect(() => reach(hidden, ORDER_CITUS, 'order')).toThrow(UnreachableDependencyError);
    expect(() => reach(hidden, ORDER_CITUS, 'order')).toThrow('overlays/fleet.yaml: order on cluster shop (apps) depends on citus-coordinator, which citus serves on role infra (cluster core), which does not expose it: clusters[0].expose.citus-coordinator: expected an address of its pool (10.0.0.100-10.0.0.110), found nothing');
  });

  test('throws if its protocol cannot cross clusters (Sentinel on infra, lumen-api on apps)', () => {
    const moved = clusterConfig(fleet('placement: { redis: infra }\n'), 'shop');
    expect(() => reach(moved, REDIS_SENTINEL, 'lumen-api')).toThrow(/depends on redis-sentinel, which redis serves on role infra \(cluster core\), and it cannot be reached from another cluster \(Sentinel answers with the master pod's in-cluster address\)\. Place redis and lumen-api on the same role/);
  });

  test('throws if the serving role has two clusters (which one?)', () => {
    const three = parseOverlay(`${MINIMAL_OVERLAY}${CLUSTERS}  - { name: shop2, role: apps, server: "https://10.0.0.30:6443", apiServer: { cidrs: [10.0.0.30/32] }, metallb: { addresses: [10.0.0.140-10.0.0.150] } }\nplacement: { citus: apps }\n`, 'overlays/fleet.yaml', 'fleet');
    expect(() => reach(clusterConfig(three, 'core'), ORDER_CITUS, 'x')).toThrow(/on shop and shop2: which one is ambiguous/);
  });

  test('throws if a listener\'s addresses leave the pool or meet another Service', () => {
    const big = fleet('components: { kafka: { replicas: 5 } }\n');
    expect(() => exposedAddresses(big, big.clusters![0], KAFKA)).toThrow('overlays/fleet.yaml: clusters[0].expose.lumen-kafka: lumen-kafka takes 6 consecutive addresses from 10.0.0.106, expected all inside metallb.addresses (10.0.0.100-10.0.0.110), found 10.0.0.111 outside');
    const clash = parseOverlay(`${MINIMAL_OVERLAY}${CLUSTERS.replace('lumen-kafka: 10.0.0.106', 'lumen-kafka: 10.0.0.104')}`, 'overlays/fleet.yaml', 'fleet');
    expect(() => exposedAddresses(clash, clash.clusters![0], KAFKA)).toThrow('found 10.0.0.105 (citus-coordinator)');
  });
});
