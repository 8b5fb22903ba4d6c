import {
  REDIS_HEADLESS_SERVICE, REDIS_INIT_SCRIPT, REDIS_MASTER_SET, REDIS_POD_LABELS, REDIS_PORT, REDIS_SENTINEL, REDIS_SENTINEL_PORT, REDIS_SENTINEL_SERVICE,
  RedisChart, sentinelQuorum,
} from '../../src/charts/redis';
import { overlay, synth, testApp, testConfig } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');
const objects = (config = prod) => synth(new RedisChart(testApp(), 'redis', config));
const sts = (config = prod) => objects(config).find((o) => o.kind === 'StatefulSet');

describe('redis', () => {
  test('snapshot (prod)', () => {
    expect(objects()).toMatchSnapshot();
  });
  test('sizes per environment: 3 pods and quorum 2 in prod, 1 pod and quorum 1 in dev', () => {
    expect(sts(prod).spec.replicas).toBe(3);
    expect(sts(dev).spec.replicas).toBe(1);
    const env = (config = prod) => sts(config).spec.template.spec.initContainers[0].env;
    expect(env(prod).find((e: any) => e.name === 'QUORUM').value).toBe('2');
    expect(env(dev).find((e: any) => e.name === 'QUORUM').value).toBe('1');
    expect(sentinelQuorum(5)).toBe(3);
    expect(sts(prod).spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('2Gi');
  });
  test('in namespace lumen, which it does not create', () => {
    const all = objects();
    expect(all.find((o) => o.kind === 'Namespace')).toBeUndefined();
    for (const o of all) expect(o.metadata.namespace).toBe('lumen');
  });
  test('redis and sentinel per pod, the official image from the internal registry, restricted', () => {
    const spec = sts().spec.template.spec;
    expect(spec.containers.map((c: any) => c.name)).toEqual(['redis', 'sentinel', 'metrics']);
    // The metrics sidecar is redis_exporter, from the internal registry too.
    expect(spec.containers[2].image).toBe('192.168.2.2:5000/oliver006/redis_exporter:v1.67.0');
    for (const c of [...spec.initContainers, ...spec.containers]) {
      if (c.name !== 'metrics') expect(c.image).toBe('192.168.2.2:5000/library/redis:8.2.2-alpine');
      expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    }
    expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(spec.enableServiceLinks).toBe(false);
  });
  test('app and tier labels on the workload and its pods', () => {
    const s = sts();
    expect(s.metadata.labels).toMatchObject({ app: 'redis', tier: 'data' });
    expect(s.spec.template.metadata.labels).toMatchObject({ app: 'redis', tier: 'data' });
    expect(s.spec.selector.matchLabels).toEqual(REDIS_POD_LABELS);
  });
  test('password only from Vault (redis-auth, lumen/redis), restarting the StatefulSet on rotation', () => {
    const all = objects();
    expect(all.filter((o) => o.kind === 'Secret')).toEqual([]);
    const vss = all.find((o) => o.kind === 'VaultStaticSecret');
    expect(vss.metadata.name).toBe('redis-auth');
    expect(vss.spec).toMatchObject({ path: 'lumen/redis', rolloutRestartTargets: [{ kind: 'StatefulSet', name: 'redis' }] });
    const env = sts().spec.template.spec.initContainers[0].env.find((e: any) => e.name === 'REDIS_PASSWORD');
    expect(env.valueFrom.secretKeyRef).toEqual({ name: 'redis-auth', key: 'password' });
  });
  test('services: redis-headless (6379, 26379, not-ready addresses published) and redis-sentinel', () => {
    const services = objects().filter((o) => o.kind === 'Service');
    const headless = services.find((s) => s.metadata.name === REDIS_HEADLESS_SERVICE);
    expect(headless.spec).toMatchObject({ clusterIP: 'None', publishNotReadyAddresses: true });
    expect(headless.spec.ports.map((p: any) => p.port)).toEqual([REDIS_PORT, REDIS_SENTINEL_PORT, 9121]);
    expect(services.find((s) => s.metadata.name === REDIS_SENTINEL_SERVICE).spec.ports.map((p: any) => p.port)).toEqual([26379]);
  });
  test('sentinels announce host names and monitor the master set', () => {
    expect(REDIS_INIT_SCRIPT).toContain('sentinel announce-hostnames yes');
    expect(REDIS_INIT_SCRIPT).toContain('sentinel resolve-hostnames yes');
    expect(REDIS_INIT_SCRIPT).toContain('replica-announce-ip $SELF');
    expect(REDIS_INIT_SCRIPT).toContain('sentinel monitor $MASTER_SET $master $REDIS_PORT $QUORUM');
    expect(REDIS_MASTER_SET).toBe('lumen');
  });
  test('a PodDisruptionBudget and the flows between the pods', () => {
    const all = objects();
    expect(all.find((o) => o.kind === 'PodDisruptionBudget').spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: REDIS_POD_LABELS } });
    const names = all.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name).sort();
    expect(names).toEqual(['allow-ingress-prometheus-redis', 'allow-redis-peers-egress', 'allow-redis-peers-ingress']);
    // Prometheus scrapes the exporters through the headless Service's `metrics` port.
    expect(all.find((o) => o.kind === 'ServiceMonitor').spec.endpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '30s' }]);
  });
  test('exports what clients depend on', () => {
    expect(REDIS_SENTINEL).toMatchObject({ namespace: 'lumen', host: 'redis-sentinel.lumen.svc.cluster.local', secretPath: 'lumen/redis' });
    expect(REDIS_SENTINEL.ports.map((p) => p.port)).toEqual([26379, 6379]);
  });
  test('throws if replicas is even', () => {
    expect(() => new RedisChart(testApp(), 'redis', testConfig('components:\n  redis: { replicas: 2 }\n')))
      .toThrow("'components.redis.replicas' must be 1 or odd (sentinel quorum), got 2");
  });
});
