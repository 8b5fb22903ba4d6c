import * as yaml from 'js-yaml';
import {
  accessRules, API_NAMESPACES, apiHost, EDGE_AUTH_MIDDLEWARE, EDGE_JWT_MIDDLEWARE, EDGE_STRIP_MIDDLEWARE, EdgeAuthChart, IDENTITY_HEADERS,
  OATHKEEPER_DECISIONS_URL, oathkeeperConfig,
} from '../../src/charts/edge-auth';
import { KEYCLOAK_JWKS_URL, keycloakIssuer, lumenRealm } from '../../src/charts/keycloak';
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
