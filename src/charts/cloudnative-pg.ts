import { Construct } from 'constructs';
import type { EnvConfig, Resources } from '../config/schema';
import {
  Cluster, ClusterSpecBackup, ClusterSpecBackupBarmanObjectStoreDataCompression, ClusterSpecBackupBarmanObjectStoreWalCompression,
  ClusterSpecExternalClusters, ClusterSpecExternalClustersBarmanObjectStoreDataCompression, ClusterSpecExternalClustersBarmanObjectStoreWalCompression,
  ClusterSpecPrimaryUpdateStrategy, ClusterSpecResourcesLimits, ClusterSpecResourcesRequests, ScheduledBackup, ScheduledBackupSpecBackupOwnerReference,
  ScheduledBackupSpecMethod,
} from '../../imports/cloudnative-pg-postgresql.cnpg.io';
import { ObjectStoreAccess } from '../constructs/object-store-access';
import { BACKUP_TARGETS, OBJECT_STORE_ENDPOINT, S3_KEY_ID, S3_REGION_KEY, S3_SECRET_KEY } from '../platform/object-store';
import { Dependency, dependency, serviceHost } from '../constructs/dependency';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { allowFlow, apiServerPeers, NetworkFlow, Peer, webhookCallerPeers } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { MONITORING_NAMESPACE, PodsMonitor, PROMETHEUS_POD_LABELS } from '../constructs/service-monitor';
import { VaultNamespaceAuth, VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';

/** CloudNativePG 1.30.0, chart cloudnative-pg 0.29.0 (cloudnative-pg/charts): the operator whose CRDs imports/ carries. */
export const CNPG_VERSION = '1.30.0';
export const CNPG_CHART_VERSION = '0.29.0';
/** PostgreSQL 17 operand image (CloudNativePG's own, "standard" flavour on Debian trixie). */
export const POSTGRES_IMAGE = { repository: 'cloudnative-pg/postgresql', tag: '17.10-standard-trixie' } as const;
export const CNPG_NAMESPACE = 'cnpg-system';
/** Metrics ports: the operator's, and each PostgreSQL instance's exporter (container port `metrics`). */
export const CNPG_OPERATOR_METRICS_PORT = 8080;
export const CNPG_INSTANCE_METRICS_PORT = 9187;
/** Labels of the operator's pods (the chart's selector labels). */
export const CNPG_OPERATOR_POD_LABELS: Readonly<Record<string, string>> = Object.freeze({ 'app.kubernetes.io/name': 'cloudnative-pg' });
/** The operator's admission webhook (API server → operator). */
const WEBHOOK_PORT = 9443;
/** The instance manager's status port (operator → instances). */
const INSTANCE_STATUS_PORT = 8000;

/** lumen-db: lumen-api's PostgreSQL (namespace cnpg-system, as in the seed). */
export const LUMEN_DB = 'lumen-db';
export const LUMEN_DB_NAMESPACE = CNPG_NAMESPACE;
export const LUMEN_DB_DATABASE = 'lumen';
export const LUMEN_DB_OWNER = 'lumen';
export const POSTGRES_PORT = 5432;
/** Services CloudNativePG creates for a cluster: the primary (writes), replicas (reads), any instance. */
export const LUMEN_DB_RW_SERVICE = `${LUMEN_DB}-rw`;
export const LUMEN_DB_RO_SERVICE = `${LUMEN_DB}-ro`;
export const LUMEN_DB_R_SERVICE = `${LUMEN_DB}-r`;
/** KV v2 path (below `secret`) of the owner's credentials: `username` (= lumen) and `password`. */
export const LUMEN_DB_SECRET_PATH = 'lumen/postgres';
/** Labels of every lumen-db instance pod (set by CloudNativePG). */
export const LUMEN_DB_POD_LABELS: Readonly<Record<string, string>> = Object.freeze({ 'cnpg.io/cluster': LUMEN_DB });

/** What lumen-api connects to for writes (PG_RW_DSN) and for reads (PG_RO_DSN); the flows are opened by its chart. */
export const LUMEN_DB_RW: Dependency = dependency({
  name: LUMEN_DB_RW_SERVICE, component: 'cloudnativePg', namespace: LUMEN_DB_NAMESPACE, podLabels: LUMEN_DB_POD_LABELS, ports: [{ port: POSTGRES_PORT }],
  // What CloudNativePG's -rw and -ro Services select: the primary, the replicas.
  serviceSelector: { ...LUMEN_DB_POD_LABELS, 'cnpg.io/instanceRole': 'primary' },
  host: serviceHost(LUMEN_DB_RW_SERVICE, LUMEN_DB_NAMESPACE), secretPath: LUMEN_DB_SECRET_PATH,
});
export const LUMEN_DB_RO: Dependency = dependency({
  name: LUMEN_DB_RO_SERVICE, component: 'cloudnativePg', namespace: LUMEN_DB_NAMESPACE, podLabels: LUMEN_DB_POD_LABELS, ports: [{ port: POSTGRES_PORT }],
  serviceSelector: { ...LUMEN_DB_POD_LABELS, 'cnpg.io/instanceRole': 'replica' },
  host: serviceHost(LUMEN_DB_RO_SERVICE, LUMEN_DB_NAMESPACE), secretPath: LUMEN_DB_SECRET_PATH,
});

type Image = { readonly repository: string; readonly tag: string };

/** The values of the cloudnative-pg chart that we set. */
export interface CnpgValues {
  readonly replicaCount: number;
  readonly image: Image;
  readonly crds: { readonly create: boolean };
  readonly resources: Resources;
  readonly podLabels: Record<string, string>;
  readonly config: { readonly create: boolean; readonly clusterWide: boolean };
  readonly monitoring: { readonly podMonitorEnabled: boolean; readonly grafanaDashboard: { readonly create: boolean } };
  readonly podSecurityContext: object;
  readonly containerSecurityContext: object;
}

export function cnpgValues(config: EnvConfig): { values: CnpgValues; images: ImageRef[] } {
  const c = config.components.cloudnativePg;
  const operator = internalImage(config.registry.host, 'cloudnative-pg/cloudnative-pg', CNPG_VERSION);
  return {
    images: [operator],
    values: {
      replicaCount: c.replicas,
      image: { repository: `${operator.registry}/${operator.repository}`, tag: operator.tag },
      crds: { create: true },
      resources: c.resources,
      podLabels: workloadLabels('cloudnative-pg', 'data'),
      config: { create: true, clusterWide: true },
      // The operator's own metrics (:8080) through the chart's PodMonitor (CRD from prometheus-crds, wave 0).
      monitoring: { podMonitorEnabled: true, grafanaDashboard: { create: false } },
      podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containerSecurityContext: {
        allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsUser: 10001, runAsGroup: 10001, capabilities: { drop: ['ALL'] },
      },
    },
  };
}

/** The CloudNativePG operator and its CRDs (wave dependencies). */
export class CloudNativePgChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES, namespace: CNPG_NAMESPACE, description: 'CloudNativePG operator and its CRDs' });
    new PlatformNamespace(this, CNPG_NAMESPACE);
    const { values } = cnpgValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'cloudnative-pg', version: CNPG_CHART_VERSION, values, crdModule: 'cloudnative-pg',
    });
    const api = config.cluster.apiServer;
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: CNPG_NAMESPACE, podLabels: { ...CNPG_OPERATOR_POD_LABELS }, direction: 'egress',
      peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    new NetworkFlow(this, 'allow-ingress-webhook-from-apiserver', {
      namespace: CNPG_NAMESPACE, podLabels: { ...CNPG_OPERATOR_POD_LABELS }, direction: 'ingress',
      peers: webhookCallerPeers(config.cluster), ports: [{ port: WEBHOOK_PORT }],
    });
    new NetworkFlow(this, 'allow-ingress-prometheus', {
      namespace: CNPG_NAMESPACE, podLabels: { ...CNPG_OPERATOR_POD_LABELS }, direction: 'ingress',
      peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...PROMETHEUS_POD_LABELS } }], ports: [{ port: CNPG_OPERATOR_METRICS_PORT }],
    });
  }
}

