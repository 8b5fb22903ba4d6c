/**
 * CEL at synth time: the expressions of the ConstraintTemplates, evaluated by @marcbachmann/cel-js the way
 * Gatekeeper's K8sNativeValidation engine evaluates them (variables in order, `variables.params` = the
 * constraint's parameters, `variables.anyObject` = the object under review; a validation passes when it
 * is true). cel-js is strict like cel-go: `has()` on a missing parent and a missing key are errors, so an
 * expression that would break in the cluster breaks here first.
 */
import type { Environment as CelEnvironment } from '@marcbachmann/cel-js';

type CelModule = typeof import('@marcbachmann/cel-js');

let cel: CelModule | undefined;

/**
 * cel-js is ESM-only. In the bundled CLIs (scripts/build.mjs) esbuild turns it into CommonJS inside the
 * bundle, so V8's code cache covers it (loading it as ES modules took ~35 ms of every synth). Node
 * (>= 20.19) loads ESM through require() too, but jest's module registry does not: there, take Node's own
 * require so both the CLIs and the tests load the same code.
 */
function celModule(): CelModule {
  if (!cel) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      cel = require('@marcbachmann/cel-js') as CelModule;
      if (typeof cel?.Environment === 'function') return cel;
    } catch {
      // jest: an ES module through its CommonJS registry; Node's own require below.
    }
    const nodeModule = (process as unknown as { getBuiltinModule?: (id: string) => typeof import('module') }).getBuiltinModule?.('module');
    if (!nodeModule) throw new Error('CEL evaluation needs Node >= 20.19 (process.getBuiltinModule and require() of ES modules)');
    cel = nodeModule.createRequire(__filename)('@marcbachmann/cel-js') as CelModule;
  }
  return cel;
}

let environment: CelEnvironment | undefined;
function env(): CelEnvironment {
  // Objects under review are unstructured (dyn), as in Gatekeeper.
  environment ??= new (celModule().Environment)({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false });
  return environment;
}

export type CelProgram = (context: Record<string, unknown>) => unknown;
const programs = new Map<string, CelProgram>();

/** Parses (once per expression text) and returns the evaluator; throws on a syntax error. */
export function compileCel(expression: string): CelProgram {
  let p = programs.get(expression);
  if (!p) {
    const parsed = env().parse(expression);
    p = (ctx) => parsed(ctx);
    programs.set(expression, p);
  }
  return p;
}

export interface CelSource {
  readonly variables?: readonly { readonly name: string; readonly expression: string }[];
  readonly validations: readonly { readonly expression: string; readonly message?: string; readonly messageExpression?: string }[];
}

/**
 * Evaluates a K8sNativeValidation source against one object; returns the message of every failed
 * validation. An evaluation error is a failure too (Gatekeeper denies on error under failurePolicy Fail
 * and reports it in audit): its message says which expression broke.
 */
export function evaluateCelSource(source: CelSource, object: unknown, params: unknown): string[] {
  const variables = Object.create(null) as Record<string, unknown>;
  variables.params = toCel(params);
  variables.anyObject = toCel(object);
  const ctx = { object: variables.anyObject, oldObject: null, variables };
  const shareable = objectOnlyPrefix(source);
  const known = shareable.length && variables.anyObject && typeof variables.anyObject === 'object' ? valuesOf(variables.anyObject) : undefined;
  try {
    (source.variables ?? []).forEach((v, i) => {
      if (!known || i >= shareable.length) {
        variables[v.name] = compileCel(v.expression)(ctx);
        return;
      }
      let r = known.get(shareable[i]);
      if (!r) {
        try {
          r = { value: compileCel(v.expression)(ctx) };
        } catch (e) {
          r = { error: e };
        }
        known.set(shareable[i], r);
      }
      if ('error' in r) throw r.error;
      variables[v.name] = r.value;
    });
  } catch (e) {
    return [`CEL evaluation error: ${firstLine(e)}`];
  }
  const failures: string[] = [];
  for (const v of source.validations) {
    let ok: unknown;
    try {
      ok = compileCel(v.expression)(ctx);
    } catch (e) {
      failures.push(`CEL evaluation error in "${v.expression}": ${firstLine(e)}`);
      continue;
    }
    if (ok === true) continue;
    if (ok !== false) {
      failures.push(`CEL validation "${v.expression}" returned ${String(ok)}, not a bool`);
      continue;
    }
    let message = v.message ?? `failed: ${v.expression}`;
    if (v.messageExpression) {
      try {
        message = String(compileCel(v.messageExpression)(ctx));
      } catch (e) {
        message = `${message} (messageExpression failed: ${firstLine(e)})`;
      }
    }
    failures.push(message);
  }
  return failures;
}

/**
 * Variables whose value depends on the object under review alone are shared by every source that declares
 * the same ones first (the four lumen rules all start with the pod variables): evaluated once per object,
 * by the signature of the variables up to them (names and expressions, in order).
 */
const sharedValues = new WeakMap<object, Map<string, { value: unknown } | { error: unknown }>>();

function valuesOf(object: object): Map<string, { value: unknown } | { error: unknown }> {
  let m = sharedValues.get(object);
  if (!m) sharedValues.set(object, (m = new Map()));
  return m;
}

const prefixes = new WeakMap<CelSource, string[]>();

/**
 * The signatures of the source's leading variables that read nothing but the object: every `variables`
 * in their text is `variables.anyObject` or an earlier one of them (never params, never `variables` as a
 * whole). The context is otherwise the same for every source (object, oldObject null), so such a variable
 * has the same value, or fails the same way, wherever it is declared with the same predecessors.
 */
export function objectOnlyPrefix(source: CelSource): string[] {
  let out = prefixes.get(source);
  if (!out) {
    out = [];
    const readable = new Set(['anyObject']);
    let signature = '';
    for (const v of source.variables ?? []) {
      const refs = [...v.expression.matchAll(/\bvariables\b(\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)\b)?/g)];
      if (refs.some((m) => !m[2] || !readable.has(m[2])) || readable.has(v.name)) break;
      signature += `${v.name}\0${v.expression}\0`;
      out.push(signature);
      readable.add(v.name);
    }
    prefixes.set(source, out);
  }
  return out;
}

const converted = new WeakMap<object, unknown>();

/** JSON (YAML) numbers become CEL ints when integral, as the API server's typed objects give them. */
function toCel(v: unknown): unknown {
  if (v && typeof v === 'object') {
    if (!converted.has(v)) converted.set(v, convert(v));
    return converted.get(v);
  }
  return convert(v);
}

/**
 * CEL values for cel-js. Maps are made without a prototype and lists with cel-js' own Array: cel-js tells
 * types apart by constructor, and under jest the documents come from another realm (vm context) whose
 * Object and Array it would not recognise. Outside jest this is the plain conversion.
 */
function convert(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return celArray().from(v, toCel);
  if (v && typeof v === 'object') {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) out[k] = toCel(x);
    return out;
  }
  return v;
}

let arrayCtor: ArrayConstructor | undefined;
function celArray(): ArrayConstructor {
  arrayCtor ??= (compileCel('[]')({}) as unknown[]).constructor as ArrayConstructor;
  return arrayCtor;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
