import * as yaml from 'js-yaml';
import { ApiObject } from 'cdk8s';
import { HelmRelease } from '../../src/constructs/helm-release';
import { internalImage } from '../../src/constructs/images';
import { LumenChart } from '../../src/constructs/lumen-chart';
import { Microservice } from '../../src/constructs/microservice';
import { Waves } from '../../src/constructs/waves';
import { environmentCharts, environmentImages, upstreamImage, imageRefsIn, INVENTORY_FILES, isImageRef, k3sConfigYaml, MIRRORED_REGISTRIES, registriesYaml } from '../../src/synth/inventory';
import { readLock } from '../../src/helm/lock';
import { renderApp } from '../../src/synth/render';
import { ENVS, overlay, ROOT, testApp, testConfig } from '../support/fixtures';
import { committedTree, parsed } from '../support/dist';

const resources = { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } };

describe('image references', () => {
  test.each([
    ['192.168.2.2:5000/lumen/lumen-api:1.3.0', true],
    ['registry.local/a/b@sha256:' + 'a'.repeat(64), true],
    ['localhost/a:1', true],
    ['192.168.2.2:5000/lumen/lumen-api', false], // no tag
    ['lumen/lumen-api:1.0', false], // no registry host
    ['http://gitea:3000/x', false],
    ['gitea-http.gitea.svc.cluster.local:3000/api/packages/lumen/helm', false],
  ])('%s → %s', (s, expected) => expect(isImageRef(s)).toBe(expected));

  test('finds full references and {registry, repository, tag} maps anywhere', () => {
    expect(imageRefsIn({
      a: { image: { repository: 'r:5000/x/y', tag: 'v1' } },
      b: [{ image: 'r:5000/z:2' }],
      c: { registry: 'r:5000', repository: 'q/w', tag: '3' },
      d: { repository: 'no-host', tag: '1' },
    })).toEqual(['r:5000/q/w:3', 'r:5000/x/y:v1', 'r:5000/z:2']);
  });
});

describe('environment inventory (unit)', () => {
  const config = testConfig();
  const build = () => {
    const app = testApp();
    const chart = new LumenChart(app, 'svc', { config, wave: Waves.APPLICATIONS, namespace: 'lumen' });
    new Microservice(chart, 'api', { namespace: 'lumen', image: internalImage(config.registry.host, 'lumen/api', '1.0.0'), resources });
    const vendor = new LumenChart(app, 'vendor', { config, wave: Waves.CORE, namespace: 'vendor' });
    // A rendered vendor workload (what src/helm/ adds to the objects), and an operator naming an image in its environment.
    new ApiObject(vendor, 'Controller', {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'controller' },
      spec: { template: { spec: {
        initContainers: [{ name: 'init', image: `${config.registry.host}/library/busybox:1.37` }],
        containers: [{ name: 'c', image: `${config.registry.host}/jetstack/controller:v2`, env: [{ name: 'SIDECAR_IMAGE', value: `${config.registry.host}/jetstack/sidecar:v9` }] }],
      } } },
    });
    // A custom resource naming an image (e.g. a database cluster's imageName).
    new ApiObject(vendor, 'Db', { apiVersion: 'example.com/v1', kind: 'Db', metadata: { name: 'db' }, spec: { imageName: `${config.registry.host}/cloudnative-pg/postgresql:16` } });
    return { charts: [chart, vendor], objects: renderApp(app) };
  };

  test('images.txt: every container and init container, images named in environment variables and custom resources, each with its upstream', () => {
    const { charts, objects } = build();
    expect(environmentImages(config, charts, objects)).toEqual([
      '10.0.0.1:5000/cloudnative-pg/postgresql:16  ghcr.io/cloudnative-pg/postgresql:16',
      '10.0.0.1:5000/jetstack/controller:v2  quay.io/jetstack/controller:v2',
      '10.0.0.1:5000/jetstack/sidecar:v9  quay.io/jetstack/sidecar:v9',
      '10.0.0.1:5000/library/busybox:1.37  docker.io/library/busybox:1.37',
      '10.0.0.1:5000/lumen/api:1.0.0  built',
    ]);
  });

  test('throws if an image has no known upstream (the connected zone could not fetch it)', () => {
    expect(() => upstreamImage(config, `${config.registry.host}/nobody/thing:1`))
      .toThrow('images.txt: no upstream registry known for 10.0.0.1:5000/nobody/thing:1: add its first path segment to UPSTREAM_REGISTRIES (src/synth/inventory.ts)');
    expect(() => upstreamImage(config, 'docker.io/library/redis:7')).toThrow('is not in the internal registry');
  });

  test('charts.txt: chart, version, upstream repository and sha256, from charts/lock.yaml', () => {
    const app = testApp();
    const vendor = new LumenChart(app, 'vendor', { config, wave: Waves.CORE, namespace: 'vendor' });
    new HelmRelease(vendor, 'Release', { chart: 'vendor', version: '2.0.0', values: {} });
    const lock = { charts: [{ name: 'vendor', version: '2.0.0', repository: 'https://charts.example', sha256: 'a'.repeat(64) }, { name: 'unused', version: '1.0.0', repository: 'https://x', sha256: 'b'.repeat(64) }] };
    expect(environmentCharts([vendor], lock)).toEqual([`vendor 2.0.0 https://charts.example sha256:${'a'.repeat(64)}`]);
  });
});

