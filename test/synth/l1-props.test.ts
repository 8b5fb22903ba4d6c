/**
 * Generated L1 classes (imports/) render only the properties they know and silently drop the rest: a key
 * spelt as in the CRD (`openAPIV3Schema`) instead of as in the class (`openApiv3Schema`) vanishes from
 * dist/. Guard: for every L1 object of every environment, each value given to it appears in its manifest.
 */
import { ApiObject } from 'cdk8s';
import { buildEnvironment } from '../../src/environment';
import { ENVS, overlay } from '../support/fixtures';

/** Leaf paths, keys compared without case, `_` or `-` (the L1 maps camelCase to the CRD's spelling). */
function leaves(v: unknown, p: string, out: Set<string>): Set<string> {
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, `${p}[${i}]`, out));
  else if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (!entries.length) out.add(p);
    for (const [k, x] of entries) leaves(x, `${p}.${k.toLowerCase().replace(/[_-]/g, '')}`, out);
  } else if (v !== undefined) out.add(p);
  return out;
}

describe.each(ENVS)('%s: L1 objects keep every property they were given', (env) => {
  test('nothing dropped', () => {
    const dropped: string[] = [];
    for (const c of buildEnvironment(overlay(env)).node.findAll()) {
      if (!(c instanceof ApiObject) || c.toJson === ApiObject.prototype.toJson) continue;
      const given = leaves(ApiObject.prototype.toJson.call(c), '', new Set());
      const rendered = leaves(c.toJson(), '', new Set());
      // IntOrString and friends render `{value: x}` as `x`.
      for (const p of given) if (!rendered.has(p) && !(p.endsWith('.value') && rendered.has(p.slice(0, -6)))) dropped.push(`${c.node.path}: ${p}`);
    }
    expect(dropped).toEqual([]);
  });
});
