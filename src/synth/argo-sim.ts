/**
 * An Argo CD sync simulation of one rendered environment (`dist/<env>/`, as files): does the first install
 * converge, and if not, which application waits in which wave, and why?
 *
 * What it models, after Argo CD v3 and gitops-engine:
 * - `kubectl apply -f bootstrap/` by hand, then the controller syncs every automated Application it finds;
 * - an Application is first checked against its AppProject (destination server + namespace, source repos):
 *   a failure is an InvalidSpecError, and the application is never compared;
 * - every object it would sync must be permitted (its namespace among the project's destinations, a
 *   cluster-scoped kind in the cluster resource whitelist and not in the blacklist), else the sync fails
 *   before anything is applied ("one or more synchronization tasks are not valid");
 * - the objects are applied by phase (PreSync, Sync, PostSync: `argocd.argoproj.io/hook`, or Helm's
 *   `helm.sh/hook` when there is no Argo CD hook) and by wave (`argocd.argoproj.io/sync-wave`, else
 *   `helm.sh/hook-weight`); a wave ends only when everything applied in it is healthy;
 * - an applied Application is reconciled at once (recursively: its own folder `dist/<env>/<wave>/<app>/`)
 *   and its health is what the `argoproj.io_Application` Lua check of argocd-cm says about its status;
 *   any other object is healthy once applied. The Lua runs in fengari (a Lua 5.3 VM in JavaScript, a
 *   development dependency: only tests and tools run this module).
 * Vendor charts are rendered into the folders (src/helm/): a source without a path (a chart source) is an
 * error here, as it would be in review. Not modelled: retries, pruning, real health of workloads.
 */
import * as path from 'path';
import * as yaml from 'js-yaml';
import { CLUSTER_SECRET_TYPE_LABEL, ClusterParams, fillTemplate, selectorMatches } from '../constructs/application-set';
import { groupOf, isClusterScoped } from './scope';
import { TextMemo } from './text-memo';

export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';
export const HOOK_ANNOTATION = 'argocd.argoproj.io/hook';
export const HELM_HOOK_ANNOTATION = 'helm.sh/hook';
export const HELM_HOOK_WEIGHT_ANNOTATION = 'helm.sh/hook-weight';
/** The argocd-cm key of the Application health check. */
export const APPLICATION_HEALTH_KEY = 'resource.customizations.health.argoproj.io_Application';

export interface SimObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly annotations?: Record<string, string>; readonly [k: string]: unknown };
  readonly spec?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly [k: string]: unknown;
}

/** One source of an Application, as Argo CD reads it. */
export interface SimSource { readonly repoURL: string; readonly path?: string; readonly chart?: string; readonly targetRevision?: string }

export type Phase = 'PreSync' | 'Sync' | 'PostSync';
const PHASES: readonly Phase[] = ['PreSync', 'Sync', 'PostSync'];
/** Helm hooks gitops-engine runs, and the phase it runs them in (pkg/sync/hook/helm/type.go); others are never applied. */
const HELM_HOOK_PHASES: Record<string, Phase> = { 'pre-install': 'PreSync', 'pre-upgrade': 'PreSync', 'post-install': 'PostSync', 'post-upgrade': 'PostSync' };
const ARGO_HOOK_TYPES = new Set(['PreSync', 'Sync', 'PostSync', 'Skip', 'SyncFail', 'PreDelete', 'PostDelete']);

/**
 * The manifests of one file, parsed once per text: a simulation reads ~18 MB of YAML per environment, and
 * tests simulate the same files many times with one changed. The objects are never changed by a simulation.
 */
const parsed = new TextMemo<SimObject[]>();
function manifestsOf(text: string): SimObject[] {
  return parsed.of(text, () => yaml.loadAll(text).filter((d): d is SimObject => !!d && typeof d === 'object' && 'kind' in d && 'apiVersion' in d));
}

export interface Health { readonly status: string; readonly message: string }

