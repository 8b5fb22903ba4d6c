/**
 * `npm run charts -- add|bump|verify` (src/cli/charts.ts) in a throwaway repository: archives recorded with
 * their sha256, a bump rewriting the pin in code, a bad archive refused.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as tar from 'tar';
import { chartsCommand } from '../../src/cli/charts';
import { readLock, sha256 } from '../../src/helm/lock';

let work: string;
let repo: string;

/** A chart archive of name and version (only Chart.yaml and values.yaml). */
function archive(name: string, version: string): string {
  const src = fs.mkdtempSync(path.join(work, 'src-'));
  fs.mkdirSync(path.join(src, name));
  fs.writeFileSync(path.join(src, name, 'Chart.yaml'), `apiVersion: v2\nname: ${name}\nversion: ${version}\n`);
  fs.writeFileSync(path.join(src, name, 'values.yaml'), 'a: 1\n');
  const file = path.join(work, `${name}-${version}.tgz`);
  tar.c({ gzip: true, sync: true, file, cwd: src, portable: true }, [name]);
  return file;
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-charts-'));
  repo = path.join(work, 'repo');
  fs.mkdirSync(path.join(repo, 'src', 'charts'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'src', 'charts', 'demo.ts'), [
    "export const DEMO_CHART_VERSION = '1.0.0';",
    "new HelmRelease(this, 'Release', { chart: 'demo', version: DEMO_CHART_VERSION, values });",
    "new HelmRelease(this, 'Other', { chart: 'inline', version: '2.0.0', values });",
  ].join('\n'));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run charts', () => {
  test('add: the archive copied into charts/ and locked with its upstream repository and sha256', () => {
    const tgz = archive('demo', '1.0.0');
    expect(chartsCommand(['add', tgz, '--repository', 'https://charts.example', '--source', 'example/demo@v1.0.0'], repo))
      .toBe(`locked demo 1.0.0 (sha256 ${sha256(fs.readFileSync(tgz))}) in charts/lock.yaml`);
    expect(fs.readFileSync(path.join(repo, 'charts', 'demo-1.0.0.tgz'))).toEqual(fs.readFileSync(tgz));
    expect(readLock(repo)).toEqual({ charts: [{ name: 'demo', version: '1.0.0', repository: 'https://charts.example', source: 'example/demo@v1.0.0', sha256: sha256(fs.readFileSync(tgz)) }] });
    expect(chartsCommand(['verify'], repo)).toBe('1 chart archive(s) match charts/lock.yaml');
  });

  test('bump: the new archive replaces the old one, the lock and the pin in code follow (a constant or a literal)', () => {
    chartsCommand(['add', archive('demo', '1.0.0'), '--repository', 'https://charts.example'], repo);
    chartsCommand(['add', archive('inline', '2.0.0'), '--repository', 'https://charts.example'], repo);
    expect(chartsCommand(['bump', 'demo', archive('demo', '1.1.0')], repo))
      .toBe('bumped demo 1.0.0 → 1.1.0 in charts/lock.yaml and src/charts/demo.ts; next: npm run synth, then npm run diff');
    chartsCommand(['bump', 'inline', archive('inline', '2.1.0')], repo);
    expect(fs.readFileSync(path.join(repo, 'src', 'charts', 'demo.ts'), 'utf8')).toBe([
      "export const DEMO_CHART_VERSION = '1.1.0';",
      "new HelmRelease(this, 'Release', { chart: 'demo', version: DEMO_CHART_VERSION, values });",
      "new HelmRelease(this, 'Other', { chart: 'inline', version: '2.1.0', values });",
    ].join('\n'));
    expect(fs.readdirSync(path.join(repo, 'charts')).sort()).toEqual(['demo-1.1.0.tgz', 'inline-2.1.0.tgz', 'lock.yaml']);
    expect(readLock(repo).charts.map((c) => `${c.name} ${c.version}`)).toEqual(['demo 1.1.0', 'inline 2.1.0']);
  });

  test('throws if the archive is not a chart, the chart is locked already, or a bump names another chart', () => {
    const junk = path.join(work, 'junk.tgz');
    fs.writeFileSync(junk, 'not gzip');
    expect(() => chartsCommand(['add', junk, '--repository', 'https://x'], repo)).toThrow(/junk\.tgz: not a Helm chart archive \(no <name>\/Chart\.yaml\)$/);
    chartsCommand(['add', archive('demo', '1.0.0'), '--repository', 'https://charts.example'], repo);
    expect(() => chartsCommand(['add', archive('demo', '1.2.0'), '--repository', 'https://x'], repo)).toThrow("charts add: 'demo' is already locked at 1.0.0; use: npm run charts -- bump demo");
    expect(() => chartsCommand(['bump', 'demo', archive('other', '1.0.0')], repo)).toThrow("is chart 'other', not 'demo'");
    expect(() => chartsCommand(['add', archive('x', '1.0.0')], repo)).toThrow('charts add: --repository URL is required');
  });

  test('verify: an altered archive is named', () => {
    chartsCommand(['add', archive('demo', '1.0.0'), '--repository', 'https://charts.example'], repo);
    fs.appendFileSync(path.join(repo, 'charts', 'demo-1.0.0.tgz'), 'x');
    expect(() => chartsCommand(['verify'], repo)).toThrow("the archive of chart 'demo' was altered");
  });

  test('--help and no command print the usage; an unknown command is an error with the usage', () => {
    expect(chartsCommand(['--help'], repo)).toMatch(/^usage: npm run charts -- add <tgz>/);
    expect(chartsCommand([], repo)).toMatch(/^usage:/);
    expect(() => chartsCommand(['remove', 'demo'], repo)).toThrow(/charts: unknown command "remove demo"\nusage:/);
  });

  test('a lock file that is not one: every problem with its key path', () => {
    fs.mkdirSync(path.join(repo, 'charts'));
    fs.writeFileSync(path.join(repo, 'charts', 'lock.yaml'), 'charts:\n  - name: Demo\n    version: 1.x\n    repository: nowhere\n    sha256: abc\n');
    expect(() => readLock(repo)).toThrow([
      'charts/lock.yaml: charts.0.name: expected a chart name, found string "Demo"',
      'charts/lock.yaml: charts.0.version: expected an exact semantic version, found string "1.x"',
      'charts/lock.yaml: charts.0.repository: expected a URL, found string "nowhere"',
      'charts/lock.yaml: charts.0.sha256: expected 64 lowercase hex digits, found string "abc"',
    ].join('\n'));
  });
});
