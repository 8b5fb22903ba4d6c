/**
 * The YAML of `dist/`: byte for byte what js-yaml 4 writes with the options synth has always used
 * (`DUMP_OPTIONS`: block style, indent 2, no line folding, double quotes, no anchors, keys in object order),
 * about four times faster. js-yaml decides each node's type by running every schema type's predicate on it
 * and each plain string's by running every implicit resolver on it; here the decisions are made once per
 * distinct string and the structure is written directly. The scalar rules are js-yaml's own
 * (lib/dumper.js: chooseScalarStyle, isPlainSafe, writeScalar), ported as they are.
 *
 * Anything outside what manifests hold (a Date, a Buffer, a class instance, a key over 1024 characters that
 * needs an explicit `? ` pair) is handed to js-yaml itself: `toYaml` never guesses. A test compares both on
 * every rendered document and on a corpus of awkward strings.
 */
import * as yaml from 'js-yaml';

/** The options synth dumps with; `toYaml` is exact for these only. */
export const DUMP_OPTIONS: yaml.DumpOptions = { noRefs: true, lineWidth: -1, sortKeys: false, quotingType: '"' };

/** What the fast path does not write (js-yaml does it instead). */
class Unsupported extends Error {}

/** A document as YAML (with its final newline), exactly as `yaml.dump(doc, DUMP_OPTIONS)`. */
export function toYaml(doc: unknown): string {
  try {
    return fastDump(doc);
  } catch (e) {
    if (e instanceof Unsupported) return yaml.dump(doc, DUMP_OPTIONS);
    throw e;
  }
}

/** The fast path alone (throws Unsupported where js-yaml is needed); exported for the equivalence test. */
export function fastDump(doc: unknown): string {
  const out = node(doc, 0, true);
  return out === undefined ? '' : `${out}\n`;
}

const INDENTS: string[] = [];
function newline(level: number): string {
  return (INDENTS[level] ??= `\n${'  '.repeat(level)}`);
}

const toString = Object.prototype.toString;

/**
 * One node, as js-yaml's writeNode(state, level, value, block = true, compact, iskey = false) writes it;
 * undefined when js-yaml skips it (an undefined value).
 */
function node(value: unknown, level: number, compact: boolean): string | undefined {
  switch (typeof value) {
    case 'string':
      return scalar(value, level, false);
    case 'number':
      return number(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return undefined;
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        if (value.length === 0) return '[]';
        return sequence(value, level, compact);
      }
      if (toString.call(value) !== '[object Object]' || (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)) {
        throw new Unsupported();
      }
      const keys = Object.keys(value);
      if (keys.length === 0) return '{}';
      return mapping(value as Record<string, unknown>, keys, level, compact);
    }
    default:
      // functions, symbols, bigints: js-yaml throws its own error for them
      throw new Unsupported();
  }
}

/** writeBlockSequence(state, level, array, compact). */
function sequence(items: readonly unknown[], level: number, compact: boolean): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    // An undefined item is written as null (js-yaml retries it as null).
    const item = items[i] === undefined ? 'null' : node(items[i], level + 1, true)!;
    if (!compact || out !== '') out += newline(level);
    out += item.charCodeAt(0) === LF ? '-' : '- ';
    out += item;
  }
  return out;
}

/** writeBlockMapping(state, level, object, compact), keys in object order. */
function mapping(object: Record<string, unknown>, keys: readonly string[], level: number, compact: boolean): string {
  let out = '';
  for (const key of keys) {
    const value = node(object[key], level + 1, false);
    if (value === undefined) continue;
    const k = scalar(key, level + 1, true);
    if (k.length > 1024) throw new Unsupported(); // an explicit "? key" pair
    if (!compact || out !== '') out += newline(level);
    out += k;
    out += value.charCodeAt(0) === LF ? ':' : ': ';
    out += value;
  }
  return out === '' ? '{}' : out;
}

function number(n: number): string {
  if (n % 1 === 0 && !Object.is(n, -0)) return n.toString(10);
  if (Number.isNaN(n)) return '.nan';
  if (n === Number.POSITIVE_INFINITY) return '.inf';
  if (n === Number.NEGATIVE_INFINITY) return '-.inf';
  if (Object.is(n, -0)) return '-0.0';
  const res = n.toString(10);
  return /^[-+]?[0-9]+e/.test(res) ? res.replace('e', '.e') : res;
}

// ---- scalars: js-yaml's writeScalar and chooseScalarStyle for the options above ----

const LF = 0x0a;
/** Single-line strings are written the same way at every level, as keys and as values: one decision each. */
const singleLine = new Map<string, string>();
const CACHE_LIMIT = 100_000;

function scalar(s: string, level: number, isKey: boolean): string {
  const cached = singleLine.get(s);
  if (cached !== undefined) return cached;
  const hasLineBreak = s.indexOf('\n') !== -1;
  const out = writeScalar(s, level, isKey);
  if (!hasLineBreak) {
    if (singleLine.size >= CACHE_LIMIT) singleLine.clear();
    singleLine.set(s, out);
  }
  return out;
}

