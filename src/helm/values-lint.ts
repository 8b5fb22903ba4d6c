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
  return readByTemplates(tree.templates, path);
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

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readByTemplates(templates: string, path: string[]): boolean {
  // The whole path, as `.Values.a.b` (not `.Values.a.bc`).
  if (new RegExp(`\\.Values\\.${escape(path.join('.'))}(?![A-Za-z0-9_])`).test(templates)) return true;
  // A prefix handed on whole: `toYaml .Values.a`, `omit .Values.a "k"` (iterated), `with .Values.a }}…toYaml .`, `range … .Values.a`.
  for (let n = path.length - 1; n >= 1; n--) {
    const ref = `\\.Values\\.${escape(path.slice(0, n).join('.'))}(?![A-Za-z0-9_.])`;
    const whole = new RegExp(`toYaml\\s+\\(?\\s*${ref}|omit\\s+${ref}|with\\s+${ref}\\s*-?}}[^]{0,160}?(?:toYaml\\s+\\.|\\.\\s*\\|\\s*toYaml)|range\\s+[^}]*${ref}`);
    if (whole.test(templates)) return true;
  }
  // A key with a dot in its name (`grafana.ini`), read as `index .Values "grafana.ini"` (and usually ranged over).
  return new RegExp(`index\\s+\\.Values\\s+"${escape(path[0])}"`).test(templates);
}
