/**
 * Compares two rendered trees (dist/<env>/ of a base and of a head) resource by resource, and finds what a
 * reviewer must not miss: destructive deletions, changes to immutable fields, resources moving between
 * waves or applications, image and chart version changes.
 */
import * as yaml from 'js-yaml';
import { manifestImages } from '../synth/inventory';
import { groupOf } from '../synth/scope';
import { toYaml } from '../synth/yaml';

/** One environment's rendered files: path below dist/<env>/ → content. */
export type Tree = ReadonlyMap<string, string>;
/** Environment name → its tree. */
export type Trees = ReadonlyMap<string, Tree>;

/** Where a resource sits in the app-of-apps: its wave folder and its application. */
export interface Location {
  readonly wave: string;
  readonly app: string;
}

/** A resource (or a non-manifest file) of one tree. */
export interface Entry {
  /** `group/Kind/namespace/name` (the API group, not the version: a version bump is a change), or `file:<path>`. */
  readonly id: string;
  /** `Deployment lumen/lumen-api`, or the file's path. */
  readonly label: string;
  readonly kind: string;
  readonly file: string;
  readonly location: Location;
  /** Normalised YAML (manifests re-dumped so two layouts compare equal), or the file's text. */
  readonly text: string;
  readonly manifest?: Record<string, any>;
}

export type ChangeType = 'added' | 'changed' | 'removed';

export interface Change {
  readonly env: string;
  readonly type: ChangeType;
  readonly base?: Entry;
  readonly head?: Entry;
}

export type RiskCategory = 'environment' | 'deleted' | 'immutable' | 'moved' | 'image' | 'chart';

export interface RiskFlag {
  readonly env: string;
  readonly category: RiskCategory;
  readonly message: string;
}

export interface EnvironmentDiff {
  readonly env: string;
  /** Whether the environment exists only in the head / only in the base. */
  readonly status: 'both' | 'added' | 'removed';
  readonly changes: Change[];
}

export interface TreeDiff {
  readonly environments: EnvironmentDiff[];
  readonly flags: RiskFlag[];
}

/** Labels of the rows that are not a wave folder. */
export const BOOTSTRAP = 'bootstrap';
export const ENVIRONMENT_FILES: Location = { wave: '(environment)', app: '(inventory)' };
const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';

/**
 * The renderer's YAML (src/synth/yaml.ts: exactly js-yaml's dump with synth's options, faster), so a base's
 * files re-dump to the same text.
 */
const dumpYaml = (doc: unknown): string => toYaml(doc);

function isManifest(d: unknown): d is Record<string, any> {
  const m = d as Record<string, any> | null;
  return !!m && typeof m === 'object' && typeof m.apiVersion === 'string' && typeof m.kind === 'string' && typeof m.metadata?.name === 'string';
}

export function resourceLabel(m: Record<string, any>): string {
  return `${m.kind} ${m.metadata.namespace ? `${m.metadata.namespace}/` : ''}${m.metadata.name}`;
}

function locationOfPath(file: string): Location {
  const parts = file.split('/');
  if (parts.length >= 3 && /^\d\d-/.test(parts[0])) return { wave: parts[0], app: parts[1] };
  if (parts.length >= 2) return { wave: parts[0], app: parts[0] };
  return ENVIRONMENT_FILES;
}

/**
 * An Application of apps/ belongs on the row of the application it deploys: the wave folder of its path
 * source, else the folder whose number is its sync-wave.
 */
function applicationLocation(m: Record<string, any>, waveFolders: Map<number, string>): Location | undefined {
  const sources: any[] = m.spec?.sources ?? (m.spec?.source ? [m.spec.source] : []);
  for (const s of sources) {
    const parts = typeof s?.path === 'string' ? s.path.split('/') : [];
    if (parts.length >= 4 && /^\d\d-/.test(parts[2])) return { wave: parts[2], app: m.metadata.name };
  }
  const wave = Number(m.metadata.annotations?.[SYNC_WAVE]);
  if (!Number.isInteger(wave)) return undefined;
  return { wave: waveFolders.get(wave) ?? `wave ${wave}`, app: m.metadata.name };
}

/**
 * The entries of a tree: one per resource, one per non-manifest file; README.md is derived and left out, and
 * so are the files `skip` names (still counted as wave folders).
 */