/** Where an object store URL points, for the egress policy: an in-cluster Service, or the configured CIDR. */
export function objectStorePeer(endpointURL: string, cidr?: string): { peer: Peer; port: number } {
  const url = new URL(endpointURL);
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const svc = /^[a-z0-9-]+\.([a-z0-9-]+)\.svc(\.cluster\.local)?$/.exec(url.hostname);
  if (svc) return { peer: { namespace: svc[1] }, port };
  if (!cidr) throw new Error(`'components.cloudnativePg.database.backup.endpointCidr' is required when 'endpointURL' is not an in-cluster Service, got "${endpointURL}"`);
  return { peer: { cidrs: [cidr] }, port };
}

/** Where a CloudNativePG cluster's backups go: bucket path, endpoint, and the Secret holding the key. */
export interface PgObjectStore {
  /** s3://bucket[/prefix]: barman writes `<serverName>/base/...` and `<serverName>/wals/...` below it. */
  readonly destinationPath: string;
  readonly endpointURL: string;
  /** Secret with ACCESS_KEY_ID and ACCESS_SECRET_KEY. */
  readonly secretName: string;
  /**
   * Key of that Secret holding the region to sign for (Garage refuses another than its own).
   * @default - none: the client's default region
   */
  readonly regionKey?: string;
}

