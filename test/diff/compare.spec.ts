import * as yaml from 'js-yaml';
import { compareTrees, entriesOf, imageChanges, immutableChanges, sameFiles, Tree } from '../../src/diff/compare';
import { detailsBlock, NO_CHANGES, renderReport } from '../../src/diff/report';
import { COMMENT_BODY_LIMIT, COMMENT_MARKER } from '../../src/gitea/comments';

// Small hand-made trees: every rule without a synth.
const deployment = (o: { image?: string; replicas?: number; selector?: Record<string, string> } = {}) => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api', namespace: 'lumen' },
  spec: {
    replicas: o.replicas ?? 1,
    selector: { matchLabels: o.selector ?? { app: 'api' } },
    template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'api', image: o.image ?? 'r:5000/lumen/api:1.0.0' }] } },
  },
});
const statefulSet = (claims = '1Gi') => ({
  apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'redis', namespace: 'data' },
  spec: { serviceName: 'redis', selector: { matchLabels: { app: 'redis' } }, template: {}, volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: claims } } } }] },
});
const service = (clusterIP?: string) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'api', namespace: 'lumen' }, spec: { ...(clusterIP ? { clusterIP } : {}), ports: [{ port: 80 }] } });
const pvc = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'data' }, spec: { resources: { requests: { storage: '1Gi' } } } };
const namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'data' } };
const crd = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'things.example.com' }, spec: {} };
const application = (name: string, wave: number, folder: string, chart?: { chart: string; version: string; values: object }) => ({
  apiVersion: 'argoproj.io/v1alpha1', kind: 'Application',
  metadata: { name, namespace: 'argocd', annotations: { 'argocd.argoproj.io/sync-wave': String(wave) }, finalizers: ['resources-finalizer.argocd.argoproj.io'] },
  spec: {
    sources: [
      ...(chart ? [{ repoURL: 'http://gitea/helm', chart: chart.chart, targetRevision: chart.version, helm: { valuesObject: chart.values } }] : []),
      { repoURL: 'http://gitea/repo.git', targetRevision: 'main', path: `dist/prod/${folder}` },
    ],
  },
});

const dumpYaml = (d: object) => yaml.dump(d, { noRefs: true, lineWidth: -1, quotingType: '"' });
const tree = (files: Record<string, object | string>): Tree => new Map(Object.entries(files).map(([f, d]) => [f, typeof d === 'string' ? d : dumpYaml(d)]));
const one = (base: Record<string, object | string>, head: Record<string, object | string>) => compareTrees(new Map([['prod', tree(base)]]), new Map([['prod', tree(head)]]));

describe('entries of a tree', () => {
  test('manifests by identity (group, kind, namespace, name), Applications on their application\'s row, README left out', () => {
    const e = entriesOf(tree({
      'README.md': '# x',
      'images.txt': 'r/a:1\n',
      'apps/Application-api.yaml': application('api', 40, '40-applications/api'),
      '40-applications/api/Deployment-api.yaml': deployment(),
      'bootstrap/helm/argocd.values.yaml': 'a: 1\n',
    }));
    expect([...e.keys()].sort()).toEqual(['apps/Deployment/lumen/api', 'argoproj.io/Application/argocd/api', 'file:bootstrap/helm/argocd.values.yaml', 'file:images.txt']);
    expect(e.get('argoproj.io/Application/argocd/api')!.location).toEqual({ wave: '40-applications', app: 'api' });
    expect(e.get('apps/Deployment/lumen/api')!.location).toEqual({ wave: '40-applications', app: 'api' });
    expect(e.get('file:images.txt')!.location.app).toBe('(inventory)');
  });

  test('an apiVersion bump is a change of one resource, not a removal and an addition', () => {
    const d = one({ 'w/a/X.yaml': { apiVersion: 'example.com/v1beta1', kind: 'X', metadata: { name: 'x' } } },
      { 'w/a/X.yaml': { apiVersion: 'example.com/v1', kind: 'X', metadata: { name: 'x' } } });
    expect(d.environments[0].changes.map((c) => c.type)).toEqual(['changed']);
  });
});

