import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig } from '../config/schema';
import { backupMaxAgeSeconds } from '../config/cron';
import { Dashboard, DashboardProps, row, stat, timeseries } from '../constructs/grafana-dashboard';
import { ImageRef, internalImage } from '../constructs/images';
import { standardLabels, workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { allowFlow } from '../constructs/network-flow';
import { ObjectStoreAccess } from '../constructs/object-store-access';
import { AlertRules, RuleGroup } from '../constructs/prometheus-rules';
import { VaultNamespaceAuth } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { MONITORING_NAMESPACE } from '../platform/endpoints';
import {
  BACKUP_OF_ANNOTATION, BACKUP_TARGETS, BackupTarget, OBJECT_STORE_CLIENT_LABEL, OBJECT_STORE_ENDPOINT, OBJECT_STORE_NAMESPACE,
  OBJECT_STORE_POD_LABELS, OBJECT_STORE_REGION, OBJECT_STORE_S3_PORT,
} from '../platform/object-store';
import { citusNodes, CITUS_NAMESPACE } from './citus';
import { LUMEN_DB, LUMEN_DB_NAMESPACE } from './cloudnative-pg';
import {
  GITEA_DATA_PVC, GITEA_NAMESPACE, GITEA_POD_LABELS, GITEA_POSTGRES_IMAGE, GITEA_POSTGRES_POD_LABELS, GITEA_POSTGRES_SECRET, GITEA_POSTGRES_SERVICE,
} from './gitea';
import { KEYCLOAK_DB, KEYCLOAK_NAMESPACE } from './keycloak';
import { MONGODB_CLUSTER, MONGODB_NAMESPACE } from './mongodb';
import { CURL_IMAGE, CURL_USER } from './object-store';
import {
  VAULT_ACTIVE_ADDR, VAULT_NAMESPACE, VAULT_SNAPSHOT_ACCOUNT, VAULT_SNAPSHOT_ROLE, vaultImage,
} from './vault';
import { VAULT_KUBERNETES_AUTH_MOUNT } from '../constructs/vault-secret';

/** Secret (namespace vault, key `token`) a person creates for a snapshot restore: a token allowed `sys/storage/raft/snapshot-force`. Never in Git. */
export const VAULT_RESTORE_TOKEN_SECRET = 'vault-restore-token';
export const VAULT_SNAPSHOT_CRONJOB = 'vault-snapshot';
export const GITEA_BACKUP_CRONJOB = 'gitea-backup';
/** The restore Job's pods (`app`), and the prefix of its name (`gitea-restore-<hash of the backup>`). */
export const GITEA_RESTORE_JOB = 'gitea-restore';
/** The folder below the gitea bucket that holds Gitea's backups: one `<prefix>/<UTC time>/` each. */
export const GITEA_BACKUP_PREFIX = 'gitea';
/** What one Gitea backup holds: the database (pg_dump custom format) and the data volume (tar.gz). */
export const GITEA_BACKUP_FILES = { database: 'gitea.dump', data: 'data.tar.gz' } as const;
/** Where a backup pod stages its files (an emptyDir) before the upload. */
const STAGE = '/backup';

/**
 * Shell functions of the upload containers (curl image: busybox sh): `s3` signs a request with SigV4 for the
 * object store (path-style: /<bucket>/<key>; the key reaches curl on stdin, never on its command line; the
 * payload unsigned, declared in x-amz-content-sha256, which curl then signs: S3 requires the header), and
 * `prune` keeps the newest KEEP backups below a prefix (a backup = the objects of one UTC timestamp, the key's
 * second path element, so names sort by time) and deletes the others. One listing page (1000 keys) is read:
 * KEEP is at most 365.
 */
export const S3_CLIENT_FUNCTIONS = `set -eu
: "\${S3_ENDPOINT:?}" "\${S3_BUCKET:?}" "\${S3_REGION:?}" "\${ACCESS_KEY_ID:?}" "\${ACCESS_SECRET_KEY:?}" "\${KEEP:?}"
s3() {
  printf 'user = "%s:%s"\\n' "$ACCESS_KEY_ID" "$ACCESS_SECRET_KEY" \\
    | curl -sS --fail-with-body -K - --aws-sigv4 "aws:amz:$S3_REGION:s3" -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' "$@"
}
prune() {
  s3 "$S3_ENDPOINT/$S3_BUCKET?list-type=2&prefix=$1/" | grep -o '<Key>[^<]*</Key>' | sed -e 's/<Key>//' -e 's/<\\/Key>//' > ${STAGE}/keys
  cut -d / -f 2 ${STAGE}/keys | sed 's/\\..*//' | sort -u -r | tail -n +$(($2 + 1)) > ${STAGE}/old
  while read -r stamp; do
    grep "^$1/$stamp" ${STAGE}/keys | while read -r key; do
      s3 -X DELETE "$S3_ENDPOINT/$S3_BUCKET/$key" >/dev/null
      echo "deleted $key"
    done
  done < ${STAGE}/old
}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
`;

/** The environment of an upload container: where to, and the key (from the VaultSecret of ObjectStoreAccess). */
function s3Env(target: BackupTarget, secretName: string, keep: number): k8s.EnvVar[] {
  const key = (name: string) => ({ name, valueFrom: { secretKeyRef: { name: secretName, key: name } } });
  return [
    { name: 'S3_ENDPOINT', value: OBJECT_STORE_ENDPOINT },
    { name: 'S3_BUCKET', value: target.bucket },
    { name: 'S3_REGION', value: OBJECT_STORE_REGION },
    key('ACCESS_KEY_ID'), key('ACCESS_SECRET_KEY'),
    { name: 'KEEP', value: String(keep) },
  ];
}

const q = (v: string) => k8s.Quantity.fromString(v);
const RESTRICTED: k8s.SecurityContext = { allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } };
const SMALL = { requests: { cpu: q('10m'), memory: q('32Mi') }, limits: { cpu: q('500m'), memory: q('256Mi') } };