/** A CloudNativePG cluster's backup settings (the overlay's, src/config/schema.ts pgBackupShape). */
export interface PgBackupSettings {
  /** Six-field cron (seconds first). */
  readonly schedule: string;
  /** Barman retention such as 30d. */
  readonly retentionPolicy: string;
  /** @default the cluster's name */
  readonly serverName?: string;
  /** @default - no restore: the cluster is created by initdb */
  readonly restore?: { readonly fromServerName: string; readonly targetTime?: string };
}

/** The platform object store as one cluster's backup target: its bucket, the key's Secret. */
export function platformPgStore(bucket: string, secretName: string): PgObjectStore {
  return { destinationPath: `s3://${bucket}/`, endpointURL: OBJECT_STORE_ENDPOINT, secretName, regionKey: S3_REGION_KEY };
}

/** Where barman-cloud writes (backups) or reads (recovery) a server's folder: one definition for both sides. */
function barmanLocation(store: PgObjectStore, serverName: string) {
  return {
    destinationPath: store.destinationPath,
    endpointUrl: store.endpointURL,
    serverName,
    s3Credentials: {
      accessKeyId: { name: store.secretName, key: S3_KEY_ID },
      secretAccessKey: { name: store.secretName, key: S3_SECRET_KEY },
      region: store.regionKey ? { name: store.secretName, key: store.regionKey } : undefined,
    },
  };
}

/** spec.backup: barman-cloud base backups and WAL archive (gzip) to `store`, under `serverName`, kept `retentionPolicy`. */
export function pgBackupSpec(store: PgObjectStore, serverName: string, retentionPolicy: string): ClusterSpecBackup {
  return {
    retentionPolicy,
    barmanObjectStore: {
      ...barmanLocation(store, serverName),
      wal: { compression: ClusterSpecBackupBarmanObjectStoreWalCompression.GZIP },
      data: { compression: ClusterSpecBackupBarmanObjectStoreDataCompression.GZIP },
    },
  };
}

/** The external cluster a recovery reads: the same store and bucket, the lost cluster's serverName. */
export function pgRecoverySource(clusterName: string, store: PgObjectStore, fromServerName: string): ClusterSpecExternalClusters {
  return {
    name: `${clusterName}-backup`,
    barmanObjectStore: {
      ...barmanLocation(store, fromServerName),
      wal: { compression: ClusterSpecExternalClustersBarmanObjectStoreWalCompression.GZIP },
      data: { compression: ClusterSpecExternalClustersBarmanObjectStoreDataCompression.GZIP },
    },
  };
}

