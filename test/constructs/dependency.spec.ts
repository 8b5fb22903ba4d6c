import { dependency, serviceHost } from '../../src/constructs/dependency';

const ok = { name: 'db', namespace: 'data', podLabels: { app: 'db' }, ports: [{ port: 5432 }], host: 'db-rw.data.svc.cluster.local', secretPath: 'shop/db' };

describe('dependency', () => {
  test('returns a frozen copy (labels and ports too)', () => {
    const d = dependency(ok);
    expect(d).toEqual(ok);
    expect(Object.isFrozen(d) && Object.isFrozen(d.podLabels) && Object.isFrozen(d.ports) && Object.isFrozen(d.ports[0])).toBe(true);
    expect(dependency({ ...ok, secretPath: undefined }).secretPath).toBeUndefined();
  });
  test('serviceHost: the in-cluster DNS name', () => {
    expect(serviceHost('kafka-bootstrap', 'kafka')).toBe('kafka-bootstrap.kafka.svc.cluster.local');
  });
  test.each([
    [{ name: 'Bad_Name' }, `'name' must be a DNS label, got "Bad_Name"`],
    [{ namespace: 'NS' }, `'namespace' must be a DNS label, got "NS" (dependency db)`],
    [{ podLabels: {} }, `'podLabels' must name at least one label, got none (dependency db)`],
    [{ ports: [] }, `'ports' must name at least one port, got none (dependency db)`],
    [{ ports: [{ port: 70000 }] }, `'ports' must be 1..65535, got 70000 (dependency db)`],
    [{ host: 'db.other.svc.cluster.local' }, `'host' must be a Service of namespace data (<service>.data.svc.cluster.local), got "db.other.svc.cluster.local" (dependency db)`],
    [{ secretPath: 'secret/shop/db' }, `'secretPath' must be a KV path below the secret mount such as shop/citus/order, got "secret/shop/db" (dependency db)`],
  ])('throws if %j', (change, message) => {
    expect(() => dependency({ ...ok, ...change })).toThrow(message);
  });
});