/** One container of a backup pod: pinned image, restricted, small, the stage mounted. */
function container(name: string, image: ImageRef, script: string, env: k8s.EnvVar[], extra: Partial<k8s.Container> = {}): k8s.Container {
  return {
    name, image: image.ref, imagePullPolicy: 'IfNotPresent', command: ['/bin/sh', '-c', script], env, resources: SMALL,
    securityContext: { ...RESTRICTED, ...(extra.securityContext ?? {}) },
    ...extra,
    volumeMounts: [{ name: 'stage', mountPath: STAGE }, ...(extra.volumeMounts ?? [])],
  };
}

interface BackupCronJobProps {
  readonly name: string;
  readonly schedule: string;
  /** `Kind/name` of the stateful objects it backs up (BACKUP_OF_ANNOTATION). */
  readonly backupOf: string[];
  readonly labels: Record<string, string>;
  readonly pod: k8s.PodSpec;
}

/** A backup CronJob: UTC schedule, never two at once, a missed run started up to an hour late, three runs of history. */
function backupCronJob(scope: Construct, p: BackupCronJobProps): k8s.KubeCronJob {
  return new k8s.KubeCronJob(scope, p.name, {
    metadata: { name: p.name, labels: p.labels, annotations: { [BACKUP_OF_ANNOTATION]: p.backupOf.join(',') } },
    spec: {
      schedule: p.schedule,
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      startingDeadlineSeconds: 3600,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        metadata: { labels: p.labels },
        spec: { backoffLimit: 2, activeDeadlineSeconds: 3 * 3600, template: { metadata: { labels: p.labels }, spec: p.pod } },
      },
    },
  });
}

/** A stable 32-bit hash (FNV-1a), as 8 hex digits: names one-shot objects after their inputs. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * Vault's backups (wave dependencies-config, namespace vault): a CronJob takes a Raft snapshot with a
 * 5-minute token (Kubernetes auth role vault-snapshot: read `sys/storage/raft/snapshot`, nothing else; the
 * Vault bootstrap writes it) and uploads it to the vault bucket, keeping the newest `keep`. The restore switch
 * (components.vault.backup.restore) renders a Job that restores one snapshot.
 */
