/**
 * The values lint: every key path our code sets must be one the chart reads. Helm ignores an unknown key
 * without a word (only a values.schema.json can refuse it), so a key written from memory silently does
 * nothing. A path is known when
 *   - the chart's default values.yaml has it, or it sits under a map the defaults leave empty (`{}`, null:
 *     free-form, e.g. `podAnnotations`), or under a list or scalar (its shape is the schema's business);
 *   - the chart's values.schema.json declares it, or it sits under a schema object that takes any key;
 *   - a template reads it as `.Values.<path>` (keys documented only in comments), or reads a prefix of at
 *     least two segments as a whole;
 *   - it is `<subchart>.<path>` and the subchart knows `<path>`; `global.<path>` known to any chart of the tree.
 * Arrays are leaves: their items are the chart's to interpret.
 */
import type { ChartTree } from './archive';

/** The key paths (dotted) of `values` that the chart does not read. */
export function unknownValuePaths(tree: ChartTree, values: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (value: Record<string, unknown>, prefix: string[]): void => {
    for (const [k, v] of Object.entries(value)) {
      const p = [...prefix, k];
      if (!reads(tree, p)) out.push(p.join('.'));
      else if (isMap(v) && !freeBelow(tree, p)) walk(v, p);
    }
  };
  walk(values, []);
  return out.sort();
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The charts that see `path`: the chart itself, the subchart it is under (rest of the path), every chart for `global`. */
function viewsOf(tree: ChartTree, path: string[]): [ChartTree, string[]][] {
  const views: [ChartTree, string[]][] = [[tree, path]];
  const sub = tree.subcharts.get(path[0]);
  if (sub && path.length > 1) views.push(...viewsOf(sub, path.slice(1)));
  if (path[0] === 'global') for (const s of tree.subcharts.values()) views.push(...viewsOf(s, path));
  return views;
}

function reads(tree: ChartTree, path: string[]): boolean {
  return viewsOf(tree, path).some(([t, p]) => knows(t, p));
}

function freeBelow(tree: ChartTree, path: string[]): boolean {
  return viewsOf(tree, path).some(([t, p]) => inDefaults(t.defaults, p) === 'free' || (t.schema !== undefined && inSchema(t.schema, p) === 'free'));
}

/** Whether one chart reads `path` (see the module comment). */
function knows(tree: ChartTree, path: string[]): boolean {
  if (path.length === 1 && tree.subcharts.has(path[0])) return true;
  if (inDefaults(tree.defaults, path) !== 'unknown') return true;
  if (tree.schema && inSchema(tree.schema, path) !== 'unknown') return true;
  return readByTemplates(tree, path);
}

type Known = 'known' | 'free' | 'unknown';

function inDefaults(defaults: unknown, path: string[]): Known {
  let d: unknown = defaults;
  for (let i = 0; i < path.length; i++) {
    if (d === null || d === undefined) return 'free';
    if (!isMap(d)) return 'free';
    if (!(path[i] in d)) return Object.keys(d).length === 0 ? 'free' : 'unknown';
    d = d[path[i]];
  }
  return d === null || (isMap(d) && Object.keys(d).length === 0) ? 'free' : 'known';
}

function inSchema(schema: Record<string, unknown>, path: string[]): Known {
  let s: Record<string, unknown> | undefined = schema;
  for (const seg of path) {
    if (!s) return 'unknown';
    if (s.$ref || s.allOf || s.anyOf || s.oneOf) return 'free';
    const props = s.properties as Record<string, Record<string, unknown>> | undefined;
    if (props && seg in props) {
      s = props[seg];
      continue;
    }
    // A map of schemas (e.g. `ports.<name>`): each key is checked against the one schema.
    if (isMap(s.additionalProperties)) {
      s = s.additionalProperties;
      continue;
    }
    if (s.additionalProperties === true || s.patternProperties) return 'free';
    if (!props && s.additionalProperties === undefined && (s.type === 'object' || s.type === undefined)) return 'free';
    return 'unknown';
  }
  return 'known';
}

/** What a chart's templates read of `.Values`: every path they name (and its prefixes), and the prefixes they hand on whole. */
interface TemplateReads {
  /** `a`, `a.b`, `a.b.c` for a reference `.Values.a.b.c`. */
  readonly named: ReadonlySet<string>;
  /** Paths handed on whole: `toYaml .Values.a`, `omit .Values.a "k"`, `range … .Values.a`, `with .Values.a }}…toYaml .`, `index .Values "a.b"`. */
  readonly whole: ReadonlySet<string>;
}

const PATH = String.raw`\.Values((?:\.[A-Za-z0-9_]+)+)`;
const WHOLE = [
  new RegExp(String.raw`toYaml\s+\(?\s*${PATH}(?![A-Za-z0-9_.])`, 'g'),
  new RegExp(String.raw`omit\s+${PATH}(?![A-Za-z0-9_.])`, 'g'),
  new RegExp(String.raw`range\s+[^}]*?${PATH}(?![A-Za-z0-9_.])`, 'g'),
  // `with .Values.x }} … toYaml .`, `. | toYaml`, or `omit . "enabled" | toYaml` (policy-controller's securityContexts).
  new RegExp(String.raw`with\s+${PATH}\s*-?}}[^]{0,160}?(?:toYaml\s+\.|\.\s*\|\s*toYaml|omit\s+\.(?:\s+"[^"]*")+\s*\|\s*toYaml)`, 'g'),
];
const indexed = new WeakMap<ChartTree, TemplateReads>();

/** One pass of a few regular expressions over the templates, once per chart (the lint asks for every key path). */
function readsOf(tree: ChartTree): TemplateReads {
  let reads = indexed.get(tree);
  if (reads) return reads;
  const named = new Set<string>();
  for (const m of tree.templates.matchAll(new RegExp(PATH, 'g'))) {
    const segs = m[1].slice(1).split('.');
    for (let n = 1; n <= segs.length; n++) named.add(segs.slice(0, n).join('.'));
  }
  const whole = new Set<string>();
  for (const re of WHOLE) for (const m of tree.templates.matchAll(re)) whole.add(m[1].slice(1));
  // A key with a dot in its name (`grafana.ini`) is read as `index .Values "grafana.ini"`, usually ranged over.
  for (const m of tree.templates.matchAll(/index\s+\.Values\s+"([^"]+)"/g)) whole.add(m[1]);
  reads = { named, whole };
  indexed.set(tree, reads);
  return reads;
}

function readByTemplates(tree: ChartTree, path: string[]): boolean {
  const { named, whole } = readsOf(tree);
  // The path itself (or something below it: the template reads it), or a prefix the template hands on whole.
  if (named.has(path.join('.'))) return true;
  for (let n = path.length - 1; n >= 1; n--) if (whole.has(path.slice(0, n).join('.'))) return true;
  return whole.has(path[0]);
}
