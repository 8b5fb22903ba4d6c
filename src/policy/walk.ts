/** Visits every string value of a document with its path (`spec.sources[0].helm.valuesObject.image`) and key. */
export function eachString(value: unknown, fn: (s: string, path: string, key: string) => void, path = '', key = ''): void {
  if (typeof value === 'string') fn(value, path, key);
  else if (Array.isArray(value)) value.forEach((v, i) => eachString(v, fn, `${path}[${i}]`, key));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) eachString(v, fn, path ? `${path}.${k}` : k, k);
  }
}

/** Like eachString, for every value below the root (maps, lists and scalars; list items get their list's key). */
export function eachEntry(value: unknown, fn: (v: unknown, path: string, key: string) => void, path = '', key = ''): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      fn(v, `${path}[${i}]`, key);
      eachEntry(v, fn, `${path}[${i}]`, key);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      fn(v, p, k);
      eachEntry(v, fn, p, k);
    }
  }
}

/**
 * One visitor of `walkValues`: what eachEntry (`strings: false`) or eachString (`strings: true`) would call,
 * with the path built on demand (building it for every value cost more than most checks).
 */
export interface ValueVisitor {
  /** Visits string values only (the root too, when it is a string), as eachString does. */
  readonly strings: boolean;
  visit(v: unknown, key: string, path: () => string): void;
}

/**
 * One walk of a document for several visitors, each called in the order, with the paths and keys, that
 * its own eachEntry or eachString walk would give it. A visitor that throws ends the walk for all of them.
 */
export function walkValues(root: unknown, visitors: readonly ValueVisitor[]): void {
  const strings = visitors.filter((v) => v.strings);
  const entries = visitors.filter((v) => !v.strings);
  /** Path segments: a string is a map key, a number a list index. */
  const segments: (string | number)[] = [];
  const path = (): string => {
    let p = '';
    for (const s of segments) p = typeof s === 'number' ? `${p}[${s}]` : p ? `${p}.${s}` : s;
    return p;
  };
  const visit = (v: unknown, key: string): void => {
    for (let i = 0; i < entries.length; i++) entries[i].visit(v, key, path);
    if (typeof v === 'string') {
      for (let i = 0; i < strings.length; i++) strings[i].visit(v, key, path);
    } else {
      descend(v, key);
    }
  };
  const descend = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) continue; // a hole: forEach skips it too
        segments.push(i);
        visit(value[i], key);
        segments.pop();
      }
    } else if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        segments.push(k);
        visit((value as Record<string, unknown>)[k], k);
        segments.pop();
      }
    }
  };
  if (typeof root === 'string') for (const s of strings) s.visit(root, '', path);
  else descend(root, '');
}
