import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig, Resources } from '../config/schema';
import {
  PerconaServerMongoDb, PerconaServerMongoDbRestore, PerconaServerMongoDbSpecBackupTasksRetentionType, PerconaServerMongoDbSpecBackupTasksType,
  PerconaServerMongoDbSpecBackupResourcesLimits as PbmLimits,
  PerconaServerMongoDbSpecBackupResourcesRequests as PbmRequests,
  PerconaServerMongoDbSpecReplsetsResourcesLimits as RsLimits,
  PerconaServerMongoDbSpecReplsetsResourcesRequests as RsRequests,
  PerconaServerMongoDbSpecShardingConfigsvrReplSetResourcesLimits as CfgLimits,
  PerconaServerMongoDbSpecShardingConfigsvrReplSetResourcesRequests as CfgRequests,
  PerconaServerMongoDbSpecShardingMongosResourcesLimits as MongosLimits,
  PerconaServerMongoDbSpecShardingMongosResourcesRequests as MongosRequests,
  PerconaServerMongoDbSpecReplsetsVolumeSpecPersistentVolumeClaimResourcesRequests as RsStorage,
  PerconaServerMongoDbSpecShardingConfigsvrReplSetVolumeSpecPersistentVolumeClaimResourcesRequests as CfgStorage,
  PerconaServerMongoDbSpecReplsetsPodDisruptionBudgetMaxUnavailable as RsPdb,
  PerconaServerMongoDbSpecShardingConfigsvrReplSetPodDisruptionBudgetMaxUnavailable as CfgPdb,
  PerconaServerMongoDbSpecShardingMongosPodDisruptionBudgetMaxUnavailable as MongosPdb,
} from '../../imports/percona-mongodb-psmdb.percona.com';
import { Dependency, dependency, serviceHost } from '../constructs/dependency';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { VaultNamespaceAuth, VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { PostSyncJob } from '../constructs/post-sync-job';
import { ObjectStoreAccess } from '../constructs/object-store-access';
import { BACKUP_TARGETS, OBJECT_STORE_ENDPOINT, OBJECT_STORE_REGION, S3_KEY_ID, S3_SECRET_KEY } from '../platform/object-store';

/** The PBM storage of the cluster (spec.backup.storages key): the platform object store, objects below MONGODB_CLUSTER/. */
export const PBM_STORAGE = 'object-store';
/** The Secret PBM reads its S3 key from (keys AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY). */
export const PBM_S3_SECRET = `${BACKUP_TARGETS.mongodb.bucket}-s3`;
/** The scheduled base backup task (its PerconaServerMongoDBBackup objects are named cron-<cluster>-<time>-...). */
export const PBM_TASK = 'scheduled';

/** PBM's point-in-time format (`YYYY-MM-DD HH:MM:SS`, UTC) of an RFC 3339 time. */
export function pbmDate(rfc3339: string): string {
  const t = new Date(rfc3339);
  if (Number.isNaN(t.getTime())) throw new Error(`'components.mongodb.backup.restore.targetTime' must be an RFC 3339 time, got "${rfc3339}"`);
  return t.toISOString().slice(0, 19).replace('T', ' ');
}

/** Percona Operator for MongoDB v1.22.0 (chart psmdb-operator 1.22.0): the version whose CRD imports/ carries. */
export const PSMDB_OPERATOR_VERSION = '1.22.0';
export const PSMDB_CHART_VERSION = '1.22.0';
/** Percona Server for MongoDB 8.0, certified with the operator (and carrying mongosh, used by the init Job). */
export const PSMDB_SERVER_TAG = '8.0.17-6';
/** Percona Backup for MongoDB: the CR requires the image even with backups off. */
export const PBM_TAG = '2.11.0';

/** The operator and the catalog cluster share one namespace (the operator watches its own namespace only). */
export const MONGODB_NAMESPACE = 'mongodb';
/** The PerconaServerMongoDB resource; its pods and Services are named after it. */
export const MONGODB_CLUSTER = 'catalog-mongodb';
export const MONGODB_PORT = 27017;
/** Users authenticate against `admin` (PerconaServerMongoDB `spec.users[].db`). */
export const MONGODB_AUTH_SOURCE = 'admin';

/** The catalog database and its collections (seed 004 §4: shared catalogue, private overlay). */
export const CATALOG_DATABASE = 'catalog';
export const CATALOG_COLLECTIONS = { products: 'products', merchantListings: 'merchant_listings' } as const;
/**
 * Shard keys of the catalog (seed 004 §3: geographic sharding on `[tenant_id, country_code]`).
 * - `merchant_listings` (tenant-specific price, stock, active flag): ranged on `{ tenant_id, country_code, _id }`:
 *   a tenant's query by country still targets the shards of that range (usually one), zones can pin a tenant's
 *   country ranges to a shard (data sovereignty), and `_id` lets the balancer split one large tenant-country
 *   (on `{ tenant_id, country_code }` alone it would be one indivisible jumbo chunk).
 * - `products` (global SKU, brand, images; no tenant): hashed `_id`, spread evenly (read-mostly, cached).
 * Country restrictions (`geo_restrictions`) are filtered by the application, not sharded (seed 004 §5).
 */
export const CATALOG_SHARD_KEYS: Readonly<Record<string, Readonly<Record<string, 1 | 'hashed'>>>> = Object.freeze({
  [CATALOG_COLLECTIONS.merchantListings]: Object.freeze({ tenant_id: 1, country_code: 1, _id: 1 } as const),
  [CATALOG_COLLECTIONS.products]: Object.freeze({ _id: 'hashed' } as const),
});

/** Vault KV paths (below `secret/`). */
export const MONGODB_VAULT_PATHS = {
  /** The operator's system users: every key of PSMDB_SYSTEM_USER_KEYS. */
  systemUsers: 'shop/mongodb/system-users',
  /** `mongodb-key`: the replica-set keyFile (internal authentication). */
  keyFile: 'shop/mongodb/keyfile',
  /** `encryption-key`: data-at-rest encryption key (needed to restore a backup: keep it in Vault). */
  encryptionKey: 'shop/mongodb/encryption-key',
  /** `username` (catalog) and `password`: the catalog service's user (readWrite on catalog). */
  catalog: 'shop/mongodb/catalog',
  /** `username` (debezium) and `password`: the CDC user (read + change streams). */
  debezium: 'shop/mongodb/debezium',
} as const;
/** Keys the operator expects in the users Secret (`spec.secrets.users`); the Vault entry must hold them all. */
export const PSMDB_SYSTEM_USER_KEYS = [
  'MONGODB_BACKUP_USER', 'MONGODB_BACKUP_PASSWORD',
  'MONGODB_DATABASE_ADMIN_USER', 'MONGODB_DATABASE_ADMIN_PASSWORD',
  'MONGODB_CLUSTER_ADMIN_USER', 'MONGODB_CLUSTER_ADMIN_PASSWORD',
  'MONGODB_CLUSTER_MONITOR_USER', 'MONGODB_CLUSTER_MONITOR_PASSWORD',
  'MONGODB_USER_ADMIN_USER', 'MONGODB_USER_ADMIN_PASSWORD',
] as const;
/** Secrets VSO writes in the mongodb namespace. */
export const MONGODB_SECRETS = {
  systemUsers: `${MONGODB_CLUSTER}-users`,
  keyFile: `${MONGODB_CLUSTER}-keyfile`,
  encryptionKey: `${MONGODB_CLUSTER}-encryption-key`,
  catalog: `${MONGODB_CLUSTER}-catalog`,
  debezium: `${MONGODB_CLUSTER}-debezium`,
} as const;
/** Application users the operator creates (`spec.users`). */
export const MONGODB_USERS = { catalog: 'catalog', debezium: 'debezium' } as const;

/** Labels the operator puts on every pod of the cluster, and on the pods of one component. */
export const MONGODB_POD_LABELS = { 'app.kubernetes.io/name': 'percona-server-mongodb', 'app.kubernetes.io/instance': MONGODB_CLUSTER } as const;
export const MONGOS_POD_LABELS = { ...MONGODB_POD_LABELS, 'app.kubernetes.io/component': 'mongos' } as const;
/** The operator's pods (set through the chart's `podLabels`). */
export const PSMDB_OPERATOR_POD_LABELS = workloadLabels('psmdb-operator', 'platform');

/** What the catalog service connects to: the mongos routers, as the `catalog` user. */
export const CATALOG_MONGODB: Dependency = dependency({
  name: MONGODB_CLUSTER, component: 'mongodb',
  namespace: MONGODB_NAMESPACE,
  podLabels: MONGOS_POD_LABELS,
  ports: [{ port: MONGODB_PORT }],
  host: serviceHost(`${MONGODB_CLUSTER}-mongos`, MONGODB_NAMESPACE),
  secretPath: MONGODB_VAULT_PATHS.catalog,
});

const OPERATOR_RESOURCES: Resources = { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } };
interface ContainerSecurity { allowPrivilegeEscalation: boolean; privileged: boolean; capabilities: { drop: string[] } }
interface PodSecurity { runAsNonRoot: boolean; seccompProfile: { type: string } }
const restrictedContainer = (): ContainerSecurity => ({ allowPrivilegeEscalation: false, privileged: false, capabilities: { drop: ['ALL'] } });
const restrictedPod = (): PodSecurity => ({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
/** Percona images run as `mongodb` (uid 1001); data volumes owned by its group. */
const mongodPod = () => ({ ...restrictedPod(), runAsUser: 1001, runAsGroup: 1001, fsGroup: 1001 });

/** The values of the psmdb-operator chart that we set. */
export interface PsmdbOperatorValues {
  readonly replicaCount: number;
  readonly image: { readonly repository: string; readonly tag: string; readonly pullPolicy: 'IfNotPresent' };
  /** Air gap: the operator would call Percona's telemetry endpoint. */
  readonly disableTelemetry: boolean;
  /** Watch the release namespace only. */
  readonly watchAllNamespaces: boolean;
  readonly resources: Resources;
  readonly podLabels: Record<string, string>;
  readonly podSecurityContext: PodSecurity;
  readonly securityContext: ContainerSecurity;
  readonly logStructured: boolean;
}

export function psmdbOperatorValues(config: EnvConfig): { values: PsmdbOperatorValues; images: ImageRef[] } {
  const operator = internalImage(config.registry.host, 'percona/percona-server-mongodb-operator', PSMDB_OPERATOR_VERSION);
  return {
    images: [operator],
    values: {
      replicaCount: 1,
      image: { repository: `${operator.registry}/${operator.repository}`, tag: operator.tag, pullPolicy: 'IfNotPresent' },
      disableTelemetry: true,
      watchAllNamespaces: false,
      resources: OPERATOR_RESOURCES,
      podLabels: { ...PSMDB_OPERATOR_POD_LABELS },
      podSecurityContext: restrictedPod(),
      securityContext: restrictedContainer(),
      logStructured: true,
    },
  };
}

/**
 * The Percona operator (wave controllers) with its CRDs, in the mongodb namespace, plus the cluster's
 * credentials: VSO writes them here a wave before the PerconaServerMongoDB exists, so the operator finds them
 * and never generates its own.
 */
export class PsmdbOperatorChart extends LumenChart {
  readonly secrets: Record<keyof typeof MONGODB_SECRETS, VaultSecret>;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CONTROLLERS, namespace: MONGODB_NAMESPACE, description: 'Percona Operator for MongoDB, its CRDs and the catalog cluster credentials' });
    new PlatformNamespace(this, MONGODB_NAMESPACE);
    const { values } = psmdbOperatorValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'psmdb-operator', version: PSMDB_CHART_VERSION, values, crdModule: 'percona-mongodb',
    });

    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: MONGODB_NAMESPACE });
    const secret = (key: keyof typeof MONGODB_SECRETS) => new VaultSecret(this, MONGODB_SECRETS[key], {
      namespace: MONGODB_NAMESPACE, path: MONGODB_VAULT_PATHS[key],
    });
    this.secrets = {
      systemUsers: secret('systemUsers'), keyFile: secret('keyFile'), encryptionKey: secret('encryptionKey'),
      catalog: secret('catalog'), debezium: secret('debezium'),
    };

    const api = config.cluster.apiServer;
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: MONGODB_NAMESPACE, podLabels: { ...PSMDB_OPERATOR_POD_LABELS }, direction: 'egress',
      peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
  }
}