export class VaultBackupChart extends LumenChart {
  readonly cronJob: k8s.KubeCronJob;
  readonly restoreJob?: k8s.KubeJob;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: VAULT_NAMESPACE, description: 'Vault Raft snapshots to the object store, and their restore' });
    const b = config.components.vault.backup;
    const vault = vaultImage(config);
    const curl = internalImage(config.registry.host, CURL_IMAGE.repository, CURL_IMAGE.tag);
    const target = BACKUP_TARGETS.vault;
    const client = { [OBJECT_STORE_CLIENT_LABEL]: target.service };
    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: VAULT_NAMESPACE });
    const access = new ObjectStoreAccess(this, 'ObjectStore', { target, namespace: VAULT_NAMESPACE, podLabels: client });

    new k8s.KubeServiceAccount(this, 'SnapshotAccount', {
      metadata: { name: VAULT_SNAPSHOT_ACCOUNT, labels: standardLabels(VAULT_SNAPSHOT_ACCOUNT) }, automountServiceAccountToken: false,
    });
    const labels = { ...workloadLabels(VAULT_SNAPSHOT_CRONJOB, 'security'), ...client };
    const snapshot = [
      'set -eu',
      // A token for this run only: the role's TTL is 5 minutes, and it is revoked at once after the snapshot.
      `VAULT_TOKEN=$(vault write -field=token auth/${VAULT_KUBERNETES_AUTH_MOUNT}/login role=${VAULT_SNAPSHOT_ROLE} jwt=@/var/run/secrets/vault/token)`,
      'export VAULT_TOKEN',
      `vault operator raft snapshot save ${STAGE}/vault.snap`,
      'vault token revoke -self',
    ].join('\n');
    const upload = `${S3_CLIENT_FUNCTIONS}s3 -T ${STAGE}/vault.snap "$S3_ENDPOINT/$S3_BUCKET/vault/$stamp.snap" >/dev/null
echo "uploaded vault/$stamp.snap"
prune vault "$KEEP"
`;
    const vaultEnv = [{ name: 'VAULT_ADDR', value: VAULT_ACTIVE_ADDR }, { name: 'HOME', value: STAGE }];
    const stageSize = config.components.vault.storage;
    this.cronJob = backupCronJob(this, {
      name: VAULT_SNAPSHOT_CRONJOB, schedule: b.schedule, backupOf: ['StatefulSet/vault'], labels,
      pod: {
        serviceAccountName: VAULT_SNAPSHOT_ACCOUNT,
        automountServiceAccountToken: false,
        restartPolicy: 'Never',
        // uid 100: vault in the Vault image, curl_user in the curl image.
        securityContext: { runAsNonRoot: true, runAsUser: 100, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
        initContainers: [container('snapshot', vault, snapshot, vaultEnv, {
          volumeMounts: [{ name: 'vault-token', mountPath: '/var/run/secrets/vault', readOnly: true }],
        })],
        containers: [container('upload', curl, upload, s3Env(target, access.secretName, b.keep))],
        volumes: [
          { name: 'stage', emptyDir: { sizeLimit: q(stageSize) } },
          // The ServiceAccount's token for Vault's Kubernetes auth (audience vault, like every role of the platform).
          { name: 'vault-token', projected: { sources: [{ serviceAccountToken: { audience: 'vault', expirationSeconds: 600, path: 'token' } }] } },
        ],
      },
    });

    if (b.restore) {
      const key = b.restore.snapshot;
      const download = `${S3_CLIENT_FUNCTIONS}s3 -o ${STAGE}/vault.snap "$S3_ENDPOINT/$S3_BUCKET/${key}"\necho "downloaded ${key}"\n`;
      const restore = `set -eu\nvault operator raft snapshot restore -force ${STAGE}/vault.snap\necho "restored ${key}"\n`;
      const restoreLabels = { ...workloadLabels('vault-restore', 'security'), ...client };
      // Not a hook: a plain Job named after its snapshot runs once; another snapshot is another Job.
      this.restoreJob = new k8s.KubeJob(this, 'Restore', {
        metadata: { name: `vault-restore-${shortHash(key)}`, labels: restoreLabels, annotations: { 'lumen.dev/restore-of': key } },
        spec: {
          backoffLimit: 1,
          activeDeadlineSeconds: 1800,
          template: {
            metadata: { labels: restoreLabels },
            spec: {
              automountServiceAccountToken: false,
              restartPolicy: 'Never',
              securityContext: { runAsNonRoot: true, runAsUser: 100, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
              initContainers: [container('download', curl, download, s3Env(target, access.secretName, b.keep))],
              containers: [container('restore', vault, restore, [
                ...vaultEnv,
                { name: 'VAULT_TOKEN', valueFrom: { secretKeyRef: { name: VAULT_RESTORE_TOKEN_SECRET, key: 'token' } } },
              ])],
              volumes: [{ name: 'stage', emptyDir: { sizeLimit: q(stageSize) } }],
            },
          },
        },
      });
    }
  }
}

