import * as fs from 'fs';
import * as path from 'path';

/**
 * Runs every `*.spec.ts` of a test folder in one jest suite, each in a describe block named after its file.
 * Jest gives each test file a module registry of its own, so each file of a folder loaded cdk8s, cdk8s-plus
 * and the generated L1 classes again (~0.2 s a file): a folder of small files is one suite instead (the chart
 * tests: 4.8 → 2.4 s). Snapshots go to the folder suite's snapshot file, under the spec file's name.
 * One file alone: `npx jest test/charts -t kafka`.
 */
export function specsOf(dir: string): void {
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.spec.ts')).sort()) {
    describe(file.replace(/\.spec\.ts$/, ''), () => {
      require(path.join(dir, file)); // eslint-disable-line @typescript-eslint/no-require-imports
    });
  }
}