/** The part of an Application's `.status` the health check reads. */
export interface AppStatus {
  readonly sync: { readonly status: 'Synced' | 'OutOfSync' | 'Unknown'; readonly comparedTo?: { readonly source?: SimSource; readonly sources?: SimSource[] } };
  readonly health?: { readonly status: string; readonly message?: string };
  readonly operationState?: { readonly phase: 'Running' | 'Succeeded' | 'Failed'; readonly message?: string };
  readonly conditions?: { readonly type: string; readonly message: string }[];
}

/** Why an application does not finish: the application, where its sync stopped, and the cause. */
export interface Stuck {
  readonly app: string;
  /** Phase and wave the sync waits in; none when the sync never started (invalid spec or sources). */
  readonly phase?: Phase;
  readonly wave?: number;
  readonly reason: string;
  /** The child application that holds this one back, when that is the cause. */
  readonly cause?: Stuck;
}

export interface SimResult {
  /** Every automated application synced and healthy, the root first. */
  readonly ok: boolean;
  /** Set when not ok. */
  readonly stuck?: Stuck;
  /** `stuck` as one line: each application and its wave, down to the cause. */
  readonly reason?: string;
  /** Applications synced, in the order their syncs finished. */
  readonly synced: readonly string[];
  /** Applications without automated sync: created, not synced (synced by hand afterwards when asked). */
  readonly manual: readonly string[];
  /** What happened, one line a step. */
  readonly log: readonly string[];
  /** Applications the ApplicationSets generated (cluster generator), in the order generated. */
  readonly generated: readonly SimObject[];
}

export interface ArgoSimOptions {
  /**
   * The Lua of argocd-cm's `resource.customizations.health.argoproj.io_Application`.
   * @default - read from `bootstrap/helm/argocd.values.yaml` (`configs.cm`): what Argo CD is installed with
   */
  readonly applicationHealthLua?: string;
  /**
   * After the root has finished, sync every manual application by hand (as a person would wave 90).
   * @default true
   */
  readonly syncManualApps?: boolean;
  /**
   * The folder a person applies by hand.
   * @default - `bootstrap`, else (a fleet, src/synth/fleet.ts) the one `<cluster>/bootstrap` holding an Application
   */
  readonly bootstrapFolder?: string;
}

/** The manifests of a rendered environment: relative path below `dist/<env>/` → YAML text. */
export type RenderedFiles = ReadonlyMap<string, string>;

/** Simulates bootstrap and the first sync of one environment. `env` names `dist/<env>/`. */
export function simulateArgoSync(env: string, files: RenderedFiles, options: ArgoSimOptions = {}): SimResult {
  return new ArgoSim(env, files, options).run();
}

/** `stuck` as one line, outermost application first. */
export function describeStuck(s: Stuck): string {
  const where = s.wave === undefined ? '' : ` (${s.phase} wave ${s.wave})`;
  return `${s.app}${where}: ${s.reason}${s.cause ? ` <- ${describeStuck(s.cause)}` : ''}`;
}

interface Task { readonly obj: SimObject; readonly phase: Phase; readonly wave: number }
interface Project { readonly name: string; readonly spec: any } // eslint-disable-line @typescript-eslint/no-explicit-any

class ArgoSim {
  private readonly folders = new Map<string, SimObject[]>();
  private readonly lua: string;
  /** Live Applications and their status, by name (all live in argocd). */
  private readonly apps = new Map<string, { obj: SimObject; status?: AppStatus }>();
  private readonly projects = new Map<string, Project>();
  private readonly running = new Set<string>();
  private readonly synced: string[] = [];
  private readonly manual: string[] = [];
  private readonly log: string[] = [];
  /** Clusters registered by cluster Secrets (here: the VaultStaticSecrets that write them), by name. */
  private readonly clusters = new Map<string, ClusterParams>();
  private readonly generated: SimObject[] = [];
  private readonly bootstrapFolder: string;

