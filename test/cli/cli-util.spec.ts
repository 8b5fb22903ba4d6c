import { spawnSync } from 'child_process';
import * as path from 'path';
import { parseBenchArgs } from '../../src/cli/bench';
import { chartsCommand } from '../../src/cli/charts';
import { CliError, CliHelp, isHelp, parseCommand } from '../../src/cli/cli-util';
import { parseDiffArgs } from '../../src/cli/diff';
import { parseImagesArgs } from '../../src/cli/images';
import { parseImportArgs } from '../../src/cli/import';
import { parsePostArgs } from '../../src/cli/post-comment';
import { parsePromoteArgs } from '../../src/cli/promote';
import { parseValidateArgs, validateCommand } from '../../src/cli/validate';
import { parseSynthArgs, synthCommand } from '../../src/main';
import { ROOT } from '../support/fixtures';

const USAGE = 'usage: demo [--env NAME]... [--out DIR] [--dry]';
const spec = { options: { env: { type: 'string', multiple: true }, out: { type: 'string' }, dry: { type: 'boolean' } }, usage: USAGE } as const;
const parse = (...argv: string[]) => parseCommand('demo', argv, spec);
/** What parseCommand threw for these arguments. */
const thrown = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
};

describe('parseCommand: the one argument parser', () => {
  test('typed values: a repeatable option, a string, a boolean; --opt=value too', () => {
    const { values, positionals } = parse('--env', 'dev', '--env=prod', '--out', 'x', '--dry');
    expect(values).toEqual({ env: ['dev', 'prod'], out: 'x', dry: true });
    expect(positionals).toEqual([]);
    expect(parse().values).toEqual({});
  });

  test.each([
    [['--nope'], 'demo: unknown option "--nope" (expected --env VALUE, --out VALUE, --dry)'],
    [['-x'], 'demo: unknown option "-x" (expected --env VALUE, --out VALUE, --dry)'],
    [['--out'], 'demo: --out needs a value, found nothing'],
    [['--out', '--dry'], 'demo: --out needs a value, found "--dry"'],
    [['--dry=yes'], 'demo: --dry takes no value, found "yes"'],
    [['extra'], 'demo: unexpected argument "extra" (expected options only)'],
  ])('%j: a CliError naming the command, what was wrong, then the usage', (argv, message) => {
    const e = thrown(() => parse(...argv));
    expect(e).toBeInstanceOf(CliError);
    expect(e.message).toBe(`${message}\n${USAGE}`);
  });

  test('positionals: within the range the command takes', () => {
    const two = { ...spec, positionals: { min: 1, max: 2 } };
    expect(parseCommand('demo', ['a', '--dry', 'b'], two).positionals).toEqual(['a', 'b']);
    expect(thrown(() => parseCommand('demo', [], two)).message).toBe(`demo: expected 1 argument(s) besides options, found 0\n${USAGE}`);
    expect(thrown(() => parseCommand('demo', ['a', 'b', 'c'], two)).message).toMatch(/^demo: unexpected argument "c" \(expected at most 2 argument\(s\) besides options\)\n/);
  });

  test('--help and -h: CliHelp carrying the usage, even beside a mistake', () => {
    for (const argv of [['--help'], ['-h'], ['--dry', '-h'], ['--nope', '--help'], ['--out', '--help']]) {
      const e = thrown(() => parse(...argv));
      expect(isHelp(e)).toBe(true);
      expect(e).toBeInstanceOf(CliHelp);
      expect(e.message).toBe(USAGE);
    }
  });
});