/** Checks a cluster's backup settings; throws naming the cluster. */
export function checkPgBackup(clusterName: string, b: PgBackupSettings): string {
  const serverName = b.serverName ?? clusterName;
  if (b.restore && b.restore.fromServerName === serverName) {
    throw new Error(`'serverName' must differ from 'restore.fromServerName' ("${serverName}") on cluster ${clusterName}: the restored cluster writes a new timeline to a new folder`);
  }
  return serverName;
}

/** The ScheduledBackup of a cluster (`<cluster>-scheduled`): barman-cloud on `schedule`, a first backup at once. */
export function pgScheduledBackup(scope: Construct, clusterName: string, schedule: string): ScheduledBackup {
  return new ScheduledBackup(scope, `${clusterName}-scheduled`, {
    metadata: { name: `${clusterName}-scheduled` },
    spec: {
      schedule,
      cluster: { name: clusterName },
      method: ScheduledBackupSpecMethod.BARMAN_OBJECT_STORE,
      backupOwnerReference: ScheduledBackupSpecBackupOwnerReference.SELF,
      immediate: true,
    },
  });
}

/**
 * lumen-db (wave dependencies-config, after the operator's CRDs): a PostgreSQL 17 cluster whose owner
 * credentials come from Vault (never from Git), HA per environment, optional backups to an object store.
 */
