/**
 * The overlay schema: what may differ between environments, checked strictly (unknown keys are errors).
 * Organisation defaults live here and in the L3 constructs, so an overlay holds only what differs.
 */
import { z } from 'zod';
import { cronMaxGapSeconds } from './cron';

/** Registries that are on the internet: never allowed as the internal registry. */
export const PUBLIC_REGISTRIES = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'ghcr.io', 'gcr.io', 'quay.io',
  'registry.k8s.io', 'k8s.gcr.io', 'public.ecr.aws', 'mcr.microsoft.com', 'registry.gitlab.com', 'docker.elastic.co', 'nvcr.io'];

const dnsName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/, 'a lower-case DNS name');
const dnsLabel = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'a lower-case DNS label').max(63);
const quantity = z.string().regex(/^[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/, 'a Kubernetes quantity such as 100m, 256Mi or 1');
const ipv4 = /(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}/;
const cidr = z.string().regex(new RegExp(`^${ipv4.source}/([0-9]|[12][0-9]|3[0-2])$`), 'an IPv4 CIDR such as 192.168.2.0/24');
const ipRange = z.string().regex(new RegExp(`^${ipv4.source}(-${ipv4.source}|/([0-9]|[12][0-9]|3[0-2]))$`),
  'an IPv4 range (a.b.c.d-e.f.g.h) or CIDR');
const hostPort = z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?:[0-9]{1,5}$/, 'host:port such as smtp.airgap.local:25');
const email = z.string().regex(/^[A-Za-z0-9._%+-]+@[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'an e-mail address such as oncall@airgap.local');
const ipv4Address = z.string().regex(new RegExp(`^${ipv4.source}$`), 'an IPv4 address such as 192.168.2.100');

/** First and last address (as numbers) of an IPv4 range `a.b.c.d-e.f.g.h` or CIDR (NaN when malformed). */
export function ipv4Span(range: string): [number, number] {
  const num = (ip: string) => (/^\d+(\.\d+){3}$/.test(ip) ? ip.split('.').reduce((n, o) => n * 256 + Number(o), 0) : NaN);
  if (range.includes('/')) {
    const [ip, bits] = range.split('/');
    const size = 2 ** (32 - Number(bits));
    const start = Math.floor(num(ip) / size) * size;
    return [start, start + size - 1];
  }
  const [first, last = first] = range.split('-');
  return [num(first), num(last)];
}

/** The dotted form of an IPv4 address given as a number. */
export function ipv4String(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

const spansOverlap = (ranges: string[]): boolean => {
  const spans = ranges.map(ipv4Span).filter(([s, e]) => !Number.isNaN(s) && !Number.isNaN(e)).sort((a, b) => a[0] - b[0]);
  return spans.some(([s], i) => i > 0 && s <= spans[i - 1][1]);
};
const internalUrl = z.string().regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, 'an http(s) URL')
  .refine((u) => !/github\.com|gitlab\.com|bitbucket\.org|charts\.|\.github\.io|artifacthub\.io/.test(u), 'an internal URL (the cluster has no internet)');

/** `host[:port][/path]` of the internal image registry. */
export const registryHost = z.string()
  .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/, 'a registry host[:port][/path] such as 192.168.2.2:5000')
  .refine((r) => !PUBLIC_REGISTRIES.includes(r.split('/')[0].split(':')[0]), 'an internal registry, not a public one');

/** An image tag: OCI tag grammar, never `latest` (every image is pinned). */
export const imageTag = z.string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, 'an image tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})')
  .refine((t) => t !== 'latest', 'a pinned tag, not "latest"');

export const resources = z.strictObject({
  requests: z.strictObject({ cpu: quantity, memory: quantity }),
  limits: z.strictObject({ cpu: quantity, memory: quantity }),
});
export type Resources = z.infer<typeof resources>;

const SMALL: Resources = { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } };
/** Databases: a data tier instance's default size. */
const DATA: Resources = { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } };

/** What every component has: on/off, replicas, resources. Components extend it with their own keys. */
const componentShape = (defaults: { replicas?: number; resources?: Resources } = {}) => ({
  enabled: z.boolean().default(true),
  replicas: z.number().int().min(1).max(15).default(defaults.replicas ?? 1),
  resources: resources.default(defaults.resources ?? SMALL),
});
const component = (defaults: { replicas?: number; resources?: Resources } = {}) => z.strictObject(componentShape(defaults)).prefault({});

// Backups and restores (src/charts/object-store.ts, backups.ts and each data service's chart).
/** A cron expression that runs at least weekly (the backup alert's threshold derives from its longest gap). */
const backupCron = (fields: 5 | 6, example: string) => z.string()
  .regex(fields === 6 ? /^(\S+\s+){5}\S+$/ : /^(\S+\s+){4}\S+$/, `a ${fields === 6 ? 'six-field (seconds first)' : 'five-field'} cron expression such as "${example}"`)
  .superRefine((v, ctx) => {
    try {
      cronMaxGapSeconds(v);
    } catch (e) {
      const m = (e as Error).message;
      ctx.addIssue({ code: 'custom', input: v, message: /once a week/.test(m) ? 'a schedule that runs at least once a week' : `a valid cron expression (${m.replace(/^'schedule' /, '').replace(/ in ".*"$/, '')})` });
    }
  });
