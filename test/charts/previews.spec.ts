import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'js-yaml';
import {
  PREVIEW_NAMESPACE, PREVIEW_NAMESPACE_LABEL, PREVIEW_ROUTE, previewBackends, PreviewChart,
} from '../../src/charts/preview';
import {
  PREVIEW_REPOSITORIES, PREVIEWS_NAMESPACE, PREVIEWS_PROJECT, PREVIEWS_TOKEN_SECRET, PreviewsChart, previewArgoCdParams,
} from '../../src/charts/previews';
import { argoCdValues } from '../../src/charts/argocd';
import { loadOverlay, parseOverlay } from '../../src/config/load';
import type { EnvConfig } from '../../src/config/schema';
import { runGate } from '../../src/synth/gate';
import { readTree } from '../../src/synth/writer';
import { customResourceDefinition, groupOf, isClusterScoped } from '../../src/synth/scope';
import { MINIMAL_OVERLAY, overlay, ROOT, synth, testApp } from '../support/fixtures';
import { generateApplication, kustomizeBuild, pullRequestParams, splitImage } from '../support/preview-sim';

const dev = overlay('dev');
const previewConfig: EnvConfig = loadOverlay(path.join(ROOT, 'overlays', 'preview.yaml'));
const hostObjects = synth(new PreviewsChart(testApp(), 'previews', dev));
const previewObjects = synth(new PreviewChart(testApp(), 'preview', previewConfig));
const committed = readTree(path.join(ROOT, 'dist', 'preview'));
const appSet = (repo: string) => hostObjects.find((o) => o.kind === 'ApplicationSet' && o.spec.generators[0].pullRequest.gitea.repo === repo)!;
const SHA = '3f9c2a7be41d0c65a8e1f2b3c4d5e6f708192a3b';

