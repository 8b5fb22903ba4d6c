import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject } from 'cdk8s';
import type { EnvConfig } from '../../src/config/schema';
import { LumenChart } from '../../src/constructs/lumen-chart';
import { Waves } from '../../src/constructs/waves';
import { REGISTRY, RegistryEntry } from '../../src/registry';
import { GateError, renderEnvironment } from '../../src/synth/synthesize';
import { VerdictStore, Verdicts } from '../../src/synth/verdicts';
import { smallConfig, testConfig } from '../support/fixtures';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-verdicts-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const store = (version = 'v1'): VerdictStore => ({ dir, version });
const config = testConfig();
const doc = (file: string, manifest: any, text = JSON.stringify(manifest)) => ({ file, manifest, text });
const NS = doc('00-ns/Namespace-a.yaml', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a', labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } });
const CM = doc('10-a/ConfigMap-a.yaml', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'a' }, data: { k: 'v' } });
const TEMPLATE = doc('05-gk/ConstraintTemplate-t.yaml', { apiVersion: 'templates.gatekeeper.sh/v1', kind: 'ConstraintTemplate', metadata: { name: 't' }, spec: { x: 1 } });
const DOCS = [NS, CM, TEMPLATE];
const remembered = (docs = DOCS, v = store(), c: EnvConfig = config) => {
  new Verdicts(v, c, docs).remember(docs);
};
const passed = (docs = DOCS, v = store(), c: EnvConfig = config) => {
  const verdicts = new Verdicts(v, c, docs);
  return docs.map((d) => verdicts.passed(d));
};

describe('Verdicts: documents that passed the gate, for the next run', () => {
  test('nothing is known at first; every remembered document is known next time', () => {
    expect(passed()).toEqual([false, false, false]);
    remembered();
    expect(passed()).toEqual([true, true, true]);
    expect(fs.existsSync(path.join(dir, 'verdicts', 'test.json'))).toBe(true);
  });

  test('a document whose YAML or file name changed is checked again; the others are still known', () => {
    remembered();
    expect(passed([NS, { ...CM, text: `${CM.text} ` }, TEMPLATE])).toEqual([true, false, true]);
    expect(passed([NS, { ...CM, file: '10-a/ConfigMap-b.yaml' }, TEMPLATE])).toEqual([true, false, true]);
  });

  test.each<[string, () => boolean[]]>([
    ['the checking code changed (another version)', () => passed(DOCS, store('v2'))],
    ['the overlay changed', () => passed(DOCS, store(), { ...config, cluster: { ...config.cluster, name: 'other' } })],
    ['a namespace\'s labels changed (Pod Security)', () => passed([doc(NS.file, { ...NS.manifest, metadata: { name: 'a', labels: {} } }), CM, TEMPLATE])],
    ['a ConstraintTemplate changed (its constraint kind\'s schema)', () => passed([NS, CM, { ...TEMPLATE, text: TEMPLATE.text.replace('"x":1', '"x":2') }])],
  ])('everything is checked again when %s', (_what, check) => {
    remembered();
    expect(check()).toEqual([false, false, false]);
  });

  test('a damaged file is nothing known; a folder that cannot be written only loses the cache', () => {
    remembered();
    fs.writeFileSync(path.join(dir, 'verdicts', 'test.json'), '{"context": ');
    expect(passed()).toEqual([false, false, false]);
    const readOnly = { dir: path.join(dir, 'verdicts', 'test.json', 'below-a-file'), version: 'v1' };
    expect(() => remembered(DOCS, readOnly)).not.toThrow();
    expect(passed(DOCS, readOnly)).toEqual([false, false, false]);
  });
});

describe('renderEnvironment with verdicts: a remembered pass never hides a violation', () => {
  // A small environment (every optional component and service off) plus one ConfigMap whose data a test sets.
  const small = smallConfig();
  const withData = (data: Record<string, string>): RegistryEntry[] => [...REGISTRY, {
    name: 'probe',
    build: (scope, c) => {
      const chart = new LumenChart(scope, 'probe', { config: c, wave: Waves.APPLICATIONS, namespace: 'argocd' });
      new ApiObject(chart, 'probe', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'probe' }, data });
    },
  }];
  const PEM = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIBOgIBAAJBAK', '-----END RSA PRIVATE KEY-----'].join('\n');

  test('the same file, now holding a private key, fails the gate after a passing run remembered it', () => {
    const first = renderEnvironment(small, withData({ note: 'hello' }), { verdicts: store() });
    expect(first.files.get('40-applications/probe/ConfigMap-probe.yaml')).toContain('note: hello');
    let error: unknown;
    try {
      renderEnvironment(small, withData({ note: PEM }), { verdicts: store() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).violations).toEqual([expect.objectContaining({ rule: 'no-private-key', file: 'test/40-applications/probe/ConfigMap-probe.yaml' })]);
    // The failing run remembered nothing new: the passing verdicts of the first run are all there is.
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'verdicts', 'test.json'), 'utf8'));
    expect(saved.passed).toHaveLength(first.resources);
  });
});
