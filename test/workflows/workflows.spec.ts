import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { GITEA_RUNNER_NAMESPACE, RUNNER_IMAGE, RUNNER_LABELS } from '../../src/charts/gitea';
import { podTemplateOf, PSS_ENFORCE_LABEL, restrictedViolations } from '../../src/policy/pod-security';
import { readTrees } from '../../src/diff/base';
import { ENVS, overlay, ROOT } from '../support/fixtures';

const DIR = path.join(ROOT, '.gitea', 'workflows');
const load = (f: string): { text: string; doc: any } => {
  const text = fs.readFileSync(path.join(DIR, f), 'utf8');
  return { text, doc: yaml.load(text) };
};
const steps = (doc: any): any[] => Object.values(doc.jobs).flatMap((j: any) => j.steps ?? []);
const runs = (doc: any): string => steps(doc).map((s) => s.run ?? '').join('\n');
/** `on:` is a YAML 1.1 boolean for some parsers; js-yaml (1.2) keeps it a key. */
const triggers = (doc: any): string[] => Object.keys(doc.on ?? doc.true ?? {});

describe('.gitea/workflows: everything resolves inside the air gap', () => {
  const files = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();

  test('ci.yml and pr-diff.yml exist', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'pr-diff.yml']));
  });

  test.each(files)('%s: no action fetched from outside (plain run: steps, or a local ./ action)', (f) => {
    const { doc } = load(f);
    for (const s of steps(doc)) {
      if (s.uses !== undefined) expect(String(s.uses)).toMatch(/^\.\//);
      else expect(typeof s.run).toBe('string');
    }
  });

  test.each(files)('%s: no job names a container or service image (host mode: the runner\'s own image, per environment)', (f) => {
    for (const j of Object.values(load(f).doc.jobs) as any[]) {
      expect(j.container).toBeUndefined();
      expect(j.services).toBeUndefined();
    }
  });

  test.each(files)('%s: npm installs from the internal registry (Gitea\'s npm packages), the lockfile names no registry', (f) => {
    for (const j of Object.values(load(f).doc.jobs) as any[]) {
      expect(j.env?.NPM_CONFIG_REGISTRY).toMatch(/^http:\/\/gitea-http\.gitea\.svc\.cluster\.local:3000\/api\/packages\/[a-z0-9-]+\/npm\/$/);
    }
    expect(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')).not.toContain('"resolved"');
  });

  test.each(files)('%s: no internet host anywhere (comments aside)', (f) => {
    expect(JSON.stringify(load(f).doc)).not.toMatch(/github\.com|gitlab\.com|docker\.io|ghcr\.io|quay\.io|registry\.npmjs\.org|https?:\/\/(?!127\.)[a-z0-9.-]+\.(com|io|org|net)\b/);
  });

  test('ci.yml: push and pull_request; npm ci, synth, dist/ drift, test, validate, in that order', () => {
    const { doc } = load('ci.yml');
    expect(triggers(doc)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const text = runs(doc);
    const order = ['npm ci', 'npm run synth', 'git status --porcelain -- dist', 'npm test', 'npm run validate'].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('pr-diff.yml: pull_request; fetch the base branch, diff against it, post the comment with the secret token', () => {
    const { doc } = load('pr-diff.yml');
    expect(triggers(doc)).toEqual(['pull_request']);
    const text = runs(doc);
    expect(text).toMatch(/git fetch .*refs\/heads\/\$\{BASE_REF\}/);
    expect(text).toContain('npm ci');
    expect(text).toMatch(/npm run (--silent )?diff -- --base "origin\/\$\{BASE_REF\}".* --out diff\.md/);
    expect(text).toMatch(/post-comment\.js .*--file diff\.md/);
    const post = steps(doc).find((s) => String(s.run).includes('post-comment'));
    expect(post.env.GITEA_TOKEN).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/);
    // The token is never on a command line.
    expect(text).not.toMatch(/GITEA_TOKEN|secrets\./);
  });
});

// Contract: what each workflow asks for against what each environment's runners offer (committed dist/: the
// act_runner ConfigMaps' labels, the runner pods) and what the connected zone carries in (dist/<env>/images.txt).
describe.each(ENVS)('.gitea/workflows against the runners and the image inventory of dist/%s', (env) => {
  const files = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
  const dist = readTrees(path.join(ROOT, 'dist')).get(env)!;
  const objects = [...dist.entries()].filter(([f]) => f.endsWith('.yaml') && !f.includes('/.helm/') && /^\d\d-/.test(f)).map(([, t]) => yaml.load(t) as any);
  const runnerNs = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === GITEA_RUNNER_NAMESPACE);
  /** The act_runner configurations: one ConfigMap per pool, named like its StatefulSet. */
  const configs = objects.filter((o) => o.kind === 'ConfigMap' && o.metadata.namespace === GITEA_RUNNER_NAMESPACE && o.data?.['config.yaml']);
  /** label → the pool (StatefulSet) offering it, and its scheme (`<label>:host`). */
  const offered = new Map<string, { pool: string; scheme: string }>(configs.flatMap((cm) => ((yaml.load(cm.data['config.yaml']) as any).runner.labels as string[])
    .map((l) => { const [label, scheme] = l.split(':'); return [label, { pool: cm.metadata.name, scheme }] as [string, { pool: string; scheme: string }]; })));
  const runners = objects.filter((o) => o.kind === 'StatefulSet' && o.metadata.namespace === GITEA_RUNNER_NAMESPACE);
  const runnerOf = (pool: string) => runners.find((o) => o.metadata.name === pool);
  const images = new Set((dist.get('images.txt') ?? '').split('\n').filter(Boolean).map((l) => l.split('  ')[0]));

  test('the runners\' labels are RUNNER_LABELS, each offered by its pool, in host mode (no label starts a job container)', () => {
    expect([...offered.keys()].sort()).toEqual(Object.keys(RUNNER_LABELS).sort());
    for (const [label, l] of Object.entries(RUNNER_LABELS)) expect({ label, ...offered.get(label) }).toEqual({ label, pool: l.pool, scheme: 'host' });
  });

  test.each(files)('%s: every job\'s runs-on is a label of a runner, the image it runs in is in images.txt', (f) => {
    for (const [name, j] of Object.entries(load(f).doc.jobs) as [string, any][]) {
      const runsOn: string[] = [j['runs-on']].flat();
      expect(runsOn.length).toBeGreaterThan(0);
      for (const l of runsOn) expect({ job: name, label: l, offered: offered.has(l) }).toEqual({ job: name, label: l, offered: true });
      // Host mode: the job runs in the runner container itself.
      const runner = runnerOf(offered.get(runsOn[0])!.pool);
      const image = runner?.spec.template.spec.containers.find((c: any) => c.name === 'runner')?.image;
      expect({ job: name, image, listed: images.has(image) }).toEqual({ job: name, image, listed: true });
      expect(image).toBe(`${overlay(env).registry.host}/${RUNNER_IMAGE.repository}:${RUNNER_IMAGE.tag}`);
    }
  });

  // Every pod that runs pull-request code (each runner pool: host mode runs the jobs inside it) is unprivileged.
  test('no pod that runs pull-request code is privileged: restricted namespace, no privileged container, no hostPath, no Docker socket', () => {
    expect(runnerNs.metadata.labels[PSS_ENFORCE_LABEL]).toBe('restricted');
    const pools = new Set([...offered.values()].map((o) => o.pool));
    expect(runners.map((r) => r.metadata.name).sort()).toEqual([...pools].sort());
    for (const r of runners) {
      const pod = r.spec.template;
      expect({ pool: r.metadata.name, violations: restrictedViolations(pod) }).toEqual({ pool: r.metadata.name, violations: [] });
      const containers = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
      for (const c of containers) {
        expect(c.securityContext?.privileged).not.toBe(true);
        expect(c.securityContext?.allowPrivilegeEscalation).toBe(false);
        expect(c.securityContext?.capabilities?.add ?? []).toEqual([]);
        expect(JSON.stringify(c.env ?? [])).not.toMatch(/DOCKER_HOST|docker\.sock/);
        expect((c.volumeMounts ?? []).map((m: any) => m.mountPath).join(' ')).not.toMatch(/docker|containerd|\/var\/run|\/run\//);
      }
      for (const v of pod.spec.volumes ?? []) expect({ volume: v.name, hostPath: v.hostPath }).toEqual({ volume: v.name, hostPath: undefined });
      for (const f of ['hostNetwork', 'hostPID', 'hostIPC']) expect(pod.spec[f]).not.toBe(true);
      expect(pod.spec.automountServiceAccountToken).toBe(false);
    }
    // Nothing else in the namespace is privileged either (no Docker-in-Docker sidecar, no builder).
    const pods = objects.filter((o) => o.metadata?.namespace === GITEA_RUNNER_NAMESPACE && podTemplateOf(o));
    for (const o of pods) expect({ object: `${o.kind}/${o.metadata.name}`, violations: restrictedViolations(podTemplateOf(o)!) }).toEqual({ object: `${o.kind}/${o.metadata.name}`, violations: [] });
  });
});
