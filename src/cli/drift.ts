import * as fs from 'fs';
import * as path from 'path';
import type { EnvironmentOutput } from '../synth/synthesize';

/** Files that differ between a rendered environment and dist/<env> on disk: added, changed, removed. */
export function driftOf(out: EnvironmentOutput, outDir: string): { added: string[]; changed: string[]; removed: string[] } {
  const dir = path.join(outDir, out.config.env);
  const onDisk = new Set<string>();
  const walk = (d: string, prefix: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name), `${prefix}${e.name}/`);
      else onDisk.add(`${prefix}${e.name}`);
    }
  };
  walk(dir, '');
  const added: string[] = [];
  const changed: string[] = [];
  for (const [f, content] of out.files) {
    if (!onDisk.has(f)) added.push(f);
    else if (fs.readFileSync(path.join(dir, f), 'utf8') !== content) changed.push(f);
  }
  const removed = [...onDisk].filter((f) => !out.files.has(f)).sort();
  return { added, changed, removed };
}
