/**
 * Vendor charts rendered at synth time (src/helm/render.ts), on a small chart of our own
 * (test/fixtures/charts/demo: a workload, a password generated when the value is empty, Helm hooks, a test
 * pod), packaged here and vendored into a throwaway repository with its lock. helm is the real one: from PATH,
 * else the pinned npm package's (unpacked on first use).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'js-yaml';
import * as tar from 'tar';
import { ChartRenderer, HelmOptions, inputsFile, ReleaseRequest } from '../../src/helm/render';
import { readLock, sha256, writeLock } from '../../src/helm/lock';
import { compareTrees } from '../../src/diff/compare';
import { toYaml } from '../../src/synth/yaml';
import { runGate } from '../../src/synth/gate';
import { ROOT, testConfig } from '../support/fixtures';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'charts');
let repo: string;

/** A repository holding charts/demo-1.0.0.tgz and its lock (node_modules linked: the packaged helm). */
function vendoredRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-helm-'));
  fs.mkdirSync(path.join(dir, 'charts'));
  const tgz = path.join(dir, 'charts', 'demo-1.0.0.tgz');
  tar.c({ gzip: true, sync: true, file: tgz, cwd: FIXTURE, portable: true }, ['demo']);
  writeLock(dir, { charts: [{ name: 'demo', version: '1.0.0', repository: 'https://charts.example', sha256: sha256(fs.readFileSync(tgz)) }] });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

const request = (values: Record<string, unknown>, extra: Partial<ReleaseRequest> = {}): ReleaseRequest => ({
  app: 'demo-app', chart: 'demo', version: '1.0.0', release: 'demo', namespace: 'demo', folder: '20-dependencies/demo', env: 'test',
  values: { password: 'from-values', ...values }, ...extra,
});
const renderer = (opts: Partial<HelmOptions> = {}) => new ChartRenderer({ root: repo, pathEnv: process.env.PATH, cacheDir: path.join(repo, 'cache'), ...opts });
const byName = (r: { objects: { manifest: any }[] }, kind: string, name: string) => r.objects.find((o) => o.manifest.kind === kind && o.manifest.metadata.name === name)?.manifest;

