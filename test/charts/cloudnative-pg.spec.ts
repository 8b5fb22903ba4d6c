import {
  CloudNativePgChart, cnpgValues, LUMEN_DB_POD_LABELS, LUMEN_DB_RO, LUMEN_DB_RW, LumenDbChart, objectStorePeer,
} from '../../src/charts/cloudnative-pg';
import { overlay, synth, testApp, testConfig } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');

describe('snapshots (prod)', () => {
  test.each([
    ['cloudnative-pg', CloudNativePgChart],
    ['lumen-db', LumenDbChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    expect({ objects: synth(chart), helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values } }).toMatchSnapshot();
  });
});

describe('cloudnative-pg operator', () => {
  test('pinned chart with its CRDs, operator image rewritten, replicas from the overlay', () => {
    const chart = new CloudNativePgChart(testApp(), 'cloudnative-pg', prod);
    expect(chart.helmRelease).toMatchObject({ chart: 'cloudnative-pg', version: '0.29.0', crdModule: 'cloudnative-pg' });
    expect(cnpgValues(prod).values.image).toEqual({ repository: '192.168.2.2:5000/cloudnative-pg/cloudnative-pg', tag: '1.30.0' });
    expect(cnpgValues(prod).values.replicaCount).toBe(2);
    expect(cnpgValues(dev).values.replicaCount).toBe(1);
  });
  test('the API server reaches the webhook; the operator reaches the API server', () => {
    const names = synth(new CloudNativePgChart(testApp(), 'cloudnative-pg', prod)).filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name);
    expect(names).toEqual(expect.arrayContaining(['allow-egress-apiserver', 'allow-ingress-webhook-from-apiserver', 'default-deny-all']));
  });
});

