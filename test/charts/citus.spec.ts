import { Chart } from 'cdk8s';
import {
  CITUS_SECRETS, CITUS_VAULT_PATHS, CitusChart, citusNodes, clusterSql, ORDER_CITUS, ORDER_DISTRIBUTION_COLUMN, ORDER_SHARD_KEY, orderSchemaSql,
  postgresCluster,
} from '../../src/charts/citus';
import { internalImage } from '../../src/constructs/images';
import { Waves } from '../../src/constructs/waves';
import { credentialKeyViolations, highEntropyViolations, secretDataViolations } from '../../src/policy/secrets';
import { overlay, synth, testApp } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');
const objects = (config = prod) => synth(new CitusChart(testApp(), 'citus', config));
const clusters = (config = prod) => objects(config).filter((o) => o.kind === 'Cluster');

describe('snapshots (prod)', () => {
  test('citus', () => {
    expect({ objects: objects(prod) }).toMatchSnapshot();
  });
});

describe('citus clusters', () => {
  test('prod: a coordinator and 2 workers, each a primary and a standby', () => {
    expect(citusNodes(prod)).toEqual(['citus-coordinator', 'citus-worker-0', 'citus-worker-1']);
    expect(clusters(prod).map((c) => [c.metadata.name, c.spec.instances, c.spec.enablePDB])).toEqual([
      ['citus-coordinator', 2, true], ['citus-worker-0', 2, true], ['citus-worker-1', 2, true],
    ]);
    expect(clusters(prod)[0].spec.storage.size).toBe('10Gi');
  });
  test('dev: a coordinator and 1 worker of one instance each, no PodDisruptionBudget (it would block drains)', () => {
    expect(clusters(dev).map((c) => [c.metadata.name, c.spec.instances, c.spec.enablePDB])).toEqual([
      ['citus-coordinator', 1, false], ['citus-worker-0', 1, false],
    ]);
  });
  test('Citus preloaded, logical WAL with Citus CDC, the Citus image from the internal registry', () => {
    for (const c of clusters(prod)) {
      expect(c.spec.postgresql.shared_preload_libraries).toEqual(['citus']);
      expect(c.spec.postgresql.parameters).toMatchObject({ wal_level: 'logical', 'citus.enable_change_data_capture': 'on' });
      expect(c.spec.imageName).toBe('192.168.2.2:5000/lumen/cnpg-citus:17.10-13.2');
      expect(c.spec.bootstrap.initdb).toMatchObject({ database: 'orders', owner: 'order_app', postInitApplicationSQL: ['CREATE EXTENSION IF NOT EXISTS citus'] });
      expect(c.spec.inheritedMetadata.labels).toEqual({ app: c.metadata.name, tier: 'data' });
      expect(c.spec.affinity).toMatchObject({ enablePodAntiAffinity: true, podAntiAffinityType: 'preferred' });
    }
    expect(new CitusChart(testApp(), 'citus', prod).wave).toBe(Waves.DEPENDENCIES_CONFIG);
  });
});

describe('credentials', () => {
  test('from Vault only: basic-auth VaultStaticSecrets, referenced by name', () => {
    const vss = objects(prod).filter((o) => o.kind === 'VaultStaticSecret');
    expect(vss.map((o) => [o.spec.destination.name, o.spec.path, o.spec.destination.type]).sort()).toEqual([
      [CITUS_SECRETS.debezium, CITUS_VAULT_PATHS.debezium, 'kubernetes.io/basic-auth'],
      [CITUS_SECRETS.orderApp, CITUS_VAULT_PATHS.orderApp, 'kubernetes.io/basic-auth'],
      [CITUS_SECRETS.superuser, CITUS_VAULT_PATHS.superuser, 'kubernetes.io/basic-auth'],
    ]);
    const c = clusters(prod)[1];
    expect(c.spec.superuserSecret).toEqual({ name: CITUS_SECRETS.superuser });
    expect(c.spec.bootstrap.initdb.secret).toEqual({ name: CITUS_SECRETS.orderApp });
    expect(c.spec.managed.roles).toEqual([{ name: 'debezium', ensure: 'present', login: true, replication: true, passwordSecret: { name: CITUS_SECRETS.debezium } }]);
  });
  test('nothing in the rendered objects looks like a credential', () => {
    for (const o of [...objects(prod), ...objects(dev)]) {
      expect([...secretDataViolations(o), ...credentialKeyViolations(o), ...highEntropyViolations(o)]).toEqual([]);
    }
  });
});

