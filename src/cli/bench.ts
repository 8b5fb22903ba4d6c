/**
 * `npm run bench [-- --json] [--runs N] [--scale-runs M]`: the figures of issue 8, printed, never asserted
 * in tests. This VM's timings vary by ±20 % from run to run, so each figure is the best of several runs
 * (the others are printed too).
 *  - synth of every environment, as a whole process (`node build/src/main.js`), best of N (default 5),
 *    against the load floor `node -e "require('cdk8s-plus-30')"`;
 *  - the scale test: 1000 and 2000 generated services, each run in a fresh process (resources, ms, peak
 *    MB), best of M (default 3).
 * With --json the last line is one JSON object.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliError, parseCommand, repoRoot, runCli } from './cli-util';

const ROOT = repoRoot(__dirname);
const BUILD = path.join(ROOT, 'build', 'src');
/**
 * The flags `npm run synth` runs with (package.json; a test keeps them equal): a 64 MB young generation
 * from the start, and an interrupt budget ~7x V8's default (functions optimized later). Together: 1000
 * services ~1.28x faster by median (README "Speed"); neither alone reaches that.
 */
export const NODE_FLAGS = ['--max-semi-space-size=64', '--min-semi-space-size=64', '--interrupt-budget=500000'];

/** Milliseconds of each run of a node process. */
function timeProcess(args: string[], runs: number, env: () => NodeJS.ProcessEnv = () => process.env): number[] {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const e = env();
    const t = process.hrtime.bigint();
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: e });
    all.push(Math.round(Number(process.hrtime.bigint() - t) / 1e6));
  }
  return all;
}
const best = (all: number[]): number => Math.min(...all);
const listed = (all: number[]): string => `best of ${all.length}; all: ${all.join(', ')}`;

const USAGE = `usage: npm run bench [-- --json] [--runs N] [--scale-runs M]
  --json            end with one JSON line of the figures
  --runs N          synth runs, the best kept (default: 5)
  --scale-runs M    runs of each scale test, the best kept (default: 3)
  -h, --help        this text`;

export function parseBenchArgs(argv: string[]): { json: boolean; runs: number; scaleRuns: number } {
  const { values } = parseCommand('bench', argv, {
    options: { json: { type: 'boolean' }, runs: { type: 'string' }, 'scale-runs': { type: 'string' } },
    usage: USAGE,
  });
  const count = (option: string, v: string | undefined, fallback: number): number => {
    if (v === undefined) return fallback;
    if (!/^[1-9][0-9]*$/.test(v)) throw new CliError(`bench: --${option} expects a whole number of runs >= 1, found "${v}"\n${USAGE}`);
    return Number(v);
  };
  return { json: !!values.json, runs: count('runs', values.runs, 5), scaleRuns: count('scale-runs', values['scale-runs'], 3) };
}

/**
 * A copy of overlays/ to edit (in `<dir>/overlays-XXXX/`), with what the overlays name beside their folder
 * (`signing.publicKey: ../cosign.pub`). Returns the copy's folder.
 */
export function copyOverlays(dir: string): string {
  const overlays = fs.mkdtempSync(path.join(dir, 'overlays-'));
  fs.cpSync(path.join(ROOT, 'overlays'), overlays, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'cosign.pub'), path.join(dir, 'cosign.pub'));
  return overlays;
}

/** The bench itself: prints the figures (and with --json, one JSON line). */
export function bench(argv: string[]): void {
  const { json, runs, scaleRuns } = parseBenchArgs(argv);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-bench-synth-'));
  try {
    const synth = [...NODE_FLAGS, path.join(BUILD, 'main.js'), '--out', out];
    const summary = execFileSync(process.execPath, synth, { cwd: ROOT, encoding: 'utf8' });
    const resources = [...summary.matchAll(/(\d+) resources/g)].reduce((n, m) => n + Number(m[1]), 0);
    const floor = timeProcess(['-e', "require('cdk8s-plus-30')"], runs);
    const warm = timeProcess(synth, runs);
    const [floorMs, synthMs] = [best(floor), best(warm)];
    const line = (s: string) => process.stdout.write(`${s}\n`);
    line(`require('cdk8s-plus-30') alone: ${floorMs} ms (${listed(floor)})`);
    line(`synth (all environments, whole process): ${synthMs} ms for ${resources} resources, ratio ${(synthMs / floorMs).toFixed(2)}, target < 1000 ms (${listed(warm)})`);
    // Vendor charts (src/helm/): a fresh clone (no render cache; unchanged renders read back from the committed
    // dist/), one chart's values changed (that chart rendered by helm, twice), and nothing cached or committed.
    const emptyCache = () => ({ ...process.env, LUMEN_HELM_CACHE: fs.mkdtempSync(path.join(out, 'cache-')) });
    // (into dist/ itself, as a fresh clone's synth: unchanged, so nothing is rewritten)
    const fresh = timeProcess([...NODE_FLAGS, path.join(BUILD, 'main.js')], Math.min(runs, 3), emptyCache);
    const overlays = copyOverlays(out);
    const prod = path.join(overlays, 'prod.yaml');
    let edit = 0;
    const oneChart = timeProcess([...synth, '--overlays', overlays, '--env', 'prod'], Math.min(runs, 3), () => {
      // A new Argo CD replica count each run: one chart's render key changes, the others hit the cache.
      fs.writeFileSync(prod, fs.readFileSync(path.join(ROOT, 'overlays', 'prod.yaml'), 'utf8').replace(/argocd: \{ replicas: \d+ \}/, `argocd: { replicas: ${3 + edit++} }`));
      return process.env;
    });
    const cold = timeProcess(synth, 1, emptyCache);
    line(`synth, fresh clone (empty render cache, renders read back from dist/): ${best(fresh)} ms (${listed(fresh)})`);
    line(`synth --env prod after one chart's values changed (one helm render): ${best(oneChart)} ms (${listed(oneChart)})`);
    line(`synth with nothing cached or committed (every chart rendered by helm): ${best(cold)} ms`);
    const scale = [1000, 2000].map((n) => {
      const all = Array.from({ length: scaleRuns }, () => JSON.parse(execFileSync(process.execPath, [...NODE_FLAGS, path.join(BUILD, 'bench', 'scale.bundle.js'), String(n)], { cwd: ROOT, encoding: 'utf8' })));
      const s = all.reduce((a, b) => (b.ms < a.ms ? b : a));
      line(`scale: ${s.services} services -> ${s.resources} resources in ${s.ms} ms (build+render ${s.renderMs} ms, write ${s.writeMs} ms), peak ${s.peakMB} MB (${listed(all.map((x) => x.ms))})`);
      return s;
    });
    line(`scale: 2000/1000 time ratio ${(scale[1].ms / scale[0].ms).toFixed(2)} (target <= 2.2), 1000 services target < 4000 ms`);
    if (json) line(JSON.stringify({ synthMs, floorMs, resources, freshCloneMs: best(fresh), oneChartMs: best(oneChart), coldMs: best(cold), scale }));
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) runCli(() => bench(process.argv.slice(2)));