/** Members of one replica set may be 1 (dev) or an odd number >= 3; the operator refuses smaller sets unless told. */
function unsafeFlags(members: number, mongos: number): { replsetSize?: boolean; mongosSize?: boolean } {
  return {
    // PSMDB raises a replica set under 3 members to 3 (and mongos under 2 to 2) unless these are set.
    ...(members < 3 ? { replsetSize: true } : {}),
    ...(mongos < 2 ? { mongosSize: true } : {}),
  };
}

/** Soft anti-affinity: spread members over nodes, yet still schedule 3 members on the 2-node prod cluster. */
function spread(component: string, replset?: string) {
  return {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [{
        weight: 100,
        podAffinityTerm: {
          topologyKey: 'kubernetes.io/hostname',
          labelSelector: {
            matchLabels: {
              ...MONGODB_POD_LABELS, 'app.kubernetes.io/component': component, ...(replset ? { 'app.kubernetes.io/replset': replset } : {}),
            },
          },
        },
      }],
    },
  };
}

/**
 * Catalog's sharded MongoDB (wave controllers-config): a PerconaServerMongoDB with a config-server replica
 * set, `mongos` routers and `shards` shard replica sets (rs0, rs1, ...), each of `replicas` members; TLS
 * between members (preferTLS: certificates from cert-manager, which the operator drives), credentials from
 * Vault, soft anti-affinity. A PostSync Job shards the catalog collections (CATALOG_SHARD_KEYS).
 */