const DEPRECATED_BOOLEANS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
const DEPRECATED_BASE60 = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
/** The implicit types of js-yaml's default schema: a plain string one of them would read is quoted. */
// (js-yaml exports `types`; @types/js-yaml does not declare it)
const TYPES = (yaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float' | 'timestamp' | 'merge', yaml.Type> }).types;
const IMPLICIT = [TYPES.null, TYPES.bool, TYPES.int, TYPES.float, TYPES.timestamp, TYPES.merge];

function writeScalar(s: string, level: number, isKey: boolean): string {
  if (s.length === 0) return '""';
  if (DEPRECATED_BOOLEANS.has(s) || DEPRECATED_BASE60.test(s)) return `"${s}"`;
  const indent = 2 * Math.max(1, level);
  switch (chooseStyle(s, isKey)) {
    case PLAIN:
      return s;
    case LITERAL:
      return `|${blockHeader(s)}${dropEndingNewline(indentString(s, indent))}`;
    default:
      return `"${escapeString(s)}"`;
  }
}

const PLAIN = 1;
const LITERAL = 3;
const DOUBLE = 5;

/** chooseScalarStyle with lineWidth -1, indent 2, double quotes, no forced quotes, in block context. */
function chooseStyle(s: string, singleLineOnly: boolean): number {
  let char = 0;
  let prev = -1;
  let hasLineBreak = false;
  let plain = isPlainSafeFirst(codePointAt(s, 0)) && isPlainSafeLast(codePointAt(s, s.length - 1));
  for (let i = 0; i < s.length; char >= 0x10000 ? (i += 2) : i++) {
    char = codePointAt(s, i);
    if (!singleLineOnly && char === LF) hasLineBreak = true;
    else if (!isPrintable(char)) return DOUBLE;
    plain = plain && isPlainSafe(char, prev);
    prev = char;
  }
  if (!hasLineBreak) return plain && !IMPLICIT.some((t) => t.resolve(s)) ? PLAIN : DOUBLE;
  return LITERAL;
}

function codePointAt(s: string, pos: number): number {
  const first = s.charCodeAt(pos);
  if (first >= 0xd800 && first <= 0xdbff && pos + 1 < s.length) {
    const second = s.charCodeAt(pos + 1);
    if (second >= 0xdc00 && second <= 0xdfff) return (first - 0xd800) * 0x400 + second - 0xdc00 + 0x10000;
  }
  return first;
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function isPrintable(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e)
    || (c >= 0xa1 && c <= 0xd7ff && c !== 0x2028 && c !== 0x2029)
    || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff)
    || (c >= 0x10000 && c <= 0x10ffff);
}

function isNsCharOrWhitespace(c: number): boolean {
  return isPrintable(c) && c !== 0xfeff && c !== 0x0d && c !== LF;
}

/** isPlainSafe(c, prev, inblock = true). */
function isPlainSafe(c: number, prev: number): boolean {
  const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
  const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
  return (cIsNsCharOrWhitespace && c !== 0x23 /* # */ && !(prev === 0x3a /* : */ && !cIsNsChar))
    || (isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === 0x23)
    || (prev === 0x3a && cIsNsChar);
}

/** - ? : , [ ] { } # & * ! | = > ' " % @ ` */
const INDICATORS = new Set([0x2d, 0x3f, 0x3a, 0x2c, 0x5b, 0x5d, 0x7b, 0x7d, 0x23, 0x26, 0x2a, 0x21, 0x7c, 0x3d, 0x3e, 0x27, 0x22, 0x25, 0x40, 0x60]);

function isPlainSafeFirst(c: number): boolean {
  return isPrintable(c) && c !== 0xfeff && !isWhitespace(c) && !INDICATORS.has(c);
}

function isPlainSafeLast(c: number): boolean {
  return !isWhitespace(c) && c !== 0x3a;
}

function blockHeader(s: string): string {
  const indentIndicator = /^\n* /.test(s) ? '2' : '';
  const clip = s[s.length - 1] === '\n';
  const keep = clip && (s[s.length - 2] === '\n' || s === '\n');
  return `${indentIndicator}${keep ? '+' : clip ? '' : '-'}\n`;
}

function dropEndingNewline(s: string): string {
  return s[s.length - 1] === '\n' ? s.slice(0, -1) : s;
}

/** Indents every line; empty lines ("\n" alone) are not indented. */
function indentString(s: string, spaces: number): string {
  const ind = ' '.repeat(spaces);
  let out = '';
  let position = 0;
  while (position < s.length) {
    const next = s.indexOf('\n', position);
    const line = next === -1 ? s.slice(position) : s.slice(position, next + 1);
    position = next === -1 ? s.length : next + 1;
    if (line.length && line !== '\n') out += ind;
    out += line;
  }
  return out;
}

const ESCAPES: Record<number, string> = {
  0x00: '\\0', 0x07: '\\a', 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r', 0x1b: '\\e',
  0x22: '\\"', 0x5c: '\\\\', 0x85: '\\N', 0xa0: '\\_', 0x2028: '\\L', 0x2029: '\\P',
};

function escapeString(s: string): string {
  let out = '';
  let char = 0;
  for (let i = 0; i < s.length; char >= 0x10000 ? (i += 2) : i++) {
    char = codePointAt(s, i);
    const escape = ESCAPES[char];
    if (!escape && isPrintable(char)) {
      out += s[i];
      if (char >= 0x10000) out += s[i + 1];
    } else {
      out += escape || encodeHex(char);
    }
  }
  return out;
}

function encodeHex(c: number): string {
  const hex = c.toString(16).toUpperCase();
  const [handle, length] = c <= 0xff ? ['x', 2] : c <= 0xffff ? ['u', 4] : ['U', 8];
  return `\\${handle}${'0'.repeat(length - hex.length)}${hex}`;
}