  constructor(private readonly env: string, files: RenderedFiles, private readonly options: ArgoSimOptions) {
    for (const [file, text] of files) {
      // A directory source reads the folder's own *.yaml / *.yml / *.json (recurse: false); top-level files are no
      // manifests, and a render's inputs (`.helm/`) sit in a subfolder no Application reads.
      if (!/\.(ya?ml|json)$/.test(file) || !file.includes('/') || file.includes('/.helm/')) continue;
      const docs = manifestsOf(text);
      const folder = path.posix.dirname(file);
      this.folders.set(folder, [...(this.folders.get(folder) ?? []), ...docs]);
    }
    this.bootstrapFolder = options.bootstrapFolder ?? (this.folders.has('bootstrap') ? 'bootstrap'
      : [...this.folders.keys()].find((f) => /^[^/]+\/bootstrap$/.test(f) && this.folders.get(f)!.some(isApplication)) ?? 'bootstrap');
    this.lua = options.applicationHealthLua ?? readHealthLua(files, this.bootstrapFolder);
  }

  run(): SimResult {
    const bootstrap = this.folders.get(this.bootstrapFolder) ?? [];
    this.log.push(`kubectl apply -f dist/${this.env}/${this.bootstrapFolder}/: ${bootstrap.map(key).join(', ')}`);
    for (const o of bootstrap) this.applyObject(o);
    const roots = bootstrap.filter(isApplication);
    if (!roots.length) return this.result({ app: '(bootstrap)', reason: 'bootstrap/ holds no Application: nothing would sync' });
    for (const root of roots) {
      const stuck = this.reconcile(root.metadata.name);
      if (stuck) return this.result(stuck);
    }
    if (this.options.syncManualApps ?? true) {
      for (const name of [...this.manual]) {
        this.log.push(`sync ${name} by hand`);
        const stuck = this.sync(name);
        if (stuck) return this.result(stuck);
      }
    }
    return this.result();
  }

  private result(stuck?: Stuck): SimResult {
    return { ok: !stuck, stuck, reason: stuck && describeStuck(stuck), synced: this.synced, manual: this.manual, log: this.log, generated: this.generated };
  }

  private applyObject(o: SimObject): void {
    const cluster = clusterSecretOf(o);
    if (cluster) {
      this.clusters.set(cluster.name, cluster);
      this.log.push(`cluster ${cluster.name} registered (${cluster.server})`);
    }
    if (o.kind === 'AppProject') this.projects.set(o.metadata.name, { name: o.metadata.name, spec: o.spec });
    if (isApplication(o)) {
      const live = this.apps.get(o.metadata.name);
      this.apps.set(o.metadata.name, { obj: o, status: live?.status });
    }
  }

  /** What the controller does with a new or changed Application: compare it, and sync it when automated. */
  private reconcile(name: string): Stuck | undefined {
    if (this.running.has(name)) return undefined; // its own sync is under way: the apply changed nothing to do
    const app = this.apps.get(name)!;
    const invalid = this.invalidSpec(app.obj);
    if (invalid) {
      app.status = { sync: { status: 'Unknown' }, conditions: [{ type: 'InvalidSpecError', message: invalid }] };
      this.log.push(`${name}: InvalidSpecError: ${invalid}`);
      return { app: name, reason: `InvalidSpecError: ${invalid} (never compared)` };
    }
    if (!app.obj.spec?.syncPolicy?.automated) {
      app.status = { sync: { status: 'OutOfSync', comparedTo: comparedTo(app.obj) }, health: { status: 'Missing' } };
      if (!this.manual.includes(name)) this.manual.push(name);
      this.log.push(`${name}: OutOfSync, manual sync`);
      return undefined;
    }
    return this.sync(name);
  }

