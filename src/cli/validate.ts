/**
 * `npm run validate [-- --env prod]`: runs the gate on what is in dist/ (the committed files, as Argo CD
 * will read them). Prints the violations as one table; exit 1 when there are any.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { loadOverlay } from '../config/load';
import { formatViolations, GateDocument, runGate } from '../synth/gate';
import type { Manifest } from '../synth/render';
import { overlayFiles } from '../synth/synthesize';
import { CliError, runCli } from './cli-util';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export function readDist(dir: string): GateDocument[] {
  const docs: GateDocument[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) {
        if (e.name !== 'helm') walk(path.join(d, e.name), `${prefix}${e.name}/`);
      } else if (e.name.endsWith('.yaml') && prefix) {
        for (const m of yaml.loadAll(fs.readFileSync(path.join(d, e.name), 'utf8'))) if (m) docs.push({ file: `${prefix}${e.name}`, manifest: m as Manifest });
      }
    }
  };
  walk(dir, '');
  return docs;
}

if (require.main === module) {
  runCli(() => {
    const i = process.argv.indexOf('--env');
    const envs = i > 0 ? [process.argv[i + 1]] : undefined;
    const started = process.hrtime.bigint();
    let total = 0;
    let docsChecked = 0;
    for (const file of overlayFiles(path.join(ROOT, 'overlays'), envs)) {
      const config = loadOverlay(file);
      const dir = path.join(ROOT, 'dist', config.env);
      if (!fs.existsSync(dir)) throw new CliError(`validate: dist/${config.env} does not exist; run npm run synth`);
      const docs = readDist(dir);
      const violations = runGate(docs, config);
      docsChecked += docs.length;
      total += violations.length;
      process.stdout.write(`${config.env}: ${docs.length} documents, ${violations.length} violation(s)\n`);
      if (violations.length) process.stdout.write(`${formatViolations(violations)}\n`);
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(`validate: ${docsChecked} documents checked in ${ms.toFixed(0)} ms, ${total} violation(s)\n`);
    if (total) process.exitCode = 1;
  });
}
