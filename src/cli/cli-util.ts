import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, ParseArgsConfig } from 'util';

/** The repository: the nearest folder above `dir` with a package.json (src/ under jest, build/src/ from the CLIs). */
export function repoRoot(dir: string): string {
  return fs.existsSync(path.join(dir, 'package.json')) || path.dirname(dir) === dir ? dir : repoRoot(path.dirname(dir));
}

/** An error meant for a person: printed as its message alone, no stack, exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Whether an error is meant for a person (bad input) rather than a bug (which keeps its stack). */
export function isPersonError(e: unknown): e is Error {
  return e instanceof Error && (e instanceof CliError || e.name === 'CliError' || e.name === 'ConfigError');
}

/** Runs a CLI entry point: --help → the usage on stdout, exit 0; CliError → message on stderr and exit 1; anything else keeps its stack. */
export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      if (isHelp(e)) {
        process.stdout.write(`${e.message}\n`);
        return;
      }
      if (isPersonError(e)) {
        process.stderr.write(`${e.message}\n`);
      } else {
        process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      }
      process.exitCode = 1;
    });
}

/**
 * `--help`/`-h`: not an error, the usage on stdout and exit 0 (runCli, and the commands that return their
 * result in process, print it that way).
 */
export class CliHelp extends Error {
  constructor(usage: string) {
    super(usage);
    this.name = 'CliHelp';
  }
}

export function isHelp(e: unknown): e is CliHelp {
  return e instanceof Error && (e instanceof CliHelp || e.name === 'CliHelp');
}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandSpec<O extends Options> {
  /** The options besides --help/-h (added to every command). */
  readonly options: O;
  /**
   * How many positional arguments the command takes: none, or a range.
   * @default - none
   */
  readonly positionals?: { readonly min: number; readonly max: number };
  /** The usage text: printed by --help and after every argument error. */
  readonly usage: string;
}

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** An option as the usage names it: `--env`, or `-h` for a short one. */
const optionOf = (message: string): string => /'(-[^' ]+)/.exec(message)?.[1] ?? '';

/**
 * The one argument parser of every command (node's `util.parseArgs`, strict): typed values and the
 * positionals. `--help`/`-h` throws CliHelp with the usage; anything the command does not take is a CliError
 * naming the command, what was wrong, and the usage.
 */
export function parseCommand<O extends Options>(name: string, argv: string[], spec: CommandSpec<O>): { values: Parsed<O>['values']; positionals: string[] } {
  const options = { ...spec.options, help: { type: 'boolean', short: 'h' } } as O;
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as Parsed<O>;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw e;
    // A --help anywhere wins over the error it would have caused (`diff --base --help`).
    if (argv.includes('--help') || argv.includes('-h')) throw new CliHelp(spec.usage);
    const message = (e as Error).message;
    const option = optionOf(message);
    const known = Object.entries(spec.options).map(([k, o]) => `--${k}${o.type === 'string' ? ' VALUE' : ''}`).join(', ');
    const what = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? `unknown option "${option}" (expected ${known || 'no option'})`
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(message)
        ? `${option} takes no value, found "${argv.find((a) => a.startsWith(`${option}=`))?.slice(option.length + 1) ?? ''}"`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `${option} needs a value, found ${(() => {
            const next = argv[argv.indexOf(option) + 1];
            return next === undefined ? 'nothing' : `"${next}"`;
          })()}`
          : message.replace(/\.$/, '');
    throw new CliError(`${name}: ${what}\n${spec.usage}`);
  }
  if ((parsed.values as { help?: boolean }).help) throw new CliHelp(spec.usage);
  const { min, max } = spec.positionals ?? { min: 0, max: 0 };
  const n = parsed.positionals.length;
  if (n > max) {
    throw new CliError(`${name}: unexpected argument "${parsed.positionals[max]}" (expected ${max ? `at most ${max} argument(s) besides options` : 'options only'})\n${spec.usage}`);
  }
  if (n < min) throw new CliError(`${name}: expected ${min} argument(s) besides options, found ${n}\n${spec.usage}`);
  return { values: parsed.values, positionals: parsed.positionals };
}
