import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import * as yaml from 'js-yaml';
import type { EnvConfig, Resources } from '../config/schema';
import { ARGOCD_NAMESPACE } from '../constructs/argo-application';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { standardLabels, workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { helperResources } from '../constructs/resources';
import { allowFlow, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { VaultNamespaceAuth, VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { MIRRORED_REGISTRIES } from '../synth/inventory';

/** Gitea 1.24.6 (rootless image), chart gitea 12.4.0 (gitea.com/gitea/helm-gitea): the chart's appVersion. */
export const GITEA_VERSION = '1.24.6';
export const GITEA_CHART_VERSION = '12.4.0';
/** Gitea's own PostgreSQL (the chart's Bitnami subchart; its images moved to bitnamilegacy in 2025). */
export const GITEA_POSTGRES_IMAGE = { repository: 'bitnamilegacy/postgresql', tag: '17.6.0-debian-12-r4' } as const;
/** act_runner, the Gitea Actions runner: its binary is the base of the CI runner image (README, "Images the connected zone builds"). */
export const ACT_RUNNER_VERSION = '0.2.11';
/** Node 20 of the runner image: what this repository's workflows need (npm ci, synth, test). */
export const RUNNER_NODE_VERSION = '20.20';
/**
 * The signing pipeline's tools in the runner image (.gitea/workflows/build-sign-promote.yml, README "Signed
 * images"): trivy scans, crane pushes an OCI layout and prints its digest, cosign signs it (v2: the classic
 * `sha256-<digest>.sig` signature policy-controller v0.13.1 reads for a key; v3 would write a bundle by default).
 */
export const SIGNING_TOOLS = { trivy: '0.74.0', crane: 'v0.21.9', cosign: 'v2.6.1' } as const;
/** The recipe's revision, in the tag: 2 added SIGNING_TOOLS (the Dockerfile in the README). */
export const RUNNER_IMAGE_REVISION = 2;
/**
 * The CI runner image, first-party (`lumen/`: built by the connected zone, images.txt says `built`): the
 * act_runner binary, Node 20.20, git, promtool and amtool (Debian's prometheus and prometheus-alertmanager
 * packages: `npm test` cannot download them in the air gap), buildctl, and trivy, crane and cosign. Jobs run inside it (host mode).
 */
export const RUNNER_IMAGE = { repository: 'lumen/ci-runner', tag: `${ACT_RUNNER_VERSION}-node${RUNNER_NODE_VERSION}-${RUNNER_IMAGE_REVISION}` } as const;
/**
 * trivy's vulnerability databases, OCI artifacts the connected zone copies into the internal registry (`oras cp`
 * or `crane cp`, same path) and the build jobs read with `--db-repository` / `--java-db-repository`.
 */
export const TRIVY_DBS = [{ repository: 'aquasecurity/trivy-db', tag: '2' }, { repository: 'aquasecurity/trivy-java-db', tag: '1' }] as const;
/** Rootless BuildKit: the image builder of the `lumen-build` jobs, in its own namespace (README, "CI runners and image builds"). */
export const BUILDKIT_VERSION = 'v0.25.1';
export const BUILDKIT_IMAGE = { repository: 'moby/buildkit', tag: `${BUILDKIT_VERSION}-rootless` } as const;

/** The runner pools of the `gitea-runner` namespace: one StatefulSet each. Only `act-runner-build` may reach buildkitd. */
export type RunnerPool = 'act-runner' | 'act-runner-build';
export interface RunnerLabel {
  /** The StatefulSet whose runners offer the label. */
  readonly pool: RunnerPool;
  /** What the label's jobs may do, for README and reviewers. */
  readonly purpose: string;
}
/**
 * The runner labels (act_runner `<label>:host`: jobs run as processes of the runner's own restricted container,
 * in the runner image): the one list a workflow's `runs-on` must come from, and what each runner pool
 * registers. No label runs a job in a container: there is no Docker daemon anywhere.
 */
export const RUNNER_LABELS: Readonly<Record<string, RunnerLabel>> = Object.freeze({
  'lumen-node20': { pool: 'act-runner', purpose: 'npm jobs: install, synth, test, validate, diff' },
  'lumen-build': { pool: 'act-runner-build', purpose: 'image builds: buildctl against the rootless buildkitd (BUILDKIT_HOST)' },
});
/** The labels of one runner pool, sorted. */
export function poolLabels(pool: RunnerPool): string[] {
  return Object.entries(RUNNER_LABELS).filter(([, l]) => l.pool === pool).map(([label]) => label).sort();
}

/** The runner image in the environment's registry: the image of every label's jobs. */
export function runnerImage(config: EnvConfig): ImageRef {
  return internalImage(config.registry.host, RUNNER_IMAGE.repository, RUNNER_IMAGE.tag);
}

/** Each runner label's job image in the environment's registry (host mode: the runner image itself). */
export function runnerJobImages(config: EnvConfig): Record<string, ImageRef> {
  return Object.fromEntries(Object.keys(RUNNER_LABELS).map((label) => [label, runnerImage(config)]));
}

export const GITEA_NAMESPACE = 'gitea';
export const GITEA_RUNNER_NAMESPACE = 'gitea-runner';
/** rootless buildkitd: the one namespace whose Pod Security level must be `privileged` for CI (README). */
export const BUILDKIT_NAMESPACE = 'gitea-buildkit';
export const BUILDKIT_PORT = 1234;
export const BUILDKIT_POD_LABELS: Readonly<Record<string, string>> = Object.freeze({ app: 'buildkitd' });
/** What `lumen-build` jobs' buildctl dials (runner.envs BUILDKIT_HOST). */
export const BUILDKIT_HOST = `tcp://buildkitd.${BUILDKIT_NAMESPACE}.svc.cluster.local:${BUILDKIT_PORT}`;
/** The chart's HTTP Service (`<release>-http`): Git over HTTP, the API, the Helm package registry. */
export const GITEA_HTTP_SERVICE = 'gitea-http';
export const GITEA_HTTP_PORT = 3000;
/** In-cluster base URL: what overlays' git.repoURL points at. */
export const GITEA_URL = `http://${GITEA_HTTP_SERVICE}.${GITEA_NAMESPACE}.svc.cluster.local:${GITEA_HTTP_PORT}`;
export const GITEA_POD_LABELS: Readonly<Record<string, string>> = Object.freeze({ 'app.kubernetes.io/name': 'gitea', 'app.kubernetes.io/instance': 'gitea' });
export const GITEA_POSTGRES_POD_LABELS = Object.freeze({ 'app.kubernetes.io/name': 'postgresql', 'app.kubernetes.io/instance': 'gitea' });

/**
 * Secrets the Gitea chart reads by name. Created by hand at bootstrap (Gitea runs before Argo CD and VSO:
 * README), then taken over by VSO from Vault (gitea-config, `overwrite`).
 */
export const GITEA_ADMIN_SECRET = 'gitea-admin';
export const GITEA_ADMIN_SECRET_PATH = 'gitea/admin';
export const GITEA_POSTGRES_SECRET = 'gitea-postgresql';
export const GITEA_POSTGRES_SECRET_PATH = 'gitea/postgresql';
/** The chart's data volume (persistence.claimName's default): repositories, LFS, packages, attachments. */
export const GITEA_DATA_PVC = 'gitea-shared-storage';
/** The chart's PostgreSQL Service (database and user `gitea`). */
export const GITEA_POSTGRES_SERVICE = 'gitea-postgresql';
/** act_runner's registration token (key `token`), from `gitea actions generate-runner-token`. */
export const ACT_RUNNER_TOKEN_SECRET = 'act-runner-token';
export const ACT_RUNNER_TOKEN_SECRET_PATH = 'gitea/runner';
/** The pods of one runner pool (`app: <pool>`). */
export function runnerPodLabels(pool: RunnerPool): Record<string, string> {
  return { app: pool };
}

/**
 * A StatefulSet whose volumeClaimTemplates carry apiVersion/kind (the gate's schema wants them typed as
 * PersistentVolumeClaim manifests; the API server accepts both). The L1 class would drop them.
 */
function statefulSet(scope: Construct, id: string, props: k8s.KubeStatefulSetProps): ApiObject {
  const manifest = k8s.KubeStatefulSet.manifest(props);
  manifest.spec.volumeClaimTemplates = manifest.spec.volumeClaimTemplates?.map((t: object) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', ...t }));
  return new ApiObject(scope, id, manifest);
}

/** The parts of app.ini we set (the chart writes them through environment-to-ini). */
export function giteaAppIni(): Record<string, Record<string, string | number | boolean>> {
  return {
    server: {
      DOMAIN: `${GITEA_HTTP_SERVICE}.${GITEA_NAMESPACE}.svc.cluster.local`,
      ROOT_URL: `${GITEA_URL}/`,
      HTTP_PORT: GITEA_HTTP_PORT,
      DISABLE_SSH: true,
      START_SSH_SERVER: false,
      // No avatars or fonts from a CDN: the cluster has no internet.
      OFFLINE_MODE: true,
    },
    database: { DB_TYPE: 'postgres' },
    security: { INSTALL_LOCK: true },
    service: { DISABLE_REGISTRATION: true, REQUIRE_SIGNIN_VIEW: true, DEFAULT_KEEP_EMAIL_PRIVATE: true },
    repository: { DEFAULT_BRANCH: 'main' },
    // The package registry: the npm packages the workflows install (NPM_CONFIG_REGISTRY).
    packages: { ENABLED: true },
    // `uses:` resolves against this Gitea, never github.com.
    actions: { ENABLED: true, DEFAULT_ACTIONS_URL: 'self' },
    webhook: { ALLOWED_HOST_LIST: 'private' },
    // No Valkey: one replica keeps cache and sessions itself.
    cache: { ADAPTER: 'memory' },
    session: { PROVIDER: 'db' },
    queue: { TYPE: 'level' },
    metrics: { ENABLED: true },
    mailer: { ENABLED: false },
    cron: { ENABLED: true },
    other: { SHOW_FOOTER_VERSION: false },
  };
}

type Image = { readonly registry: string; readonly repository: string; readonly tag: string };

/** The values of the gitea chart that we set. */
export interface GiteaValues {
  readonly global: { readonly security: { readonly allowInsecureImages: boolean } };
  readonly image: { readonly registry: string; readonly repository: string; readonly tag: string; readonly rootless: boolean; readonly fullOverride: string; readonly pullPolicy: 'IfNotPresent' };
  readonly replicaCount: number;
  readonly strategy: { readonly type: 'Recreate' };
  readonly resources: Resources;
  /** init-directories, init-app-ini, configure-gitea (the chart's default has no memory limit). */
  readonly initContainers: { readonly resources: Resources };
  readonly deployment: { readonly labels: Record<string, string> };
  readonly podSecurityContext: object;
  readonly containerSecurityContext: object;
  readonly service: { readonly http: { readonly type: 'ClusterIP'; readonly port: number } };
  readonly persistence: { readonly enabled: boolean; readonly size: string };
  readonly gitea: {
    readonly admin: { readonly existingSecret: string; readonly email: string; readonly passwordMode: 'keepUpdated' };
    readonly config: Record<string, Record<string, string | number | boolean>>;
    readonly additionalConfigFromEnvs: object[];
  };
  readonly postgresql: {
    readonly enabled: boolean;
    readonly image: Image;
    readonly global: { readonly postgresql: { readonly auth: object } };
    readonly primary: { readonly persistence: { readonly size: string }; readonly resources: Resources };
  };
  readonly 'postgresql-ha': { readonly enabled: boolean };
  readonly 'valkey-cluster': { readonly enabled: boolean };
  readonly valkey: { readonly enabled: boolean };
  readonly test: { readonly enabled: boolean };
}

export function giteaValues(config: EnvConfig): { values: GiteaValues; images: ImageRef[] } {
  const c = config.components.gitea;
  const gitea = internalImage(config.registry.host, 'gitea/gitea', `${GITEA_VERSION}-rootless`);
  const postgres = internalImage(config.registry.host, GITEA_POSTGRES_IMAGE.repository, GITEA_POSTGRES_IMAGE.tag);
  return {
    images: [gitea, postgres],
    values: {
      // Bitnami's chart refuses images it does not know (ours: the internal registry) without this.
      global: { security: { allowInsecureImages: true } },
      // fullOverride is the image; registry/repository (tag: the chart's appVersion + -rootless) say the same.
      image: { registry: gitea.registry, repository: gitea.repository, tag: '', rootless: true, fullOverride: gitea.ref, pullPolicy: 'IfNotPresent' },
      replicaCount: 1,
      // One ReadWriteOnce volume: the old pod must stop before the new one mounts it.
      strategy: { type: 'Recreate' },
      resources: c.resources,
      // The chart sets `app: gitea` itself: ours would render a duplicate key that kubectl rejects.
      deployment: { labels: { tier: workloadLabels('gitea', 'platform').tier } },
      podSecurityContext: { fsGroup: 1000, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      // The rootless image runs as 1000 (the chart's documented hardened example).
      containerSecurityContext: {
        runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000,
        allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] },
      },
      service: { http: { type: 'ClusterIP', port: GITEA_HTTP_PORT } },
      persistence: { enabled: true, size: c.storage },
      gitea: {
        admin: { existingSecret: GITEA_ADMIN_SECRET, email: `gitea-admin@${config.cluster.baseDomain}`, passwordMode: 'keepUpdated' },
        config: giteaAppIni(),
        // The database password from the Secret, never from values.
        additionalConfigFromEnvs: [
          { name: 'GITEA__DATABASE__PASSWD', valueFrom: { secretKeyRef: { name: GITEA_POSTGRES_SECRET, key: 'password' } } },
        ],
      },
      postgresql: {
        enabled: true,
        image: { registry: postgres.registry, repository: postgres.repository, tag: postgres.tag },
        global: {
          postgresql: {
            auth: {
              username: 'gitea', database: 'gitea', password: '',
              existingSecret: GITEA_POSTGRES_SECRET, secretKeys: { userPasswordKey: 'password', adminPasswordKey: 'postgres-password' },
            },
          },
        },
        primary: { persistence: { size: c.databaseStorage }, resources: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } } },
      },
      'postgresql-ha': { enabled: false },
      'valkey-cluster': { enabled: false },
      valkey: { enabled: false },
      test: { enabled: false },
      initContainers: { resources: helperResources('100m', '128Mi', '512Mi') },
    },
  };
}

/**
 * The values file Gitea is first installed with by hand (bootstrap step 1, before Argo CD exists): the same
 * values the `gitea` Application keeps, so adopting the release changes nothing. Chart defaults would pull
 * from docker.gitea.com and run postgresql-ha + valkey-cluster, which the Application's prune then deletes.
 */
export function giteaBootstrapValues(config: EnvConfig): string {
  return yaml.dump(giteaValues(config).values, { noRefs: true, lineWidth: -1 });
}

/**
 * Gitea (wave dependencies): Git and the Helm registry Argo CD reads, Actions for CI. It runs before Argo CD
 * exists (bootstrap, README), so it depends on nothing of the platform: its own PostgreSQL, its Secrets
 * created by hand first and managed by VSO afterwards (gitea-config).
 */
export class GiteaChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, {
      config, wave: Waves.DEPENDENCIES, namespace: GITEA_NAMESPACE, description: 'Gitea: Git, Helm registry, Actions',
      // While a restore is switched on, Gitea is stopped by hand for the restore Job (gitea-backup): selfHeal
      // would start it again under the Job. Synced by hand until the switch is removed (README, "Restore runbook").
      automatedSync: config.components.gitea.backup.restore === undefined,
    });
    new PlatformNamespace(this, GITEA_NAMESPACE);
    const { values } = giteaValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'gitea', version: GITEA_CHART_VERSION, values,
      // The chart ships its scripts and app.ini sections in Secrets; credentials come from gitea-admin and
      // gitea-postgresql (VaultStaticSecrets), which the scripts read at run time.
      configSecrets: [
        { name: 'gitea', reason: 'config_environment.sh: turns the app.ini sections into environment variables (no credential)' },
        { name: 'gitea-init', reason: 'init scripts: directories and the admin user, whose password is read from gitea-admin at run time' },
        { name: 'gitea-inline-config', reason: 'app.ini sections from our values (no credential: the database password comes from gitea-postgresql)' },
      ],
      inertUrls: [{ object: 'Secret/gitea-init', url: 'https://gitea.com/gitea/helm-gitea/issues', reason: 'printed by the init script in an error message, and a comment' }],
    });
    const ns = GITEA_NAMESPACE;
    // Argo CD reads Git (its egress half is in the argocd chart).
    new NetworkFlow(this, 'allow-ingress-argocd', {
      namespace: ns, podLabels: { ...GITEA_POD_LABELS }, direction: 'ingress', peers: [{ namespace: ARGOCD_NAMESPACE }], ports: [{ port: GITEA_HTTP_PORT }],
    });
    allowFlow(this, 'gitea-postgresql', {
      from: { namespace: ns, podLabels: { ...GITEA_POD_LABELS } }, to: { namespace: ns, podLabels: { ...GITEA_POSTGRES_POD_LABELS } }, ports: [{ port: 5432 }],
    });
  }
}

