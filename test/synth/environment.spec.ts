/**
 * Whole environments (src/environment.ts, rendered by src/synth/synthesize.ts), each rendered once and
 * audited: the committed dist/ is exactly the render, the app-of-apps layout, selectors, network flows with
 * both halves, L1 objects that keep every property they were given, and the one-pass resolve of the bundles
 * agreeing with cdk8s' on every object.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App } from 'cdk8s';
import { onePass } from '../../src/synth/fast-resolve';
import { ENVS, overlay, ROOT } from '../support/fixtures';
import { parsed, rendered } from '../support/dist';

/* eslint-disable @typescript-eslint/no-require-imports */
const { sanitizeValue } = require('cdk8s/lib/_util');
const { resolve } = require('cdk8s/lib/resolve');
/* eslint-enable @typescript-eslint/no-require-imports */

// Rendered once per environment and suite, shared by every audit below (a render is most of this suite's time),
// with each environment's construct tree for the L1 audit.
const apps: Record<string, App> = Object.fromEntries(ENVS.map((env) => [env, rendered(env).app]));
const outputs = Object.fromEntries(ENVS.map((env) => [env, rendered(env).out]));
// Manifests live in bootstrap/, apps/ and the wave folders; top-level files (inventories, registries.yaml) are not
// manifests, nor Helm values (bootstrap/helm/, each vendor render's .helm/ inputs).
const manifests = Object.fromEntries(ENVS.map((env) => [env, [...outputs[env].files.entries()]
  .filter(([f]) => f.includes('/') && f.endsWith('.yaml') && !f.includes('/helm/') && !f.includes('/.helm/')).map(([file, text]) => ({ file, doc: parsed(text) }))]));

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`]).sort();
}

describe.each(ENVS)('environment %s', (env) => {
  const out = outputs[env];
  const docs = manifests[env];
  const applications = docs.filter((d) => d.file.startsWith('apps/')).map((d) => d.doc);

  test('the committed dist/ is exactly what synth produces (run `npm run synth` and commit)', () => {
    const dir = path.join(ROOT, 'dist', env);
    expect(listFiles(dir)).toEqual([...out.files.keys()]);
    for (const [file, content] of out.files) expect(`${file}\n${fs.readFileSync(path.join(dir, file), 'utf8')}`).toBe(`${file}\n${content}`);
  });

  test('holds bootstrap/, apps/ and at least two wave folders', () => {
    const top = new Set([...out.files.keys()].map((f) => f.split('/')[0]));
    expect(top).toContain('bootstrap');
    expect(top).toContain('apps');
    expect([...top].filter((t) => /^\d\d-/.test(t)).length).toBeGreaterThanOrEqual(2);
  });

  test('every Application path source exists in dist/ and holds manifests', () => {
    const root = docs.find((d) => d.file === 'bootstrap/Application-root.yaml')!.doc;
    for (const app of [root, ...applications]) {
      const sources = app.spec.sources ?? [app.spec.source];
      for (const s of sources.filter((x: any) => x.path)) {
        expect(s.path.startsWith(`dist/${env}/`)).toBe(true);
        const rel = s.path.slice(`dist/${env}/`.length);
        expect([...out.files.keys()].some((f) => f.startsWith(`${rel}/`) && f.endsWith('.yaml'))).toBe(true);
      }
    }
  });

  test('every wave folder belongs to exactly one Application, whose sync-wave matches the folder', () => {
    const folders = new Set([...out.files.keys()].filter((f) => /^\d\d-/.test(f)).map((f) => f.split('/').slice(0, 2).join('/')));
    for (const folder of folders) {
      const owners = applications.filter((a) => (a.spec.sources ?? [a.spec.source]).some((s: any) => s.path === `dist/${env}/${folder}`));
      expect(owners).toHaveLength(1);
      expect(Number(owners[0].metadata.annotations['argocd.argoproj.io/sync-wave'])).toBe(Number(folder.slice(0, 2)));
    }
  });

  test('the root application manages the bootstrap folder and the apps folder', () => {
    const root = docs.find((d) => d.file === 'bootstrap/Application-root.yaml')!.doc;
    expect(root.spec.sources.map((s: any) => s.path)).toEqual([`dist/${env}/bootstrap`, `dist/${env}/apps`]);
    expect(root.metadata.finalizers).toBeUndefined();
  });

  test('the AppProject allows every destination namespace and only internal sources', () => {
    // The platform's project (bootstrap/); the previews' own (src/charts/previews.ts) admits pr-* only.
    const project = docs.find((d) => d.doc.kind === 'AppProject' && d.file.startsWith('bootstrap/'))!.doc;
    const allowed = new Set(project.spec.destinations.map((d: any) => d.namespace));
    for (const app of applications) if (app.spec.destination.namespace) expect(allowed).toContain(app.spec.destination.namespace);
    for (const d of docs) if (d.doc.metadata.namespace) expect(allowed).toContain(d.doc.metadata.namespace);
    const cfg = overlay(env);
    // Vendor charts are rendered into dist/: Argo CD reads the Git repository and nothing else.
    expect(project.spec.sourceRepos).toEqual([cfg.git.repoURL]);
    for (const app of applications) expect(app.spec.sources ?? [app.spec.source]).toEqual([expect.not.objectContaining({ chart: expect.anything() })]);
  });

  test('every Service and PodDisruptionBudget selects pods this environment renders (a typo selects nothing)', () => {
    const templates = docs.map((d) => d.doc).filter((m) => m.spec?.template?.metadata?.labels)
      .map((m) => ({ ns: m.metadata.namespace, labels: m.spec.template.metadata.labels as Record<string, string> }));
    const selects = (ns: string, sel: Record<string, string>) => templates.some((t) => t.ns === ns && Object.entries(sel).every(([k, v]) => t.labels[k] === v));
    const selectors = docs.map((d) => d.doc).flatMap((m) =>
      m.kind === 'Service' && m.spec.selector ? [[m, m.spec.selector]] : m.kind === 'PodDisruptionBudget' ? [[m, m.spec.selector.matchLabels]] : []);
    expect(selectors.length).toBeGreaterThan(5);
    // Pods no rendered template describes: labelled at run time, or created by an operator from a custom resource.
    const runtime: Record<string, string> = {
      'Service vault/vault-active': 'Vault\'s service registration labels the active pod vault-active=true',
      'Service vault/vault-standby': 'the same label, false on standbys',
      'Service monitoring/monitoring-alertmanager': 'the prometheus-operator creates the StatefulSet from the Alertmanager resource',
      'Service monitoring/monitoring-prometheus': 'the prometheus-operator creates the StatefulSet from the Prometheus resource',
    };
    const orphans = selectors.filter(([m, sel]) => !selects(m.metadata.namespace, sel)).map(([m]) => `${m.kind} ${m.metadata.namespace}/${m.metadata.name}`);
    expect(orphans.filter((o) => !runtime[o])).toEqual([]);
  });

  test('no hash suffixes: every object name is a human name', () => {
    for (const d of docs) expect(d.doc.metadata.name).not.toMatch(/-[0-9a-f]{8}$/);
  });

  test('cert-manager and lumen-api flow through', () => {
    expect(out.files.has('apps/Application-cert-manager.yaml')).toBe(true);
    expect(out.files.has('40-applications/lumen-api/Rollout-lumen-api.yaml')).toBe(true);
  });

  test('README has the Mermaid wave graph', () => {
    expect(out.files.get('README.md')).toContain('```mermaid\nflowchart LR');
  });
});

