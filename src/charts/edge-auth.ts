import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import * as yaml from 'js-yaml';
import { Middleware } from '../../imports/traefik-traefik.io';
import type { EnvConfig } from '../config/schema';
import { internalImage } from '../constructs/images';
import { standardLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { Microservice } from '../constructs/microservice';
import { allowFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { TRAEFIK_NAMESPACE, TRAEFIK_POD_LABELS } from '../constructs/tls-route';
import { Waves } from '../constructs/waves';
import { EDGE_AUDIENCE, KEYCLOAK, KEYCLOAK_JWKS_URL, keycloakIssuer, keycloakJwksUrl, shopHost, TOKEN_CLAIMS } from './keycloak';
import { dependencyHost } from '../constructs/dependency';
import { reach } from '../platform/fleet';
import { LUMEN_NAMESPACE, SHOP_NAMESPACE } from './namespaces';

/** Ory Oathkeeper v0.40.9: the JWT validator behind Traefik's forwardAuth (decision API). */
export const OATHKEEPER_IMAGE = { repository: 'oryd/oathkeeper', tag: 'v0.40.9' } as const;
export const EDGE_AUTH_NAMESPACE = 'edge-auth';
export const OATHKEEPER = 'oathkeeper';
/** Oathkeeper's API port: `/decisions` (forwardAuth) and `/health/ready`. */
export const OATHKEEPER_API_PORT = 4456;
/** Oathkeeper's reverse proxy: unused (Traefik is the proxy) but always listening; no Service, no flow. */
export const OATHKEEPER_PROXY_PORT = 4455;
export const OATHKEEPER_METRICS_PORT = 9090;
export const OATHKEEPER_CONFIG_DIR = '/etc/oathkeeper';
export const OATHKEEPER_DECISIONS_URL = `http://${OATHKEEPER}.${EDGE_AUTH_NAMESPACE}.svc.cluster.local:${OATHKEEPER_API_PORT}/decisions`;

/**
 * The middleware every `/api` route names (one per API namespace: Traefik's CRD provider does not follow
 * references across namespaces): a chain that first drops identity headers a client may have sent, then
 * asks Oathkeeper, which answers 200 with the identity headers for a valid token and 401 otherwise.
 */
export const EDGE_AUTH_MIDDLEWARE = 'edge-auth';
export const EDGE_STRIP_MIDDLEWARE = 'edge-strip-identity';
export const EDGE_JWT_MIDDLEWARE = 'edge-jwt';
/** Namespaces with `/api` routes: each gets the three middlewares. */
export const API_NAMESPACES = [LUMEN_NAMESPACE, SHOP_NAMESPACE] as const;

/**
 * Headers the edge sets from the validated token, and only the edge: the services trust them (seed 004 §4,
 * §5, §9). `X-User-Country` comes from the token's `country` claim, i.e. the user's Keycloak profile
 * (seed 004 §5: "GeoIP or profile data"; there is no GeoIP database in the air gap). A request without the
 * claim reaches the services with an empty header, never with a client-chosen one.
 */
export const IDENTITY_HEADERS = {
  subject: 'X-User-Id',
  country: 'X-User-Country',
  tenant: 'X-Tenant-Id',
  roles: 'X-User-Roles',
} as const;
/** The token claim X-User-Country is read from (a user-attribute mapper in the realm). */
export const COUNTRY_CLAIM = TOKEN_CLAIMS.country;

/** Public host names of the APIs: lumen-api on `lumen.<baseDomain>`, catalog and order on `shop.<baseDomain>`. */
export function apiHost(config: EnvConfig, api: 'lumen' | 'shop'): string {
  return api === 'shop' ? shopHost(config) : `lumen.${config.cluster.baseDomain}`;
}

/** Go template of a claim for Oathkeeper's header mutator: the value, or empty when the token lacks it. */
function claim(name: string): string {
  return `{{ with index .Extra "${name}" }}{{ . }}{{ end }}`;
}

/** Oathkeeper's configuration: JWT authenticator on Keycloak's JWKS (in-cluster), header mutator, JSON errors. */
export function oathkeeperConfig(config: EnvConfig): Record<string, unknown> {
  return {
    log: { level: 'info', format: 'json' },
    serve: {
      api: { port: OATHKEEPER_API_PORT },
      proxy: { port: OATHKEEPER_PROXY_PORT },
      prometheus: { port: OATHKEEPER_METRICS_PORT, metrics_path: '/metrics' },
    },
    access_rules: {
      matching_strategy: 'glob',
      repositories: [`file://${OATHKEEPER_CONFIG_DIR}/access-rules.yaml`],
    },
    authenticators: {
      jwt: {
        enabled: true,
        config: {
          // The realm's signing keys, fetched in the cluster (no internet, no hairpin through Traefik).
          // In a fleet, at the address the infra cluster exposes Keycloak at (src/platform/fleet.ts).
          jwks_urls: [reach(config, KEYCLOAK, 'edge-auth') ? keycloakJwksUrl(dependencyHost(config, KEYCLOAK, 'edge-auth')) : KEYCLOAK_JWKS_URL],
          jwks_ttl: '5m',
          // Tokens carry the public issuer (Keycloak answers for https://auth.<baseDomain>).
          trusted_issuers: [keycloakIssuer(config)],
          // Only tokens minted for the edge (the shop client's audience mapper, keycloak.ts): without it any
          // token of the realm, whatever client it was issued to, would pass.
          target_audience: [EDGE_AUDIENCE],
          allowed_algorithms: ['RS256'],
          scope_strategy: 'none',
        },
      },
    },
    authorizers: { allow: { enabled: true } },
    mutators: {
      header: {
        enabled: true,
        config: {
          headers: {
            [IDENTITY_HEADERS.subject]: '{{ print .Subject }}',
            [IDENTITY_HEADERS.country]: claim(COUNTRY_CLAIM),
            [IDENTITY_HEADERS.tenant]: claim(TOKEN_CLAIMS.tenant),
            // Realm roles as a comma-separated list (RBAC stays in the services, seed 004 §9).
            [IDENTITY_HEADERS.roles]: `{{ with index .Extra "${TOKEN_CLAIMS.roles}" }}{{ range $i, $r := . }}{{ if $i }},{{ end }}{{ $r }}{{ end }}{{ end }}`,
          },
        },
      },
    },
    errors: { fallback: ['json'], handlers: { json: { enabled: true, config: { verbose: false } } } },
  };
}

/**
 * Access rules: every `/api/...` URL of the API hosts needs a valid JWT. Anything else is no rule → 404 →
 * Traefik refuses the request (fail closed: a route that names the middleware without a rule is unreachable).
 */
export function accessRules(config: EnvConfig): Record<string, unknown>[] {
  return (['lumen', 'shop'] as const).map((api) => ({
    id: `${api}-api`,
    match: { url: `https://${apiHost(config, api)}/api/<**>`, methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] },
    authenticators: [{ handler: 'jwt' }],
    authorizer: { handler: 'allow' },
    mutators: [{ handler: 'header' }],
  }));
}

/**
 * JWT at the edge (seed 004 §8): Traefik asks Ory Oathkeeper (forwardAuth → `/decisions`) before any `/api`
 * route; Oathkeeper checks the token's signature against the realm's keys (JWKS from the in-cluster Keycloak),
 * issuer, expiry and algorithm, and returns the identity headers. Why Oathkeeper and not oauth2-proxy: it
 * needs no client secret or cookie secret (bearer tokens only), and its header mutator can copy any claim
 * (oauth2-proxy only forwards a fixed set: user, email, groups), which X-User-Country needs.
 *
 * Wave applications, like the routes that use it: a route whose middleware does not exist yet is not served.
 */
export class EdgeAuthChart extends LumenChart {
  readonly oathkeeper: Microservice;
  readonly middlewares: Middleware[] = [];

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.APPLICATIONS, namespace: EDGE_AUTH_NAMESPACE, description: 'JWT validation at the edge (Ory Oathkeeper, Traefik forwardAuth)' });
    const c = config.components.edgeAuth;
    new PlatformNamespace(this, EDGE_AUTH_NAMESPACE);

    const configMap = new k8s.KubeConfigMap(this, 'Config', {
      metadata: { name: `${OATHKEEPER}-config`, namespace: EDGE_AUTH_NAMESPACE, labels: standardLabels(OATHKEEPER) },
      data: {
        'config.yaml': yaml.dump(oathkeeperConfig(config), { lineWidth: -1, noRefs: true }),
        'access-rules.yaml': yaml.dump(accessRules(config), { lineWidth: -1, noRefs: true }),
      },
    });

    this.oathkeeper = new Microservice(this, OATHKEEPER, {
      namespace: EDGE_AUTH_NAMESPACE,
      tier: 'security',
      image: internalImage(config.registry.host, OATHKEEPER_IMAGE.repository, OATHKEEPER_IMAGE.tag),
      replicas: c.replicas,
      resources: c.resources,
      port: OATHKEEPER_API_PORT,
      metricsPort: OATHKEEPER_METRICS_PORT,
      healthPath: '/health/ready',
      args: ['serve', '--config', `${OATHKEEPER_CONFIG_DIR}/config.yaml`],
      configMounts: [{ configMap: configMap.name, mountPath: OATHKEEPER_CONFIG_DIR }],
      // Oathkeeper traces through its own config, not OTEL_* variables; logs and metrics are enough here.
      telemetry: false,
      // JWKS from Keycloak's Service (the only place it calls).
      dependsOn: [KEYCLOAK],
    });

    // Traefik → Oathkeeper's decision API.
    allowFlow(this, `traefik-${OATHKEEPER}`, {
      from: { namespace: TRAEFIK_NAMESPACE, podLabels: { ...TRAEFIK_POD_LABELS } },
      to: this.oathkeeper.endpoint,
      ports: [{ port: OATHKEEPER_API_PORT }],
    });

    const headers = Object.values(IDENTITY_HEADERS);
    for (const ns of API_NAMESPACES) {
      this.middlewares.push(
        new Middleware(this, `${ns}-strip`, {
          metadata: { name: EDGE_STRIP_MIDDLEWARE, namespace: ns },
          // An empty value removes the header: nothing a client sends under these names reaches a service.
          spec: { headers: { customRequestHeaders: Object.fromEntries(headers.map((h) => [h, ''])) } },
        }),
        new Middleware(this, `${ns}-jwt`, {
          metadata: { name: EDGE_JWT_MIDDLEWARE, namespace: ns },
          spec: {
            forwardAuth: {
              address: OATHKEEPER_DECISIONS_URL,
              // Traefik's own X-Forwarded-* (method, proto, host, uri) tell Oathkeeper which rule applies.
              trustForwardHeader: false,
              // Copied from Oathkeeper's answer onto the request, replacing whatever was there.
              authResponseHeaders: headers,
            },
          },
        }),
        new Middleware(this, `${ns}-chain`, {
          metadata: { name: EDGE_AUTH_MIDDLEWARE, namespace: ns },
          spec: { chain: { middlewares: [{ name: EDGE_STRIP_MIDDLEWARE }, { name: EDGE_JWT_MIDDLEWARE }] } },
        }),
      );
    }
  }
}

export function buildEdgeAuth(scope: Construct, config: EnvConfig): void {
  if (config.components.edgeAuth.enabled) new EdgeAuthChart(scope, 'edge-auth', config);
}
