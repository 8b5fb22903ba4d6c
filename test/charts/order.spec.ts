import { ORDER_CITUS } from '../../src/charts/citus';
import { EDGE_AUTH_MIDDLEWARE } from '../../src/charts/edge-auth';
import { CDC_TOPICS } from '../../src/charts/kafka';
import { ORDER_CONSUMED_TOPICS, OrderChart } from '../../src/charts/order';
import { Waves } from '../../src/constructs/waves';
import { ENVS, overlay, synth, testApp } from '../support/fixtures';
import { flowSummary } from '../support/flows';

const prod = overlay('prod');
const dev = overlay('dev');
const render = (config = prod) => {
  const chart = new OrderChart(testApp(), 'order', config);
  return { chart, objects: synth(chart) };
};
const { chart, objects } = render();
const ofKind = (o: any[], kind: string) => o.filter((x) => x.kind === kind);
const rollout = (o: any[]) => ofKind(o, 'Rollout')[0];
const envOf = (o: any[]) => Object.fromEntries(rollout(o).spec.template.spec.containers[0].env.map((e: any) => [e.name, e]));

describe('order', () => {
  test('snapshot (prod)', () => {
    expect(objects).toMatchSnapshot();
  });

  test('wave applications, namespace shop, a Rollout for the v1 group', () => {
    expect(chart.wave).toBe(Waves.APPLICATIONS);
    expect(chart.namespace).toBe('shop');
    expect(ofKind(objects, 'Rollout').map((r) => r.metadata.name)).toEqual(['order-v1']);
    expect(rollout(objects).spec.template.spec.containers[0].image).toBe(`192.168.2.2:5000/shop/order:${prod.services.order.image.tag}@${prod.services.order.image.digest}`);
  });

  test('/api/v1/orders behind the JWT edge', () => {
    const [ir] = ofKind(objects, 'IngressRoute');
    expect(ir.metadata.name).toBe('order');
    expect(ir.spec.routes).toEqual([
      { match: 'Host(`shop.airgap.local`) && PathPrefix(`/api/v1/orders`)', middlewares: [{ name: EDGE_AUTH_MIDDLEWARE }], services: [{ name: 'order-v1', port: 8080 }] },
    ]);
  });

  test('PostgreSQL/Citus: the coordinator\'s primary, as order_app from Vault; the shard key documented', () => {
    const env = envOf(objects);
    expect(env.PG_DSN.value).toBe('host=citus-coordinator-rw.citus.svc.cluster.local port=5432 dbname=orders user=$(PG_USER) password=$(PG_PASSWORD) sslmode=require');
    expect(env.PG_USER.valueFrom.secretKeyRef).toEqual({ name: 'order-v1-citus-coordinator', key: 'username' });
    expect(env.ORDER_SHARD_KEY.value).toBe('tenant_id,country_code');
    expect(ofKind(objects, 'VaultStaticSecret').map((s) => s.spec.path)).toEqual([ORDER_CITUS.secretPath]);
  });

  test('Kafka: consumes the catalog listings\' change events, publishes nothing itself (CDC reads its WAL)', () => {
    const env = envOf(objects);
    expect(ORDER_CONSUMED_TOPICS).toEqual(['catalog.catalog.merchant_listings']);
    expect(CDC_TOPICS.catalog).toContain(ORDER_CONSUMED_TOPICS[0]);
    expect(env.KAFKA_TOPICS.value).toBe('catalog.catalog.merchant_listings');
    expect(env.KAFKA_CONSUMER_GROUP.value).toBe('order');
    expect(env.KAFKA_BOOTSTRAP_SERVERS.value).toBe('lumen-kafka-kafka-bootstrap.kafka.svc.cluster.local:9092');
  });

  test('flows: → citus 5432, → kafka 9092, → alloy; traefik and prometheus in; nothing else', () => {
    const me = 'shop/app.kubernetes.io/instance=order-v1,app.kubernetes.io/name=order-v1';
    expect(ofKind(objects, 'NetworkPolicy').map(flowSummary).sort()).toEqual([
      `egress ${me} → alloy/app.kubernetes.io/name=alloy 4317`,
      `egress ${me} → citus/cnpg.io/cluster=citus-coordinator 5432`,
      `egress ${me} → kafka/strimzi.io/broker-role=true,strimzi.io/cluster=lumen-kafka 9092`,
      `egress traefik/app.kubernetes.io/name=traefik → ${me} 8080`,
      `ingress citus/cnpg.io/cluster=citus-coordinator ← ${me} 5432`,
      `ingress kafka/strimzi.io/broker-role=true,strimzi.io/cluster=lumen-kafka ← ${me} 9092`,
      `ingress ${me} ← monitoring/app.kubernetes.io/name=prometheus 9090`,
      `ingress ${me} ← traefik/app.kubernetes.io/name=traefik 8080`,
    ].sort());
  });

  test('HA in prod, a single instance in dev', () => {
    expect(ofKind(objects, 'HorizontalPodAutoscaler')[0].spec.minReplicas).toBe(2);
    expect(ofKind(render(dev).objects, 'HorizontalPodAutoscaler')[0].spec.minReplicas).toBe(1);
  });

  test.each(ENVS)('credentials are only referenced (%s)', (env) => {
    const o = render(overlay(env)).objects;
    expect(ofKind(o, 'Secret')).toHaveLength(0);
    const vso = new Set(ofKind(o, 'VaultStaticSecret').map((s) => s.spec.destination.name));
    for (const e of rollout(o).spec.template.spec.containers[0].env) {
      if (e.valueFrom) expect(vso.has(e.valueFrom.secretKeyRef.name)).toBe(true);
      else expect(e.value).not.toMatch(/password=(?!\$\(PG_PASSWORD\))/);
    }
  });
});
