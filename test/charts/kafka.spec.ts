import {
  CDC_TOPICS, CONNECT_SECRETS, CONNECT_SERVICE_ACCOUNT, KAFKA, KafkaChart, replication, secretRef, StrimziChart, strimziValues,
} from '../../src/charts/kafka';
import { CitusChart, DEBEZIUM_USER, postgresMajor } from '../../src/charts/citus';
import { MONGODB_USERS, MONGODB_VAULT_PATHS, MongodbChart, PsmdbOperatorChart } from '../../src/charts/mongodb';
import { Waves } from '../../src/constructs/waves';
import { credentialKeyViolations, highEntropyViolations, secretDataViolations } from '../../src/policy/secrets';
import { overlay, synth, testApp, testConfig } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');
const kafka = (config = prod) => synth(new KafkaChart(testApp(), 'kafka', config));
const one = (objects: any[], kind: string) => objects.find((o) => o.kind === kind);

describe('snapshots (prod)', () => {
  test.each([
    ['strimzi', StrimziChart],
    ['kafka', KafkaChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    expect({ objects: synth(chart), helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values } }).toMatchSnapshot();
  });
});

describe('strimzi operator', () => {
  test('pinned 1.2.0 chart with its CRDs (kafka.strimzi.io/v1 only), wave controllers', () => {
    const chart = new StrimziChart(testApp(), 'strimzi', prod);
    expect(chart.helmRelease).toMatchObject({ chart: 'strimzi-kafka-operator', version: '1.2.0', crdModule: 'strimzi' });
    expect(chart.wave).toBe(Waves.CONTROLLERS);
    expect(new KafkaChart(testApp(), 'kafka', prod).wave).toBe(Waves.CONTROLLERS_CONFIG);
  });
  test('every image the chart composes (registry/repository/name:tag) lands in the internal registry', () => {
    const { values, images } = strimziValues(prod);
    expect(images.map((i) => i.ref)).toEqual(['192.168.2.2:5000/strimzi/operator:1.2.0', '192.168.2.2:5000/strimzi/kafka:1.2.0-kafka-4.3.1']);
    // The chart's strimzi.image helper: join "/" (compact registry repository name) + ":" + tag(+suffix).
    const compose = (i: { registry: string; repository: string; name: string }, tag: string) =>
      `${[i.registry || values.defaultImageRegistry, i.repository || values.defaultImageRepository, i.name].filter(Boolean).join('/')}:${tag}`;
    expect(compose(values.image, values.defaultImageTag)).toBe('192.168.2.2:5000/strimzi/operator:1.2.0');
    expect(compose(values.kafka.image, `${values.defaultImageTag}-kafka-4.3.1`)).toBe('192.168.2.2:5000/strimzi/kafka:1.2.0-kafka-4.3.1');
    expect(values.extraEnvs).toEqual([{ name: 'STRIMZI_POD_SECURITY_PROVIDER_CLASS', value: 'restricted' }]);
    expect(values.watchAnyNamespace).toBe(false);
  });
  test('Connect reads exactly its two Vault-fed Secrets: a Role on those names, bound to its ServiceAccount', () => {
    const objects = synth(new StrimziChart(testApp(), 'strimzi', prod));
    expect(objects.filter((o) => o.kind === 'VaultStaticSecret').map((o) => [o.spec.destination.name, o.spec.path]).sort()).toEqual([
      ['debezium-citus', 'shop/citus/debezium'], ['debezium-mongodb', 'shop/mongodb/debezium'],
    ]);
    expect(one(objects, 'Role').rules).toEqual([{ apiGroups: [''], resources: ['secrets'], resourceNames: ['debezium-citus', 'debezium-mongodb'], verbs: ['get'] }]);
    expect(one(objects, 'RoleBinding').subjects).toEqual([{ kind: 'ServiceAccount', name: CONNECT_SERVICE_ACCOUNT, namespace: 'kafka' }]);
    expect(CONNECT_SERVICE_ACCOUNT).toBe('debezium-connect');
  });
});

