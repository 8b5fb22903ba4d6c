/**
 * Prometheus' own checkers for the alerting tests: `promtool test rules` (input series → expected alerts) and
 * `amtool config routes test` (labels → receiver). They come from Debian's packages through
 * scripts/install-promtool.sh (npm test runs it first); a missing tool fails the test with that instruction, never skips.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const TOOLS = path.join(__dirname, '..', '..', 'build', 'tools');

/** PROMTOOL / AMTOOL, then build/tools/, then PATH. */
export function tool(name: 'promtool' | 'amtool'): string {
  const fromEnv = process.env[name.toUpperCase()];
  const candidates = [fromEnv, path.join(TOOLS, name), ...(process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, name))];
  const found = candidates.find((c): c is string => !!c && fs.existsSync(c));
  if (!found) {
    throw new Error(`${name} not found (looked at $${name.toUpperCase()}, ${TOOLS}, PATH): run \`bash scripts/install-promtool.sh\` (npm test does; it downloads `
      + "Debian's prometheus packages), or put promtool and amtool on PATH; in CI the runner image lumen/ci-runner carries both (README, \"CI runners and image builds\")");
  }
  return found;
}

export interface ToolRun { readonly status: number | null; readonly output: string }

/** Writes `files` into a fresh folder and runs the tool there. */
export function runIn(files: Record<string, string>, cmd: string, args: string[]): ToolRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-promtool-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
