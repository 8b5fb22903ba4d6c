// `npm test`: build/ (the tests run the CLIs from it), then jest, with tsc type-checking the whole project
// at the same time rather than before: tsc is one thread, and jest leaves a core idle at times (its start,
// suites waiting on git or a CLI, the last suite), so the check costs well under its 2.5–5 s alone.
// tsc is incremental (build/.tsbuildinfo: a clean clone checks everything once); its report is printed after
// jest's. Arguments go to jest (`npm test -- test/diff`). Exit status 1 if the build, tsc or jest failed.
//
// Like make, the type check is skipped when nothing it reads changed since it last passed (build/.typecheck-passed:
// path, size and modification time of every input file), and the build skips itself the same way.
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));

/** What a step reads: every file below `dirs`, and `files`, by path, size and modification time. */
function stamp(dirs, files) {
  const hash = createHash('sha1').update(process.version);
  const add = (file) => {
    const s = statSync(file);
    hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
  };
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else add(join(dir, e.name));
    }
  };
  for (const d of dirs) walk(join(root, d));
  for (const f of files) add(join(root, f));
  return hash.digest('hex');
}
const INSTALLED = ['package.json', 'package-lock.json', 'tsconfig.json'];
const typecheckInputs = () => stamp(['src', 'imports', 'test'], INSTALLED);

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};
/** Runs a step unless its stamp is current; the stamp is written only when the step passed on unchanged inputs. */
function step(name, inputs, run) {
  const file = join(root, 'build', `.${name}-passed`);
  const before = inputs();
  if (read(file) === before) {
    process.stderr.write(`${name}: skipped, nothing it reads changed since it last passed (build/.${name}-passed)\n`);
    return { done: Promise.resolve(0) };
  }
  rmSync(file, { force: true });
  const done = run().then((code) => {
    if (code === 0 && inputs() === before) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, before);
    }
    return code;
  });
  return { done };
}
const exit = (p) => new Promise((resolve) => p.on('close', (code, signal) => resolve(code ?? signal)));

let report = '';
const typecheck = step('typecheck', typecheckInputs, () => {
  const tsc = spawn(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', join('build', '.tsbuildinfo'),
    ...(process.stdout.isTTY ? ['--pretty'] : [])], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  tsc.stdout.on('data', (d) => (report += d));
  tsc.stderr.on('data', (d) => (report += d));
  return exit(tsc);
});

// (the build skips itself when nothing it reads changed and its outputs are there: scripts/build.mjs)
const build = await exit(spawn(process.execPath, [join('scripts', 'build.mjs'), 'test'], { cwd: root, stdio: 'inherit' }));
// promtool and amtool for the alert-rule tests, unpacked from Debian's packages on first use (nothing when there).
const tools = build === 0 ? await exit(spawn('bash', [join('scripts', 'install-promtool.sh')], { cwd: root, stdio: 'inherit' })) : 1;
const jest = build === 0 && tools === 0
  ? await exit(spawn(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' }))
  : undefined;

const checked = await typecheck.done;
if (report) process.stdout.write(report);
if (checked !== 0) process.stderr.write(`\ntsc: the type check failed (${checked}): ${report ? 'see above' : 'no output'}\n`);
process.exitCode = build !== 0 || jest !== 0 || checked !== 0 ? 1 : 0;