/**
 * The restore Job's scripts for one backup folder (`gitea/<UTC time>`): `download` (curl image, S3 functions)
 * fetches both files of the backup into the stage; `database` (PostgreSQL image) replaces database gitea's
 * objects with the dump's in one transaction (a failure changes nothing); `unpack` (the PostgreSQL image's GNU
 * tar, as Gitea's uid) empties the data volume and unpacks the archive into it. Each is safe to run again.
 */
export function giteaRestoreScripts(backup: string): { download: string; database: string; unpack: string } {
  const { database, data } = GITEA_BACKUP_FILES;
  return {
    download: `${S3_CLIENT_FUNCTIONS}for f in ${database} ${data}; do
  s3 -o "${STAGE}/$f" "$S3_ENDPOINT/$S3_BUCKET/${backup}/$f"
  echo "downloaded ${backup}/$f"
done
`,
    database: `set -eu
pg_restore -h ${GITEA_POSTGRES_SERVICE} -U gitea -d gitea --clean --if-exists --no-owner --single-transaction ${STAGE}/${database}
echo "restored database gitea from ${backup}/${database}"
`,
    // Replace, not merge: files newer than the backup go too. The archive's root entry (./) is skipped: the
    // volume's root is not Gitea's to chmod. -p keeps the modes (hooks stay executable).
    unpack: `set -eu
find /data -mindepth 1 -maxdepth 1 ! -name lost+found -exec rm -rf {} +
tar -xzpf ${STAGE}/${data} -C /data --no-same-owner --wildcards './?*'
echo "unpacked ${backup}/${data} into the data volume"
`,
  };
}

/**
 * Gitea's backups (wave dependencies-config, namespace gitea): a CronJob dumps its PostgreSQL (pg_dump, custom
 * format), archives its data volume (repositories, LFS, packages, attachments: mounted read-only, so the pod runs
 * on Gitea's node: the volume is ReadWriteOnce) and uploads both under one timestamp, keeping the newest `keep`.
 * The restore switch (components.gitea.backup.restore) renders a Job that restores one backup while Gitea is
 * stopped: its pod is not scheduled while a Gitea pod runs on the volume's node (the volume's own node affinity
 * places it), and the `gitea` Application syncs by hand meanwhile (GiteaChart), so selfHeal does not start
 * Gitea again under it.
 */
