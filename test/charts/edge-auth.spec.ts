import * as yaml from 'js-yaml';
import {
  accessRules, API_NAMESPACES, apiHost, EDGE_AUTH_MIDDLEWARE, EDGE_JWT_MIDDLEWARE, EDGE_STRIP_MIDDLEWARE, EdgeAuthChart, IDENTITY_HEADERS,
  OATHKEEPER_DECISIONS_URL, oathkeeperConfig,
} from '../../src/charts/edge-auth';
import {
  KEYCLOAK_JWKS_URL, KeycloakChart, keycloakIssuer, lumenRealm, SHOP_FRONTEND_CLIENT_ID, TOKEN_CLAIMS, USER_PROFILE_CONFIG_KEY, USER_PROFILE_PROVIDER,
} from '../../src/charts/keycloak';
import { Waves } from '../../src/constructs/waves';
import { overlay, synth, testApp } from '../support/fixtures';
import { flowSummary } from '../support/flows';

const prod = overlay('prod');
const dev = overlay('dev');
const render = (config = prod) => {
  const chart = new EdgeAuthChart(testApp(), 'edge-auth', config);
  return { chart, objects: synth(chart) };
};
const { chart, objects } = render();
const ofKind = (o: any[], kind: string) => o.filter((x) => x.kind === kind);
const middleware = (ns: string, name: string) => objects.find((o) => o.kind === 'Middleware' && o.metadata.namespace === ns && o.metadata.name === name);

