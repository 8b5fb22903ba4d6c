/**
 * Surgical edits of an overlay's YAML text: one scalar set, everything else (comments, order, flow or
 * block style, quoting, blank lines) byte for byte as it was. A js-yaml round trip would drop the comments
 * and restyle the file; a person reviews these diffs.
 *
 * Handles block mappings and single-line flow mappings (`image: { tag: 1.3.0 }`), at any depth, and
 * inserts missing keys. Every edit is checked by parsing the result: anything else changed, or a style it
 * cannot edit, is an error naming the key path (edit that file by hand).
 */
import * as yaml from 'js-yaml';

export class OverlayEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** A scalar as YAML writes it: plain when it reads back as the same string, else double-quoted. */
export function yamlScalar(value: string): string {
  if (/^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/.test(value)) {
    try {
      if (yaml.load(value) === value) return value;
    } catch {
      // falls through to quoting
    }
  }
  return JSON.stringify(value);
}

/** Keeps the quoting style of the scalar it replaces. */
function replacementScalar(old: string, value: string): string {
  if (old.startsWith('"')) return JSON.stringify(value);
  if (old.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  return yamlScalar(value);
}

/** `{ a: { b: v } }` for a path and a value. */
function nestedFlow(path: string[], value: string): string {
  return path.reduceRight((inner, key) => `{ ${key}: ${inner} }`, yamlScalar(value));
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isContent = (line: string): boolean => !/^\s*(#.*)?$/.test(line);

interface FlowEntry {
  key: string;
  valueStart: number;
  valueEnd: number;
  map?: FlowMap;
}
interface FlowMap {
  start: number;
  /** Index just after the closing brace. */
  end: number;
  entries: FlowEntry[];
}

/** Parses the single-line flow mapping starting at s[i] === '{'. */
function parseFlowMap(s: string, i: number): FlowMap {
  const start = i;
  const entries: FlowEntry[] = [];
  i++;
  const skipWs = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  const scalarEnd = (j: number, stops: string): number => {
    if (s[j] === '"') {
      j++;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      return j + 1;
    }
    if (s[j] === "'") {
      j++;
      while (j < s.length && !(s[j] === "'" && s[j + 1] !== "'")) j += s[j] === "'" ? 2 : 1;
      return j + 1;
    }
    while (j < s.length && !stops.includes(s[j]) && !(s[j] === ':' && /\s/.test(s[j + 1] ?? ' '))) j++;
    while (j > 0 && /\s/.test(s[j - 1])) j--;
    return j;
  };
  const skipSeq = (j: number): number => {
    let depth = 0;
    for (; j < s.length; j++) {
      if (s[j] === '[' || s[j] === '{') depth++;
      else if (s[j] === ']' || s[j] === '}') {
        depth--;
        if (depth === 0) return j + 1;
      } else if (s[j] === '"' || s[j] === "'") j = scalarEnd(j, '') - 1;
    }
    throw new OverlayEditError('unterminated flow sequence');
  };
  for (;;) {
    skipWs();
    if (s[i] === '}') return { start, end: i + 1, entries };
    if (i >= s.length) throw new OverlayEditError('a flow mapping that spans several lines');
    const keyEnd = scalarEnd(i, ':,}');
    const rawKey = s.slice(i, keyEnd);
    const key = rawKey.startsWith('"') || rawKey.startsWith("'") ? String(yaml.load(rawKey)) : rawKey;
    i = keyEnd;
    skipWs();
    if (s[i] !== ':') throw new OverlayEditError(`expected ":" after "${key}" in a flow mapping`);
    i++;
    skipWs();
    const entry: FlowEntry = { key, valueStart: i, valueEnd: i };
    if (s[i] === '{') {
      entry.map = parseFlowMap(s, i);
      i = entry.map.end;
    } else if (s[i] === '[') {
      i = skipSeq(i);
    } else {
      i = scalarEnd(i, ',}');
    }
    entry.valueEnd = i;
    entries.push(entry);
    skipWs();
    if (s[i] === ',') i++;
    else if (s[i] !== '}') throw new OverlayEditError(`unexpected "${s[i] ?? 'end of line'}" in a flow mapping`);
  }
}

/** Sets path → value inside a single-line flow mapping; returns the new line. */
function editFlow(line: string, map: FlowMap, path: string[], value: string): string {
  const entry = map.entries.find((e) => e.key === path[0]);
  if (!entry) {
    const item = path.length === 1 ? `${path[0]}: ${yamlScalar(value)}` : `${path[0]}: ${nestedFlow(path.slice(1), value)}`;
    if (!map.entries.length) return `${line.slice(0, map.start)}{ ${item} }${line.slice(map.end)}`;
    const last = map.entries[map.entries.length - 1];
    return `${line.slice(0, last.valueEnd)}, ${item}${line.slice(last.valueEnd)}`;
  }
  if (path.length === 1) {
    if (entry.map) throw new OverlayEditError(`${path[0]} is a mapping, not a scalar`);
    const old = line.slice(entry.valueStart, entry.valueEnd);
    return `${line.slice(0, entry.valueStart)}${replacementScalar(old, value)}${line.slice(entry.valueEnd)}`;
  }
  if (!entry.map) throw new OverlayEditError(`${path[0]} is not a mapping`);
  return editFlow(line, entry.map, path.slice(1), value);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Edits lines[from, to) (the children of a block mapping at `indent`, -1 for the document) so that
 * path → value; returns the new lines of the whole document.
 */
function editBlock(lines: string[], from: number, to: number, parentIndent: number, path: string[], value: string, step: number): string[] {
  const children = [];
  for (let i = from; i < to; i++) if (isContent(lines[i])) children.push(i);
  const childIndent = children.length ? indentOf(lines[children[0]]) : parentIndent + step;
  const keyPattern = new RegExp(`^ {${childIndent}}(${escapeRegExp(path[0])}|"${escapeRegExp(path[0])}"|'${escapeRegExp(path[0])}')\\s*:(\\s+|$)`);
  const at = children.find((i) => indentOf(lines[i]) === childIndent && keyPattern.test(lines[i]));
  if (at === undefined) {
    // Missing: a block key per level, the last two levels as `key: { last: value }` (the overlays' style).
    const pad = ' '.repeat(childIndent);
    const added: string[] = [];
    let rest = path;
    let p = pad;
    while (rest.length > 2) {
      added.push(`${p}${rest[0]}:`);
      p += ' '.repeat(step);
      rest = rest.slice(1);
    }
    added.push(rest.length === 1 ? `${p}${rest[0]}: ${yamlScalar(value)}` : `${p}${rest[0]}: ${nestedFlow(rest.slice(1), value)}`);
    const after = children.length ? children[children.length - 1] + 1 : from;
    return [...lines.slice(0, after), ...added, ...lines.slice(after)];
  }
  const line = lines[at];
  const match = keyPattern.exec(line)!;
  const valueStart = match[0].length;
  const rest = line.slice(valueStart);
  const valueText = rest.replace(/\s+#.*$/, '').trim();
  if (path.length === 1) {
    if (!valueText || /^[{[|>&*!]/.test(valueText)) throw new OverlayEditError(`${path[0]} is not a plain scalar on its line`);
    const start = valueStart + rest.indexOf(valueText);
    const end = start + valueText.length;
    const copy = [...lines];
    copy[at] = `${line.slice(0, start)}${replacementScalar(valueText, value)}${line.slice(end)}`;
    return copy;
  }
  if (valueText.startsWith('{')) {
    const start = valueStart + rest.indexOf('{');
    const copy = [...lines];
    copy[at] = editFlow(line, parseFlowMap(line, start), path.slice(1), value);
    return copy;
  }
  if (valueText) throw new OverlayEditError(`${path[0]} is not a mapping (found "${valueText}")`);
  let end = at + 1;
  while (end < to && (!isContent(lines[end]) || indentOf(lines[end]) > childIndent)) end++;
  return editBlock(lines, at + 1, end, childIndent, path.slice(1), value, step);
}

/** JSON with sorted keys (key order is not what we compare). */
function sorted(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sorted).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${sorted((v as any)[k])}`).join(',')}}`;
  return String(JSON.stringify(v));
}

function setIn(doc: any, path: string[], value: string): any {
  const copy = doc && typeof doc === 'object' ? JSON.parse(JSON.stringify(doc)) : {};
  let o = copy;
  for (const k of path.slice(0, -1)) {
    if (!o[k] || typeof o[k] !== 'object') o[k] = {};
    o = o[k];
  }
  o[path[path.length - 1]] = value;
  return copy;
}

/**
 * The overlay text with `path` set to the string `value` and nothing else changed. Throws an
 * OverlayEditError naming the key path when the file's shape is beyond a surgical edit.
 */
export function setOverlayValue(text: string, path: string[], value: string, file = 'overlay'): string {
  const where = `${file}: ${path.join('.')}`;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const trailing = lines.length && lines[lines.length - 1] === '' ? lines.pop() : undefined;
  const indents = lines.filter(isContent).map(indentOf).filter((n) => n > 0);
  const step = indents.length ? Math.min(...indents) : 2;
  let before: unknown;
  try {
    before = yaml.load(text);
  } catch (e) {
    throw new OverlayEditError(`${file}: invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  let edited: string[];
  try {
    edited = editBlock(lines, 0, lines.length, -step, path, value, step);
  } catch (e) {
    if (e instanceof OverlayEditError) throw new OverlayEditError(`${where}: cannot edit surgically: ${e.message}; edit the file by hand`);
    throw e;
  }
  const out = [...edited, ...(trailing !== undefined ? [trailing] : [])].join(eol);
  let after: unknown;
  try {
    after = yaml.load(out);
  } catch {
    after = Symbol('invalid');
  }
  if (sorted(after) !== sorted(setIn(before, path, value))) {
    throw new OverlayEditError(`${where}: cannot edit surgically (the result would change more than this key); edit the file by hand`);
  }
  return out;
}