export class GiteaBackupChart extends LumenChart {
  readonly cronJob: k8s.KubeCronJob;
  readonly restoreJob?: k8s.KubeJob;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: GITEA_NAMESPACE, description: "Gitea's database and repositories to the object store" });
    const g = config.components.gitea;
    const curl = internalImage(config.registry.host, CURL_IMAGE.repository, CURL_IMAGE.tag);
    const postgres = internalImage(config.registry.host, GITEA_POSTGRES_IMAGE.repository, GITEA_POSTGRES_IMAGE.tag);
    const target = BACKUP_TARGETS.gitea;
    const labels = workloadLabels(GITEA_BACKUP_CRONJOB, 'platform');
    // gitea-config holds the namespace's VaultAuth; this key is one more VaultSecret of the namespace.
    const access = new ObjectStoreAccess(this, 'ObjectStore', { target, namespace: GITEA_NAMESPACE, podLabels: { app: GITEA_BACKUP_CRONJOB } });
    allowFlow(this, 'gitea-backup-postgresql', {
      from: { namespace: GITEA_NAMESPACE, podLabels: { app: GITEA_BACKUP_CRONJOB } },
      to: { namespace: GITEA_NAMESPACE, podLabels: { ...GITEA_POSTGRES_POD_LABELS } },
      ports: [{ port: 5432 }],
    });
    const { database, data } = GITEA_BACKUP_FILES;
    // The database first, then the volume: the repositories are at least as new as the records naming them.
    const dump = `set -eu\npg_dump -h ${GITEA_POSTGRES_SERVICE} -U gitea -d gitea -Fc -f ${STAGE}/${database}\necho "dumped database gitea"\n`;
    const archive = `set -eu\ntar -czf ${STAGE}/${data} -C /data .\necho "archived the data volume"\n`;
    const upload = `${S3_CLIENT_FUNCTIONS}for f in ${database} ${data}; do
  s3 -T "${STAGE}/$f" "$S3_ENDPOINT/$S3_BUCKET/${GITEA_BACKUP_PREFIX}/$stamp/$f" >/dev/null
  echo "uploaded ${GITEA_BACKUP_PREFIX}/$stamp/$f"
done
prune ${GITEA_BACKUP_PREFIX} "$KEEP"
`;
    // The stage holds both files: room for the whole volume and database.
    const stageGi = Math.ceil((quantityGi(g.storage) + quantityGi(g.databaseStorage)));
    this.cronJob = backupCronJob(this, {
      name: GITEA_BACKUP_CRONJOB, schedule: g.backup.schedule, backupOf: [`StatefulSet/${GITEA_POSTGRES_SERVICE}`, `PersistentVolumeClaim/${GITEA_DATA_PVC}`], labels,
      pod: {
        automountServiceAccountToken: false,
        restartPolicy: 'Never',
        securityContext: { runAsNonRoot: true, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
        affinity: {
          podAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { ...GITEA_POD_LABELS } } }],
          },
        },
        initContainers: [
          // uid 1001: the Bitnami PostgreSQL image's user.
          container('pg-dump', postgres, dump, [
            { name: 'PGPASSWORD', valueFrom: { secretKeyRef: { name: GITEA_POSTGRES_SECRET, key: 'password' } } },
            { name: 'HOME', value: STAGE },
          ], { securityContext: { ...RESTRICTED, runAsUser: 1001, runAsGroup: 1001 } }),
          // uid 1000: Gitea's, the owner of the volume's files.
          container('archive', curl, archive, [], {
            securityContext: { ...RESTRICTED, runAsUser: 1000, runAsGroup: 1000 },
            volumeMounts: [{ name: 'data', mountPath: '/data', readOnly: true }],
          }),
        ],
        containers: [container('upload', curl, upload, s3Env(target, access.secretName, g.backup.keep), {
          securityContext: { ...RESTRICTED, runAsUser: CURL_USER.user, runAsGroup: CURL_USER.group },
        })],
        volumes: [
          { name: 'stage', emptyDir: { sizeLimit: q(`${stageGi}Gi`) } },
          { name: 'data', persistentVolumeClaim: { claimName: GITEA_DATA_PVC, readOnly: true } },
        ],
      },
    });

    if (g.backup.restore) this.restoreJob = this.restore(config, g.backup.restore.backup, access.secretName, stageGi);
  }

  /** The restore Job of one backup, and its flows (to the object store and to Gitea's PostgreSQL). */
  private restore(config: EnvConfig, backup: string, secretName: string, stageGi: number): k8s.KubeJob {
    const g = config.components.gitea;
    const curl = internalImage(config.registry.host, CURL_IMAGE.repository, CURL_IMAGE.tag);
    const postgres = internalImage(config.registry.host, GITEA_POSTGRES_IMAGE.repository, GITEA_POSTGRES_IMAGE.tag);
    const target = BACKUP_TARGETS.gitea;
    const pods = { app: GITEA_RESTORE_JOB };
    const labels = workloadLabels(GITEA_RESTORE_JOB, 'platform');
    allowFlow(this, `${GITEA_RESTORE_JOB}-object-store`, {
      from: { namespace: GITEA_NAMESPACE, podLabels: pods },
      to: { namespace: OBJECT_STORE_NAMESPACE, podLabels: { ...OBJECT_STORE_POD_LABELS } },
      ports: [{ port: OBJECT_STORE_S3_PORT }],
    });
    allowFlow(this, `${GITEA_RESTORE_JOB}-postgresql`, {
      from: { namespace: GITEA_NAMESPACE, podLabels: pods },
      to: { namespace: GITEA_NAMESPACE, podLabels: { ...GITEA_POSTGRES_POD_LABELS } },
      ports: [{ port: 5432 }],
    });
    const scripts = giteaRestoreScripts(backup);
    // Not a hook: a plain Job named after its backup runs once; another backup is another Job.
    return new k8s.KubeJob(this, 'Restore', {
      metadata: {
        name: `${GITEA_RESTORE_JOB}-${shortHash(backup)}`, labels,
        annotations: {
          'lumen.dev/restore-of': backup,
          'lumen.dev/requires': `Gitea stopped (kubectl -n ${GITEA_NAMESPACE} scale deployment gitea --replicas=0): the pod is not scheduled while a Gitea pod runs on the volume's node`,
        },
      },
      spec: {
        backoffLimit: 1,
        // Counted from the Job's creation: time to stop Gitea, then the download and the restore.
        activeDeadlineSeconds: 6 * 3600,
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            restartPolicy: 'Never',
            securityContext: { runAsNonRoot: true, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
            // Never beside a Gitea pod (the volume is ReadWriteOnce: a pod beside it could mount it too). Gitea
            // stopped, the volume's node affinity (local-path) or attachment places the pod.
            affinity: {
              podAntiAffinity: {
                requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { ...GITEA_POD_LABELS } } }],
              },
            },
            initContainers: [
              container('download', curl, scripts.download, s3Env(target, secretName, g.backup.keep), {
                securityContext: { ...RESTRICTED, runAsUser: CURL_USER.user, runAsGroup: CURL_USER.group },
              }),
              // uid 1001: the Bitnami PostgreSQL image's user; the password the backup dumps with.
              container('pg-restore', postgres, scripts.database, [
                { name: 'PGPASSWORD', valueFrom: { secretKeyRef: { name: GITEA_POSTGRES_SECRET, key: 'password' } } },
                { name: 'HOME', value: STAGE },
              ], { securityContext: { ...RESTRICTED, runAsUser: 1001, runAsGroup: 1001 } }),
            ],
            // uid 1000: Gitea's, the owner of the volume's files. GNU tar (the PostgreSQL image is Debian's).
            containers: [container('unpack', postgres, scripts.unpack, [], {
              securityContext: { ...RESTRICTED, runAsUser: 1000, runAsGroup: 1000 },
              volumeMounts: [{ name: 'data', mountPath: '/data' }],
            })],
            volumes: [
              { name: 'stage', emptyDir: { sizeLimit: q(`${stageGi}Gi`) } },
              { name: 'data', persistentVolumeClaim: { claimName: GITEA_DATA_PVC } },
            ],
          },
        },
      },
    });
  }
}

