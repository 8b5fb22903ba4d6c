/**
 * `npm run validate [-- --env prod] [--dist DIR] [--overlays DIR]`: runs the gate on what is in dist/ (the
 * committed files, as Argo CD will read them). Prints the violations as one table and the figures
 * (documents, time, documents per second); exit 1 when there are any violations.
 *
 * It reads only overlays/, dist/ and imports/schemas/: no chart code runs, so it judges what was committed,
 * not what the code would render now (`npm run diff` tells those apart).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { loadOverlay, overlayFiles } from '../config/load';
import { clusterConfig } from '../platform/fleet';
import { formatViolations, GateDocument, runGate, schemaValidator, Violation } from '../synth/gate';
import { TextMemo } from '../synth/text-memo';
import type { Manifest } from '../synth/render';
import { CliError, isHelp, isPersonError, parseCommand, repoRoot, runCli } from './cli-util';

const ROOT = repoRoot(__dirname);

/** Files parsed by this process, by text: a vendor chart's CRDs are the same file in every environment. */
const parsed = new TextMemo<unknown[]>();

/** Every YAML document below dist/<env>/ (bootstrap/helm/ and each vendor render's .helm/ hold Helm values, not manifests). */
export function readDist(dir: string): GateDocument[] {
  const docs: GateDocument[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) {
        if (e.name !== 'helm' && e.name !== '.helm') walk(path.join(d, e.name), `${prefix}${e.name}/`);
      } else if (e.name.endsWith('.yaml') && prefix) {
        const file = `${prefix}${e.name}`;
        const text = fs.readFileSync(path.join(d, e.name), 'utf8');
        const loaded = parsed.of(text, () => {
          try {
            return yaml.loadAll(text);
          } catch (err) {
            throw new CliError(`validate: ${path.join(d, e.name)}: invalid YAML: ${(err as Error).message.split('\n')[0]}`);
          }
        });
        // A file of one document (all synth writes) is checked by its text: once for every environment holding it.
        const docText = loaded.length === 1 ? text : undefined;
        for (const m of loaded) if (m) docs.push({ file, manifest: m as Manifest, text: docText });
      }
    }
  };
  walk(dir, '');
  return docs;
}

export interface ValidateResult {
  readonly env: string;
  readonly documents: number;
  readonly violations: Violation[];
}


export function validateDist(opts: { distDir: string; overlaysDir: string; envs?: string[] }): ValidateResult[] {
  return overlayFiles(opts.overlaysDir, opts.envs?.length ? opts.envs : undefined).map((file) => {
    const config = loadOverlay(file);
    const dir = path.join(opts.distDir, config.env);
    if (!fs.existsSync(dir)) throw new CliError(`validate: ${dir} does not exist; run npm run synth`);
    // A fleet (README "Several clusters"): each cluster's folder, checked with that cluster's config.
    const parts = config.clusters ? config.clusters.map((c) => ({ sub: c.name, cfg: clusterConfig(config, c.name) })) : [{ sub: '', cfg: config }];
    let documents = 0;
    const violations: Violation[] = [];
    for (const { sub, cfg } of parts) {
      const docs = sub ? readDist(path.join(dir, sub)).map((d) => ({ ...d, file: `${sub}/${d.file}` })) : readDist(dir);
      documents += docs.length;
      violations.push(...runGate(docs, cfg));
    }
    return { env: config.env, documents, violations };
  });
}

const USAGE = `usage: npm run validate [-- --env NAME]... [--dist DIR] [--overlays DIR]
  --env NAME       only this environment; repeatable (default: every overlay)
  --dist DIR       the rendered tree to check (default: dist/)
  --overlays DIR   the folder of <env>.yaml overlays (default: overlays/)
  -h, --help       this text`;

export function parseValidateArgs(argv: string[]): { envs: string[]; distDir: string; overlaysDir: string } {
  const { values } = parseCommand('validate', argv, {
    options: { env: { type: 'string', multiple: true }, dist: { type: 'string' }, overlays: { type: 'string' } },
    usage: USAGE,
  });
  return {
    envs: values.env ?? [],
    distDir: path.resolve(values.dist ?? path.join(ROOT, 'dist')),
    overlaysDir: path.resolve(values.overlays ?? path.join(ROOT, 'overlays')),
  };
}

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The validate command, callable in process (tests) as well as from the CLI. */
export function validateCommand(argv: string[]): CommandResult {
  const started = process.hrtime.bigint();
  let results: ValidateResult[];
  try {
    results = validateDist(parseValidateArgs(argv));
  } catch (e) {
    if (isHelp(e)) return { code: 0, stdout: `${e.message}\n`, stderr: '' };
    if (isPersonError(e)) return { code: 1, stdout: '', stderr: `${e.message}\n` };
    throw e;
  }
  let out = '';
  let total = 0;
  let documents = 0;
  for (const r of results) {
    documents += r.documents;
    total += r.violations.length;
    out += `${r.env}: ${r.documents} documents, ${r.violations.length} violation(s)\n`;
    if (r.violations.length) out += `${formatViolations(r.violations)}\n`;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const s = schemaValidator().stats;
  out += `validate: ${documents} documents checked in ${ms.toFixed(0)} ms (${Math.round(documents / (ms / 1000))} documents/s; `
    + `schemas: ${s.kindsPrecompiled + s.kindsCached} precompiled loaded in ${s.loadMs.toFixed(0)} ms, ${s.kindsCompiled} compiled in ${s.compileMs.toFixed(0)} ms), ${total} violation(s)\n`;
  return { code: total ? 1 : 0, stdout: out, stderr: '' };
}

if (require.main === module) {
  runCli(() => {
    const r = validateCommand(process.argv.slice(2));
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    process.exitCode = r.code;
  });
}