  /** One sync operation of an application whose spec is valid. */
  private sync(name: string): Stuck | undefined {
    const app = this.apps.get(name)!;
    const spec = app.obj.spec;
    const objects: SimObject[] = [];
    for (const s of sourcesOf(app.obj)) {
      if (s.path !== undefined) {
        const folder = this.folderOf(s.path);
        const docs = folder === undefined ? undefined : this.folders.get(folder);
        if (!docs?.length) {
          const message = `ComparisonError: path ${s.path} holds no manifests`;
          app.status = { sync: { status: 'Unknown' }, conditions: [{ type: 'ComparisonError', message }] };
          return { app: name, reason: message };
        }
        objects.push(...docs);
      } else {
        const message = `ComparisonError: source ${s.repoURL} ${s.chart ?? ''} has no path: vendor charts are rendered into dist/, never handed to Argo CD`;
        app.status = { sync: { status: 'Unknown' }, conditions: [{ type: 'ComparisonError', message }] };
        return { app: name, reason: message };
      }
    }
    const destination = { server: spec.destination.server as string, namespace: spec.destination.namespace as string };
    // Argo CD puts namespaced objects without a namespace into the destination namespace.
    const targets = objects.map((o) => (isClusterScoped(o.apiVersion, o.kind) || o.metadata.namespace
      ? o : { ...o, metadata: { ...o.metadata, namespace: destination.namespace } }));

    this.running.add(name);
    app.status = { sync: { status: 'OutOfSync', comparedTo: comparedTo(app.obj) }, operationState: { phase: 'Running' } };
    const project = this.projects.get(spec.project)!;
    const denied = targets.map((o) => this.notPermitted(o, project, destination.server)).filter((d): d is string => !!d);
    if (denied.length) return this.fail(name, `one or more synchronization tasks are not valid: ${denied.join('; ')}`);

    const tasks = targets.flatMap((obj) => phasesOf(obj).map((phase) => ({ obj, phase, wave: waveOf(obj) })));
    const steps = new Map<string, Task[]>();
    for (const t of [...tasks].sort(byPhaseAndWave)) {
      const k = `${t.phase} ${t.wave}`;
      steps.set(k, [...(steps.get(k) ?? []), t]);
    }
    for (const step of steps.values()) {
      const { phase, wave } = step[0];
      this.log.push(`${name}: ${phase} wave ${wave}: apply ${step.map((t) => key(t.obj)).join(', ')}`);
      for (const t of step) this.applyObject(t.obj);
      // The ApplicationSet controller generates its Applications at once; nothing waits for them (no sync-wave),
      // but each must converge.
      for (const t of step.filter((x) => x.obj.kind === 'ApplicationSet')) {
        for (const generated of this.generate(t.obj)) {
          const stuck = this.reconcile(generated.metadata.name);
          if (stuck) {
            this.running.delete(name);
            return { app: name, phase, wave, reason: `ApplicationSet ${t.obj.metadata.name} generated Application ${generated.metadata.name}, which does not converge`, cause: stuck };
          }
        }
      }
      // Applied Applications are reconciled by the controller while this sync waits for the wave's health.
      for (const t of step.filter((x) => isApplication(x.obj))) {
        const child = t.obj.metadata.name;
        const stuck = this.reconcile(child);
        const health = this.health(child);
        if (health.status !== 'Healthy') {
          const itself = child === name || this.running.has(child) ? ` (it is being synced: ${child === name ? 'this application manages itself' : 'a cycle'}, and only \`lumen.dev/health-gate: skip\` keeps it from waiting for its own sync)` : '';
          app.status = { ...app.status, operationState: { phase: 'Running', message: `waiting for healthy state of argoproj.io/Application/${child}` } };
          this.running.delete(name);
          return { app: name, phase, wave, reason: `Application ${child} is ${health.status}: ${health.message}${itself}`, cause: stuck };
        }
      }
    }
    this.running.delete(name);
    app.status = { sync: { status: 'Synced', comparedTo: comparedTo(app.obj) }, health: { status: 'Healthy' }, operationState: { phase: 'Succeeded' } };
    this.synced.push(name);
    this.log.push(`${name}: Synced, Healthy`);
    return undefined;
  }