describe('registries.yaml', () => {
  const withRegistry = (host: string, insecure: boolean) => ({ ...testConfig(), registry: { host, insecure } });

  test('mirrors every public registry, and the internal one itself, to the internal registry over http when insecure', () => {
    const doc = yaml.load(registriesYaml(withRegistry('10.0.0.1:5000', true))) as any;
    expect(Object.keys(doc.mirrors)).toEqual([...MIRRORED_REGISTRIES, '10.0.0.1:5000']);
    for (const m of Object.values(doc.mirrors) as any[]) expect(m).toEqual({ endpoint: ['http://10.0.0.1:5000'] });
  });

  test('https when the registry is not insecure', () => {
    const doc = yaml.load(registriesYaml(withRegistry('registry.lumen.local', false))) as any;
    expect(doc.mirrors['docker.io'].endpoint).toEqual(['https://registry.lumen.local']);
  });

  test('a registry with a path prefix becomes an endpoint plus a rewrite', () => {
    const doc = yaml.load(registriesYaml(withRegistry('harbor.lumen.local/lumen', false))) as any;
    expect(doc.mirrors['quay.io']).toEqual({ endpoint: ['https://harbor.lumen.local'], rewrite: { '^(.*)$': 'lumen/$1' } });
    expect(doc.mirrors['harbor.lumen.local']).toBeDefined();
  });
});

describe('k3s-config.yaml', () => {
  test('K3s\' Traefik and ServiceLB off; pod and Service CIDRs, flannel VXLAN and the API port from the overlay', () => {
    const config = testConfig();
    const doc = yaml.load(k3sConfigYaml({ ...config, cluster: { ...config.cluster, podCidr: '10.52.0.0/16', serviceCidr: '10.53.0.0/16', apiServer: { cidrs: ['10.0.0.1/32'], port: 7443 } } })) as any;
    expect(doc).toEqual({
      disable: ['traefik', 'servicelb'], 'cluster-cidr': '10.52.0.0/16', 'service-cidr': '10.53.0.0/16', 'flannel-backend': 'vxlan', 'https-listen-port': 7443,
    });
  });
  test('k3d gets a hint for --k3s-arg; both name the target file', () => {
    const config = testConfig();
    expect(k3sConfigYaml(config)).toContain('/etc/rancher/k3s/config.yaml');
    expect(k3sConfigYaml(config)).not.toContain('k3d');
    expect(k3sConfigYaml({ ...config, cluster: { ...config.cluster, distribution: 'k3d' } })).toContain('--k3s-arg "--disable=traefik@server:*"');
  });
});

