import { Construct } from 'constructs';
import { dependencyHost } from '../constructs/dependency';
import type { EnvConfig } from '../config/schema';
import { internalImage } from '../constructs/images';
import { LumenChart } from '../constructs/lumen-chart';
import { fromServiceConfig, Microservice } from '../constructs/microservice';
import { TlsRoute } from '../constructs/tls-route';
import { Waves } from '../constructs/waves';
import { apiHost, EDGE_AUTH_MIDDLEWARE, IDENTITY_HEADERS } from './edge-auth';
import { CATALOG_COLLECTIONS, CATALOG_DATABASE, CATALOG_MONGODB, MONGODB_AUTH_SOURCE, MONGODB_PORT } from './mongodb';
import { SHOP_NAMESPACE } from './namespaces';
import { catalogCacheEnv, SHOP_CACHE } from './shop-cache';

export const CATALOG = 'catalog';
/** API major versions and the path each deployment group serves (seed 004 §8: URL path versioning). */
export const CATALOG_VERSIONS = ['v1', 'v2'] as const;
export type CatalogVersion = (typeof CATALOG_VERSIONS)[number];
export const catalogPath = (version: CatalogVersion): string => `/api/${version}/catalog`;
/** The deployment group (Rollout, Service...) of one API version. */
export const catalogGroup = (version: CatalogVersion): string => `${CATALOG}-${version}`;

/**
 * The MongoDB URI: the mongos routers, the catalog database, credentials as `$(VAR)` references that
 * Kubernetes expands in the pod (Git holds the template only; the Vault values must be URL-safe).
 */
export function mongodbUri(host: string = CATALOG_MONGODB.host): string {
  return `mongodb://$(MONGODB_USERNAME):$(MONGODB_PASSWORD)@${host}:${MONGODB_PORT}/${CATALOG_DATABASE}?authSource=${MONGODB_AUTH_SOURCE}`;
}

/**
 * catalog (seed 004 §2, §5, §6, §8): read-heavy product service on the sharded MongoDB (through mongos) with
 * the Redis cache in front. One deployment group per API major version, each an Argo Rollout with its canary:
 * `shop.<baseDomain>/api/v1/catalog` → catalog-v1 (pinned legacy tag), `/api/v2/catalog` → catalog-v2
 * (`image.tag`). The services serve their versioned paths themselves (no prefix stripping: the path the
 * client used is the one in logs and traces). Every route goes through the JWT edge, which also sets
 * X-User-Country from the token (the geo-fencing filter of §5 reads it).
 */
export class CatalogChart extends LumenChart {
  readonly groups: Partial<Record<CatalogVersion, Microservice>> = {};
  readonly route: TlsRoute;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.APPLICATIONS, namespace: SHOP_NAMESPACE, description: 'catalog: /api/v1 and /api/v2 deployment groups' });
    const s = config.services.catalog;
    const tags: Partial<Record<CatalogVersion, string>> = { ...(s.v1.enabled ? { v1: s.v1.tag } : {}), v2: s.image.tag };
    // The digest each version runs by (CI's promote writes it beside the tag; required where signatures are enforced).
    const digests: Partial<Record<CatalogVersion, string>> = { v1: s.v1.digest, v2: s.image.digest };

    for (const version of CATALOG_VERSIONS) {
      const tag = tags[version];
      if (!tag) continue;
      this.groups[version] = new Microservice(this, catalogGroup(version), {
        namespace: SHOP_NAMESPACE,
        image: internalImage(config.registry.host, s.image.repository, tag, digests[version]),
        ...fromServiceConfig(s, config.registry.host, { API_PATH_PREFIX: catalogPath(version) }),
        dependsOn: [CATALOG_MONGODB, SHOP_CACHE],
        secretEnv: {
          MONGODB_USERNAME: { from: CATALOG_MONGODB, key: 'username' },
          MONGODB_PASSWORD: { from: CATALOG_MONGODB, key: 'password' },
          CACHE_PASSWORD: { from: SHOP_CACHE, key: 'password' },
        },
        env: {
          API_VERSION: version,
          API_PATH_PREFIX: catalogPath(version),
          // In a fleet, the address the infra cluster exposes mongos at (src/platform/fleet.ts).
          MONGODB_URI: mongodbUri(dependencyHost(config, CATALOG_MONGODB, catalogGroup(version))),
          MONGODB_DATABASE: CATALOG_DATABASE,
          MONGODB_PRODUCTS_COLLECTION: CATALOG_COLLECTIONS.products,
          MONGODB_LISTINGS_COLLECTION: CATALOG_COLLECTIONS.merchantListings,
          ...catalogCacheEnv(),
          // Set by the edge only (edge-auth strips client values): the geo-fencing filter's input.
          USER_COUNTRY_HEADER: IDENTITY_HEADERS.country,
          TENANT_HEADER: IDENTITY_HEADERS.tenant,
          ROLES_HEADER: IDENTITY_HEADERS.roles,
        },
      });
    }

    const middlewares = [EDGE_AUTH_MIDDLEWARE];
    this.route = new TlsRoute(this, CATALOG, {
      namespace: SHOP_NAMESPACE,
      host: apiHost(config, 'shop'),
      routes: Object.entries(this.groups).map(([version, ms]) => ms!.backend({ pathPrefix: catalogPath(version as CatalogVersion), middlewares })),
    });
  }
}

export function buildCatalog(scope: Construct, config: EnvConfig): void {
  if (config.services.catalog.enabled) new CatalogChart(scope, 'catalog', config);
}
