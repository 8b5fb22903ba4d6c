/**
 * `npm run synth [-- --env prod] [--out DIR] [--overlays DIR] [--help]`: renders every overlay into dist/<env>/.
 * Also the `app:` of cdk8s.yaml, so `cdk8s synth --no-check-upgrade` does the same.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isHelp, isPersonError, parseCommand, repoRoot, runCli } from './cli/cli-util';
import { loadOverlays, overlayFiles } from './config/load';
import type { EnvConfig } from './config/schema';
import type { EnvironmentOutput } from './synth/synthesize';

const ROOT = repoRoot(__dirname);

export const SYNTH_USAGE = `usage: npm run synth [-- --env NAME]... [--out DIR] [--overlays DIR]
  --env NAME       only this environment (overlays/NAME.yaml); repeatable (default: every overlay)
  --out DIR        where dist/<env>/ folders go (default: dist/)
  --overlays DIR   the folder of <env>.yaml overlays (default: overlays/)
  -h, --help       this text`;

export function parseSynthArgs(argv: string[]): { envs: string[]; outDir: string; overlaysDir: string } {
  const { values } = parseCommand('synth', argv, {
    options: { env: { type: 'string', multiple: true }, out: { type: 'string' }, overlays: { type: 'string' } },
    usage: SYNTH_USAGE,
  });
  return {
    envs: values.env ?? [],
    outDir: path.resolve(values.out ?? path.join(ROOT, 'dist')),
    overlaysDir: path.resolve(values.overlays ?? path.join(ROOT, 'overlays')),
  };
}

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The synth command, callable in process (tests) as well as from the CLI: bad input → exit code 1 and its
 * message; a bug throws (the CLI prints its stack).
 */
export function synthCommand(argv: string[], options: { cwd?: string; cdk8sOutDir?: string } = {}): CommandResult {
  const cwd = options.cwd ?? process.cwd();
  const started = process.hrtime.bigint();
  try {
    const opts = parseSynthArgs(argv);
    // Overlays first, with the light modules only: a bad overlay fails in ~0.1 s, before cdk8s and every chart load.
    const configs = loadOverlays(overlayFiles(opts.overlaysDir, opts.envs.length ? opts.envs : undefined), cwd);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { summaryLine, synthesizeConfigs } = require('./synth/synthesize') as typeof import('./synth/synthesize');
    const outputs = synthesizeConfigs(configs, opts);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const lines = [...outputs.map(summaryLine), `synth: ${outputs.length} environment(s) into ${path.relative(cwd, opts.outDir) || '.'} in ${ms.toFixed(0)} ms`];
    // Under `cdk8s synth`, the CLI lists the YAML files of its output folder (and says "No manifests
    // synthesized" when there are none): it gets one, the summary as YAML, and a README pointing at dist/.
    if (options.cdk8sOutDir) {
      fs.mkdirSync(options.cdk8sOutDir, { recursive: true });
      fs.writeFileSync(path.join(options.cdk8sOutDir, 'README.md'), `Rendered into ${opts.outDir}/<env>/ (one folder per overlay); synth-summary.yaml says what.\n`);
      fs.writeFileSync(path.join(options.cdk8sOutDir, CDK8S_SUMMARY_FILE), cdk8sSummary(outputs, path.relative(cwd, opts.outDir) || '.'));
    }
    return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
  } catch (e) {
    if (isHelp(e)) return { code: 0, stdout: `${e.message}\n`, stderr: '' };
    if (isPersonError(e)) return { code: 1, stdout: '', stderr: `${e.message}\n` };
    throw e;
  }
}

/** What `cdk8s synth` finds in its output folder (cdk8s.yaml `output:`): the summary, as YAML. */
export const CDK8S_SUMMARY_FILE = 'synth-summary.yaml';

function cdk8sSummary(outputs: readonly EnvironmentOutput[], outDir: string): string {
  const envs = outputs.map((o) => `  - { env: ${o.config.env}, dir: ${JSON.stringify(`${outDir}/${o.config.env}`)}, waves: ${o.waves}, applications: ${o.applications}, resources: ${o.resources}, bytes: ${o.bytes} }`);
  return `# npm run synth's summary (cdk8s synth renders into dist/<env>/, not here)\nenvironments:\n${envs.join('\n')}\n`;
}

/**
 * The command line: `node build/src/main.js` (see scripts/build.mjs: a loader in front of the bundle).
 */
export function cli(): void {
  runCli(() => {
    const r = synthCommand(process.argv.slice(2), { cdk8sOutDir: process.env.CDK8S_OUTDIR });
    // (the cdk8s CLI keeps its app's stdout to itself, and passes stderr through: the summary goes there)
    (process.env.CDK8S_OUTDIR ? process.stderr : process.stdout).write(r.stdout);
    process.stderr.write(r.stderr);
    process.exitCode = r.code;
  });
}

/**
 * One environment rendered and checked exactly as synth renders it (the vendor render cache seeded from dist/),
 * written nowhere: the CLIs that render (diff, promote, images) load this bundle for it (src/cli/renderer.ts).
 */
export function renderConfig(config: EnvConfig): EnvironmentOutput {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./synth/synthesize') as typeof import('./synth/synthesize')).renderEnvironment(config);
}

if (require.main === module) cli();