describe('cluster formation and DDL', () => {
  const job = (config = prod) => objects(config).find((o) => o.kind === 'Job');
  test('a PostSync Job adds every worker by its -rw Service, then applies the DDL, as the users from Vault', () => {
    const j = job(prod);
    expect(j.metadata.annotations).toEqual({ 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' });
    const c = j.spec.template.spec.containers[0];
    expect(c.image).toBe('192.168.2.2:5000/lumen/cnpg-citus:17.10-13.2');
    expect(c.command[2]).toContain('worker_hosts="citus-worker-0-rw.citus.svc.cluster.local,citus-worker-1-rw.citus.svc.cluster.local"');
    expect(c.command[2]).toContain('-f /sql/cluster.sql');
    expect(c.command[2]).toContain('-f /sql/schema.sql');
    expect(c.env.filter((e: any) => e.valueFrom).map((e: any) => e.valueFrom.secretKeyRef.name).every((n: string) => Object.values(CITUS_SECRETS).includes(n as any))).toBe(true);
    expect(job(dev).spec.template.spec.containers[0].command[2]).toContain('worker_hosts="citus-worker-0-rw.citus.svc.cluster.local"');
  });
  test('the ConfigMap carries the SQL the Job runs', () => {
    const cm = objects(prod).find((o) => o.kind === 'ConfigMap');
    expect(cm.metadata.name).toBe('citus-init');
    expect(cm.data).toEqual({ 'cluster.sql': clusterSql(), 'schema.sql': orderSchemaSql() });
    expect(clusterSql()).toContain('citus_add_node(host, 5432)');
    expect(clusterSql()).toContain("citus_set_coordinator_host(:'coordinator_host', 5432)");
    // Node-to-node passwords come from psql variables (the Job's env), libpq-quoted; none in the file.
    expect(clusterSql()).toContain(`'password=''' || replace(replace(:'app_password', '\\', '\\\\'), '''', '\\''') || ''''`);
  });
  test('shard key: orders and order_items distributed by tenant_id, co-located, country_code in every key', () => {
    expect(ORDER_SHARD_KEY).toEqual(['tenant_id', 'country_code']);
    expect(ORDER_DISTRIBUTION_COLUMN).toBe('tenant_id');
    const sql = orderSchemaSql();
    expect(sql).toContain("create_distributed_table('orders', 'tenant_id')");
    expect(sql).toContain("create_distributed_table('order_items', 'tenant_id', colocate_with => 'orders')");
    expect(sql).toContain('PRIMARY KEY (tenant_id, country_code, order_id)');
    expect(sql).toContain('PRIMARY KEY (tenant_id, country_code, order_id, line_no)');
  });
  test('CDC: the publication Debezium reads, and SELECT for the debezium user', () => {
    const sql = orderSchemaSql();
    expect(sql).toContain("CREATE PUBLICATION order_cdc FOR TABLE orders, order_items");
    expect(sql).toContain('GRANT SELECT ON orders, order_items TO debezium');
  });
});

describe('flows', () => {
  test('operator → instances on both sides (egress half in cnpg-system), replication inside, instances → API server', () => {
    const nps = objects(prod).filter((o) => o.kind === 'NetworkPolicy');
    const egress = nps.find((o) => o.metadata.name === 'allow-cnpg-operator-citus-egress');
    expect(egress.metadata.namespace).toBe('cnpg-system');
    expect(egress.spec.egress[0].ports.map((p: any) => p.port)).toEqual([8000, 5432]);
    const ingress = nps.find((o) => o.metadata.name === 'allow-cnpg-operator-citus-ingress');
    expect(ingress.metadata.namespace).toBe('citus');
    expect(ingress.spec.podSelector.matchLabels).toEqual({ 'cnpg.io/podRole': 'instance' });
    expect(nps.map((o) => o.metadata.name)).toEqual(expect.arrayContaining([
      'allow-egress-apiserver', 'allow-ingress-postgres-in-namespace', 'allow-egress-postgres-in-namespace', 'default-deny-all',
    ]));
  });
});

describe('ORDER_CITUS (what the order service depends on)', () => {
  test('the coordinator primary (rw Service), all its instances (failover), the order_app Vault path', () => {
    expect(ORDER_CITUS).toEqual({
      component: 'citus', name: 'citus-coordinator', namespace: 'citus', podLabels: { 'cnpg.io/cluster': 'citus-coordinator' },
      ports: [{ port: 5432 }], host: 'citus-coordinator-rw.citus.svc.cluster.local', secretPath: 'shop/citus/order-app',
      // What a LoadBalancer exposing it to another cluster of a fleet selects: the -rw Service's pods.
      serviceSelector: { 'cnpg.io/cluster': 'citus-coordinator', 'cnpg.io/instanceRole': 'primary' },
    });
  });
});

describe('postgresCluster', () => {
  const args = {
    name: 'x', image: internalImage('10.0.0.1:5000', 'cloudnative-pg/postgresql', '17.10-standard-trixie'), storage: '1Gi',
    resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }, database: 'd', owner: 'o', ownerSecret: 's',
  };
  test('defaults: no superuser access, no preload, no managed roles', () => {
    const chart = new Chart(testApp(), 'c');
    const c = postgresCluster(chart, 'x', { ...args, instances: 1 }).toJson();
    expect(c.spec.enableSuperuserAccess).toBe(false);
    expect(c.spec.postgresql ?? {}).toEqual({});
    expect(c.spec.managed).toBeUndefined();
  });
  test('logicalSlotFailover: CNPG synchronizes logical slots, with the parameters its webhook requires', () => {
    const c = postgresCluster(new Chart(testApp(), 'c'), 'x', { ...args, instances: 2, parameters: { wal_level: 'logical' }, logicalSlotFailover: true }).toJson();
    expect(c.spec.replicationSlots).toEqual({ highAvailability: { enabled: true, synchronizeLogicalDecoding: true } });
    expect(c.spec.postgresql.parameters).toEqual({ wal_level: 'logical', sync_replication_slots: 'on', hot_standby_feedback: 'on' });
    expect(postgresCluster(new Chart(testApp(), 'c'), 'x', { ...args, instances: 2 }).toJson().spec.replicationSlots).toBeUndefined();
  });
  test('logicalSlotFailover throws before PostgreSQL 17 (failover slots are a 17 feature)', () => {
    const image = internalImage('10.0.0.1:5000', 'cloudnative-pg/postgresql', '16.4-standard-trixie');
    expect(() => postgresCluster(new Chart(testApp(), 'c'), 'x', { ...args, image, instances: 2, logicalSlotFailover: true }))
      .toThrow(`'logicalSlotFailover' needs PostgreSQL 17 or later, got image tag 16.4-standard-trixie (cluster x)`);
  });
  test.each(['dev', 'prod'] as const)('%s: every Citus node keeps its logical slots on its standbys', (env) => {
    for (const c of clusters(overlay(env))) expect(c.spec.replicationSlots.highAvailability.synchronizeLogicalDecoding).toBe(true);
  });
  test('throws if instances is below 1', () => {
    expect(() => postgresCluster(new Chart(testApp(), 'c'), 'x', { ...args, instances: 0 })).toThrow(`'instances' must be >= 1, got 0 (cluster x)`);
  });
});
