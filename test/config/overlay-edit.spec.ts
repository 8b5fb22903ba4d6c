import * as fs from 'fs';
import * as path from 'path';
import { setOverlayValue, yamlScalar } from '../../src/config/overlay-edit';
import { ENVS, ROOT } from '../support/fixtures';

const TAG = ['services', 'lumenApi', 'image', 'tag'];

/** Line numbers (1-based) that differ, and how many lines were added. */
function changedLines(a: string, b: string): { changed: number[]; added: number } {
  const x = a.split('\n');
  const y = b.split('\n');
  const changed: number[] = [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) changed.push(i + 1);
  return { changed, added: y.length - x.length };
}

describe('setOverlayValue: surgical edits', () => {
  test.each(ENVS)('overlays/%s.yaml: the lumenApi tag changes on exactly one line, comments kept', (env) => {
    const text = fs.readFileSync(path.join(ROOT, 'overlays', `${env}.yaml`), 'utf8');
    const out = setOverlayValue(text, TAG, '9.9.9');
    const diff = changedLines(text, out);
    expect(diff.added).toBe(0);
    expect(diff.changed).toHaveLength(1);
    expect(out.split('\n')[diff.changed[0] - 1]).toMatch(/\b9\.9\.9\b/);
    expect(out.match(/^\s*#.*$/gm)).toEqual(text.match(/^\s*#.*$/gm));
  });

  test('block style, with a trailing comment kept', () => {
    const text = '# prod\nservices:\n  lumenApi:\n    image:\n      tag: 1.0.0   # pinned by promote\n    replicas: 2\n';
    expect(setOverlayValue(text, TAG, '1.1.0')).toBe(text.replace('1.0.0', '1.1.0'));
  });

  test('flow style at any depth, quoting kept', () => {
    expect(setOverlayValue('services: { lumenApi: { image: { tag: "1.0" } } }\n', TAG, '2.0')).toBe('services: { lumenApi: { image: { tag: "2.0" } } }\n');
    expect(setOverlayValue("services:\n  lumenApi: { image: { tag: '1.0', repository: a/b }, replicas: 2 }\n", TAG, "it's")).toBe("services:\n  lumenApi: { image: { tag: 'it''s', repository: a/b }, replicas: 2 }\n");
  });

  test('a tag YAML would read as a number is quoted', () => {
    expect(yamlScalar('1.10')).toBe('"1.10"');
    expect(yamlScalar('1.3.0')).toBe('1.3.0');
    expect(setOverlayValue('services:\n  lumenApi:\n    image: { tag: 1.3.0 }\n', TAG, '2')).toBe('services:\n  lumenApi:\n    image: { tag: "2" }\n');
  });

  test('missing keys are added in the overlays\' style, at the end of their mapping', () => {
    expect(setOverlayValue('services:\n  lumenApi:\n    replicas: 2\n# end\n', TAG, '1.1.0')).toBe('services:\n  lumenApi:\n    replicas: 2\n    image: { tag: 1.1.0 }\n# end\n');
    expect(setOverlayValue('services:\n  lumenApi:\n    image: { repository: a/b }\n', TAG, '1.1.0')).toBe('services:\n  lumenApi:\n    image: { repository: a/b, tag: 1.1.0 }\n');
    expect(setOverlayValue('cluster:\n  name: x\n', TAG, '1.1.0')).toBe('cluster:\n  name: x\nservices:\n  lumenApi:\n    image: { tag: 1.1.0 }\n');
    expect(setOverlayValue('services:\nother: 1\n', TAG, '1.1.0')).toBe('services:\n  lumenApi:\n    image: { tag: 1.1.0 }\nother: 1\n');
  });

  test('CRLF line endings survive', () => {
    expect(setOverlayValue('services:\r\n  lumenApi:\r\n    image: { tag: 1.0.0 }\r\n', TAG, '1.1.0')).toBe('services:\r\n  lumenApi:\r\n    image: { tag: 1.1.0 }\r\n');
  });

  test('throws if the key holds a mapping, or the style is beyond a surgical edit', () => {
    expect(() => setOverlayValue('services:\n  lumenApi:\n    image:\n      tag: { a: 1 }\n', TAG, 'x')).toThrow('services.lumenApi.image.tag: cannot edit surgically');
    expect(() => setOverlayValue('services: { lumenApi: {\n  image: { tag: 1 } } }\n', TAG, 'x')).toThrow(/cannot edit surgically: a flow mapping that spans several lines/);
    expect(() => setOverlayValue('services:\n  lumenApi:\n    image:\n      tag: |\n        1.0\n', TAG, 'x')).toThrow('cannot edit surgically');
  });
});