const rfc3339 = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, 'an RFC 3339 time such as 2026-12-01T09:30:00Z');
const pgRetention = z.string().regex(/^[1-9][0-9]*[dwm]$/, 'a retention such as 30d, 4w or 3m');
/**
 * A CloudNativePG cluster's backups (barman-cloud to its bucket of the object store: base backups on
 * `schedule`, WAL archived continuously) and its restore switch.
 */
const pgBackupShape = {
  /** Six-field cron (seconds first) of the ScheduledBackup. */
  schedule: backupCron(6, '0 0 2 * * *').default('0 0 2 * * *'),
  /** How long base backups and the WAL they need are kept (barman's recovery window). */
  retentionPolicy: pgRetention.default('30d'),
  /**
   * The folder below the bucket this cluster writes (barman's serverName). A restored cluster starts a new
   * timeline and must write to a new folder: barman refuses to archive into one that holds another cluster's WAL.
   * @default the cluster's name
   */
  serverName: dnsLabel.optional(),
  /**
   * Restore switch: render the cluster as a recovery (bootstrap.recovery) from the object store. Only takes
   * effect on a new cluster (delete the Cluster and its PVCs first: README, "Restore").
   */
  restore: z.strictObject({
    /** The serverName whose backups and WAL to recover from (the lost cluster's). */
    fromServerName: dnsLabel,
    /** Point in time to recover to (RFC 3339); default: the end of the archived WAL. */
    targetTime: rfc3339.optional(),
  }).optional(),
};
/** Restoring from a folder while writing to it would mix timelines: a restore needs a new serverName. */
function restoreWritesElsewhere(b: { serverName?: string; restore?: { fromServerName: string } }, ctx: z.RefinementCtx): void {
  if (b.restore && (b.serverName === undefined || b.serverName === b.restore.fromServerName)) {
    ctx.addIssue({
      code: 'custom', path: ['serverName'], input: b.serverName,
      message: `a serverName other than restore.fromServerName ("${b.restore.fromServerName}"): the restored cluster writes a new timeline to a new folder`,
    });
  }
}
const pgBackup = () => z.strictObject(pgBackupShape).superRefine(restoreWritesElsewhere).prefault({});

