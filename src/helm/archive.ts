/**
 * What a chart archive says about the values it reads: its default values.yaml, its values.schema.json,
 * the text of its templates, and the same for each subchart (under its alias), for the values lint.
 */
import * as yaml from 'js-yaml';
import { Parser } from 'tar';

export interface ChartTree {
  readonly name: string;
  readonly defaults: Record<string, unknown>;
  readonly schema?: Record<string, unknown>;
  /** Every template's text and values.yaml's (configs rendered with `tpl`), concatenated: `.Values.x.y` references are searched in it. */
  readonly templates: string;
  /** Subcharts by the key their values sit under (alias or name). */
  readonly subcharts: ReadonlyMap<string, ChartTree>;
}

/** Template functions whose output differs from one render to the next (random values, keys, certificates, the clock). */
const NONDETERMINISTIC = /\{\{[^}]*\b(rand(Alpha|AlphaNum|Numeric|Ascii|Int|Bytes)?|genCA(WithKey)?|genPrivateKey|genSelfSignedCert(WithKey)?|genSignedCert(WithKey)?|uuidv4|now|date|dateInZone|unixEpoch|shuffle|derivePassword)\b[^}]*\}\}/;

/** Whether a template of the chart or of a subchart calls one of them: only such charts can render differently twice. */
export function mayRenderDifferently(tree: ChartTree): boolean {
  return NONDETERMINISTIC.test(tree.templates) || [...tree.subcharts.values()].some(mayRenderDifferently);
}

/** The files of a .tgz, synchronously (node-tar's parser is synchronous on a buffer). */
export function tgzFiles(data: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const parser = new Parser({
    onReadEntry: (e) => {
      const chunks: Buffer[] = [];
      e.on('data', (c: Buffer) => chunks.push(c));
      e.on('end', () => out.set(e.path, Buffer.concat(chunks)));
    },
  });
  parser.end(data);
  return out;
}

const trees = new Map<Buffer, ChartTree>();

/** The chart tree of an archive (memoized per buffer). */
export function chartTree(data: Buffer): ChartTree {
  const known = trees.get(data);
  if (known) return known;
  const files = tgzFiles(data);
  const top = [...files.keys()].find((f) => /^[^/]+\/Chart\.yaml$/.test(f));
  if (!top) throw new Error('not a chart archive: no <name>/Chart.yaml');
  const tree = treeAt(files, top.slice(0, -'Chart.yaml'.length));
  trees.set(data, tree);
  return tree;
}

function treeAt(files: Map<string, Buffer>, dir: string): ChartTree {
  const text = (f: string) => files.get(`${dir}${f}`)?.toString('utf8');
  const meta = (yaml.load(text('Chart.yaml') ?? '') ?? {}) as { name: string; dependencies?: { name: string; alias?: string }[] };
  const defaults = (yaml.load(text('values.yaml') ?? '') ?? {}) as Record<string, unknown>;
  const schemaText = text('values.schema.json');
  const templates = [...[...files.keys()].filter((f) => f.startsWith(`${dir}templates/`)).sort().map((f) => files.get(f)!.toString('utf8')), text('values.yaml') ?? ''].join('\n');
  const subcharts = new Map<string, ChartTree>();
  for (const dep of meta.dependencies ?? []) {
    const unpacked = `${dir}charts/${dep.name}/`;
    let sub: ChartTree | undefined;
    if (files.has(`${unpacked}Chart.yaml`)) sub = treeAt(files, unpacked);
    else {
      const tgz = [...files.keys()].find((f) => f.startsWith(`${dir}charts/${dep.name}-`) && f.endsWith('.tgz') && !f.slice(`${dir}charts/`.length).includes('/'));
      if (tgz) sub = chartTree(files.get(tgz)!);
    }
    if (sub) subcharts.set(dep.alias ?? dep.name, sub);
  }
  return { name: meta.name, defaults, schema: schemaText ? (JSON.parse(schemaText) as Record<string, unknown>) : undefined, templates, subcharts };
}
