import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promote, serviceKey, tagPath } from '../../src/cli/promote';
import { ROOT } from '../support/fixtures';

function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name), `${prefix}${e.name}/`);
      else out.set(`${prefix}${e.name}`, fs.readFileSync(path.join(d, e.name), 'utf8'));
    }
  };
  walk(dir, '');
  return out;
}

const changedFiles = (a: Map<string, string>, b: Map<string, string>): string[] =>
  [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();

const changedLines = (a: string, b: string): string[] => {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  return y.filter((l, i) => l !== x[i]);
};

describe('npm run promote', () => {
  let work: string;
  let overlays: string;
  let dist: string;
  beforeAll(() => {
    // A copy of the overlays and of the committed dist/prod (what synth writes: test/synth/environment.spec.ts):
    // the real repository is never touched.
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-promote-'));
    overlays = path.join(work, 'overlays');
    dist = path.join(work, 'dist');
    fs.cpSync(path.join(ROOT, 'overlays'), overlays, { recursive: true });
    // The overlays name the signing key as ../cosign.pub.
    fs.copyFileSync(path.join(ROOT, 'cosign.pub'), path.join(work, 'cosign.pub'));
    fs.cpSync(path.join(ROOT, 'dist', 'prod'), path.join(dist, 'prod'), { recursive: true });
  });
  const D1 = `sha256:${'1'.repeat(64)}`;
  const D2 = `sha256:${'a2'.repeat(32)}`;
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('sets one tag and its digest: exactly one overlay line, and exactly that service\'s rendered files (and images.txt) change', () => {
    const overlayBefore = fs.readFileSync(path.join(overlays, 'prod.yaml'), 'utf8');
    const stagingBefore = fs.readFileSync(path.join(overlays, 'staging.yaml'), 'utf8');
    const before = readTree(path.join(dist, 'prod'));
    const r = promote({ env: 'prod', service: 'lumen-api', tag: '1.3.1', digest: D1, overlaysDir: overlays, outDir: dist });
    expect(r).toMatchObject({ service: 'lumenApi', keyPath: ['image', 'tag'], previous: '1.3.0', tag: '1.3.1', digest: D1 });
    expect(r.previousDigest).toMatch(/^sha256:[0-9a-f]{64}$/);

    const overlayAfter = fs.readFileSync(path.join(overlays, 'prod.yaml'), 'utf8');
    expect(changedLines(overlayBefore, overlayAfter)).toEqual([`    image: { tag: 1.3.1, digest: "${D1}" }`]);
    expect(fs.readFileSync(path.join(overlays, 'staging.yaml'), 'utf8')).toBe(stagingBefore);

    const after = readTree(path.join(dist, 'prod'));
    const changed = changedFiles(before, after);
    expect(changed).toEqual(r.changed);
    expect(changed).toContain('images.txt');
    const rendered = changed.filter((f) => f !== 'images.txt');
    expect(rendered.length).toBeGreaterThan(0);
    for (const f of rendered) expect(f).toMatch(/^\d\d-[a-z-]+\/lumen-api\//);
    // images.txt carries the digest: what the connected zone and the verifier see.
    expect(after.get('images.txt')).toContain(`/lumen/lumen-api:1.3.1@${D1}  built\n`);
    expect(after.get('images.txt')).not.toContain('/lumen/lumen-api:1.3.0');
    for (const f of rendered) expect(after.get(f)).not.toContain('lumen-api:1.3.0');
    expect(Object.values(Object.fromEntries(after)).join('\n')).toContain(`/lumen/lumen-api:1.3.1@${D1}`);
  });

  test('--digest alone moves the digest of the tag the environment runs (a rebuild of the same tag)', () => {
    const before = fs.readFileSync(path.join(overlays, 'prod.yaml'), 'utf8');
    const r = promote({ env: 'prod', service: 'lumen-api', tag: '1.3.1', digest: D2, overlaysDir: overlays, outDir: dist });
    expect(r).toMatchObject({ previous: '1.3.1', tag: '1.3.1', previousDigest: D1, digest: D2 });
    expect(changedLines(before, fs.readFileSync(path.join(overlays, 'prod.yaml'), 'utf8'))).toEqual([`    image: { tag: 1.3.1, digest: "${D2}" }`]);
  });

  test('--from staging copies the tag and the digest staging runs (the promotion to prod)', () => {
    fs.writeFileSync(path.join(overlays, 'staging.yaml'), fs.readFileSync(path.join(overlays, 'staging.yaml'), 'utf8')
      .replace(/(lumenApi:\n\s+image: \{ tag: )[^ }]+, digest: "[^"]+"/, `$11.5.0, digest: "${D1}"`));
    const r = promote({ env: 'prod', service: 'lumenApi', from: 'staging', overlaysDir: overlays, outDir: dist });
    expect(r).toMatchObject({ tag: '1.5.0', digest: D1 });
    expect(fs.readFileSync(path.join(overlays, 'prod.yaml'), 'utf8')).toContain(`image: { tag: 1.5.0, digest: "${D1}" }`);
  });

  test('the same tag and digest again change nothing', () => {
    const before = readTree(path.join(dist, 'prod'));
    const r = promote({ env: 'prod', service: 'lumen-api', tag: '1.5.0', overlaysDir: overlays, outDir: dist });
    expect(r.changed).toEqual([]);
    expect(promote({ env: 'prod', service: 'lumen-api', tag: '1.5.0', digest: D1, overlaysDir: overlays, outDir: dist }).changed).toEqual([]);
    expect(readTree(path.join(dist, 'prod'))).toEqual(before);
  });

  test('a digest where the environment had none: dev (warn) takes the tag alone, or tag@digest', () => {
    fs.cpSync(path.join(ROOT, 'dist', 'dev'), path.join(dist, 'dev'), { recursive: true });
    const r = promote({ env: 'dev', service: 'order', tag: '1.1.0', digest: D2, overlaysDir: overlays, outDir: dist });
    expect(r).toMatchObject({ keyPath: ['image', 'tag'], previous: '1.0.0', tag: '1.1.0', previousDigest: undefined, digest: D2 });
    expect(fs.readFileSync(path.join(overlays, 'dev.yaml'), 'utf8')).toContain(`  order:\n    image: { tag: 1.1.0, digest: "${D2}" }\n`);
    expect(fs.readFileSync(path.join(dist, 'dev', 'images.txt'), 'utf8')).toContain(`/shop/order:1.1.0@${D2}  built`);
  });

  test.each([
    [{ tag: 'latest' }, 'promote: --tag "latest" is not a valid image tag: expected a pinned tag, not "latest"'],
    [{ tag: 'v1 beta' }, 'promote: --tag "v1 beta" is not a valid image tag: expected an image tag'],
    [{ tag: '1.0', env: 'qa' }, 'promote: no overlay for environment "qa"'],
    [{ tag: '1.0', service: 'payments' }, 'promote: unknown service "payments" (services: lumen-api, '],
    [{}, 'promote: give exactly one of --tag TAG and --from ENV'],
    [{ tag: '1.0', from: 'staging' }, 'promote: give exactly one of --tag TAG and --from ENV'],
    // Digests: malformed, or missing where the environment pins the image by digest.
    [{ tag: '1.6.0', digest: 'sha256:abc' }, 'promote: --digest "sha256:abc" is not an image digest: expected sha256:<64 lower-case hex>'],
    [{ tag: '1.6.0', digest: `sha256:${'A'.repeat(64)}` }, 'is not an image digest: expected sha256:<64 lower-case hex>'],
    [{ tag: '1.6.0', digest: `sha512:${'1'.repeat(128)}` }, 'is not an image digest'],
    [{ tag: '1.6.0', digest: '1'.repeat(64) }, 'is not an image digest'],
    [{ from: 'staging', digest: `sha256:${'1'.repeat(64)}` }, 'promote: --digest goes with --tag'],
    [{ tag: '1.6.0' }, 'promote: prod runs lumen-api by digest (services.lumenApi.image.digest); give --digest sha256:… of 1.6.0 with --tag'],
  ])('refuses %j, touching nothing', (extra, message) => {
    const before = fs.readFileSync(path.join(overlays, 'prod.yaml'), 'utf8');
    expect(() => promote({ env: 'prod', service: 'lumen-api', overlaysDir: overlays, outDir: dist, ...extra })).toThrow(message);
    expect(fs.readFileSync(path.join(overlays, 'prod.yaml'), 'utf8')).toBe(before);
  });

  test('the CLI: a rejected tag is exit 1 and one line, no stack', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'build', 'src', 'cli', 'promote.js'), '--env', 'prod', '--service', 'lumen-api', '--tag', 'latest', '--overlays', overlays, '--out', dist], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('promote: --tag "latest" is not a valid image tag: expected a pinned tag, not "latest"');
  });

  test('the CLI: --digest, malformed, is exit 1 and one line; a tag-only service in an enforcing environment is the overlay error', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'build', 'src', 'cli', 'promote.js'), ...args, '--overlays', overlays, '--out', dist], { encoding: 'utf8' });
    const bad = cli('--env', 'prod', '--service', 'lumen-api', '--tag', '1.6.0', '--digest', 'sha256:xyz');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('promote: --digest "sha256:xyz" is not an image digest: expected sha256:<64 lower-case hex> (what the registry answered to the push), found 10 character(s)');
    // An overlay whose first-party image has no digest in prod (edited by hand) is refused as it stands.
    const prod = path.join(overlays, 'prod.yaml');
    const text = fs.readFileSync(prod, 'utf8');
    fs.writeFileSync(prod, text.replace(/(  order:\n    replicas: 2\n)    image: \{ digest: "[^"]+" \}\n/, '$1'));
    const tagOnly = cli('--env', 'prod', '--service', 'order', '--tag', '1.2.0');
    fs.writeFileSync(prod, text);
    expect(tagOnly.status).toBe(1);
    expect(tagOnly.stderr).toContain('prod.yaml: services.order.image.digest: order in prod runs shop/order:1.0.0 by tag only; expected a digest sha256:<64 hex>');
  });
});

describe('where a service\'s tag lives', () => {
  test('service names: schema key or kebab-case', () => {
    expect(serviceKey('lumen-api')).toBe('lumenApi');
    expect(serviceKey('lumenApi')).toBe('lumenApi');
  });
  test('image.tag, or versions.<v>.tag for a service deployed per API version', () => {
    expect(tagPath({ a: { image: { tag: '1' } } }, 'a')).toEqual(['image', 'tag']);
    expect(tagPath({ a: { versions: { v1: { tag: '1' } } } }, 'a')).toEqual(['versions', 'v1', 'tag']);
    expect(tagPath({ a: { versions: { v1: { tag: '1' }, v2: { tag: '2' } } } }, 'a', 'v2')).toEqual(['versions', 'v2', 'tag']);
    expect(() => tagPath({ a: { versions: { v1: {}, v2: {} } } }, 'a')).toThrow('give --api-version v1 or v2');
    expect(() => tagPath({ a: { image: { tag: '1' } } }, 'a', 'v1')).toThrow('drop --api-version');
  });
});