export const componentsSchema = z.strictObject({
  argocd: component(),
  certManager: component(),
  // Gatekeeper caches the objects it reviews: upstream asks for 512Mi.
  gatekeeper: component({ resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } } }),
  metallb: z.strictObject({
    ...componentShape(),
    /** MetalLB's pool (IPAddressPool lumen-pool, announced in L2): ranges or CIDRs, in order, not overlapping. */
    addresses: z.array(ipRange.refine((r) => { const [s, e] = ipv4Span(r); return !(s > e); }, 'a range whose first address is not after its last'))
      .min(1).refine((rs) => !spansOverlap(rs), 'ranges that do not overlap').default(['192.168.2.100-192.168.2.120']),
  }).prefault({}),
  /** Vault HA on Raft (src/charts/vault.ts): `replicas` = Raft voters (1 or an odd number). */
  vault: z.strictObject({
    ...componentShape({ resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } } }),
    /** Raft data volume of each replica. */
    storage: quantity.default('2Gi'),
    /** Raft snapshots to the object store (src/charts/backups.ts): a CronJob with a short-lived token. */
    backup: z.strictObject({
      schedule: backupCron(5, '0 1 * * *').default('0 1 * * *'),
      /** Snapshots kept (the CronJob deletes older ones). */
      keep: z.number().int().min(1).max(365).default(14),
      /** Restore switch: a Job that restores this snapshot (object key in the vault bucket, e.g. vault/20261201T010000Z.snap). */
      restore: z.strictObject({
        snapshot: z.string().regex(/^vault\/[0-9]{8}T[0-9]{6}Z\.snap$/, 'a snapshot key such as vault/20261201T010000Z.snap'),
      }).optional(),
    }).prefault({}),
  }).prefault({}),
  vaultSecretsOperator: component(),
  /** CloudNativePG (src/charts/cloudnative-pg.ts): `replicas` = operator replicas; `database` = the lumen-db Cluster. */
  cloudnativePg: z.strictObject({
    ...componentShape(),
    database: z.strictObject({
      /** PostgreSQL instances (one primary, the rest streaming replicas). */
      instances: z.number().int().min(1).max(9).default(1),
      /** Volume of each instance. */
      storage: quantity.default('2Gi'),
      resources: resources.default(DATA),
      /**
       * Base backups + WAL archive (barman-cloud): to the platform object store by default (bucket
       * backups-lumen-db, key from Vault); `destinationPath` + `endpointURL` send them elsewhere in the air gap.
       */
      backup: z.strictObject({
        ...pgBackupShape,
        /** Bucket and prefix, e.g. s3://lumen-backups/lumen-db. Default: s3://backups-lumen-db/ of the object store. */
        destinationPath: z.string().regex(/^s3:\/\/[a-z0-9][-a-z0-9.]{1,61}[a-z0-9](\/\S*)?$/, 'an s3://bucket[/prefix] path').optional(),
        /** The object store's endpoint (in-cluster Service or an address of the air gap). Default: the platform object store. */
        endpointURL: internalUrl.optional(),
        /** KV v2 path (below `secret`) holding ACCESS_KEY_ID and ACCESS_SECRET_KEY. Default: the object store's key of lumen-db (generated). */
        credentialsPath: z.string().regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/, 'a KV path such as cnpg/backup').optional(),
        /** Where the endpoint answers when it is not an in-cluster Service (for the egress NetworkPolicy). */
        endpointCidr: cidr.optional(),
      }).superRefine(restoreWritesElsewhere).superRefine((b, ctx) => {
        // Both or neither: half an outside store is a typo.
        if ((b.destinationPath === undefined) !== (b.endpointURL === undefined)) {
          ctx.addIssue({ code: 'custom', path: [b.destinationPath === undefined ? 'destinationPath' : 'endpointURL'], input: undefined, message: 'destinationPath and endpointURL together (an outside store), or neither (the platform object store)' });
        }
      }).prefault({}),
    }).prefault({}),
  }).prefault({}),
  traefik: z.strictObject({
    ...componentShape(),
    /** Address of Traefik's LoadBalancer Service (must be in components.metallb.addresses). Default: the pool's first address. */
    loadBalancerIP: ipv4Address.optional(),
  }).prefault({}),
  argoRollouts: component(),
  chaosMesh: component(),
  /** Gitea (src/charts/gitea.ts): one replica (RWO volume); `runner` = act_runner pods. */
  gitea: z.strictObject({
    ...componentShape({ resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } } }),
    /** Repositories, packages and attachments. */
    storage: quantity.default('10Gi'),
    /** Volume of Gitea's own PostgreSQL. */
    databaseStorage: quantity.default('2Gi'),
    runner: z.strictObject({
      enabled: z.boolean().default(true),
      replicas: z.number().int().min(1).max(10).default(1),
      /** Jobs each runner runs at once. */
      capacity: z.number().int().min(1).max(8).default(1),
    }).prefault({}),
    /** Its database (pg_dump) and its volume (repositories, packages, attachments) to the object store (src/charts/backups.ts). */
    backup: z.strictObject({
      schedule: backupCron(5, '30 1 * * *').default('30 1 * * *'),
      /** Backups kept (the CronJob deletes older ones). */
      keep: z.number().int().min(1).max(365).default(7),
      /**
       * Restore switch: a Job that restores this backup (database and data volume) once Gitea is stopped, and
       * the `gitea` Application syncs by hand meanwhile (README, "Restore runbook").
       * @default - none: no restore Job
       */
      restore: z.strictObject({
        /** The backup's folder in the gitea bucket (holding gitea.dump and data.tar.gz), e.g. gitea/20261201T013000Z. */
        backup: z.string().regex(/^gitea\/[0-9]{8}T[0-9]{6}Z$/, 'a backup folder such as gitea/20261201T013000Z (the one holding gitea.dump and data.tar.gz)'),
      }).optional(),
    }).prefault({}),
  }).prefault({}),
  // Observability (src/charts/monitoring.ts, loki.ts, alloy.ts, tempo.ts) and runtime security (falco.ts).
  /** kube-prometheus-stack: replicas and resources are Prometheus' (Alertmanager follows the replicas). */
  monitoring: z.strictObject({
    ...componentShape({ resources: { requests: { cpu: '200m', memory: '512Mi' }, limits: { cpu: '1', memory: '2Gi' } } }),
    /** How long Prometheus keeps samples (Prometheus duration: d, h, w, y). */
    retention: z.string().regex(/^[0-9]+(h|d|w|y)$/, 'a Prometheus retention such as 7d or 720h').default('7d'),
    /** Prometheus' volume, one per replica. */
    storage: quantity.default('10Gi'),
    /** The nodes' addresses: Prometheus scrapes node-exporter (:9100) and the kubelets (:10250) there. Default: the API server's CIDRs. */
    nodeCidrs: z.array(cidr).min(1).optional(),
    /**
     * Where Alertmanager sends notifications (src/charts/monitoring.ts): mail through the air gap's relay,
     * critical to the on-call list, warnings to the platform list, Watchdog to a dead man's switch. The
     * defaults are names under the cluster's baseDomain; set what differs. Credentials only from Vault.
     */
    alerting: z.strictObject({
      /** The mail relay, host:port. Default: smtp.<baseDomain>:25. */
      smarthost: hostPort.optional(),
      /** Sender. Default: alertmanager@<baseDomain>. */
      from: email.optional(),
      /** Receives critical alerts (pages a person). Default: oncall@<baseDomain>. */
      criticalTo: email.optional(),
      /** Receives warnings (read every working day). Default: platform@<baseDomain>. */
      warningTo: email.optional(),
      /** Insist on STARTTLS with the relay (Alertmanager's own default). */
      requireTls: z.boolean().default(true),
      /** SMTP AUTH: the user, and the KV v2 path (below `secret`) whose key `password` holds the password. None: the relay admits the cluster's addresses. */
      auth: z.strictObject({
        username: z.string().min(1),
        vaultPath: z.string().regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/, 'a KV path such as monitoring/alertmanager-smtp').default('monitoring/alertmanager-smtp'),
      }).optional(),
      /** Dead man's switch: a webhook that receives Watchdog every minute and raises the alarm when it stops. Default: http://deadmanswitch.<baseDomain>/ping/<cluster.name>. */
      deadMansSwitchUrl: internalUrl.optional(),
      /** Where the relay and the dead man's switch answer (Alertmanager's egress NetworkPolicy). Default: the private networks. */
      egressCidrs: z.array(cidr).min(1).optional(),
    }).prefault({}),
  }).prefault({}),
  /** Loki, single binary on a filesystem volume: one replica. */
  loki: z.strictObject({
    ...componentShape({ resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } } }),
    retention: z.string().regex(/^[0-9]+h$/, 'a duration in hours such as 168h').default('168h'),
    storage: quantity.default('10Gi'),
  }).prefault({}),
  /** Alloy: a DaemonSet (replicas do not apply). */
  alloy: component({ resources: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } } }),
  /** Tempo, single binary on a local volume: one replica. */
  tempo: z.strictObject({
    ...componentShape({ resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } } }),
    retention: z.string().regex(/^[0-9]+h$/, 'a duration in hours such as 72h').default('72h'),
    storage: quantity.default('10Gi'),
  }).prefault({}),
  /** Falco: a DaemonSet (replicas do not apply). */
  falco: component({ resources: { requests: { cpu: '100m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } } }),
  /** The JWT validator at the edge (src/charts/edge-auth.ts: Ory Oathkeeper behind Traefik forwardAuth). */
  edgeAuth: component(),
  /** Sigstore policy-controller, the signed-image verifier (src/charts/policy-controller.ts); rendered when `signing` is set. */
  policyController: component({ resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } } }),
  // The shop's data layer.
  /** lumen-api's Redis with Sentinel (src/charts/redis.ts): `replicas` = pods of redis + sentinel (1 or an odd number). */
  redis: z.strictObject({
    ...componentShape(),
    /** Append-only file volume of each pod. */
    storage: quantity.default('1Gi'),
  }).prefault({}),
  /** Catalog's sharded MongoDB (src/charts/mongodb.ts): `replicas` = members of every replica set (shards and config servers). */
  mongodb: z.strictObject({
    ...componentShape({ resources: DATA }),
    /** Shard replica sets (rs0, rs1, ...). */
    shards: z.number().int().min(1).max(8).default(1),
    /** mongos query routers. */
    mongos: z.number().int().min(1).max(10).default(1),
    /** Volume of each mongod (shards and config servers). */
    storage: quantity.default('2Gi'),
    /** Percona Backup for MongoDB to the object store: base backups on `schedule`, oplog slices in between (point in time). */
    backup: z.strictObject({
      schedule: backupCron(5, '0 3 * * *').default('0 3 * * *'),
      /** Base backups kept (PBM deletes older ones and the oplog they need). */
      keep: z.number().int().min(1).max(365).default(7),
      /** Minutes between oplog slices (how much a point-in-time restore can lose at most). */
      oplogSpanMinutes: z.number().int().min(1).max(60).default(10),
      /** Restore switch: a PerconaServerMongoDBRestore of `backupName` (kubectl get psmdb-backup), replayed to `targetTime` when given. */
      restore: z.strictObject({
        backupName: dnsName,
        /** Point in time (RFC 3339, UTC) the oplog is replayed to; default: the backup itself. */
        targetTime: rfc3339.optional(),
      }).optional(),
    }).prefault({}),
  }).prefault({}),
  /** Order's PostgreSQL + Citus (src/charts/citus.ts): `replicas` = instances of every CloudNativePG cluster (coordinator and each worker). */
  citus: z.strictObject({
    ...componentShape({ resources: DATA }),
    /** Citus worker groups (one CloudNativePG cluster each). */
    workers: z.number().int().min(1).max(16).default(1),
    /** Volume of each instance. */
    storage: quantity.default('2Gi'),
    /**
     * Every node group's backups (one folder per CNPG cluster in the citus bucket); a restore restores every group
     * to the same time. `serverName` and `restore.fromServerName` name generations: each group writes `<group>`
     * the first time (`fromServerName: citus`), `<group>-<serverName>` after a restore.
     */
    backup: pgBackup(),
  }).prefault({}),
  /** Kafka in KRaft mode + Debezium (src/charts/kafka.ts): `replicas` = nodes of the controller+broker pool. */
  kafka: z.strictObject({
    ...componentShape({ resources: { requests: { cpu: '250m', memory: '1Gi' }, limits: { cpu: '1', memory: '2Gi' } } }),
    /** Volume of each Kafka node. */
    storage: quantity.default('2Gi'),
    /** Debezium Kafka Connect workers. */
    connectReplicas: z.number().int().min(1).max(10).default(1),
  }).prefault({}),
  /** Keycloak and its own CloudNativePG database (src/charts/keycloak.ts): `replicas` = Keycloak instances. */
  keycloak: z.strictObject({
    ...componentShape({ resources: { requests: { cpu: '250m', memory: '768Mi' }, limits: { cpu: '1', memory: '1536Mi' } } }),
    /** Instances of the keycloak-db cluster. */
    dbInstances: z.number().int().min(1).max(5).default(1),
    dbStorage: quantity.default('1Gi'),
    /** keycloak-db's backups (realms, users, sessions of record). */
    dbBackup: pgBackup(),
  }).prefault({}),
  /**
   * The platform's S3-compatible object store (Garage, single node: src/charts/object-store.ts): every data
   * service's backups. Required by every data service that is on.
   */
  objectStore: z.strictObject({
    enabled: z.boolean().default(true),
    resources: resources.default({ requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } }),
    /** The volume holding Garage's data and metadata: every backup of the environment, retention included. */
    storage: quantity.default('20Gi'),
  }).prefault({}),
  /** Catalog's Redis cache (src/charts/shop-cache.ts): one instance, no persistence (a cache). */
  shopCache: z.strictObject({
    ...componentShape({ resources: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } } }),
    /** Redis `maxmemory` (keep it below the memory limit). */
    maxMemory: z.string().regex(/^[0-9]+(mb|gb)$/, 'a Redis size such as 192mb').default('192mb'),
  }).prefault({}),
  /**
   * Preview environments (issue 13, src/charts/previews.ts), in the cluster that hosts them: an ApplicationSet
   * per service repository whose pull-request generator (Gitea) creates one Application per open pull request
   * labelled `label`, from `dist/<environment>/`, in namespace `pr-<repository>-<number>`. Off by default.
   */
  previews: z.strictObject({
    enabled: z.boolean().default(false),
    /** The overlay whose render the previews deploy (overlays/<environment>.yaml with a `preview:` block). */
    environment: dnsLabel.default('preview'),
    /** The Gitea organisation of the service repositories (catalog, order, lumen-api). */
    owner: dnsLabel.default('lumen'),
    /** Gitea's API inside the cluster (the only SCM provider the ApplicationSet controller may call). */
    giteaUrl: internalUrl.default('http://gitea-http.gitea.svc.cluster.local:3000'),
    /** KV v2 path (below `secret`) whose key `token` is a Gitea token that reads the service repositories' pull requests. */
    tokenVaultPath: z.string().regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/, 'a KV path such as argocd/gitea-previews').default('argocd/gitea-previews'),
    /** Only pull requests carrying this Gitea label get an environment (opt-in: a person decides what costs a preview). */
    label: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, 'a Gitea label name such as preview').default('preview'),
    /** At most this many previews at once (a ResourceQuota on the Applications of the previews' namespace). */
    maxConcurrent: z.number().int().min(1).max(20).default(3),
    /** How often the generator asks Gitea for pull requests (seconds; Argo CD's default is 30 min). */
    requeueAfterSeconds: z.number().int().min(30).max(3600).default(120),
  }).prefault({}),
}).superRefine((c, ctx) => {
  // Every stateful service backs up to the object store: none of them may run without it.
  const stateful = (['cloudnativePg', 'citus', 'keycloak', 'mongodb', 'vault', 'gitea'] as const).filter((k) => c[k]?.enabled);
  if (c.objectStore && !c.objectStore.enabled && stateful.length) {
    ctx.addIssue({ code: 'custom', path: ['objectStore', 'enabled'], input: false, message: `true while stateful services back up to it (${stateful.map((k) => `components.${k}`).join(', ')})` });
  }
  // Traefik's address must come from MetalLB's pool, or MetalLB never assigns it (the Service stays <pending>).
  const ip = c.traefik?.loadBalancerIP;
  if (ip === undefined || !c.metallb?.enabled || !Array.isArray(c.metallb.addresses)) return;
  const [n] = ipv4Span(ip);
  if (!c.metallb.addresses.some((r) => { const [s, e] = ipv4Span(r); return n >= s && n <= e; })) {
    ctx.addIssue({ code: 'custom', path: ['traefik', 'loadBalancerIP'], input: ip, message: 'an address inside components.metallb.addresses' });
  }
}).prefault({});

