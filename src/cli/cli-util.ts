import * as fs from 'fs';
import * as path from 'path';

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

/** Runs a CLI entry point: CliError → message on stderr and exit 1; anything else keeps its stack. */
export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      if (isPersonError(e)) {
        process.stderr.write(`${e.message}\n`);
      } else {
        process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      }
      process.exitCode = 1;
    });
}