  /**
   * The cluster generator: one Application per registered cluster whose Secret's labels match, applied. The
   * pull-request generator (previews) generates nothing here: the simulation is a first install, before any
   * pull request is open (test/charts/previews.spec.ts renders what it generates for one).
   */
  private generate(appSet: SimObject): SimObject[] {
    const out: SimObject[] = [];
    for (const g of appSet.spec?.generators ?? []) {
      if (g.pullRequest) {
        this.log.push(`ApplicationSet ${appSet.metadata.name}: no pull request open, nothing generated`);
        continue;
      }
      if (!g.clusters) throw new Error(`ApplicationSet ${appSet.metadata.name}: only the cluster and pull-request generators are simulated, found ${Object.keys(g).join(', ')}`);
      const matchLabels = g.clusters.selector?.matchLabels ?? {};
      for (const c of [...this.clusters.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (!selectorMatches(matchLabels, c.labels)) continue;
        const app = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...fillTemplate(appSet.spec.template, c) } as SimObject;
        this.log.push(`ApplicationSet ${appSet.metadata.name}: generate ${key(app)} for cluster ${c.name}`);
        this.applyObject(app);
        this.generated.push(app);
        out.push(app);
      }
    }
    return out;
  }

  private fail(name: string, message: string): Stuck {
    const app = this.apps.get(name)!;
    app.status = { ...app.status!, operationState: { phase: 'Failed', message } };
    this.running.delete(name);
    this.log.push(`${name}: sync Failed: ${message}`);
    return { app: name, reason: `sync failed: ${message}` };
  }

  /** The Application health check of argocd-cm on the live Application. */
  private health(name: string): Health {
    const { obj, status } = this.apps.get(name)!;
    return runLuaHealth(this.lua, status ? { ...obj, status } : obj);
  }

  /** Argo CD's InvalidSpecError checks against the AppProject: project, destination, source repositories. */
  private invalidSpec(app: SimObject): string | undefined {
    const project = this.projects.get(app.spec?.project);
    if (!project) return `application references project ${app.spec?.project} which does not exist`;
    const dst = app.spec.destination ?? {};
    if (!destinationPermitted(project, dst.server, dst.namespace ?? '')) {
      return `application destination server '${dst.server}' and namespace '${dst.namespace ?? ''}' do not match any of the allowed destinations in project '${project.name}'`;
    }
    for (const s of sourcesOf(app)) {
      if (!listPermits(project.spec.sourceRepos ?? [], s.repoURL)) return `application repo ${s.repoURL} is not permitted in project '${project.name}'`;
    }
    return undefined;
  }

  /** gitops-engine's permission validator, as Argo CD configures it: kind, then namespace. */
  private notPermitted(o: SimObject, project: Project, server: string): string | undefined {
    const group = groupOf(o.apiVersion) === 'v1' ? '' : groupOf(o.apiVersion);
    const inList = (list: { group?: string; kind?: string }[] | undefined) =>
      (list ?? []).some((r) => globMatch(r.group ?? '', group) && globMatch(r.kind ?? '', o.kind));
    const p = project.spec;
    if (isClusterScoped(o.apiVersion, o.kind)) {
      if (!inList(p.clusterResourceWhitelist) || inList(p.clusterResourceBlacklist)) {
        return `resource ${group}:${o.kind} is not permitted in project ${project.name}`;
      }
      return undefined;
    }
    if (inList(p.namespaceResourceBlacklist) || (p.namespaceResourceWhitelist?.length && !inList(p.namespaceResourceWhitelist))) {
      return `resource ${group}:${o.kind} is not permitted in project ${project.name}`;
    }
    if (!destinationPermitted(project, server, o.metadata.namespace!)) {
      return `namespace ${o.metadata.namespace} is not permitted in project '${project.name}' (${o.kind} ${o.metadata.name})`;
    }
    return undefined;
  }

  /** `dist/<env>/<folder>` → `<folder>`; undefined outside this environment. */
  private folderOf(sourcePath: string): string | undefined {
    const prefix = `dist/${this.env}/`;
    return sourcePath.startsWith(prefix) ? sourcePath.slice(prefix.length).replace(/\/+$/, '') : undefined;
  }
}