export class MongodbChart extends LumenChart {
  readonly cluster: PerconaServerMongoDb;
  readonly images: ImageRef[];
  readonly initJob: k8s.KubeJob;
  /** The restore switch's object (components.mongodb.backup.restore). */
  readonly restore?: PerconaServerMongoDbRestore;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CONTROLLERS_CONFIG, namespace: MONGODB_NAMESPACE, description: 'Catalog sharded MongoDB (Percona)' });
    const c = config.components.mongodb;
    if (c.replicas > 1 && c.replicas % 2 === 0) {
      throw new Error(`'components.mongodb.replicas' must be 1 or odd (a replica set needs a majority that survives a member), got ${c.replicas}`);
    }
    const server = internalImage(config.registry.host, 'percona/percona-server-mongodb', PSMDB_SERVER_TAG);
    const pbm = internalImage(config.registry.host, 'percona/percona-backup-mongodb', PBM_TAG);
    const operator = internalImage(config.registry.host, 'percona/percona-server-mongodb-operator', PSMDB_OPERATOR_VERSION);
    this.images = [server, pbm, operator];
    const r = c.resources;
    const storage = c.storage;
    const flags = unsafeFlags(c.replicas, c.mongos);

    this.cluster = new PerconaServerMongoDb(this, 'Cluster', {
      metadata: { name: MONGODB_CLUSTER, finalizers: ['percona.com/delete-psmdb-pods-in-order'] },
      spec: {
        crVersion: PSMDB_OPERATOR_VERSION,
        image: server.ref,
        // The init container copies the operator's helper binaries into mongod pods.
        initImage: operator.ref,
        imagePullPolicy: 'IfNotPresent',
        initContainerSecurityContext: restrictedContainer(),
        ...(Object.keys(flags).length ? { unsafeFlags: flags } : {}),
        updateStrategy: 'SmartUpdate',
        // Air gap: never ask Percona's version service.
        upgradeOptions: { apply: 'disabled' },
        secrets: {
          users: MONGODB_SECRETS.systemUsers,
          keyFile: MONGODB_SECRETS.keyFile,
          encryptionKey: MONGODB_SECRETS.encryptionKey,
        },
        tls: { mode: 'preferTLS', certValidityDuration: '2160h' },
        // Percona Backup for MongoDB: a base backup on the schedule, oplog slices in between (point in time),
        // both to the mongodb bucket of the object store; PBM deletes base backups beyond `keep`.
        backup: {
          enabled: true,
          image: pbm.ref,
          containerSecurityContext: restrictedContainer(),
          resources: {
            requests: { cpu: PbmRequests.fromString('50m'), memory: PbmRequests.fromString('128Mi') },
            limits: { cpu: PbmLimits.fromString('500m'), memory: PbmLimits.fromString('512Mi') },
          },
          storages: {
            [PBM_STORAGE]: {
              type: 's3', main: true,
              s3: {
                bucket: BACKUP_TARGETS.mongodb.bucket, prefix: MONGODB_CLUSTER, region: OBJECT_STORE_REGION,
                endpointUrl: OBJECT_STORE_ENDPOINT, forcePathStyle: true, credentialsSecret: PBM_S3_SECRET,
              },
            },
          },
          pitr: { enabled: true, oplogSpanMin: c.backup.oplogSpanMinutes, compressionType: 'gzip' },
          tasks: [{
            name: PBM_TASK, enabled: true, schedule: c.backup.schedule, storageName: PBM_STORAGE, type: PerconaServerMongoDbSpecBackupTasksType.LOGICAL, compressionType: 'gzip',
            retention: { type: PerconaServerMongoDbSpecBackupTasksRetentionType.COUNT, count: c.backup.keep, deleteFromStorage: true },
          }],
        },
        replsets: Array.from({ length: c.shards }, (_, i) => {
          const name = `rs${i}`;
          return {
            name,
            size: c.replicas,
            labels: workloadLabels(MONGODB_CLUSTER, 'data'),
            affinity: { advanced: spread('mongod', name) },
            podSecurityContext: mongodPod(),
            containerSecurityContext: restrictedContainer(),
            podDisruptionBudget: { maxUnavailable: RsPdb.fromNumber(1) },
            resources: {
              requests: { cpu: RsRequests.fromString(r.requests.cpu), memory: RsRequests.fromString(r.requests.memory) },
              limits: { cpu: RsLimits.fromString(r.limits.cpu), memory: RsLimits.fromString(r.limits.memory) },
            },
            volumeSpec: { persistentVolumeClaim: { resources: { requests: { storage: RsStorage.fromString(storage) } } } },
          };
        }),
        sharding: {
          enabled: true,
          configsvrReplSet: {
            size: c.replicas,
            labels: workloadLabels(`${MONGODB_CLUSTER}-cfg`, 'data'),
            affinity: { advanced: spread('cfg', 'cfg') },
            podSecurityContext: mongodPod(),
            containerSecurityContext: restrictedContainer(),
            podDisruptionBudget: { maxUnavailable: CfgPdb.fromNumber(1) },
            resources: {
              requests: { cpu: CfgRequests.fromString(r.requests.cpu), memory: CfgRequests.fromString(r.requests.memory) },
              limits: { cpu: CfgLimits.fromString(r.limits.cpu), memory: CfgLimits.fromString(r.limits.memory) },
            },
            volumeSpec: { persistentVolumeClaim: { resources: { requests: { storage: CfgStorage.fromString(storage) } } } },
          },
          mongos: {
            size: c.mongos,
            labels: workloadLabels(`${MONGODB_CLUSTER}-mongos`, 'data'),
            affinity: { advanced: spread('mongos') },
            podSecurityContext: mongodPod(),
            containerSecurityContext: restrictedContainer(),
            podDisruptionBudget: { maxUnavailable: MongosPdb.fromNumber(1) },
            resources: {
              requests: { cpu: MongosRequests.fromString(r.requests.cpu), memory: MongosRequests.fromString(r.requests.memory) },
              limits: { cpu: MongosLimits.fromString(r.limits.cpu), memory: MongosLimits.fromString(r.limits.memory) },
            },
            expose: { type: 'ClusterIP' },
          },
        },
        users: [
          {
            name: MONGODB_USERS.catalog, db: MONGODB_AUTH_SOURCE,
            passwordSecretRef: { name: MONGODB_SECRETS.catalog, key: 'password' },
            roles: [{ name: 'readWrite', db: CATALOG_DATABASE }],
          },
          {
            // Debezium's change streams on a sharded cluster: read the captured database and the
            // cluster metadata (config), plus admin/local for the resume checks.
            name: MONGODB_USERS.debezium, db: MONGODB_AUTH_SOURCE,
            passwordSecretRef: { name: MONGODB_SECRETS.debezium, key: 'password' },
            roles: [
              { name: 'read', db: CATALOG_DATABASE }, { name: 'read', db: 'config' },
              { name: 'read', db: 'admin' }, { name: 'read', db: 'local' },
            ],
          },
        ],
      },
    });

    // Members, routers, config servers and the operator talk mongo to each other inside the namespace.
    new NetworkFlow(this, 'allow-ingress-mongodb-in-namespace', {
      namespace: MONGODB_NAMESPACE, direction: 'ingress', peers: [{ namespace: MONGODB_NAMESPACE }], ports: [{ port: MONGODB_PORT }],
    });
    new NetworkFlow(this, 'allow-egress-mongodb-in-namespace', {
      namespace: MONGODB_NAMESPACE, direction: 'egress', peers: [{ namespace: MONGODB_NAMESPACE }], ports: [{ port: MONGODB_PORT }],
    });

    this.initJob = this.shardingJob(server);

    // The key PBM uploads with (its agents run beside every mongod), and the flow to Garage.
    new ObjectStoreAccess(this, 'ObjectStore', {
      target: BACKUP_TARGETS.mongodb, namespace: MONGODB_NAMESPACE, podLabels: { ...MONGODB_POD_LABELS }, secretName: PBM_S3_SECRET,
      aliases: { AWS_ACCESS_KEY_ID: S3_KEY_ID, AWS_SECRET_ACCESS_KEY: S3_SECRET_KEY },
    });
    const restore = c.backup.restore;
    if (restore) this.restore = mongodbRestore(this, restore);
  }

  /** PostSync: enable sharding on the catalog database and shard its collections (idempotent, retried). */
  private shardingJob(server: ImageRef): k8s.KubeJob {
    const script = shardingScript();
    const cm = new k8s.KubeConfigMap(this, 'InitScript', {
      metadata: { name: `${MONGODB_CLUSTER}-init` },
      data: { 'shard-catalog.js': script },
    });
    const env = (name: string, key: string) => ({ name, valueFrom: { secretKeyRef: { name: MONGODB_SECRETS.systemUsers, key } } });
    return new PostSyncJob(this, `${MONGODB_CLUSTER}-init`, {
      tier: 'data',
      image: server,
      containerName: 'shard-catalog',
      command: ['/bin/sh', '-c'],
      args: [`exec mongosh --quiet "mongodb://${CATALOG_MONGODB.host}:${MONGODB_PORT}/admin" `
        + '--username "$MONGO_USER" --password "$MONGO_PASSWORD" --file /scripts/shard-catalog.js'],
      env: [env('MONGO_USER', 'MONGODB_CLUSTER_ADMIN_USER'), env('MONGO_PASSWORD', 'MONGODB_CLUSTER_ADMIN_PASSWORD'), { name: 'HOME', value: '/tmp' }],
      runAs: { user: 1001, group: 1001, fsGroup: 1001 },
      resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
      configMaps: { scripts: { configMap: cm.name, mountPath: '/scripts' } },
      tmpSizeLimit: '16Mi',
    }).job;
  }
}