describe('edge-auth', () => {
  test('snapshot (prod)', () => {
    expect(objects).toMatchSnapshot();
  });

  test('its own restricted namespace, wave applications (with the routes that use it)', () => {
    expect(chart.wave).toBe(Waves.APPLICATIONS);
    const ns = ofKind(objects, 'Namespace')[0];
    expect(ns.metadata.name).toBe('edge-auth');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  test('Oathkeeper: internal image, configured from the ConfigMap, HA in prod', () => {
    const [dep] = ofKind(objects, 'Deployment');
    const c = dep.spec.template.spec.containers[0];
    expect(c.image).toBe('192.168.2.2:5000/oryd/oathkeeper:v0.40.9');
    expect(c.args).toEqual(['serve', '--config', '/etc/oathkeeper/config.yaml']);
    expect(c.readinessProbe.httpGet.path).toBe('/health/ready');
    expect(c.ports).toEqual([{ name: 'http', containerPort: 4456 }, { name: 'metrics', containerPort: 9090 }]);
    expect(dep.spec.replicas).toBe(2);
    expect(ofKind(render(dev).objects, 'Deployment')[0].spec.replicas).toBe(1);
    expect(c.env).toBeUndefined();
    expect(ofKind(objects, 'VaultStaticSecret')).toHaveLength(0);
  });

  test('the JWT check: Keycloak\'s keys fetched in the cluster, the realm\'s public issuer, RS256', () => {
    const cm = ofKind(objects, 'ConfigMap')[0];
    const cfg = yaml.load(cm.data['config.yaml']) as any;
    expect(cfg).toEqual(oathkeeperConfig(prod));
    expect(cfg.authenticators.jwt.config).toMatchObject({
      jwks_urls: [KEYCLOAK_JWKS_URL], trusted_issuers: [keycloakIssuer(prod)], allowed_algorithms: ['RS256'],
    });
    expect(KEYCLOAK_JWKS_URL).toBe('http://keycloak-service.keycloak.svc.cluster.local:8080/realms/lumen/protocol/openid-connect/certs');
    expect(cfg.serve.api.port).toBe(4456);
    expect(JSON.stringify(cfg)).not.toMatch(/https?:\/\/(?!keycloak-service\.keycloak\.svc|auth\.airgap\.local)/);
  });

  test('every /api URL of both API hosts needs a JWT; nothing else has a rule (fail closed)', () => {
    const rules = yaml.load(ofKind(objects, 'ConfigMap')[0].data['access-rules.yaml']) as any[];
    expect(rules).toEqual(accessRules(prod));
    expect(rules.map((r) => r.match.url)).toEqual(['https://lumen.airgap.local/api/<**>', 'https://shop.airgap.local/api/<**>']);
    for (const r of rules) {
      expect(r.authenticators).toEqual([{ handler: 'jwt' }]);
      expect(r.mutators).toEqual([{ handler: 'header' }]);
    }
    expect(apiHost(prod, 'shop')).toBe('shop.airgap.local');
  });

  test('identity headers come from the token: subject, country, tenant, roles', () => {
    const headers = oathkeeperConfig(prod).mutators as any;
    expect(headers.header.config.headers).toEqual({
      'X-User-Id': '{{ print .Subject }}',
      'X-User-Country': '{{ with index .Extra "country" }}{{ . }}{{ end }}',
      'X-Tenant-Id': '{{ with index .Extra "tenant_id" }}{{ . }}{{ end }}',
      'X-User-Roles': '{{ with index .Extra "roles" }}{{ range $i, $r := . }}{{ if $i }},{{ end }}{{ $r }}{{ end }}{{ end }}',
    });
  });

  test('the realm puts country, tenant and roles into access tokens', () => {
    const frontend = lumenRealm(prod).clients!.find((c) => c.clientId === 'shop-frontend')!;
    const claims = frontend.protocolMappers!.filter((m) => m.config?.['access.token.claim'] === 'true').map((m) => m.config!['claim.name']);
    expect(claims).toEqual(expect.arrayContaining(['country', 'tenant_id', 'roles']));
  });

  test.each(API_NAMESPACES)('middlewares in %s: strip client identity headers, then forwardAuth; the chain is what routes name', (ns) => {
    expect(middleware(ns, EDGE_STRIP_MIDDLEWARE).spec).toEqual({
      headers: { customRequestHeaders: { 'X-User-Id': '', 'X-User-Country': '', 'X-Tenant-Id': '', 'X-User-Roles': '' } },
    });
    expect(middleware(ns, EDGE_JWT_MIDDLEWARE).spec).toEqual({
      forwardAuth: { address: OATHKEEPER_DECISIONS_URL, trustForwardHeader: false, authResponseHeaders: Object.values(IDENTITY_HEADERS) },
    });
    expect(OATHKEEPER_DECISIONS_URL).toBe('http://oathkeeper.edge-auth.svc.cluster.local:4456/decisions');
    expect(middleware(ns, EDGE_AUTH_MIDDLEWARE).spec).toEqual({ chain: { middlewares: [{ name: EDGE_STRIP_MIDDLEWARE }, { name: EDGE_JWT_MIDDLEWARE }] } });
  });

  test('flows: traefik → oathkeeper 4456, oathkeeper → keycloak 8080, prometheus → 9090; nothing else', () => {
    const me = 'edge-auth/app.kubernetes.io/instance=oathkeeper,app.kubernetes.io/name=oathkeeper';
    const kc = 'keycloak/app.kubernetes.io/instance=keycloak,app.kubernetes.io/managed-by=keycloak-operator';
    const flows = ofKind(objects, 'NetworkPolicy').filter((p) => !['default-deny-all', 'allow-dns-egress'].includes(p.metadata.name));
    expect(flows.map(flowSummary).sort()).toEqual([
      `egress ${me} → ${kc} 8080`,
      `egress traefik/app.kubernetes.io/name=traefik → ${me} 4456`,
      `ingress ${kc} ← ${me} 8080`,
      `ingress ${me} ← monitoring/app.kubernetes.io/name=prometheus 9090`,
      `ingress ${me} ← traefik/app.kubernetes.io/name=traefik 4456`,
    ].sort());
  });
});

/**
 * Contract: every claim the edge reads, against the realm as rendered (KeycloakRealmImport): a mapper on the
 * shop's client emits it into access tokens, a user-attribute mapper's attribute is declared in the realm's
 * user profile (Keycloak 24+ drops undeclared attributes: the claim would be silently empty), and the audience
 * the edge requires is the one the client's audience mapper adds.
 */
describe('JWT contract: Oathkeeper vs the realm', () => {
  const configMap = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'oathkeeper-config');
  const ok = yaml.load(configMap.data['config.yaml']) as any;
  const jwt = ok.authenticators.jwt.config;
  const headerTemplates: string[] = Object.values(ok.mutators.header.config.headers);
  const claimsRead = [...new Set(headerTemplates.flatMap((t) => [...t.matchAll(/index \.Extra "([^"]+)"/g)].map((m) => m[1])))];
  const realm = synth(new KeycloakChart(testApp(), 'keycloak', prod)).find((o) => o.kind === 'KeycloakRealmImport').spec.realm;
  const shopClient = realm.clients.find((c: any) => c.clientId === SHOP_FRONTEND_CLIENT_ID);
  const inAccessToken = (m: any) => m.config['access.token.claim'] === 'true';
  const profiles = realm.components[USER_PROFILE_PROVIDER];
  const profile = JSON.parse(profiles[0].config[USER_PROFILE_CONFIG_KEY][0]);
  const declared = new Map<string, any>(profile.attributes.map((a: any) => [a.name, a]));

  test('the edge reads the tenant, country and roles claims', () => {
    expect(claimsRead.sort()).toEqual([TOKEN_CLAIMS.country, TOKEN_CLAIMS.roles, TOKEN_CLAIMS.tenant].sort());
  });
  test('one declarative user profile in the realm', () => {
    expect(profiles).toHaveLength(1);
    expect(profiles[0].providerId).toBe('declarative-user-profile');
    expect(profile.unmanagedAttributePolicy).toBeUndefined();
  });
  test.each(claimsRead.map((c) => [c]))('claim %s: a mapper on the shop client puts it in access tokens', (claim) => {
    const mappers = shopClient.protocolMappers.filter((m: any) => m.config['claim.name'] === claim && inAccessToken(m));
    expect(mappers).toHaveLength(1);
    const m = mappers[0];
    if (m.protocolMapper !== 'oidc-usermodel-attribute-mapper') return;
    // The attribute exists in the user profile, only an admin sets it, and it is validated.
    const attr = declared.get(m.config['user.attribute']);
    expect(attr).toBeDefined();
    expect(attr.permissions.edit).toEqual(['admin']);
    expect(Object.keys(attr.validations).length).toBeGreaterThan(0);
  });
  test('Keycloak\'s own attributes stay declared (replacing the profile must not drop them)', () => {
    for (const name of ['username', 'email', 'firstName', 'lastName']) expect(declared.has(name)).toBe(true);
  });
  test('the audience the edge requires is exactly the one the shop client\'s audience mapper adds', () => {
    const audienceMappers = shopClient.protocolMappers.filter((m: any) => m.protocolMapper === 'oidc-audience-mapper' && inAccessToken(m));
    const mapped = audienceMappers.map((m: any) => m.config['included.client.audience'] ?? m.config['included.custom.audience']);
    expect(jwt.target_audience).toHaveLength(1);
    expect(mapped).toEqual(jwt.target_audience);
    // A client audience names a client of the realm (Keycloak resolves it by clientId).
    for (const m of audienceMappers) {
      const clientAudience = m.config['included.client.audience'];
      if (clientAudience) expect(realm.clients.map((c: any) => c.clientId)).toContain(clientAudience);
    }
  });
  test('the edge trusts the realm\'s issuer only', () => {
    expect(jwt.trusted_issuers).toEqual([keycloakIssuer(prod)]);
  });
});
