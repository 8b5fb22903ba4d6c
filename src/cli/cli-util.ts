/** An error meant for a person: printed as its message alone, no stack, exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Runs a CLI entry point: CliError → message on stderr and exit 1; anything else keeps its stack. */
export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      if (e instanceof CliError || (e instanceof Error && e.name === 'CliError') || (e instanceof Error && e.name === 'ConfigError')) {
        process.stderr.write(`${e.message}\n`);
      } else {
        process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      }
      process.exitCode = 1;
    });
}
