import { Construct } from 'constructs';
import type { EnvConfig } from '../config/schema';
import { internalImage } from '../constructs/images';
import { LumenChart } from '../constructs/lumen-chart';
import { fromServiceConfig, Microservice } from '../constructs/microservice';
import { Waves } from '../constructs/waves';
import { CATALOG_COLLECTIONS } from './mongodb';
import { ORDER_CITUS, ORDER_DATABASE, ORDER_SHARD_KEY, POSTGRES_PORT } from './citus';
import { apiHost, EDGE_AUTH_MIDDLEWARE, IDENTITY_HEADERS } from './edge-auth';
import { CDC_TOPICS, KAFKA } from './kafka';
import { dependencyHost, dependencyHostPort } from '../constructs/dependency';
import { postgresDsn } from './lumen-api';
import { SHOP_NAMESPACE } from './namespaces';

export const ORDER = 'order';
/** The current (and only) API major version: its deployment group and path. */
export const ORDER_VERSION = 'v1';
export const ORDER_GROUP = `${ORDER}-${ORDER_VERSION}`;
export const ORDER_PATH = `/api/${ORDER_VERSION}/orders`;
/** Kafka consumer group of the order service. */
export const ORDER_CONSUMER_GROUP = ORDER;
/** What order consumes: the catalog's merchant_listings change events (Debezium, MongoDB change streams). */
export const ORDER_CONSUMED_TOPICS: readonly string[] = CDC_TOPICS.catalog.filter((t) => t.endsWith(`.${CATALOG_COLLECTIONS.merchantListings}`));

/**
 * order (seed 004 §2, §3, §7, §8): transactional checkout on PostgreSQL + Citus (the coordinator's primary,
 * as `order_app`). Tables are distributed on `tenant_id` and keyed `[tenant_id, country_code]` (citus chart):
 * every query carries the tenant, so Citus routes it to one shard group.
 *
 * Kafka, per seed §7 (no double writes): order never publishes; Debezium reads its WAL and emits
 * `order.public.<table>`. It consumes the catalog's `merchant_listings` change events to keep its own copy
 * of prices and active flags for checkout (the "regional caches sync automatically" of §7), so a checkout
 * needs no synchronous call to catalog. Plain listener, no credentials (NetworkPolicy decides who connects).
 */
export class OrderChart extends LumenChart {
  readonly service: Microservice;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.APPLICATIONS, namespace: SHOP_NAMESPACE, description: 'order: /api/v1/orders on Citus' });
    const s = config.services.order;
    this.service = new Microservice(this, ORDER_GROUP, {
      namespace: SHOP_NAMESPACE,
      image: internalImage(config.registry.host, s.image.repository, s.image.tag, s.image.digest),
      ...fromServiceConfig(s, config.registry.host),
      dependsOn: [ORDER_CITUS, KAFKA],
      secretEnv: {
        PG_USER: { from: ORDER_CITUS, key: 'username' },
        PG_PASSWORD: { from: ORDER_CITUS, key: 'password' },
      },
      env: {
        API_VERSION: ORDER_VERSION,
        API_PATH_PREFIX: ORDER_PATH,
        // In a fleet, the addresses the infra cluster exposes them at (src/platform/fleet.ts).
        PG_DSN: postgresDsn(dependencyHost(config, ORDER_CITUS, ORDER_GROUP), POSTGRES_PORT, ORDER_DATABASE),
        ORDER_SHARD_KEY: ORDER_SHARD_KEY.join(','),
        KAFKA_BOOTSTRAP_SERVERS: dependencyHostPort(config, KAFKA, ORDER_GROUP),
        KAFKA_CONSUMER_GROUP: ORDER_CONSUMER_GROUP,
        KAFKA_TOPICS: ORDER_CONSUMED_TOPICS.join(','),
        USER_COUNTRY_HEADER: IDENTITY_HEADERS.country,
        TENANT_HEADER: IDENTITY_HEADERS.tenant,
        ROLES_HEADER: IDENTITY_HEADERS.roles,
      },
    });
    this.service.exposeViaIngressRoute({ id: ORDER, host: apiHost(config, 'shop'), pathPrefix: ORDER_PATH, middlewares: [EDGE_AUTH_MIDDLEWARE] });
  }
}

export function buildOrder(scope: Construct, config: EnvConfig): void {
  if (config.services.order.enabled) new OrderChart(scope, 'order', config);
}
