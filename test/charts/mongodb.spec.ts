import {
  CATALOG_MONGODB, CATALOG_SHARD_KEYS, MONGODB_SECRETS, MONGODB_VAULT_PATHS, MongodbChart, PSMDB_SYSTEM_USER_KEYS, PsmdbOperatorChart,
  psmdbOperatorValues, shardingScript,
} from '../../src/charts/mongodb';
import { Waves } from '../../src/constructs/waves';
import { credentialKeyViolations, highEntropyViolations, secretDataViolations } from '../../src/policy/secrets';
import { overlay, synth, testApp, testConfig } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');
const psmdb = (config = prod) => synth(new MongodbChart(testApp(), 'mongodb', config)).find((o) => o.kind === 'PerconaServerMongoDB');

describe('snapshots (prod)', () => {
  test.each([
    ['psmdb-operator', PsmdbOperatorChart],
    ['mongodb', MongodbChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    expect({ objects: synth(chart), helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values } }).toMatchSnapshot();
  });
});

describe('psmdb-operator', () => {
  test('pinned chart with its CRDs, internal image, own namespace only, no telemetry (air gap)', () => {
    const chart = new PsmdbOperatorChart(testApp(), 'psmdb-operator', prod);
    expect(chart.helmRelease).toMatchObject({ chart: 'psmdb-operator', version: '1.22.0', crdModule: 'percona-mongodb' });
    const { values, images } = psmdbOperatorValues(prod);
    expect(values.image).toEqual({ repository: '192.168.2.2:5000/percona/percona-server-mongodb-operator', tag: '1.22.0', pullPolicy: 'IfNotPresent' });
    expect(images.map((i) => i.ref)).toEqual(['192.168.2.2:5000/percona/percona-server-mongodb-operator:1.22.0']);
    expect(values).toMatchObject({ disableTelemetry: true, watchAllNamespaces: false });
    expect(chart.wave).toBe(Waves.CONTROLLERS);
  });
  test('creates the mongodb namespace and every credential as a VaultStaticSecret, a wave before the cluster', () => {
    const objects = synth(new PsmdbOperatorChart(testApp(), 'psmdb-operator', prod));
    expect(objects.find((o) => o.kind === 'Namespace').metadata.name).toBe('mongodb');
    const vss = objects.filter((o) => o.kind === 'VaultStaticSecret');
    expect(Object.fromEntries(vss.map((o) => [o.spec.destination.name, o.spec.path]))).toEqual({
      [MONGODB_SECRETS.systemUsers]: MONGODB_VAULT_PATHS.systemUsers,
      [MONGODB_SECRETS.keyFile]: MONGODB_VAULT_PATHS.keyFile,
      [MONGODB_SECRETS.encryptionKey]: MONGODB_VAULT_PATHS.encryptionKey,
      [MONGODB_SECRETS.catalog]: MONGODB_VAULT_PATHS.catalog,
      [MONGODB_SECRETS.debezium]: MONGODB_VAULT_PATHS.debezium,
    });
    expect(objects.some((o) => o.kind === 'VaultAuth' && o.metadata.namespace === 'mongodb')).toBe(true);
    expect(new MongodbChart(testApp(), 'mongodb', prod).wave.number).toBeGreaterThan(Waves.CONTROLLERS.number);
  });
  test('the operator reaches the API server', () => {
    const np = synth(new PsmdbOperatorChart(testApp(), 'psmdb-operator', prod)).find((o) => o.metadata.name === 'allow-egress-apiserver');
    expect(np.spec.podSelector.matchLabels).toEqual({ app: 'psmdb-operator', tier: 'platform' });
    expect(np.spec.egress[0].to).toEqual([{ ipBlock: { cidr: '192.168.2.2/32' } }]);
  });
});