describe('previews (host): one ApplicationSet per service repository, Gitea pull-request generator', () => {
  test.each(PREVIEW_REPOSITORIES.map((r) => r.repo))('%s: owner, repository, in-cluster API, token from Vault, opt-in label, requeue', (repo) => {
    const a = appSet(repo);
    expect(a.metadata.namespace).toBe(PREVIEWS_NAMESPACE);
    expect(a.spec.goTemplate).toBe(true);
    expect(a.spec.goTemplateOptions).toEqual(['missingkey=error']);
    expect(a.spec.generators).toHaveLength(1);
    const g = a.spec.generators[0].pullRequest;
    expect(g.gitea).toEqual({
      owner: 'lumen', repo, api: 'http://gitea-http.gitea.svc.cluster.local:3000',
      tokenRef: { secretName: PREVIEWS_TOKEN_SECRET, key: 'token' }, labels: ['preview'],
    });
    expect(g.requeueAfterSeconds).toBe(dev.components.previews.requeueAfterSeconds);
    // The token: a VaultStaticSecret in the ApplicationSet's namespace, labelled for the strict tokenRef mode.
    const token = hostObjects.find((o) => o.kind === 'VaultStaticSecret' && o.spec.destination.name === PREVIEWS_TOKEN_SECRET)!;
    expect(token.metadata.namespace).toBe(PREVIEWS_NAMESPACE);
    expect(token.spec.path).toBe('argocd/gitea-previews');
    expect(token.spec.destination.labels).toEqual({ 'argocd.argoproj.io/secret-type': 'scm-creds' });
    // Closing the pull request deletes the Application (sync policy), and it deletes what it deployed (finalizer).
    expect(a.spec.syncPolicy).toEqual({ applicationsSync: 'sync', preserveResourcesOnDeletion: false });
    expect(a.spec.template.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    // The namespace is the preview's own Namespace object: never CreateNamespace (not pruned).
    expect(a.spec.template.spec.syncPolicy.syncOptions.join()).not.toMatch(/CreateNamespace/);
    expect(a.spec.template.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
  });

  test('the cap: Applications live in their own namespace under a count quota; Argo CD watches that namespace', () => {
    const quota = hostObjects.find((o) => o.kind === 'ResourceQuota')!;
    expect(quota.metadata.namespace).toBe(PREVIEWS_NAMESPACE);
    expect(quota.spec.hard).toEqual({ 'count/applications.argoproj.io': String(dev.components.previews.maxConcurrent) });
    const { values } = argoCdValues(dev);
    expect(values.configs.params).toMatchObject({
      'application.namespaces': PREVIEWS_NAMESPACE,
      'applicationsetcontroller.namespaces': PREVIEWS_NAMESPACE,
      'applicationsetcontroller.allowed.scm.providers': dev.components.previews.giteaUrl,
      'applicationsetcontroller.enable.tokenref.strict.mode': true,
    });
    expect(values.applicationSet.allowAnyNamespace).toBe(true);
    // Off where previews are off: staging's Argo CD is unchanged.
    const staging = argoCdValues(overlay('staging')).values;
    expect(staging.configs.params).toEqual({ 'server.insecure': true });
    expect(staging.applicationSet.allowAnyNamespace).toBeUndefined();
    expect(Object.keys(previewArgoCdParams(dev)).sort()).toEqual(Object.keys(values.configs.params).filter((k) => k !== 'server.insecure').sort());
  });

  test('the ApplicationSets pass the gate against Argo CD v3.5.1\'s ApplicationSet CRD; a field it does not have is refused', () => {
    const docs = hostObjects.map((manifest, i) => ({ file: `previews/${i}.yaml`, manifest }));
    expect(runGate(docs, dev)).toEqual([]);
    const bad = JSON.parse(JSON.stringify(appSet('catalog')));
    bad.spec.generators[0].pullRequest.gitea.token = 'x';
    bad.spec.template.spec.source.kustomize.image = [];
    const rules = runGate([{ file: 'bad.yaml', manifest: bad }], dev).filter((v) => v.rule === 'schema');
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.map((v) => v.detail).join(' ')).toMatch(/token|image/);
  });

  test('the AppProject admits pr-* namespaces only, Applications from argocd-previews only, Namespace as the only cluster-scoped kind', () => {
    const project = hostObjects.find((o) => o.kind === 'AppProject')!;
    expect(project.metadata).toMatchObject({ name: PREVIEWS_PROJECT, namespace: 'argocd' });
    expect(project.spec.sourceNamespaces).toEqual([PREVIEWS_NAMESPACE]);
    expect(project.spec.sourceRepos).toEqual([dev.git.repoURL]);
    expect(project.spec.destinations).toEqual([{ server: dev.argocd.destination, namespace: 'pr-*' }]);
    expect(project.spec.clusterResourceWhitelist).toEqual([{ group: '', kind: 'Namespace' }]);
    for (const r of PREVIEW_REPOSITORIES) expect(appSet(r.repo).spec.template.spec.project).toBe(PREVIEWS_PROJECT);
  });

  test.each([
    ['maxConcurrent: 0', /components\.previews\.maxConcurrent: expected >= 1/],
    ['requeueAfterSeconds: 5', /components\.previews\.requeueAfterSeconds: expected >= 30/],
    ['giteaUrl: "https://github.com/x"', /components\.previews\.giteaUrl: .*internal URL/],
  ])('throws if %s', (line, msg) => {
    expect(() => parseOverlay(`${MINIMAL_OVERLAY}components:\n  previews: { enabled: true, ${line} }\n`, 'overlays/test.yaml', 'test')).toThrow(msg);
  });
});

describe('the preview overlay block', () => {
  test.each([
    ['{ host: Dev }', /preview\.host: expected a lower-case DNS label/],
    ['{ host: dev, quota: { pods: 0 } }', /preview\.quota\.pods: expected >= 1/],
    ['{ host: dev, storage: lots }', /preview\.storage: expected a Kubernetes quantity/],
  ])('throws if preview is %s', (block, msg) => {
    expect(() => parseOverlay(`${MINIMAL_OVERLAY}preview: ${block}\n`, 'overlays/test.yaml', 'test')).toThrow(msg);
  });

  test('defaults: the quota and store size of one preview', () => {
    const c = parseOverlay(`${MINIMAL_OVERLAY}preview: { host: dev }\n`, 'overlays/test.yaml', 'test');
    expect(c.preview).toEqual({ host: 'dev', storage: '1Gi', quota: { requestsCpu: '2', requestsMemory: '4Gi', limitsCpu: '8', limitsMemory: '8Gi', storage: '10Gi', pods: 30 } });
    const quota = previewObjects.find((o) => o.kind === 'ResourceQuota');
    expect(quota.spec.hard).toMatchObject({ 'requests.cpu': '2', 'limits.memory': '8Gi', pods: '30', 'services.loadbalancers': '0' });
    expect(previewObjects.find((o) => o.kind === 'LimitRange').spec.limits[0].type).toBe('Container');
  });

  test('throws if a PreviewChart is built for an overlay without a preview block', () => {
    expect(() => new PreviewChart(testApp(), 'preview', dev)).toThrow(/'preview' must be set in overlays\/dev\.yaml/);
  });
});

describe('the Application the generator makes for a sample pull request (catalog #12)', () => {
  const app = generateApplication(appSet('catalog'), pullRequestParams(12, SHA));
  const docs = kustomizeBuild(committed, app.spec.source.kustomize);
  const host = 'pr-catalog-12.dev.lumen.localhost';

  test('name, namespace, source, destination', () => {
    expect(app.metadata.name).toBe('pr-catalog-12');
    expect(app.metadata.namespace).toBe(PREVIEWS_NAMESPACE);
    expect(app.metadata.labels).toMatchObject({ 'lumen.dev/repository': 'catalog', 'lumen.dev/pull-request': '12' });
    expect(app.spec.destination.namespace).toBe('pr-catalog-12');
    expect(app.spec.source).toMatchObject({ repoURL: dev.git.repoURL, targetRevision: dev.git.targetRevision, path: 'dist/preview' });
    expect(app.spec.source.kustomize.namespace).toBe('pr-catalog-12');
    expect(app.spec.source.kustomize.images).toEqual([`${dev.registry.host}/shop/catalog:3f9c2a7b`]);
  });

  test('every object in pr-catalog-12, the Namespace itself renamed; nothing names the rendered namespace any more', () => {
    const ns = docs.filter((d) => d.kind === 'Namespace');
    expect(ns.map((d) => d.metadata.name)).toEqual(['pr-catalog-12']);
    expect(ns[0].metadata.labels).toMatchObject({ [PREVIEW_NAMESPACE_LABEL]: 'true', 'pod-security.kubernetes.io/enforce': 'restricted' });
    for (const d of docs) if (d.kind !== 'Namespace') expect(`${d.kind}/${d.metadata.namespace}`).toBe(`${d.kind}/pr-catalog-12`);
    // Every namespace-qualified name (forwardAuth address, host) was patched: no DNS name holds the placeholder.
    expect(JSON.stringify(docs)).not.toContain(`${PREVIEW_NAMESPACE}.`);
    expect(JSON.stringify(kustomizeBuild(committed, {}))).toContain(`${PREVIEW_NAMESPACE}.`);
  });

  test('host: every route and the Certificate on pr-catalog-12.<baseDomain>, paths as rendered', () => {
    const route = docs.find((d) => d.kind === 'IngressRoute' && d.metadata.name === PREVIEW_ROUTE);
    const rendered = previewObjects.find((d) => d.kind === 'IngressRoute');
    expect(route.spec.routes).toHaveLength(previewBackends().length);
    route.spec.routes.forEach((r: any, i: number) => {
      expect(r.match).toBe(rendered.spec.routes[i].match.replace(`pr-preview.dev.lumen.localhost`, host));
      expect(r.match.startsWith(`Host(\`${host}\`) && PathPrefix(`)).toBe(true);
      expect(r.services).toEqual(rendered.spec.routes[i].services);
    });
    expect(docs.find((d) => d.kind === 'Certificate').spec.dnsNames).toEqual([host]);
    expect(docs.find((d) => d.kind === 'Middleware' && d.metadata.name === 'edge-jwt').spec.forwardAuth.address)
      .toBe('http://oathkeeper.pr-catalog-12.svc.cluster.local:4456/decisions');
  });

  test('image: catalog runs the pull request\'s head, the other services the host\'s tags', () => {
    const image = (name: string) => docs.find((d) => d.kind === 'Deployment' && d.metadata.name === name).spec.template.spec.containers[0].image;
    expect(image('catalog-v2')).toBe(`${dev.registry.host}/shop/catalog:3f9c2a7b`);
    expect(image('order-v1')).toBe(`${dev.registry.host}/shop/order:${dev.services.order.image.tag}`);
    expect(image('lumen-api')).toBe(`${dev.registry.host}/lumen/lumen-api:${dev.services.lumenApi.image.tag}`);
  });

  test.each([['order', 'order-v1', 'shop/order'], ['lumen-api', 'lumen-api', 'lumen/lumen-api']])('%s #7: its own service gets the head, in its own namespace', (repo, deployment, image) => {
    const a = generateApplication(appSet(repo), pullRequestParams(7, SHA));
    const d = kustomizeBuild(committed, a.spec.source.kustomize);
    expect(a.spec.destination.namespace).toBe(`pr-${repo}-7`);
    expect(d.find((x) => x.kind === 'Deployment' && x.metadata.name === deployment).spec.template.spec.containers[0].image).toBe(`${dev.registry.host}/${image}:3f9c2a7b`);
    expect(d.find((x) => x.kind === 'Certificate').spec.dnsNames).toEqual([`pr-${repo}-7.dev.lumen.localhost`]);
  });

  test('the previews AppProject admits every object Argo CD would sync (destinations pr-*, only Namespace cluster-scoped, its source)', () => {
    const project = hostObjects.find((o) => o.kind === 'AppProject')!;
    const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
    const destinations = project.spec.destinations.map((d: any) => glob(d.namespace));
    const clusterKinds = new Set(project.spec.clusterResourceWhitelist.map((w: any) => `${w.group}/${w.kind}`));
    expect(project.spec.sourceRepos).toContain(app.spec.source.repoURL);
    expect(project.spec.sourceNamespaces).toContain(app.metadata.namespace);
    expect(destinations.some((d: RegExp) => d.test(app.spec.destination.namespace))).toBe(true);
    for (const d of docs) {
      if (isClusterScoped(d.apiVersion, d.kind)) expect(clusterKinds).toContain(`${groupOf(d.apiVersion) === 'v1' ? '' : groupOf(d.apiVersion)}/${d.kind}`);
      else expect(destinations.some((r: RegExp) => r.test(d.metadata.namespace))).toBe(true);
    }
  });

  test('everything a preview runs fits its ResourceQuota (requests and limits of every pod, the databases included)', () => {
    const cpu = (q: string) => (q.endsWith('m') ? Number(q.slice(0, -1)) / 1000 : Number(q));
    const mem = (q: string) => Number(q.replace(/(Ki|Mi|Gi)$/, '')) * ({ Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30 } as Record<string, number>)[q.match(/(Ki|Mi|Gi)$/)![1]];
    const total = { 'requests.cpu': 0, 'requests.memory': 0, 'limits.cpu': 0, 'limits.memory': 0, pods: 0 };
    const add = (r: any, n: number) => {
      total['requests.cpu'] += cpu(r.requests.cpu) * n; total['requests.memory'] += mem(r.requests.memory) * n;
      total['limits.cpu'] += cpu(r.limits.cpu) * n; total['limits.memory'] += mem(r.limits.memory) * n;
    };
    for (const d of docs) {
      if (d.kind === 'Deployment' || d.kind === 'StatefulSet') {
        for (const c of d.spec.template.spec.containers) add(c.resources, d.spec.replicas);
        total.pods += d.spec.replicas;
      }
      // Each CloudNativePG instance, and its initdb Job while it bootstraps (the same resources).
      if (d.kind === 'Cluster') { add(d.spec.resources, d.spec.instances + 1); total.pods += d.spec.instances + 1; }
    }
    const hard = docs.find((d) => d.kind === 'ResourceQuota').spec.hard;
    expect(total['requests.cpu']).toBeLessThanOrEqual(cpu(hard['requests.cpu']));
    expect(total['limits.cpu']).toBeLessThanOrEqual(cpu(hard['limits.cpu']));
    expect(total['requests.memory']).toBeLessThanOrEqual(mem(hard['requests.memory']));
    expect(total['limits.memory']).toBeLessThanOrEqual(mem(hard['limits.memory']));
    expect(total.pods).toBeLessThanOrEqual(Number(hard.pods));
  });

  test('a parameter the generator does not give fails the render (missingkey=error)', () => {
    const broken = JSON.parse(JSON.stringify(appSet('catalog')));
    broken.spec.template.metadata.name = 'pr-{{.pull_number}}';
    expect(() => generateApplication(broken, pullRequestParams(1, SHA))).toThrow(/no entry for key "pull_number"/);
  });

  // The same build by kustomize itself (kubectl's), where this machine has kubectl: the simulation above must agree.
  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
  (kubectl ? test : test.skip)('kubectl kustomize with the Application\'s options gives the same objects', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-kustomize-'));
    try {
      for (const [f, text] of committed) { fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true }); fs.writeFileSync(path.join(dir, f), text); }
      const k = yaml.load(committed.get('kustomization.yaml')!) as Record<string, unknown>;
      const kz = app.spec.source.kustomize;
      k.namespace = kz.namespace;
      k.images = kz.images.map((i: string) => { const s = splitImage(i); return { name: s.name, newTag: s.tag }; });
      k.patches = kz.patches;
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), yaml.dump(k));
      const r = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const key = (d: any) => `${d.kind}/${d.metadata.name}`;
      const real = (yaml.loadAll(r.stdout) as any[]).sort((a, b) => key(a).localeCompare(key(b)));
      const simulated = [...docs].sort((a, b) => key(a).localeCompare(key(b)));
      expect(real).toEqual(simulated);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dist/preview/ passes the same gate as any environment', () => {
  const docs = [...committed.entries()].filter(([f]) => f.startsWith('manifests/')).map(([file, text]) => ({ file, manifest: yaml.load(text) as any }));

  test('the committed preview: schema, Pod Security, Gatekeeper rules, secrets, air gap: no violation', () => {
    expect(docs.length).toBeGreaterThan(40);
    expect(runGate(docs, previewConfig)).toEqual([]);
  });

  test('the gate sees the preview namespace as an application namespace (pr-*): a workload without tier is refused', () => {
    const dep = JSON.parse(JSON.stringify(docs.find((d) => d.manifest.kind === 'Deployment' && d.manifest.metadata.name === 'catalog-v2')!));
    delete dep.manifest.metadata.labels.tier;
    delete dep.manifest.spec.template.metadata.labels.tier;
    expect(runGate([...docs.filter((d) => d.file !== dep.file), dep], previewConfig).map((v) => v.rule)).toContain('lumen-required-labels');
  });

  test('kustomization.yaml lists exactly the rendered objects', () => {
    const k = yaml.load(committed.get('kustomization.yaml')!) as { resources: string[]; namespace?: string };
    expect(k.resources).toEqual(docs.map((d) => d.file).sort());
    // Argo CD sets the namespace per preview; a namespace here would be a second source of truth.
    expect(k.namespace).toBeUndefined();
  });
});