/** Gitea's credentials from Vault (wave dependencies-config: VSO's CRDs exist by then). */
export class GiteaConfigChart extends LumenChart {
  readonly admin: VaultSecret;
  readonly database: VaultSecret;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: GITEA_NAMESPACE, description: "Gitea's credentials from Vault" });
    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: GITEA_NAMESPACE });
    // `username`, `password`: the chart's admin user.
    this.admin = new VaultSecret(this, GITEA_ADMIN_SECRET, {
      namespace: GITEA_NAMESPACE, path: GITEA_ADMIN_SECRET_PATH, overwrite: true, rolloutRestartTargets: [{ kind: 'Deployment', name: 'gitea' }],
    });
    // `password` (user gitea), `postgres-password`.
    this.database = new VaultSecret(this, GITEA_POSTGRES_SECRET, { namespace: GITEA_NAMESPACE, path: GITEA_POSTGRES_SECRET_PATH, overwrite: true });
  }
}

/** Where a runner keeps what: the registration on its volume, HOME and the jobs' working directories on an emptyDir. */
const RUNNER_DATA = '/data';
const RUNNER_WORK = '/work';
const RUNNER_CONFIG = '/config/config.yaml';

/** act_runner's configuration (config.yaml) of one pool: host-mode labels (no Docker), no cache server. */
export function actRunnerConfig(config: EnvConfig, pool: RunnerPool = 'act-runner'): string {
  return yaml.dump({
    log: { level: 'info' },
    runner: {
      file: `${RUNNER_DATA}/.runner`,
      capacity: config.components.gitea.runner.capacity,
      // Every job's environment: build jobs find buildkitd without naming it.
      envs: pool === 'act-runner-build' ? { BUILDKIT_HOST } : {},
      timeout: '3h',
      fetch_timeout: '5s',
      fetch_interval: '2s',
      labels: poolLabels(pool).map((l) => `${l}:host`),
    },
    // The cache server would need its own flows; jobs restore nothing from it.
    cache: { enabled: false },
    host: { workdir_parent: `${RUNNER_WORK}/jobs` },
  }, { lineWidth: -1, noRefs: true });
}

