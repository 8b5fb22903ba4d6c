/**
 * Cross-cluster flows (src/charts/fleet.ts, with src/platform/fleet.ts): in overlays/prod-fleet.yaml, order
 * on `apps` depends on Citus and Kafka on `infra`. Both halves are checked, each on its cluster: the client
 * gets the exposed address and an egress to exactly it; the serving cluster a LoadBalancer (or Strimzi's
 * listener) at that address and an ingress from the client cluster's nodes, never a namespace selector.
 */
import * as path from 'path';
import { ClusterExposureChart } from '../../src/charts/fleet';
import { KafkaChart } from '../../src/charts/kafka';
import { OrderChart } from '../../src/charts/order';
import { loadOverlay } from '../../src/config/load';
import { clusterConfig } from '../../src/platform/fleet';
import { ROOT, synth, testApp } from '../support/fixtures';

const fleet = loadOverlay(path.join(ROOT, 'overlays', 'prod-fleet.yaml'));
const infra = clusterConfig(fleet, 'infra');
const apps = clusterConfig(fleet, 'apps');
const APPS_NODES = [{ ipBlock: { cidr: '192.168.2.10/32' } }, { ipBlock: { cidr: '192.168.2.11/32' } }];

describe('order (apps) → Citus (infra)', () => {
  const order = synth(new OrderChart(testApp(), 'order', apps));
  const exposure = synth(new ClusterExposureChart(testApp(), 'cluster-exposure', infra, infra.clusters![0]));
  const find = (objs: any[], kind: string, name: string) => objs.find((o) => o.kind === kind && o.metadata.name === name);

  test('the client connects to the address infra exposes Citus at', () => {
    const env = order.find((o) => o.kind === 'Rollout').spec.template.spec.containers[0].env;
    expect(env.find((e: any) => e.name === 'PG_DSN').value).toContain('host=192.168.2.110 port=5432 ');
    expect(env.find((e: any) => e.name === 'KAFKA_BOOTSTRAP_SERVERS').value).toBe('192.168.2.115:9094');
  });

  test('apps half: an egress to exactly that address and port; no policy in a namespace apps does not have', () => {
    const egress = find(order, 'NetworkPolicy', 'allow-order-v1-to-citus-coordinator-egress');
    expect(egress.metadata.namespace).toBe('shop');
    expect(egress.spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '192.168.2.110/32' } }], ports: [{ protocol: 'TCP', port: 5432 }] }]);
    expect(order.filter((o) => o.kind === 'NetworkPolicy' && ['citus', 'kafka'].includes(o.metadata.namespace))).toEqual([]);
    // Kafka: the bootstrap and each of the three brokers, on the fleet listener's port.
    const kafka = find(order, 'NetworkPolicy', 'allow-order-v1-to-lumen-kafka-egress');
    expect(kafka.spec.egress[0].to.map((p: any) => p.ipBlock.cidr)).toEqual(['192.168.2.115/32', '192.168.2.116/32', '192.168.2.117/32', '192.168.2.118/32']);
    expect(kafka.spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 9094 }]);
  });

  test('infra half: a LoadBalancer at the address, selecting the primary, keeping the client\'s source address', () => {
    const svc = find(exposure, 'Service', 'citus-coordinator-fleet');
    expect(svc.metadata.namespace).toBe('citus');
    expect(svc.metadata.annotations).toEqual({ 'metallb.io/loadBalancerIPs': '192.168.2.110' });
    expect(svc.spec).toMatchObject({ type: 'LoadBalancer', externalTrafficPolicy: 'Local', selector: { 'cnpg.io/cluster': 'citus-coordinator', 'cnpg.io/instanceRole': 'primary' } });
    expect(svc.spec.ports).toEqual([{ name: 'tcp-5432', port: 5432, targetPort: 5432, protocol: 'TCP' }]);
  });

  test('infra half: the ingress admits the apps cluster\'s nodes (ipBlock), not a namespace', () => {
    const np = find(exposure, 'NetworkPolicy', 'allow-fleet-to-citus-coordinator-ingress');
    expect(np.metadata.namespace).toBe('citus');
    expect(np.spec.podSelector.matchLabels).toEqual({ 'cnpg.io/cluster': 'citus-coordinator', 'cnpg.io/instanceRole': 'primary' });
    expect(np.spec.ingress).toEqual([{ from: APPS_NODES, ports: [{ protocol: 'TCP', port: 5432 }] }]);
    const kafka = find(exposure, 'NetworkPolicy', 'allow-fleet-to-lumen-kafka-ingress');
    expect(kafka.spec.ingress).toEqual([{ from: APPS_NODES, ports: [{ protocol: 'TCP', port: 9094 }] }]);
    // Kafka's LoadBalancers are Strimzi's (the listener), not ours.
    expect(find(exposure, 'Service', 'lumen-kafka-fleet')).toBeUndefined();
  });

  test('Kafka on infra: the fleet listener, bootstrap and brokers at the exposed addresses, node ids pinned', () => {
    const objs = synth(new KafkaChart(testApp(), 'kafka', infra));
    const listener = objs.find((o) => o.kind === 'Kafka').spec.kafka.listeners.find((l: any) => l.name === 'fleet');
    expect(listener).toEqual({
      name: 'fleet', port: 9094, type: 'loadbalancer', tls: false,
      configuration: {
        externalTrafficPolicy: 'Local',
        bootstrap: { annotations: { 'metallb.io/loadBalancerIPs': '192.168.2.115' } },
        brokers: [0, 1, 2].map((broker) => ({ broker, advertisedHost: `192.168.2.${116 + broker}`, annotations: { 'metallb.io/loadBalancerIPs': `192.168.2.${116 + broker}` } })),
      },
    });
    expect(objs.find((o) => o.kind === 'KafkaNodePool').metadata.annotations).toEqual({ 'strimzi.io/next-node-ids': '[0-2]' });
  });

  test('a cluster that exposes nothing renders no listener, no exposure', () => {
    const objs = synth(new KafkaChart(testApp(), 'kafka', apps));
    expect(objs.find((o) => o.kind === 'Kafka').spec.kafka.listeners.map((l: any) => l.name)).toEqual(['plain', 'tls']);
  });
});

describe('ClusterExposureChart', () => {
  const withExpose = (expose: Record<string, string>) => {
    const c = { ...infra, clusters: infra.clusters!.map((x, i) => (i === 0 ? { ...x, expose } : x)) };
    return () => new ClusterExposureChart(testApp(), 'cluster-exposure', c, c.clusters[0]);
  };

  test('throws if `expose` names no dependency a cluster can expose', () => {
    expect(withExpose({ postgres: '192.168.2.110' })).toThrow(/clusters\[0\]\.expose\.postgres: expected a dependency one cluster can expose \(citus-coordinator, .*\), found postgres/);
  });

  test('throws if the dependency does not run on this cluster, or cannot cross clusters', () => {
    expect(withExpose({ 'shop-cache': '192.168.2.110' })).toThrow('shop-cache is served by shop-cache, which runs on role apps, not on this cluster (infra)');
    expect(withExpose({ 'redis-sentinel': '192.168.2.110' })).toThrow(/redis-sentinel cannot be reached from another cluster \(Sentinel answers/);
  });
});
