import { ConfigError, parseOverlay } from '../../src/config/load';
import {
  checkAddresses, CONTROLLER_POD_LABELS, firstPoolAddress, MEMBERLIST_PORT, METALLB_NAMESPACE, METALLB_POOL, MetallbChart,
  MetallbConfigChart, metallbValues, SPEAKER_POD_LABELS, WEBHOOK_PORT,
} from '../../src/charts/metallb';
import { PSS_REASON_ANNOTATION } from '../../src/constructs/platform-namespace';
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
    ['metallb', MetallbChart],
    ['metallb-config', MetallbConfigChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    expect({ objects: synth(chart), helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values } }).toMatchSnapshot();
  });
});

describe('metallb', () => {
  const chart = () => new MetallbChart(testApp(), 'metallb', prod);

  test('pinned chart 0.16.1 (MetalLB v0.16.1) that installs the metallb CRDs, in wave core', () => {
    const c = chart();
    expect(c.helmRelease).toMatchObject({ chart: 'metallb', version: '0.16.1', crdModule: 'metallb' });
    expect(c.wave.number).toBe(10);
    expect(metallbValues(prod).images.map((i) => i.ref)).toEqual(['192.168.2.2:5000/metallb/controller:v0.16.1', '192.168.2.2:5000/metallb/speaker:v0.16.1']);
  });
  test('images come from the environment registry', () => {
    const { values } = metallbValues(dev);
    expect(values.controller.image).toEqual({ repository: 'k3d-registry.localhost:5000/metallb/controller', tag: 'v0.16.1' });
    expect(values.speaker.image).toEqual({ repository: 'k3d-registry.localhost:5000/metallb/speaker', tag: 'v0.16.1' });
  });
  test('L2 only: no FRR, no frr-k8s; memberlist on 7946', () => {
    const { values } = metallbValues(prod);
    expect(values.speaker.frr).toEqual({ enabled: false });
    expect(values.frrk8s).toEqual({ enabled: false });
    expect(values.speaker.memberlist).toEqual({ enabled: true, mlBindPort: 7946 });
  });
  test('resources and admission labels on both workloads', () => {
    const cfg = testConfig('components: { metallb: { resources: { requests: { cpu: 10m, memory: 32Mi }, limits: { cpu: 100m, memory: 64Mi } } } }\n');
    const { values } = metallbValues(cfg);
    expect(values.controller.resources.limits).toEqual({ cpu: '100m', memory: '64Mi' });
    expect(values.speaker.resources.requests).toEqual({ cpu: '10m', memory: '32Mi' });
    expect(values.controller.labels).toEqual({ app: 'metallb-controller', tier: 'platform' });
    expect(values.speaker.labels).toEqual({ app: 'metallb-speaker', tier: 'platform' });
  });
  test('the namespace is privileged, with the reason', () => {
    const ns = synth(chart()).find((o) => o.kind === 'Namespace');
    expect(ns.metadata.name).toBe(METALLB_NAMESPACE);
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(ns.metadata.annotations[PSS_REASON_ANNOTATION]).toMatch(/host network.*NET_RAW/);
  });
  test('flows: API server both ways (watch, webhook) and memberlist between speakers', () => {
    const policies = Object.fromEntries(synth(chart()).filter((o) => o.kind === 'NetworkPolicy').map((p) => [p.metadata.name, p.spec]));
    expect(Object.keys(policies).sort()).toEqual([
      'allow-dns-egress', 'allow-egress-apiserver', 'allow-ingress-webhook-from-apiserver',
      'allow-memberlist-egress', 'allow-memberlist-ingress', 'default-deny-all',
    ]);
    expect(policies['allow-egress-apiserver'].egress).toEqual([{ to: [{ ipBlock: { cidr: '192.168.2.2/32' } }], ports: [{ protocol: 'TCP', port: 6443 }, { protocol: 'TCP', port: 443 }] }]);
    expect(policies['allow-ingress-webhook-from-apiserver']).toEqual({
      podSelector: { matchLabels: CONTROLLER_POD_LABELS }, policyTypes: ['Ingress'],
      ingress: [{ from: [{ ipBlock: { cidr: '192.168.2.2/32' } }, { ipBlock: { cidr: '10.42.0.0/16' } }], ports: [{ protocol: 'TCP', port: WEBHOOK_PORT }] }],
    });
    const memberlist = [{ protocol: 'TCP', port: MEMBERLIST_PORT }, { protocol: 'UDP', port: MEMBERLIST_PORT }];
    expect(policies['allow-memberlist-ingress'].podSelector).toEqual({ matchLabels: SPEAKER_POD_LABELS });
    expect(policies['allow-memberlist-ingress'].ingress[0].ports).toEqual(memberlist);
    expect(policies['allow-memberlist-egress'].egress[0].ports).toEqual(memberlist);
  });
});