/*
 * Network flows. Every namespace we own denies ingress and egress by default, so a flow works only when both
 * halves exist: an egress policy where it leaves and an ingress policy where it arrives. A half without its
 * other half is traffic that silently never flows. This audits every rendered environment.
 */
type Labels = Record<string, string>;
interface Half { ns: string; pods: Labels; peerNs: string; peerPods: Labels; port: number | string; file: string }

const NS_KEY = 'kubernetes.io/metadata.name';
/** Two selectors can pick the same pod: no label both name with different values. */
const compatible = (a: Labels, b: Labels) => Object.entries(a).every(([k, v]) => b[k] === undefined || b[k] === v);

function halves(docs: { file: string; doc: any }[], direction: 'egress' | 'ingress'): Half[] {
  const out: Half[] = [];
  for (const { file, doc } of docs) {
    if (doc.kind !== 'NetworkPolicy') continue;
    for (const rule of doc.spec[direction] ?? []) {
      for (const peer of rule[direction === 'egress' ? 'to' : 'from'] ?? []) {
        const peerNs = peer.namespaceSelector?.matchLabels?.[NS_KEY];
        if (!peerNs || peer.namespaceSelector.matchExpressions) continue; // ipBlock, or every namespace
        for (const p of rule.ports ?? [{ port: '*' }]) {
          out.push({ ns: doc.metadata.namespace, pods: doc.spec.podSelector?.matchLabels ?? {}, peerNs, peerPods: peer.podSelector?.matchLabels ?? {}, port: p.port ?? '*', file });
        }
      }
    }
  }
  return out;
}