describe('kafka (KRaft)', () => {
  test('one node pool, controller + broker: 3 nodes in prod, 1 in dev', () => {
    const pool = (config = prod) => one(kafka(config), 'KafkaNodePool');
    expect(pool(prod).spec).toMatchObject({ replicas: 3, roles: ['controller', 'broker'] });
    expect(pool(prod).metadata.labels['strimzi.io/cluster']).toBe('lumen-kafka');
    expect(pool(prod).spec.storage.volumes[0]).toMatchObject({ type: 'persistent-claim', size: '10Gi', kraftMetadata: 'shared', deleteClaim: false });
    expect(pool(dev).spec.replicas).toBe(1);
  });
  test('replication follows the node count: RF 3 / min ISR 2 in prod, 1 / 1 in dev', () => {
    expect(replication(3)).toEqual({ factor: 3, minInSync: 2 });
    expect(replication(5)).toEqual({ factor: 3, minInSync: 2 });
    expect(replication(1)).toEqual({ factor: 1, minInSync: 1 });
    expect(one(kafka(prod), 'Kafka').spec.kafka.config).toMatchObject({ 'default.replication.factor': 3, 'min.insync.replicas': 2, 'auto.create.topics.enable': false });
    expect(one(kafka(dev), 'Kafka').spec.kafka.config).toMatchObject({ 'default.replication.factor': 1, 'min.insync.replicas': 1 });
  });
  test('Kafka 4.3.1, a plain and a TLS internal listener, served as kafka.strimzi.io/v1', () => {
    const k = one(kafka(prod), 'Kafka');
    expect(k.apiVersion).toBe('kafka.strimzi.io/v1');
    expect(k.spec.kafka.version).toBe('4.3.1');
    expect(k.spec.kafka.listeners.map((l: any) => [l.name, l.port, l.tls])).toEqual([['plain', 9092, false], ['tls', 9093, true]]);
  });
  test('CDC topics declared (Kubernetes names without "_", the real name in topicName)', () => {
    const topics = kafka(prod).filter((o) => o.kind === 'KafkaTopic');
    const names = topics.map((t) => t.spec.topicName).sort();
    expect(names).toEqual([...CDC_TOPICS.catalog, ...CDC_TOPICS.orders, 'debezium-connect-configs', 'debezium-connect-offsets', 'debezium-connect-status'].sort());
    expect(topics.find((t) => t.spec.topicName === 'order.public.order_items').metadata.name).toBe('order.public.order-items');
    for (const t of topics) expect(t.spec.replicas).toBe(3);
  });
});

