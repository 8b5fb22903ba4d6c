import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig } from '../config/schema';
import { ImageRef, internalImage } from '../constructs/images';
import { standardLabels, workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { allowFlow } from '../constructs/network-flow';
import { PostSyncJob } from '../constructs/post-sync-job';
import { PodsMonitor } from '../constructs/service-monitor';
import { VaultNamespaceAuth, VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import {
  BACKUP_TARGETS, BackupTarget, OBJECT_STORE_ADMIN_ENDPOINT, OBJECT_STORE_ADMIN_PORT, OBJECT_STORE_NAME, OBJECT_STORE_NAMESPACE,
  OBJECT_STORE_POD_LABELS, OBJECT_STORE_REGION, OBJECT_STORE_RPC_PORT, OBJECT_STORE_S3_PORT, OBJECT_STORE_VAULT_PATH, S3_KEY_ID, S3_SECRET_KEY,
} from '../platform/object-store';

export {
  BACKUP_TARGETS, OBJECT_STORE_ENDPOINT, OBJECT_STORE_NAMESPACE, OBJECT_STORE_POD_LABELS, OBJECT_STORE_REGION,
} from '../platform/object-store';

/** Garage v2.0.0 (deuxfleurs-org/garage, tag v2.0.0): a static Rust binary on `scratch`, AGPL, S3 API + admin API v2. */
export const GARAGE_IMAGE = { repository: 'dxflrs/garage', tag: 'v2.0.0' } as const;
/**
 * curl (curlimages/curl: Alpine, busybox sh, runs as uid 100): the store's setup job (admin API) and the
 * backup CronJobs' uploads (S3 SigV4 signing: `curl --aws-sigv4`).
 */
export const CURL_IMAGE = { repository: 'curlimages/curl', tag: '8.16.0' } as const;
/** curlimages/curl's user and group. */
export const CURL_USER = { user: 100, group: 101 } as const;
/** Garage runs as this non-root user (the image has no user of its own); its volume is group-owned by it. */
const GARAGE_UID = 1000;
/** Where the volume is mounted: metadata (LMDB) and data blocks in two folders of it. */
const GARAGE_ROOT = '/var/lib/garage';
/** Secret VSO writes from OBJECT_STORE_VAULT_PATH: `rpc_secret`, `admin_token`. */
export const GARAGE_SECRET = 'garage';
export const GARAGE_SETUP_JOB = 'garage-setup';

/** The buckets of the environment: every backup target whose data service the overlay renders. */
export function enabledBackupTargets(config: EnvConfig): BackupTarget[] {
  return Object.values(BACKUP_TARGETS).filter((t) => (config.components[t.component] as { enabled: boolean }).enabled);
}

/** Bytes of a Kubernetes quantity (the layout's capacity: the volume's size). */
export function quantityBytes(q: string): number {
  const m = /^([0-9]+(?:\.[0-9]+)?)(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(q);
  if (!m) throw new Error(`'storage' must be a Kubernetes quantity such as 20Gi, got "${q}"`);
  const unit: Record<string, number> = { '': 1, m: 0.001, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
  return Math.floor(Number(m[1]) * unit[m[2] ?? '']);
}

/**
 * garage.toml: one node (replication factor 1), LMDB metadata with a snapshot every 6 h, S3 API and admin API.
 * No secret here: `rpc_secret` and `admin_token` come from the environment (GARAGE_RPC_SECRET, GARAGE_ADMIN_TOKEN).
 */
export function garageConfig(): string {
  return [
    `metadata_dir = "${GARAGE_ROOT}/meta"`,
    `data_dir = "${GARAGE_ROOT}/data"`,
    'db_engine = "lmdb"',
    'metadata_auto_snapshot_interval = "6h"',
    // One node: every object once. Backups leave the cluster by the runbook's off-site copy (README).
    'replication_factor = 1',
    'compression_level = 1',
    `rpc_bind_addr = "[::]:${OBJECT_STORE_RPC_PORT}"`,
    `rpc_public_addr = "127.0.0.1:${OBJECT_STORE_RPC_PORT}"`,
    '',
    '[s3_api]',
    `s3_region = "${OBJECT_STORE_REGION}"`,
    `api_bind_addr = "[::]:${OBJECT_STORE_S3_PORT}"`,
    '',
    '[admin]',
    `api_bind_addr = "[::]:${OBJECT_STORE_ADMIN_PORT}"`,
    '',
  ].join('\n');
}

/** Environment variable prefix of one bucket's key in the setup job (`<PREFIX>_ID`, `<PREFIX>_SECRET`). */
const keyEnv = (t: BackupTarget): string => t.bucket.toUpperCase().replace(/-/g, '_');

/**
 * The setup job's script (Garage admin API v2 with curl; idempotent): give the single node the layout role
 * once, then for every bucket import its key (generated in Vault by the Vault bootstrap) unless Garage has
 * it, create the bucket unless it exists, and allow the key read + write on it (never owner).
 */
export const GARAGE_SETUP_SCRIPT = `#!/bin/sh
set -eu
: "\${ADMIN_URL:?}" "\${GARAGE_ADMIN_TOKEN:?}" "\${CAPACITY:?}"
# Admin API v2 calls: get ENDPOINT [QUERY], post ENDPOINT (JSON body on stdin). A failure ends the job; the Job's
# back-off runs it again while Garage comes up.
get() { curl -sS --fail-with-body -H "Authorization: Bearer $GARAGE_ADMIN_TOKEN" "$ADMIN_URL/v2/$1?\${2:-}"; }
post() { curl -sS --fail-with-body -H "Authorization: Bearer $GARAGE_ADMIN_TOKEN" -H 'Content-Type: application/json' -X POST "$ADMIN_URL/v2/$1" -d @-; }
first_id() { grep -o '"id":"[0-9a-f]\\{64\\}"' | head -n 1 | cut -d '"' -f 4; }

# Layout: the single node holds every partition (once: a layout change moves data).
node=$(get GetClusterStatus | first_id)
[ -n "$node" ] || { echo "garage setup: no node id in GetClusterStatus" >&2; exit 1; }
layout=$(get GetClusterLayout)
if printf '%s' "$layout" | sed 's/"stagedRoleChanges".*//' | grep -q "$node"; then
  echo "layout: node $node has its role"
else
  version=$(printf '%s' "$layout" | grep -o '"version":[0-9]*' | head -n 1 | cut -d : -f 2)
  printf '{"roles":[{"id":"%s","zone":"%s","capacity":%s,"tags":[]}]}' "$node" "\${ZONE:-local}" "$CAPACITY" | post UpdateClusterLayout >/dev/null
  printf '{"version":%s}' "$((version + 1))" | post ApplyClusterLayout >/dev/null
  echo "layout: node $node assigned, layout version $((version + 1))"
fi

# Buckets (buckets.txt: bucket ENV_PREFIX): key from <PREFIX>_ID / <PREFIX>_SECRET.
while read -r bucket prefix; do
  [ -n "$bucket" ] || continue
  eval "id=\\\${\${prefix}_ID}"
  eval "secret=\\\${\${prefix}_SECRET}"
  if ! get GetKeyInfo "id=$id" >/dev/null 2>&1; then
    printf '{"accessKeyId":"%s","secretAccessKey":"%s","name":"%s"}' "$id" "$secret" "$bucket" | post ImportKey >/dev/null
    echo "key $id imported ($bucket)"
  fi
  if ! info=$(get GetBucketInfo "globalAlias=$bucket" 2>/dev/null); then
    info=$(printf '{"globalAlias":"%s"}' "$bucket" | post CreateBucket)
    echo "bucket $bucket created"
  fi
  bid=$(printf '%s' "$info" | first_id)
  printf '{"bucketId":"%s","accessKeyId":"%s","permissions":{"read":true,"write":true,"owner":false}}' "$bid" "$id" | post AllowBucketKey >/dev/null
  echo "bucket $bucket: key $id may read and write"
done < /config/buckets.txt
echo "garage setup: done"
`;

/**
 * The platform object store (wave dependencies-config, namespace object-store from the namespaces chart):
 * Garage as first-party manifests of the upstream image (one StatefulSet, its Service, garage.toml), its
 * secrets and every bucket's key from Vault (VSO), and the setup job that applies the layout and creates
 * the buckets (Argo CD PostSync hook, idempotent).
 */
export class ObjectStoreChart extends LumenChart {
  readonly statefulSet: ApiObject;
  readonly setupJob: k8s.KubeJob;
  readonly targets: BackupTarget[];
  readonly images: ImageRef[];

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: OBJECT_STORE_NAMESPACE, description: 'S3 object store for backups (Garage) and its buckets' });
    const c = config.components.objectStore;
    const ns = OBJECT_STORE_NAMESPACE;
    const garage = internalImage(config.registry.host, GARAGE_IMAGE.repository, GARAGE_IMAGE.tag);
    const curl = internalImage(config.registry.host, CURL_IMAGE.repository, CURL_IMAGE.tag);
    this.images = [garage, curl];
    this.targets = enabledBackupTargets(config);

    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: ns });
    new VaultSecret(this, 'GarageSecret', {
      namespace: ns, path: OBJECT_STORE_VAULT_PATH, secretName: GARAGE_SECRET, generate: { rpc_secret: 'hex32', admin_token: 'hex32' },
      rolloutRestartTargets: [{ kind: 'StatefulSet', name: OBJECT_STORE_NAME }],
    });
    // Every bucket's key, for the setup job to import (the clients get the same entry in their namespace).
    for (const t of this.targets) {
      new VaultSecret(this, `${t.bucket}-s3`, { namespace: ns, path: t.vaultPath, generate: { [S3_KEY_ID]: 'garage-key-id', [S3_SECRET_KEY]: 'hex32' } });
    }

    const labels = { ...standardLabels(OBJECT_STORE_NAME), ...OBJECT_STORE_POD_LABELS, ...workloadLabels(OBJECT_STORE_NAME, 'data') };
    const config_ = new k8s.KubeConfigMap(this, 'Config', { metadata: { name: OBJECT_STORE_NAME, labels }, data: { 'garage.toml': garageConfig() } });
    new k8s.KubeService(this, 'Service', {
      metadata: { name: OBJECT_STORE_NAME, labels },
      spec: {
        selector: { ...OBJECT_STORE_POD_LABELS },
        ports: [
          { name: 's3', port: OBJECT_STORE_S3_PORT, targetPort: k8s.IntOrString.fromNumber(OBJECT_STORE_S3_PORT) },
          { name: 'admin', port: OBJECT_STORE_ADMIN_PORT, targetPort: k8s.IntOrString.fromNumber(OBJECT_STORE_ADMIN_PORT) },
        ],
      },
    });
    const secretEnv = (name: string, key: string) => ({ name, valueFrom: { secretKeyRef: { name: GARAGE_SECRET, key } } });
    const manifest = k8s.KubeStatefulSet.manifest({
      metadata: { name: OBJECT_STORE_NAME, labels },
      spec: {
        replicas: 1,
        serviceName: OBJECT_STORE_NAME,
        selector: { matchLabels: { ...OBJECT_STORE_POD_LABELS } },
        template: {
          metadata: { labels, annotations: { 'lumen.dev/config-hash': String(hash(garageConfig())) } },
          spec: {
            automountServiceAccountToken: false,
            securityContext: {
              runAsNonRoot: true, runAsUser: GARAGE_UID, runAsGroup: GARAGE_UID, fsGroup: GARAGE_UID, seccompProfile: { type: 'RuntimeDefault' },
            },
            containers: [{
              name: 'garage',
              image: garage.ref,
              imagePullPolicy: 'IfNotPresent',
              command: ['/garage', '-c', '/etc/garage/garage.toml', 'server'],
              env: [secretEnv('GARAGE_RPC_SECRET', 'rpc_secret'), secretEnv('GARAGE_ADMIN_TOKEN', 'admin_token'), { name: 'RUST_LOG', value: 'garage=info' }],
              ports: [
                { name: 's3', containerPort: OBJECT_STORE_S3_PORT },
                { name: 'rpc', containerPort: OBJECT_STORE_RPC_PORT },
                { name: 'admin', containerPort: OBJECT_STORE_ADMIN_PORT },
              ],
              // TCP: Garage's /health answers 503 until the layout exists, and the setup job (PostSync) waits for Ready.
              readinessProbe: { tcpSocket: { port: k8s.IntOrString.fromNumber(OBJECT_STORE_S3_PORT) }, periodSeconds: 10 },
              livenessProbe: { tcpSocket: { port: k8s.IntOrString.fromNumber(OBJECT_STORE_ADMIN_PORT) }, initialDelaySeconds: 10, periodSeconds: 20 },
              resources: {
                requests: { cpu: k8s.Quantity.fromString(c.resources.requests.cpu), memory: k8s.Quantity.fromString(c.resources.requests.memory) },
                limits: { cpu: k8s.Quantity.fromString(c.resources.limits.cpu), memory: k8s.Quantity.fromString(c.resources.limits.memory) },
              },
              securityContext: { allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'config', mountPath: '/etc/garage', readOnly: true }, { name: 'data', mountPath: GARAGE_ROOT }],
            }],
            volumes: [{ name: 'config', configMap: { name: config_.name } }],
          },
        },
        volumeClaimTemplates: [{
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: k8s.Quantity.fromString(c.storage) } } },
        }],
      },
    });
    // Typed PVC templates (the gate's schema wants apiVersion/kind on them; the API server accepts both).
    manifest.spec.volumeClaimTemplates = manifest.spec.volumeClaimTemplates.map((t: object) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', ...t }));
    this.statefulSet = new ApiObject(this, 'StatefulSet', manifest);

    // Garage's metrics on the admin port (no metrics_token: only Prometheus may reach it).
    new PodsMonitor(this, OBJECT_STORE_NAME, {
      namespace: ns, selector: { ...OBJECT_STORE_POD_LABELS }, port: 'admin', targetPort: OBJECT_STORE_ADMIN_PORT, path: '/metrics',
    });
    this.setupJob = this.addSetup(config, curl);
  }

  private addSetup(config: EnvConfig, curl: ImageRef): k8s.KubeJob {
    const ns = OBJECT_STORE_NAMESPACE;
    const cm = new k8s.KubeConfigMap(this, 'SetupScript', {
      metadata: { name: GARAGE_SETUP_JOB },
      data: {
        'setup.sh': GARAGE_SETUP_SCRIPT,
        'buckets.txt': this.targets.map((t) => `${t.bucket} ${keyEnv(t)}\n`).join(''),
      },
    });
    const keyRef = (name: string, t: BackupTarget, key: string) => ({ name, valueFrom: { secretKeyRef: { name: `${t.bucket}-s3`, key } } });
    const job = new PostSyncJob(this, GARAGE_SETUP_JOB, {
      tier: 'data',
      image: curl,
      command: ['/bin/sh', '/config/setup.sh'],
      env: [
        { name: 'ADMIN_URL', value: OBJECT_STORE_ADMIN_ENDPOINT },
        { name: 'CAPACITY', value: String(quantityBytes(config.components.objectStore.storage)) },
        { name: 'ZONE', value: config.cluster.name },
        { name: 'GARAGE_ADMIN_TOKEN', valueFrom: { secretKeyRef: { name: GARAGE_SECRET, key: 'admin_token' } } },
        ...this.targets.flatMap((t) => [keyRef(`${keyEnv(t)}_ID`, t, S3_KEY_ID), keyRef(`${keyEnv(t)}_SECRET`, t, S3_SECRET_KEY)]),
      ],
      runAs: { user: CURL_USER.user, group: CURL_USER.group },
      resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '200m', memory: '64Mi' } },
      configMaps: { config: { configMap: cm.name, mountPath: '/config' } },
    });
    allowFlow(this, 'garage-setup-admin', {
      from: { namespace: ns, podLabels: { app: GARAGE_SETUP_JOB } },
      to: { namespace: ns, podLabels: { ...OBJECT_STORE_POD_LABELS } },
      ports: [{ port: OBJECT_STORE_ADMIN_PORT }],
    });
    return job.job;
  }
}

/** A stable 32-bit hash (FNV-1a): restarts Garage when its configuration changes. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function buildObjectStore(scope: Construct, config: EnvConfig): void {
  if (config.components.objectStore.enabled) new ObjectStoreChart(scope, 'object-store', config);
}
