import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import * as yaml from 'js-yaml';
import { Cluster, ClusterSpecPrimaryUpdateStrategy, ClusterSpecResourcesLimits, ClusterSpecResourcesRequests } from '../../imports/cloudnative-pg-postgresql.cnpg.io';
import { Middleware } from '../../imports/traefik-traefik.io';
import type { EnvConfig, Resources } from '../config/schema';
import { ImageRef, internalImage } from '../constructs/images';
import { standardLabels, workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { Microservice, serviceSelector } from '../constructs/microservice';
import { apiServerPeers, NetworkFlow, PortSpec } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { matchRule, TlsRoute, TlsRouteBackend, TRAEFIK_NAMESPACE, TRAEFIK_POD_LABELS } from '../constructs/tls-route';
import { Waves } from '../constructs/waves';
import { CATALOG_VERSIONS, catalogGroup, catalogPath } from './catalog';
import { CNPG_STATUS_PORT, INSTANCE_POD_LABELS, ORDER_APP_USER, ORDER_DATABASE, orderTablesSql } from './citus';
import { CNPG_NAMESPACE, CNPG_OPERATOR_POD_LABELS, LUMEN_DB_DATABASE, LUMEN_DB_OWNER, POSTGRES_IMAGE, POSTGRES_PORT } from './cloudnative-pg';
import {
  EDGE_AUTH_MIDDLEWARE, EDGE_JWT_MIDDLEWARE, EDGE_STRIP_MIDDLEWARE, IDENTITY_HEADERS, OATHKEEPER, OATHKEEPER_API_PORT, OATHKEEPER_CONFIG_DIR,
  OATHKEEPER_IMAGE, OATHKEEPER_METRICS_PORT, oathkeeperConfig,
} from './edge-auth';
import { KEYCLOAK } from './keycloak';
import { LUMEN_API, postgresDsn } from './lumen-api';
import { CATALOG_COLLECTIONS, CATALOG_DATABASE, MONGODB_PORT, PSMDB_SERVER_TAG } from './mongodb';
import { ORDER_GROUP, ORDER_PATH, ORDER_VERSION } from './order';
import { REDIS_IMAGE, REDIS_MASTER_SET, REDIS_PORT, REDIS_SENTINEL_PORT } from './redis';
import { catalogCacheEnv } from './shop-cache';

/**
 * A preview environment (issue 13): the shop (catalog's current version, order, the JWT edge and its routes)
 * and lumen-api, with small data stores of their own, in ONE namespace, rendered once into `dist/<env>/` and
 * deployed per pull request by the host environment's ApplicationSet (src/charts/previews.ts), which renames
 * the namespace (`kustomize.namespace`), sets the pull request's image (`kustomize.images`) and its host
 * (`kustomize.patches`, PREVIEW_PATCHES).
 *
 * What it is NOT: the platform. Previews run inside an existing cluster (the host overlay's), whose operators
 * and CRDs (CloudNativePG, cert-manager, Traefik, Argo CD), Vault ClusterIssuer and Keycloak realm they use.
 * Everything here is namespace-agnostic: flows inside the namespace select pods only (no namespaceSelector on
 * the namespace's own name), clients dial Services by their short names (the pod's DNS search path adds the
 * namespace), and the only namespace-qualified names (Traefik's forwardAuth address, the route's host) are
 * the patched ones.
 */

/** The namespace as rendered; each preview's Application renames it to `pr-<repository>-<number>`. */
export const PREVIEW_NAMESPACE = 'pr-preview';
/** The label platform flows select preview namespaces by (src/charts/previews.ts, in the host). */
export const PREVIEW_NAMESPACE_LABEL = 'lumen.dev/preview';
/** Namespaces of previews: `pr-<repository>-<number>` (the AppProject's destination, Gatekeeper's match). */
export const PREVIEW_NAMESPACE_PATTERN = 'pr-*';
/** The host as rendered (`pr-preview.<baseDomain>`); each preview's Application patches in its own. */
export const previewHost = (baseDomain: string, namespace = PREVIEW_NAMESPACE): string => `${namespace}.${baseDomain}`;
/** The IngressRoute (and Certificate) of a preview: one host, every API on a path. */
export const PREVIEW_ROUTE = 'preview';
/** lumen-api's path on the preview host (shop paths as in production, lumen-api below its own prefix, stripped). */
export const PREVIEW_LUMEN_API_PATH = '/lumen/api';
export const PREVIEW_LUMEN_API_STRIP_MIDDLEWARE = 'lumen-api-strip-prefix';
/** The catalog version a preview runs: the current one (`image.tag`, what a pull request changes). */
export const PREVIEW_CATALOG_VERSION = CATALOG_VERSIONS[CATALOG_VERSIONS.length - 1];
/** A preview's data stores. */
export const PREVIEW_STORES = {
  lumenDb: 'lumen-db',
  orderDb: 'order-db',
  redis: 'redis',
  redisSentinel: 'redis-sentinel',
  mongodb: 'catalog-mongodb',
} as const;
/** Percona Server for MongoDB, the image the host's sharded MongoDB runs (already in the air gap): uid 1001. */
const MONGODB_UID = 1001;
const REDIS_UID = 999;

/** The routes of a preview: path → service (ordered as TlsRoute orders them: longest prefix first). */
export function previewBackends(): TlsRouteBackend[] {
  const edge = [EDGE_AUTH_MIDDLEWARE];
  const backends: TlsRouteBackend[] = [
    { pathPrefix: catalogPath(PREVIEW_CATALOG_VERSION), service: catalogGroup(PREVIEW_CATALOG_VERSION), port: 8080, middlewares: edge },
    { pathPrefix: ORDER_PATH, service: ORDER_GROUP, port: 8080, middlewares: edge },
    // JWT first (it matches the public path), then the prefix goes.
    { pathPrefix: PREVIEW_LUMEN_API_PATH, service: LUMEN_API, port: 8080, middlewares: [...edge, PREVIEW_LUMEN_API_STRIP_MIDDLEWARE] },
  ];
  return backends.sort((a, b) => b.pathPrefix!.length - a.pathPrefix!.length || (a.pathPrefix! < b.pathPrefix! ? -1 : 1));
}

/** Oathkeeper's forwardAuth address as Traefik (in its own namespace) must dial it: namespace-qualified. */
export const previewDecisionsUrl = (namespace: string): string => `http://${OATHKEEPER}.${namespace}.svc.cluster.local:${OATHKEEPER_API_PORT}/decisions`;

/** One JSON 6902 patch of kustomize: what a preview's Application changes beyond namespace and image. */
export interface PreviewPatch {
  readonly target: { readonly group?: string; readonly version?: string; readonly kind: string; readonly name: string };
  readonly ops: { readonly op: 'replace'; readonly path: string; readonly value: string }[];
}

/**
 * What a preview's Application patches, for a namespace and host (the ApplicationSet passes its templates,
 * `pr-catalog-{{.number}}`): the route's match rules and Certificate name (host), Traefik's forwardAuth address.
 */
export function previewPatches(namespace: string, host: string): PreviewPatch[] {
  return [
    {
      target: { group: 'traefik.io', version: 'v1alpha1', kind: 'IngressRoute', name: PREVIEW_ROUTE },
      ops: previewBackends().map((b, i) => ({ op: 'replace', path: `/spec/routes/${i}/match`, value: matchRule(host, { pathPrefix: b.pathPrefix! }) })),
    },
    {
      target: { group: 'cert-manager.io', version: 'v1', kind: 'Certificate', name: PREVIEW_ROUTE },
      ops: [{ op: 'replace', path: '/spec/dnsNames/0', value: host }],
    },
    {
      target: { group: 'traefik.io', version: 'v1alpha1', kind: 'Middleware', name: EDGE_JWT_MIDDLEWARE },
      ops: [{ op: 'replace', path: '/spec/forwardAuth/address', value: previewDecisionsUrl(namespace) }],
    },
  ];
}

/** Oathkeeper's access rules for any preview host: `<*>` is one DNS label (Oathkeeper's glob separators are `.` and `/`). */
export function previewAccessRules(config: EnvConfig): Record<string, unknown>[] {
  return [['shop', '/api'], ['lumen', PREVIEW_LUMEN_API_PATH]].map(([api, prefix]) => ({
    id: `preview-${api}-api`,
    match: { url: `https://<*>.${config.cluster.baseDomain}${prefix}/<**>`, methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] },
    authenticators: [{ handler: 'jwt' }],
    authorizer: { handler: 'allow' },
    mutators: [{ handler: 'header' }],
  }));
}

