import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from '../support/fixtures';

/**
 * The layers' import rule (README "Layout"; developers' guide): charts → constructs → platform, one way.
 * A building block (src/constructs/) never imports a chart (src/charts/); the shared endpoints it needs live
 * in src/platform/, which imports neither. Imports are parsed (TypeScript's own pre-processor: `import`,
 * `import type`, `export … from`, `require()`, `import()`), not grepped.
 */
const SRC = path.join(ROOT, 'src');

function tsFilesBelow(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFilesBelow(p) : /\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Every module a TypeScript source names (relative ones resolved against `file`). */
export function importsOf(file: string, text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => (f.fileName.startsWith('.') ? path.resolve(path.dirname(file), f.fileName) : f.fileName));
}

/** `<file>: imports <module>` for every import of a file below `from` that lands below one of `forbidden`. */
export function crossings(from: string, forbidden: string[], read: (f: string) => string = (f) => fs.readFileSync(f, 'utf8')): string[] {
  return tsFilesBelow(from).flatMap((file) => importsOf(file, read(file))
    .filter((m) => forbidden.some((dir) => m === dir || m.startsWith(`${dir}${path.sep}`)))
    .map((m) => `${path.relative(ROOT, file)}: imports ${path.relative(ROOT, m)}`));
}

describe('layers: imports run one way (charts → constructs → platform)', () => {
  const charts = path.join(SRC, 'charts');
  const constructs = path.join(SRC, 'constructs');
  const platform = path.join(SRC, 'platform');

  test('nothing under src/constructs/ imports from src/charts/ (shared endpoints: src/platform/)', () => {
    expect(crossings(constructs, [charts])).toEqual([]);
  });

  test('nothing under src/platform/ imports from src/constructs/ or src/charts/', () => {
    expect(tsFilesBelow(platform).length).toBeGreaterThan(0);
    expect(crossings(platform, [charts, constructs])).toEqual([]);
  });

  test('the check sees every form of import (a building block importing a chart is reported)', () => {
    const file = path.join(constructs, 'microservice.ts');
    const forms = [
      "import { ALLOY_NAMESPACE } from '../charts/alloy';",
      "import type { KafkaChart } from '../charts/kafka';",
      "export { VAULT_ISSUER } from '../charts/cert-manager';",
      "const m = require('../charts/monitoring');",
      "async function f() { return import('../charts/tempo'); }",
      "import '../charts/namespaces';",
    ];
    for (const text of forms) {
      expect(importsOf(file, text).filter((m) => m.startsWith(`${charts}${path.sep}`))).toHaveLength(1);
    }
    // Comments, strings and same-layer or lower imports are not imports of a chart.
    const benign = "// import { X } from '../charts/alloy';\nconst s = \"from '../charts/alloy'\";\nimport { Waves } from './waves';\nimport { VAULT_ISSUER } from '../platform/endpoints';";
    expect(importsOf(file, benign).filter((m) => m.startsWith(`${charts}${path.sep}`))).toEqual([]);
    const reported = crossings(constructs, [charts], (f) => (f === file ? forms[0] : fs.readFileSync(f, 'utf8')));
    expect(reported).toEqual([`src/constructs/microservice.ts: imports src/charts/alloy`]);
  });
});
