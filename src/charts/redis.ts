import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig } from '../config/schema';
import { Dependency, dependency, serviceHost } from '../constructs/dependency';
import { internalImage } from '../constructs/images';
import { standardLabels, workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { allowFlow } from '../constructs/network-flow';
import { VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { Monitor } from '../constructs/service-monitor';
import { LUMEN_NAMESPACE } from './namespaces';

/** Redis 8.2 (the official image, the same one Argo CD runs): one image for redis and sentinel. */
export const REDIS_IMAGE = { repository: 'library/redis', tag: '8.2.2-alpine' } as const;
/** Prometheus exporter sidecar (redis_exporter) and its port, scraped through the headless Service. */
export const REDIS_EXPORTER_IMAGE = { repository: 'oliver006/redis_exporter', tag: 'v1.67.0' } as const;
export const REDIS_METRICS_PORT = 9121;
export const REDIS_NAMESPACE = LUMEN_NAMESPACE;
export const REDIS_STATEFULSET = 'redis';
/** Headless Service: stable pod names (redis-N.redis-headless...) that redis and sentinel announce. */
export const REDIS_HEADLESS_SERVICE = 'redis-headless';
/** ClusterIP Service over the ready sentinels: what clients discover the master through. */
export const REDIS_SENTINEL_SERVICE = 'redis-sentinel';
export const REDIS_PORT = 6379;
export const REDIS_SENTINEL_PORT = 26379;
/** The master set name clients ask the sentinels for. */
export const REDIS_MASTER_SET = 'lumen';
/** KV v2 path (below `secret`) of the password (key `password`): redis, its replicas and the sentinels share it. */
export const REDIS_SECRET_PATH = 'lumen/redis';
/** The Secret VSO writes in namespace lumen (key `password`); clients may mount it too. */
export const REDIS_SECRET = 'redis-auth';
/** Labels of the redis pods (each runs redis and a sentinel): for allowFlow by clients. */
export const REDIS_POD_LABELS: Readonly<Record<string, string>> = Object.freeze({ app: 'redis' });

/** What a client such as lumen-api depends on: the sentinels first, then the master they name (both ports). */
export const REDIS_SENTINEL: Dependency = dependency({
  name: REDIS_SENTINEL_SERVICE, component: 'redis', namespace: REDIS_NAMESPACE, podLabels: REDIS_POD_LABELS,
  ports: [{ port: REDIS_SENTINEL_PORT }, { port: REDIS_PORT }], host: serviceHost(REDIS_SENTINEL_SERVICE, REDIS_NAMESPACE), secretPath: REDIS_SECRET_PATH,
  remote: 'none', remoteNote: 'Sentinel answers with the master pod\'s in-cluster address',
});

/**
 * A StatefulSet whose volumeClaimTemplates carry apiVersion/kind (the gate's schema wants them typed as
 * PersistentVolumeClaim manifests; the API server accepts both). The L1 class would drop them.
 */
function statefulSet(scope: Construct, id: string, props: k8s.KubeStatefulSetProps): ApiObject {
  const manifest = k8s.KubeStatefulSet.manifest(props);
  manifest.spec.volumeClaimTemplates = manifest.spec.volumeClaimTemplates?.map((t: object) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', ...t }));
  return new ApiObject(scope, id, manifest);
}

/** Sentinels that must agree a master is down: a majority of them. */
export function sentinelQuorum(replicas: number): number {
  return Math.floor(replicas / 2) + 1;
}

/**
 * Runs before redis and sentinel in every pod: finds the current master (asks the other pods' sentinels,
 * then their redis), and writes both configurations. A fresh set (nobody answers) starts with pod 0 as
 * master. Redis and the sentinels announce stable host names, never pod IPs, so a rescheduled pod keeps its
 * identity. The password stays in the pod's memory-backed volume.
 */
export const REDIS_INIT_SCRIPT = `#!/bin/sh
set -eu
DOMAIN="$HEADLESS.$NAMESPACE.svc.cluster.local"
SELF="$(hostname).$DOMAIN"
export REDISCLI_AUTH="$REDIS_PASSWORD"

master=""
i=0
while [ "$i" -lt "$REPLICAS" ] && [ -z "$master" ]; do
  peer="$STATEFULSET-$i.$DOMAIN"
  if [ "$peer" != "$SELF" ]; then
    master="$(timeout 3 redis-cli -h "$peer" -p "$SENTINEL_PORT" sentinel get-master-addr-by-name "$MASTER_SET" 2>/dev/null | head -n 1 || true)"
  fi
  i=$((i + 1))
done
i=0
while [ "$i" -lt "$REPLICAS" ] && [ -z "$master" ]; do
  peer="$STATEFULSET-$i.$DOMAIN"
  if [ "$peer" != "$SELF" ] && timeout 3 redis-cli -h "$peer" -p "$REDIS_PORT" info replication 2>/dev/null | grep -q '^role:master'; then
    master="$peer"
  fi
  i=$((i + 1))
done
[ -n "$master" ] || master="$STATEFULSET-0.$DOMAIN"
echo "master: $master (this pod: $SELF)"

cat > /conf/redis.conf <<EOF
port $REDIS_PORT
bind 0.0.0.0
protected-mode no
dir /data
appendonly yes
requirepass "$REDIS_PASSWORD"
masterauth "$REDIS_PASSWORD"
replica-announce-ip $SELF
replica-announce-port $REDIS_PORT
EOF
[ "$master" = "$SELF" ] || echo "replicaof $master $REDIS_PORT" >> /conf/redis.conf

cat > /conf/sentinel.conf <<EOF
port $SENTINEL_PORT
dir /tmp
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel announce-ip $SELF
sentinel announce-port $SENTINEL_PORT
requirepass "$REDIS_PASSWORD"
sentinel sentinel-pass "$REDIS_PASSWORD"
sentinel monitor $MASTER_SET $master $REDIS_PORT $QUORUM
sentinel auth-pass $MASTER_SET "$REDIS_PASSWORD"
sentinel down-after-milliseconds $MASTER_SET 5000
sentinel failover-timeout $MASTER_SET 60000
sentinel parallel-syncs $MASTER_SET 1
EOF
`;

/**
 * lumen-api's Redis (wave dependencies-config, namespace lumen from the namespaces chart): a StatefulSet of
 * redis + sentinel pods (1 master, N-1 replicas, N sentinels, quorum a majority), first-party constructs on
 * the official image (no vendor chart: Bitnami's images left the public registries in 2025).
 */
export class RedisChart extends LumenChart {
  readonly statefulSet: ApiObject;
  readonly password: VaultSecret;
  readonly quorum: number;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: REDIS_NAMESPACE, description: 'Redis with Sentinel for lumen-api' });
    const c = config.components.redis;
    if (c.replicas > 1 && c.replicas % 2 === 0) throw new Error(`'components.redis.replicas' must be 1 or odd (sentinel quorum), got ${c.replicas}`);
    this.quorum = sentinelQuorum(c.replicas);
    const image = internalImage(config.registry.host, REDIS_IMAGE.repository, REDIS_IMAGE.tag);
    const exporter = internalImage(config.registry.host, REDIS_EXPORTER_IMAGE.repository, REDIS_EXPORTER_IMAGE.tag);
    const ns = REDIS_NAMESPACE;
    const name = REDIS_STATEFULSET;
    const labels = { ...standardLabels(name, { 'app.kubernetes.io/component': 'redis-sentinel' }), ...workloadLabels(name, 'data') };
    const selector = { ...REDIS_POD_LABELS };

    this.password = new VaultSecret(this, REDIS_SECRET, {
      namespace: ns, path: REDIS_SECRET_PATH, rolloutRestartTargets: [{ kind: 'StatefulSet', name }],
    });
    new k8s.KubeConfigMap(this, 'Scripts', { metadata: { name: `${name}-scripts`, namespace: ns, labels }, data: { 'init.sh': REDIS_INIT_SCRIPT } });

    new k8s.KubeService(this, 'Headless', {
      metadata: { name: REDIS_HEADLESS_SERVICE, namespace: ns, labels },
      spec: {
        clusterIp: 'None',
        // Peers must resolve each other while starting (the init script asks them before anyone is Ready).
        publishNotReadyAddresses: true,
        selector,
        ports: [
          { name: 'redis', port: REDIS_PORT, targetPort: k8s.IntOrString.fromString('redis') },
          { name: 'sentinel', port: REDIS_SENTINEL_PORT, targetPort: k8s.IntOrString.fromString('sentinel') },
          { name: 'metrics', port: REDIS_METRICS_PORT, targetPort: k8s.IntOrString.fromString('metrics') },
        ],
      },
    });
    // Prometheus scrapes every pod's exporter through the headless Service (and may reach it: the flow).
    new Monitor(this, name, { namespace: ns, selector: labels, podLabels: selector, targetPort: REDIS_METRICS_PORT });
    new k8s.KubeService(this, 'Sentinel', {
      metadata: { name: REDIS_SENTINEL_SERVICE, namespace: ns, labels },
      spec: { selector, ports: [{ name: 'sentinel', port: REDIS_SENTINEL_PORT, targetPort: k8s.IntOrString.fromString('sentinel') }] },
    });

    const q = (v: string) => k8s.Quantity.fromString(v);
    const secretEnv = (envName: string) => ({ name: envName, valueFrom: { secretKeyRef: { name: this.password.secretName, key: 'password' } } });
    const restricted = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] } };
    const ping = (port: number) => ({ exec: { command: ['sh', '-c', `redis-cli -p ${port} ping | grep -q PONG`] } });
    this.statefulSet = statefulSet(this, 'StatefulSet', {
      metadata: { name, namespace: ns, labels },
      spec: {
        serviceName: REDIS_HEADLESS_SERVICE,
        replicas: c.replicas,
        podManagementPolicy: 'OrderedReady',
        updateStrategy: { type: 'RollingUpdate' },
        selector: { matchLabels: selector },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            terminationGracePeriodSeconds: 30,
            // The official image's redis user.
            securityContext: { runAsNonRoot: true, runAsUser: 999, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
            affinity: {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [{
                  weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: selector } },
                }],
              },
            },
            initContainers: [{
              name: 'config',
              image: image.ref,
              imagePullPolicy: 'IfNotPresent',
              command: ['/bin/sh', '/scripts/init.sh'],
              env: [
                secretEnv('REDIS_PASSWORD'),
                { name: 'NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                { name: 'HEADLESS', value: REDIS_HEADLESS_SERVICE },
                { name: 'STATEFULSET', value: name },
                { name: 'REPLICAS', value: String(c.replicas) },
                { name: 'QUORUM', value: String(this.quorum) },
                { name: 'MASTER_SET', value: REDIS_MASTER_SET },
                { name: 'REDIS_PORT', value: String(REDIS_PORT) },
                { name: 'SENTINEL_PORT', value: String(REDIS_SENTINEL_PORT) },
              ],
              resources: { requests: { cpu: q('10m'), memory: q('16Mi') }, limits: { cpu: q('100m'), memory: q('64Mi') } },
              securityContext: restricted,
              volumeMounts: [{ name: 'scripts', mountPath: '/scripts', readOnly: true }, { name: 'conf', mountPath: '/conf' }],
            }],
            containers: [
              {
                name: 'redis',
                image: image.ref,
                imagePullPolicy: 'IfNotPresent',
                command: ['redis-server', '/conf/redis.conf'],
                env: [secretEnv('REDISCLI_AUTH')],
                ports: [{ name: 'redis', containerPort: REDIS_PORT }],
                resources: {
                  requests: { cpu: q(c.resources.requests.cpu), memory: q(c.resources.requests.memory) },
                  limits: { cpu: q(c.resources.limits.cpu), memory: q(c.resources.limits.memory) },
                },
                securityContext: restricted,
                readinessProbe: { ...ping(REDIS_PORT), periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 3 },
                livenessProbe: { ...ping(REDIS_PORT), initialDelaySeconds: 20, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 6 },
                volumeMounts: [{ name: 'data', mountPath: '/data' }, { name: 'conf', mountPath: '/conf' }],
              },
              {
                name: 'sentinel',
                image: image.ref,
                imagePullPolicy: 'IfNotPresent',
                // Sentinel rewrites its configuration: it lives in the writable memory volume.
                command: ['redis-server', '/conf/sentinel.conf', '--sentinel'],
                env: [secretEnv('REDISCLI_AUTH')],
                ports: [{ name: 'sentinel', containerPort: REDIS_SENTINEL_PORT }],
                resources: { requests: { cpu: q('10m'), memory: q('16Mi') }, limits: { cpu: q('100m'), memory: q('64Mi') } },
                securityContext: restricted,
                readinessProbe: { ...ping(REDIS_SENTINEL_PORT), periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 3 },
                livenessProbe: { ...ping(REDIS_SENTINEL_PORT), initialDelaySeconds: 20, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 6 },
                volumeMounts: [{ name: 'conf', mountPath: '/conf' }, { name: 'tmp', mountPath: '/tmp' }],
              },
              {
                name: 'metrics',
                image: exporter.ref,
                imagePullPolicy: 'IfNotPresent',
                env: [{ name: 'REDIS_ADDR', value: `redis://localhost:${REDIS_PORT}` }, secretEnv('REDIS_PASSWORD')],
                ports: [{ name: 'metrics', containerPort: REDIS_METRICS_PORT }],
                resources: { requests: { cpu: q('10m'), memory: q('16Mi') }, limits: { cpu: q('100m'), memory: q('64Mi') } },
                securityContext: restricted,
              },
            ],
            volumes: [
              { name: 'scripts', configMap: { name: `${name}-scripts`, defaultMode: 0o555 } },
              { name: 'conf', emptyDir: { medium: 'Memory', sizeLimit: q('1Mi') } },
              { name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: q('1Mi') } },
            ],
          },
        },
        volumeClaimTemplates: [{
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: q(c.storage) } } },
        }],
      },
    });

    new k8s.KubePodDisruptionBudget(this, 'Pdb', {
      metadata: { name, namespace: ns, labels },
      spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: selector } },
    });

    // Replication (redis → master) and sentinel gossip / monitoring between the pods.
    allowFlow(this, 'redis-peers', {
      from: { namespace: ns, podLabels: selector }, to: { namespace: ns, podLabels: selector },
      ports: [{ port: REDIS_PORT }, { port: REDIS_SENTINEL_PORT }],
    });
  }
}

export function buildRedis(scope: Construct, config: EnvConfig): void {
  if (config.components.redis.enabled) new RedisChart(scope, 'redis', config);
}