const imageRepository = z.string().regex(/^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/, 'an image repository path such as lumen/lumen-api');

/** What every service has: sizes, autoscaling and its canary (src/constructs/microservice.ts). */
const serviceShape = {
  enabled: z.boolean().default(true),
  /** Pods when idle: the HPA's minReplicas (2 or more for HA). */
  replicas: z.number().int().min(1).max(50).default(1),
  resources: resources.default({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } }),
  /** HorizontalPodAutoscaler on CPU, from `replicas` up to `maxReplicas`. */
  autoscaling: z.strictObject({
    maxReplicas: z.number().int().min(1).max(50).default(3),
    cpuUtilization: z.number().int().min(1).max(100).default(70),
  }).prefault({}),
  /** Argo Rollouts canary: setWeight + error-rate analysis for each weight, then 100 %. */
  canary: z.strictObject({
    weights: z.array(z.number().int().min(1).max(99)).min(1).default([20, 80])
      .refine((w) => w.every((x, i) => i === 0 || x > w[i - 1]), 'strictly increasing weights such as [20, 80]'),
    /** Highest share of 5xx answers of the canary pods (0..1). */
    maxErrorRate: z.number().gt(0).lt(1).default(0.01),
    /** Rate window of the analysis query (Prometheus duration). */
    analysisWindow: z.string().regex(/^[0-9]+[smh]$/, 'a duration such as 5m').default('5m'),
  }).prefault({}),
  /**
   * Argo Rollouts blue-green instead of the canary (issue 13, seed 003): the new version behind
   * `<group>-preview`, an end-to-end test Job before promotion (auto-promotion on success) and again after.
   * Absent: the canary above.
   */
  blueGreen: z.strictObject({
    /** The first-party test image (built by the service's pipeline) and the command that runs the suite. */
    test: z.strictObject({
      image: z.strictObject({ repository: z.string().regex(/^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/, 'an image repository path such as shop/catalog-e2e'), tag: imageTag }),
      command: z.array(z.string().min(1)).min(1),
      /** Seconds the suite may run. */
      timeoutSeconds: z.number().int().min(30).max(3600).default(600),
    }),
    /** Promote when the pre-promotion test passes (false: a person promotes). */
    autoPromotion: z.boolean().default(true),
    /** Seconds the previous version stays up after the switch. */
    scaleDownDelaySeconds: z.number().int().min(0).max(3600).default(30),
  }).optional(),
};