describe('preview and host agree', () => {
  test('the preview overlay is the host\'s cluster, registry and Git; the host renders the previews of this overlay', () => {
    expect(previewConfig.preview!.host).toBe('dev');
    expect(previewConfig.cluster).toEqual(dev.cluster);
    expect(previewConfig.registry).toEqual(dev.registry);
    expect(previewConfig.git).toEqual(dev.git);
    expect(dev.components.previews).toMatchObject({ enabled: true, environment: 'preview' });
    // The image a pull request overrides is the one the preview runs; the others run what dev runs (promote both).
    for (const r of PREVIEW_REPOSITORIES) expect(previewConfig.services[r.service].image).toEqual(dev.services[r.service].image);
  });

  test('every custom resource kind of the preview has its CRD in the host\'s render', () => {
    const hostCrds = new Set([...readTree(path.join(ROOT, 'dist', 'dev')).entries()]
      .filter(([f]) => /\/CustomResourceDefinition-[^/]+\.yaml$/.test(f))
      .map(([, text]) => { const c = yaml.load(text) as any; return `${c.spec.group}/${c.spec.names.kind}`; }));
    const used = [...new Set(previewObjects.filter((o) => customResourceDefinition(o.apiVersion, o.kind)).map((o) => `${groupOf(o.apiVersion)}/${o.kind}`))];
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((u) => !hostCrds.has(u))).toEqual([]);
  });

  test('every image of the preview is one the host already holds', () => {
    const images = (env: string) => fs.readFileSync(path.join(ROOT, 'dist', env, 'images.txt'), 'utf8').split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0]);
    const host = new Set(images('dev'));
    expect(images('preview').filter((i) => !host.has(i))).toEqual([]);
  });

  test('every flow between a preview and the platform has its other half in the host', () => {
    const nsLabels = previewObjects.find((o) => o.kind === 'Namespace')!.metadata.labels;
    const hostPolicies = hostObjects.filter((o) => o.kind === 'NetworkPolicy');
    const covered = (ns: string, pods: Record<string, string>, dir: 'egress' | 'ingress', previewPods: Record<string, string>, port: number) => hostPolicies.some((h) => {
      if (h.metadata.namespace !== ns || h.spec.policyTypes[0] !== (dir === 'egress' ? 'Egress' : 'Ingress')) return false;
      if (!Object.entries(h.spec.podSelector.matchLabels ?? {}).every(([k, v]) => pods[k] === undefined || pods[k] === v)) return false;
      const rule = h.spec[dir][0];
      const peer = (dir === 'egress' ? rule.to : rule.from)[0];
      const nsOk = Object.entries(peer.namespaceSelector?.matchLabels ?? {}).every(([k, v]) => nsLabels[k] === v);
      const podsOk = Object.entries(peer.podSelector?.matchLabels ?? {}).every(([k, v]) => previewPods[k] === undefined || previewPods[k] === v);
      return nsOk && podsOk && rule.ports.some((p: any) => p.port === port);
    });
    const crossing = previewObjects.filter((o) => o.kind === 'NetworkPolicy').flatMap((p) => {
      const dir = p.spec.policyTypes[0] === 'Egress' ? 'egress' : 'ingress';
      const rule = p.spec[dir]?.[0];
      const peer = rule && (dir === 'egress' ? rule.to : rule.from)?.[0];
      const peerNs = peer?.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
      if (!peerNs || peerNs === 'kube-system') return [];
      return rule.ports.map((port: any) => ({ p, dir, peerNs, peerPods: peer.podSelector?.matchLabels ?? {}, port: port.port }));
    });
    expect(crossing.map((c) => c.peerNs).sort()).toEqual(expect.arrayContaining(['cnpg-system', 'keycloak', 'traefik']));
    const missing = crossing.filter((c) => !covered(c.peerNs, c.peerPods, c.dir === 'egress' ? 'ingress' : 'egress', c.p.spec.podSelector.matchLabels ?? {}, c.port));
    expect(missing.map((c) => `${c.p.metadata.name} (${c.dir} ${c.peerNs}:${c.port})`)).toEqual([]);
  });
});