const q = (v: string) => k8s.Quantity.fromString(v);
const SMALL_STORE: Resources = { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } };

/** Flow inside the preview namespace: pods select pods, no namespace name (it changes per preview). */
function localFlow(scope: Construct, id: string, from: Record<string, string>, to: Record<string, string>, ports: PortSpec[]): void {
  new NetworkFlow(scope, `allow-${id}-egress`, { namespace: PREVIEW_NAMESPACE, podLabels: from, direction: 'egress', peers: [{ sameNamespace: true, podLabels: to }], ports });
  new NetworkFlow(scope, `allow-${id}-ingress`, { namespace: PREVIEW_NAMESPACE, podLabels: to, direction: 'ingress', peers: [{ sameNamespace: true, podLabels: from }], ports });
}

/** A preview's whole content: one application, one folder (`manifests/`), one namespace. */
export class PreviewChart extends LumenChart {
  readonly services: Record<string, Microservice> = {};
  readonly route: TlsRoute;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.APPLICATIONS, namespace: PREVIEW_NAMESPACE, description: 'A preview environment: the shop and lumen-api with their own small data stores' });
    const p = config.preview;
    if (!p) throw new Error(`'preview' must be set in overlays/${config.env}.yaml to render a preview environment`);
    const reg = config.registry.host;

    new PlatformNamespace(this, PREVIEW_NAMESPACE, { labels: { [PREVIEW_NAMESPACE_LABEL]: 'true' }, metadataNameLabel: false });
    new k8s.KubeResourceQuota(this, 'Quota', {
      metadata: { name: 'preview', labels: standardLabels('preview') },
      spec: {
        hard: {
          'requests.cpu': q(p.quota.requestsCpu), 'requests.memory': q(p.quota.requestsMemory),
          'limits.cpu': q(p.quota.limitsCpu), 'limits.memory': q(p.quota.limitsMemory),
          'requests.storage': q(p.quota.storage), persistentvolumeclaims: q('4'), pods: q(String(p.quota.pods)),
          // A preview is reached through Traefik only.
          'services.loadbalancers': q('0'), 'services.nodeports': q('0'),
        },
      },
    });
    // Containers that say nothing (CloudNativePG's Jobs take the Cluster's) still fit the quota.
    new k8s.KubeLimitRange(this, 'Limits', {
      metadata: { name: 'preview', labels: standardLabels('preview') },
      spec: {
        limits: [{
          type: 'Container',
          defaultRequest: { cpu: q('50m'), memory: q('64Mi') },
          default: { cpu: q('500m'), memory: q('256Mi') },
          max: { cpu: q('2'), memory: q('2Gi') },
        }],
      },
    });

    // --- Data stores ---
    const api = config.cluster.apiServer;
    this.postgres(PREVIEW_STORES.lumenDb, LUMEN_DB_DATABASE, LUMEN_DB_OWNER, internalImage(reg, POSTGRES_IMAGE.repository, POSTGRES_IMAGE.tag), p.storage, []);
    // order's tables as the host creates them on Citus, minus the distribution: one instance holds every shard key.
    const tables = orderTablesSql().split(';').map((s) => s.trim()).filter(Boolean);
    this.postgres(PREVIEW_STORES.orderDb, ORDER_DATABASE, ORDER_APP_USER, internalImage(reg, POSTGRES_IMAGE.repository, POSTGRES_IMAGE.tag), p.storage,
      [...tables, ...['orders', 'order_items'].map((t) => `ALTER TABLE ${t} OWNER TO ${ORDER_APP_USER}`)]);
    // The operator (host, cnpg-system) → instances; its egress half is the host's (previews chart).
    new NetworkFlow(this, 'allow-cnpg-operator-ingress', {
      namespace: PREVIEW_NAMESPACE, podLabels: { ...INSTANCE_POD_LABELS }, direction: 'ingress',
      peers: [{ namespace: CNPG_NAMESPACE, podLabels: { ...CNPG_OPERATOR_POD_LABELS } }], ports: [{ port: CNPG_STATUS_PORT }, { port: POSTGRES_PORT }],
    });
    // The instance manager watches its Cluster and Secrets through the API server.
    new NetworkFlow(this, 'allow-postgres-egress-apiserver', {
      namespace: PREVIEW_NAMESPACE, podLabels: { ...INSTANCE_POD_LABELS }, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    const redisLabels = this.redis(internalImage(reg, REDIS_IMAGE.repository, REDIS_IMAGE.tag));
    const mongoLabels = this.mongodb(internalImage(reg, 'percona/percona-server-mongodb', PSMDB_SERVER_TAG), p.storage);

    // --- Services: Deployments (one version per preview: no canary, no blue-green), no telemetry or scraping ---
    const common = { namespace: PREVIEW_NAMESPACE, replicas: 1, telemetry: false, monitoring: false } as const;
    const catalog = catalogGroup(PREVIEW_CATALOG_VERSION);
    const cs = config.services.catalog;
    this.services.catalog = new Microservice(this, catalog, {
      ...common,
      image: internalImage(reg, cs.image.repository, cs.image.tag),
      resources: cs.resources,
      env: {
        API_VERSION: PREVIEW_CATALOG_VERSION,
        API_PATH_PREFIX: catalogPath(PREVIEW_CATALOG_VERSION),
        // A standalone mongod without sharding or authentication (test data only; only catalog's pods reach it).
        MONGODB_URI: `mongodb://${PREVIEW_STORES.mongodb}:${MONGODB_PORT}/${CATALOG_DATABASE}`,
        MONGODB_DATABASE: CATALOG_DATABASE,
        MONGODB_PRODUCTS_COLLECTION: CATALOG_COLLECTIONS.products,
        MONGODB_LISTINGS_COLLECTION: CATALOG_COLLECTIONS.merchantListings,
        ...catalogCacheEnv(),
        CACHE_ADDR: `${PREVIEW_STORES.redis}:${REDIS_PORT}`,
        USER_COUNTRY_HEADER: IDENTITY_HEADERS.country,
        TENANT_HEADER: IDENTITY_HEADERS.tenant,
        ROLES_HEADER: IDENTITY_HEADERS.roles,
      },
    });
    localFlow(this, `${catalog}-to-${PREVIEW_STORES.mongodb}`, serviceSelector(catalog), mongoLabels, [{ port: MONGODB_PORT }]);
    localFlow(this, `${catalog}-to-${PREVIEW_STORES.redis}`, serviceSelector(catalog), redisLabels, [{ port: REDIS_PORT }]);

    const os = config.services.order;
    const pg = (cluster: string) => ({ PG_USER: { secret: `${cluster}-app`, key: 'username' }, PG_PASSWORD: { secret: `${cluster}-app`, key: 'password' } });
    this.services.order = new Microservice(this, ORDER_GROUP, {
      ...common,
      image: internalImage(reg, os.image.repository, os.image.tag),
      resources: os.resources,
      // CloudNativePG's own random credentials of this preview's database (no Vault role knows pr-* namespaces).
      generatedSecretEnv: pg(PREVIEW_STORES.orderDb),
      env: {
        API_VERSION: ORDER_VERSION,
        API_PATH_PREFIX: ORDER_PATH,
        PG_DSN: postgresDsn(`${PREVIEW_STORES.orderDb}-rw`, POSTGRES_PORT, ORDER_DATABASE),
        USER_COUNTRY_HEADER: IDENTITY_HEADERS.country,
        TENANT_HEADER: IDENTITY_HEADERS.tenant,
        ROLES_HEADER: IDENTITY_HEADERS.roles,
      },
    });
    localFlow(this, `${ORDER_GROUP}-to-${PREVIEW_STORES.orderDb}`, serviceSelector(ORDER_GROUP), { 'cnpg.io/cluster': PREVIEW_STORES.orderDb }, [{ port: POSTGRES_PORT }]);

    const ls = config.services.lumenApi;
    this.services.lumenApi = new Microservice(this, LUMEN_API, {
      ...common,
      image: internalImage(reg, ls.image.repository, ls.image.tag),
      resources: ls.resources,
      generatedSecretEnv: pg(PREVIEW_STORES.lumenDb),
      env: {
        LOG_FORMAT: 'json',
        HTTP_ADDR: ':8080',
        METRICS_ADDR: ':9090',
        PG_RW_DSN: postgresDsn(`${PREVIEW_STORES.lumenDb}-rw`, POSTGRES_PORT, LUMEN_DB_DATABASE),
        PG_RO_DSN: postgresDsn(`${PREVIEW_STORES.lumenDb}-r`, POSTGRES_PORT, LUMEN_DB_DATABASE),
        // One Redis with one Sentinel in its pod: lumen-api keeps its Sentinel discovery, without a quorum.
        REDIS_SENTINEL_ADDRS: `${PREVIEW_STORES.redisSentinel}:${REDIS_SENTINEL_PORT}`,
        REDIS_MASTER_NAME: REDIS_MASTER_SET,
      },
    });
    localFlow(this, `${LUMEN_API}-to-${PREVIEW_STORES.lumenDb}`, serviceSelector(LUMEN_API), { 'cnpg.io/cluster': PREVIEW_STORES.lumenDb }, [{ port: POSTGRES_PORT }]);
    localFlow(this, `${LUMEN_API}-to-${PREVIEW_STORES.redis}`, serviceSelector(LUMEN_API), redisLabels, [{ port: REDIS_SENTINEL_PORT }, { port: REDIS_PORT }]);

    // --- The edge: its own Oathkeeper (the host realm's tokens, any preview host) and Traefik routes ---
    const edge = config.components.edgeAuth;
    const oathkeeperCm = new k8s.KubeConfigMap(this, 'OathkeeperConfig', {
      metadata: { name: `${OATHKEEPER}-config`, labels: standardLabels(OATHKEEPER) },
      data: {
        'config.yaml': yaml.dump(oathkeeperConfig(config), { lineWidth: -1, noRefs: true }),
        'access-rules.yaml': yaml.dump(previewAccessRules(config), { lineWidth: -1, noRefs: true }),
      },
    });
    const oathkeeper = new Microservice(this, OATHKEEPER, {
      ...common,
      tier: 'security',
      image: internalImage(reg, OATHKEEPER_IMAGE.repository, OATHKEEPER_IMAGE.tag),
      resources: edge.resources,
      port: OATHKEEPER_API_PORT,
      metricsPort: OATHKEEPER_METRICS_PORT,
      healthPath: '/health/ready',
      args: ['serve', '--config', `${OATHKEEPER_CONFIG_DIR}/config.yaml`],
      configMounts: [{ configMap: oathkeeperCm.name, mountPath: OATHKEEPER_CONFIG_DIR }],
    });
    this.services.oathkeeper = oathkeeper;
    // Oathkeeper → the host's Keycloak (JWKS); Keycloak's ingress half is the host's (previews chart).
    new NetworkFlow(this, `allow-${OATHKEEPER}-to-keycloak-egress`, {
      namespace: PREVIEW_NAMESPACE, podLabels: serviceSelector(OATHKEEPER), direction: 'egress',
      peers: [{ namespace: KEYCLOAK.namespace, podLabels: { ...KEYCLOAK.podLabels } }], ports: KEYCLOAK.ports.map((x) => ({ ...x })),
    });

    const headers = Object.values(IDENTITY_HEADERS);
    new Middleware(this, 'EdgeStrip', {
      metadata: { name: EDGE_STRIP_MIDDLEWARE },
      spec: { headers: { customRequestHeaders: Object.fromEntries(headers.map((h) => [h, ''])) } },
    });
    new Middleware(this, 'EdgeJwt', {
      metadata: { name: EDGE_JWT_MIDDLEWARE },
      // Patched per preview (PREVIEW_PATCHES): Traefik dials it from its own namespace.
      spec: { forwardAuth: { address: previewDecisionsUrl(PREVIEW_NAMESPACE), trustForwardHeader: false, authResponseHeaders: headers } },
    });
    new Middleware(this, 'EdgeChain', {
      metadata: { name: EDGE_AUTH_MIDDLEWARE },
      spec: { chain: { middlewares: [{ name: EDGE_STRIP_MIDDLEWARE }, { name: EDGE_JWT_MIDDLEWARE }] } },
    });
    new Middleware(this, 'LumenApiStrip', {
      metadata: { name: PREVIEW_LUMEN_API_STRIP_MIDDLEWARE },
      spec: { stripPrefix: { prefixes: [PREVIEW_LUMEN_API_PATH] } },
    });
    // Backends without podLabels: TlsRoute would put the egress halves in traefik's namespace, which kustomize
    // would move into the preview's. The host's previews chart holds them (namespaces by label).
    this.route = new TlsRoute(this, PREVIEW_ROUTE, { namespace: PREVIEW_NAMESPACE, host: previewHost(config.cluster.baseDomain), routes: previewBackends() });
    const traefik = { namespace: TRAEFIK_NAMESPACE, podLabels: { ...TRAEFIK_POD_LABELS } };
    for (const ms of [this.services.catalog, this.services.order, this.services.lumenApi, oathkeeper]) {
      new NetworkFlow(this, `allow-traefik-to-${ms.name}-ingress`, {
        namespace: PREVIEW_NAMESPACE, podLabels: ms.podLabels, direction: 'ingress', peers: [traefik], ports: [{ port: ms.port }],
      });
    }
  }

  /** Everything lands in `dist/<env>/manifests/`, beside the kustomization.yaml that lists it. */
  override get folder(): string {
    return 'manifests';
  }

  /** A one-instance CloudNativePG cluster; CloudNativePG generates `<name>-app` (owner's credentials). */
  private postgres(name: string, database: string, owner: string, image: ImageRef, storage: string, postInit: string[]): Cluster {
    const r = SMALL_STORE;
    return new Cluster(this, `Postgres-${name}`, {
      metadata: { name, labels: standardLabels(name) },
      spec: {
        instances: 1,
        imageName: image.ref,
        imagePullPolicy: 'IfNotPresent',
        enableSuperuserAccess: false,
        bootstrap: { initdb: { database, owner, postInitApplicationSql: postInit.length ? postInit : undefined } },
        storage: { size: storage },
        resources: {
          requests: { cpu: ClusterSpecResourcesRequests.fromString(r.requests.cpu), memory: ClusterSpecResourcesRequests.fromString(r.requests.memory) },
          limits: { cpu: ClusterSpecResourcesLimits.fromString(r.limits.cpu), memory: ClusterSpecResourcesLimits.fromString(r.limits.memory) },
        },
        enablePdb: false,
        primaryUpdateStrategy: ClusterSpecPrimaryUpdateStrategy.UNSUPERVISED,
        inheritedMetadata: { labels: workloadLabels(name, 'data') },
      },
    });
  }

  /** Redis (no persistence, no password: reachable from its two clients only) with one Sentinel beside it. */
  private redis(image: ImageRef): Record<string, string> {
    const name = PREVIEW_STORES.redis;
    const selector = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name };
    const labels = { ...standardLabels(name, { 'app.kubernetes.io/instance': name }), ...workloadLabels(name, 'data') };
    const container = (c: string, cmd: string[], port: number, extra: Partial<k8s.Container> = {}): k8s.Container => ({
      name: c,
      image: image.ref,
      imagePullPolicy: 'IfNotPresent',
      command: cmd,
      ports: [{ name: c, containerPort: port }],
      readinessProbe: { exec: { command: ['redis-cli', '-p', String(port), 'ping'] }, periodSeconds: 5, timeoutSeconds: 2 },
      resources: { requests: { cpu: q('25m'), memory: q('32Mi') }, limits: { cpu: q('250m'), memory: q('128Mi') } },
      securityContext: { allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
      ...extra,
    });
    // Sentinel rewrites its own file: written at start on the pod's volume, naming this pod's address.
    const sentinelConf = [
      `port ${REDIS_SENTINEL_PORT}`,
      `sentinel monitor ${REDIS_MASTER_SET} %s ${REDIS_PORT} 1`,
      `sentinel down-after-milliseconds ${REDIS_MASTER_SET} 5000`,
    ].join('\\n');
    new k8s.KubeDeployment(this, 'Redis', {
      metadata: { name, labels },
      spec: {
        replicas: 1,
        strategy: { type: 'Recreate' },
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: { ...labels, ...selector } },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: { runAsNonRoot: true, runAsUser: REDIS_UID, runAsGroup: REDIS_UID, fsGroup: REDIS_UID, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              container('redis', ['redis-server', '--port', String(REDIS_PORT), '--save', '', '--appendonly', 'no', '--dir', '/data', '--maxmemory', '96mb', '--maxmemory-policy', 'allkeys-lru'], REDIS_PORT,
                { volumeMounts: [{ name: 'data', mountPath: '/data' }] }),
              container('sentinel', ['sh', '-c', `printf '${sentinelConf}\\n' "$POD_IP" > /sentinel/sentinel.conf && exec redis-server /sentinel/sentinel.conf --sentinel`], REDIS_SENTINEL_PORT, {
                env: [{ name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }],
                volumeMounts: [{ name: 'sentinel', mountPath: '/sentinel' }],
              }),
            ],
            volumes: [
              { name: 'data', emptyDir: { sizeLimit: q('64Mi') } },
              { name: 'sentinel', emptyDir: { sizeLimit: q('1Mi') } },
            ],
          },
        },
      },
    });
    for (const [svc, port] of [[name, REDIS_PORT], [PREVIEW_STORES.redisSentinel, REDIS_SENTINEL_PORT]] as const) {
      new k8s.KubeService(this, `Service-${svc}`, {
        metadata: { name: svc, labels: standardLabels(svc) },
        spec: { selector, ports: [{ name: svc === name ? 'redis' : 'sentinel', port, targetPort: k8s.IntOrString.fromNumber(port) }] },
      });
    }
    return selector;
  }

  /** A standalone mongod (no replica set, no sharding, no authentication) on a small volume. */
  private mongodb(image: ImageRef, storage: string): Record<string, string> {
    const name = PREVIEW_STORES.mongodb;
    const selector = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name };
    const labels = { ...standardLabels(name, { 'app.kubernetes.io/instance': name }), ...workloadLabels(name, 'data') };
    const ping = { tcpSocket: { port: k8s.IntOrString.fromNumber(MONGODB_PORT) }, timeoutSeconds: 5 };
    new k8s.KubeStatefulSet(this, 'Mongodb', {
      metadata: { name, labels },
      spec: {
        serviceName: name,
        replicas: 1,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: { ...labels, ...selector } },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: { runAsNonRoot: true, runAsUser: MONGODB_UID, runAsGroup: MONGODB_UID, fsGroup: MONGODB_UID, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{
              name: 'mongod',
              image: image.ref,
              imagePullPolicy: 'IfNotPresent',
              command: ['mongod', '--bind_ip_all', '--port', String(MONGODB_PORT), '--dbpath', '/data/db', '--wiredTigerCacheSizeGB', '0.25'],
              ports: [{ name: 'mongodb', containerPort: MONGODB_PORT }],
              readinessProbe: { ...ping, periodSeconds: 10 },
              livenessProbe: { ...ping, periodSeconds: 20, failureThreshold: 6 },
              resources: { requests: { cpu: q(SMALL_STORE.requests.cpu), memory: q('256Mi') }, limits: { cpu: q(SMALL_STORE.limits.cpu), memory: q('768Mi') } },
              securityContext: { allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              // mongod's socket and diagnostics go to /tmp.
              volumeMounts: [{ name: 'data', mountPath: '/data/db' }, { name: 'tmp', mountPath: '/tmp' }],
            }],
            volumes: [{ name: 'tmp', emptyDir: { sizeLimit: q('64Mi') } }],
          },
        },
        volumeClaimTemplates: [{
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: q(storage) } } },
        }],
      },
    });
    new k8s.KubeService(this, 'Service-mongodb', {
      metadata: { name, labels: standardLabels(name) },
      spec: { selector, ports: [{ name: 'mongodb', port: MONGODB_PORT, targetPort: k8s.IntOrString.fromNumber(MONGODB_PORT) }] },
    });
    return selector;
  }
}