/** The HPA cannot go below its minimum. */
function maxAtLeastMin(s: { replicas: number; autoscaling: { maxReplicas: number } }, ctx: z.RefinementCtx): void {
  if (s.autoscaling.maxReplicas < s.replicas) {
    ctx.addIssue({ code: 'custom', path: ['autoscaling', 'maxReplicas'], input: s.autoscaling.maxReplicas, message: `>= replicas (${s.replicas})` });
  }
}

/**
 * The digest of a first-party image as CI pushed it (`sha256:<64 hex>`): the image runs as `tag@digest`, what the
 * signature verifier checks (src/charts/policy-controller.ts). Required where `signing.mode` is enforce.
 */
export const imageDigest = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'an image digest sha256:<64 lower-case hex>');

/** An older API major version still served (/api/<version>/...) by its own deployment group, pinned. */
const legacyApiVersion = (tag: string) => z.strictObject({
  enabled: z.boolean().default(true),
  tag: imageTag.default(tag),
  digest: imageDigest.optional(),
}).prefault({});

/** `image.tag` (and `image.digest`) is the service's current API version: what `npm run promote` moves. */
const imageOf = (defaults: { repository: string; tag: string }) => z.strictObject({
  repository: imageRepository.default(defaults.repository),
  tag: imageTag.default(defaults.tag),
  digest: imageDigest.optional(),
}).prefault({});

