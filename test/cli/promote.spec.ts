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
    fs.cpSync(path.join(ROOT, 'dist', 'prod'), path.join(dist, 'prod'), { recursive: true });
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('sets one tag: exactly one overlay line, and exactly that service\'s rendered files (and images.txt) change', () => {
    const overlayBefore = fs.readFileSync(path.join(overlays, 'prod.yaml'), 'utf8');
    const stagingBefore = fs.readFileSync(path.join(overlays, 'staging.yaml'), 'utf8');
    const before = readTree(path.join(dist, 'prod'));
    const r = promote({ env: 'prod', service: 'lumen-api', tag: '1.3.1', overlaysDir: overlays, outDir: dist });
    expect(r).toMatchObject({ service: 'lumenApi', keyPath: ['image', 'tag'], previous: '1.3.0', tag: '1.3.1' });

    const overlayAfter = fs.readFileSync(path.join(overlays, 'prod.yaml'), 'utf8');
    expect(changedLines(overlayBefore, overlayAfter)).toEqual(['    image: { tag: 1.3.1 }']);
    expect(fs.readFileSync(path.join(overlays, 'staging.yaml'), 'utf8')).toBe(stagingBefore);

    const after = readTree(path.join(dist, 'prod'));
    const changed = changedFiles(before, after);
    expect(changed).toEqual(r.changed);
    expect(changed).toContain('images.txt');
    const rendered = changed.filter((f) => f !== 'images.txt');
    expect(rendered.length).toBeGreaterThan(0);
    for (const f of rendered) expect(f).toMatch(/^\d\d-[a-z-]+\/lumen-api\//);
    expect(after.get('images.txt')).toContain('/lumen/lumen-api:1.3.1  built\n');
    expect(after.get('images.txt')).not.toContain('/lumen/lumen-api:1.3.0  built\n');
    for (const f of rendered) expect(after.get(f)).not.toContain('lumen-api:1.3.0');
  });

  test('--from staging copies the tag staging runs (the promotion to prod)', () => {
    fs.writeFileSync(path.join(overlays, 'staging.yaml'), fs.readFileSync(path.join(overlays, 'staging.yaml'), 'utf8').replace(/(lumenApi:\n\s+image: \{ tag: )[^ }]+/, '$11.5.0'));
    const r = promote({ env: 'prod', service: 'lumenApi', from: 'staging', overlaysDir: overlays, outDir: dist });
    expect(r.tag).toBe('1.5.0');
    expect(fs.readFileSync(path.join(overlays, 'prod.yaml'), 'utf8')).toContain('image: { tag: 1.5.0 }');
  });

  test('the same tag again changes nothing', () => {
    const before = readTree(path.join(dist, 'prod'));
    const r = promote({ env: 'prod', service: 'lumen-api', tag: '1.5.0', overlaysDir: overlays, outDir: dist });
    expect(r.changed).toEqual([]);
    expect(readTree(path.join(dist, 'prod'))).toEqual(before);
  });

  test.each([
    [{ tag: 'latest' }, 'promote: --tag "latest" is not a valid image tag: expected a pinned tag, not "latest"'],
    [{ tag: 'v1 beta' }, 'promote: --tag "v1 beta" is not a valid image tag: expected an image tag'],
    [{ tag: '1.0', env: 'qa' }, 'promote: no overlay for environment "qa"'],
    [{ tag: '1.0', service: 'payments' }, 'promote: unknown service "payments" (services: lumen-api, '],
    [{}, 'promote: give exactly one of --tag TAG and --from ENV'],
    [{ tag: '1.0', from: 'staging' }, 'promote: give exactly one of --tag TAG and --from ENV'],
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