describe('risk flags', () => {
  test('identical trees: no change, no flag, "No rendered changes"', () => {
    const files = { '40-applications/api/Deployment-api.yaml': deployment() };
    const d = one(files, files);
    expect(d.environments[0].changes).toEqual([]);
    expect(d.flags).toEqual([]);
    expect(renderReport(d, { baseLabel: '`main`' })).toContain(NO_CHANGES);
  });

  test('deleting a PVC, a StatefulSet, a Namespace, a CRD, or an Application with its finalizer is flagged', () => {
    const d = one({
      '20-data/redis/StatefulSet-redis.yaml': statefulSet(),
      '20-data/redis/PersistentVolumeClaim-data.yaml': pvc,
      '20-data/redis/Namespace-data.yaml': namespace,
      '10-core/crds/CustomResourceDefinition-things.example.com.yaml': crd,
      'apps/Application-redis.yaml': application('redis', 20, '20-data/redis'),
      '40-applications/api/Deployment-api.yaml': deployment(),
    }, { '40-applications/api/Deployment-api.yaml': deployment() });
    const deleted = d.flags.filter((f) => f.category === 'deleted').map((f) => f.message);
    expect(deleted).toHaveLength(5);
    expect(deleted.join('\n')).toMatch(/deleted StatefulSet `data\/redis`/);
    expect(deleted.join('\n')).toMatch(/deleted PersistentVolumeClaim `data\/data`/);
    expect(deleted.join('\n')).toMatch(/deleted Namespace `data`/);
    expect(deleted.join('\n')).toMatch(/deleted CustomResourceDefinition `things.example.com`/);
    expect(deleted.join('\n')).toMatch(/deleted Application `redis`: its resources finalizer cascades/);
  });

  test('deleting a Deployment is a plain removal, not a risk', () => {
    const d = one({ '40-applications/api/Deployment-api.yaml': deployment() }, {});
    expect(d.environments[0].changes.map((c) => c.type)).toEqual(['removed']);
    expect(d.flags).toEqual([]);
  });

  test.each([
    ['a Deployment selector', deployment(), deployment({ selector: { app: 'api2' } }), 'spec.selector'],
    ['StatefulSet volumeClaimTemplates', statefulSet('1Gi'), statefulSet('2Gi'), 'spec.volumeClaimTemplates'],
    ['a Service clusterIP', service('10.43.0.10'), service('10.43.0.11'), 'spec.clusterIP'],
  ])('changing %s is flagged as immutable', (_, before, after, field) => {
    const d = one({ 'w/a/x.yaml': before }, { 'w/a/x.yaml': after });
    expect(d.flags.filter((f) => f.category === 'immutable').map((f) => f.message)).toEqual([expect.stringContaining(`\`${field}\` is immutable`)]);
  });

  test('a Job template and a RoleBinding roleRef are immutable; replicas are not', () => {
    const job = (image: string) => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j', namespace: 'n' }, spec: { template: { spec: { containers: [{ name: 'c', image }] } } } });
    expect(immutableChanges(job('r:5000/a:1'), job('r:5000/a:2'))).toEqual(['spec.template']);
    const rb = (role: string) => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'b', namespace: 'n' }, roleRef: { kind: 'Role', name: role } });
    expect(immutableChanges(rb('a'), rb('b'))).toEqual(['roleRef']);
    expect(immutableChanges(deployment({ replicas: 1 }), deployment({ replicas: 3 }))).toEqual([]);
  });

  test('a resource moving to another wave or application is flagged', () => {
    const d = one({ '20-dependencies/redis/Service-api.yaml': service() }, { '25-dependencies-config/redis-config/Service-api.yaml': service() });
    expect(d.environments[0].changes.map((c) => c.type)).toEqual(['changed']);
    expect(d.flags.map((f) => f.category)).toEqual(['moved']);
    expect(d.flags[0].message).toContain('20-dependencies/redis → 25-dependencies-config/redis-config');
  });

  test('byte-identical files are not parsed; apps/ ones only when both sides have the same wave folders', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'lumen' }, data: { k: 'v' } };
    // An Application without a path source sits on the row of the wave folder its sync-wave numbers.
    const app = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'x', namespace: 'argocd', annotations: { 'argocd.argoproj.io/sync-wave': '40' } }, spec: {} };
    const base = tree({ 'apps/Application-x.yaml': app, '40-applications/x/ConfigMap-a.yaml': cm, 'images.txt': 'a\n' });
    expect([...sameFiles(base, tree({ 'apps/Application-x.yaml': app, '40-applications/x/ConfigMap-a.yaml': cm, 'images.txt': 'b\n' }))].sort())
      .toEqual(['40-applications/x/ConfigMap-a.yaml', 'apps/Application-x.yaml']);
    const renamed = tree({ 'apps/Application-x.yaml': app, '40-apps/x/ConfigMap-a.yaml': cm, 'images.txt': 'a\n' });
    expect([...sameFiles(base, renamed)]).toEqual(['images.txt']);
    const d = compareTrees(new Map([['prod', base]]), new Map([['prod', renamed]]));
    expect(d.environments[0].changes.map((c) => `${c.head!.label} ${c.base!.location.wave} → ${c.head!.location.wave}`).sort())
      .toEqual(['Application argocd/x 40-applications → 40-apps', 'ConfigMap lumen/a 40-applications → 40-apps']);
  });

  test('an Application changing sync-wave moves its row', () => {
    const d = one({ 'apps/Application-api.yaml': application('api', 40, '40-applications/api') }, { 'apps/Application-api.yaml': application('api', 50, '50-observability/api') });
    expect(d.flags.map((f) => f.category)).toEqual(['moved']);
  });

  test('image changes of workloads are flagged; chart version bumps too (the render inputs name the chart)', () => {
    const inputs = (version: string) => `# Inputs of a vendor chart render: synth wrote this file and the objects listed below; do not edit.\n# chart: vendor ${version} (charts/vendor-${version}.tgz, sha256 ${'a'.repeat(64)})\nimage: {}\n`;
    const d = one({
      '40-applications/api/Deployment-api.yaml': deployment({ image: 'r:5000/lumen/api:1.0.0' }),
      '10-core/vendor/.helm/vendor.values.yaml': inputs('1.0.0'),
    }, {
      '40-applications/api/Deployment-api.yaml': deployment({ image: 'r:5000/lumen/api:1.1.0' }),
      '10-core/vendor/.helm/vendor.values.yaml': inputs('1.1.0'),
    });
    const msgs = d.flags.map((f) => `${f.category}: ${f.message}`);
    expect(msgs).toContain('image: Deployment lumen/api: `r:5000/lumen/api`: 1.0.0 → 1.1.0');
    expect(msgs).toContain('chart: chart `vendor` 1.0.0 → 1.1.0 (10-core/vendor): every object it renders changes as the tables below show, its CRDs included');
  });

  test('a new and a removed environment are flagged', () => {
    const d = compareTrees(new Map([['old', tree({ 'a/b/x.yaml': service() })]]), new Map([['new', tree({ 'a/b/x.yaml': service() })]]));
    expect(d.flags.map((f) => `${f.env} ${f.category}`)).toEqual(['new environment', 'old environment']);
  });
});