export const servicesSchema = z.strictObject({
  lumenApi: z.strictObject({ ...serviceShape, image: imageOf({ repository: 'lumen/lumen-api', tag: '1.0.0' }) })
    .superRefine(maxAtLeastMin).prefault({}),
  /** Catalog: `image.tag` runs /api/v2; `v1` keeps the /api/v1 deployment group on its own pinned tag. */
  catalog: z.strictObject({ ...serviceShape, image: imageOf({ repository: 'shop/catalog', tag: '2.0.0' }), v1: legacyApiVersion('1.0.0') })
    .superRefine(maxAtLeastMin).prefault({}),
  /** Order: /api/v1. */
  order: z.strictObject({ ...serviceShape, image: imageOf({ repository: 'shop/order', tag: '1.0.0' }) })
    .superRefine(maxAtLeastMin).prefault({}),
}).prefault({});

/** Every node: what a domain holds when the overlay declares none (nothing is known to fail apart). */
export const ALL_NODES = '*';
/** A failure domain: nodes that fail together (one machine, a rack, a power feed), by Kubernetes node name. */
const failureDomain = z.strictObject({
  name: dnsLabel,
  nodes: z.array(z.union([dnsName, z.literal(ALL_NODES)])).min(1),
});
export type FailureDomain = z.output<typeof failureDomain>;
/**
 * The cluster's failure domains (the synth summary and dist/<env>/README.md name every quorum one domain's loss
 * would break). Default: one domain holding every node, the honest answer for a single-node sandbox, and for
 * any cluster that declares nothing.
 */
export const failureDomainsSchema = z.array(failureDomain).min(1).superRefine((domains, ctx) => {
  const seen = new Map<string, string>();
  domains.forEach((d, i) => {
    if (domains.findIndex((x) => x.name === d.name) !== i) ctx.addIssue({ code: 'custom', path: [i, 'name'], input: d.name, message: 'a name no other domain has' });
    if (d.nodes.includes(ALL_NODES) && (domains.length > 1 || d.nodes.length > 1)) {
      ctx.addIssue({ code: 'custom', path: [i, 'nodes'], input: d.nodes, message: `"${ALL_NODES}" (every node) only as the single node of a single domain` });
    }
    d.nodes.forEach((n, j) => {
      const other = seen.get(n);
      if (other !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'nodes', j], input: n, message: `a node in one domain only (also in ${other})` });
      seen.set(n, d.name);
    });
  });
}).default([{ name: 'all-nodes', nodes: [ALL_NODES] }]);

