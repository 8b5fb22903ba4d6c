/**
 * `npm run diff`: what synth would change in dist/ (added, changed, removed files per environment).
 * Exit 0 when dist/ is current, 2 when it drifted (CI fails on that).
 */
import * as path from 'path';
import { loadOverlay } from '../config/load';
import { overlayFiles, renderEnvironment } from '../synth/synthesize';
import { runCli } from './cli-util';
import { driftOf } from './drift';

const ROOT = path.resolve(__dirname, '..', '..', '..');

runCli(() => {
  let drifted = 0;
  for (const file of overlayFiles(path.join(ROOT, 'overlays'))) {
    const out = renderEnvironment(loadOverlay(file));
    const d = driftOf(out, path.join(ROOT, 'dist'));
    const lines = [...d.added.map((f) => `  + ${f}`), ...d.changed.map((f) => `  ~ ${f}`), ...d.removed.map((f) => `  - ${f}`)];
    drifted += lines.length;
    process.stdout.write(`${out.config.env}: ${lines.length ? `${lines.length} file(s) differ from dist/${out.config.env}` : 'dist/ is current'}\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
  }
  if (drifted) process.exitCode = 2;
});
