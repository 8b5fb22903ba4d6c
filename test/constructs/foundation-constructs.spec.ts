import { HelmRelease } from '../../src/constructs/helm-release';
import { internalImage } from '../../src/constructs/images';
import { LumenChart } from '../../src/constructs/lumen-chart';
import { NetworkFlow } from '../../src/constructs/network-flow';
import { PlatformNamespace } from '../../src/constructs/platform-namespace';
import { Wave, Waves } from '../../src/constructs/waves';
import { synth, testApp, testConfig } from '../support/fixtures';

const chart = (ns?: string) => new LumenChart(testApp(), 'test', { config: testConfig(), wave: Waves.CORE, namespace: ns });

describe('Wave', () => {
  test('folder and annotation', () => {
    expect(Waves.CORE_CONFIG.folder).toBe('15-core-config');
    expect(Waves.FOUNDATION.annotation).toBe('0');
  });
  test('waves are strictly ordered as the seed says', () => {
    const numbers = Object.values(Waves).map((w) => w.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });
  test('throws if the number is out of range', () => {
    expect(() => new Wave(100, 'x')).toThrow("'number' must be an integer 0..99, got 100");
  });
});

describe('images', () => {
  test('builds the internal reference', () => {
    expect(internalImage('192.168.2.2:5000', 'jetstack/x', 'v1').ref).toBe('192.168.2.2:5000/jetstack/x:v1');
  });
  test.each([
    ['latest', "'tag' must be pinned"],
    ['bad tag!', "'tag' must match"],
  ])('throws if tag is %s', (tag, msg) => {
    expect(() => internalImage('r:5000', 'a/b', tag)).toThrow(msg);
  });
  test('throws if the registry is public', () => {
    expect(() => internalImage('docker.io', 'a/b', '1')).toThrow("'registry' must be the internal registry, got public \"docker.io\"");
  });
  test('throws if the repository is not a path', () => {
    expect(() => internalImage('r:5000', 'Bad/Repo', '1')).toThrow("'repository' must be an image path");
  });
});

describe('LumenChart', () => {
  test('folder is <NN-wave>/<app> and objects get the standard labels', () => {
    const c = chart('ns');
    new PlatformNamespace(c, 'ns');
    expect(c.folder).toBe('10-core/test');
    const ns = synth(c).find((o) => o.kind === 'Namespace');
    expect(ns.metadata.labels).toMatchObject({ 'app.kubernetes.io/name': 'ns', 'app.kubernetes.io/part-of': 'lumen', 'app.kubernetes.io/managed-by': 'cdk8s' });
  });
  test('throws if the id is not a DNS label', () => {
    expect(() => new LumenChart(testApp(), 'Bad_Name', { config: testConfig(), wave: Waves.CORE })).toThrow("'id' must be a DNS label");
  });
  test('instanceof tells our charts apart from plain cdk8s charts', () => {
    const c = chart();
    expect(c instanceof LumenChart).toBe(true);
    expect(new (require('cdk8s').Chart)(testApp(), 'plain') instanceof LumenChart).toBe(false);
  });
});

describe('PlatformNamespace', () => {
  test('restricted by default, with default deny and DNS allowed', () => {
    const c = chart();
    new PlatformNamespace(c, 'lumen');
    const out = synth(c);
    const ns = out.find((o) => o.kind === 'Namespace');
    for (const mode of ['enforce', 'audit', 'warn']) expect(ns.metadata.labels[`pod-security.kubernetes.io/${mode}`]).toBe('restricted');
    const deny = out.find((o) => o.metadata.name === 'default-deny-all');
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    const dns = out.find((o) => o.metadata.name === 'allow-dns-egress');
    expect(dns.spec.egress[0].ports).toEqual([{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }]);
  });
  test('privileged needs a reason, recorded as an annotation', () => {
    expect(() => new PlatformNamespace(chart(), 'falco', { podSecurity: 'privileged' }))
      .toThrow("'podSecurityReason' is required when 'podSecurity' is \"privileged\" (namespace falco)");
    const c = chart();
    new PlatformNamespace(c, 'falco', { podSecurity: 'privileged', podSecurityReason: 'eBPF node agent' });
    const ns = synth(c).find((o) => o.kind === 'Namespace');
    expect(ns.metadata.annotations['lumen.dev/pod-security-reason']).toBe('eBPF node agent');
  });
  test('extra labels; without kubernetes.io/metadata.name for a namespace renamed at deploy time (previews)', () => {
    const c = chart();
    new PlatformNamespace(c, 'pr-preview', { labels: { 'lumen.dev/preview': 'true' }, metadataNameLabel: false });
    const ns = synth(c).find((o) => o.kind === 'Namespace');
    expect(ns.metadata.labels['lumen.dev/preview']).toBe('true');
    expect(ns.metadata.labels['kubernetes.io/metadata.name']).toBeUndefined();
    const plain = chart();
    new PlatformNamespace(plain, 'lumen');
    expect(synth(plain).find((o) => o.kind === 'Namespace').metadata.labels['kubernetes.io/metadata.name']).toBe('lumen');
  });
  test('defaultDeny: false renders the namespace alone', () => {
    const c = chart();
    new PlatformNamespace(c, 'x', { defaultDeny: false });
    expect(synth(c).map((o) => o.kind)).toEqual(['Namespace']);
  });
});

describe('NetworkFlow', () => {
  test('ingress from pods of a namespace on a port', () => {
    const c = chart('lumen');
    new NetworkFlow(c, 'allow-traefik', { namespace: 'lumen', podLabels: { app: 'api' }, direction: 'ingress', peers: [{ namespace: 'traefik' }], ports: [{ port: 8080 }] });
    const np = synth(c)[0];
    expect(np.spec).toEqual({
      podSelector: { matchLabels: { app: 'api' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'traefik' } } }], ports: [{ protocol: 'TCP', port: 8080 }] }],
    });
  });
  test('sameNamespace peers select pods only (no namespace name: it survives a rename); namespaceLabels select namespaces by label', () => {
    const c = chart('lumen');
    new NetworkFlow(c, 'allow-same', { namespace: 'lumen', podLabels: { app: 'db' }, direction: 'ingress', peers: [{ sameNamespace: true, podLabels: { app: 'api' } }], ports: [{ port: 5432 }] });
    new NetworkFlow(c, 'allow-previews', { namespace: 'lumen', direction: 'egress', peers: [{ namespaceLabels: { 'lumen.dev/preview': 'true' }, podLabels: { app: 'x' } }], ports: [{ port: 80 }] });
    const [previews, same] = synth(c);
    expect(same.spec.ingress[0].from).toEqual([{ podSelector: { matchLabels: { app: 'api' } } }]);
    expect(previews.spec.egress[0].to).toEqual([{ namespaceSelector: { matchLabels: { 'lumen.dev/preview': 'true' } }, podSelector: { matchLabels: { app: 'x' } } }]);
  });
  test('throws if namespaceLabels is empty', () => {
    expect(() => new NetworkFlow(chart(), 'x', { namespace: 'n', direction: 'egress', peers: [{ namespaceLabels: {} }], ports: [{ port: 80 }] }))
      .toThrow("'namespaceLabels' must name at least one label, got none");
  });
  test('throws if a port is out of range', () => {
    expect(() => new NetworkFlow(chart(), 'x', { namespace: 'n', direction: 'egress', peers: [{ namespace: 'a' }], ports: [{ port: 0 }] }))
      .toThrow("'ports' must be 1..65535, got 0 (flow x)");
  });
});