/** Gibibytes of a Kubernetes quantity (Gi, Mi, Ti or G). */
function quantityGi(v: string): number {
  const m = /^([0-9.]+)(Mi|Gi|Ti|M|G|T)$/.exec(v);
  if (!m) throw new Error(`'storage' must be a size in Mi, Gi or Ti, got "${v}"`);
  return Number(m[1]) * ({ Mi: 1 / 1024, Gi: 1, Ti: 1024, M: 1e6 / 2 ** 30, G: 1e9 / 2 ** 30, T: 1e12 / 2 ** 30 } as Record<string, number>)[m[2]];
}

// ---------------------------------------------------------------------------------------------------------
// Is every backup recent? Alerts and a dashboard (wave observability-config).

/** One backed-up service as Prometheus sees it: the age of its last successful backup, and how old it may get. */
export interface BackupSource {
  /** `service` label of the alert and the dashboard's legend. */
  readonly service: string;
  /** PromQL: the time of the last successful backup (unix seconds), one series. */
  readonly lastSuccess: string;
  /** PromQL that is non-empty when the metric is missing altogether (not scraped, never exported). */
  readonly absent: string;
  /** Seconds the last backup may be old (the schedule's longest gap plus a margin: backupMaxAgeSeconds). */
  readonly maxAgeSeconds: number;
  /** A CloudNativePG cluster (its WAL is archived continuously besides: WAL_ARCHIVING_RULE). */
  readonly walArchived?: boolean;
}

/**
 * The timestamp metrics: CloudNativePG's exporter (`cnpg_collector_last_available_backup_timestamp`, non-zero
 * on the primary; 0 before the first backup); kube-state-metrics' `kube_cronjob_status_last_successful_time`
 * for the CronJobs (or the CronJob's creation while it never succeeded); for PBM the completion time of the
 * PerconaServerMongoDBBackup objects in state ready (kube-state-metrics' custom resource state: PBM_BACKUP_METRIC).
 */