describe('Debezium Kafka Connect', () => {
  test('the internal image with the plugins baked in: no build step, connectors as resources', () => {
    const c = one(kafka(prod), 'KafkaConnect');
    expect(c.spec.image).toBe('192.168.2.2:5000/lumen/debezium-connect:3.4.2.Final-1.2.0-kafka-4.3.1');
    expect(c.spec.build).toBeUndefined();
    expect(c.metadata.annotations['strimzi.io/use-connector-resources']).toBe('true');
    expect(c.spec.replicas).toBe(2);
    expect(one(kafka(dev), 'KafkaConnect').spec.replicas).toBe(1);
    expect(c.spec.config).toMatchObject({
      'config.providers': 'secrets', 'config.providers.secrets.class': 'io.strimzi.kafka.KubernetesSecretConfigProvider',
    });
    expect(c.spec.bootstrapServers).toBe('lumen-kafka-kafka-bootstrap:9093');
  });
  test('one Postgres connector per Citus node: pgoutput, the publication, its slot, topics merged per table', () => {
    const pg = kafka(prod).filter((o) => o.kind === 'KafkaConnector' && o.spec.class.endsWith('PostgresConnector'));
    expect(pg.map((c) => c.spec.config['database.hostname'])).toEqual([
      'citus-coordinator-rw.citus.svc.cluster.local', 'citus-worker-0-rw.citus.svc.cluster.local', 'citus-worker-1-rw.citus.svc.cluster.local',
    ]);
    for (const c of pg) {
      expect(c.spec.config).toMatchObject({
        'plugin.name': 'pgoutput', 'publication.name': 'order_cdc', 'publication.autocreate.mode': 'disabled', 'slot.name': 'debezium_order',
        'database.dbname': 'orders', 'table.include.list': 'public.orders,public.order_items', 'transforms.route.replacement': 'order.$1',
      });
      expect(c.spec.autoRestart).toEqual({ enabled: true });
    }
    expect(new Set(pg.map((c) => c.spec.config['topic.prefix'])).size).toBe(3);
    // One snapshot (through the coordinator, of every shard), then changes from the workers' WAL.
    expect(pg.map((c) => c.spec.config['snapshot.mode'])).toEqual(['initial', 'no_data', 'no_data']);
    expect(kafka(dev).filter((o) => o.kind === 'KafkaConnector' && o.spec.class.endsWith('PostgresConnector'))).toHaveLength(2);
  });
  test('a MongoDB connector on the catalog change streams, through mongos', () => {
    const m = kafka(prod).find((o) => o.kind === 'KafkaConnector' && o.spec.class.endsWith('MongoDbConnector'));
    expect(m.spec.config).toMatchObject({
      'mongodb.connection.string': 'mongodb://catalog-mongodb-mongos.mongodb.svc.cluster.local:27017/?authSource=admin',
      'collection.include.list': 'catalog.products,catalog.merchant_listings',
      'capture.mode': 'change_streams_update_full',
    });
  });
  test('credentials are only referenced: config-provider placeholders, nothing literal', () => {
    expect(secretRef('debezium-citus', 'password')).toBe('${secrets:kafka/debezium-citus:password}');
    const connectors = kafka(prod).filter((o) => o.kind === 'KafkaConnector');
    for (const c of connectors) {
      const cfg = c.spec.config;
      const creds = Object.entries(cfg).filter(([k]) => /user|password/.test(k));
      expect(creds.length).toBe(2);
      for (const [, v] of creds) expect(v).toMatch(new RegExp(`^\\$\\{secrets:kafka/(${Object.values(CONNECT_SECRETS).join('|')}):(username|password)\\}$`));
    }
    for (const config of [prod, dev]) {
      for (const Ctor of [StrimziChart, KafkaChart]) {
        for (const o of synth(new Ctor(testApp(), 'x', config))) {
          expect([...secretDataViolations(o), ...credentialKeyViolations(o), ...highEntropyViolations(o)]).toEqual([]);
        }
      }
    }
  });
  test('without Citus or MongoDB, their connectors, topics and flows are left out', () => {
    const objects = synth(new KafkaChart(testApp(), 'kafka', testConfig('components:\n  citus: { enabled: false }\n  mongodb: { enabled: false }\n')));
    expect(objects.filter((o) => o.kind === 'KafkaConnector')).toEqual([]);
    expect(objects.filter((o) => o.kind === 'KafkaTopic').map((t) => t.spec.topicName).sort()).toEqual(['debezium-connect-configs', 'debezium-connect-offsets', 'debezium-connect-status']);
    expect(objects.filter((o) => o.kind === 'NetworkPolicy')).toEqual([]);
  });
});

