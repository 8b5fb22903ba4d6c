/**
 * cdk8s renders an object (ApiObject.toJson, and its metadata's toJson) as
 * `sanitizeValue(resolve([], data, apiObject), options)`: resolve copies every value (App.of walks to the
 * root, a context object and a copy of the key path per value, every resolver asked in turn), then
 * sanitize copies the result again, sorting keys and dropping nulls. That was a third of a 1000-service
 * synth. `resolveAndSanitize` gives the same result in one pass when the app has cdk8s' three built-in
 * resolvers only (ours); anything else, and any error, goes through cdk8s' own two functions.
 *
 * The bundles call it in place of that expression (scripts/build.mjs); tests run cdk8s as it is and check
 * the two agree on every object of an environment with every component on and on edge cases
 * (test/synth/environment.spec.ts, test/synth/fast-resolve.spec.ts).
 */
import { App, ImplicitTokenResolver, Lazy, LazyResolver, NumberStringUnionResolver } from 'cdk8s';
import type { ApiObject, IResolver } from 'cdk8s';
/* eslint-disable @typescript-eslint/no-require-imports */
const { sanitizeValue } = require('cdk8s/lib/_util') as { sanitizeValue(obj: unknown, options?: SanitizeOptions): any };
const { resolve } = require('cdk8s/lib/resolve') as { resolve(key: string[], value: unknown, apiObject: ApiObject): any };
/* eslint-enable @typescript-eslint/no-require-imports */

/** cdk8s' SanitizeOptions (lib/_util.ts). */
export interface SanitizeOptions {
  readonly filterEmptyObjects?: boolean;
  readonly filterEmptyArrays?: boolean;
  readonly sortKeys?: boolean;
}

const BUILT_IN = [LazyResolver, ImplicitTokenResolver, NumberStringUnionResolver] as const;
const builtInOnly = new WeakMap<readonly IResolver[], boolean>();

/** The app resolves with exactly cdk8s' built-in resolvers, in their order, methods untouched. */
function onlyBuiltIns(resolvers: readonly IResolver[]): boolean {
  let known = builtInOnly.get(resolvers);
  if (known === undefined) {
    known = resolvers.length === BUILT_IN.length
      && BUILT_IN.every((C, i) => Object.getPrototypeOf(resolvers[i]) === C.prototype && resolvers[i].resolve === C.prototype.resolve);
    builtInOnly.set(resolvers, known);
  }
  return known;
}

/** `sanitizeValue(resolve([], value, apiObject), options)`, in one pass when it can be. */
export function resolveAndSanitize(value: unknown, apiObject: ApiObject, options: SanitizeOptions = {}): any {
  const resolvers = App.of(apiObject).resolvers;
  if (onlyBuiltIns(resolvers)) {
    try {
      return onePass(value, options);
    } catch {
      // cdk8s' own functions, for their own error (a producer that throws, a class instance left over)
    }
  }
  return sanitizeValue(resolve([], value, apiObject), options);
}

/**
 * The one pass, for an app with the built-in resolvers only. Throws where cdk8s' functions must decide:
 * a value sanitize rejects, a sparse array, an own "__proto__" key (and whatever a producer throws).
 */
export function onePass(value: unknown, options: SanitizeOptions = {}): any {
  return new OnePass(options).value(value);
}

const UNRENDERABLE = new Error('left to cdk8s: a value its sanitize rejects, a sparse array or an own "__proto__" key');

class OnePass {
  private readonly sortKeys: boolean;
  private readonly filterEmptyArrays: boolean;
  private readonly filterEmptyObjects: boolean;

  constructor(options: SanitizeOptions) {
    this.sortKeys = options.sortKeys ?? true;
    this.filterEmptyArrays = options.filterEmptyArrays ?? false;
    this.filterEmptyObjects = options.filterEmptyObjects ?? false;
  }

  value(input: unknown): any {
    let v: any = input;
    // The built-in resolvers, asked in their order; a replaced value is resolved again from the first.
    for (;;) {
      if (v == null) return undefined;
      if (v instanceof Lazy) v = v.produce();
      else if (typeof v.resolve === 'function') v = v.resolve();
      else if (v.constructor !== Object && (typeof v.value === 'number' || typeof v.value === 'string')) v = { value: v.value };
      else break;
    }
    if (typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      if (this.filterEmptyArrays && v.length === 0) return undefined;
      const out = [];
      for (let i = 0; i < v.length; i++) {
        // (a sparse array keeps its holes in both copies: cdk8s' functions decide)
        if (!(i in v)) throw UNRENDERABLE;
        out.push(this.value(v[i]));
      }
      return out;
    }
    if (v.constructor !== Object) throw UNRENDERABLE;
    const keys = Object.keys(v);
    const n = keys.length;
    const out: Record<string, unknown> = {};
    let kept = 0;
    let sorted = true;
    for (let i = 0; i < n; i++) {
      // (an own "__proto__" key would set a prototype in both copies: cdk8s' functions decide)
      if (keys[i] === '__proto__') throw UNRENDERABLE;
      if (i > 0 && keys[i - 1] > keys[i]) sorted = false;
    }
    if (sorted || !this.sortKeys) {
      for (let i = 0; i < n; i++) {
        const x = this.value(v[keys[i]]);
        if (x != null) {
          out[keys[i]] = x;
          kept++;
        }
      }
    } else {
      // Values resolved in the object's own key order (producers run in resolve's order), then laid out sorted.
      const values = new Array(n);
      for (let i = 0; i < n; i++) values[i] = this.value(v[keys[i]]);
      for (const i of sortedOrder(keys)) {
        if (values[i] != null) {
          out[keys[i]] = values[i];
          kept++;
        }
      }
    }
    return this.filterEmptyObjects && kept === 0 ? undefined : out;
  }
}

/** The indices of `keys` (distinct) in sorted order; insertion sort: objects have a handful of keys. */
function sortedOrder(keys: readonly string[]): number[] {
  const order = [0];
  for (let i = 1; i < keys.length; i++) {
    let j = i;
    while (j > 0 && keys[order[j - 1]] > keys[i]) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = i;
  }
  return order;
}
