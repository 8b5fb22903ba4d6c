import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { DUMP_OPTIONS, fastDump, toYaml } from '../../src/synth/yaml';
import { ROOT } from '../support/fixtures';
import { parsed } from '../support/dist';

const jsYaml = (doc: unknown) => yaml.dump(doc, DUMP_OPTIONS);

/** Strings js-yaml quotes, folds, escapes or writes as block scalars for a reason. */
const AWKWARD = [
  '', ' ', 'a', ' a', 'a ', 'a  b', '\t', 'a\tb', 'true', 'True', 'TRUE', 'false', 'yes', 'Yes', 'no', 'on', 'off', 'y', 'n', 'N',
  'null', 'Null', '~', '-', '--', '---', '...', '- a', '-a', '?', '? a', '?a', ':', ': a', ':a', 'a:', 'a: b', 'a:b', 'a :b',
  '#', '# a', 'a#b', 'a #b', ' #', ',', 'a,b', '[a]', 'a]', '{a}', 'a}', '*a', '&a', '!a', '|', '|-', '>', '%a', '@a', '`a',
  "'", "a'b", '"', 'a"b', '\\', 'a\\b', '=', '=a', '0', '1', '-1', '+1', '1.0', '1.5', '.5', '1e3', '1E3', '1e+3', '0x1F', '0o17',
  '0b101', '017', '1_000', '1:30', '-1:30:00', '190:20:30.15', '.inf', '-.inf', '.nan', '.NaN', '2020-01-01', '2020-01-01T10:00:00Z',
  '2001-12-14 21:59:43.10 -5', '<<', ':8080', '80:80', 'http://x.y/z?a=b#c', '*', '**', 'a\nb', 'a\n', '\n', '\n\n', 'a\n\n', ' a\nb',
  '\na', '\n a', 'a\n b\n', 'a \nb', 'line1\nline2\n\nline4', 'tab\there\n', '\r', 'a\r\nb', '\u0000', '\u0007', '\u001b', '\u0085',
  '\u00a0', 'a\u00a0b', '\u2028', '\u2029', '\ufeff', 'a\ufeff', 'é', 'naïve café', '日本語', '🚀', 'a🚀b', '\ud800', 'a\udc00b',
  '\u00ff', '\u0100', 'x'.repeat(1100), `${'y'.repeat(1030)}: z`, '$(VAR)', '${VAR}', '{{ .Values.x }}', 'a || b', 'a && b',
  'sum(rate(x[5m])) > 0.01', 'key=value', 'k8s.io/name', '/', '/tmp', './a', '~/a', 'C:\\path', '@sha256:abc',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ['a', 'b', 'Z', '0', '1', '9', ' ', '\t', '\n', ':', '#', '-', '?', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>',
  "'", '"', '%', '@', '`', '.', '_', '+', 'e', 'x', '\\', '\r', '\u0000', '\u0085', '\u00a0', 'é', '\u2028', '\ufeff', '🚀', '/', '=', '~'];

function randomString(r: () => number): string {
  if (r() < 0.3) return AWKWARD[Math.floor(r() * AWKWARD.length)];
  let s = '';
  const n = Math.floor(r() * 8);
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
  return s;
}

const NUMBERS = [0, -0, 1, -1, 42, 1.5, -2.25, 0.1, 5e-7, 1e21, 1e-100, 123456789012, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity];

function randomValue(r: () => number, depth: number): unknown {
  const pick = r();
  if (depth > 4 || pick < 0.45) {
    const leaf = r();
    if (leaf < 0.6) return randomString(r);
    if (leaf < 0.8) return NUMBERS[Math.floor(r() * NUMBERS.length)];
    if (leaf < 0.88) return r() < 0.5;
    if (leaf < 0.94) return null;
    return undefined;
  }
  if (pick < 0.7) return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = Math.floor(r() * 5); i > 0; i--) o[randomString(r)] = randomValue(r, depth + 1);
  return o;
}

describe('toYaml: byte for byte what js-yaml writes with the synth options', () => {
  test('every document of the committed dist/ (read back) dumps the same, all on the fast path', () => {
    let documents = 0;
    const seen = new Set<string>(); // (a document in several environments is checked once)
    const different: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.yaml') && e.name !== 'registries.yaml') {
          documents++;
          const text = fs.readFileSync(p, 'utf8');
          if (seen.has(text)) continue;
          seen.add(text);
          const doc = parsed(text);
          if (fastDump(doc) !== jsYaml(doc)) different.push(p);
        }
      }
    };
    walk(path.join(ROOT, 'dist'));
    expect(documents).toBeGreaterThan(1000);
    expect(different).toEqual([]);
  });

  test.each(AWKWARD.map((s) => [JSON.stringify(s).slice(0, 40), s]))('the string %s as a value, a key, a list item, at depth', (_name, s) => {
    const doc = { [s]: s, top: s, list: [s, [s], { [s]: [s] }], deep: { a: { b: { c: s, d: [{ e: s }] } } } };
    expect(toYaml(doc)).toBe(jsYaml(doc));
  });

  test('numbers, booleans, null, undefined, empty collections, nested lists', () => {
    const doc = { n: NUMBERS, b: [true, false], nil: null, skipped: undefined, list: [undefined, null, [], {}, [[1, [2]], []]], e: {}, a: [] };
    expect(fastDump(doc)).toBe(jsYaml(doc));
  });

  test('1200 random documents (seeded) dump the same', () => {
    const r = rng(20261123);
    for (let i = 0; i < 1200; i++) {
      const doc = { root: randomValue(r, 0), [randomString(r)]: randomValue(r, 1) };
      expect(toYaml(doc)).toBe(jsYaml(doc));
    }
  });

  test('what the fast path does not write is js-yaml\'s own output (a Date, a Buffer, a key needing "? ")', () => {
    const longKey = 'k'.repeat(1025);
    for (const doc of [{ when: new Date(0) }, { data: Buffer.from('x') }, { [longKey]: 1 }, { s: new String('boxed') }]) {
      expect(() => fastDump(doc)).toThrow();
      expect(toYaml(doc)).toBe(jsYaml(doc));
    }
  });

  test('what js-yaml refuses, toYaml refuses too', () => {
    expect(() => toYaml({ f: () => 1 })).toThrow(/unacceptable kind of an object to dump/);
  });
});