/**
 * The registry's address: the host when the overlay gives an IP, else `registry.cidr` (a host name has no address
 * to allow: without `registry.cidr` the flow is left out).
 */
export function registryEgress(config: EnvConfig): { cidr: string; port: number } | undefined {
  const hostPort = config.registry.host.split('/')[0];
  const [host, port] = hostPort.split(':');
  const cidr = /^(\d{1,3}\.){3}\d{1,3}$/.test(host) ? `${host}/32` : config.registry.cidr;
  return cidr === undefined ? undefined : { cidr, port: Number(port ?? 443) };
}

/** restricted Pod Security for every container of a runner pod (uid 1000 of the runner image). */
const restrictedContainer = (): k8s.SecurityContext => ({
  runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000,
  allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] },
});
/** The runner container runs the jobs themselves (npm ci, synth, jest + tsc): sized for `npm test`, not for act_runner. */
const RUNNER_RESOURCES: Resources = { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '2', memory: '4Gi' } };
/** Replicas of the build pool: image builds are few, and buildkitd (one replica) serialises them anyway. */
const BUILD_POOL_REPLICAS = 1;

/**
 * Gitea Actions runners (wave dependencies-config), in a `restricted` namespace: act_runner in host mode runs
 * each job as a process of its own unprivileged container (uid 1000, no capability, read-only root, no
 * service account token), in the runner image, which carries what the jobs need. No Docker daemon, no
 * privileged container, no hostPath. Two pools: `act-runner` (npm jobs) and `act-runner-build` (image builds:
 * the only pods that may reach buildkitd). Each registers with the token from Vault in an init container, so
 * the daemon, whose environment every host-mode job inherits, never holds it.
 */
