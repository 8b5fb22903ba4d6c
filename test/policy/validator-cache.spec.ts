import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { constraintTemplateManifest, LUMEN_RULES, REQUIRED_LABELS } from '../../src/policy/admission';
import { SchemaValidator } from '../../src/policy/schemas';
import { ValidatorCache } from '../../src/policy/validator-cache';
import { ROOT } from '../support/fixtures';

const templates = (): any[] => LUMEN_RULES.map((r) => constraintTemplateManifest(r));

const constraint = (spec: Record<string, unknown> = {}): any => ({
  apiVersion: 'constraints.gatekeeper.sh/v1beta1', kind: 'LumenRequiredLabels', metadata: { name: 'x' },
  spec: { enforcementAction: 'deny', match: { kinds: [{ apiGroups: ['apps'], kinds: ['Deployment'] }], namespaces: ['lumen'] }, parameters: { labels: ['app'] }, ...spec },
});

/** Valid and broken constraints: what every cache state must judge alike. */
const CASES = [
  constraint(),
  constraint({ parameters: { label: ['app'] } }),
  constraint({ enforcementAction: 'block' }),
  { ...constraint(), metadata: { name: 'x', labelz: {} } },
  { ...constraint(), spec: undefined },
];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-cache-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const entries = () => fs.readdirSync(dir).sort();
const verdicts = (v: SchemaValidator) => {
  const withTemplates = v.withConstraintTemplates(templates());
  return CASES.map((c) => withTemplates.validate(c));
};

describe('constraint kinds through the validator cache (build/.gate-cache)', () => {
  const uncached = verdicts(new SchemaValidator(undefined, { cacheDir: false }));

  test('the verdicts and messages do not depend on the cache', () => {
    expect(uncached[0]).toEqual([]);
    expect(uncached[1]).toEqual(['spec.parameters: unknown field "label"']);
    expect(uncached[2][0]).toMatch(/^spec.enforcementAction: expected one of "deny"/);
    expect(uncached[3]).toEqual(['metadata: unknown field "labelz"']);
  });

  test('miss: compiled, one entry per constraint kind written; hit: read back, nothing compiled, same verdicts', () => {
    const first = new SchemaValidator(undefined, { cacheDir: dir });
    expect(verdicts(first)).toEqual(uncached);
    expect(first.cacheStats).toMatchObject({ hits: 0, misses: 4, stale: 0, written: 4 });
    expect(entries().map((f) => f.replace(/-[0-9a-f]{16}\.js$/, ''))).toEqual(LUMEN_RULES.map((r) => r.kind).sort());

    const second = new SchemaValidator(undefined, { cacheDir: dir });
    expect(verdicts(second)).toEqual(uncached);
    expect(second.cacheStats).toMatchObject({ hits: 4, misses: 0, stale: 0, written: 0 });
    // Only the all-errors validator of the failing kind is compiled (for the messages), never the fast one.
    expect(second.stats).toMatchObject({ kindsCached: 4, kindsCompiled: 1 });
  });

  test('stale: an entry edited (or cut short) after it was written is compiled again and rewritten', () => {
    new SchemaValidator(undefined, { cacheDir: dir }).withConstraintTemplates(templates());
    const file = path.join(dir, entries().find((f) => f.startsWith('LumenRequiredLabels-'))!);
    // A validator that accepts everything: used, it would hide every broken constraint.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^(\/\/ [^\n]*\n)[\s\S]*$/, '$1module.exports = () => () => true;\n'));

    const v = new SchemaValidator(undefined, { cacheDir: dir });
    expect(verdicts(v)).toEqual(uncached);
    expect(v.cacheStats).toMatchObject({ hits: 3, stale: 1, written: 1 });
    const again = new SchemaValidator(undefined, { cacheDir: dir });
    expect(verdicts(again)).toEqual(uncached);
    expect(again.cacheStats).toMatchObject({ hits: 4, stale: 0 });
  });

  test('another schema (a changed template) is another entry; a few per kind are kept', () => {
    for (let i = 0; i < 6; i++) {
      const t = constraintTemplateManifest({ ...REQUIRED_LABELS, parameters: { type: 'object', properties: { [`labels${i}`]: { type: 'array', items: { type: 'string' } } } } });
      const v = new SchemaValidator(undefined, { cacheDir: dir });
      const withTemplate = v.withConstraintTemplates([t as any]);
      expect(withTemplate.validate(constraint({ parameters: { [`labels${i}`]: ['app'] } }))).toEqual([]);
      expect(withTemplate.validate(constraint({ parameters: { labels: ['app'] } }))).toEqual(['spec.parameters: unknown field "labels"']);
      expect(v.cacheStats).toMatchObject({ misses: 1, written: 1 });
    }
    expect(entries()).toHaveLength(4);
  });

  test('cacheDir false, or an explicit schema folder without cacheDir, writes nothing', () => {
    for (const v of [new SchemaValidator(undefined, { cacheDir: false }), new SchemaValidator(path.join(ROOT, 'imports', 'schemas'))]) {
      v.withConstraintTemplates(templates());
      expect(v.cacheStats).toBeUndefined();
      expect(v.stats).toMatchObject({ kindsCached: 0, kindsCompiled: 4 });
    }
  });
});

describe('ValidatorCache', () => {
  test('an entry written for another key is not used', () => {
    const cache = new ValidatorCache(dir, 'salt');
    const key = cache.key({ type: 'string' });
    cache.store('K', key, 'module.exports = (d) => typeof d === "string";');
    expect(cache.load('K', key, require)!('x')).toBe(true);
    // Same file name (16 hex of the key), another key in its first line.
    const other = `${key.slice(0, 16)}${'0'.repeat(48)}`;
    expect(cache.load('K', other, require)).toBeUndefined();
    expect(cache.stats).toMatchObject({ hits: 1, stale: 1 });
  });

  test('the key covers the schema and the salt (ajv version, options, Kubernetes definitions)', () => {
    const a = new ValidatorCache(dir, 'ajv 8 defs A');
    expect(a.key({ type: 'string' })).not.toBe(a.key({ type: 'integer' }));
    expect(a.key({ type: 'string' })).not.toBe(new ValidatorCache(dir, 'ajv 8 defs B').key({ type: 'string' }));
  });

  test('a folder that cannot be written only loses the cache', () => {
    const file = path.join(dir, 'not-a-folder');
    fs.writeFileSync(file, '');
    const cache = new ValidatorCache(file, 'salt');
    expect(() => cache.store('K', cache.key({}), 'module.exports = () => true;')).not.toThrow();
    expect(cache.load('K', cache.key({}), require)).toBeUndefined();
    expect(cache.stats).toMatchObject({ written: 0, misses: 1 });
  });
});
