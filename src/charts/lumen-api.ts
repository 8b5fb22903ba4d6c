import { Construct } from 'constructs';
import { dependencyHost } from '../constructs/dependency';
import type { EnvConfig } from '../config/schema';
import { Middleware } from '../../imports/traefik-traefik.io';
import { internalImage } from '../constructs/images';
import { LumenChart } from '../constructs/lumen-chart';
import { fromServiceConfig, Microservice } from '../constructs/microservice';
import { Waves } from '../constructs/waves';
import { LUMEN_DB_DATABASE, LUMEN_DB_R_SERVICE, LUMEN_DB_RO, LUMEN_DB_RW, LUMEN_DB_NAMESPACE, POSTGRES_PORT } from './cloudnative-pg';
import { apiHost, EDGE_AUTH_MIDDLEWARE } from './edge-auth';
import { LUMEN_NAMESPACE } from './namespaces';
import { REDIS_MASTER_SET, REDIS_SENTINEL, REDIS_SENTINEL_PORT } from './redis';

export const LUMEN_API = 'lumen-api';
/** Public path prefix of the API (stripped before the pods: the Go API serves /items, /hello, /events...). */
export const LUMEN_API_PATH_PREFIX = '/api';
/** Middleware that strips LUMEN_API_PATH_PREFIX (after the JWT check, which matches on the public path). */
export const LUMEN_API_STRIP_MIDDLEWARE = 'lumen-api-strip-prefix';

/** libpq keyword/value DSN; user and password are `$(VAR)` references that Kubernetes expands in the pod. */
export function postgresDsn(host: string, port: number, database: string): string {
  return `host=${host} port=${port} dbname=${database} user=$(PG_USER) password=$(PG_PASSWORD) sslmode=require`;
}

/**
 * lumen-api (seed §6, §8, §12): the Go API on Redis (Sentinel) and PostgreSQL (read/write split), an Argo
 * Rollout whose canary is gated by the Prometheus error rate, behind the JWT edge on `lumen.<baseDomain>/api`.
 */
export class LumenApiChart extends LumenChart {
  readonly service: Microservice;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.APPLICATIONS, namespace: LUMEN_NAMESPACE, description: 'lumen-api (Go API): Rollout with canary analysis' });
    const s = config.services.lumenApi;
    // With a single instance lumen-db-ro has no endpoints (it selects replicas only): read from any instance.
    // In a fleet, the addresses the infra cluster exposes lumen-db at (src/platform/fleet.ts).
    const writeHost = dependencyHost(config, LUMEN_DB_RW, LUMEN_API);
    const readHost = config.components.cloudnativePg.database.instances > 1 ? dependencyHost(config, LUMEN_DB_RO, LUMEN_API)
      : writeHost !== LUMEN_DB_RW.host ? writeHost : `${LUMEN_DB_R_SERVICE}.${LUMEN_DB_NAMESPACE}.svc.cluster.local`;
    this.service = new Microservice(this, LUMEN_API, {
      namespace: LUMEN_NAMESPACE,
      image: internalImage(config.registry.host, s.image.repository, s.image.tag, s.image.digest),
      ...fromServiceConfig(s, config.registry.host),
      dependsOn: [REDIS_SENTINEL, LUMEN_DB_RW, LUMEN_DB_RO],
      secretEnv: {
        PG_USER: { from: LUMEN_DB_RW, key: 'username' },
        PG_PASSWORD: { from: LUMEN_DB_RW, key: 'password' },
        REDIS_PASSWORD: { from: REDIS_SENTINEL, key: 'password' },
        // The sentinels require the same password (redis chart: one secret for redis and sentinel).
        REDIS_SENTINEL_PASSWORD: { from: REDIS_SENTINEL, key: 'password' },
      },
      env: {
        LOG_FORMAT: 'json',
        HTTP_ADDR: ':8080',
        METRICS_ADDR: ':9090',
        PG_RW_DSN: postgresDsn(writeHost, POSTGRES_PORT, LUMEN_DB_DATABASE),
        PG_RO_DSN: postgresDsn(readHost, POSTGRES_PORT, LUMEN_DB_DATABASE),
        // Clients ask the sentinels for the master of the set (seed §8: auto-discovery, failover-safe).
        REDIS_SENTINEL_ADDRS: `${REDIS_SENTINEL.host}:${REDIS_SENTINEL_PORT}`,
        REDIS_MASTER_NAME: REDIS_MASTER_SET,
      },
    });

    new Middleware(this, 'StripPrefix', {
      metadata: { name: LUMEN_API_STRIP_MIDDLEWARE, namespace: LUMEN_NAMESPACE },
      spec: { stripPrefix: { prefixes: [LUMEN_API_PATH_PREFIX] } },
    });
    this.service.exposeViaIngressRoute({
      host: apiHost(config, 'lumen'),
      pathPrefix: LUMEN_API_PATH_PREFIX,
      // JWT first (it matches the public /api path), then the prefix goes.
      middlewares: [EDGE_AUTH_MIDDLEWARE, LUMEN_API_STRIP_MIDDLEWARE],
    });
  }
}

export function buildLumenApi(scope: Construct, config: EnvConfig): void {
  if (config.services.lumenApi.enabled) new LumenApiChart(scope, 'lumen-api', config);
}