describe('flows', () => {
  test('Connect → Citus instances (5432) and → mongos (27017), both sides', () => {
    const nps = kafka(prod).filter((o) => o.kind === 'NetworkPolicy');
    const byName = Object.fromEntries(nps.map((o) => [o.metadata.name, o]));
    expect(byName['allow-debezium-citus-egress'].metadata.namespace).toBe('kafka');
    expect(byName['allow-debezium-citus-ingress'].metadata.namespace).toBe('citus');
    expect(byName['allow-debezium-citus-ingress'].spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 5432 }]);
    expect(byName['allow-debezium-mongodb-ingress'].metadata.namespace).toBe('mongodb');
    expect(byName['allow-debezium-mongodb-ingress'].spec.podSelector.matchLabels['app.kubernetes.io/component']).toBe('mongos');
    expect(byName['allow-debezium-mongodb-egress'].spec.podSelector.matchLabels).toEqual({ 'strimzi.io/cluster': 'debezium', 'strimzi.io/kind': 'KafkaConnect' });
  });
  test('the operator app opens the API server and Strimzi\'s ports inside the namespace', () => {
    const names = synth(new StrimziChart(testApp(), 'strimzi', prod)).filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name).sort();
    expect(names).toEqual(['allow-dns-egress', 'allow-egress-apiserver', 'allow-egress-strimzi-in-namespace', 'allow-ingress-strimzi-in-namespace', 'default-deny-all']);
  });
  test('KAFKA: the bootstrap Service on the plain listener, broker pods, no credentials', () => {
    expect(KAFKA).toEqual({
      component: 'kafka', name: 'lumen-kafka', namespace: 'kafka', podLabels: { 'strimzi.io/cluster': 'lumen-kafka', 'strimzi.io/broker-role': 'true' },
      ports: [{ port: 9092 }], host: 'lumen-kafka-kafka-bootstrap.kafka.svc.cluster.local',
      // From another cluster of a fleet: Strimzi's fleet listener (test/charts/fleet.spec.ts).
      remote: 'listener', remotePorts: [{ port: 9094 }], remoteAddresses: expect.any(Function),
    });
  });
});

/**
 * Contract: what each CDC connector asks of its database against what that database grants the user it logs in
 * as. Both sides are read from the rendered objects; the user is matched through the Vault entry both Secrets
 * come from (the connector's `${secrets:kafka/<secret>:...}` and the database's user Secret).
 */