// Signed images (issue 14; src/charts/policy-controller.ts, the overlay loader reads the key).
/** First-party repositories (below the internal registry) whose images must carry the platform's signature. */
export const FIRST_PARTY_REPOSITORIES = ['lumen/**', 'shop/**'] as const;
/** Environments that must enforce signatures (and so run first-party images by digest), with their variants (`prod-fleet`). */
export const SIGNED_ENVIRONMENTS = ['staging', 'prod'] as const;
export function enforcesSigning(env: string): boolean {
  return SIGNED_ENVIRONMENTS.some((e) => env === e || env.startsWith(`${e}-`));
}
/** policy-controller's glob alphabet (pkg/apis/glob): `*` any but `/`, `**` anything. */
const repositoryGlob = z.string().regex(/^[a-z0-9*]+([._/-]?[a-z0-9*]+)*$/, 'a repository glob below the registry such as tools/** or lumen/lumen-api');
export const signingSchema = z.strictObject({
  /** The cosign public key (ECDSA P-256, PEM), a file path relative to the overlay's folder: the loader reads and checks it. */
  publicKey: z.string().regex(/^[^\s]+\.pub$/, 'a path to a .pub file such as ../cosign.pub'),
  /** enforce: an unsigned first-party image is refused; warn: admitted with a warning (dev only). */
  mode: z.enum(['warn', 'enforce']).default('enforce'),
  /** First-party repositories beyond lumen/** and shop/** (globs below the internal registry). */
  repositories: z.array(repositoryGlob).default([]),
  /** Namespaces whose pods are verified (labelled policy.sigstore.dev/include): where first-party images run. */
  namespaces: z.array(dnsLabel).min(1).default(['lumen', 'shop']),
});
// Fleet: several clusters per environment (src/platform/fleet.ts). Absent: one cluster, rendered exactly as before.
/** What a cluster is for: `infra` runs Argo CD, the platform and the data services; `apps` the services. */
export const CLUSTER_ROLES = ['infra', 'apps'] as const;
export type ClusterRole = (typeof CLUSTER_ROLES)[number];
/** Where a component or service runs: on the clusters of one role, or on every cluster (per-node agents, admission, ingress). */
export const PLACEMENTS = [...CLUSTER_ROLES, 'every'] as const;
export type Placement = (typeof PLACEMENTS)[number];
const poolRanges = z.array(ipRange.refine((r) => { const [s, e] = ipv4Span(r); return !(s > e); }, 'a range whose first address is not after its last'))
  .min(1).refine((rs) => !spansOverlap(rs), 'ranges that do not overlap');
const inRanges = (ip: string, ranges: readonly string[]) => { const [n] = ipv4Span(ip); return ranges.some((r) => { const [s, e] = ipv4Span(r); return n >= s && n <= e; }); };
/** One cluster of a fleet overlay: what differs from `cluster:` (which keeps the shared settings: distribution, pod and Service CIDRs). */
const fleetCluster = z.strictObject({
  /** The cluster's name: its folder `dist/<env>/<name>/` and Argo CD's name for it. */
  name: dnsLabel,
  role: z.enum(CLUSTER_ROLES),
  /** The API server URL Argo CD (in the infra cluster) deploys to. Default for the infra cluster: `argocd.destination` (itself). */
  server: internalUrl.optional(),
  /** Default: cluster.baseDomain. */
  baseDomain: dnsName.optional(),
  apiServer: z.strictObject({ cidrs: z.array(cidr).min(1), port: z.number().int().min(1).max(65535).default(6443) }),
  /**
   * The nodes' addresses: what another cluster's pods see as the source of this cluster's pods (flannel
   * masquerades pod traffic leaving the cluster to the node's address), so the peer of cross-cluster ingress.
   * Default: apiServer.cidrs.
   */
  nodeCidrs: z.array(cidr).min(1).optional(),
  /** This cluster's MetalLB pool (components.metallb.addresses of its render): not overlapping any other cluster's. */
  metallb: z.strictObject({ addresses: poolRanges }),
  /** Traefik's LoadBalancer address on this cluster. Default: the pool's first address. */
  traefikIP: ipv4Address.optional(),
  /**
   * The LoadBalancer address (from this cluster's pool) of each dependency this cluster serves to another
   * cluster, by dependency name (src/platform/fleet.ts `reach`): one address per exposed dependency.
   */
  expose: z.record(dnsLabel, ipv4Address).default({}),
  failureDomains: failureDomainsSchema,
}).superRefine((c, ctx) => {
  if (c.traefikIP && !inRanges(c.traefikIP, c.metallb.addresses)) ctx.addIssue({ code: 'custom', path: ['traefikIP'], input: c.traefikIP, message: 'an address inside metallb.addresses' });
  const used = new Map<string, string>();
  for (const [name, ip] of Object.entries(c.expose)) {
    if (!inRanges(ip, c.metallb.addresses)) ctx.addIssue({ code: 'custom', path: ['expose', name], input: ip, message: 'an address inside metallb.addresses' });
    const taken = used.get(ip) ?? (ip === (c.traefikIP ?? ipv4String(ipv4Span(c.metallb.addresses[0])[0])) ? 'traefik' : undefined);
    if (taken) ctx.addIssue({ code: 'custom', path: ['expose', name], input: ip, message: `an address no other Service uses (${taken} has it)` });
    used.set(ip, name);
  }
});
export type FleetCluster = z.output<typeof fleetCluster>;
/** The clusters of a fleet overlay: two or more, exactly one `infra` (it runs the one Argo CD), names and pools distinct. */
export const clustersSchema = z.array(fleetCluster).min(2).superRefine((cs, ctx) => {
  const infra = cs.filter((c) => c.role === 'infra').length;
  if (infra !== 1) ctx.addIssue({ code: 'custom', path: [], input: cs.map((c) => c.role), message: `exactly one cluster with role infra (it runs Argo CD), found ${infra}` });
  cs.forEach((c, i) => {
    if (cs.findIndex((x) => x.name === c.name) !== i) ctx.addIssue({ code: 'custom', path: [i, 'name'], input: c.name, message: 'a name no other cluster has' });
    if (c.role !== 'infra' && !c.server) ctx.addIssue({ code: 'custom', path: [i, 'server'], input: c.server, message: 'the API server URL Argo CD reaches this cluster at (only the infra cluster defaults to itself)' });
    const other = cs.slice(0, i).find((x) => x.metallb.addresses.some((a) => c.metallb.addresses.some((b) => spansOverlap([a, b]))));
    if (other) {
      ctx.addIssue({ code: 'custom', path: [i, 'metallb', 'addresses'], input: c.metallb.addresses, message: `a pool that does not overlap cluster ${other.name}'s` });
    }
  });
});
/** Where components and services run in a fleet, by registry name (src/registry.ts), over the defaults of src/platform/fleet.ts. */
export const placementSchema = z.record(dnsLabel, z.enum(PLACEMENTS));

