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

/** Gitea 1.24.6 (rootless image), chart gitea 12.4.0 (gitea.com/gitea/helm-gitea): the chart's appVersion. */
export const GITEA_VERSION = '1.24.6';
export const GITEA_CHART_VERSION = '12.4.0';
/** Gitea's own PostgreSQL (the chart's Bitnami subchart; its images moved to bitnamilegacy in 2025). */
const GITEA_POSTGRES_IMAGE = { repository: 'bitnamilegacy/postgresql', tag: '17.6.0-debian-12-r4' } as const;
export const ACT_RUNNER_IMAGE = { repository: 'gitea/act_runner', tag: '0.2.11' } as const;
/** Docker-in-Docker next to each runner: job containers (and `docker build`) run there. */
export const DIND_IMAGE = { repository: 'library/docker', tag: '28.3.3-dind' } as const;
/** Node 20 on Debian bookworm (git included): what this repository's workflows run in. */
export const NODE_JOB_IMAGE = { repository: 'library/node', tag: '20.20-bookworm' } as const;
/**
 * The runner's labels and the job image behind each (act_runner `<label>:docker://<image>`, from the
 * environment's registry): the one list a workflow's `runs-on` must come from. Workflows name no
 * `container:` image, so the same workflow runs in every environment.
 */
export const RUNNER_LABELS: Readonly<Record<string, { readonly repository: string; readonly tag: string }>> = Object.freeze({
  'lumen-node20': NODE_JOB_IMAGE,
});

/** Each runner label's job image in the environment's registry. */
export function runnerJobImages(config: EnvConfig): Record<string, ImageRef> {
  return Object.fromEntries(Object.entries(RUNNER_LABELS).map(([label, i]) => [label, internalImage(config.registry.host, i.repository, i.tag)]));
}

export const GITEA_NAMESPACE = 'gitea';
export const GITEA_RUNNER_NAMESPACE = 'gitea-runner';
/** The chart's HTTP Service (`<release>-http`): Git over HTTP, the API, the Helm package registry. */
export const GITEA_HTTP_SERVICE = 'gitea-http';
export const GITEA_HTTP_PORT = 3000;
/** In-cluster base URL: what overlays' git.repoURL and charts.repository point at. */
export const GITEA_URL = `http://${GITEA_HTTP_SERVICE}.${GITEA_NAMESPACE}.svc.cluster.local:${GITEA_HTTP_PORT}`;
export const GITEA_POD_LABELS: Readonly<Record<string, string>> = Object.freeze({ 'app.kubernetes.io/name': 'gitea', 'app.kubernetes.io/instance': 'gitea' });
const GITEA_POSTGRES_POD_LABELS = Object.freeze({ 'app.kubernetes.io/name': 'postgresql', 'app.kubernetes.io/instance': 'gitea' });

/**
 * Secrets the Gitea chart reads by name. Created by hand at bootstrap (Gitea runs before Argo CD and VSO:
 * README), then taken over by VSO from Vault (gitea-config, `overwrite`).
 */
export const GITEA_ADMIN_SECRET = 'gitea-admin';
export const GITEA_ADMIN_SECRET_PATH = 'gitea/admin';
export const GITEA_POSTGRES_SECRET = 'gitea-postgresql';
export const GITEA_POSTGRES_SECRET_PATH = 'gitea/postgresql';
/** act_runner's registration token (key `token`), from `gitea actions generate-runner-token`. */
export const ACT_RUNNER_TOKEN_SECRET = 'act-runner-token';
export const ACT_RUNNER_TOKEN_SECRET_PATH = 'gitea/runner';
export const ACT_RUNNER_POD_LABELS: Readonly<Record<string, string>> = Object.freeze({ app: 'act-runner' });

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
    // The Helm chart registry Argo CD reads (charts.repository: /api/packages/<owner>/helm).
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
    super(scope, id, { config, wave: Waves.DEPENDENCIES, namespace: GITEA_NAMESPACE, description: 'Gitea: Git, Helm registry, Actions' });
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
    // Argo CD reads Git and charts (its egress half is in the argocd chart).
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

/** act_runner's configuration (config.yaml): job containers from the internal registry, no cache server. */
export function actRunnerConfig(config: EnvConfig): string {
  const labels = Object.entries(runnerJobImages(config)).map(([label, image]) => `${label}:docker://${image.ref}`);
  return yaml.dump({
    log: { level: 'info' },
    runner: {
      file: '.runner',
      capacity: config.components.gitea.runner.capacity,
      timeout: '3h',
      fetch_timeout: '5s',
      fetch_interval: '2s',
      labels,
    },
    // The cache server would need its own flows; jobs restore nothing from it.
    cache: { enabled: false },
    container: { network: '', privileged: false, options: '', valid_volumes: [], docker_host: '', force_pull: false },
  }, { lineWidth: -1, noRefs: true });
}

/**
 * Gitea Actions runners (wave dependencies-config): act_runner registered with a token from Vault, next to a
 * Docker-in-Docker daemon that runs the job containers. Docker-in-Docker is privileged, so the runners get
 * a namespace of their own, away from Gitea.
 */