export function backupSources(config: EnvConfig): BackupSource[] {
  const c = config.components;
  const out: BackupSource[] = [];
  const cnpg = (service: string, namespace: string, cluster: string, schedule: string) => {
    const sel = `namespace="${namespace}", pod=~"${cluster}-[0-9]+"`;
    out.push({
      service, lastSuccess: `max(cnpg_collector_last_available_backup_timestamp{${sel}})`,
      absent: `absent(cnpg_collector_last_available_backup_timestamp{${sel}})`, maxAgeSeconds: backupMaxAgeSeconds(schedule), walArchived: true,
    });
  };
  const cronJob = (service: string, namespace: string, name: string, schedule: string) => {
    const sel = `namespace="${namespace}", cronjob="${name}"`;
    out.push({
      service, lastSuccess: `max(kube_cronjob_status_last_successful_time{${sel}} or kube_cronjob_created{${sel}})`,
      absent: `absent(kube_cronjob_created{${sel}})`, maxAgeSeconds: backupMaxAgeSeconds(schedule),
    });
  };
  if (c.cloudnativePg.enabled) cnpg(LUMEN_DB, LUMEN_DB_NAMESPACE, LUMEN_DB, c.cloudnativePg.database.backup.schedule);
  if (c.citus.enabled) for (const n of citusNodes(config)) cnpg(n, CITUS_NAMESPACE, n, c.citus.backup.schedule);
  if (c.keycloak.enabled) cnpg(KEYCLOAK_DB, KEYCLOAK_NAMESPACE, KEYCLOAK_DB, c.keycloak.dbBackup.schedule);
  if (c.mongodb.enabled) {
    const sel = `namespace="${MONGODB_NAMESPACE}", cluster="${MONGODB_CLUSTER}", state="ready"`;
    out.push({
      service: MONGODB_CLUSTER, lastSuccess: `max(${PBM_BACKUP_METRIC}{${sel}})`,
      absent: `absent(${PBM_BACKUP_METRIC}{${sel}})`, maxAgeSeconds: backupMaxAgeSeconds(c.mongodb.backup.schedule),
    });
  }
  if (c.vault.enabled) cronJob('vault', VAULT_NAMESPACE, VAULT_SNAPSHOT_CRONJOB, c.vault.backup.schedule);
  if (c.gitea.enabled) cronJob('gitea', GITEA_NAMESPACE, GITEA_BACKUP_CRONJOB, c.gitea.backup.schedule);
  return out;
}

/** kube-state-metrics' metric of PBM backups (PBM_BACKUP_METRICS_CONFIG): completion time, labels namespace, name, cluster, state. */
export const PBM_BACKUP_METRIC = 'lumen_psmdb_backup_completed_timestamp_seconds';

/**
 * kube-state-metrics' custom resource state configuration (set in the monitoring chart's values when MongoDB is
 * on): one gauge per PerconaServerMongoDBBackup, its `status.completed` (RFC 3339, exported as unix seconds).
 */
export function pbmBackupMetricsConfig(): object {
  return {
    kind: 'CustomResourceStateMetrics',
    spec: {
      resources: [{
        groupVersionKind: { group: 'psmdb.percona.com', version: 'v1', kind: 'PerconaServerMongoDBBackup' },
        metricNamePrefix: 'lumen_psmdb_backup',
        labelsFromPath: { namespace: ['metadata', 'namespace'], name: ['metadata', 'name'], cluster: ['spec', 'clusterName'] },
        metrics: [{
          name: 'completed_timestamp_seconds',
          help: 'Completion time of a Percona Backup for MongoDB backup (unix seconds)',
          each: { type: 'Gauge', gauge: { path: ['status', 'completed'], labelsFromPath: { state: ['status', 'state'] } } },
        }],
      }],
    },
  };
}

/** PromQL: the age in seconds of a source's last backup, labelled with its service. */
export function backupAgeExpr(s: BackupSource): string {
  return `label_replace(time() - ${s.lastSuccess}, "service", "${s.service}", "", "")`;
}

/**
 * LumenBackupTooOld: a service's last successful backup is older than its schedule allows (each its own
 * threshold), or its backup metric is missing altogether; `service` names it.
 */
