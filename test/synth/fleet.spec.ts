/**
 * A fleet overlay (src/synth/fleet.ts): overlays/prod-fleet.yaml renders both clusters, each checked on its
 * own, the committed dist/ is the render, the Argo CD simulation converges on both clusters (the
 * ApplicationSet generating exactly the Applications of `generated/`), and per-cluster checks fail where
 * one cluster lacks what the other has.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadOverlay, parseOverlay } from '../../src/config/load';
import { simulateArgoSync } from '../../src/synth/argo-sim';
import { fleetProblems } from '../../src/synth/fleet';
import { renderEnvironment, summaryLine } from '../../src/synth/synthesize';
import { readTree } from '../../src/synth/writer';
import { ROOT } from '../support/fixtures';
import { parsed } from '../support/dist';

const OVERLAY = path.join(ROOT, 'overlays', 'prod-fleet.yaml');
const config = loadOverlay(OVERLAY);
const out = renderEnvironment(config);
const docsIn = (prefix: string) => [...out.files.entries()].filter(([f]) => f.startsWith(prefix) && f.endsWith('.yaml')).map(([, t]) => parsed(t));

describe('overlays/prod-fleet.yaml: two clusters', () => {
  test('the synth summary gives each cluster its waves and applications (adding up waves across clusters would say nothing)', () => {
    const line = summaryLine(out).split('\n')[0];
    expect(out.clusters?.map((c) => c.name)).toEqual(['infra', 'apps']);
    const perCluster = out.clusters!.map((c) => `${c.name}: ${c.waves} waves, ${c.applications} applications`).join('; ');
    expect(line).toBe(`prod-fleet 2 clusters (${perCluster}), ${out.resources} resources, ${out.bytes} bytes`);
    expect(out.clusters!.reduce((n, c) => n + c.applications, 0)).toBe(out.applications);
    for (const c of out.clusters!) expect(c.waves).toBeLessThan(out.waves);
  });

  test('renders each cluster under dist/prod-fleet/<cluster>/, the README at the top', () => {
    const top = new Set([...out.files.keys()].map((f) => (f.includes('/') ? f.split('/')[0] : f)));
    expect([...top].sort()).toEqual(['README.md', 'apps', 'infra']);
    for (const c of ['infra', 'apps']) {
      expect(out.files.has(`${c}/bootstrap/AppProject-${c === 'infra' ? 'lumen' : 'apps-lumen'}.yaml`)).toBe(true);
      expect(out.files.has(`${c}/README.md`)).toBe(true);
      expect(out.files.has(`${c}/k3s-config.yaml`)).toBe(true);
    }
    // One Argo CD: its values, and a root a person applies, only in infra.
    expect(out.files.has('infra/bootstrap/helm/argocd.values.yaml')).toBe(true);
    expect(out.files.has('infra/bootstrap/Application-root.yaml')).toBe(true);
    expect([...out.files.keys()].some((f) => f.startsWith('apps/bootstrap/Application-') || f.startsWith('apps/05-argocd/'))).toBe(false);
  });

  test('the committed dist/prod-fleet/ is exactly what synth produces (run `npm run synth` and commit)', () => {
    const committed = readTree(path.join(ROOT, 'dist', 'prod-fleet'));
    expect([...committed.keys()].sort()).toEqual([...out.files.keys()].sort());
    for (const [file, content] of out.files) expect(`${file}\n${committed.get(file)}`).toBe(`${file}\n${content}`);
  });

  test('placement: platform and data on infra, the shop and lumen-api on apps, per-node agents on both', () => {
    const appsOf = (c: string) => docsIn(`${c}/apps/`).map((a) => a.metadata.name);
    const infra = appsOf('infra');
    const apps = appsOf('apps');
    for (const a of ['argocd', 'vault', 'citus', 'mongodb', 'kafka', 'keycloak', 'lumen-db', 'loki', 'tempo', 'gitea']) expect(infra).toContain(a);
    for (const a of ['lumen-api', 'catalog', 'order', 'edge-auth']) {
      expect(apps).toContain(`apps-${a}`);
      expect(infra).not.toContain(a);
    }
    for (const a of ['falco', 'alloy', 'monitoring', 'metallb']) {
      expect(infra).toContain(a);
      expect(apps).toContain(`apps-${a}`);
    }
    for (const a of ['vault', 'citus', 'kafka', 'argocd']) expect(apps).not.toContain(`apps-${a}`);
  });

  test('the apps cluster\'s Applications deploy to its API server, in its own AppProject', () => {
    for (const app of docsIn('apps/apps/')) {
      expect(app.spec.destination.server).toBe('https://192.168.2.10:6443');
      expect(app.spec.project).toBe('apps-lumen');
      expect(app.spec.source?.path ?? app.spec.sources[0].path).toMatch(/^dist\/prod-fleet\/apps\/\d\d-/);
    }
    const project = docsIn('apps/bootstrap/')[0];
    expect(project.spec.destinations.every((d: any) => d.server === 'https://192.168.2.10:6443')).toBe(true);
  });

  test('the cluster Secret comes from Vault (VaultStaticSecret with a config template), never from Git', () => {
    const vss = docsIn('infra/25-dependencies-config/fleet-clusters/').find((d) => d.kind === 'VaultStaticSecret');
    expect(vss.kind).toBe('VaultStaticSecret');
    expect(vss.spec.path).toBe('argocd/clusters/apps');
    expect(vss.spec.destination.labels).toEqual({ 'argocd.argoproj.io/secret-type': 'cluster', 'lumen.dev/fleet': 'prod-fleet', 'lumen.dev/cluster-role': 'apps' });
    expect(vss.spec.destination.transformation.excludeRaw).toBe(true);
    const t = vss.spec.destination.transformation.templates;
    expect(t.name.text).toBe('apps');
    expect(t.server.text).toBe('https://192.168.2.10:6443');
    expect(JSON.parse(t.config.text.replace(/\{\{-[^}]*-\}\}/g, 'x'))).toEqual({ bearerToken: 'x', tlsClientConfig: { insecure: false, caData: 'x' } });
    const plainClusterSecrets = [...out.files].filter(([, t]) => /^kind: Secret$/m.test(t) && t.includes('argocd.argoproj.io/secret-type: cluster'));
    expect(plainClusterSecrets).toEqual([]);
  });

  test('Argo CD (infra) may reach the apps cluster\'s API server (the argocd chart opens only its own)', () => {
    const np = docsIn('infra/25-dependencies-config/fleet-clusters/').find((d) => d.kind === 'NetworkPolicy');
    expect(np.metadata).toMatchObject({ name: 'allow-egress-apiserver-apps', namespace: 'argocd' });
    expect(np.spec).toEqual({ podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '192.168.2.10/32' } }], ports: [{ protocol: 'TCP', port: 6443 }] }] });
  });

  test('no object of a cluster names a Service, or a NetworkPolicy peer, in a namespace that cluster lacks (a dependency left behind)', () => {
    for (const c of ['infra', 'apps']) {
      const docs = [...out.files.entries()]
        .filter(([f]) => f.startsWith(`${c}/`) && f.endsWith('.yaml') && !/\/(bootstrap|apps|generated)\/|\/\.?helm\//.test(f))
        .map(([f, t]) => ({ f, docs: [parsed(t)] }));
      const namespaces = new Set(['default', 'kube-system', ...docs.flatMap((d) => d.docs).filter((d) => d?.kind === 'Namespace').map((d) => d.metadata.name)]);
      const missing: string[] = [];
      const walk = (v: unknown, file: string, key = ''): void => {
        // Runbook links are for people, not connections.
        if (key === 'runbook_url' || key === 'annotations') return;
        // A NetworkPolicy peer in a namespace the cluster lacks: a flow to a component on another cluster.
        if (key === 'kubernetes.io/metadata.name' && typeof v === 'string' && !namespaces.has(v)) missing.push(`${file}: ${v}`);
        if (typeof v === 'string') {
          for (const [, ns] of v.matchAll(/\b[a-z0-9-]+\.([a-z0-9-]+)\.svc(?:\.cluster\.local)?\b/g)) if (!namespaces.has(ns)) missing.push(`${file}: ${ns}`);
        } else if (Array.isArray(v)) v.forEach((x) => walk(x, file));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, file, k);
      };
      // (CRDs' descriptions hold examples: my-cluster.myproject.svc.)
      for (const d of docs) for (const doc of d.docs) if (doc?.kind !== 'CustomResourceDefinition') walk(doc, d.f);
      expect([c, [...new Set(missing)]]).toEqual([c, []]);
    }
  });

  test('the README shows the wave graph of each cluster', () => {
    const readme = out.files.get('README.md')!;
    expect(readme).toContain('## infra (infra)');
    expect(readme).toContain('## apps (apps)');
    expect(readme.match(/```mermaid/g)).toHaveLength(2);
    expect(readme).toContain('app_fleet_roots["fleet-roots"]');
    expect(readme).toContain('app_order["order"]');
  });
});

describe('Argo CD simulation of the fleet', () => {
  const result = simulateArgoSync('prod-fleet', out.files);
  const generated = docsIn('infra/generated/');

  test('bootstrap of infra, then every wave of both clusters: every application synced and healthy', () => {
    expect(result.reason).toBeUndefined();
    expect(result.ok).toBe(true);
    const all = [...docsIn('infra/apps/'), ...docsIn('apps/apps/'), ...generated].map((a) => a.metadata.name);
    expect([...result.synced].sort()).toEqual(['root', ...all].sort());
    expect(result.log).toContain('cluster apps registered (https://192.168.2.10:6443)');
  });

  test('the ApplicationSet generates exactly the Applications of infra/generated/ (what the diff and the gate see)', () => {
    expect(generated.map((a) => a.metadata.name)).toEqual(['root-apps']);
    expect(result.generated).toEqual(generated);
    expect(generated[0].spec.sources.map((s: any) => s.path)).toEqual(['dist/prod-fleet/apps/bootstrap', 'dist/prod-fleet/apps/apps']);
    // Generated Applications have no sync-wave: nothing would honour it.
    expect(generated[0].metadata.annotations).toBeUndefined();
    // infra's root waits for the data layer before the apps cluster gets its root.
    const rootDone = result.log.findIndex((l) => l.startsWith('ApplicationSet cluster-roots: generate'));
    expect(result.log.findIndex((l) => l === 'citus: Synced, Healthy')).toBeLessThan(rootDone);
    expect(result.log.findIndex((l) => l === 'apps-order: Synced, Healthy')).toBeGreaterThan(rootDone);
  });

  test('the apps cluster\'s root applies its waves in order', () => {
    const waves = result.log.filter((l) => l.startsWith('root-apps: Sync wave ')).map((l) => Number(l.split(' ')[3].replace(':', '')));
    expect(waves).toEqual([...new Set(waves)].sort((a, b) => a - b));
    expect(waves).toContain(40);
  });

  test('without the cluster Secret, no root for the apps cluster is generated, and its applications never sync', () => {
    const files = new Map([...out.files].filter(([f]) => !f.startsWith('infra/25-dependencies-config/fleet-clusters/')));
    const r = simulateArgoSync('prod-fleet', files);
    expect(r.generated).toEqual([]);
    expect(r.synced).not.toContain('apps-order');
  });
});

describe('checks run per cluster', () => {
  const text = fs.readFileSync(OVERLAY, 'utf8');

  test('a cluster that lacks a CRD the other has fails coherence, naming the cluster (VSO only on infra)', () => {
    const moved = parseOverlay(`${text}placement:\n  vault-secrets-operator: infra\n`, 'overlays/prod-fleet.yaml', 'prod-fleet');
    expect(() => renderEnvironment(moved)).toThrow(/prod-fleet\/apps\/ +\(app-of-apps\) +coherence +.*VaultStaticSecret needs the vault-secrets-operator CRDs, which no application installs/);
  });

  test('a dependency no cluster can reach is a synth error (infra does not expose Citus)', () => {
    const hidden = parseOverlay(text.replace(/^ {6}citus-coordinator: .*\n/m, ''), 'overlays/prod-fleet.yaml', 'prod-fleet');
    expect(() => renderEnvironment(hidden)).toThrow('overlays/prod-fleet.yaml: order-v1 on cluster apps (apps) depends on citus-coordinator, which citus serves on role infra (cluster infra), which does not expose it: clusters[0].expose.citus-coordinator: expected an address of its pool (192.168.2.100-192.168.2.119), found nothing');
  });

  test('fleetProblems: one Application name rendered by two clusters is two owners of one object', () => {
    const app = 'kind: Application\n';
    expect(fleetProblems(new Map([['infra/apps/Application-x.yaml', app], ['apps/apps/Application-x.yaml', app], ['infra/10-core/y/Application-x.yaml', app]])))
      .toEqual(['Application x is rendered by both infra/apps/Application-x.yaml and apps/apps/Application-x.yaml: one object in argocd of the infra cluster, two owners']);
    expect(fleetProblems(out.files)).toEqual([]);
  });

  test('fleetProblems: one host routed by two clusters (DNS names one Traefik); each cluster has its own Grafana host', () => {
    const route = (host: string) => `kind: IngressRoute\nspec:\n  routes:\n    - match: Host(\`${host}\`) && PathPrefix(\`/\`)\n`;
    expect(fleetProblems(new Map([['infra/55-x/grafana/IngressRoute-g.yaml', route('g.local')], ['apps/55-x/grafana/IngressRoute-g.yaml', route('g.local')]])))
      .toEqual(['host g.local is routed on two clusters (infra/55-x/grafana/IngressRoute-g.yaml and apps/55-x/grafana/IngressRoute-g.yaml): DNS points it at one Traefik only']);
    expect(out.files.get('apps/50-observability/monitoring/IngressRoute-grafana.yaml')).toContain('Host(`grafana-apps.airgap.local`)');
  });
});
