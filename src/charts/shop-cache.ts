import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig } from '../config/schema';
import { SHOP_NAMESPACE } from './namespaces';
import { REDIS_IMAGE } from './redis';
import { Dependency, dependency, serviceHost } from '../constructs/dependency';
import { ImageRef, internalImage } from '../constructs/images';
import { standardLabels, workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';

/** The platform's Redis image (lumen's Sentinel uses the same: one image to carry in); runs as `redis` (uid 999). */
export const SHOP_CACHE_IMAGE = REDIS_IMAGE;
export const SHOP_CACHE_NAME = 'shop-cache';
export const SHOP_CACHE_PORT = 6379;
/** Vault entry (below `secret/`) holding `password`: Redis' requirepass, and what catalog authenticates with. */
export const SHOP_CACHE_VAULT_PATH = 'shop/shop-cache';
const POD_LABELS = { 'app.kubernetes.io/name': SHOP_CACHE_NAME, 'app.kubernetes.io/instance': SHOP_CACHE_NAME } as const;

/** What the catalog service connects to. */
export const SHOP_CACHE: Dependency = dependency({
  name: SHOP_CACHE_NAME, component: 'shopCache',
  namespace: SHOP_NAMESPACE,
  podLabels: POD_LABELS,
  ports: [{ port: SHOP_CACHE_PORT }],
  host: serviceHost(SHOP_CACHE_NAME, SHOP_NAMESPACE),
  secretPath: SHOP_CACHE_VAULT_PATH,
});

/*
 * Cache conventions of the catalog (seed 004 §6), in one place for the service and for operators:
 * - key `tenant:<tenant_id>:country:<country_code>:catalog` (a merchant's catalogue as seen from one country:
 *   no key is shared across tenants or countries, so nothing leaks between them);
 * - cache-aside (lazy loading) with a mandatory TTL of one hour;
 * - stampede guard: on a miss, one worker takes `lock:<key>` (SET NX EX) and re-queries MongoDB, the others
 *   wait and re-read;
 * - eviction when a merchant changes an item or a country rule: SCAN MATCH `tenant:<tenant_id>:country:*:catalog`
 *   then UNLINK, in the background.
 */
export const CATALOG_CACHE_TTL_SECONDS = 3600;
export const CATALOG_CACHE_LOCK_TTL_SECONDS = 10;
const TENANT = /^[A-Za-z0-9_-]{1,64}$/;
const COUNTRY = /^[A-Z]{2}$/;

function checkTenant(tenantId: string): void {
  if (!TENANT.test(tenantId)) throw new Error(`'tenantId' must be 1-64 of [A-Za-z0-9_-] (no ':' or '*': they would break the key namespace), got "${tenantId}"`);
}

/** The cache key of one tenant's catalogue in one country. */
export function catalogCacheKey(tenantId: string, countryCode: string): string {
  checkTenant(tenantId);
  if (!COUNTRY.test(countryCode)) throw new Error(`'countryCode' must be an ISO 3166-1 alpha-2 code in capitals such as DE, got "${countryCode}"`);
  return `tenant:${tenantId}:country:${countryCode}:catalog`;
}

/** The mutex a worker holds while it refills one key. */
export function catalogLockKey(tenantId: string, countryCode: string): string {
  return `lock:${catalogCacheKey(tenantId, countryCode)}`;
}

/** The SCAN pattern that evicts every country of one tenant. */
export function catalogEvictionPattern(tenantId: string): string {
  checkTenant(tenantId);
  return `tenant:${tenantId}:country:*:catalog`;
}

/** The conventions as plain environment for the catalog service (no credentials). */
export function catalogCacheEnv(): Record<string, string> {
  return {
    CACHE_ADDR: `${SHOP_CACHE.host}:${SHOP_CACHE_PORT}`,
    CACHE_KEY_TEMPLATE: 'tenant:{tenant_id}:country:{country_code}:catalog',
    CACHE_EVICT_PATTERN: 'tenant:{tenant_id}:country:*:catalog',
    CACHE_LOCK_PREFIX: 'lock:',
    CACHE_TTL_SECONDS: String(CATALOG_CACHE_TTL_SECONDS),
    CACHE_LOCK_TTL_SECONDS: String(CATALOG_CACHE_LOCK_TTL_SECONDS),
  };
}

/**
 * Catalog's Redis cache (wave dependencies-config, namespace shop): one Redis, no persistence and no
 * replica (a cache: a restart costs a refill from MongoDB, never data), LRU eviction under `maxMemory`,
 * the password from Vault (through the shop namespace's `vault-auth`, which the vault-auth application
 * creates for the shared namespaces).
 */
export class ShopCacheChart extends LumenChart {
  readonly deployment: k8s.KubeDeployment;
  readonly service: k8s.KubeService;
  readonly images: ImageRef[];

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: SHOP_NAMESPACE, description: 'Catalog Redis cache' });
    const c = config.components.shopCache;
    if (c.replicas !== 1) {
      throw new Error(`'components.shopCache.replicas' must be 1 (a standalone cache: replicas would each hold their own keys), got ${c.replicas}`);
    }
    const image = internalImage(config.registry.host, SHOP_CACHE_IMAGE.repository, SHOP_CACHE_IMAGE.tag);
    this.images = [image];

    const secret = new VaultSecret(this, SHOP_CACHE_NAME, {
      namespace: SHOP_NAMESPACE, path: SHOP_CACHE_VAULT_PATH,
      rolloutRestartTargets: [{ kind: 'Deployment', name: SHOP_CACHE_NAME }],
    });

    const labels = { ...standardLabels(SHOP_CACHE_NAME, { 'app.kubernetes.io/instance': SHOP_CACHE_NAME }), ...workloadLabels(SHOP_CACHE_NAME, 'data') };
    const q = (v: string) => k8s.Quantity.fromString(v);
    const password = { secretKeyRef: { name: secret.secretName, key: 'password' } };
    const ping = { exec: { command: ['redis-cli', '-p', String(SHOP_CACHE_PORT), 'ping'] } };
    this.deployment = new k8s.KubeDeployment(this, 'Deployment', {
      metadata: { name: SHOP_CACHE_NAME, labels },
      spec: {
        replicas: 1,
        // Never two caches at once (clients would split their keys between them).
        strategy: { type: 'Recreate' },
        selector: { matchLabels: { ...POD_LABELS } },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: { runAsNonRoot: true, runAsUser: 999, runAsGroup: 999, fsGroup: 999, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{
              name: 'redis',
              image: image.ref,
              imagePullPolicy: 'IfNotPresent',
              command: ['redis-server'],
              // $(REDIS_PASSWORD) is expanded by the kubelet from the Vault-fed Secret.
              args: [
                '--port', String(SHOP_CACHE_PORT), '--requirepass', '$(REDIS_PASSWORD)',
                '--maxmemory', c.maxMemory, '--maxmemory-policy', 'allkeys-lru',
                '--save', '', '--appendonly', 'no', '--dir', '/data',
              ],
              env: [
                { name: 'REDIS_PASSWORD', valueFrom: password },
                // redis-cli (the probes) authenticates with it.
                { name: 'REDISCLI_AUTH', valueFrom: password },
              ],
              ports: [{ name: 'redis', containerPort: SHOP_CACHE_PORT }],
              readinessProbe: { ...ping, periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 3 },
              livenessProbe: { ...ping, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 6 },
              resources: {
                requests: { cpu: q(c.resources.requests.cpu), memory: q(c.resources.requests.memory) },
                limits: { cpu: q(c.resources.limits.cpu), memory: q(c.resources.limits.memory) },
              },
              securityContext: { allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'data', mountPath: '/data' }],
            }],
            volumes: [{ name: 'data', emptyDir: { sizeLimit: q('64Mi') } }],
          },
        },
      },
    });
    this.service = new k8s.KubeService(this, 'Service', {
      metadata: { name: SHOP_CACHE_NAME, labels: standardLabels(SHOP_CACHE_NAME) },
      spec: { selector: { ...POD_LABELS }, ports: [{ name: 'redis', port: SHOP_CACHE_PORT, targetPort: k8s.IntOrString.fromString('redis') }] },
    });
  }
}

export function buildShopCache(scope: Construct, config: EnvConfig): void {
  if (config.components.shopCache.enabled) new ShopCacheChart(scope, 'shop-cache', config);
}
