import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import type { core } from 'zod';
import { EnvConfig, envConfigSchema } from './schema';
import { loadSigning } from './signing';

/** A bad overlay: the message names the file, the key path, what was expected and what was found. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The overlay files of a folder (every environment, or the named ones), sorted. */
export function overlayFiles(overlaysDir: string, envs?: string[]): string[] {
  let all: string[];
  try {
    all = fs.readdirSync(overlaysDir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (e) {
    throw new ConfigError(`${overlaysDir}: cannot read the overlays folder: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  if (!envs?.length) {
    if (!all.length) throw new ConfigError(`${overlaysDir}: no overlays (<env>.yaml) found`);
    return all.map((f) => path.join(overlaysDir, f));
  }
  return envs.map((e) => {
    const f = all.find((x) => x.replace(/\.ya?ml$/, '') === e);
    if (!f) throw new ConfigError(`no overlay for environment "${e}" in ${overlaysDir} (have: ${all.join(', ')})`);
    return path.join(overlaysDir, f);
  });
}

/** Loads every overlay and reports the problems of all of them at once (one ConfigError). */
export function loadOverlays(files: readonly string[], cwd = process.cwd()): EnvConfig[] {
  const configs: EnvConfig[] = [];
  const problems: string[] = [];
  for (const f of files) {
    try {
      configs.push(loadOverlay(f, cwd));
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      problems.push(e.message);
    }
  }
  if (problems.length) throw new ConfigError(problems.join('\n'));
  return configs;
}

const ENV_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Reads, parses and validates one overlay file (messages name it relative to `cwd`); throws one ConfigError listing every problem. */
export function loadOverlay(absoluteOrRelative: string, cwd = process.cwd()): EnvConfig {
  const absolute = path.resolve(cwd, absoluteOrRelative);
  const file = path.relative(cwd, absolute) || absoluteOrRelative;
  const env = path.basename(file).replace(/\.ya?ml$/, '');
  if (!ENV_NAME.test(env)) throw new ConfigError(`${file}: the file name must be a DNS label (the environment's name), found "${env}"`);
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  return parseOverlay(text, file, env, path.dirname(absolute));
}

/** `baseDir`: where the files the overlay names (signing.publicKey) are read from, by default the overlay's folder. */
export function parseOverlay(text: string, file: string, env: string, baseDir = path.dirname(path.resolve(file))): EnvConfig {
  let data: unknown;
  try {
    data = yaml.load(text, { filename: file });
  } catch (e) {
    const err = e as yaml.YAMLException;
    const where = err.mark ? `line ${err.mark.line + 1}, column ${err.mark.column + 1}` : 'somewhere';
    throw new ConfigError(`${file}: invalid YAML at ${where}: ${err.reason ?? err.message}`);
  }
  if (data === undefined || data === null) {
    throw new ConfigError(`${file}: (root): expected a map of settings, found an empty file`);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`${file}: (root): expected a map of settings, found ${describe(data)}`);
  }
  const result = envConfigSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${file}: ${formatIssue(issue)}`);
    throw new ConfigError(lines.join('\n'));
  }
  // Signed images: the key file read and checked, and the rules across keys (src/config/signing.ts).
  const { signing, problems } = loadSigning(result.data, env, baseDir);
  if (problems.length) throw new ConfigError(problems.map((p) => `${file}: ${p.key}: ${p.message}`).join('\n'));
  return Object.freeze({ ...result.data, signing, env }) as EnvConfig;
}

/** One zod issue as `<key path>: expected …, found …` (overlays, charts/lock.yaml). */
export function formatIssue(issue: core.$ZodIssue): string {
  const key = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  const found = 'input' in issue ? describe(issue.input) : 'nothing';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => `${key === '(root)' ? k : `${key}.${k}`}: unknown key (expected one of the schema's keys, found "${k}")`).join('\n');
    case 'invalid_type':
      return issue.input === undefined
        ? `${key}: required key is missing (expected ${issue.expected})`
        : `${key}: expected ${issue.expected}, found ${found}`;
    case 'too_small':
      return `${key}: expected ${issue.origin === 'array' ? 'at least' : issue.inclusive ? '>=' : '>'} ${issue.minimum}${issue.origin === 'array' ? ' item(s)' : ''}, found ${found}`;
    case 'too_big':
      return `${key}: expected ${issue.inclusive ? '<=' : '<'} ${issue.maximum}, found ${found}`;
    case 'invalid_value':
      return `${key}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${found}`;
    case 'invalid_format':
      return `${key}: expected ${issue.message.replace(/^Invalid( string)?: /, '')}, found ${found}`;
    default:
      return `${key}: expected ${issue.message.replace(/^Invalid input: /, '')}, found ${found}`;
  }
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list (${JSON.stringify(v).slice(0, 60)})`;
  if (typeof v === 'object') return 'a map';
  return `${typeof v} ${JSON.stringify(v)}`;
}
