import { eachEntry, eachString, ValueVisitor, walkValues } from '../../src/policy/walk';

/** Maps, lists of lists, an empty key, dotted keys, scalars of every type, an empty map and list. */
const DOC = {
  apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', labels: { 'app.kubernetes.io/name': 'x' } },
  data: { '': 'empty key', 'a.b': ['one', ['two', { three: 'deep' }], 3, true, null], n: 1.5, e: {}, l: [] },
  spec: { containers: [{ name: 'web', image: 'r/web:1', env: [{ name: 'K', value: 'v' }] }] },
};

type Call = [unknown, string, string];

function viaWalk(root: unknown, strings: boolean): Call[] {
  const calls: Call[] = [];
  const visitor: ValueVisitor = { strings, visit: (v, key, path) => calls.push([v, path(), key]) };
  walkValues(root, [visitor]);
  return calls;
}

describe('walkValues: one walk for several checks', () => {
  test('a string visitor sees what eachString gives, in the same order, with the same paths and keys', () => {
    const expected: Call[] = [];
    eachString(DOC, (s, path, key) => expected.push([s, path, key]));
    expect(viaWalk(DOC, true)).toEqual(expected);
    expect(expected).toContainEqual(['deep', 'data.a.b[1][1].three', 'three']);
    expect(expected).toContainEqual(['empty key', 'data.', '']);
  });

  test('an entry visitor sees what eachEntry gives (maps, lists and scalars below the root)', () => {
    const expected: Call[] = [];
    eachEntry(DOC, (v, path, key) => expected.push([v, path, key]));
    expect(viaWalk(DOC, false)).toEqual(expected);
  });

  test('a string document: string visitors see it at the root, entry visitors see nothing (as before)', () => {
    const expected: Call[] = [];
    eachString('https://example.com', (s, path, key) => expected.push([s, path, key]));
    expect(viaWalk('https://example.com', true)).toEqual(expected);
    expect(viaWalk('https://example.com', false)).toEqual([]);
  });

  test('several visitors in one walk: each gets its own sequence', () => {
    const strings: string[] = [];
    const entries: string[] = [];
    walkValues(DOC, [
      { strings: true, visit: (v, _k, path) => strings.push(`${path()}=${v}`) },
      { strings: false, visit: (_v, _k, path) => entries.push(path()) },
    ]);
    const s: string[] = [];
    eachString(DOC, (v, path) => s.push(`${path}=${v}`));
    const e: string[] = [];
    eachEntry(DOC, (_v, path) => e.push(path));
    expect(strings).toEqual(s);
    expect(entries).toEqual(e);
  });
});
