/**
 * `npm run diff [-- --base <git-ref>] [--merge-base] [--out file.md] [--env NAME] [--synth-base]`: the
 * rendered manifests of a git ref (default HEAD; its committed dist/ read from git, or synthesized in a
 * throwaway worktree when that is missing or may be stale, src/diff/base.ts) against the working tree
 * (rendered in memory), per environment and per resource, as Markdown for a pull request comment. Exit 0
 * with or without changes; 1 only when it could not run (unknown ref, a base that does not synthesize, a bad
 * overlay).
 *
 * `npm run diff -- --check`: which files of dist/ synth would add, change or remove (exit 2 on drift).
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadOverlays, overlayFiles } from '../config/load';
import { committedTrees, mergeBase, refEnvironments, resolveRef, staleReason, synthesizeRef, unchangedEnvironments } from '../diff/base';
import type { Tree } from '../diff/compare';
import { CliError, parseCommand, repoRoot, runCli } from './cli-util';
import { driftOf } from './drift';
import { bundleRenderer, moduleRenderer, RenderEnvironment } from './renderer';

// The renderer (src/cli/renderer.ts), the gate and the comparison load on first use (like synth's): a bad
// argument or an unknown ref fails in ~0.1 s instead of after every chart has loaded.
/* eslint-disable @typescript-eslint/no-require-imports */
const comparison = () => ({
  ...(require('../diff/compare') as typeof import('../diff/compare')),
  ...(require('../diff/report') as typeof import('../diff/report')),
});
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = repoRoot(__dirname);

export interface DiffArgs {
  /** The git ref to compare with; undefined: HEAD, like `git diff`. */
  readonly base?: string;
  readonly mergeBase: boolean;
  readonly out?: string;
  readonly envs: string[];
  readonly check: boolean;
  /** Synthesize the base in a worktree even when its committed dist/ looks current. */
  readonly synthBase: boolean;
  /** The git repository the base ref is read from (its working tree holds the code the head is rendered with). */
  readonly repo: string;
  /** The working tree's overlays. */
  readonly overlaysDir: string;
}

const USAGE = `usage: npm run diff [-- --base REF] [--merge-base] [--out FILE] [--env NAME]... [--synth-base]
       npm run diff -- --check [--env NAME]...
  --base REF       the git ref to compare the working tree with (default: HEAD, like git diff); its committed
                   dist/ is read from git, and synthesized in a worktree only when missing or maybe stale
  --merge-base     compare with the merge base of REF and HEAD (what a pull request itself changes)
  --out FILE       write the Markdown report to FILE (default: stdout)
  --env NAME       only this environment; repeatable (default: every overlay)
  --synth-base     synthesize the base in a worktree even when its committed dist/ looks current
  --check          which files of dist/ synth would add, change or remove (exit 2 on drift)
  --repo DIR       the git repository (default: this one)
  --overlays DIR   the working tree's overlays (default: overlays/)
  -h, --help       this text`;

export function parseDiffArgs(argv: string[]): DiffArgs {
  const { values: v } = parseCommand('diff', argv, {
    options: {
      base: { type: 'string' }, 'merge-base': { type: 'boolean' }, out: { type: 'string' }, env: { type: 'string', multiple: true },
      check: { type: 'boolean' }, 'synth-base': { type: 'boolean' }, repo: { type: 'string' }, overlays: { type: 'string' },
    },
    usage: USAGE,
  });
  const check = !!v.check;
  if (check && (v.base !== undefined || v['merge-base'] || v['synth-base'])) {
    throw new CliError(`diff: --check compares dist/ with synth; it takes no --base, --merge-base or --synth-base\n${USAGE}`);
  }
  return {
    base: v.base, mergeBase: !!v['merge-base'], out: v.out && path.resolve(v.out), envs: v.env ?? [], check, synthBase: !!v['synth-base'],
    repo: path.resolve(v.repo ?? ROOT), overlaysDir: path.resolve(v.overlays ?? path.join(ROOT, 'overlays')),
  };
}