describe('every command answers --help with its usage', () => {
  test.each<[string, (argv: string[]) => unknown, RegExp]>([
    ['synth', parseSynthArgs, /^usage: npm run synth .*\n(.*\n)*\s+--overlays DIR /],
    ['validate', parseValidateArgs, /^usage: npm run validate .*\n(.*\n)*\s+--dist DIR /],
    ['diff', parseDiffArgs, /^usage: npm run diff .*\n(.*\n)*\s+--base REF .*default: HEAD/],
    ['promote', parsePromoteArgs, /^usage: npm run promote .*\n(.*\n)*\s+--from ENV /],
    ['images', parseImagesArgs, /^usage: npm run images .*\n(.*\n)*\s+--only WHAT /],
    ['import', parseImportArgs, /^usage: npm run import .*\n(.*\n)*\s+--validators-only /],
    ['post-comment', (argv) => parsePostArgs(argv, {}), /^usage: GITEA_TOKEN=\.\.\. .*post-comment\.js --file FILE/],
    ['bench', parseBenchArgs, /^usage: npm run bench .*\n(.*\n)*\s+--scale-runs M /],
  ])('%s', (_name, parser, usage) => {
    for (const flag of ['--help', '-h']) {
      const e = thrown(() => parser([flag]));
      expect(isHelp(e)).toBe(true);
      expect(e.message).toMatch(usage);
      expect(e.message).toMatch(/-h, --help +this text/);
    }
  });

  test('charts returns its usage; synth and validate in process: exit 0 and the usage on stdout', () => {
    expect(chartsCommand(['--help'], ROOT)).toMatch(/^usage: npm run charts -- add <tgz>(.*\n)*\s+--repository URL /);
    expect(chartsCommand(['verify', '-h'], ROOT)).toMatch(/^usage: npm run charts/);
    for (const r of [synthCommand(['--help']), validateCommand(['-h'])]) {
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(/^usage: npm run (synth|validate) /);
    }
  });

  test('from the command line (runCli): the usage on stdout, exit 0', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'build', 'src', 'cli', 'post-comment.js'), '--help'], { encoding: 'utf8', env: {} });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: GITEA_TOKEN=/);
  });
});

describe('each command keeps its options and their meaning', () => {
  test('synth: --env repeatable, paths resolved; --no-cache is gone with the verdict cache', () => {
    expect(parseSynthArgs(['--env', 'dev', '--env', 'prod', '--out', 'o', '--overlays', 'ov']))
      .toEqual({ envs: ['dev', 'prod'], outDir: path.resolve('o'), overlaysDir: path.resolve('ov') });
    expect(parseSynthArgs([])).toEqual({ envs: [], outDir: path.join(ROOT, 'dist'), overlaysDir: path.join(ROOT, 'overlays') });
    expect(() => parseSynthArgs(['--no-cache'])).toThrow(/synth: unknown option "--no-cache"/);
  });

  test('diff: --base optional (HEAD), --check alone', () => {
    expect(parseDiffArgs([])).toMatchObject({ base: undefined, check: false, mergeBase: false, synthBase: false, envs: [] });
    expect(parseDiffArgs(['--base', 'origin/main', '--merge-base', '--env', 'prod', '--out', 'd.md']))
      .toMatchObject({ base: 'origin/main', mergeBase: true, envs: ['prod'], out: path.resolve('d.md') });
    expect(parseDiffArgs(['--check', '--env', 'dev'])).toMatchObject({ check: true, envs: ['dev'] });
    expect(thrown(() => parseDiffArgs(['--check', '--base', 'x'])).message).toMatch(/^diff: --check compares dist\/ with synth; it takes no --base/);
  });

  test('images, bench, promote, import: their values checked', () => {
    expect(parseImagesArgs(['--env', 'prod', '--only', 'charts'])).toEqual({ envs: ['prod'], only: 'charts' });
    expect(thrown(() => parseImagesArgs(['--only', 'helm'])).message).toMatch(/^images: --only expects one of images, charts, registries, found "helm"\n/);
    expect(parseBenchArgs(['--json', '--runs', '2'])).toEqual({ json: true, runs: 2, scaleRuns: 3 });
    expect(thrown(() => parseBenchArgs(['--scale-runs', '0'])).message).toMatch(/^bench: --scale-runs expects a whole number of runs >= 1, found "0"\n/);
    expect(parsePromoteArgs(['--env', 'prod', '--service', 'lumen-api', '--tag', '1.4.0'])).toMatchObject({ env: 'prod', service: 'lumen-api', tag: '1.4.0' });
    expect(thrown(() => parsePromoteArgs(['--service', 'lumen-api'])).message).toMatch(/^promote: --env is required\n/);
    expect(parseImportArgs(['--mirror', 'm', '--schemas-only'])).toEqual({ mirror: path.resolve('m'), schemasOnly: true, validatorsOnly: false });
  });
});
