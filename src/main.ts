/**
 * `npm run synth [-- --env prod] [--out DIR] [--overlays DIR]`: renders every overlay into dist/<env>/.
 * Also the `app:` of cdk8s.yaml, so `cdk8s synth --no-check-upgrade` does the same.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from './cli/cli-util';
import { loadOverlay, overlayFiles } from './config/load';

const ROOT = path.resolve(__dirname, '..', '..');

export function parseSynthArgs(argv: string[]): { envs: string[]; outDir: string; overlaysDir: string } {
  const envs: string[] = [];
  let outDir = path.join(ROOT, 'dist');
  let overlaysDir = path.join(ROOT, 'overlays');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw Object.assign(new Error(`synth: ${a} needs a value`), { name: 'CliError' });
      return v;
    };
    if (a === '--env') envs.push(value());
    else if (a === '--out') outDir = path.resolve(value());
    else if (a === '--overlays') overlaysDir = path.resolve(value());
    else throw Object.assign(new Error(`synth: unknown argument "${a}" (expected --env NAME, --out DIR, --overlays DIR)`), { name: 'CliError' });
  }
  return { envs, outDir, overlaysDir };
}

if (require.main === module) {
  runCli(() => {
    const started = process.hrtime.bigint();
    const opts = parseSynthArgs(process.argv.slice(2));
    // Overlays first, with the light modules only: a bad overlay fails in ~0.1 s, before cdk8s and every chart load.
    const configs = overlayFiles(opts.overlaysDir, opts.envs.length ? opts.envs : undefined).map(loadOverlay);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { summaryLine, synthesizeConfigs } = require('./synth/synthesize') as typeof import('./synth/synthesize');
    const outputs = synthesizeConfigs(configs, opts);
    // Under `cdk8s synth`, the CLI expects its output folder: point it at dist/.
    const cliOut = process.env.CDK8S_OUTDIR;
    if (cliOut) {
      fs.mkdirSync(cliOut, { recursive: true });
      fs.writeFileSync(path.join(cliOut, 'README.md'), `Rendered into ${opts.outDir}/<env>/ (one folder per overlay).\n`);
    }
    for (const o of outputs) process.stdout.write(`${summaryLine(o)}\n`);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(`synth: ${outputs.length} environment(s) into ${path.relative(process.cwd(), opts.outDir) || '.'} in ${ms.toFixed(0)} ms\n`);
  });
}