describe('CDC contract: connector scope vs the database user', () => {
  const strimzi = synth(new StrimziChart(testApp(), 'strimzi', prod));
  const connectors = kafka().filter((o) => o.kind === 'KafkaConnector');
  const vaultPath = (objects: any[], secret: string, ns: string) => objects
    .find((o) => o.kind === 'VaultStaticSecret' && o.spec.destination.name === secret && o.metadata.namespace === ns)?.spec.path;
  const secretOf = (ref: string) => /^\$\{secrets:kafka\/([^:]+):username\}$/.exec(ref)![1];

  describe('MongoDB', () => {
    const operator = synth(new PsmdbOperatorChart(testApp(), 'psmdb-operator', prod));
    const psmdb = synth(new MongodbChart(testApp(), 'mongodb', prod)).find((o) => o.kind === 'PerconaServerMongoDB');
    const connector = connectors.find((c) => c.spec.class === 'io.debezium.connector.mongodb.MongoDbConnector');
    const cfg = connector.spec.config;
    // The database user whose password Secret comes from the same Vault entry as the connector's credentials.
    const connectorPath = vaultPath(strimzi, secretOf(cfg['mongodb.user']), 'kafka');
    const user = psmdb.spec.users.find((u: any) => vaultPath(operator, u.passwordSecretRef.name, 'mongodb') === connectorPath);
    const readable = new Set<string>(user.roles.filter((r: any) => ['read', 'readWrite'].includes(r.name)).map((r: any) => r.db));
    const anyDatabase = user.roles.some((r: any) => ['readAnyDatabase', 'readWriteAnyDatabase', 'root'].includes(r.name));

    test('the connector logs in as the debezium user (same Vault entry)', () => {
      expect(connectorPath).toBe(MONGODB_VAULT_PATHS.debezium);
      expect(user?.name).toBe(MONGODB_USERS.debezium);
    });
    test('a deployment-wide change stream only for a user that reads every database', () => {
      // Debezium 3.4: capture.scope defaults to `deployment` (MongoDbConnectorConfig.CAPTURE_SCOPE).
      const scope = cfg['capture.scope'] ?? 'deployment';
      expect(['deployment', 'database', 'collection']).toContain(scope);
      if (!anyDatabase) expect(scope).not.toBe('deployment');
    });
    test('the capture target and every included database are databases the user may read', () => {
      const target: string = cfg['capture.target'];
      const targetDb = cfg['capture.scope'] === 'collection' ? target.split('.')[0] : target;
      expect(readable).toContain(targetDb);
      for (const db of String(cfg['database.include.list']).split(',')) expect([db, readable.has(db) || anyDatabase]).toEqual([db, true]);
      for (const coll of String(cfg['collection.include.list']).split(',')) expect(coll.split('.')[0]).toBe(targetDb);
    });
  });

  describe('PostgreSQL (Citus)', () => {
    const citusObjects = synth(new CitusChart(testApp(), 'citus', prod));
    // The DDL the init Job runs, as rendered.
    const sql: string = citusObjects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'citus-init').data['schema.sql'];
    const pgConnectors = connectors.filter((c) => c.spec.class === 'io.debezium.connector.postgresql.PostgresConnector');

    test('one connector per Citus node, each on a rendered Cluster', () => {
      const clusters = citusObjects.filter((o) => o.kind === 'Cluster').map((c) => c.metadata.name);
      expect(pgConnectors.map((c) => c.spec.config['database.hostname'].split('.')[0].replace(/-rw$/, ''))).toEqual(clusters);
    });
    test.each(pgConnectors.map((c) => [c.metadata.name, c]))('%s: its user may replicate, its publication exists, its slot survives a switchover', (_name, c: any) => {
      const cfg = c.spec.config;
      const cluster = citusObjects.find((o) => o.kind === 'Cluster' && `${o.metadata.name}-rw.citus.svc.cluster.local` === cfg['database.hostname']);
      // The user: the managed role whose password Secret comes from the connector's Vault entry.
      const connectorPath = vaultPath(strimzi, secretOf(cfg['database.user']), 'kafka');
      const role = cluster.spec.managed.roles.find((r: any) => vaultPath(citusObjects, r.passwordSecret.name, 'citus') === connectorPath);
      expect(role).toMatchObject({ name: DEBEZIUM_USER, login: true, replication: true, ensure: 'present' });
      // pgoutput needs logical WAL.
      expect(cfg['plugin.name']).toBe('pgoutput');
      expect(cluster.spec.postgresql.parameters.wal_level).toBe('logical');
      // The connector does not create the publication: the init SQL does, over exactly the captured tables,
      // and grants the user SELECT on them (the initial snapshot).
      expect(cfg['publication.autocreate.mode']).toBe('disabled');
      const pub = new RegExp(`CREATE PUBLICATION ${cfg['publication.name']} FOR TABLE ([a-z_, ]+)'`).exec(sql);
      expect(pub).not.toBeNull();
      const published = pub![1].split(',').map((t) => t.trim());
      const captured = String(cfg['table.include.list']).split(',').map((t) => t.replace(/^public\./, ''));
      expect(published.sort()).toEqual([...captured].sort());
      expect(sql).toContain(`GRANT SELECT ON ${captured.join(', ')} TO ${role.name};`);
      // A failover slot is only kept on the standbys when CNPG synchronizes logical decoding (PostgreSQL 17+).
      expect(cfg['slot.failover']).toBe(true);
      expect(cluster.spec.replicationSlots.highAvailability).toMatchObject({ enabled: true, synchronizeLogicalDecoding: true });
      expect(cluster.spec.postgresql.parameters).toMatchObject({ sync_replication_slots: 'on', hot_standby_feedback: 'on' });
      expect(postgresMajor(cluster.spec.imageName.split(':').pop())).toBeGreaterThanOrEqual(17);
    });
  });
});
