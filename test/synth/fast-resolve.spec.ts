import { ApiObject, App, Chart, IResolver, Lazy, ResolutionContext } from 'cdk8s';
import { onePass, resolveAndSanitize, SanitizeOptions } from '../../src/synth/fast-resolve';

/* eslint-disable @typescript-eslint/no-require-imports */
const { sanitizeValue } = require('cdk8s/lib/_util');
const { resolve } = require('cdk8s/lib/resolve');
/* eslint-enable @typescript-eslint/no-require-imports */

/** An object in an app with the given custom resolvers (cdk8s appends its three built-ins). */
function objectIn(resolvers: IResolver[] = []): ApiObject {
  return new ApiObject(new Chart(new App({ outdir: '.unused', resolvers }), 'c'), 'o', { apiVersion: 'v1', kind: 'ConfigMap' });
}
const cdk8s = (value: unknown, obj: ApiObject, options?: SanitizeOptions) => sanitizeValue(resolve([], value, obj), options);
const outcome = (f: () => unknown) => {
  try {
    return { json: JSON.stringify(f()) };
  } catch (e) {
    return { error: String(e) };
  }
};
/** Both give the same JSON text (so the same keys in the same order), or the same error. */
function expectSame(make: () => unknown, options?: SanitizeOptions, obj = objectIn()) {
  expect(outcome(() => resolveAndSanitize(make(), obj, options))).toEqual(outcome(() => cdk8s(make(), obj, options)));
}
const CASES: [string, () => unknown, SanitizeOptions][] = [
  ['keys sorted, nulls and undefined dropped, nested', () => ({ b: 1, a: { d: null, c: [3, undefined, null, 'x'] }, e: undefined }), {}],
  ['keys kept in order when not sorting', () => ({ b: 1, a: 2, c: { z: 1, y: 2 } }), { sortKeys: false }],
  ['integer-like keys', () => ({ 10: 'a', 2: 'b', x: 'c', '-1': 'd' }), {}],
  ['Lazy, a Lazy producing a Lazy, a Lazy producing null', () => ({ a: Lazy.any({ produce: () => Lazy.any({ produce: () => ({ z: 1, y: [Lazy.any({ produce: () => 2 })] }) }) }), b: Lazy.any({ produce: () => null }) }), {}],
  ['implicit tokens (resolve())', () => ({ t: new Token({ b: 2, a: new Token(1) }) }), {}],
  ['number-or-string unions become { value }', () => ({ port: new IntOrString(8080), name: new IntOrString('http'), plain: { value: 'kept' } }), {}],
  ['empty arrays and objects filtered when asked', () => ({ a: [], b: {}, c: { d: {}, e: [] }, f: [{}], g: 'x' }), { filterEmptyArrays: true, filterEmptyObjects: true }],
  ['empty arrays and objects kept by default', () => ({ a: [], b: {}, c: { d: {} } }), {}],
  ['primitives pass through', () => ({ n: 0, f: false, s: '', big: 1e21 }), {}],
  ['a class instance left over: the same error', () => ({ a: { b: new Opaque() } }), {}],
  ['a producer that throws: the same error', () => ({ a: Lazy.any({ produce: () => { throw new Error('boom'); } }) }), {}],
  ['a sparse array', () => ({ a: [1, , 3] }), {}], // eslint-disable-line no-sparse-arrays
  ['an own __proto__ key', () => JSON.parse('{"a": 1, "__proto__": {"b": 2}}'), {}],
  ['an object without a prototype', () => ({ a: Object.assign(Object.create(null), { b: 1 }) }), {}],
];
const ROWS = CASES.map(([name]) => name);
const RENDERABLE = 9; // the first cases: the one pass itself gives cdk8s' result (no fallback)

class IntOrString {
  constructor(readonly value: number | string) {}
}
class Token {
  constructor(private readonly v: unknown) {}
  resolve() {
    return this.v;
  }
}
class Opaque {
  readonly x = 1;
}

describe('resolveAndSanitize: what cdk8s resolve + sanitize give', () => {
  test.each(CASES)('%s', (name, make, options) => {
    expectSame(make, options);
    if (ROWS.indexOf(name) < RENDERABLE) expect(JSON.stringify(onePass(make(), options))).toBe(JSON.stringify(cdk8s(make(), objectIn(), options)));
    else expect(() => onePass(make(), options)).toThrow();
  });

  test('producers run once each, in the order resolve runs them (the object\'s own key order)', () => {
    const order = (run: (value: unknown) => unknown) => {
      const seen: string[] = [];
      const lazy = (name: string) => Lazy.any({ produce: () => (seen.push(name), name) });
      run({ z: lazy('z'), a: [lazy('a0'), lazy('a1')], m: { y: lazy('y'), b: lazy('b') } });
      return seen;
    };
    const obj = objectIn();
    expect(order((v) => resolveAndSanitize(v, obj))).toEqual(['z', 'a0', 'a1', 'y', 'b']);
    expect(order((v) => resolveAndSanitize(v, obj))).toEqual(order((v) => cdk8s(v, obj)));
  });

  test('an app with a custom resolver: cdk8s\' own functions, so the resolver sees every value with its key path', () => {
    const keys: string[] = [];
    const upper: IResolver = {
      resolve(ctx: ResolutionContext) {
        keys.push(ctx.key.join('.'));
        if (typeof ctx.value === 'string' && ctx.value !== ctx.value.toUpperCase()) ctx.replaceValue(ctx.value.toUpperCase());
      },
    };
    const obj = objectIn([upper]);
    expect(resolveAndSanitize({ b: 'x', a: { c: 'y' } }, obj)).toEqual({ a: { c: 'Y' }, b: 'X' });
    expect(keys).toEqual(expect.arrayContaining(['a.c', 'b']));
    expectSame(() => ({ b: 'x', a: [{ c: 'y' }] }), undefined, obj);
  });
});