export const envConfigSchema = z.strictObject({
  cluster: z.strictObject({
    name: dnsLabel,
    /** k3s: the air-gapped nodes; k3d: the local sandbox. */
    distribution: z.enum(['k3s', 'k3d']),
    baseDomain: dnsName,
    /** Where the API server answers, for the NetworkPolicies of operators and webhooks. */
    apiServer: z.strictObject({ cidrs: z.array(cidr).min(1), port: z.number().int().min(1).max(65535).default(6443) }),
    /**
     * K3s `cluster-cidr`: the pod addresses (K3s' default). Flannel gives each node a /24 of it whose `.0` is
     * the node's flannel.1 address: the API server reaches webhook pods on other nodes from there, so the
     * webhooks' ingress policies allow it. Written into dist/<env>/k3s-config.yaml.
     */
    podCidr: cidr.default('10.42.0.0/16'),
    /** K3s `service-cidr`: ClusterIP addresses (K3s' default). Written into dist/<env>/k3s-config.yaml. */
    serviceCidr: cidr.default('10.43.0.0/16'),
    failureDomains: failureDomainsSchema,
  }).superRefine((c, ctx) => {
    // Pod and Service addresses must not collide, nor hold the API server (node) addresses.
    const overlap = (a: string, b: string) => { const [s1, e1] = ipv4Span(a); const [s2, e2] = ipv4Span(b); return s1 <= e2 && s2 <= e1; };
    if (overlap(c.podCidr, c.serviceCidr)) {
      ctx.addIssue({ code: 'custom', path: ['serviceCidr'], input: c.serviceCidr, message: `a CIDR that does not overlap cluster.podCidr (${c.podCidr})` });
    }
    for (const [i, a] of c.apiServer.cidrs.entries()) {
      for (const key of ['podCidr', 'serviceCidr'] as const) {
        if (overlap(a, c[key])) ctx.addIssue({ code: 'custom', path: ['apiServer', 'cidrs', i], input: a, message: `node addresses outside cluster.${key} (${c[key]})` });
      }
    }
  }),
  registry: z.strictObject({
    host: registryHost,
    /** Plain HTTP (the lumen registry:2 on node-1); written into the K3s registries.yaml. */
    insecure: z.boolean().default(false),
    /**
     * Where the registry answers when `host` is a name (k3d's registry container): the egress NetworkPolicies of
     * the pods that reach it (the signature verifier, buildkitd, the build runners) need an address.
     * @default - the host itself when it is an IPv4 address; none otherwise (those flows are left out)
     */
    cidr: cidr.optional(),
  }),
  git: z.strictObject({ repoURL: internalUrl, targetRevision: z.string().min(1) }),
  argocd: z.strictObject({
    project: dnsLabel.default('lumen'),
    destination: z.string().url().default('https://kubernetes.default.svc'),
  }).prefault({}),
  components: componentsSchema,
  services: servicesSchema,
  /** Signed images, enforced (absent: no verifier; required in SIGNED_ENVIRONMENTS, checked by the loader). */
  signing: signingSchema.optional(),
  /**
   * This overlay renders a preview environment (issue 13, src/charts/preview.ts): the shop and lumen-api with
   * small data stores of their own in one namespace, deployed per pull request by the host environment's
   * ApplicationSet into an existing cluster whose platform it uses (`components` then say what the host runs).
   */
  preview: z.strictObject({
    /** The environment whose cluster hosts the previews (its overlay turns `components.previews` on). */
    host: dnsLabel,
    /** The ResourceQuota of one preview namespace. */
    quota: z.strictObject({
      requestsCpu: quantity.default('2'),
      requestsMemory: quantity.default('4Gi'),
      limitsCpu: quantity.default('8'),
      limitsMemory: quantity.default('8Gi'),
      storage: quantity.default('10Gi'),
      pods: z.number().int().min(1).max(100).default(30),
    }).prefault({}),
    /** Size of each small data store (PostgreSQL, MongoDB volumes). */
    storage: quantity.default('1Gi'),
  }).optional(),
  /** Several clusters (src/platform/fleet.ts); absent: the one cluster of `cluster:`. */
  clusters: clustersSchema.optional(),
  /** Fleet only: where components and services run, over the defaults. */
  placement: placementSchema.optional(),
});

export type EnvConfigInput = z.input<typeof envConfigSchema>;
/** One service's overlay settings (every service has the same shape). */
export type ServiceConfig = z.output<typeof servicesSchema>['lumenApi'];
/** `signing` as loaded: the key file's PEM text beside its path (constructs never read files). */
export type SigningConfig = z.output<typeof signingSchema> & { readonly publicKeyPem: string };
/** The parsed overlay plus the environment's name (the overlay's file name). */
export type EnvConfig = Omit<z.output<typeof envConfigSchema>, 'signing'> & {
  readonly env: string;
  readonly signing?: SigningConfig;
  /** Fleet only: the cluster this config renders (src/platform/fleet.ts `clusterConfig`); absent for a single-cluster overlay. */
  readonly clusterName?: string;
};