export function backupRuleGroups(config: EnvConfig): RuleGroup[] {
  const sources = backupSources(config);
  if (!sources.length) return [];
  const expr = sources.map((s) => [
    `label_replace((time() - ${s.lastSuccess}) > ${s.maxAgeSeconds}, "service", "${s.service}", "", "")`,
    `label_replace(${s.absent}, "service", "${s.service}", "", "")`,
  ]).flat().join('\nor\n');
  return [{
    name: 'lumen-backups',
    rules: [{
      alert: 'LumenBackupTooOld',
      expr,
      for: '15m', severity: 'critical',
      summary: 'Backup of {{ $labels.service }} is overdue',
      description: 'The last successful backup of {{ $labels.service }} is older than its schedule allows (components.*.backup.schedule, plus a quarter of the interval), or its backup metric is missing. Restores would lose more than planned: see README "Backups and restores".',
    }, ...(sources.some((s) => s.walArchived) ? [WAL_ARCHIVING_RULE] : [])],
  }];
}

/**
 * LumenWalArchivingFailing: a CloudNativePG primary's last WAL archiving attempt failed (CloudNativePG's own
 * sample rule, docs/src/samples/monitoring/prometheusrule.yaml at v1.30.0, on its default pg_stat_archiver
 * metrics). Base backups may still succeed while every WAL since fails: point-in-time recovery then ends at the
 * last archived segment, and unarchived WAL piles up on the instance's volume until it fills.
 */
export const WAL_ARCHIVING_RULE = {
  alert: 'LumenWalArchivingFailing',
  expr: '(cnpg_pg_stat_archiver_last_failed_time - cnpg_pg_stat_archiver_last_archived_time) > 1',
  for: '10m', severity: 'critical',
  summary: 'WAL archiving of {{ $labels.namespace }}/{{ $labels.pod }} is failing',
  description: 'The last attempt to archive a WAL segment to the object store failed, after the last success: point-in-time recovery stops at the last archived segment, and WAL accumulates on the volume. Check the instance log (barman-cloud-wal-archive) and the object store: see README "Backups and restores".',
} as const;

/** The backups dashboard: the age of every service's last successful backup, and how many are overdue. */
export function backupDashboard(config: EnvConfig): Omit<DashboardProps, 'namespace'> {
  const sources = backupSources(config);
  return {
    uid: 'lumen-backups',
    title: 'Backups',
    tags: ['lumen', 'backups'],
    panels: [
      stat({ title: 'Backups overdue', query: { expr: 'count(ALERTS{alertname="LumenBackupTooOld", alertstate="firing"}) or vector(0)' }, threshold: 1 }),
      ...sources.map((s) => stat({ title: `${s.service}: last backup`, description: `Age of the last successful backup (alert after ${Math.round(s.maxAgeSeconds / 3600)} h)`, query: { expr: `time() - ${s.lastSuccess}` }, unit: 'dtdurations', threshold: s.maxAgeSeconds })),
      row('History'),
      timeseries({
        title: 'Age of the last successful backup, per service',
        queries: sources.map((s) => ({ expr: backupAgeExpr(s), legend: s.service })),
        unit: 'dtdurations', width: 24,
      }),
    ],
  };
}

/** The backup alerts and dashboard (wave observability-config, namespace monitoring). */
export class BackupMonitoringChart extends LumenChart {
  readonly rules?: AlertRules;
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.OBSERVABILITY_CONFIG, namespace: MONITORING_NAMESPACE, description: 'Backup age alerts and the Backups dashboard' });
    const groups = backupRuleGroups(config);
    if (groups.length) this.rules = new AlertRules(this, 'lumen-backup-alerts', { namespace: MONITORING_NAMESPACE, groups });
    const d = backupDashboard(config);
    this.dashboard = new Dashboard(this, d.uid, { ...d, namespace: MONITORING_NAMESPACE });
  }
}

export function buildBackups(scope: Construct, config: EnvConfig): void {
  const c = config.components;
  if (c.vault.enabled) new VaultBackupChart(scope, 'vault-backup', config);
  if (c.gitea.enabled) new GiteaBackupChart(scope, 'gitea-backup', config);
  if (c.monitoring.enabled) new BackupMonitoringChart(scope, 'backup-monitoring', config);
}