/**
 * A cluster Secret as the objects in Git describe it: a Secret labelled `argocd.argoproj.io/secret-type:
 * cluster` (name and server from stringData), or a VaultStaticSecret whose destination carries that label
 * (name and server from its transformation templates: plain text, the credentials come from Vault).
 */
function clusterSecretOf(o: SimObject): ClusterParams | undefined {
  if (o.kind === 'VaultStaticSecret' && o.apiVersion.startsWith('secrets.hashicorp.com/')) {
    const d = o.spec?.destination ?? {};
    const labels: Record<string, string> = d.labels ?? {};
    if (labels[CLUSTER_SECRET_TYPE_LABEL] !== 'cluster') return undefined;
    const t = d.transformation?.templates ?? {};
    return { name: t.name?.text, server: t.server?.text, labels };
  }
  const labels = (o.metadata.labels ?? {}) as Record<string, string>;
  if (o.kind === 'Secret' && labels[CLUSTER_SECRET_TYPE_LABEL] === 'cluster') {
    const data = (o as any).stringData ?? {}; // eslint-disable-line @typescript-eslint/no-explicit-any
    return { name: data.name, server: data.server, labels };
  }
  return undefined;
}

function isApplication(o: SimObject): boolean {
  return o.kind === 'Application' && o.apiVersion.startsWith('argoproj.io/');
}

function key(o: SimObject): string {
  return `${o.kind}/${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
}

function sourcesOf(app: SimObject): SimSource[] {
  return app.spec?.sources ?? (app.spec?.source ? [app.spec.source] : []);
}

function comparedTo(app: SimObject): { source?: SimSource; sources?: SimSource[] } {
  return app.spec?.sources ? { sources: app.spec.sources } : { source: app.spec?.source };
}

/** The phases an object is applied in (gitops-engine pkg/sync/hook): none for `Skip`, unmapped Helm hooks or delete hooks. */
export function phasesOf(o: SimObject): Phase[] {
  const annotations = o.metadata.annotations ?? {};
  const csv = (v: string | undefined) => (v ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const argo = csv(annotations[HOOK_ANNOTATION]).filter((t) => ARGO_HOOK_TYPES.has(t));
  // An Argo CD hook annotation wins over Helm's; `Skip` alone means "do not apply".
  const types = argo.length ? argo : csv(annotations[HELM_HOOK_ANNOTATION]).map((t) => HELM_HOOK_PHASES[t]).filter(Boolean);
  const isHook = HOOK_ANNOTATION in annotations
    ? !(argo.length === 1 && argo[0] === 'Skip')
    : HELM_HOOK_ANNOTATION in annotations && annotations[HELM_HOOK_ANNOTATION] !== 'crd-install';
  if (HOOK_ANNOTATION in annotations && !isHook) return [];
  if (!isHook) return ['Sync'];
  return PHASES.filter((p) => types.includes(p)); // SyncFail and delete hooks never run in a sync that succeeds
}

/** Sync wave (gitops-engine pkg/sync/syncwaves): the Argo CD annotation, else the Helm hook weight, else 0. */
export function waveOf(o: SimObject): number {
  const annotations = o.metadata.annotations ?? {};
  for (const k of [SYNC_WAVE_ANNOTATION, HELM_HOOK_WEIGHT_ANNOTATION]) {
    const v = annotations[k];
    if (v !== undefined && /^[-+]?\d+$/.test(v.trim())) return Number(v);
  }
  return 0;
}

function byPhaseAndWave(a: Task, b: Task): number {
  return PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || a.wave - b.wave;
}

/** Each glob's expression, compiled once (a simulation matches every object against the project's lists). */
const globs = new Map<string, RegExp>();

/** A glob of Argo CD's project fields: `*` any run of characters, `?` one. */
export function globMatch(pattern: string, value: string): boolean {
  let re = globs.get(pattern);
  if (!re) globs.set(pattern, (re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`)));
  return re.test(value);
}