// The committed dist/ (test/synth/environment.spec.ts proves it is exactly what synth writes): no render here.
describe.each(ENVS)('inventory of dist/%s', (env) => {
  const config = overlay(env);
  const out = { files: committedTree(env) };
  const listed = new Set((out.files.get('images.txt') ?? '').split('\n').filter(Boolean).map((l) => l.split('  ')[0]));
  const docs = [...out.files.entries()]
    .filter(([f]) => /\.yaml$/.test(f) && f.includes('/') && !f.includes('/helm/') && !f.includes('/.helm/'))
    .map(([, text]) => parsed(text));

  test('images.txt lists every image of every rendered container (init containers too)', () => {
    const podSpecs = docs.flatMap((d) => [d?.spec?.template?.spec, d?.spec?.jobTemplate?.spec?.template?.spec, d?.kind === 'Pod' ? d.spec : undefined]).filter(Boolean);
    const images = podSpecs.flatMap((p: any) => [...(p.containers ?? []), ...(p.initContainers ?? [])].map((c: any) => c.image));
    expect(images.length).toBeGreaterThan(0);
    for (const i of images) expect(listed).toContain(i);
  });

  test('images.txt names every image reference of the internal registry anywhere in the objects (operator settings, custom resources)', () => {
    const named = imageRefsIn(docs).filter((i) => i.startsWith(`${config.registry.host}/`));
    expect(named.length).toBeGreaterThan(0);
    for (const i of named) expect(listed).toContain(i);
  });

  test('images.txt is sorted, unique, all in the internal registry, none :latest, each with its upstream reference', () => {
    const lines = (out.files.get('images.txt') ?? '').split('\n').filter(Boolean);
    expect(lines).toEqual([...new Set(lines)].sort());
    for (const l of lines) {
      const [internal, upstream] = l.split('  ');
      expect(internal.startsWith(`${config.registry.host}/`)).toBe(true);
      expect(internal).not.toMatch(/:latest$/);
      const path = internal.slice(config.registry.host.length + 1);
      expect([`built`, ...MIRRORED_REGISTRIES.map((r) => `${r}/${path}`)]).toContain(upstream);
    }
  });

  test('charts.txt is every chart the environment renders, from charts/lock.yaml; no Application has a chart source', () => {
    const lines = (out.files.get('charts.txt') ?? '').split('\n').filter(Boolean);
    const lock = readLock(ROOT);
    const rendered = new Set([...out.files.keys()].filter((f) => f.includes('/.helm/')).map((f) => /^# chart: (\S+) (\S+) /m.exec(out.files.get(f)!)!.slice(1, 3).join(' ')));
    expect(lines.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([...rendered].sort());
    for (const l of lines) {
      const [name, version, repository, digest] = l.split(' ');
      expect(lock.charts).toContainEqual(expect.objectContaining({ name, version, repository, sha256: digest.replace(/^sha256:/, '') }));
    }
    for (const a of docs.filter((d) => d.kind === 'Application')) expect(JSON.stringify(a.spec)).not.toContain('"chart"');
  });

  test('registries.yaml sends the public registries to the internal one', () => {
    const doc = yaml.load(out.files.get('registries.yaml')!) as any;
    const endpoint = `${config.registry.insecure ? 'http' : 'https'}://${config.registry.host.split('/')[0]}`;
    for (const r of MIRRORED_REGISTRIES) expect(doc.mirrors[r].endpoint).toEqual([endpoint]);
  });

  test('k3s-config.yaml: bundled Traefik and ServiceLB off (ours and MetalLB run), the overlay\'s pod CIDR (the webhook policies\' peer)', () => {
    const doc = yaml.load(out.files.get('k3s-config.yaml')!) as any;
    expect(doc.disable).toEqual(expect.arrayContaining(['traefik', 'servicelb']));
    expect(doc['cluster-cidr']).toBe(config.cluster.podCidr);
    expect(doc['service-cidr']).toBe(config.cluster.serviceCidr);
    expect(doc['flannel-backend']).toBe('vxlan');
    expect(doc['https-listen-port']).toBe(config.cluster.apiServer.port);
    const webhook = docs.find((d) => d.kind === 'NetworkPolicy' && d.metadata.name === 'allow-ingress-webhook-from-apiserver');
    expect(webhook.spec.ingress[0].from).toContainEqual({ ipBlock: { cidr: doc['cluster-cidr'] } });
  });

  test('the inventory files sit at the top of dist/<env>/, outside every Application path', () => {
    for (const f of INVENTORY_FILES) expect(out.files.has(f)).toBe(true);
    const paths = docs.filter((d) => d.kind === 'Application').flatMap((a) => (a.spec.sources ?? [a.spec.source]).map((s: any) => s.path).filter(Boolean));
    for (const p of paths) expect(p).not.toBe(`dist/${env}`);
  });
});
