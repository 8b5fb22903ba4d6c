/**
 * `npm run diff -- --base <git-ref> [--merge-base] [--out file.md] [--env NAME]`: the rendered manifests of
 * a git ref (synthesized in a throwaway worktree) against the working tree (synthesized in memory), per
 * environment and per resource, as Markdown for a pull request comment. Exit 0 with or without changes;
 * 1 only when it could not run (unknown ref, a base that does not synthesize, a bad overlay).
 *
 * `npm run diff -- --check`: which files of dist/ synth would add, change or remove (exit 2 on drift).
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadOverlay, overlayFiles } from '../config/load';
import { mergeBase, resolveRef, synthesizeRef } from '../diff/base';
import type { Tree } from '../diff/compare';
import { CliError, repoRoot, runCli } from './cli-util';
import { driftOf } from './drift';

// The renderer, the gate and the comparison load on first use (like synth's): a bad argument or an unknown
// ref fails in ~0.1 s instead of after every chart has loaded.
/* eslint-disable @typescript-eslint/no-require-imports */
const renderer = () => require('../synth/synthesize') as typeof import('../synth/synthesize');
const comparison = () => ({
  ...(require('../diff/compare') as typeof import('../diff/compare')),
  ...(require('../diff/report') as typeof import('../diff/report')),
});
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = repoRoot(__dirname);

export interface DiffArgs {
  readonly base?: string;
  readonly mergeBase: boolean;
  readonly out?: string;
  readonly envs: string[];
  readonly check: boolean;
  /** The git repository the base ref is read from. */
  readonly repo: string;
  /** The working tree's overlays. */
  readonly overlaysDir: string;
}

const USAGE = 'usage: npm run diff -- --base <git-ref> [--merge-base] [--out FILE] [--env NAME]  |  npm run diff -- --check';

export function parseDiffArgs(argv: string[]): DiffArgs {
  let base: string | undefined;
  let out: string | undefined;
  let merge = false;
  let check = false;
  let repo = ROOT;
  let overlaysDir = path.join(ROOT, 'overlays');
  const envs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`diff: ${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--base') base = value();
    else if (a === '--out') out = path.resolve(value());
    else if (a === '--env') envs.push(value());
    else if (a === '--merge-base') merge = true;
    else if (a === '--check') check = true;
    else if (a === '--repo') repo = path.resolve(value());
    else if (a === '--overlays') overlaysDir = path.resolve(value());
    else throw new CliError(`diff: unknown argument "${a}"\n${USAGE}`);
  }
  if (!check && !base) throw new CliError(`diff: --base is required (the git ref to compare with, e.g. origin/main)\n${USAGE}`);
  if (check && base) throw new CliError(`diff: --check compares dist/ with synth; it takes no --base\n${USAGE}`);
  return { base, mergeBase: merge, out, envs, check, repo, overlaysDir };
}

/** The drift check CI runs: what synth would change in the committed dist/. Returns the number of files. */
export function checkDrift(overlaysDir: string, distDir: string, envs: string[]): number {
  let drifted = 0;
  const { renderEnvironment } = renderer();
  for (const file of overlayFiles(overlaysDir, envs)) {
    const out = renderEnvironment(loadOverlay(file));
    const d = driftOf(out, distDir);
    const lines = [...d.added.map((f) => `  + ${f}`), ...d.changed.map((f) => `  ~ ${f}`), ...d.removed.map((f) => `  - ${f}`)];
    drifted += lines.length;
    process.stdout.write(`${out.config.env}: ${lines.length ? `${lines.length} file(s) differ from dist/${out.config.env}` : 'dist/ is current'}\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
  }
  return drifted;
}

/** The working tree's environments, rendered in memory (a bad overlay throws its ConfigError). */
export function renderWorkingTree(overlaysDir: string, envs: string[] = []): Map<string, Tree> {
  const trees = new Map<string, Tree>();
  let files: string[];
  try {
    files = overlayFiles(overlaysDir, envs.length ? envs : undefined);
  } catch (e) {
    throw new CliError(`diff: ${(e as Error).message}`);
  }
  const { renderEnvironment } = renderer();
  for (const file of files) {
    const out = renderEnvironment(loadOverlay(file));
    trees.set(out.config.env, out.files);
  }
  return trees;
}

/** Builds the Markdown report; `base` is resolved against `repo`. */
export function diffReport(args: DiffArgs): { report: string; changes: number } {
  const ref = args.base!;
  const target = args.mergeBase ? mergeBase(args.repo, ref) : resolveRef(args.repo, ref);
  // Fail on a bad working tree before spending a base synth on it.
  const head = renderWorkingTree(args.overlaysDir, args.envs);
  const base = synthesizeRef(args.repo, target, { envs: args.envs }).trees;
  if (args.envs.length) for (const env of [...base.keys()]) if (!args.envs.includes(env)) base.delete(env);
  const { compareTrees, renderReport } = comparison();
  const diff = compareTrees(base, head);
  const label = `\`${ref}\`${args.mergeBase ? ` (merge base ${target.slice(0, 10)})` : target.startsWith(ref) ? '' : ` (${target.slice(0, 10)})`}`;
  const report = renderReport(diff, { baseLabel: label, rerun: `npm run diff -- --base ${ref}${args.mergeBase ? ' --merge-base' : ''}` });
  return { report, changes: diff.environments.reduce((n, e) => n + e.changes.length, 0) };
}

if (require.main === module) {
  runCli(() => {
    const args = parseDiffArgs(process.argv.slice(2));
    if (args.check) {
      if (checkDrift(args.overlaysDir, path.join(ROOT, 'dist'), args.envs)) process.exitCode = 2;
      return;
    }
    const { report, changes } = diffReport(args);
    if (args.out) {
      fs.writeFileSync(args.out, report);
      process.stdout.write(`diff: ${changes ? `${changes} rendered change(s)` : 'no rendered changes'} against ${args.base}; report in ${path.relative(process.cwd(), args.out) || args.out} (${Buffer.byteLength(report)} bytes)\n`);
    } else {
      process.stdout.write(report);
    }
  });
}
