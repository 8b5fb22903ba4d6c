import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { renderEnvironment } from '../../src/synth/synthesize';
import { ENVS, overlay, ROOT } from '../support/fixtures';

const outputs = Object.fromEntries(ENVS.map((env) => [env, renderEnvironment(overlay(env))]));

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`]).sort();
}

describe.each(ENVS)('environment %s', (env) => {
  const out = outputs[env];
  // Manifests live in bootstrap/, apps/ and the wave folders; top-level files (inventories, registries.yaml) are not manifests.
  const docs = [...out.files.entries()].filter(([f]) => f.includes('/') && f.endsWith('.yaml') && !f.includes('/helm/')).map(([f, text]) => ({ file: f, doc: yaml.load(text) as any }));
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
    const project = docs.find((d) => d.doc.kind === 'AppProject')!.doc;
    const allowed = new Set(project.spec.destinations.map((d: any) => d.namespace));
    for (const app of applications) if (app.spec.destination.namespace) expect(allowed).toContain(app.spec.destination.namespace);
    for (const d of docs) if (d.doc.metadata.namespace) expect(allowed).toContain(d.doc.metadata.namespace);
    const cfg = overlay(env);
    expect(project.spec.sourceRepos).toEqual([cfg.charts.repository, cfg.git.repoURL].sort());
  });

  test('every Service and PodDisruptionBudget selects pods this environment renders (a typo selects nothing)', () => {
    const templates = docs.map((d) => d.doc).filter((m) => m.spec?.template?.metadata?.labels)
      .map((m) => ({ ns: m.metadata.namespace, labels: m.spec.template.metadata.labels as Record<string, string> }));
    const selects = (ns: string, sel: Record<string, string>) => templates.some((t) => t.ns === ns && Object.entries(sel).every(([k, v]) => t.labels[k] === v));
    const selectors = docs.map((d) => d.doc).flatMap((m) =>
      m.kind === 'Service' && m.spec.selector ? [[m, m.spec.selector]] : m.kind === 'PodDisruptionBudget' ? [[m, m.spec.selector.matchLabels]] : []);
    expect(selectors.length).toBeGreaterThan(5);
    const orphans = selectors.filter(([m, sel]) => !selects(m.metadata.namespace, sel)).map(([m]) => `${m.kind} ${m.metadata.namespace}/${m.metadata.name}`);
    expect(orphans).toEqual([]);
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