beforeAll(() => {
  repo = vendoredRepo();
});
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe('rendering a vendored chart', () => {
  test('objects as helm install would create them: release namespace on namespaced objects, none on cluster-scoped ones, standard labels, nulls gone', () => {
    const r = renderer().render(request({}));
    expect(r.helm.version).toMatch(/^v3\./);
    const deployment = byName(r, 'Deployment', 'demo-app');
    expect(deployment.metadata.namespace).toBe('demo');
    // `annotations:` with an empty block renders null; the API server stores it as absent, and so do we.
    expect(deployment.metadata).not.toHaveProperty('annotations');
    expect(deployment.metadata.labels).toEqual({
      'app.kubernetes.io/name': 'demo', 'app.kubernetes.io/instance': 'demo', 'app.kubernetes.io/part-of': 'lumen', 'app.kubernetes.io/managed-by': 'Helm',
    });
    expect(deployment.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/instance': 'demo' } });
    expect(byName(r, 'ClusterRole', 'demo-reader').metadata).not.toHaveProperty('namespace');
    expect(Buffer.from(byName(r, 'Secret', 'demo-password').data.password, 'base64').toString()).toBe('from-values');
    // What dist/ gets: each object's YAML, written by synth's own dumper.
    for (const o of r.objects) expect(o.text).toBe(toYaml(o.manifest));
  });

  test('Helm hooks become the Argo CD hooks they map to; delete hooks and tests are dropped', () => {
    const r = renderer().render(request({}));
    expect(byName(r, 'Job', 'demo-migrate').metadata.annotations).toEqual({
      'argocd.argoproj.io/hook': 'PreSync', 'argocd.argoproj.io/hook-delete-policy': 'HookSucceeded', 'argocd.argoproj.io/sync-wave': '-5',
    });
    expect(byName(r, 'Job', 'demo-cleanup')).toBeUndefined();
    expect(byName(r, 'Pod', 'demo-test')).toBeUndefined();
    expect(r.objects.map((o) => o.manifest.kind).sort()).toEqual(['ClusterRole', 'Deployment', 'Job', 'Secret']);
  });

  test('the inputs file reproduces the render with plain helm template', () => {
    const req = request({ replicas: 2 });
    const r = renderer().render(req);
    const text = inputsFile(req, r, ['Deployment-demo-app.yaml']);
    expect(text).toMatch(/^# Reproduce: helm template demo charts\/demo-1\.0\.0\.tgz --namespace demo --kube-version 1\.30\.0 --include-crds --skip-tests /m);
    expect(text).toContain(`# chart: demo 1.0.0 (charts/demo-1.0.0.tgz, sha256 ${readLock(repo).charts[0].sha256})`);
    expect(text).toContain('# object: Deployment-demo-app.yaml');
    expect(yaml.load(text)).toEqual(req.values);
  });
});

describe('the render cache', () => {
  test('a hit runs no helm: the same inputs give the cached objects even when helm is gone', () => {
    const cacheDir = path.join(repo, 'cache-hit');
    const first = renderer({ cacheDir }).render(request({ replicas: 3 }));
    // The render's list of objects, and each object under the sha256 of its text.
    expect(fs.readdirSync(cacheDir).sort()).toEqual(['objects', 'renders']);
    expect(fs.readdirSync(path.join(cacheDir, 'renders'))).toEqual([`${first.key}.json`]);
    expect(fs.readdirSync(path.join(cacheDir, 'objects')).sort()).toEqual(first.objects.map((o) => `${sha256(o.text)}.json`).sort());
    // A renderer that would fail to run helm: the cached render is all it needs.
    const cached = renderer({ cacheDir });
    Object.defineProperty(cached, 'template', { value: () => { throw new Error('helm ran'); } });
    expect(cached.render(request({ replicas: 3 })).objects).toEqual(first.objects);
  });

  test('renders that share objects (another release of the same chart, another environment) share them in memory', () => {
    const cacheDir = path.join(repo, 'cache-shared');
    const a = renderer({ cacheDir }).render(request({ replicas: 3 }));
    const b = renderer({ cacheDir }).render(request({ replicas: 4 }));
    expect(b.key).not.toBe(a.key);
    const byText = new Map(a.objects.map((o) => [o.text, o]));
    const same = b.objects.filter((o) => byText.get(o.text) === o);
    const different = b.objects.filter((o) => !byText.has(o.text));
    // The replicas differ (the Deployment), the rest is one object each.
    expect(different.map((o) => o.manifest.kind)).toEqual(['Deployment']);
    expect(same.length).toBe(b.objects.length - 1);
  });

  test('a cache object file gone: rendered again, not an error', () => {
    const cacheDir = path.join(repo, 'cache-pruned');
    const first = renderer({ cacheDir }).render(request({ replicas: 7 }));
    // (a list naming an object file that is not there: a pruned folder, or a render of another process in flight)
    fs.writeFileSync(path.join(cacheDir, 'renders', `${first.key}.json`), JSON.stringify({ objects: ['f'.repeat(64)] }));
    const again = renderer({ cacheDir });
    let ran = false;
    const template = (again as unknown as { template: (...a: unknown[]) => unknown }).template.bind(again);
    Object.defineProperty(again, 'template', { value: (...a: unknown[]) => { ran = true; return template(...a); } });
    expect(again.render(request({ replicas: 7 })).objects.map((o) => o.text)).toEqual(first.objects.map((o) => o.text));
    expect(ran).toBe(true);
  });

  test('a miss: any input change is a new key (values, release, namespace)', () => {
    const keys = [request({}), request({ replicas: 4 }), request({}, { release: 'other' }), request({}, { namespace: 'elsewhere' })]
      .map((req) => renderer().render(req).key);
    expect(new Set(keys).size).toBe(4);
  });

  test('a fresh clone renders nothing whose committed inputs match: the objects come back from dist/', () => {
    const req = request({ replicas: 5 });
    const r = renderer().render(req);
    // What synth commits: the objects, and the inputs file naming them.
    const seed = path.join(repo, 'dist');
    const dir = path.join(seed, req.env, req.folder);
    fs.mkdirSync(path.join(dir, '.helm'), { recursive: true });
    const names = r.objects.map((o) => `${o.manifest.kind}-${o.manifest.metadata.name}.yaml`);
    r.objects.forEach((o, i) => fs.writeFileSync(path.join(dir, names[i]), o.text));
    fs.writeFileSync(path.join(dir, '.helm', 'demo.values.yaml'), inputsFile(req, r, names));
    const fresh = renderer({ cacheDir: path.join(repo, 'fresh-cache'), seedDir: seed });
    Object.defineProperty(fresh, 'template', { value: () => { throw new Error('helm ran'); } });
    expect(fresh.render(req).objects).toEqual(r.objects);
    // Other inputs: the seed does not match, helm runs.
    expect(() => fresh.render(request({ replicas: 6 }))).toThrow('helm ran');
  });
});

describe('refused', () => {
  test('a corrupted archive: sha256 against the lock, naming the chart', () => {
    const broken = vendoredRepo();
    try {
      fs.appendFileSync(path.join(broken, 'charts', 'demo-1.0.0.tgz'), 'x');
      expect(() => renderer({ cacheDir: undefined, root: broken } as Partial<HelmOptions>).render(request({})))
        .toThrow(/^charts\/demo-1\.0\.0\.tgz: sha256 expected [0-9a-f]{64} \(charts\/lock\.yaml\), found [0-9a-f]{64}: the archive of chart 'demo' was altered$/);
      fs.rmSync(path.join(broken, 'charts', 'demo-1.0.0.tgz'));
      expect(() => renderer({ root: broken } as Partial<HelmOptions>).render(request({})))
        .toThrow("charts/demo-1.0.0.tgz: missing; chart 'demo' 1.0.0 is locked in charts/lock.yaml but its archive is not in charts/");
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });

  test('a version pinned in code that the lock does not hold', () => {
    expect(() => renderer().render(request({}, { version: '1.0.1' })))
      .toThrow('charts/lock.yaml: charts.demo.version: expected 1.0.1 (the version pinned in code), found 1.0.0 (npm run charts -- bump demo <tgz> updates both)');
  });

  test('an unknown values key, naming the application, chart and key path; keys the templates read are known', () => {
    expect(() => renderer().render(request({ replica: 2, resources: { limits: { memory: '1Gi' } }, hook: { enable: false } })))
      .toThrow([
        "application 'demo-app': chart demo 1.0.0: values key 'hook.enable' is not one the chart reads (not in its values.yaml, values.schema.json or templates)",
        "application 'demo-app': chart demo 1.0.0: values key 'replica' is not one the chart reads (not in its values.yaml, values.schema.json or templates)",
      ].join('\n'));
    // `extra.hostname` is in no values.yaml, but a template reads it.
    expect(() => renderer().render(request({ extra: { hostname: 'h' } }))).not.toThrow();
  });

  test('a chart that generates a secret on every render, until its value is set', () => {
    expect(() => renderer().render(request({ password: '' })))
      .toThrow("application 'demo-app': chart demo 1.0.0 renders Secret demo-password differently on every run (a generated secret, certificate or random value): set it in values, move it to Vault, or pin the field as volatile with a reason");
    const pinned = renderer().render(request({ password: '' }, { volatile: [{ kind: 'Secret', name: 'demo-password', path: 'data.password', value: 'cGlubmVk', reason: 'test' }] }));
    expect(byName(pinned, 'Secret', 'demo-password').data.password).toBe('cGlubmVk');
    expect(() => renderer().render(request({}, { volatile: [{ kind: 'Secret', name: 'nope', path: 'data.x', value: 'x', reason: 'test' }] })))
      .toThrow("application 'demo-app': chart demo 1.0.0: volatile field Secret nope data.x is not in the render (remove the pin)");
  });

  test('a vendor image outside the internal registry fails the gate like one of ours', () => {
    const r = renderer().render(request({ image: 'docker.io/library/nginx:1.27' }));
    const violations = runGate(r.objects.map((o) => ({ file: `demo/${o.manifest.kind}-${o.manifest.metadata.name}.yaml`, manifest: o.manifest })), testConfig());
    const rules = violations.filter((v) => v.resource === 'Deployment/demo/demo-app').map((v) => v.rule);
    // (workload images are the admission rule's to judge; the air-gap rule covers images named elsewhere)
    expect(rules).toEqual(expect.arrayContaining(['lumen-allowed-repos', 'container-resources']));
  });

  test('helm\'s own error (a template that fails) is quoted with the application and chart', () => {
    expect(() => renderer().render(request({ hook: 'yes' })))
      .toThrow(/^application 'demo-app': helm template of chart demo 1\.0\.0 failed: Error: .*hook/s);
  });
});

describe('a chart bump in the rendered diff', () => {
  test('shows as the resource-level changes it causes, and the render inputs naming both versions', () => {
    // demo 1.1.0: one more replica by default, and its Deployment gains a label.
    const bumped = vendoredRepo();
    try {
      const src = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-demo-'));
      fs.cpSync(path.join(FIXTURE, 'demo'), path.join(src, 'demo'), { recursive: true });
      const chartYaml = path.join(src, 'demo', 'Chart.yaml');
      fs.writeFileSync(chartYaml, fs.readFileSync(chartYaml, 'utf8').replace('version: 1.0.0', 'version: 1.1.0'));
      const deployment = path.join(src, 'demo', 'templates', 'deployment.yaml');
      fs.writeFileSync(deployment, fs.readFileSync(deployment, 'utf8').replace('app.kubernetes.io/name: demo', 'app.kubernetes.io/name: demo\n    app.kubernetes.io/version: "1.1.0"'));
      const tgz = path.join(bumped, 'charts', 'demo-1.1.0.tgz');
      tar.c({ gzip: true, sync: true, file: tgz, cwd: src, portable: true }, ['demo']);
      writeLock(bumped, { charts: [{ name: 'demo', version: '1.1.0', repository: 'https://charts.example', sha256: sha256(fs.readFileSync(tgz)) }] });

      const tree = (root: string, version: string) => {
        const req = request({}, { version });
        const r = renderer({ root, cacheDir: path.join(root, 'cache-bump') }).render(req);
        const names = r.objects.map((o) => `${o.manifest.kind}-${o.manifest.metadata.name}.yaml`);
        return new Map<string, string>([
          ...r.objects.map((o, i) => [`${req.folder}/${names[i]}`, o.text] as [string, string]),
          [`${req.folder}/.helm/demo.values.yaml`, inputsFile(req, r, names)],
        ]);
      };
      const diff = compareTrees(new Map([['test', tree(repo, '1.0.0')]]), new Map([['test', tree(bumped, '1.1.0')]]));
      expect(diff.environments[0].changes.map((c) => `${c.type} ${c.head!.label}`).sort()).toEqual([
        'changed 20-dependencies/demo/.helm/demo.values.yaml',
        'changed Deployment demo/demo-app',
      ]);
    } finally {
      fs.rmSync(bumped, { recursive: true, force: true });
    }
  });
});
