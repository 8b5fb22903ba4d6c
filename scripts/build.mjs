// Transpile-only build (esbuild, no type-check): src/ and imports/ → build/. Type-checking is `npm test`'s job.
// The entry points people run (synth, validate) are then bundled in place: one file to read and compile
// instead of ~300 modules (synth of every environment: 1.3 s → see README "Speed"), and ESM-only
// dependencies (cel-js) become plain CommonJS.
import { build } from 'esbuild';
import { createHash } from 'crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';

function tsFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

// `node scripts/build.mjs synth` (npm run synth) builds only what synth runs: its bundle and loader;
// `test` (npm test) all but the scale bench's bundle (npm run bench builds everything).
const target = process.argv[2] ?? 'all';
const synthOnly = target === 'synth';
const forTests = target === 'test';

// Like make: nothing is built when no input changed since this target was last built and its outputs are
// there (`npm run synth` after an overlay edit: ~0.6 s less). Inputs by path, size and modification time.
const transpiled = () => tsFiles('src').map((f) => join('build', f.replace(/\.ts$/, '.js')));
const OUTPUTS = {
  synth: ['build/src/main.js', 'build/src/main.bundle.js'],
  test: ['build/src/main.bundle.js', ...transpiled()],
  all: ['build/src/main.bundle.js', 'build/src/bench/scale.bundle.js', ...transpiled()],
}[target] ?? [];
function inputsStamp() {
  const hash = createHash('sha1').update(`${process.version}\0${target}\n`);
  const add = (file) => {
    const st = statSync(file, { throwIfNoEntry: false });
    hash.update(st ? `${file}\0${st.size}\0${st.mtimeMs}\n` : `${file}\0missing\n`);
  };
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else add(join(dir, e.name));
    }
  };
  for (const dir of ['src', 'imports', 'scripts']) walk(dir);
  for (const file of ['package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json']) add(file);
  return hash.digest('hex');
}
const stampFile = join('build', `.build-${target}.stamp`);
const stamp = inputsStamp();
const previousStamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : undefined;
if (OUTPUTS.length && previousStamp === stamp && OUTPUTS.every((f) => existsSync(f))) process.exit(0);

// No clean: concurrent builds (tests spawn the CLI) must never see build/ vanish; esbuild overwrites.
if (!synthOnly) await build({
  entryPoints: tsFiles('src'),
  outdir: 'build',
  outbase: '.',
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
});

// imports/ is generated JavaScript (+ .d.ts) and data (crd-index.json, schemas): copied as is.
if (!synthOnly) {
  for (const f of readdirSync('imports', { recursive: true })) {
    if (/\.(js|json)$/.test(String(f))) cpSync(join('imports', String(f)), join('build', 'imports', String(f)));
  }
}

// cdk8s renders each object as sanitizeValue(resolve([], data, obj), options): two full copies, the first
// with a context object, a key-path copy and an App.of walk per value. The bundles call
// src/synth/fast-resolve.ts instead: one pass, same result (it defers to those two functions for anything
// but cdk8s' built-in resolvers, and for errors). Tests run cdk8s as it is and compare the two.
const FAST_RESOLVE = JSON.stringify(join(process.cwd(), 'src', 'synth', 'fast-resolve.ts'));
const ONE_PASS = `let __lumenResolve;
function __lumenResolveAndSanitize(value, obj, options) {
  return (__lumenResolve || (__lumenResolve = require(${FAST_RESOLVE}).resolveAndSanitize))(value, obj, options);
}
`;
const RESOLVE_SITES = [
  [/cdk8s[\\/]lib[\\/]api-object\.js$/, [
    ['(0, _util_1.sanitizeValue)((0, resolve_1.resolve)([], data, this), { sortKeys })', '__lumenResolveAndSanitize(data, this, { sortKeys })'],
  ]],
  [/cdk8s[\\/]lib[\\/]metadata\.js$/, [
    ['return sanitize((0, resolve_1.resolve)([], {', 'return __lumenResolveAndSanitize({'],
    ['}, this.apiObject));', '}, this.apiObject, { filterEmptyArrays: true, filterEmptyObjects: true });'],
  ]],
];
const onePassResolve = {
  name: 'one-pass-resolve',
  setup(b) {
    for (const [filter, edits] of RESOLVE_SITES) {
      b.onLoad({ filter }, (args) => {
        let source = readFileSync(args.path, 'utf8');
        for (const [from, to] of edits) {
          // A cdk8s whose code changed must be looked at, not silently left slow (or wrong).
          if (source.split(from).length !== 2) throw new Error(`${args.path}: expected exactly one "${from}" (cdk8s changed?)`);
          source = source.replace(from, to);
        }
        return { contents: `${ONE_PASS}${source}`, loader: 'js' };
      });
    }
  },
};