describe('report', () => {
  test('a summary table per environment → wave → application, then a collapsible diff per change', () => {
    const d = one({ '40-applications/api/Deployment-api.yaml': deployment({ replicas: 1 }) }, {
      '40-applications/api/Deployment-api.yaml': deployment({ replicas: 2 }),
      '40-applications/api/Service-api.yaml': service(),
    });
    const md = renderReport(d, { baseLabel: '`origin/main`' });
    expect(md).toContain('## Rendered manifests: `origin/main` → the working tree');
    expect(md).toContain('| wave | application | added | changed | removed |');
    expect(md).toContain('| 40-applications | api | 1 | 1 |  |');
    expect(md).toContain('<details><summary>~ <code>Deployment lumen/api</code> · 40-applications/api</summary>');
    expect(md).toContain('```diff\n--- a/prod/40-applications/api/Deployment-api.yaml\n+++ b/prod/40-applications/api/Deployment-api.yaml\n@@');
    expect(md).toMatch(/^- {2}replicas: 1$/m);
    expect(md).toMatch(/^\+ {2}replicas: 2$/m);
    expect(md).not.toContain(NO_CHANGES);
    expect(md).not.toContain('Truncated');
  });

  test('image changes by tag@digest (signed images): the repository, then tag and digest; a rebuild of one tag shows its new digest', () => {
    const d = (c: string) => `sha256:${c.repeat(64)}`;
    const at = (ref: string) => deployment({ image: ref });
    expect(imageChanges(at(`r:5000/lumen/api:1.0.0@${d('1')}`), at(`r:5000/lumen/api:1.1.0@${d('2')}`))).toEqual([`\`r:5000/lumen/api\`: 1.0.0@${d('1')} → 1.1.0@${d('2')}`]);
    expect(imageChanges(at(`r:5000/lumen/api:1.0.0@${d('1')}`), at(`r:5000/lumen/api:1.0.0@${d('3')}`))).toEqual([`\`r:5000/lumen/api\`: 1.0.0@${d('1')} → 1.0.0@${d('3')}`]);
    expect(imageChanges(at('r:5000/lumen/api:1.0.0'), at(`r:5000/lumen/api:1.0.0@${d('1')}`))).toEqual([`\`r:5000/lumen/api\`: 1.0.0 → 1.0.0@${d('1')}`]);
    expect(imageChanges(at(`r:5000/lumen/api@${d('1')}`), at(`r:5000/lumen/api@${d('2')}`))).toEqual([`\`r:5000/lumen/api\`: ${d('1')} → ${d('2')}`]);
  });

  test('risk flags come before the tables', () => {
    const md = renderReport(one({ 'w/a/StatefulSet-redis.yaml': statefulSet() }, {}), { baseLabel: 'main' });
    expect(md.indexOf('Risk flags')).toBeGreaterThan(0);
    expect(md.indexOf('Risk flags')).toBeLessThan(md.indexOf('| wave |'));
  });

  test('a diff holding backticks gets a longer fence', () => {
    const cm = (s: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'n' }, data: { 'README.md': s } });
    const d = one({ 'w/a/c.yaml': cm('```sh\necho a\n```\n') }, { 'w/a/c.yaml': cm('```sh\necho b\n```\n') });
    expect(detailsBlock(d.environments[0].changes[0], 10_000).text).toContain('````diff');
  });

  test('truncated to the comment limit with a note on what was cut, changed resources first', () => {
    const big = (n: number, v: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${n}`, namespace: 'n' }, data: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`key-${i}`, `${v}-${i}-${'x'.repeat(300)}`])) });
    const base: Record<string, object> = {};
    const head: Record<string, object> = {};
    for (let n = 0; n < 40; n++) {
      base[`40-applications/a/ConfigMap-cm-${n}.yaml`] = big(n, 'old');
      head[`40-applications/a/ConfigMap-cm-${n}.yaml`] = big(n, 'new');
    }
    for (let n = 40; n < 50; n++) head[`40-applications/a/ConfigMap-cm-${n}.yaml`] = big(n, 'new');
    const md = renderReport(one(base, head), { baseLabel: '`main`' });
    expect(Buffer.byteLength(`${COMMENT_MARKER}\n${md}`)).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(md).toContain('✂️ **Truncated**');
    expect(md).toMatch(/\d+ diff\(s\) not shown \(prod: \d+ changed, 10 added\)/);
    expect(md).toContain('The full report: `npm run diff -- --base main`.');
    expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
    // The table still counts everything.
    expect(md).toContain('| 40-applications | a | 10 | 40 |  |');
  });

  test('a smaller limit is honoured too', () => {
    const d = one({ 'w/a/d.yaml': deployment({ replicas: 1 }) }, { 'w/a/d.yaml': deployment({ replicas: 2 }), 'w/a/s.yaml': service() });
    const md = renderReport(d, { baseLabel: 'main', maxBytes: 4000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(4000);
  });
});
