import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { RUNNER_LABELS } from '../../src/charts/gitea';
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

  test.each(files)('%s: no job names a container or service image (the runner label\'s image, per environment)', (f) => {
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

// Contract: what each workflow asks for against what each environment's runner offers (committed dist/: the
// act_runner ConfigMap's labels) and what the connected zone carries in (dist/<env>/images.txt).
describe.each(ENVS)('.gitea/workflows against the runner and the image inventory of dist/%s', (env) => {
  const files = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
  const dist = readTrees(path.join(ROOT, 'dist')).get(env)!;
  const config = overlay(env);
  const cm = [...dist.entries()].find(([f]) => f.endsWith('/gitea-runner/ConfigMap-act-runner.yaml'));
  const runner = yaml.load((yaml.load(cm![1]) as any).data['config.yaml']) as any;
  /** label → image (`<label>:docker://<image>`). */
  const labels = new Map<string, string>((runner.runner.labels as string[]).map((l) => {
    const [label, scheme] = l.split(':', 2);
    expect(scheme).toBe('docker');
    return [label, l.slice(`${label}:docker://`.length)];
  }));
  const images = new Set((dist.get('images.txt') ?? '').split('\n').filter(Boolean).map((l) => l.split('  ')[0]));

  test('the runner\'s labels are RUNNER_LABELS, each with its image from the environment\'s registry', () => {
    expect([...labels.keys()].sort()).toEqual(Object.keys(RUNNER_LABELS).sort());
    for (const [label, i] of Object.entries(RUNNER_LABELS)) expect(labels.get(label)).toBe(`${config.registry.host}/${i.repository}:${i.tag}`);
  });

  test.each(files)('%s: every job\'s runs-on is a label of the runner, its image is in images.txt', (f) => {
    for (const [name, j] of Object.entries(load(f).doc.jobs) as [string, any][]) {
      const runsOn: string[] = [j['runs-on']].flat();
      expect(runsOn.length).toBeGreaterThan(0);
      for (const l of runsOn) expect({ job: name, label: l, offered: labels.has(l) }).toEqual({ job: name, label: l, offered: true });
      const image = j.container?.image ?? j.container ?? labels.get(runsOn[0]);
      expect({ job: name, image, listed: images.has(image) }).toEqual({ job: name, image, listed: true });
    }
  });
});