/** The kustomization.yaml of `dist/<env>/`: every rendered file, nothing else (Argo CD adds namespace, image, patches). */
export function previewKustomization(files: readonly string[]): string {
  return yaml.dump({
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [...files].sort(),
  }, { lineWidth: -1, noRefs: true });
}

/** The preview's one chart (the preview overlay builds nothing else: the platform is the host's). */
export function buildPreview(scope: Construct, config: EnvConfig): void {
  new PreviewChart(scope, 'preview', config);
}

/** dist/<env>/README.md of a preview: what it is, how it is deployed, what it holds. */
export function previewReadme(config: EnvConfig, files: readonly string[]): string {
  const p = config.preview!;
  return [
    `# ${config.env}: a preview environment`,
    '',
    `Generated by \`npm run synth\` from \`overlays/${config.env}.yaml\`; do not edit. Not applied by hand: the ApplicationSets of`,
    `environment \`${p.host}\` (\`components.previews\`) deploy one copy per labelled pull request of a service repository,`,
    `into namespace \`pr-<repository>-<number>\`, with \`kustomize.namespace\`, \`kustomize.images\` (the pull request's`,
    'head) and `kustomize.patches` (its host) over `kustomization.yaml`; closing the pull request deletes it all.',
    '',
    `Rendered namespace \`${PREVIEW_NAMESPACE}\`, host \`${previewHost(config.cluster.baseDomain)}\`. ${files.length} objects in \`manifests/\`:`,
    '',
    ...[...files].sort().map((f) => `- \`${f}\``),
    '',
  ].join('\n');
}
