/**
 * `npm run bench [-- --json]`: times the synth of every environment (in memory, best of 5) and prints
 * resources and milliseconds. The scale test (1000/2000 services) grows in its own issue.
 */
import * as path from 'path';
import { loadOverlay } from '../config/load';
import { overlayFiles, renderEnvironment } from '../synth/synthesize';
import { runCli } from './cli-util';

const ROOT = path.resolve(__dirname, '..', '..', '..');

runCli(() => {
  const configs = overlayFiles(path.join(ROOT, 'overlays')).map(loadOverlay);
  let best = Infinity;
  let resources = 0;
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    resources = configs.map(renderEnvironment).reduce((n, o) => n + o.resources, 0);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  const result = { synthMs: Math.round(best), resources };
  process.stdout.write(`synth of ${configs.length} environments: ${resources} resources in ${result.synthMs} ms (best of 5, in memory)\n`);
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
});