describe('metallb-config', () => {
  const pool = (cfg = prod) => synth(new MetallbConfigChart(testApp(), 'metallb-config', cfg));

  test('one pool per environment, announced in L2, one wave after the CRDs', () => {
    const objects = pool();
    const ipPool = objects.find((o) => o.kind === 'IPAddressPool');
    expect(ipPool.metadata).toMatchObject({ name: METALLB_POOL, namespace: METALLB_NAMESPACE });
    expect(ipPool.spec).toEqual({ addresses: ['192.168.2.100-192.168.2.120'], autoAssign: true, avoidBuggyIPs: true });
    const l2 = objects.find((o) => o.kind === 'L2Advertisement');
    expect(l2.spec).toEqual({ ipAddressPools: [METALLB_POOL] });
    expect(new MetallbConfigChart(testApp(), 'metallb-config', prod).wave.number).toBe(15);
  });
  test('per environment: prod on the lumen LAN, dev on the k3d docker network', () => {
    expect(pool(prod).find((o) => o.kind === 'IPAddressPool').spec.addresses).toEqual(['192.168.2.100-192.168.2.120']);
    expect(pool(dev).find((o) => o.kind === 'IPAddressPool').spec.addresses).toEqual(['172.18.255.200-172.18.255.220']);
    expect(pool(overlay('staging')).find((o) => o.kind === 'IPAddressPool').spec.addresses).toEqual(['192.168.3.100-192.168.3.110']);
  });
  test('the schema default is the lumen pool', () => {
    expect(testConfig().components.metallb.addresses).toEqual(['192.168.2.100-192.168.2.120']);
  });
});

describe('addresses', () => {
  test('first usable address of the pool', () => {
    expect(firstPoolAddress(['192.168.2.100-192.168.2.120'])).toBe('192.168.2.100');
    expect(firstPoolAddress(['10.0.0.0/24'])).toBe('10.0.0.1');
    expect(firstPoolAddress(['10.0.0.255-10.0.1.5'])).toBe('10.0.1.1');
    expect(firstPoolAddress(['10.0.0.7/32', '10.0.1.0/24'])).toBe('10.0.0.7');
  });
  test('throws if the pool has no usable address', () => {
    expect(() => firstPoolAddress(['10.0.0.255/32'])).toThrow("'addresses' must hold at least one usable address");
  });
  test.each([
    [['192.168.2.120-192.168.2.100'], `'addresses' range "192.168.2.120-192.168.2.100" starts after it ends`],
    [['10.0.0.0/24', '10.0.0.100-10.0.0.110'], `'addresses' ranges "10.0.0.0/24" and "10.0.0.100-10.0.0.110" overlap`],
    [['nope'], `'addresses' must be IPv4 ranges (a.b.c.d-e.f.g.h) or CIDRs, got "nope"`],
    [[], "'addresses' must hold at least one range, got none"],
  ])('checkAddresses throws if %j', (addresses, message) => {
    expect(() => checkAddresses(addresses)).toThrow(message);
  });
  test('the overlay is checked the same way, naming file and key', () => {
    expect(errorOf('components: { metallb: { addresses: [192.168.2.120-192.168.2.100] } }\n'))
      .toBe('overlays/bad.yaml: components.metallb.addresses.0: expected a range whose first address is not after its last, found string "192.168.2.120-192.168.2.100"');
    expect(errorOf('components: { metallb: { addresses: [10.0.0.0/24, 10.0.0.5-10.0.0.9] } }\n'))
      .toContain('components.metallb.addresses: expected ranges that do not overlap');
    expect(errorOf('components: { metallb: { addresses: [] } }\n')).toContain('components.metallb.addresses: expected at least 1 item(s)');
    expect(errorOf('components: { metallb: { addresses: [192.168.2.300-192.168.2.301] } }\n')).toContain('components.metallb.addresses.0: expected an IPv4 range');
  });
});
