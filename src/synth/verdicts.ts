/**
 * Documents that passed the gate, remembered per environment (`<dir>/verdicts/<env>.json`), like ESLint's
 * --cache: the next synth skips the per-document rules of a document whose file name and YAML are
 * byte-identical and whose context is unchanged. Most of a synth's documents are unchanged after an edit,
 * and the gate was a third of a synth.
 *
 * The context is everything besides the document that a per-document rule reads: the code that checks
 * (`version`: the running bundle and the schemas it validates with), the environment's overlay, the
 * labels of its namespaces (Pod Security) and its ConstraintTemplates (their constraint kinds' schemas).
 * Any change to it forgets every verdict. Only passing documents are remembered (a violation is always
 * found again, with its message), and only from a gate run that passed; cross-document checks
 * (coherence) always run. `npm run validate` and CI check everything, without this cache.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { EnvConfig } from '../config/schema';
import type { Manifest } from './render';

/** Changes when the file layout below changes (old files then miss). */
const FORMAT = 'lumen-gate-verdicts v1';

/** Where verdicts live and what code they were reached with (plain data: it goes to render workers too). */
export interface VerdictStore {
  /** Folder of the `verdicts/` files (build/.gate-cache). */
  readonly dir: string;
  /** Identity of the checking code: changes whenever the bundle or the schemas change. */
  readonly version: string;
}

interface Document {
  readonly file: string;
  readonly manifest: Manifest;
  readonly text: string;
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

export class Verdicts {
  private readonly known: ReadonlySet<string>;
  private readonly file: string;
  private readonly context: string;

  /** The verdicts for one environment's documents (none when the file is missing, unreadable or stale). */
  constructor(store: VerdictStore, config: EnvConfig, documents: readonly Document[]) {
    this.file = path.join(store.dir, 'verdicts', `${config.env}.json`);
    const namespaces: unknown[] = [];
    const templates: string[] = [];
    for (const d of documents) {
      if (d.manifest.kind === 'Namespace' && d.manifest.apiVersion === 'v1') namespaces.push([d.manifest.metadata.name, d.manifest.metadata.labels ?? {}]);
      if (d.manifest.kind === 'ConstraintTemplate') templates.push(d.text);
    }
    this.context = sha1(JSON.stringify([FORMAT, store.version, config, namespaces, templates]));
    this.known = this.read();
  }

  /** The document passed every per-document rule before, in this very context. */
  passed(d: Document): boolean {
    return this.known.has(this.key(d));
  }

  /** Remembers these documents as passing (the whole set: verdicts of other documents are dropped). */
  remember(documents: readonly Document[]): void {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      fs.writeFileSync(tmp, JSON.stringify({ context: this.context, passed: documents.map((d) => this.key(d)).sort() }));
      fs.renameSync(tmp, this.file);
    } catch {
      // a read-only tree only checks everything every time
    }
  }

  private key(d: Document): string {
    return sha1(`${this.context}\0${d.file}\0${d.text}`);
  }

  private read(): ReadonlySet<string> {
    try {
      const saved = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { context?: unknown; passed?: unknown };
      if (saved.context === this.context && Array.isArray(saved.passed)) return new Set(saved.passed.filter((k): k is string => typeof k === 'string'));
    } catch {
      // missing or unreadable: nothing known
    }
    return new Set();
  }
}