/**
 * The restore switch: a PerconaServerMongoDBRestore of one base backup, replayed to `targetTime` from the
 * oplog slices when given. Named after its inputs: the operator runs a restore object once, so another
 * backup or time is another object.
 */
export function mongodbRestore(scope: Construct, restore: { backupName: string; targetTime?: string }): PerconaServerMongoDbRestore {
  const key = `${restore.backupName}@${restore.targetTime ?? ''}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return new PerconaServerMongoDbRestore(scope, 'Restore', {
    metadata: { name: `${MONGODB_CLUSTER}-restore-${h.toString(16).padStart(8, '0')}` },
    spec: {
      clusterName: MONGODB_CLUSTER,
      backupName: restore.backupName,
      ...(restore.targetTime ? { pitr: { type: 'date', date: pbmDate(restore.targetTime) } } : {}),
    },
  });
}

/** mongosh script: shard each catalog collection on its key unless it already is. */
export function shardingScript(): string {
  const lines = [
    `// Shards the catalog collections (src/charts/mongodb.ts CATALOG_SHARD_KEYS). Idempotent.`,
    `sh.enableSharding(${JSON.stringify(CATALOG_DATABASE)});`,
    `const keys = ${JSON.stringify(CATALOG_SHARD_KEYS)};`,
    `for (const [coll, key] of Object.entries(keys)) {`,
    `  const ns = ${JSON.stringify(CATALOG_DATABASE)} + '.' + coll;`,
    `  const current = db.getSiblingDB('config').collections.findOne({ _id: ns });`,
    `  if (current && JSON.stringify(current.key) === JSON.stringify(key)) { print('already sharded: ' + ns); continue; }`,
    // A key can only be refined by adding suffix fields (MongoDB 4.4+), with an index on the new key first.
    `  if (current) { print('REFINE NEEDED: ' + ns + ' is sharded on ' + JSON.stringify(current.key) + ', want ' + JSON.stringify(key)); continue; }`,
    `  sh.shardCollection(ns, key);`,
    `  print('sharded ' + ns + ' on ' + JSON.stringify(key));`,
    `}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** NetworkFlows and clients meet through CATALOG_MONGODB; the services chart opens app → mongos. */
export function buildMongodb(scope: Construct, config: EnvConfig): void {
  if (!config.components.mongodb.enabled) return;
  new PsmdbOperatorChart(scope, 'psmdb-operator', config);
  new MongodbChart(scope, 'mongodb', config);
}
