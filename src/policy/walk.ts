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