export class LumenDbChart extends LumenChart {
  readonly cluster: Cluster;
  readonly credentials: VaultSecret;
  readonly scheduledBackup: ScheduledBackup;
  /** Where the backups go (and a restore reads). */
  readonly store: PgObjectStore;
  /** The folder below the store's path this cluster writes. */
  readonly serverName: string;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: CNPG_NAMESPACE, description: 'lumen-db PostgreSQL cluster (CloudNativePG)' });
    const db = config.components.cloudnativePg.database;
    const image = internalImage(config.registry.host, POSTGRES_IMAGE.repository, POSTGRES_IMAGE.tag);

    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: CNPG_NAMESPACE });
    // CloudNativePG requires a kubernetes.io/basic-auth Secret (username, password) for the owner.
    this.credentials = new VaultSecret(this, `${LUMEN_DB}-owner`, {
      namespace: CNPG_NAMESPACE, path: LUMEN_DB_SECRET_PATH, secretType: 'kubernetes.io/basic-auth',
      secretLabels: { 'cnpg.io/reload': 'true' },
    });
    const backup = db.backup;
    const outside = backup.destinationPath !== undefined && backup.endpointURL !== undefined;
    if (outside) {
      const secret = new VaultSecret(this, `${LUMEN_DB}-backup`, { namespace: CNPG_NAMESPACE, path: backup.credentialsPath ?? 'cnpg/backup' });
      this.store = { destinationPath: backup.destinationPath!, endpointURL: backup.endpointURL!, secretName: secret.secretName };
    } else {
      // The platform object store: its own bucket and key (generated in Vault), the flow to Garage.
      const access = new ObjectStoreAccess(this, 'ObjectStore', {
        target: BACKUP_TARGETS.lumenDb, namespace: CNPG_NAMESPACE, podLabels: { ...LUMEN_DB_POD_LABELS },
      });
      this.store = platformPgStore(BACKUP_TARGETS.lumenDb.bucket, access.secretName);
    }
    this.serverName = checkPgBackup(LUMEN_DB, backup);
    const restore = backup.restore;

    const quantity = (r: Resources['requests']) => ({ cpu: r.cpu, memory: r.memory });
    this.cluster = new Cluster(this, 'Cluster', {
      metadata: { name: LUMEN_DB },
      spec: {
        instances: db.instances,
        imageName: image.ref,
        imagePullPolicy: 'IfNotPresent',
        primaryUpdateStrategy: ClusterSpecPrimaryUpdateStrategy.UNSUPERVISED,
        enableSuperuserAccess: false,
        // The restore switch: recover from the object store (to a point in time) instead of initdb.
        bootstrap: restore
          ? {
            recovery: {
              source: `${LUMEN_DB}-backup`, database: LUMEN_DB_DATABASE, owner: LUMEN_DB_OWNER, secret: { name: this.credentials.secretName },
              recoveryTarget: restore.targetTime ? { targetTime: restore.targetTime } : undefined,
            },
          }
          : { initdb: { database: LUMEN_DB_DATABASE, owner: LUMEN_DB_OWNER, secret: { name: this.credentials.secretName } } },
        externalClusters: restore ? [pgRecoverySource(LUMEN_DB, this.store, restore.fromServerName)] : undefined,
        storage: { size: db.storage },
        resources: {
          requests: Object.fromEntries(Object.entries(quantity(db.resources.requests)).map(([k, v]) => [k, ClusterSpecResourcesRequests.fromString(v)])),
          limits: Object.fromEntries(Object.entries(quantity(db.resources.limits)).map(([k, v]) => [k, ClusterSpecResourcesLimits.fromString(v)])),
        },
        // Spread instances over nodes when there are enough; never leave one Pending for want of a node.
        affinity: { enablePodAntiAffinity: true, topologyKey: 'kubernetes.io/hostname', podAntiAffinityType: 'preferred' },
        inheritedMetadata: { labels: workloadLabels(LUMEN_DB, 'data') },
        // enablePodMonitor is deprecated ("create a PodMonitor manually"): the PodsMonitor below does.
        monitoring: { enablePodMonitor: false },
        backup: pgBackupSpec(this.store, this.serverName, backup.retentionPolicy),
      },
    });
    this.scheduledBackup = pgScheduledBackup(this, LUMEN_DB, backup.schedule);

    // Flows: operator → instances (status, SQL), instances ↔ instances (streaming replication), instances → API server.
    const operator = { namespace: CNPG_NAMESPACE, podLabels: { ...CNPG_OPERATOR_POD_LABELS } };
    const instances = { namespace: CNPG_NAMESPACE, podLabels: { ...LUMEN_DB_POD_LABELS } };
    allowFlow(this, 'cnpg-operator-lumen-db', { from: operator, to: instances, ports: [{ port: INSTANCE_STATUS_PORT }, { port: POSTGRES_PORT }] });
    allowFlow(this, 'lumen-db-replication', { from: instances, to: instances, ports: [{ port: POSTGRES_PORT }] });
    // Prometheus scrapes each instance's exporter (cnpg_pg_replication_lag & co.).
    new PodsMonitor(this, LUMEN_DB, {
      namespace: CNPG_NAMESPACE, selector: { ...LUMEN_DB_POD_LABELS, 'cnpg.io/podRole': 'instance' }, port: 'metrics', targetPort: CNPG_INSTANCE_METRICS_PORT,
    });
    const api = config.cluster.apiServer;
    new NetworkFlow(this, 'allow-lumen-db-egress-apiserver', {
      namespace: CNPG_NAMESPACE, podLabels: { ...LUMEN_DB_POD_LABELS }, direction: 'egress',
      peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    if (outside) {
      const { peer, port } = objectStorePeer(backup.endpointURL!, backup.endpointCidr);
      new NetworkFlow(this, 'allow-lumen-db-egress-object-store', {
        namespace: CNPG_NAMESPACE, podLabels: { ...LUMEN_DB_POD_LABELS }, direction: 'egress', peers: [peer], ports: [{ port }],
      });
    }
  }
}

export function buildCloudNativePg(scope: Construct, config: EnvConfig): void {
  if (!config.components.cloudnativePg.enabled) return;
  new CloudNativePgChart(scope, 'cloudnative-pg', config);
  new LumenDbChart(scope, LUMEN_DB, config);
}
