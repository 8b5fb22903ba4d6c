/**
 * ajv standalone validators kept on disk (build/.gate-cache/) for the schemas imports/schemas/validators.js
 * cannot hold: the Gatekeeper constraint kinds, whose schema comes from a rendered ConstraintTemplate.
 * Compiling them took ~45 ms of every synth (ajv, plus the Kubernetes definitions ObjectMeta refers to);
 * reading them back takes ~1 ms.
 *
 * An entry is named after its schema and what compiled it (`key`: sha256 of the schema, ajv's version and
 * options, the Kubernetes definitions its `$ref`s reach), and its first line records that key and the hash
 * of the code below it: a file that is missing, for another key, edited or truncated is a miss, compiled
 * again and rewritten (atomically: concurrent runs never read half a file). Nothing breaks without the
 * folder (a read-only tree only compiles every time).
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { ValidateFunction } from 'ajv';
import type { JsonSchema } from './schema-gen';

/** Changes when the entry layout below changes (old entries then miss). */
const FORMAT = 'lumen-gate-cache v1';
/** Entries kept per name (a kind whose template changes leaves older schemas behind). */
const KEEP_PER_NAME = 4;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export type CacheOutcome = 'hit' | 'miss' | 'stale';

export class ValidatorCache {
  /** What each `load` found: a valid entry, none, or one that could not be used (rewritten on `store`). */
  readonly stats = { hits: 0, misses: 0, stale: 0, written: 0 };

  /**
   * @param dir the folder of the entries (created on first write)
   * @param salt everything besides the schema that the compiled code depends on (ajv version, options, definitions)
   */
  constructor(readonly dir: string, private readonly salt: string) {}

  /** The key of a schema: what an entry must have been compiled from to be used. */
  key(schema: JsonSchema): string {
    return sha256(`${FORMAT}\0${this.salt}\0${JSON.stringify(schema)}`);
  }

  /** The entry's file: `<name>-<16 hex of the key>.js`. */
  file(name: string, key: string): string {
    return path.join(this.dir, `${safeName(name)}-${key.slice(0, 16)}.js`);
  }

  /**
   * The validator stored for this key, or undefined (counted as a miss, or stale when the file is there but
   * is not the entry of this key as written).
   * @param req resolves the ajv runtime helpers the generated code may require (`ajv/dist/runtime/...`)
   */
  load(name: string, key: string, req: (id: string) => unknown): ValidateFunction | undefined {
    const file = this.file(name, key);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const nl = text.indexOf('\n');
    if (nl < 0 || text.slice(0, nl) !== header(key, text.slice(nl + 1))) {
      this.stats.stale++;
      return undefined;
    }
    try {
      // Through require: the bundled CLIs' loader gives files below build/ V8's code cache.
      const fn = (require(file) as (r: (id: string) => unknown) => unknown)(req);
      if (typeof fn === 'function') {
        this.stats.hits++;
        return fn as ValidateFunction;
      }
    } catch {
      // unusable: compiled again and rewritten
    }
    this.stats.stale++;
    return undefined;
  }

  /** Writes the entry of a key: `standalone` is ajv's standalone module for one validator (module.exports = fn). */
  store(name: string, key: string, standalone: string): void {
    // A factory: the code's `require` of ajv's runtime helpers resolves from the caller, wherever the folder is.
    const code = `"use strict";\nmodule.exports = function (require) {\nconst module = { exports: {} };\nconst exports = module.exports;\n${standalone}\nreturn module.exports;\n};\n`;
    const file = this.file(name, key);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(tmp, `${header(key, code)}\n${code}`);
      fs.renameSync(tmp, file);
      this.stats.written++;
      this.prune(name, file);
    } catch {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // nothing was written
      }
    }
  }

  /** Keeps the KEEP_PER_NAME most recent entries of a name. */
  private prune(name: string, kept: string): void {
    const prefix = `${safeName(name)}-`;
    const entries = fs.readdirSync(this.dir)
      .filter((f) => f.startsWith(prefix) && /^[0-9a-f]{16}\.js$/.test(f.slice(prefix.length)))
      .map((f) => path.join(this.dir, f))
      .filter((f) => f !== kept)
      .map((f) => ({ f, t: fs.statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of entries.slice(KEEP_PER_NAME - 1)) fs.rmSync(f, { force: true });
  }
}

function header(key: string, code: string): string {
  return `// ${FORMAT} key:${key} code:${sha256(code)}`;
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.]/g, '_');
}