/** The drift check CI runs: what synth would change in the committed dist/. Returns the number of files. */
export function checkDrift(overlaysDir: string, distDir: string, envs: string[], render: RenderEnvironment = moduleRenderer): number {
  let drifted = 0;
  for (const config of loadOverlays(overlaysOf(overlaysDir, envs))) {
    const out = render(config);
    const d = driftOf(out, distDir);
    const lines = [...d.added.map((f) => `  + ${f}`), ...d.changed.map((f) => `  ~ ${f}`), ...d.removed.map((f) => `  - ${f}`)];
    drifted += lines.length;
    process.stdout.write(`${out.config.env}: ${lines.length ? `${lines.length} file(s) differ from dist/${out.config.env}` : 'dist/ is current'}\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
  }
  return drifted;
}

/**
 * The working tree's environments, rendered in memory (bad overlays throw one ConfigError naming each of
 * them, before anything renders); by this process's modules unless `render` says otherwise.
 */
export function renderWorkingTree(overlaysDir: string, envs: string[] = [], render: RenderEnvironment = moduleRenderer): Map<string, Tree> {
  return new Map(loadOverlays(overlaysOf(overlaysDir, envs)).map((config) => [config.env, render(config).files]));
}

export interface DiffResult {
  readonly report: string;
  readonly changes: number;
  /** The ref compared with (HEAD when no --base was given). */
  readonly ref: string;
  /** The commit it resolved to. */
  readonly sha: string;
  /** Where the base's manifests came from: its committed dist/, or a synth in a worktree and why. */
  readonly baseSource: string;
}

/** Builds the Markdown report; `base` (default HEAD) is resolved against `repo`. */
export function diffReport(args: DiffArgs, render: RenderEnvironment = moduleRenderer): DiffResult {
  const ref = args.base ?? 'HEAD';
  const target = args.mergeBase ? mergeBase(args.repo, ref) : resolveRef(args.repo, ref);
  const short = target.slice(0, 10);
  const files = overlaysOf(args.overlaysDir, args.envs);
  // Same code, same overlay: no rendered change possible, nothing to render or read.
  const unchanged = args.synthBase ? [] : unchangedEnvironments(args.repo, target, files);
  const envs = files.map((f) => path.basename(f, '.yaml')).filter((e) => !unchanged.includes(e));
  // Fail on a bad working tree before spending a base synth on it.
  const head = envs.length ? renderWorkingTree(args.overlaysDir, envs, render) : new Map<string, Tree>();
  const stale = args.synthBase ? 'asked with --synth-base' : envs.length ? staleReason(args.repo, target, envs) : undefined;
  let base: Map<string, Tree>;
  let baseSource: string;
  if (stale) {
    base = synthesizeRef(args.repo, target, { envs: args.envs.length ? envs : [] }).trees;
    for (const env of [...base.keys()]) if ((args.envs.length && !args.envs.includes(env)) || unchanged.includes(env)) base.delete(env);
    baseSource = `Base synthesized in a worktree of ${short}: ${stale}.`;
  } else {
    base = envs.length ? committedTrees(args.repo, target, envs, head) : new Map();
    // Environments only the ref has (an overlay removed since) come from its dist/ too.
    if (!args.envs.length) {
      const gone = refEnvironments(args.repo, target).filter((e) => !files.some((f) => path.basename(f, '.yaml') === e));
      if (gone.length) for (const [env, tree] of committedTrees(args.repo, target, gone)) base.set(env, tree);
    }
    baseSource = `Base: the committed dist/ of ${short}, read from git.`;
  }
  if (unchanged.length) {
    baseSource += ` ${unchanged.join(', ')}: the same code and overlay as ${short}, so not rendered (no change possible).`;
    for (const env of unchanged) {
      base.set(env, new Map());
      head.set(env, new Map());
    }
  }
  const { compareTrees, renderReport } = comparison();
  const diff = compareTrees(base, head);
  const label = `\`${ref}\`${args.mergeBase ? ` (merge base ${short})` : target.startsWith(ref) ? '' : ` (${short})`}`;
  const rerun = `npm run diff --${args.base === undefined ? '' : ` --base ${ref}`}${args.mergeBase ? ' --merge-base' : ''}`.replace(/ --$/, '');
  const report = renderReport(diff, { baseLabel: label, rerun, baseSource });
  return { report, changes: diff.environments.reduce((n, e) => n + e.changes.length, 0), ref, sha: target, baseSource };
}

/** The overlay files of `envs` (default: every overlay); a missing one is the diff's error. */
function overlaysOf(overlaysDir: string, envs: string[]): string[] {
  try {
    return overlayFiles(overlaysDir, envs.length ? envs : undefined);
  } catch (e) {
    throw new CliError(`diff: ${(e as Error).message}`);
  }
}

if (require.main === module) {
  runCli(() => {
    const args = parseDiffArgs(process.argv.slice(2));
    if (args.check) {
      if (checkDrift(args.overlaysDir, path.join(ROOT, 'dist'), args.envs, bundleRenderer(ROOT))) process.exitCode = 2;
      return;
    }
    const { report, changes, ref, sha, baseSource } = diffReport(args, bundleRenderer(ROOT));
    // Like git diff: no ref means HEAD; said first, so nobody mistakes what was compared.
    if (args.base === undefined) process.stdout.write(`diff: no --base given: comparing the working tree with HEAD (${sha.slice(0, 7)})\n`);
    if (args.out) {
      fs.writeFileSync(args.out, report);
      process.stdout.write(`diff: ${changes ? `${changes} rendered change(s)` : 'no rendered changes'} against ${ref}; report in ${path.relative(process.cwd(), args.out) || args.out} (${Buffer.byteLength(report)} bytes). ${baseSource}\n`);
    } else {
      process.stdout.write(report);
    }
  });
}