/** A list of globs where `!pattern` denies: denied by any negation, else permitted by any positive entry. */
function listPermits(patterns: string[], value: string): boolean {
  if (patterns.some((p) => p.startsWith('!') && globMatch(p.slice(1), value))) return false;
  return patterns.some((p) => !p.startsWith('!') && globMatch(p, value));
}

/** AppProject.IsDestinationPermitted: one destination entry must match both server and namespace (an empty namespace matches only `*`). */
function destinationPermitted(project: Project, server: string, namespace: string): boolean {
  const destinations: { server?: string; namespace?: string }[] = project.spec.destinations ?? [];
  const denied = destinations.some((d) => d.namespace?.startsWith('!') && globMatch(d.server ?? '', server) && globMatch(d.namespace.slice(1), namespace));
  return !denied && destinations.some((d) => !d.namespace?.startsWith('!') && globMatch(d.server ?? '', server) && globMatch(d.namespace ?? '', namespace));
}

/** The Application health check Argo CD is installed with: argocd-cm's entry in the bootstrap values. */
function readHealthLua(files: RenderedFiles, bootstrapFolder: string): string {
  const values = files.get(`${bootstrapFolder}/helm/argocd.values.yaml`);
  const lua = values ? (yaml.load(values) as { configs?: { cm?: Record<string, string> } })?.configs?.cm?.[APPLICATION_HEALTH_KEY] : undefined;
  if (!lua) {
    throw new Error(`argocd-cm has no '${APPLICATION_HEALTH_KEY}' in bootstrap/helm/argocd.values.yaml: Application health is off (Argo CD >= 1.8) and waves gate nothing`);
  }
  return lua;
}

/** A Lua state per health-check script with the script compiled once (a simulation runs each check thousands of times). */
const luaChecks = new Map<string, { L: unknown; ref: number }>();

/**
 * Runs an argocd-cm health check as Argo CD does: the object is the global `obj` (a Lua table), the script
 * returns `{ status, message }`.
 */
export function runLuaHealth(script: string, obj: unknown): Health {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lua, lauxlib, lualib, to_luastring, to_jsstring } = require('fengari');
  let check = luaChecks.get(script);
  if (!check) {
    const state = lauxlib.luaL_newstate();
    lualib.luaL_openlibs(state);
    if (lauxlib.luaL_loadstring(state, to_luastring(script)) !== lua.LUA_OK) throw new Error(to_jsstring(lua.lua_tostring(state, -1)));
    check = { L: state, ref: lauxlib.luaL_ref(state, lua.LUA_REGISTRYINDEX) };
    luaChecks.set(script, check);
  }
  const L = check.L;
  const toLua = (v: unknown): void => {
    if (v === null || v === undefined) lua.lua_pushnil(L);
    else if (typeof v === 'string') lua.lua_pushstring(L, to_luastring(v));
    else if (typeof v === 'number') lua.lua_pushnumber(L, v);
    else if (typeof v === 'boolean') lua.lua_pushboolean(L, v);
    else if (Array.isArray(v)) {
      lua.lua_createtable(L, v.length, 0);
      v.forEach((x, i) => { toLua(x); lua.lua_rawseti(L, -2, i + 1); });
    } else {
      lua.lua_createtable(L, 0, 0);
      for (const [k, x] of Object.entries(v as object)) { toLua(x); lua.lua_setfield(L, -2, to_luastring(k)); }
    }
  };
  try {
    toLua(obj);
    lua.lua_setglobal(L, to_luastring('obj'));
    lua.lua_rawgeti(L, lua.LUA_REGISTRYINDEX, check.ref);
    if (lua.lua_pcall(L, 0, 1, 0) !== lua.LUA_OK) throw new Error(to_jsstring(lua.lua_tostring(L, -1)));
    lua.lua_getfield(L, -1, to_luastring('status'));
    const status = to_jsstring(lua.lua_tostring(L, -1));
    lua.lua_getfield(L, -2, to_luastring('message'));
    const message = to_jsstring(lua.lua_tostring(L, -1));
    return { status, message };
  } finally {
    lua.lua_settop(L, 0);
  }
}