export class GiteaRunnerChart extends LumenChart {
  /** The StatefulSet of each pool. */
  readonly statefulSets: Record<RunnerPool, ApiObject>;
  readonly token: VaultSecret;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: GITEA_RUNNER_NAMESPACE, description: 'Gitea Actions runners (act_runner, host mode, restricted)' });
    const ns = GITEA_RUNNER_NAMESPACE;
    // restricted: the pods here run every pull request's code and the namespace holds the registration token.
    new PlatformNamespace(this, ns);
    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: ns });
    this.token = new VaultSecret(this, ACT_RUNNER_TOKEN_SECRET, { namespace: ns, path: ACT_RUNNER_TOKEN_SECRET_PATH });
    const image = runnerImage(config);
    const replicas: Record<RunnerPool, number> = { 'act-runner': config.components.gitea.runner.replicas, 'act-runner-build': BUILD_POOL_REPLICAS };
    const pools = (['act-runner', 'act-runner-build'] as const).filter((p) => poolLabels(p).length > 0);
    this.statefulSets = Object.fromEntries(pools.map((pool) => [pool, this.pool(config, pool, image, replicas[pool])])) as Record<RunnerPool, ApiObject>;

    for (const pool of pools) {
      // Registration, job fetching, `git clone` of the repositories, npm packages: all from Gitea.
      allowFlow(this, `${pool}-gitea`, {
        from: { namespace: ns, podLabels: runnerPodLabels(pool) }, to: { namespace: GITEA_NAMESPACE, podLabels: { ...GITEA_POD_LABELS } },
        ports: [{ port: GITEA_HTTP_PORT }],
      });
    }
    // Only the build pool reaches buildkitd (gitea-buildkit, wave dependencies: it exists by now).
    if (pools.includes('act-runner-build')) {
      allowFlow(this, 'act-runner-build-buildkitd', {
        from: { namespace: ns, podLabels: runnerPodLabels('act-runner-build') }, to: { namespace: BUILDKIT_NAMESPACE, podLabels: { ...BUILDKIT_POD_LABELS } },
        ports: [{ port: BUILDKIT_PORT }],
      });
      // The signing pipeline (build-sign-promote.yml): trivy's databases in, the scanned image and its signature out.
      const registry = registryEgress(config);
      if (registry) {
        new NetworkFlow(this, 'allow-egress-registry', {
          namespace: ns, podLabels: runnerPodLabels('act-runner-build'), direction: 'egress', peers: [{ cidrs: [registry.cidr] }], ports: [{ port: registry.port }],
        });
      }
      this.pulledImages.push(...TRIVY_DBS.map((db) => internalImage(config.registry.host, db.repository, db.tag)));
    }
  }

  private pool(config: EnvConfig, pool: RunnerPool, image: ImageRef, replicas: number): ApiObject {
    const ns = GITEA_RUNNER_NAMESPACE;
    const labels = { ...standardLabels(pool), ...workloadLabels(pool, 'platform') };
    new k8s.KubeConfigMap(this, `${pool}-config`, { metadata: { name: pool, namespace: ns, labels }, data: { 'config.yaml': actRunnerConfig(config, pool) } });
    const q = (v: string) => k8s.Quantity.fromString(v);
    const resources = (r: Resources): k8s.ResourceRequirements => ({
      requests: Object.fromEntries(Object.entries(r.requests ?? {}).map(([k, v]) => [k, q(String(v))])),
      limits: Object.fromEntries(Object.entries(r.limits ?? {}).map(([k, v]) => [k, q(String(v))])),
    });
    const env = [
      { name: 'HOME', value: RUNNER_WORK },
      { name: 'GITEA_INSTANCE_URL', value: GITEA_URL },
      { name: 'GITEA_RUNNER_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    ];
    return statefulSet(this, `${pool}-statefulset`, {
      metadata: { name: pool, namespace: ns, labels },
      spec: {
        serviceName: pool,
        replicas,
        podManagementPolicy: 'Parallel',
        selector: { matchLabels: runnerPodLabels(pool) },
        template: {
          metadata: { labels },
          spec: {
            // Jobs run in this pod: no Kubernetes API credential for them to find.
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: { runAsNonRoot: true, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
            initContainers: [{
              // Registers once (the registration survives on the volume); the only container that sees the token.
              name: 'register',
              image: image.ref,
              imagePullPolicy: 'IfNotPresent',
              command: ['sh', '-c', `test -s ${RUNNER_DATA}/.runner || exec act_runner register --no-interactive --config ${RUNNER_CONFIG} --instance "$GITEA_INSTANCE_URL" --token "$GITEA_RUNNER_REGISTRATION_TOKEN" --name "$GITEA_RUNNER_NAME"`],
              env: [...env, { name: 'GITEA_RUNNER_REGISTRATION_TOKEN', valueFrom: { secretKeyRef: { name: this.token.secretName, key: 'token' } } }],
              resources: resources(helperResources('50m', '64Mi', '128Mi')),
              securityContext: restrictedContainer(),
              volumeMounts: [{ name: 'data', mountPath: RUNNER_DATA }, { name: 'config', mountPath: '/config', readOnly: true }, { name: 'tmp', mountPath: '/tmp' }],
            }],
            containers: [{
              name: 'runner',
              image: image.ref,
              imagePullPolicy: 'IfNotPresent',
              command: ['act_runner', 'daemon', '--config', RUNNER_CONFIG],
              env,
              resources: resources(RUNNER_RESOURCES),
              securityContext: restrictedContainer(),
              volumeMounts: [
                { name: 'data', mountPath: RUNNER_DATA },
                { name: 'config', mountPath: '/config', readOnly: true },
                { name: 'work', mountPath: RUNNER_WORK },
                { name: 'tmp', mountPath: '/tmp' },
              ],
            }],
            volumes: [
              { name: 'config', configMap: { name: pool } },
              // node_modules, build/, the synthesized trees, npm's cache: a pod's jobs share it until the pod restarts.
              { name: 'work', emptyDir: { sizeLimit: q('20Gi') } },
              { name: 'tmp', emptyDir: { sizeLimit: q('2Gi') } },
            ],
          },
        },
        // The registration (.runner) survives restarts: a runner registers once.
        volumeClaimTemplates: [{
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: q('1Gi') } } },
        }],
      },
    });
  }
}