describe('catalog-mongodb (PerconaServerMongoDB)', () => {
  test('prod: sharded, 2 shards rs0/rs1 of 3 members, 3 config servers, 2 mongos, no unsafe flags', () => {
    const spec = psmdb(prod).spec;
    expect(spec.sharding.enabled).toBe(true);
    expect(spec.replsets.map((r: any) => [r.name, r.size])).toEqual([['rs0', 3], ['rs1', 3]]);
    expect(spec.sharding.configsvrReplSet.size).toBe(3);
    expect(spec.sharding.mongos.size).toBe(2);
    expect(spec.unsafeFlags).toBeUndefined();
    expect(spec.replsets[0].volumeSpec.persistentVolumeClaim.resources.requests.storage).toBe('10Gi');
  });
  test('dev: one shard of one member, one mongos: the operator is told these sizes are intended', () => {
    const spec = psmdb(dev).spec;
    expect(spec.replsets.map((r: any) => [r.name, r.size])).toEqual([['rs0', 1]]);
    expect(spec.sharding.configsvrReplSet.size).toBe(1);
    expect(spec.sharding.mongos.size).toBe(1);
    expect(spec.unsafeFlags).toEqual({ replsetSize: true, mongosSize: true });
  });
  test('every image from the internal registry, pinned; version service off; TLS between members', () => {
    const spec = psmdb(prod).spec;
    expect(spec.image).toBe('192.168.2.2:5000/percona/percona-server-mongodb:8.0.17-6');
    expect(spec.initImage).toBe('192.168.2.2:5000/percona/percona-server-mongodb-operator:1.22.0');
    expect(spec.backup.image).toBe('192.168.2.2:5000/percona/percona-backup-mongodb:2.11.0');
    expect(spec.upgradeOptions).toEqual({ apply: 'disabled' });
    expect(spec.tls.mode).toBe('preferTLS');
  });
  test('soft anti-affinity per replica set, app/tier labels, restricted security context', () => {
    const rs1 = psmdb(prod).spec.replsets[1];
    const term = rs1.affinity.advanced.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm;
    expect(term.topologyKey).toBe('kubernetes.io/hostname');
    expect(term.labelSelector.matchLabels['app.kubernetes.io/replset']).toBe('rs1');
    expect(rs1.labels).toEqual({ app: 'catalog-mongodb', tier: 'data' });
    expect(rs1.podSecurityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(rs1.containerSecurityContext).toMatchObject({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
  });
  test('credentials are only referenced: Secrets by name, users by passwordSecretRef', () => {
    const spec = psmdb(prod).spec;
    expect(spec.secrets).toEqual({ users: MONGODB_SECRETS.systemUsers, keyFile: MONGODB_SECRETS.keyFile, encryptionKey: MONGODB_SECRETS.encryptionKey });
    expect(spec.users.map((u: any) => [u.name, u.passwordSecretRef])).toEqual([
      ['catalog', { name: MONGODB_SECRETS.catalog, key: 'password' }],
      ['debezium', { name: MONGODB_SECRETS.debezium, key: 'password' }],
    ]);
    for (const config of [prod, dev]) {
      for (const Ctor of [PsmdbOperatorChart, MongodbChart]) {
        for (const o of synth(new Ctor(testApp(), 'x', config))) {
          expect([...secretDataViolations(o), ...credentialKeyViolations(o), ...highEntropyViolations(o)]).toEqual([]);
        }
      }
    }
    expect(PSMDB_SYSTEM_USER_KEYS).toContain('MONGODB_DATABASE_ADMIN_USER');
  });
  test('catalog user: readWrite on catalog only; debezium: read (change streams)', () => {
    const [catalog, debezium] = psmdb(prod).spec.users;
    expect(catalog.roles).toEqual([{ name: 'readWrite', db: 'catalog' }]);
    expect(debezium.roles.every((r: any) => r.name === 'read')).toBe(true);
  });
  test('throws if the members of a replica set are even', () => {
    expect(() => new MongodbChart(testApp(), 'mongodb', testConfig('components:\n  mongodb: { replicas: 2 }\n')))
      .toThrow(`'components.mongodb.replicas' must be 1 or odd (a replica set needs a majority that survives a member), got 2`);
  });
});

describe('shard key', () => {
  test('merchant_listings on the seed composite key [tenant_id, country_code] then _id (splittable); products hashed', () => {
    expect(CATALOG_SHARD_KEYS).toEqual({ merchant_listings: { tenant_id: 1, country_code: 1, _id: 1 }, products: { _id: 'hashed' } });
  });
  test('no ranged shard key ends on a low-cardinality field: one value of its prefix can always be split', () => {
    // A ranged key whose last field is not unique per document makes one (tenant, country) an indivisible jumbo chunk.
    for (const [coll, key] of Object.entries(CATALOG_SHARD_KEYS)) {
      const fields = Object.keys(key);
      if (Object.values(key).includes('hashed')) continue;
      expect([coll, fields[fields.length - 1]]).toEqual([coll, '_id']);
    }
  });
  test('a collection already sharded on an older key is reported for refinement, never silently kept', () => {
    expect(shardingScript()).toContain("print('REFINE NEEDED: '");
    expect(shardingScript()).toContain("JSON.stringify(current.key) === JSON.stringify(key)");
  });
  test('a PostSync Job shards the collections through mongos with the cluster admin from the users Secret', () => {
    const objects = synth(new MongodbChart(testApp(), 'mongodb', prod));
    const cm = objects.find((o) => o.kind === 'ConfigMap');
    expect(cm.data['shard-catalog.js']).toBe(shardingScript());
    expect(shardingScript()).toContain('sh.shardCollection(ns, key)');
    expect(shardingScript()).toContain('{"merchant_listings":{"tenant_id":1,"country_code":1,"_id":1}');
    const job = objects.find((o) => o.kind === 'Job');
    expect(job.metadata.annotations['argocd.argoproj.io/hook']).toBe('PostSync');
    const c = job.spec.template.spec.containers[0];
    expect(c.image).toBe('192.168.2.2:5000/percona/percona-server-mongodb:8.0.17-6');
    expect(c.args[0]).toContain(`mongodb://${CATALOG_MONGODB.host}:27017/admin`);
    expect(c.env.find((e: any) => e.name === 'MONGO_PASSWORD').valueFrom.secretKeyRef).toEqual({ name: MONGODB_SECRETS.systemUsers, key: 'MONGODB_CLUSTER_ADMIN_PASSWORD' });
  });
});

describe('CATALOG_MONGODB (what the catalog service depends on)', () => {
  test('the mongos Service, its pods and the Vault path of the catalog user', () => {
    expect(CATALOG_MONGODB).toEqual({
      component: 'mongodb', name: 'catalog-mongodb', namespace: 'mongodb',
      podLabels: { 'app.kubernetes.io/name': 'percona-server-mongodb', 'app.kubernetes.io/instance': 'catalog-mongodb', 'app.kubernetes.io/component': 'mongos' },
      ports: [{ port: 27017 }], host: 'catalog-mongodb-mongos.mongodb.svc.cluster.local', secretPath: 'shop/mongodb/catalog',
    });
    expect(Object.isFrozen(CATALOG_MONGODB)).toBe(true);
  });
  test('members, routers and the operator reach each other on 27017 inside the namespace', () => {
    const objects = synth(new MongodbChart(testApp(), 'mongodb', prod)).filter((o) => o.kind === 'NetworkPolicy');
    const inNamespace = objects.filter((o) => !o.metadata.name.includes('object-store'));
    expect(inNamespace.map((o) => o.metadata.name).sort()).toEqual(['allow-egress-mongodb-in-namespace', 'allow-ingress-mongodb-in-namespace']);
    for (const o of inNamespace) expect(JSON.stringify(o.spec)).toContain('"port":27017');
  });
});