describe.each(ENVS)('%s: network flows have both halves', (env) => {
  const docs = manifests[env];
  // Namespaces that deny by default (ours); a peer elsewhere (kube-system's DNS) has no policy of ours to match.
  const denying = new Set(docs.filter((d) => d.doc.kind === 'NetworkPolicy' && d.doc.metadata.name === 'default-deny-all').map((d) => d.doc.metadata.namespace));
  const egress = halves(docs, 'egress');
  const ingress = halves(docs, 'ingress');
  const portMatch = (a: number | string, b: number | string) => a === b || a === '*' || b === '*';

  test('every egress to one of our namespaces is admitted there', () => {
    const missing = egress.filter((e) => denying.has(e.peerNs)).filter((e) => !ingress.some((i) =>
      i.ns === e.peerNs && compatible(i.pods, e.peerPods) && i.peerNs === e.ns && compatible(i.peerPods, e.pods) && portMatch(i.port, e.port)));
    expect(missing.map((e) => `${e.file}: ${e.ns}/${JSON.stringify(e.pods)} → ${e.peerNs}/${JSON.stringify(e.peerPods)}:${e.port} has no ingress half`)).toEqual([]);
  });

  test('every ingress from one of our namespaces is let out there', () => {
    const missing = ingress.filter((i) => denying.has(i.peerNs)).filter((i) => !egress.some((e) =>
      e.ns === i.peerNs && compatible(e.pods, i.peerPods) && e.peerNs === i.ns && compatible(e.peerPods, i.pods) && portMatch(e.port, i.port))
      // Prometheus leaves to every namespace on its scrape ports (one policy with an open namespaceSelector).
      && !docs.some((d) => d.doc.kind === 'NetworkPolicy' && d.doc.metadata.namespace === i.peerNs && compatible(d.doc.spec.podSelector?.matchLabels ?? {}, i.peerPods)
        && (d.doc.spec.egress ?? []).some((r: any) => (r.to ?? []).some((t: any) => t.namespaceSelector && !t.namespaceSelector.matchLabels?.[NS_KEY])
          && (r.ports ?? []).some((p: any) => portMatch(p.port, i.port)))));
    expect(missing.map((i) => `${i.file}: ${i.peerNs}/${JSON.stringify(i.peerPods)} → ${i.ns}/${JSON.stringify(i.pods)}:${i.port} has no egress half`)).toEqual([]);
  });
});

/*
 * Generated L1 classes (imports/) render only the properties they know and silently drop the rest: a key
 * spelt as in the CRD (`openAPIV3Schema`) instead of as in the class (`openApiv3Schema`) vanishes from
 * dist/. Guard: for every L1 object of every environment, each value given to it appears in its manifest.
 */

/** Leaf paths, keys compared without case, `_` or `-` (the L1 maps camelCase to the CRD's spelling). */
function leaves(v: unknown, p: string, out: Set<string>): Set<string> {
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, `${p}[${i}]`, out));
  else if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (!entries.length) out.add(p);
    for (const [k, x] of entries) leaves(x, `${p}.${k.toLowerCase().replace(/[_-]/g, '')}`, out);
  } else if (v !== undefined) out.add(p);
  return out;
}

describe.each(ENVS)('%s: L1 objects keep every property they were given', (env) => {
  test('nothing dropped', () => {
    const dropped: string[] = [];
    let l1 = 0;
    for (const c of apps[env].node.findAll()) {
      if (!(c instanceof ApiObject) || c.toJson === ApiObject.prototype.toJson) continue;
      l1++;
      const given = leaves(ApiObject.prototype.toJson.call(c), '', new Set());
      const rendered = leaves(c.toJson(), '', new Set());
      // IntOrString and friends render `{value: x}` as `x`.
      for (const p of given) if (!rendered.has(p) && !(p.endsWith('.value') && rendered.has(p.slice(0, -6)))) dropped.push(`${c.node.path}: ${p}`);
    }
    expect(l1).toBeGreaterThan(100);
    expect(dropped).toEqual([]);
  });
});

// The bundles render objects with src/synth/fast-resolve.ts in place of cdk8s' resolve + sanitize: its one
// pass (no fallback) must give cdk8s' JSON for every object (prod: every component on; the committed dist/
// of every environment is rendered by the bundles and compared with this suite's render above).
describe.each(['prod'] as const)('%s: the one-pass resolve gives what cdk8s gives, for every object and its metadata', (env) => {
  test('same JSON, same key order', () => {
    let objects = 0;
    for (const c of apps[env].node.findAll()) {
      if (!(c instanceof ApiObject)) continue;
      objects++;
      const md = c.metadata as any;
      const meta = { ...md._additionalAttributes, name: md.name, namespace: md.namespace, annotations: md.annotations, finalizers: md.finalizers, ownerReferences: md.ownerReferences, labels: md.labels };
      const metaOptions = { filterEmptyArrays: true, filterEmptyObjects: true };
      expect(JSON.stringify(onePass(meta, metaOptions))).toBe(JSON.stringify(sanitizeValue(resolve([], meta, c), metaOptions)));
      const data = { ...(c as any).props, metadata: c.metadata.toJson() };
      expect(JSON.stringify(onePass(data, { sortKeys: true }))).toBe(JSON.stringify(sanitizeValue(resolve([], data, c), { sortKeys: true })));
    }
    expect(objects).toBeGreaterThan(400);
  });
});
