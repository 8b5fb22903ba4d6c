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
  entryPoints: [...tsFiles('src'), ...tsFiles('imports')],
  outdir: 'build',
  outbase: '.',
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
});

// Generated data next to the generated code (crd-index.json, schemas).
for (const f of readdirSync('imports', { recursive: true })) {
  if (String(f).endsWith('.json')) cpSync(join('imports', String(f)), join('build', 'imports', String(f)));
}
