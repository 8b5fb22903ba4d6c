import { Chart } from 'cdk8s';
import { VAULT_ISSUER } from '../../src/charts/cert-manager';
import { LumenChart } from '../../src/constructs/lumen-chart';
import {
  CERTIFICATE_DURATION, CERTIFICATE_RENEW_BEFORE, matchRule, TlsRoute, TlsRouteProps, TRAEFIK_NAMESPACE, TRAEFIK_POD_LABELS,
} from '../../src/constructs/tls-route';
import { Wave, Waves } from '../../src/constructs/waves';
import { synth, testApp, testConfig } from '../support/fixtures';

const chart = (wave: Wave = Waves.APPLICATIONS) => new LumenChart(testApp(), 'routes', { config: testConfig(), wave, namespace: 'shop' });
const props = (extra: Partial<TlsRouteProps> = {}): TlsRouteProps => ({
  namespace: 'shop', host: 'shop.airgap.local', routes: [{ service: 'web', port: 80 }], ...extra,
});
const render = (p: TlsRouteProps, id = 'shop') => {
  const c = chart();
  const route = new TlsRoute(c, id, p);
  return { route, objects: synth(c) };
};
const ofKind = (objects: any[], kind: string) => objects.filter((o) => o.kind === kind);

describe('TlsRoute', () => {
  test('snapshot', () => {
    const { objects } = render(props({
      routes: [
        { service: 'web', port: 80, targetPort: 8080, podLabels: { app: 'web' } },
        { pathPrefix: '/api', service: 'api', port: 8080, podLabels: { app: 'api' }, middlewares: ['ratelimit', 'traefik-security-headers@kubernetescrd'] },
      ],
    }));
    expect(objects).toMatchSnapshot();
  });

  describe('certificate', () => {
    test('Vault issuer, 90 days, renewed 30 days before expiry, new ECDSA P-256 key each time', () => {
      const { route, objects } = render(props());
      const [cert] = ofKind(objects, 'Certificate');
      expect(cert.metadata).toMatchObject({ name: 'shop', namespace: 'shop' });
      expect(cert.spec).toEqual({
        secretName: 'shop-tls',
        dnsNames: ['shop.airgap.local'],
        duration: '2160h',
        renewBefore: '720h',
        privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
        issuerRef: { name: VAULT_ISSUER, kind: 'ClusterIssuer', group: 'cert-manager.io' },
      });
      expect(route.secretName).toBe('shop-tls');
      expect(route.host).toBe('shop.airgap.local');
      // renewBefore is 30 days, a third of the duration.
      expect(parseInt(CERTIFICATE_RENEW_BEFORE, 10) / 24).toBe(30);
      expect(parseInt(CERTIFICATE_DURATION, 10) / 24).toBe(90);
    });
    test('another ClusterIssuer when asked', () => {
      const [cert] = ofKind(render(props({ issuer: 'other-issuer' })).objects, 'Certificate');
      expect(cert.spec.issuerRef.name).toBe('other-issuer');
    });
  });

  describe('ingress route', () => {
    test('websecure only, TLS from the certificate secret', () => {
      const [ir] = ofKind(render(props()).objects, 'IngressRoute');
      expect(ir.metadata).toMatchObject({ name: 'shop', namespace: 'shop' });
      expect(ir.spec.entryPoints).toEqual(['websecure']);
      expect(ir.spec.tls).toEqual({ secretName: 'shop-tls' });
    });
    test('Host && PathPrefix, default prefix /', () => {
      const [ir] = ofKind(render(props()).objects, 'IngressRoute');
      expect(ir.spec.routes).toEqual([{ match: 'Host(`shop.airgap.local`) && PathPrefix(`/`)', services: [{ name: 'web', port: 80 }] }]);
    });
    test('extraMatch is ANDed in parentheses', () => {
      expect(matchRule('a.b.c', { pathPrefix: '/api', extraMatch: 'Header(`X-Api-Version`, `v2`)' }))
        .toBe('Host(`a.b.c`) && PathPrefix(`/api`) && (Header(`X-Api-Version`, `v2`))');
    });
    test('routes are ordered longest prefix first, whatever the input order', () => {
      const routes = [
        { service: 'web', port: 80 },
        { pathPrefix: '/api', service: 'api', port: 80 },
        { pathPrefix: '/api/v2', service: 'api2', port: 80 },
        { pathPrefix: '/api', service: 'api-v2', port: 80, extraMatch: 'Header(`X-Api-Version`, `v2`)' },
      ];
      const matches = (rs: typeof routes) => ofKind(render(props({ routes: rs })).objects, 'IngressRoute')[0].spec.routes.map((r: any) => r.services[0].name);
      expect(matches(routes)).toEqual(['api2', 'api', 'api-v2', 'web']);
      expect(matches([...routes].reverse())).toEqual(['api2', 'api', 'api-v2', 'web']);
    });
    test('middlewares keep their order (it is the chain order)', () => {
      const [ir] = ofKind(render(props({ routes: [{ service: 'web', port: 80, middlewares: ['b', 'a', 'traefik-compress@kubernetescrd'] }] })).objects, 'IngressRoute');
      expect(ir.spec.routes[0].middlewares).toEqual([{ name: 'b' }, { name: 'a' }, { name: 'traefik-compress@kubernetescrd' }]);
    });
  });

  describe('flows', () => {
    test('no NetworkPolicy without podLabels', () => {
      expect(ofKind(render(props()).objects, 'NetworkPolicy')).toEqual([]);
    });
    test('podLabels open traefik → pods on the target port, both sides', () => {
      const { objects } = render(props({ routes: [{ service: 'web', port: 80, targetPort: 8080, podLabels: { app: 'web' } }] }));
      const policies = ofKind(objects, 'NetworkPolicy');
      expect(policies.map((p) => `${p.metadata.namespace}/${p.metadata.name}`).sort())
        .toEqual(['shop/allow-traefik-shop-ingress', `${TRAEFIK_NAMESPACE}/allow-traefik-shop-egress`]);
      const egress = policies.find((p) => p.metadata.namespace === TRAEFIK_NAMESPACE);
      expect(egress.spec.podSelector).toEqual({ matchLabels: TRAEFIK_POD_LABELS });
      expect(egress.spec.egress).toEqual([{
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } }, podSelector: { matchLabels: { app: 'web' } } }],
        ports: [{ protocol: 'TCP', port: 8080 }],
      }]);
      const ingress = policies.find((p) => p.metadata.namespace === 'shop');
      expect(ingress.spec.podSelector).toEqual({ matchLabels: { app: 'web' } });
      expect(ingress.spec.ingress[0].from).toEqual([{
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': TRAEFIK_NAMESPACE } }, podSelector: { matchLabels: TRAEFIK_POD_LABELS },
      }]);
    });
    test('targetPort defaults to port', () => {
      const { objects } = render(props({ routes: [{ service: 'web', port: 8080, podLabels: { app: 'web' } }] }));
      const egress = ofKind(objects, 'NetworkPolicy').find((p) => p.spec.egress);
      expect(egress.spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 8080 }]);
    });
    test('one flow per service, named after it when there are several', () => {
      const { objects } = render(props({
        routes: [
          { service: 'web', port: 80, targetPort: 8080, podLabels: { app: 'web' } },
          { pathPrefix: '/static', service: 'web', port: 81, targetPort: 8081, podLabels: { app: 'web' } },
          { pathPrefix: '/api', service: 'api', port: 80, podLabels: { app: 'api' } },
          { pathPrefix: '/docs', service: 'docs', port: 80 },
        ],
      }), 'store');
      const names = ofKind(objects, 'NetworkPolicy').map((p) => p.metadata.name).sort();
      expect(names).toEqual([
        'allow-traefik-shop-store-api-egress', 'allow-traefik-shop-store-api-ingress',
        'allow-traefik-shop-store-web-egress', 'allow-traefik-shop-store-web-ingress',
      ]);
      const web = ofKind(objects, 'NetworkPolicy').find((p) => p.metadata.name === 'allow-traefik-shop-store-web-egress');
      expect(web.spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 8080 }, { protocol: 'TCP', port: 8081 }]);
    });
  });

  describe('throws if', () => {
    test.each([
      ['routes are empty', props({ routes: [] }), "'routes' must hold at least one backend, got none (route shop)"],
      ['the host is not a FQDN', props({ host: 'shop' }), `'host' must be a lower-case fully qualified domain name such as app.airgap.local, got "shop"`],
      ['the host has upper case', props({ host: 'Shop.airgap.local' }), "'host' must be a lower-case fully qualified domain name"],
      ['the host is an IP address', props({ host: '192.168.2.100' }), "'host' must be a lower-case fully qualified domain name"],
      ['the host is a wildcard', props({ host: '*.airgap.local' }), "'host' must be a lower-case fully qualified domain name"],
      ['a path is listed twice', props({ routes: [{ service: 'a', port: 80, pathPrefix: '/x' }, { service: 'b', port: 80, pathPrefix: '/x' }] }), `'routes' has pathPrefix "/x" twice (route shop)`],
      ['the default path is listed twice', props({ routes: [{ service: 'a', port: 80 }, { service: 'b', port: 80, pathPrefix: '/' }] }), `'routes' has pathPrefix "/" twice`],
      ['a path does not start with /', props({ routes: [{ service: 'a', port: 80, pathPrefix: 'api' }] }), `'pathPrefix' must start with / and hold URL path characters only, got "api" (route shop, routes[0])`],
      ['a path holds a backtick', props({ routes: [{ service: 'a', port: 80, pathPrefix: '/a`b' }] }), "'pathPrefix' must start with /"],
      ['a port is out of range', props({ routes: [{ service: 'a', port: 0 }] }), "'port' must be an integer 1..65535, got 0 (route shop, routes[0])"],
      ['a target port is out of range', props({ routes: [{ service: 'a', port: 80, targetPort: 70000 }] }), "'targetPort' must be an integer 1..65535, got 70000"],
      ['a service name is bad', props({ routes: [{ service: 'Web', port: 80 }] }), `'service' must be a Service name, got "Web"`],
      ['a middleware name is bad', props({ routes: [{ service: 'a', port: 80, middlewares: ['ns/name'] }] }), `'middlewares' must be Middleware names or <namespace>-<name>@kubernetescrd, got "ns/name"`],
      ['a middleware is listed twice', props({ routes: [{ service: 'a', port: 80, middlewares: ['a', 'a'] }] }), "'middlewares' lists a middleware twice"],
      ['extraMatch is blank', props({ routes: [{ service: 'a', port: 80, extraMatch: '  ' }] }), "'extraMatch' must not be empty when given"],
      ['podLabels are empty', props({ routes: [{ service: 'a', port: 80, podLabels: {} }] }), "'podLabels' must hold at least one label when given, got {}"],
      ['one service gets two label sets', props({ routes: [{ service: 'a', port: 80, podLabels: { x: '1' } }, { pathPrefix: '/b', service: 'a', port: 80, podLabels: { x: '2' } }] }), "'podLabels' of service a differ between routes"],
      ['the namespace is bad', props({ namespace: 'Shop' }), `'namespace' must be a DNS label, got "Shop"`],
    ])('%s', (_what, p, message) => {
      expect(() => new TlsRoute(chart(), 'shop', p)).toThrow(message);
    });
    test('the id is not a DNS label', () => {
      expect(() => new TlsRoute(chart(), 'Shop', props())).toThrow(`'id' must be a DNS label of at most 59 characters`);
    });
    test('the chart is in a wave before Traefik\'s CRDs exist', () => {
      expect(() => new TlsRoute(chart(Waves.DEPENDENCIES), 'shop', props()))
        .toThrow("TlsRoute shop needs Traefik's CRDs (wave 20): chart 'routes' is in wave 20; use wave DEPENDENCIES_CONFIG or later");
    });
  });

  test('the same path with different extra matches is allowed', () => {
    const { objects } = render(props({ routes: [{ service: 'v1', port: 80 }, { service: 'v2', port: 80, extraMatch: 'Header(`X-Api-Version`, `v2`)' }] }));
    expect(ofKind(objects, 'IngressRoute')[0].spec.routes).toHaveLength(2);
  });
  test('works in a plain chart too (no wave to check)', () => {
    const c = new Chart(testApp(), 'plain');
    expect(new TlsRoute(c, 'shop', props()).ingressRoute).toBeDefined();
  });
});