const bundled = await build({
  entryPoints: {
    'src/main.bundle': 'src/main.ts',
    ...(synthOnly ? {} : { 'src/cli/validate': 'src/cli/validate.ts' }),
    // (the scale bench's bundle has a name of its own: a test build's transpiled scale.js must not pass for it)
    ...(synthOnly || forTests ? {} : { 'src/bench/scale.bundle': 'src/bench/scale.ts' }),
  },
  plugins: [onePassResolve],
  outdir: 'build',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Whitespace and syntax only: identifiers stay, so stack traces still name our functions.
  minifyWhitespace: true,
  minifySyntax: true,
  // Loaded at run time from imports/ (the generated validators: large, and optional).
  external: ['*/schemas/validators.js'],
  write: false,
  logLevel: 'warning',
});
for (const f of bundled.outputFiles) {
  // An unchanged bundle keeps its file (and so its mtime: the key of its V8 code cache, see the loader).
  let previous;
  try {
    previous = readFileSync(f.path);
  } catch {
    previous = undefined;
  }
  if (previous && Buffer.compare(previous, f.contents) === 0) continue;
  // Atomic: a test may be running the previous bundle right now.
  mkdirSync(dirname(f.path), { recursive: true });
  writeFileSync(`${f.path}.tmp-${process.pid}`, f.contents);
  renameSync(`${f.path}.tmp-${process.pid}`, f.path);
}

// build/src/main.js: a loader that compiles the bundle (and the generated validators it requires) through
// V8's code cache, kept in build/.v8-cache/ (created on first run, rejected by V8 itself when stale):
// the second synth onward skips ~0.25 s of parsing and compiling.
const loader = `'use strict';
// Generated by scripts/build.mjs: loads main.bundle.js through V8's code cache.
const Module = require('module');
const vm = require('vm');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const root = path.resolve(__dirname, '..', '..');
const cached = [path.join(root, 'build') + path.sep, path.join(root, 'imports') + path.sep];
const cacheDir = path.join(root, 'build', '.v8-cache');
const compile = Module.prototype._compile;
const fresh = [];
Module.prototype._compile = function (content, filename) {
  if (!cached.some((d) => filename.startsWith(d))) return compile.call(this, content, filename);
  // <hash of the path and node's flags>-<size>-<mtime>-<inode>: a new build (written to a temp file, then
  // renamed in) replaces the file's old cache instead of piling up; hashing the content instead cost ~15 ms of
  // every run. V8 rejects a cache made under other flags (npm run synth's vs a test's plain node), so each
  // set of flags keeps its own entry rather than the two replacing each other's at every run.
  const prefix = crypto.createHash('sha1').update(filename + '\0' + process.version + '\0' + process.execArgv.join(' ')).digest('hex').slice(0, 16);
  const st = fs.statSync(filename, { bigint: true });
  const file = path.join(cacheDir, prefix + '-' + st.size + '-' + st.mtimeNs + '-' + st.ino);
  let cachedData;
  try { cachedData = fs.readFileSync(file); } catch { cachedData = undefined; }
  const script = new vm.Script(Module.wrap(content), { filename, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) fresh.push([script, file]);
  const mod = this;
  const req = (id) => mod.require(id);
  req.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  req.main = process.mainModule;
  req.cache = Module._cache;
  return script.runInThisContext({ displayErrors: true }).call(mod.exports, mod.exports, req, mod, filename, path.dirname(filename));
};
process.on('exit', () => {
  // After the run: the cache then also holds the functions compiled lazily while synthesizing.
  for (const [script, file] of fresh) {
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const prefix = path.basename(file).split('-')[0];
      for (const stale of fs.readdirSync(cacheDir)) if (stale.startsWith(prefix + '-') && path.join(cacheDir, stale) !== file) fs.rmSync(path.join(cacheDir, stale), { force: true });
      fs.writeFileSync(\`\${file}.\${process.pid}\`, script.createCachedData());
      fs.renameSync(\`\${file}.\${process.pid}\`, file);
    } catch { /* a read-only tree only loses the cache */ }
  }
});
const bundle = require('./main.bundle.js');
// Required rather than run (npm run diff renders through the bundle): the bundle, through the code cache.
if (require.main !== module) {
  module.exports = bundle;
  return;
}
bundle.cli();
`;
writeFileSync(`build/src/main.js.tmp-${process.pid}`, loader);
renameSync(`build/src/main.js.tmp-${process.pid}`, 'build/src/main.js');
mkdirSync('build', { recursive: true });
writeFileSync(stampFile, stamp);
