import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig, Resources } from '../config/schema';
import {
  Cluster, ClusterSpecManagedRolesEnsure, ClusterSpecPrimaryUpdateStrategy, ClusterSpecResourcesLimits, ClusterSpecResourcesRequests,
} from '../../imports/cloudnative-pg-postgresql.cnpg.io';
import {
  checkPgBackup, CNPG_INSTANCE_METRICS_PORT, CNPG_NAMESPACE, CNPG_OPERATOR_POD_LABELS, PgBackupSettings, pgBackupSpec, PgObjectStore, pgRecoverySource,
  pgScheduledBackup, platformPgStore, POSTGRES_IMAGE, POSTGRES_PORT,
} from './cloudnative-pg';
import { ObjectStoreAccess } from '../constructs/object-store-access';
import { PodsMonitor } from '../constructs/service-monitor';
import { BACKUP_TARGETS } from '../platform/object-store';
import { Dependency, dependency, serviceHost } from '../constructs/dependency';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { allowFlow, apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { VaultNamespaceAuth, VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { PostSyncJob } from '../constructs/post-sync-job';

/**
 * PostgreSQL 17 with Citus 13.2 for CloudNativePG: built by the connected zone FROM the platform's CNPG
 * operand image (POSTGRES_IMAGE, src/charts/cloudnative-pg.ts) plus the `postgresql-17-citus-13.2` package,
 * pushed as lumen/cnpg-citus. Nothing is downloaded at run time.
 */
export const CITUS_IMAGE = { repository: 'lumen/cnpg-citus', tag: `${POSTGRES_IMAGE.tag.split('-')[0]}-13.2` } as const;
export { POSTGRES_IMAGE, POSTGRES_PORT };
/** CNPG instance manager's status port (the operator polls it). */
export const CNPG_STATUS_PORT = 8000;
/** Labels CNPG puts on every instance pod (not on its Jobs). */
export const INSTANCE_POD_LABELS = { 'cnpg.io/podRole': 'instance' } as const;

export const CITUS_NAMESPACE = 'citus';
/** One CNPG cluster is one Citus node group: the coordinator, and each worker. */
export const CITUS_COORDINATOR = 'citus-coordinator';
export const citusWorker = (i: number): string => `citus-worker-${i}`;
/** CNPG's read-write Service of a cluster (follows the primary on failover): Citus nodes are registered by it. */
export const rwHost = (cluster: string, namespace: string = CITUS_NAMESPACE): string => serviceHost(`${cluster}-rw`, namespace);

/** The order ledger: database, its owner (the order service's user) and the CDC user. */
export const ORDER_DATABASE = 'orders';
export const ORDER_APP_USER = 'order_app';
export const DEBEZIUM_USER = 'debezium';
/** Publication and slot Debezium reads on every node (Citus CDC emits each node's shard changes under the table name). */
export const ORDER_PUBLICATION = 'order_cdc';
export const ORDER_SLOT = 'debezium_order';
/** Distributed tables, all co-located on the distribution column. */
export const ORDER_TABLES = ['orders', 'order_items'] as const;
/**
 * Seed 004 §3: the composite shard key `[tenant_id, country_code]`. Citus distributes on one column: the
 * tables are hash-distributed by `tenant_id` (a tenant's orders and items live on one shard, joins stay
 * local) and `country_code` is part of every primary key, so a `(tenant_id, country_code)` lookup is
 * routed to one node. A tenant whose risk profile asks for it gets its own shard
 * (`isolate_tenant_to_new_shard`) moved to a dedicated worker (seed 004 §4).
 */
export const ORDER_SHARD_KEY = ['tenant_id', 'country_code'] as const;
export const ORDER_DISTRIBUTION_COLUMN = 'tenant_id';
export const ORDER_SHARD_COUNT = 32;

/** Vault KV paths (below `secret/`); every entry holds `username` and `password`. */
export const CITUS_VAULT_PATHS = {
  /** username `postgres`: the job that forms the cluster, and Citus' node-to-node connections. */
  superuser: 'shop/citus/superuser',
  /** username `order_app`: the order service. */
  orderApp: 'shop/citus/order-app',
  /** username `debezium`: CDC (REPLICATION). */
  debezium: 'shop/citus/debezium',
} as const;
export const CITUS_SECRETS = { superuser: 'citus-superuser', orderApp: 'citus-order-app', debezium: 'citus-debezium' } as const;

/** What the order service connects to: the coordinator's primary, as order_app. */
export const ORDER_CITUS: Dependency = dependency({
  name: CITUS_COORDINATOR, component: 'citus',
  namespace: CITUS_NAMESPACE,
  podLabels: { 'cnpg.io/cluster': CITUS_COORDINATOR },
  // What CloudNativePG's -rw Service selects: the primary.
  serviceSelector: { 'cnpg.io/cluster': CITUS_COORDINATOR, 'cnpg.io/instanceRole': 'primary' },
  ports: [{ port: POSTGRES_PORT }],
  host: rwHost(CITUS_COORDINATOR),
  secretPath: CITUS_VAULT_PATHS.orderApp,
});

/** Every Citus node group of the environment: the coordinator first, then the workers. */
export function citusNodes(config: EnvConfig): string[] {
  return [CITUS_COORDINATOR, ...Array.from({ length: config.components.citus.workers }, (_, i) => citusWorker(i))];
}

export interface PostgresClusterProps {
  /** Cluster name (pods, Services `<name>-rw`/`-ro`/`-r`). */
  readonly name: string;
  readonly instances: number;
  readonly image: ImageRef;
  readonly storage: string;
  readonly resources: Resources;
  /** Application database and its owner (created by initdb). */
  readonly database: string;
  readonly owner: string;
  /** basic-auth Secret (`username` = owner, `password`) of the owner: a VaultSecret. */
  readonly ownerSecret: string;
  /**
   * basic-auth Secret of `postgres`: enables superuser access (disabled otherwise).
   * @default - no superuser access
   */
  readonly superuserSecret?: string;
  /**
   * Extra shared_preload_libraries.
   * @default []
   */
  readonly preload?: string[];
  /**
   * postgresql.conf parameters.
   * @default {}
   */
  readonly parameters?: Record<string, string>;
  /**
   * SQL run as superuser in the application database after initdb.
   * @default []
   */
  readonly postInitApplicationSql?: string[];
  /**
   * Login roles managed declaratively (name, basic-auth Secret, REPLICATION).
   * @default []
   */
  readonly roles?: { readonly name: string; readonly secret: string; readonly replication?: boolean }[];
  /**
   * Keep logical replication slots created with `failover` (Debezium `slot.failover`) on the standbys, so CDC
   * resumes after a switchover: CloudNativePG's `synchronizeLogicalDecoding` plus the two parameters its webhook
   * requires on PostgreSQL 17+ (`sync_replication_slots`, `hot_standby_feedback`).
   * @default false
   */
  readonly logicalSlotFailover?: boolean;
  /**
   * Backups to an object store (barman-cloud: WAL archive, base backups on a ScheduledBackup) and the restore
   * switch (bootstrap.recovery from the same store instead of initdb). Every cluster of the platform has them
   * (synth refuses a Cluster without: src/synth/backups.ts).
   */
  readonly backup: { readonly store: PgObjectStore; readonly settings: PgBackupSettings };
}

/** PostgreSQL parameters CloudNativePG 1.30 requires for synchronizeLogicalDecoding on PostgreSQL 17+. */
export const LOGICAL_SLOT_SYNC_PARAMETERS = { sync_replication_slots: 'on', hot_standby_feedback: 'on' } as const;
/** The major version of a CNPG operand image tag such as `17.10-standard-trixie` or `17.10-13.2`. */
export const postgresMajor = (tag: string): number => Number(tag.split(/[.-]/)[0]);

/**
 * A CloudNativePG Cluster with the platform defaults: app/tier labels on every pod, soft anti-affinity (the
 * 2-node prod cluster still schedules 3 instances), a PodDisruptionBudget only with a standby to fail over
 * to, unsupervised primary updates, credentials from existing (Vault-fed) Secrets.
 */
export function postgresCluster(scope: Construct, id: string, p: PostgresClusterProps): Cluster {
  if (!Number.isInteger(p.instances) || p.instances < 1) throw new Error(`'instances' must be >= 1, got ${p.instances} (cluster ${p.name})`);
  const q = (r: Resources) => ({
    requests: { cpu: ClusterSpecResourcesRequests.fromString(r.requests.cpu), memory: ClusterSpecResourcesRequests.fromString(r.requests.memory) },
    limits: { cpu: ClusterSpecResourcesLimits.fromString(r.limits.cpu), memory: ClusterSpecResourcesLimits.fromString(r.limits.memory) },
  });
  const preload = p.preload ?? [];
  const slotFailover = p.logicalSlotFailover ?? false;
  // Failover slots are a PostgreSQL 17 feature (without the pg_failover_slots extension, which we do not ship).
  if (slotFailover && !(postgresMajor(p.image.tag) >= 17)) {
    throw new Error(`'logicalSlotFailover' needs PostgreSQL 17 or later, got image tag ${p.image.tag} (cluster ${p.name})`);
  }
  const parameters = { ...(p.parameters ?? {}), ...(slotFailover ? LOGICAL_SLOT_SYNC_PARAMETERS : {}) };
  const postInit = p.postInitApplicationSql ?? [];
  const roles = p.roles ?? [];
  const serverName = checkPgBackup(p.name, p.backup.settings);
  const restore = p.backup.settings.restore;
  pgScheduledBackup(scope, p.name, p.backup.settings.schedule);
  // Explicit (possibly undefined) fields, never spreads: the generated types then catch a misspelt key.
  return new Cluster(scope, id, {
    metadata: { name: p.name },
    spec: {
      instances: p.instances,
      imageName: p.image.ref,
      imagePullPolicy: 'IfNotPresent',
      enableSuperuserAccess: p.superuserSecret !== undefined,
      superuserSecret: p.superuserSecret ? { name: p.superuserSecret } : undefined,
      postgresql: {
        sharedPreloadLibraries: preload.length ? [...preload] : undefined,
        parameters: Object.keys(parameters).length ? { ...parameters } : undefined,
      },
      bootstrap: restore
        ? {
          recovery: {
            source: `${p.name}-backup`, database: p.database, owner: p.owner, secret: { name: p.ownerSecret },
            recoveryTarget: restore.targetTime ? { targetTime: restore.targetTime } : undefined,
          },
        }
        : {
          initdb: {
            database: p.database,
            owner: p.owner,
            secret: { name: p.ownerSecret },
            postInitApplicationSql: postInit.length ? [...postInit] : undefined,
          },
        },
      externalClusters: restore ? [pgRecoverySource(p.name, p.backup.store, restore.fromServerName)] : undefined,
      backup: pgBackupSpec(p.backup.store, serverName, p.backup.settings.retentionPolicy),
      managed: roles.length ? {
        roles: roles.map((r) => ({
          name: r.name, ensure: ClusterSpecManagedRolesEnsure.PRESENT, login: true, replication: r.replication ?? false,
          passwordSecret: { name: r.secret },
        })),
      } : undefined,
      storage: { size: p.storage },
      replicationSlots: slotFailover ? { highAvailability: { enabled: true, synchronizeLogicalDecoding: true } } : undefined,
      resources: q(p.resources),
      affinity: { enablePodAntiAffinity: true, podAntiAffinityType: 'preferred', topologyKey: 'kubernetes.io/hostname' },
      // A PDB on a single instance would block every node drain.
      enablePdb: p.instances > 1,
      primaryUpdateStrategy: ClusterSpecPrimaryUpdateStrategy.UNSUPERVISED,
      inheritedMetadata: { labels: workloadLabels(p.name, 'data') },
    },
  });
}

/**
 * Flows every namespace holding CNPG clusters needs: operator → instances (both sides: the egress half
 * lands in the operator's namespace, named after this namespace), instances ↔ instances, instances → API server.
 */
export function cnpgFlows(scope: Construct, namespace: string, config: EnvConfig): void {
  allowFlow(scope, `cnpg-operator-${namespace}`, {
    from: { namespace: CNPG_NAMESPACE, podLabels: { ...CNPG_OPERATOR_POD_LABELS } },
    to: { namespace, podLabels: { ...INSTANCE_POD_LABELS } },
    ports: [{ port: CNPG_STATUS_PORT }, { port: POSTGRES_PORT }],
  });
  // The instance manager watches its Cluster and Secrets through the API server.
  const api = config.cluster.apiServer;
  new NetworkFlow(scope, 'allow-egress-apiserver', {
    namespace, podLabels: { ...INSTANCE_POD_LABELS }, direction: 'egress',
    peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
  });
  // Streaming replication, and (Citus) node-to-node queries, inside the namespace.
  new NetworkFlow(scope, 'allow-ingress-postgres-in-namespace', {
    namespace, direction: 'ingress', peers: [{ namespace }], ports: [{ port: POSTGRES_PORT }],
  });
  new NetworkFlow(scope, 'allow-egress-postgres-in-namespace', {
    namespace, direction: 'egress', peers: [{ namespace }], ports: [{ port: POSTGRES_PORT }],
  });
}

/**
 * A namespace's CNPG clusters back up to their bucket of the platform object store: the key (VSO) and the flow
 * instances → Garage; Prometheus scrapes every instance's exporter (the backup age metrics among them).
 */
export function cnpgBackupAccess(scope: Construct, namespace: string, target: typeof BACKUP_TARGETS[keyof typeof BACKUP_TARGETS]): PgObjectStore {
  const access = new ObjectStoreAccess(scope, 'ObjectStore', { target, namespace, podLabels: { ...INSTANCE_POD_LABELS } });
  new PodsMonitor(scope, `${namespace}-postgres`, {
    namespace, selector: { ...INSTANCE_POD_LABELS }, port: 'metrics', targetPort: CNPG_INSTANCE_METRICS_PORT,
  });
  return platformPgStore(target.bucket, access.secretName);
}

/**
 * The order ledger's two tables, plain PostgreSQL (country_code in every key): the Citus DDL below
 * distributes them; a preview's one-instance database (src/charts/preview.ts) creates them as they are.
 */
export function orderTablesSql(): string {
  return `CREATE TABLE IF NOT EXISTS orders (
  tenant_id    text        NOT NULL,
  country_code char(2)     NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
  order_id     uuid        NOT NULL,
  customer_id  text        NOT NULL,
  status       text        NOT NULL,
  currency     char(3)     NOT NULL,
  total_cents  bigint      NOT NULL CHECK (total_cents >= 0),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, country_code, order_id)
);

CREATE TABLE IF NOT EXISTS order_items (
  tenant_id        text    NOT NULL,
  country_code     char(2) NOT NULL,
  order_id         uuid    NOT NULL,
  line_no          integer NOT NULL,
  sku              text    NOT NULL,
  quantity         integer NOT NULL CHECK (quantity > 0),
  unit_price_cents bigint  NOT NULL CHECK (unit_price_cents >= 0),
  PRIMARY KEY (tenant_id, country_code, order_id, line_no)
);`;
}

/**
 * The order ledger's DDL (run as order_app on the coordinator by the init Job). Idempotent. Citus
 * propagates it to the workers: shards, grants and the publication.
 */
export function orderSchemaSql(): string {
  return `-- Order ledger (seed 004 §3): hash-distributed by ${ORDER_DISTRIBUTION_COLUMN}, country_code in every key,
-- so [${ORDER_SHARD_KEY.join(', ')}] routes to one shard. Generated by src/charts/citus.ts; idempotent.
\\set ON_ERROR_STOP on
SET citus.shard_count = ${ORDER_SHARD_COUNT};

${orderTablesSql()}

SELECT create_distributed_table('orders', '${ORDER_DISTRIBUTION_COLUMN}')
  WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'orders'::regclass);
SELECT create_distributed_table('order_items', '${ORDER_DISTRIBUTION_COLUMN}', colocate_with => 'orders')
  WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'order_items'::regclass);

-- Co-located, so the foreign key holds shard by shard.
SELECT 'ALTER TABLE order_items ADD CONSTRAINT order_items_order_fk FOREIGN KEY (tenant_id, country_code, order_id) REFERENCES orders ON DELETE CASCADE'
  WHERE NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'order_items_order_fk') \\gexec

-- Debezium reads the WAL of every node through this publication (citus.enable_change_data_capture maps shards to tables).
GRANT USAGE ON SCHEMA public TO ${DEBEZIUM_USER};
GRANT SELECT ON ${ORDER_TABLES.join(', ')} TO ${DEBEZIUM_USER};
SELECT 'CREATE PUBLICATION ${ORDER_PUBLICATION} FOR TABLE ${ORDER_TABLES.join(', ')}'
  WHERE NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = '${ORDER_PUBLICATION}') \\gexec
`;
}

/**
 * Forms the Citus cluster (as postgres, on the coordinator): node-to-node passwords in pg_dist_authinfo
 * (libpq-quoted), the coordinator's own address, then every worker by its -rw Service. Idempotent.
 */
export function clusterSql(): string {
  const conninfo = (v: string) => `'password=''' || replace(replace(:'${v}', '\\', '\\\\'), '''', '\\''') || ''''`;
  return `-- Forms the Citus cluster. Generated by src/charts/citus.ts; idempotent. Variables: superuser_password,
-- app_password, coordinator_host, worker_hosts (comma-separated).
\\set ON_ERROR_STOP on
CREATE EXTENSION IF NOT EXISTS citus;

-- Citus connects node to node as the session's user: give it each user's password (nodeid 0 = every node).
BEGIN;
DELETE FROM pg_dist_authinfo WHERE nodeid = 0 AND rolename IN ('postgres', '${ORDER_APP_USER}');
INSERT INTO pg_dist_authinfo (nodeid, rolename, authinfo) VALUES
  (0, 'postgres', ${conninfo('superuser_password')}),
  (0, '${ORDER_APP_USER}', ${conninfo('app_password')});
COMMIT;

SELECT citus_set_coordinator_host(:'coordinator_host', ${POSTGRES_PORT});
SELECT citus_add_node(host, ${POSTGRES_PORT})
  FROM unnest(string_to_array(:'worker_hosts', ',')) AS host
  WHERE NOT EXISTS (SELECT 1 FROM pg_dist_node n WHERE n.nodename = host AND n.nodeport = ${POSTGRES_PORT});
SELECT nodename, nodeport, noderole, isactive FROM pg_dist_node ORDER BY nodeid;
`;
}

/**
 * Order's PostgreSQL + Citus (wave dependencies-config, after the CloudNativePG operator): one CNPG
 * cluster for the coordinator and one per worker (`replicas` instances each: primary + standbys), Citus
 * preloaded, WAL logical with Citus CDC on; a PostSync Job registers the workers with the coordinator
 * (`citus_add_node`) and applies the DDL from the `citus-init` ConfigMap.
 */
export class CitusChart extends LumenChart {
  readonly clusters: Cluster[];
  readonly images: ImageRef[];
  readonly initJob: k8s.KubeJob;
  readonly initConfig: k8s.KubeConfigMap;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: CITUS_NAMESPACE, description: 'Order PostgreSQL + Citus (CloudNativePG)' });
    const c = config.components.citus;
    const image = internalImage(config.registry.host, CITUS_IMAGE.repository, CITUS_IMAGE.tag);
    this.images = [image];
    new PlatformNamespace(this, CITUS_NAMESPACE);
    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: CITUS_NAMESPACE });
    for (const key of Object.keys(CITUS_SECRETS) as (keyof typeof CITUS_SECRETS)[]) {
      new VaultSecret(this, CITUS_SECRETS[key], { namespace: CITUS_NAMESPACE, path: CITUS_VAULT_PATHS[key], secretType: 'kubernetes.io/basic-auth' });
    }

    // One bucket for every node group; each group writes its own folder (serverName = cluster name, or
    // <name>-<serverName> after a restore) so a restore brings all of them back to one point in time.
    const store = cnpgBackupAccess(this, CITUS_NAMESPACE, BACKUP_TARGETS.citus);
    const b = c.backup;
    this.clusters = citusNodes(config).map((name) => postgresCluster(this, name, {
      backup: {
        store,
        settings: {
          schedule: b.schedule, retentionPolicy: b.retentionPolicy,
          serverName: b.serverName ? `${name}-${b.serverName}` : undefined,
          restore: b.restore ? { fromServerName: b.restore.fromServerName === 'citus' ? name : `${name}-${b.restore.fromServerName}`, targetTime: b.restore.targetTime } : undefined,
        },
      },
      name,
      instances: c.replicas,
      image,
      storage: c.storage,
      resources: c.resources,
      database: ORDER_DATABASE,
      owner: ORDER_APP_USER,
      ownerSecret: CITUS_SECRETS.orderApp,
      superuserSecret: CITUS_SECRETS.superuser,
      preload: ['citus'],
      parameters: {
        wal_level: 'logical',
        // Citus CDC: shard changes decoded under the distributed table's name, shard moves hidden.
        'citus.enable_change_data_capture': 'on',
        'citus.shard_count': String(ORDER_SHARD_COUNT),
        max_prepared_transactions: '200',
      },
      postInitApplicationSql: ['CREATE EXTENSION IF NOT EXISTS citus'],
      roles: [{ name: DEBEZIUM_USER, secret: CITUS_SECRETS.debezium, replication: true }],
      // Debezium's slot on every node survives a switchover (kafka.ts sets `slot.failover`).
      logicalSlotFailover: true,
    }));

    cnpgFlows(this, CITUS_NAMESPACE, config);

    this.initConfig = new k8s.KubeConfigMap(this, 'InitSql', {
      metadata: { name: 'citus-init' },
      data: { 'cluster.sql': clusterSql(), 'schema.sql': orderSchemaSql() },
    });
    this.initJob = this.initJobFor(config, image);
  }

  private initJobFor(config: EnvConfig, image: ImageRef): k8s.KubeJob {
    const workers = citusNodes(config).slice(1).map((n) => rwHost(n)).join(',');
    const secretEnv = (name: string, secret: string, key: string) => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });
    const script = [
      'set -eu',
      `psql -h "${rwHost(CITUS_COORDINATOR)}" -U "$SUPERUSER" -d ${ORDER_DATABASE} -v superuser_password="$SUPERUSER_PASSWORD" -v app_password="$APP_PASSWORD" `
        + `-v coordinator_host="${rwHost(CITUS_COORDINATOR)}" -v worker_hosts="${workers}" -f /sql/cluster.sql`,
      `PGPASSWORD="$APP_PASSWORD" psql -h "${rwHost(CITUS_COORDINATOR)}" -U "$APP_USER" -d ${ORDER_DATABASE} -f /sql/schema.sql`,
    ].join('\n');
    return new PostSyncJob(this, 'citus-init', {
      tier: 'data',
      image,
      command: ['/bin/sh', '-c', script],
      env: [
        secretEnv('SUPERUSER', CITUS_SECRETS.superuser, 'username'),
        secretEnv('SUPERUSER_PASSWORD', CITUS_SECRETS.superuser, 'password'),
        secretEnv('PGPASSWORD', CITUS_SECRETS.superuser, 'password'),
        secretEnv('APP_USER', CITUS_SECRETS.orderApp, 'username'),
        secretEnv('APP_PASSWORD', CITUS_SECRETS.orderApp, 'password'),
        { name: 'PGSSLMODE', value: 'require' },
        { name: 'PGCONNECT_TIMEOUT', value: '10' },
      ],
      // uid 26: postgres in the CNPG operand images.
      runAs: { user: 26, group: 26 },
      resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } },
      configMaps: { sql: { configMap: this.initConfig.name, mountPath: '/sql' } },
    }).job;
  }
}

export function buildCitus(scope: Construct, config: EnvConfig): void {
  if (config.components.citus.enabled) new CitusChart(scope, 'citus', config);
}
