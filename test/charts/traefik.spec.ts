import { ConfigError, parseOverlay } from '../../src/config/load';
import {
  COMPRESS_MIDDLEWARE, DEFAULT_TLS_OPTION, SECURITY_HEADERS_MIDDLEWARE, TRAEFIK_NAMESPACE, TRAEFIK_POD_LABELS, TraefikChart,
  TraefikConfigChart, traefikLoadBalancerIP, traefikValues, WEB_PORT, WEBSECURE_PORT,
} from '../../src/charts/traefik';
import { METALLB_IPS_ANNOTATION } from '../../src/charts/metallb';
import { MINIMAL_OVERLAY, overlay, synth, testApp, testConfig } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');
const errorOf = (extra: string): string => {
  try {
    parseOverlay(MINIMAL_OVERLAY + extra, 'overlays/bad.yaml', 'bad');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('snapshots (prod)', () => {
  test.each([
    ['traefik', TraefikChart],
    ['traefik-config', TraefikConfigChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    expect({ objects: synth(chart), helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values } }).toMatchSnapshot();
  });
});

describe('traefik', () => {
  const values = (cfg = prod) => traefikValues(cfg).values;

  test('pinned chart 41.3.0 (Traefik v3.7.11) that installs the traefik CRDs, in wave dependencies', () => {
    const c = new TraefikChart(testApp(), 'traefik', prod);
    expect(c.helmRelease).toMatchObject({ chart: 'traefik', version: '41.3.0', crdModule: 'traefik' });
    expect(c.wave.number).toBe(20);
    expect(traefikValues(prod).images.map((i) => i.ref)).toEqual(['192.168.2.2:5000/library/traefik:v3.7.11']);
  });
  test('the image comes from the environment registry', () => {
    expect(values(dev).image).toEqual({ registry: 'k3d-registry.localhost:5000', repository: 'library/traefik', tag: 'v3.7.11' });
  });
  test('a DaemonSet with the admission labels on workload and pods', () => {
    expect(values().deployment).toEqual({ kind: 'DaemonSet', labels: { app: 'traefik', tier: 'platform' }, podLabels: { app: 'traefik', tier: 'platform' } });
  });
  test(':80 redirects permanently to :443', () => {
    const { ports } = values();
    expect(ports.web).toMatchObject({ port: WEB_PORT, exposedPort: 80 });
    expect(ports.web.http.redirections).toEqual({ entryPoint: { to: 'websecure', scheme: 'https', permanent: true } });
    expect(ports.websecure).toMatchObject({ port: WEBSECURE_PORT, exposedPort: 443, http: { tls: { enabled: true } } });
  });
  test('IngressRoutes only; no dashboard; no phoning home', () => {
    const v = values();
    expect(v.providers.kubernetesCRD).toMatchObject({ enabled: true, allowCrossNamespace: false });
    expect(v.providers.kubernetesIngress.enabled).toBe(false);
    expect(v.ingressRoute.dashboard.enabled).toBe(false);
    expect(v.api.dashboard).toBe(false);
    expect(v.global).toEqual({ checkNewVersion: false, sendAnonymousUsage: false });
  });
  test('restricted security context', () => {
    const v = values();
    expect(v.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(v.podSecurityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    const ns = synth(new TraefikChart(testApp(), 'traefik', prod)).find((o) => o.kind === 'Namespace');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });
  test('resources come from the overlay', () => {
    const cfg = testConfig('components: { traefik: { resources: { requests: { cpu: 200m, memory: 128Mi }, limits: { cpu: "1", memory: 512Mi } } } }\n');
    expect(values(cfg).resources).toEqual({ requests: { cpu: '200m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } });
  });

  describe('LoadBalancer address', () => {
    test('per environment: the first address of the MetalLB pool', () => {
      expect(values(prod).service).toEqual({ spec: { type: 'LoadBalancer' }, annotations: { [METALLB_IPS_ANNOTATION]: '192.168.2.100' } });
      expect(values(dev).service.annotations[METALLB_IPS_ANNOTATION]).toBe('172.18.255.200');
      expect(values(overlay('staging')).service.annotations[METALLB_IPS_ANNOTATION]).toBe('192.168.3.100');
    });
    test('the overlay may choose another address of the pool', () => {
      const cfg = testConfig('components: { traefik: { loadBalancerIP: 192.168.2.110 } }\n');
      expect(traefikLoadBalancerIP(cfg)).toBe('192.168.2.110');
    });
    test('throws if the overlay address is outside the pool', () => {
      expect(errorOf('components: { traefik: { loadBalancerIP: 10.9.9.9 } }\n'))
        .toBe('overlays/bad.yaml: components.traefik.loadBalancerIP: expected an address inside components.metallb.addresses, found string "10.9.9.9"');
    });
    test('throws if the overlay address is not an IPv4 address', () => {
      expect(errorOf('components: { traefik: { loadBalancerIP: 192.168.2.300 } }\n'))
        .toContain('components.traefik.loadBalancerIP: expected an IPv4 address such as 192.168.2.100, found string "192.168.2.300"');
    });
    test('throws if the address is one MetalLB never hands out', () => {
      const cfg = testConfig('components: { metallb: { addresses: [10.0.0.0/24] }, traefik: { loadBalancerIP: 10.0.0.255 } }\n');
      expect(() => traefikLoadBalancerIP(cfg)).toThrow("'components.traefik.loadBalancerIP' must not end in .0 or .255");
    });
  });

  test('flows: in from anywhere on the web ports, out to the API server', () => {
    const policies = Object.fromEntries(synth(new TraefikChart(testApp(), 'traefik', prod))
      .filter((o) => o.kind === 'NetworkPolicy').map((p) => [p.metadata.name, p.spec]));
    expect(Object.keys(policies).sort()).toEqual(['allow-dns-egress', 'allow-egress-apiserver', 'allow-ingress-prometheus', 'allow-ingress-web', 'default-deny-all']);
    // Prometheus scrapes the metrics entry point (the chart's ServiceMonitor).
    expect(policies['allow-ingress-prometheus'].ingress[0].ports).toEqual([{ protocol: 'TCP', port: 9100 }]);
    expect(policies['allow-ingress-web']).toEqual({
      podSelector: { matchLabels: TRAEFIK_POD_LABELS }, policyTypes: ['Ingress'],
      ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ protocol: 'TCP', port: 8000 }, { protocol: 'TCP', port: 8443 }] }],
    });
    expect(policies['allow-egress-apiserver'].egress).toEqual([{ to: [{ ipBlock: { cidr: '192.168.2.2/32' } }], ports: [{ protocol: 'TCP', port: 6443 }, { protocol: 'TCP', port: 443 }] }]);
  });
});

describe('traefik-config', () => {
  const objects = (cfg = prod) => synth(new TraefikConfigChart(testApp(), 'traefik-config', cfg));

  test('a wave after the CRDs', () => {
    expect(new TraefikConfigChart(testApp(), 'traefik-config', prod).wave.number).toBe(25);
  });
  test('the default TLSOption: TLS 1.2 at least, strict SNI', () => {
    const tls = objects().find((o) => o.kind === 'TLSOption');
    expect(tls.metadata).toMatchObject({ name: DEFAULT_TLS_OPTION, namespace: TRAEFIK_NAMESPACE });
    expect(tls.spec.minVersion).toBe('VersionTLS12');
    expect(tls.spec.sniStrict).toBe(true);
    expect(tls.spec.cipherSuites.every((c: string) => /^TLS_ECDHE_.*(GCM|CHACHA20)/.test(c))).toBe(true);
  });
  test('every route gets the shared middlewares through the websecure entry point (no cross-namespace references)', () => {
    expect(traefikValues(prod).values.ports.websecure.http.middlewares).toEqual([SECURITY_HEADERS_MIDDLEWARE, COMPRESS_MIDDLEWARE]);
  });
  test('shared middlewares exist under the names the entry point uses', () => {
    const names = objects().filter((o) => o.kind === 'Middleware').map((m) => `${m.metadata.namespace}-${m.metadata.name}@kubernetescrd`).sort();
    expect(names).toEqual([COMPRESS_MIDDLEWARE, SECURITY_HEADERS_MIDDLEWARE].sort());
    const headers = objects().find((o) => o.kind === 'Middleware' && o.metadata.name === 'security-headers');
    expect(headers.spec.headers).toMatchObject({ stsSeconds: 31536000, contentTypeNosniff: true, frameDeny: true });
  });
  test('Argo CD UI at argocd.<baseDomain>, per environment', () => {
    for (const [cfg, host] of [[prod, 'argocd.airgap.local'], [dev, 'argocd.dev.lumen.localhost']] as const) {
      const all = objects(cfg);
      const route = all.find((o) => o.kind === 'IngressRoute');
      expect(route.metadata).toMatchObject({ name: 'argocd', namespace: 'argocd' });
      expect(route.spec.routes).toEqual([{
        match: `Host(\`${host}\`) && PathPrefix(\`/\`)`,
        services: [{ name: 'argocd-server', port: 80 }],
      }]);
      expect(all.find((o) => o.kind === 'Certificate').spec.dnsNames).toEqual([host]);
    }
  });
  test('traefik reaches argocd-server pods on 8080 (what the argocd chart admits)', () => {
    const egress = objects().find((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === TRAEFIK_NAMESPACE);
    expect(egress.metadata.name).toBe('allow-traefik-argocd-egress');
    expect(egress.spec.egress[0]).toEqual({
      to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'argocd' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'argocd-server' } } }],
      ports: [{ protocol: 'TCP', port: 8080 }],
    });
  });
  test('no Argo CD route when Argo CD or cert-manager is disabled', () => {
    expect(objects(testConfig('components: { argocd: { enabled: false } }\n')).some((o) => o.kind === 'IngressRoute')).toBe(false);
    expect(objects(testConfig('components: { certManager: { enabled: false } }\n')).some((o) => o.kind === 'Certificate')).toBe(false);
  });
});