export function entriesOf(tree: Tree, skip?: ReadonlySet<string>): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const waveFolders = new Map<number, string>();
  for (const f of tree.keys()) {
    const m = /^(\d\d)-[^/]+/.exec(f);
    if (m) waveFolders.set(Number(m[1]), m[0]);
  }
  for (const [file, content] of tree) {
    if (file === 'README.md' || skip?.has(file)) continue;
    let docs: unknown[] | undefined;
    if (/\.ya?ml$/.test(file) && !file.split('/').includes('helm')) {
      try {
        docs = yaml.loadAll(content).filter((d) => d !== null && d !== undefined);
      } catch {
        docs = undefined;
      }
    }
    if (docs?.length && docs.every(isManifest)) {
      for (const m of docs as Record<string, any>[]) {
        const id = `${groupOf(m.apiVersion)}/${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;
        const location = (file.startsWith('apps/') && m.kind === 'Application' && applicationLocation(m, waveFolders)) || locationOfPath(file);
        out.set(id, { id, label: resourceLabel(m), kind: m.kind, file, location, text: dumpYaml(m), manifest: m });
      }
    } else {
      out.set(`file:${file}`, { id: `file:${file}`, label: file, kind: 'File', file, location: locationOfPath(file), text: content });
    }
  }
  return out;
}

/** Compares the environments of two sets of trees (an environment may exist on one side only). */
export function compareTrees(base: Trees, head: Trees): TreeDiff {
  const envs = [...new Set([...base.keys(), ...head.keys()])].sort();
  const environments: EnvironmentDiff[] = [];
  const flags: RiskFlag[] = [];
  for (const env of envs) {
    const same = sameFiles(base.get(env), head.get(env));
    const b = entriesOf(base.get(env) ?? new Map(), same);
    const h = entriesOf(head.get(env) ?? new Map(), same);
    const status = !base.has(env) ? 'added' : !head.has(env) ? 'removed' : 'both';
    const changes: Change[] = [];
    for (const [id, entry] of h) {
      const old = b.get(id);
      if (!old) changes.push({ env, type: 'added', head: entry });
      else if (old.text !== entry.text || !sameLocation(old.location, entry.location)) changes.push({ env, type: 'changed', base: old, head: entry });
    }
    for (const [id, entry] of b) if (!h.has(id)) changes.push({ env, type: 'removed', base: entry });
    changes.sort(byLocationThenLabel);
    environments.push({ env, status, changes });
    if (status === 'added') flags.push({ env, category: 'environment', message: 'new environment: every resource is added' });
    if (status === 'removed') flags.push({ env, category: 'environment', message: `environment removed: dist/${env}/ goes; the cluster keeps what Argo CD last synced until its root application is deleted by hand` });
    flags.push(...riskFlags(env, changes));
  }
  return { environments, flags };
}

/**
 * Files byte-identical on both sides: nothing in them changed, so they are not parsed (dist/ holds ~18 MB per
 * environment; a one-value change touches a few files). An Application's row can depend on the other files'
 * wave folders: apps/ files are compared unless both sides have the same wave folders.
 */
export function sameFiles(base: Tree | undefined, head: Tree | undefined): Set<string> {
  const same = new Set<string>();
  if (!base || !head) return same;
  const apps = waveFoldersOf(base) === waveFoldersOf(head);
  for (const [file, content] of head) if ((apps || !file.startsWith('apps/')) && base.get(file) === content) same.add(file);
  return same;
}

function waveFoldersOf(tree: Tree): string {
  const folders = new Set<string>();
  for (const f of tree.keys()) {
    const m = /^\d\d-[^/]+/.exec(f);
    if (m) folders.add(m[0]);
  }
  return [...folders].sort().join('\n');
}

export function sameLocation(a: Location, b: Location): boolean {
  return a.wave === b.wave && a.app === b.app;
}

/** Row order: bootstrap, apps, the waves in number order, the environment files last. */
export function compareLocations(a: Location, b: Location): number {
  const rank = (l: Location) => (l.wave === BOOTSTRAP ? 0 : l.wave === 'apps' ? 1 : l.wave === ENVIRONMENT_FILES.wave ? 3 : 2);
  return rank(a) - rank(b) || cmp(a.wave, b.wave) || cmp(a.app, b.app);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byLocationThenLabel(x: Change, y: Change): number {
  const ex = (x.head ?? x.base)!;
  const ey = (y.head ?? y.base)!;
  return compareLocations(ex.location, ey.location) || cmp(ex.label, ey.label) || cmp(ex.id, ey.id);
}

// ---------------------------------------------------------------------------------------------- risk flags

/** Kinds whose deletion loses data or takes much more with it (`group/Kind`, core group `v1`). */
export const DESTRUCTIVE_DELETES: Record<string, string> = {
  'v1/PersistentVolumeClaim': 'its volume and data go too when the reclaim policy is Delete (the default of dynamic provisioning)',
  'v1/PersistentVolume': 'the volume is released; with reclaim policy Delete its data is gone',
  'apps/StatefulSet': 'its pods go; its PVCs stay behind (orphaned) unless the retention policy deletes them',
  'v1/Namespace': 'every object in the namespace is deleted with it, data included',
  'apiextensions.k8s.io/CustomResourceDefinition': 'every custom resource of that kind is deleted, cluster-wide',
  'postgresql.cnpg.io/Cluster': 'the PostgreSQL cluster and its volumes are deleted',
  'kafka.strimzi.io/Kafka': 'the Kafka cluster is deleted (its volumes unless deleteClaim: false)',
  'kafka.strimzi.io/KafkaNodePool': 'the node pool\'s brokers are deleted (their volumes unless deleteClaim: false)',
  'psmdb.percona.com/PerconaServerMongoDB': 'the MongoDB cluster is deleted',
  'mongodbcommunity.mongodb.com/MongoDBCommunity': 'the MongoDB replica set is deleted',
};

interface ImmutableRule {
  readonly kinds: string[];
  readonly paths: string[];
  /** Only when this holds for the base manifest (e.g. ConfigMap `immutable: true`). */
  readonly when?: (m: Record<string, any>) => boolean;
}

/** Fields the API server refuses to change in place (the sync fails with "field is immutable"). */
export const IMMUTABLE_FIELDS: ImmutableRule[] = [
  { kinds: ['apps/Deployment', 'apps/ReplicaSet', 'apps/DaemonSet'], paths: ['spec.selector'] },
  { kinds: ['apps/StatefulSet'], paths: ['spec.selector', 'spec.volumeClaimTemplates', 'spec.serviceName', 'spec.podManagementPolicy'] },
  { kinds: ['batch/Job'], paths: ['spec.selector', 'spec.template', 'spec.completionMode'] },
  { kinds: ['v1/Service'], paths: ['spec.clusterIP', 'spec.clusterIPs'] },
  { kinds: ['v1/PersistentVolumeClaim'], paths: ['spec.storageClassName', 'spec.accessModes', 'spec.volumeMode', 'spec.selector', 'spec.volumeName', 'spec.dataSource'] },
  { kinds: ['rbac.authorization.k8s.io/RoleBinding', 'rbac.authorization.k8s.io/ClusterRoleBinding'], paths: ['roleRef'] },
  { kinds: ['storage.k8s.io/StorageClass'], paths: ['provisioner', 'parameters', 'reclaimPolicy', 'volumeBindingMode'] },
  { kinds: ['v1/ConfigMap', 'v1/Secret'], paths: ['data', 'binaryData', 'stringData'], when: (m) => m.immutable === true },
];

const typeOf = (m: Record<string, any>): string => `${groupOf(m.apiVersion)}/${m.kind}`;

function get(o: unknown, dotted: string): unknown {
  let v: any = o;
  for (const k of dotted.split('.')) v = v === undefined || v === null ? undefined : v[k];
  return v;
}

/** JSON with sorted keys: two values are equal when their stable forms are. */
export function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as any)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

/** The immutable fields that differ between two versions of one resource. */
export function immutableChanges(base: Record<string, any>, head: Record<string, any>): string[] {
  const t = typeOf(base);
  return IMMUTABLE_FIELDS.filter((r) => r.kinds.includes(t) && (!r.when || r.when(base)))
    .flatMap((r) => r.paths.filter((p) => stable(get(base, p)) !== stable(get(head, p))));
}

/** `repository` → tag, digest or `tag@digest` of every image a manifest names; several tags of one repository are kept apart. */
function imagesByRepository(m: Record<string, any>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const ref of manifestImages(m as any)) {
    const at = ref.indexOf('@');
    const name = at >= 0 ? ref.slice(0, at) : ref;
    const slash = name.lastIndexOf('/');
    const colon = name.indexOf(':', slash);
    // The repository ends at its tag (`repo:1.3.0@sha256:…` → `1.3.0@sha256:…`), else at its digest.
    const cut = colon >= 0 ? colon : at >= 0 ? at : ref.length;
    const repo = ref.slice(0, cut);
    if (!out.has(repo)) out.set(repo, new Set());
    out.get(repo)!.add(ref.slice(cut + 1));
  }
  return out;
}

/** Human lines for the image changes of one resource: `repo: 1.3.0 → 1.4.0`, `+ repo:tag`, `- repo:tag`. */
export function imageChanges(base: Record<string, any> | undefined, head: Record<string, any> | undefined): string[] {
  const b = base ? imagesByRepository(base) : new Map<string, Set<string>>();
  const h = head ? imagesByRepository(head) : new Map<string, Set<string>>();
  const lines: string[] = [];
  for (const repo of [...new Set([...b.keys(), ...h.keys()])].sort()) {
    const was = [...(b.get(repo) ?? [])].sort();
    const now = [...(h.get(repo) ?? [])].sort();
    if (was.join() === now.join()) continue;
    if (was.length && now.length) lines.push(`\`${repo}\`: ${was.join(', ')} → ${now.join(', ')}`);
    else if (now.length) lines.push(`+ \`${repo}:${now.join(', ')}\``);
    else lines.push(`− \`${repo}:${was.join(', ')}\``);
  }
  return lines;
}

