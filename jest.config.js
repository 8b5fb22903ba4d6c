/** jest: TypeScript through esbuild (transpile only; `tsc` type-checks in `npm test`). */
module.exports = {
  testEnvironment: 'node',
  // V8's code cache for the big modules every suite loads (test/support/runtime.js).
  runtime: '<rootDir>/test/support/runtime.js',
  // Two workers on two cores: several suites wait on child processes (the CLIs, git), so one worker idles a core.
  maxWorkers: 2,
  roots: ['<rootDir>/test'],
  // Each test folder holds *.spec.ts files (mirroring src/) that test/<folder>.test.ts runs as one suite:
  // modules load once per folder, not once per file (test/support/suite.ts).
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/test/support/esbuild-transform.js' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  snapshotFormat: { printBasicPrototype: false },
};
