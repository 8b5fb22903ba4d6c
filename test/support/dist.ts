import * as path from 'path';
import type { App } from 'cdk8s';
import * as yaml from 'js-yaml';
import { REGISTRY } from '../../src/registry';
import { EnvironmentOutput, renderEnvironment } from '../../src/synth/synthesize';
import { TextMemo } from '../../src/synth/text-memo';
import { readTree } from '../../src/synth/writer';
import { ENVS, overlay, ROOT } from './fixtures';

// What the suites read of dist/ and of synth's output, read and parsed once per suite: dist/ is ~95 MB, and
// ~90 % of it is vendor CRDs whose text is the same in every environment.

const trees = new Map<string, ReadonlyMap<string, string>>();
/** The committed `dist/<env>/` (a fleet: `dist/<env>/<cluster>/`), path → text, read once per suite. */
export function committedTree(env: string): ReadonlyMap<string, string> {
  let tree = trees.get(env);
  if (!tree) trees.set(env, (tree = readTree(path.join(ROOT, 'dist', env))));
  return tree;
}

const documents = new TextMemo<any>();
/** One YAML document, parsed once per suite by its exact text. Shared between callers, so frozen (deeply). */
export function parsed(text: string): any {
  return documents.of(text, () => deepFreeze(yaml.load(text)));
}

/** The manifests of a rendered tree: the files of its wave folders (not apps/, bootstrap/ or a render's .helm/ inputs). */
export function manifestFiles(tree: ReadonlyMap<string, string>): [string, string][] {
  return [...tree.entries()].filter(([f]) => f.endsWith('.yaml') && !f.includes('/.helm/') && /^\d\d-/.test(f));
}

/** The objects of a tree's wave folders, parsed once per suite (shared, so frozen). */
export function manifestsOf(tree: ReadonlyMap<string, string>): any[] {
  return manifestFiles(tree).map(([, t]) => parsed(t));
}

const renders = new Map<string, { out: EnvironmentOutput; app: App }>();
/**
 * An environment of the committed overlays rendered in memory (gate included), once per suite, with its
 * construct tree: a first registry entry that adds nothing keeps the App.
 */
export function rendered(env: (typeof ENVS)[number]): { out: EnvironmentOutput; app: App } {
  let r = renders.get(env);
  if (!r) {
    let app: App | undefined;
    const out = renderEnvironment(overlay(env), [{ name: '(test: keep the construct tree)', build: (scope) => { app = scope as App; } }, ...REGISTRY]);
    renders.set(env, (r = { out, app: app! }));
  }
  return r;
}

/** A test that changed a shared document would change it for every later test of the suite: it throws instead. */
function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}