describe('HelmRelease', () => {
  const img = internalImage('r:5000', 'org/app', '1.0.0');
  test('registers itself as the chart\'s vendor chart, released under the application\'s name into its namespace', () => {
    const c = chart('apps');
    const r = new HelmRelease(c, 'R', { chart: 'app', version: '1.0.0', values: { image: img.ref } });
    expect(c.helmRelease).toBe(r);
    expect(r.releaseName).toBe('test');
    expect(r.namespace).toBe(c.namespace);
    expect([r.volatile, r.configSecrets, r.inertUrls]).toEqual([[], [], []]);
  });
  test('throws if the version is a range', () => {
    expect(() => new HelmRelease(chart('apps'), 'R', { chart: 'app', version: '^1.0.0', values: {} }))
      .toThrow("'version' must be an exact semantic version, got \"^1.0.0\"");
  });
  test('throws if there is no namespace to release into', () => {
    const c = new LumenChart(testApp(), 'bare', { config: testConfig(), wave: Waves.CORE });
    expect(() => new HelmRelease(c, 'R', { chart: 'app', version: '1.0.0', values: {} }))
      .toThrow("'namespace' is needed for chart 'app': application 'bare' has no namespace to release it into");
  });
  test('throws if an exemption has no reason', () => {
    expect(() => new HelmRelease(chart('apps'), 'R', { chart: 'app', version: '1.0.0', values: {}, configSecrets: [{ name: 's', reason: ' ' }] }))
      .toThrow("'configSecrets': s needs a reason");
    expect(() => new HelmRelease(chart('apps'), 'R', { chart: 'app', version: '1.0.0', values: {}, volatile: [{ kind: 'Pod', name: 'p', path: 'a.b', value: 'x', reason: '' }] }))
      .toThrow("'volatile': Pod p a.b needs a reason");
    expect(() => new HelmRelease(chart('apps'), 'R', { chart: 'app', version: '1.0.0', values: {}, inertUrls: [{ object: 'Secret/s', url: 'https://x', reason: '' }] }))
      .toThrow("'inertUrls': https://x needs a reason");
  });
  test('throws if a second chart is added to one application', () => {
    const c = chart('apps');
    new HelmRelease(c, 'A', { chart: 'a', version: '1.0.0', values: {} });
    expect(() => new HelmRelease(c, 'B', { chart: 'b', version: '1.0.0', values: {} })).toThrow('one vendor chart per application');
  });
});