/** buildkitd's configuration: the internal registry (plain HTTP when the overlay says so) and the public registries mirrored to it. */
export function buildkitdToml(config: EnvConfig): string {
  const host = config.registry.host;
  const lines = [
    '# buildkitd.toml (src/charts/gitea.ts): OCI worker, rootless; every registry is the internal one.',
    '[worker.oci]',
    '  enabled = true',
    '  gc = true',
    // MB, below the state emptyDir's sizeLimit (20Gi): the cache is collected before the kubelet evicts the pod.
    '  gckeepstorage = 15000',
    '[worker.containerd]',
    '  enabled = false',
    `[registry."${host}"]`,
    `  http = ${config.registry.insecure}`,
    `  insecure = ${config.registry.insecure}`,
    // `FROM node:20` resolves to the internal registry, same path (like the nodes' registries.yaml).
    ...MIRRORED_REGISTRIES.flatMap((r) => [`[registry."${r}"]`, `  mirrors = ["${host}"]`]),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Rootless BuildKit (wave dependencies): the image builder of the `lumen-build` jobs, which reach it on
 * BUILDKIT_PORT (plain gRPC, admitted from the build runner pool only). It runs as uid 1000 in a container
 * that is not privileged, but creating the user and mount namespaces of RUN steps needs seccomp and AppArmor
 * Unconfined, which Pod Security admits at `privileged` only: hence a namespace of its own, holding nothing
 * else and no credential.
 */
export class GiteaBuildkitChart extends LumenChart {
  readonly deployment: k8s.KubeDeployment;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES, namespace: BUILDKIT_NAMESPACE, description: 'rootless BuildKit for CI image builds' });
    const ns = BUILDKIT_NAMESPACE;
    new PlatformNamespace(this, ns, {
      podSecurity: 'privileged',
      podSecurityReason: 'rootless BuildKit (uid 1000, not a privileged container) needs seccomp and AppArmor Unconfined to create the user and mount namespaces of RUN steps; baseline forbids both',
    });
    const name = 'buildkitd';
    const labels = { ...standardLabels(name), ...workloadLabels(name, 'platform') };
    new k8s.KubeConfigMap(this, 'Config', { metadata: { name, namespace: ns, labels }, data: { 'buildkitd.toml': buildkitdToml(config) } });
    const image = internalImage(config.registry.host, BUILDKIT_IMAGE.repository, BUILDKIT_IMAGE.tag);
    const q = (v: string) => k8s.Quantity.fromString(v);
    const probe = { exec: { command: ['buildctl', 'debug', 'workers'] }, initialDelaySeconds: 5, periodSeconds: 30 };
    this.deployment = new k8s.KubeDeployment(this, 'Deployment', {
      metadata: { name, namespace: ns, labels },
      spec: {
        replicas: 1,
        // The build cache is an emptyDir: nothing to hand over, and two daemons would only split it.
        strategy: { type: 'Recreate' },
        selector: { matchLabels: { ...BUILDKIT_POD_LABELS } },
        template: {
          metadata: { labels: { ...labels, ...BUILDKIT_POD_LABELS } },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            // The rootless image's user; its newuidmap/newgidmap map the RUN steps' users below it.
            securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000 },
            containers: [{
              name,
              image: image.ref,
              imagePullPolicy: 'IfNotPresent',
              // The entrypoint is `rootlesskit buildkitd`. No process sandbox: a masked /proc forbids a new PID namespace.
              args: [
                '--addr', 'unix:///run/user/1000/buildkit/buildkitd.sock', '--addr', `tcp://0.0.0.0:${BUILDKIT_PORT}`,
                '--oci-worker-no-process-sandbox', '--config', '/etc/buildkit/buildkitd.toml',
              ],
              ports: [{ name: 'grpc', containerPort: BUILDKIT_PORT }],
              readinessProbe: probe,
              livenessProbe: probe,
              resources: { requests: { cpu: q('250m'), memory: q('512Mi') }, limits: { cpu: q('2'), memory: q('4Gi') } },
              // Not privileged; privilege escalation and the default capabilities stay for the setuid newuidmap/newgidmap.
              securityContext: {
                privileged: false, runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000,
                seccompProfile: { type: 'Unconfined' }, appArmorProfile: { type: 'Unconfined' },
              },
              volumeMounts: [
                { name: 'state', mountPath: '/home/user/.local/share/buildkit' },
                { name: 'config', mountPath: '/etc/buildkit', readOnly: true },
              ],
            }],
            volumes: [
              { name: 'state', emptyDir: { sizeLimit: q('20Gi') } },
              { name: 'config', configMap: { name } },
            ],
          },
        },
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: { name, namespace: ns, labels },
      spec: { type: 'ClusterIP', selector: { ...BUILDKIT_POD_LABELS }, ports: [{ name: 'grpc', port: BUILDKIT_PORT, targetPort: k8s.IntOrString.fromNumber(BUILDKIT_PORT) }] },
    });
    // Base images come from, and built images go to, the internal registry (an address outside the cluster).
    const registry = registryEgress(config);
    if (registry) {
      new NetworkFlow(this, 'allow-egress-registry', {
        namespace: ns, podLabels: { ...BUILDKIT_POD_LABELS }, direction: 'egress', peers: [{ cidrs: [registry.cidr] }], ports: [{ port: registry.port }],
      });
    }
  }
}

export function buildGitea(scope: Construct, config: EnvConfig): void {
  if (!config.components.gitea.enabled) return;
  new GiteaChart(scope, 'gitea', config);
  new GiteaConfigChart(scope, 'gitea-config', config);
  if (!config.components.gitea.runner.enabled) return;
  new GiteaBuildkitChart(scope, 'gitea-buildkit', config);
  new GiteaRunnerChart(scope, 'gitea-runner', config);
}