/** `chart@version` of every chart source of an Application. */
/** The chart and version a vendor render's inputs file names (`<app>/.helm/<release>.values.yaml`: `# chart: <name> <version> ...`). */
function renderedChart(e: Entry | undefined): { chart: string; version: string } | undefined {
  const m = e && e.kind === 'File' && e.file.includes('/.helm/') ? /^# chart: (\S+) (\S+) /m.exec(e.text) : null;
  return m ? { chart: m[1], version: m[2] } : undefined;
}

const where = (l: Location): string => (l.wave === l.app ? l.wave : `${l.wave}/${l.app}`);

export function riskFlags(env: string, changes: readonly Change[]): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const moves = new Map<string, string[]>();
  for (const c of changes) {
    const bm = c.base?.manifest;
    const hm = c.head?.manifest;
    if (c.type === 'removed' && bm) {
      const why = DESTRUCTIVE_DELETES[typeOf(bm)];
      if (why) flags.push({ env, category: 'deleted', message: `deleted ${c.base!.kind} \`${c.base!.label.slice(c.base!.kind.length + 1)}\` (${where(c.base!.location)}): ${why}` });
      if (bm.kind === 'Application' && (bm.metadata.finalizers ?? []).some((f: string) => f.startsWith('resources-finalizer.argocd.argoproj.io'))) {
        flags.push({ env, category: 'deleted', message: `deleted Application \`${bm.metadata.name}\`: its resources finalizer cascades, every resource it deployed is deleted` });
      }
    }
    if (c.type === 'changed' && bm && hm) {
      for (const p of immutableChanges(bm, hm)) {
        flags.push({ env, category: 'immutable', message: `${c.head!.kind} \`${c.head!.label.slice(c.head!.kind.length + 1)}\`: \`${p}\` is immutable; the sync fails unless the object is replaced (delete and recreate, or the \`Replace=true\` sync option)` });
      }
      if (!sameLocation(c.base!.location, c.head!.location)) {
        const key = `${where(c.base!.location)} → ${where(c.head!.location)}`;
        moves.set(key, [...(moves.get(key) ?? []), c.head!.label]);
      }
    }
    if (c.type === 'changed') {
      const lines = imageChanges(bm, hm);
      if (lines.length) flags.push({ env, category: 'image', message: `${c.head!.label}: ${lines.join('; ')}` });
      const was = renderedChart(c.base);
      const now = renderedChart(c.head);
      if (was && now && was.version !== now.version) {
        flags.push({ env, category: 'chart', message: `chart \`${now.chart}\` ${was.version} → ${now.version} (${where(c.head!.location)}): every object it renders changes as the tables below show, its CRDs included` });
      }
    }
  }
  for (const [key, labels] of moves) {
    const shown = labels.slice(0, 5).map((l) => `\`${l}\``).join(', ');
    flags.push({ env, category: 'moved', message: `${labels.length} resource(s) move ${key}: ${shown}${labels.length > 5 ? ', …' : ''} (sync order and ownership change; Argo CD prunes from the old application and creates in the new one)` });
  }
  return flags;
}
