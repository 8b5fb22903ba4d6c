/**
 * `npm run bench [-- --json] [--runs N]`: the figures of issue 8, printed, never asserted in tests.
 *  - synth of every environment, as a whole process (`node build/src/main.js`), best of N, against the
 *    load floor `node -e "require('cdk8s-plus-30')"`;
 *  - the scale test: 1000 and 2000 generated services, each in a fresh process (resources, ms, peak MB).
 * With --json the last line is one JSON object.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot, runCli } from './cli-util';

const ROOT = repoRoot(__dirname);
const BUILD = path.join(ROOT, 'build', 'src');
/** The flags `npm run synth` runs with (package.json): a larger young generation halves GC time at scale. */
const NODE_FLAGS = ['--max-semi-space-size=64'];

function timeProcess(args: string[], runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return Math.round(best);
}

runCli(() => {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const r = argv.indexOf('--runs');
  const runs = r >= 0 ? Number(argv[r + 1]) : 5;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-bench-synth-'));
  try {
    const floorMs = timeProcess(['-e', "require('cdk8s-plus-30')"], runs);
    const synthMs = timeProcess([...NODE_FLAGS, path.join(BUILD, 'main.js'), '--out', out], runs);
    const summary = execFileSync(process.execPath, [path.join(BUILD, 'main.js'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
    const resources = [...summary.matchAll(/(\d+) resources/g)].reduce((n, m) => n + Number(m[1]), 0);
    const line = (s: string) => process.stdout.write(`${s}\n`);
    line(`synth (all environments, whole process, best of ${runs}): ${synthMs} ms for ${resources} resources; ` +
      `require('cdk8s-plus-30') alone: ${floorMs} ms; ratio ${(synthMs / floorMs).toFixed(2)} (target <= 4)`);
    const scale = [1000, 2000].map((n) => JSON.parse(execFileSync(process.execPath, [...NODE_FLAGS, path.join(BUILD, 'bench', 'scale.js'), String(n)], { cwd: ROOT, encoding: 'utf8' })));
    for (const s of scale) line(`scale: ${s.services} services -> ${s.resources} resources in ${s.ms} ms (build+render ${s.renderMs} ms, write ${s.writeMs} ms), peak ${s.peakMB} MB`);
    line(`scale: 2000/1000 time ratio ${(scale[1].ms / scale[0].ms).toFixed(2)} (target <= 2.2), 1000 services target < 2000 ms`);
    if (json) line(JSON.stringify({ synthMs, floorMs, resources, scale }));
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
