// Transpile-only build (esbuild, no type-check): src/ and imports/ → build/. Type-checking is `npm test`'s job.
// The entry points people run (synth, validate) are then bundled in place: one file to read and compile
// instead of ~300 modules (synth of every environment: 1.3 s → see README "Speed"), and ESM-only
// dependencies (cel-js) become plain CommonJS.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';

function tsFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

// No clean: concurrent builds (tests spawn the CLI) must never see build/ vanish; esbuild overwrites.
await build({
  entryPoints: tsFiles('src'),
  outdir: 'build',
  outbase: '.',
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
});

// imports/ is generated JavaScript (+ .d.ts) and data (crd-index.json, schemas): copied as is.
for (const f of readdirSync('imports', { recursive: true })) {
  if (/\.(js|json)$/.test(String(f))) cpSync(join('imports', String(f)), join('build', 'imports', String(f)));
}

const bundled = await build({
  entryPoints: { 'src/main': 'src/main.ts', 'src/cli/validate': 'src/cli/validate.ts' },
  outdir: 'build',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Whitespace and syntax only: identifiers stay, so stack traces still name our functions.
  minifyWhitespace: true,
  minifySyntax: true,
  // Loaded at run time from imports/ (the generated validators: large, and optional).
  external: ['*/schemas/validators.js'],
  write: false,
  logLevel: 'warning',
});
for (const f of bundled.outputFiles) {
  // Atomic: a test may be running the previous bundle right now.
  mkdirSync(dirname(f.path), { recursive: true });
  writeFileSync(`${f.path}.tmp-${process.pid}`, f.contents);
  renameSync(`${f.path}.tmp-${process.pid}`, f.path);
}
