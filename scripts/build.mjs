// Transpile-only build (esbuild, no type-check): src/ and imports/ → build/. Type-checking is `npm test`'s job.
import { build } from 'esbuild';
import { cpSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

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
