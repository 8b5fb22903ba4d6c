import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { overlay, ROOT } from '../support/fixtures';

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

  test.each(files)('%s: job and service images come from the internal registry', (f) => {
    const registry = overlay('prod').registry.host;
    const jobs = Object.values(load(f).doc.jobs) as any[];
    for (const j of jobs) {
      const images = [j.container?.image ?? j.container, ...Object.values(j.services ?? {}).map((s: any) => s.image ?? s)].filter(Boolean);
      expect(images.length).toBeGreaterThan(0);
      for (const i of images) expect(String(i).startsWith(`${registry}/`)).toBe(true);
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