export class GiteaRunnerChart extends LumenChart {
  readonly statefulSet: ApiObject;
  readonly token: VaultSecret;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: GITEA_RUNNER_NAMESPACE, description: 'Gitea Actions runners (act_runner + dind)' });
    const ns = GITEA_RUNNER_NAMESPACE;
    const r = config.components.gitea.runner;
    new PlatformNamespace(this, ns, {
      podSecurity: 'privileged',
      podSecurityReason: 'Docker-in-Docker next to act_runner: CI job containers and image builds need a privileged dockerd',
    });
    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: ns });
    const name = 'act-runner';
    this.token = new VaultSecret(this, ACT_RUNNER_TOKEN_SECRET, { namespace: ns, path: ACT_RUNNER_TOKEN_SECRET_PATH });
    const labels = { ...standardLabels(name), ...workloadLabels(name, 'platform') };
    new k8s.KubeConfigMap(this, 'Config', { metadata: { name, namespace: ns, labels }, data: { 'config.yaml': actRunnerConfig(config) } });

    const runner = internalImage(config.registry.host, ACT_RUNNER_IMAGE.repository, ACT_RUNNER_IMAGE.tag);
    const dind = internalImage(config.registry.host, DIND_IMAGE.repository, DIND_IMAGE.tag);
    // dockerd pulls the job images, not the kubelet: declared for images.txt (src/synth/inventory.ts).
    this.pulledImages.push(...Object.values(runnerJobImages(config)));
    const q = (v: string) => k8s.Quantity.fromString(v);
    const registryHost = config.registry.host.split('/')[0];
    this.statefulSet = statefulSet(this, 'StatefulSet', {
      metadata: { name, namespace: ns, labels },
      spec: {
        serviceName: name,
        replicas: r.replicas,
        podManagementPolicy: 'Parallel',
        selector: { matchLabels: { ...ACT_RUNNER_POD_LABELS } },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: { fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'runner',
                image: runner.ref,
                imagePullPolicy: 'IfNotPresent',
                env: [
                  { name: 'CONFIG_FILE', value: '/config/config.yaml' },
                  { name: 'GITEA_INSTANCE_URL', value: GITEA_URL },
                  { name: 'GITEA_RUNNER_REGISTRATION_TOKEN', valueFrom: { secretKeyRef: { name: this.token.secretName, key: 'token' } } },
                  { name: 'GITEA_RUNNER_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                  { name: 'DOCKER_HOST', value: 'unix:///var/run/dind/docker.sock' },
                  { name: 'HOME', value: '/data' },
                ],
                resources: { requests: { cpu: q('50m'), memory: q('64Mi') }, limits: { cpu: q('500m'), memory: q('256Mi') } },
                securityContext: {
                  runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000,
                  allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] },
                },
                volumeMounts: [
                  { name: 'data', mountPath: '/data' },
                  { name: 'config', mountPath: '/config', readOnly: true },
                  { name: 'dind-sock', mountPath: '/var/run/dind' },
                  { name: 'tmp', mountPath: '/tmp' },
                ],
              },
              {
                name: 'dind',
                image: dind.ref,
                imagePullPolicy: 'IfNotPresent',
                // Only the unix socket (no TCP listener), group 1000 so the runner may use it.
                args: [
                  '--host=unix:///var/run/dind/docker.sock', '--group=1000',
                  ...(config.registry.insecure ? [`--insecure-registry=${registryHost}`] : []),
                ],
                env: [{ name: 'DOCKER_TLS_CERTDIR', value: '' }],
                resources: { requests: { cpu: q('100m'), memory: q('256Mi') }, limits: { cpu: q('2'), memory: q('2Gi') } },
                securityContext: { privileged: true },
                volumeMounts: [
                  { name: 'dind-sock', mountPath: '/var/run/dind' },
                  { name: 'dind-storage', mountPath: '/var/lib/docker' },
                ],
              },
            ],
            volumes: [
              { name: 'config', configMap: { name } },
              { name: 'dind-sock', emptyDir: {} },
              { name: 'dind-storage', emptyDir: { sizeLimit: q('20Gi') } },
              { name: 'tmp', emptyDir: { sizeLimit: q('1Gi') } },
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

    allowFlow(this, 'act-runner-gitea', {
      from: { namespace: ns, podLabels: { ...ACT_RUNNER_POD_LABELS } }, to: { namespace: GITEA_NAMESPACE, podLabels: { ...GITEA_POD_LABELS } },
      ports: [{ port: GITEA_HTTP_PORT }],
    });
    // Job images come from, and CI pushes to, the internal registry (an address outside the cluster).
    const registryIp = /^(\d{1,3}\.){3}\d{1,3}$/.test(registryHost.split(':')[0]) ? registryHost.split(':')[0] : undefined;
    if (registryIp) {
      new NetworkFlow(this, 'allow-egress-registry', {
        namespace: ns, podLabels: { ...ACT_RUNNER_POD_LABELS }, direction: 'egress',
        peers: [{ cidrs: [`${registryIp}/32`] }], ports: [{ port: Number(registryHost.split(':')[1] ?? 443) }],
      });
    }
  }
}

export function buildGitea(scope: Construct, config: EnvConfig): void {
  if (!config.components.gitea.enabled) return;
  new GiteaChart(scope, 'gitea', config);
  new GiteaConfigChart(scope, 'gitea-config', config);
  if (config.components.gitea.runner.enabled) new GiteaRunnerChart(scope, 'gitea-runner', config);
}