describe('lumen-db', () => {
  const cluster = (config = prod) => synth(new LumenDbChart(testApp(), 'lumen-db', config)).find((o) => o.kind === 'Cluster');
  test('instances per environment: 3 in prod, 1 in dev', () => {
    expect(cluster(prod).spec.instances).toBe(3);
    expect(cluster(dev).spec.instances).toBe(1);
    expect(cluster(prod).spec.storage.size).toBe('10Gi');
    expect(cluster(dev).spec.storage.size).toBe('2Gi');
  });
  test('PostgreSQL 17 from the internal registry; initdb lumen/lumen with the owner from Vault', () => {
    const c = cluster();
    expect(c.spec.imageName).toBe('192.168.2.2:5000/cloudnative-pg/postgresql:17.10-standard-trixie');
    expect(c.spec.bootstrap.initdb).toEqual({ database: 'lumen', owner: 'lumen', secret: { name: 'lumen-db-owner' } });
    expect(c.spec.enableSuperuserAccess).toBe(false);
    expect(c.metadata.namespace).toBe('cnpg-system');
  });
  test('credentials only by reference: a basic-auth VaultStaticSecret, never a Secret', () => {
    const objects = synth(new LumenDbChart(testApp(), 'lumen-db', prod));
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    const vss = objects.find((o) => o.kind === 'VaultStaticSecret' && o.metadata.name === 'lumen-db-owner');
    expect(vss.spec).toMatchObject({ path: 'lumen/postgres', destination: { name: 'lumen-db-owner', type: 'kubernetes.io/basic-auth' } });
    expect(objects.find((o) => o.kind === 'VaultAuth').metadata.namespace).toBe('cnpg-system');
  });
  test('backs up to the platform object store by default: its bucket, a generated key from Vault, the region, a ScheduledBackup, the flow to Garage', () => {
    const objects = synth(new LumenDbChart(testApp(), 'lumen-db', prod));
    const c = objects.find((o) => o.kind === 'Cluster');
    expect(c.spec.backup).toEqual({
      retentionPolicy: '30d',
      barmanObjectStore: {
        destinationPath: 's3://backups-lumen-db/', endpointURL: 'http://garage.object-store.svc.cluster.local:3900', serverName: 'lumen-db',
        s3Credentials: {
          accessKeyId: { name: 'backups-lumen-db-s3', key: 'ACCESS_KEY_ID' }, secretAccessKey: { name: 'backups-lumen-db-s3', key: 'ACCESS_SECRET_KEY' },
          region: { name: 'backups-lumen-db-s3', key: 'REGION' },
        },
        wal: { compression: 'gzip' }, data: { compression: 'gzip' },
      },
    });
    expect(objects.find((o) => o.kind === 'ScheduledBackup')).toMatchObject({
      metadata: { name: 'lumen-db-scheduled' }, spec: { schedule: '0 0 2 * * *', cluster: { name: 'lumen-db' }, method: 'barmanObjectStore', immediate: true },
    });
    const key = objects.find((o) => o.kind === 'VaultStaticSecret' && o.metadata.name === 'backups-lumen-db-s3');
    expect(key.spec.path).toBe('backup/s3/lumen-db');
    expect(key.spec.destination.transformation.templates).toEqual({ REGION: { text: 'garage' } });
    const names = objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => `${o.metadata.namespace}/${o.metadata.name}`);
    expect(names).toEqual(expect.arrayContaining(['cnpg-system/allow-lumen-db-object-store-egress', 'object-store/allow-lumen-db-object-store-ingress']));
    expect(c.spec.bootstrap.initdb).toBeDefined();
    expect(c.spec.externalClusters).toBeUndefined();
  });
  describe('restore switch', () => {
    const restoring = testConfig(`components:
  cloudnativePg:
    database:
      backup: { serverName: lumen-db-2, restore: { fromServerName: lumen-db, targetTime: "2026-12-01T09:30:00Z" } }
`);
    test('renders bootstrap.recovery from the very store, bucket and folder the backups write (the restored cluster writes a new folder)', () => {
      const backups = synth(new LumenDbChart(testApp(), 'lumen-db', prod)).find((o) => o.kind === 'Cluster').spec.backup.barmanObjectStore;
      const c = synth(new LumenDbChart(testApp(), 'lumen-db', restoring)).find((o) => o.kind === 'Cluster');
      expect(c.spec.bootstrap).toEqual({
        recovery: {
          source: 'lumen-db-backup', database: 'lumen', owner: 'lumen', secret: { name: 'lumen-db-owner' },
          recoveryTarget: { targetTime: '2026-12-01T09:30:00Z' },
        },
      });
      expect(c.spec.externalClusters).toHaveLength(1);
      const source = c.spec.externalClusters[0];
      expect(source.name).toBe(c.spec.bootstrap.recovery.source);
      // Same endpoint, bucket, credentials and folder (serverName) as the backups of the cluster before.
      expect(source.barmanObjectStore).toEqual(backups);
      expect(c.spec.backup.barmanObjectStore).toEqual({ ...backups, serverName: 'lumen-db-2' });
    });
    test('without targetTime: the end of the archived WAL', () => {
      const config = testConfig('components:\n  cloudnativePg:\n    database:\n      backup: { serverName: g2, restore: { fromServerName: lumen-db } }\n');
      const c = synth(new LumenDbChart(testApp(), 'lumen-db', config)).find((o) => o.kind === 'Cluster');
      expect(c.spec.bootstrap.recovery.recoveryTarget).toBeUndefined();
      expect(c.spec.externalClusters[0].barmanObjectStore.serverName).toBe('lumen-db');
    });
    test('throws if the restored cluster would write into the folder it restores from (schema)', () => {
      expect(() => testConfig('components:\n  cloudnativePg:\n    database:\n      backup: { restore: { fromServerName: lumen-db } }\n'))
        .toThrow('components.cloudnativePg.database.backup.serverName: expected a serverName other than restore.fromServerName ("lumen-db")');
      expect(() => testConfig('components:\n  cloudnativePg:\n    database:\n      backup: { serverName: x, restore: { fromServerName: x } }\n'))
        .toThrow('components.cloudnativePg.database.backup.serverName');
    });
    test('throws on a target time that is not RFC 3339 (schema)', () => {
      expect(() => testConfig('components:\n  cloudnativePg:\n    database:\n      backup: { serverName: g2, restore: { fromServerName: lumen-db, targetTime: "yesterday" } }\n'))
        .toThrow('components.cloudnativePg.database.backup.restore.targetTime');
    });
  });
  test('a configured object store gives barmanObjectStore, a ScheduledBackup, its credentials from Vault and the egress flow', () => {
    const config = testConfig(`components:
  cloudnativePg:
    database:
      backup: { destinationPath: "s3://lumen-backups/lumen-db", endpointURL: "http://minio.minio.svc.cluster.local:9000" }
`);
    const objects = synth(new LumenDbChart(testApp(), 'lumen-db', config));
    const c = objects.find((o) => o.kind === 'Cluster');
    expect(c.spec.backup.retentionPolicy).toBe('30d');
    expect(c.spec.backup.barmanObjectStore).toMatchObject({
      destinationPath: 's3://lumen-backups/lumen-db', endpointURL: 'http://minio.minio.svc.cluster.local:9000',
      s3Credentials: { accessKeyId: { name: 'lumen-db-backup', key: 'ACCESS_KEY_ID' } },
    });
    expect(objects.find((o) => o.kind === 'ScheduledBackup').spec).toMatchObject({ schedule: '0 0 2 * * *', cluster: { name: 'lumen-db' }, method: 'barmanObjectStore' });
    expect(objects.find((o) => o.kind === 'VaultStaticSecret' && o.metadata.name === 'lumen-db-backup').spec.path).toBe('cnpg/backup');
    const egress = objects.find((o) => o.metadata.name === 'allow-lumen-db-egress-object-store');
    expect(egress.spec.egress[0]).toEqual({
      to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'minio' } } }], ports: [{ protocol: 'TCP', port: 9000 }],
    });
  });
  test('throws if an object store outside the cluster has no CIDR', () => {
    expect(() => objectStorePeer('https://s3.backup.lan')).toThrow("'components.cloudnativePg.database.backup.endpointCidr' is required");
    expect(objectStorePeer('https://s3.backup.lan', '10.0.0.5/32')).toEqual({ peer: { cidrs: ['10.0.0.5/32'] }, port: 443 });
  });
  test('flows: operator → instances (8000, 5432), replication between instances', () => {
    const policies = synth(new LumenDbChart(testApp(), 'lumen-db', prod)).filter((o) => o.kind === 'NetworkPolicy');
    const ingress = policies.find((p) => p.metadata.name === 'allow-cnpg-operator-lumen-db-ingress');
    expect(ingress.spec.podSelector.matchLabels).toEqual(LUMEN_DB_POD_LABELS);
    expect(ingress.spec.ingress[0].ports.map((p: any) => p.port)).toEqual([8000, 5432]);
    expect(policies.map((p) => p.metadata.name)).toEqual(expect.arrayContaining(['allow-lumen-db-replication-ingress', 'allow-lumen-db-replication-egress']));
  });
  test('exports the services lumen-api connects to', () => {
    expect(LUMEN_DB_RW.host).toBe('lumen-db-rw.cnpg-system.svc.cluster.local');
    expect(LUMEN_DB_RO.host).toBe('lumen-db-ro.cnpg-system.svc.cluster.local');
    expect(LUMEN_DB_RW.secretPath).toBe('lumen/postgres');
  });
  test('throws on a bad backup path (schema)', () => {
    expect(() => testConfig('components:\n  cloudnativePg:\n    database:\n      backup: { destinationPath: "/tmp", endpointURL: "http://x:9000" }\n'))
      .toThrow('components.cloudnativePg.database.backup.destinationPath');
  });
});
