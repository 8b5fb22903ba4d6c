import { Chart } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import {
  VaultAuth, VaultAuthSpecMethod, VaultStaticSecret, VaultStaticSecretSpecRolloutRestartTargetsKind, VaultStaticSecretSpecType,
} from '../../imports/vault-secrets-operator-secrets.hashicorp.com';
import type { EnvConfig } from '../config/schema';
import { currentCluster } from '../platform/fleet';
import { LumenChart } from './lumen-chart';
import { Waves } from './waves';

/** The KV v2 mount every platform credential lives under (enabled by the Vault bootstrap job). */
export const VAULT_KV_MOUNT = 'secret';
/** The Kubernetes auth mount (enabled by the Vault bootstrap job). */
export const VAULT_KUBERNETES_AUTH_MOUNT = 'kubernetes';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const KV_PATH = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;
const DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/;

/**
 * The Kubernetes auth mount the pods of the cluster `config` renders log in with: `kubernetes`; in a fleet,
 * `kubernetes-<cluster>` for every cluster but infra (Vault, on infra, reviews their tokens against their own
 * API server: `bootstrap/vault-auth.sh` of that cluster sets it up).
 */
export function kubernetesAuthMount(config?: EnvConfig): string {
  const c = config && currentCluster(config);
  return c && c.role !== 'infra' ? `${VAULT_KUBERNETES_AUTH_MOUNT}-${c.name}` : VAULT_KUBERNETES_AUTH_MOUNT;
}

/** VSO's CRDs arrive with the vault-secrets-operator application (wave dependencies): its objects come later. */
function requireVsoCrds(c: Construct, what: string): void {
  const chart = Chart.of(c);
  if (chart instanceof LumenChart && chart.wave.number <= Waves.DEPENDENCIES.number) {
    throw new Error(`${what} needs VSO's CRDs (wave ${Waves.DEPENDENCIES.number}): chart '${chart.app}' is in wave ${chart.wave.number}; use wave DEPENDENCIES_CONFIG or later`);
  }
}

export interface VaultNamespaceAuthProps {
  /** Namespace the VaultAuth lives in (the namespace of the VaultSecrets that use it). */
  readonly namespace: string;
  /**
   * Vault Kubernetes-auth role (the bootstrap job creates one per namespace, bound to its ServiceAccount).
   * @default the namespace
   */
  readonly role?: string;
  /**
   * ServiceAccount VSO authenticates as (must live in `namespace`).
   * @default 'default'
   */
  readonly serviceAccount?: string;
}

/**
 * VaultAuth `vault-auth` (Kubernetes auth) in one namespace, pointing at the platform VaultConnection
 * (no `vaultConnectionRef`: VSO then uses the `default` VaultConnection of its own namespace, which the
 * vault-secrets-operator chart creates). One per namespace that holds VaultSecrets.
 */
export class VaultNamespaceAuth extends Construct {
  static readonly NAME = 'vault-auth';
  readonly name: string;
  readonly namespace: string;
  readonly role: string;
  readonly serviceAccount: string;
  readonly vaultAuth: VaultAuth;

  constructor(scope: Construct, id: string, props: VaultNamespaceAuthProps) {
    super(scope, id);
    if (!DNS_LABEL.test(props.namespace)) throw new Error(`'namespace' must be a DNS label, got "${props.namespace}"`);
    requireVsoCrds(this, `VaultNamespaceAuth ${id}`);
    this.name = VaultNamespaceAuth.NAME;
    this.namespace = props.namespace;
    this.role = props.role ?? props.namespace;
    this.serviceAccount = props.serviceAccount ?? 'default';
    if (!this.role) throw new Error(`'role' must not be empty (namespace ${props.namespace})`);
    if (!DNS_SUBDOMAIN.test(this.serviceAccount)) throw new Error(`'serviceAccount' must be a ServiceAccount name, got "${this.serviceAccount}"`);
    const chart = Chart.of(this);
    this.vaultAuth = new VaultAuth(this, 'Resource', {
      metadata: { name: this.name, namespace: this.namespace },
      spec: {
        method: VaultAuthSpecMethod.KUBERNETES,
        mount: kubernetesAuthMount(chart instanceof LumenChart ? chart.config : undefined),
        kubernetes: { role: this.role, serviceAccount: this.serviceAccount, audiences: ['vault'] },
      },
    });
  }
}

export type RolloutRestartTargetKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'argo.Rollout';

export interface VaultSecretProps {
  /** Namespace of the VaultStaticSecret and of the Secret it creates (needs a VaultNamespaceAuth). */
  readonly namespace: string;
  /** KV v2 path below the `secret` mount, e.g. 'lumen/postgres'. */
  readonly path: string;
  /**
   * Name of the Kubernetes Secret VSO creates.
   * @default the construct id
   */
  readonly secretName?: string;
  /**
   * How often VSO re-reads the path.
   * @default '60s'
   */
  readonly refreshAfter?: string;
  /**
   * Workloads restarted when the secret changes.
   * @default []
   */
  readonly rolloutRestartTargets?: { readonly kind: RolloutRestartTargetKind; readonly name: string }[];
  /**
   * Labels on the created Secret (e.g. argocd.argoproj.io/secret-type).
   * @default {}
   */
  readonly secretLabels?: Record<string, string>;
  /**
   * Kubernetes type of the created Secret (e.g. `kubernetes.io/basic-auth`: then the KV entry must hold
   * `username` and `password`).
   * @default 'Opaque'
   */
  readonly secretType?: string;
  /**
   * Take over a Secret of the same name that already exists (one created by hand at bootstrap, before VSO
   * ran: Gitea's and Argo CD's first credentials).
   * @default false
   */
  readonly overwrite?: boolean;
  /**
   * Extra keys VSO renders next to the KV entry's keys: plain text or a VSO Go template (non-secret values
   * such as a repository URL, so that only credentials live in Vault).
   * @default {}
   */
  readonly templates?: Record<string, string>;
  /**
   * Keys the Vault bootstrap job generates when the KV entry does not exist yet (never overwritten, never in
   * Git): secrets no person needs to choose, such as the object store's keys.
   * @default {} (a person writes the entry)
   */
  readonly generate?: Record<string, GeneratedValue>;
  /**
   * Write only the `templates` keys, not the KV entry's own keys (a Secret whose format is the templates',
   * such as an Argo CD cluster Secret's `config` JSON).
   * @default false
   */
  readonly excludeRaw?: boolean;
}

/**
 * Values the Vault bootstrap can generate (from /dev/urandom): `hex32` 32 random bytes as 64 hex digits;
 * `garage-key-id` a Garage access key id (`GK` + 12 random bytes as hex, the only form Garage imports).
 */
export type GeneratedValue = 'hex32' | 'garage-key-id';
const GENERATED_VALUES: readonly GeneratedValue[] = ['hex32', 'garage-key-id'];

const KIND: Record<RolloutRestartTargetKind, VaultStaticSecretSpecRolloutRestartTargetsKind> = {
  Deployment: VaultStaticSecretSpecRolloutRestartTargetsKind.DEPLOYMENT,
  StatefulSet: VaultStaticSecretSpecRolloutRestartTargetsKind.STATEFUL_SET,
  DaemonSet: VaultStaticSecretSpecRolloutRestartTargetsKind.DAEMON_SET,
  'argo.Rollout': VaultStaticSecretSpecRolloutRestartTargetsKind.ARGO_PERIOD_ROLLOUT,
};

/**
 * A VaultStaticSecret: the only way credentials reach a pod. Never a Secret with data in Git.
 * VSO reads `secret/<path>` (KV v2) with the namespace's `vault-auth` and writes the Secret `secretName`.
 * Needs VSO's CRDs: use it only in charts at a wave after the vault-secrets-operator application.
 */
export class VaultSecret extends Construct {
  readonly secretName: string;
  readonly namespace: string;
  readonly path: string;
  /** Keys the Vault bootstrap generates (empty: a person writes the entry). */
  readonly generate: Readonly<Record<string, GeneratedValue>>;
  readonly vaultStaticSecret: VaultStaticSecret;

  constructor(scope: Construct, id: string, props: VaultSecretProps) {
    super(scope, id);
    if (!DNS_LABEL.test(props.namespace)) throw new Error(`'namespace' must be a DNS label, got "${props.namespace}"`);
    if (!KV_PATH.test(props.path)) throw new Error(`'path' must be a KV path below the '${VAULT_KV_MOUNT}' mount such as lumen/postgres, got "${props.path}"`);
    if (props.path.startsWith(`${VAULT_KV_MOUNT}/`)) throw new Error(`'path' is relative to the '${VAULT_KV_MOUNT}' mount: drop the prefix, got "${props.path}"`);
    requireVsoCrds(this, `VaultSecret ${id}`);
    this.secretName = props.secretName ?? id;
    if (!DNS_SUBDOMAIN.test(this.secretName) || this.secretName.length > 253) throw new Error(`'secretName' must be a DNS subdomain, got "${this.secretName}"`);
    const refreshAfter = props.refreshAfter ?? '60s';
    if (!DURATION.test(refreshAfter)) throw new Error(`'refreshAfter' must be a duration such as 60s or 1h, got "${refreshAfter}"`);
    const targets = props.rolloutRestartTargets ?? [];
    for (const t of targets) {
      if (!(t.kind in KIND)) throw new Error(`'rolloutRestartTargets' kind must be one of ${Object.keys(KIND).join(', ')}, got "${t.kind}"`);
      if (!DNS_SUBDOMAIN.test(t.name)) throw new Error(`'rolloutRestartTargets' name must be an object name, got "${t.name}"`);
    }
    const labels = props.secretLabels ?? {};
    const templates = props.templates ?? {};
    if (props.excludeRaw && !Object.keys(templates).length) throw new Error(`'excludeRaw' needs 'templates': the Secret would be empty (VaultSecret ${id})`);
    for (const k of Object.keys(templates)) {
      if (!/^[-._a-zA-Z0-9]+$/.test(k)) throw new Error(`'templates' keys must be Secret data keys, got "${k}"`);
    }
    const generate = props.generate ?? {};
    for (const [k, v] of Object.entries(generate)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) throw new Error(`'generate' keys must be KV keys such as ACCESS_KEY_ID, got "${k}"`);
      if (!GENERATED_VALUES.includes(v)) throw new Error(`'generate' values must be one of ${GENERATED_VALUES.join(', ')}, got "${v}" (key ${k})`);
    }
    this.namespace = props.namespace;
    this.path = props.path;
    this.generate = Object.freeze({ ...generate });
    this.vaultStaticSecret = new VaultStaticSecret(this, 'Resource', {
      metadata: { name: this.secretName, namespace: props.namespace },
      spec: {
        type: VaultStaticSecretSpecType.KV_HYPHEN_V2,
        mount: VAULT_KV_MOUNT,
        path: props.path,
        refreshAfter,
        // Needed for rolloutRestartTargets and drift detection of the Secret.
        hmacSecretData: true,
        vaultAuthRef: VaultNamespaceAuth.NAME,
        destination: {
          name: this.secretName,
          create: true,
          ...(props.overwrite ? { overwrite: true } : {}),
          ...(props.secretType ? { type: props.secretType } : {}),
          ...(Object.keys(labels).length ? { labels: { ...labels } } : {}),
          ...(Object.keys(templates).length ? {
            transformation: {
              ...(props.excludeRaw ? { excludeRaw: true } : {}),
              templates: Object.fromEntries(Object.keys(templates).sort().map((k) => [k, { text: templates[k] }])),
            },
          } : {}),
        },
        ...(targets.length ? { rolloutRestartTargets: targets.map((t) => ({ kind: KIND[t.kind], name: t.name })) } : {}),
      },
    });
  }
}

/** What Vault must grant one VaultNamespaceAuth: its role may read the KV paths of its namespace's VaultSecrets. */
export interface VaultRoleGrant {
  readonly role: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  /** KV v2 paths below `secret`, sorted, without duplicates. */
  readonly paths: string[];
}

/**
 * Every Kubernetes-auth role the platform needs, derived from the VaultNamespaceAuth and VaultSecret
 * constructs under `root` (the whole app at synth time), sorted by role. The Vault bootstrap job writes
 * exactly these roles and policies: least privilege follows the code, never a hand-kept list.
 */
export function vaultRoleGrants(root: IConstruct): VaultRoleGrant[] {
  const all = root.node.findAll();
  const paths = new Map<string, Set<string>>();
  for (const c of all) {
    if (c instanceof VaultSecret) {
      if (!paths.has(c.namespace)) paths.set(c.namespace, new Set());
      paths.get(c.namespace)!.add(c.path);
    }
  }
  const grants = new Map<string, VaultRoleGrant>();
  for (const c of all) {
    if (!(c instanceof VaultNamespaceAuth)) continue;
    const prev = grants.get(c.role);
    if (prev && (prev.namespace !== c.namespace || prev.serviceAccount !== c.serviceAccount)) {
      throw new Error(`Vault role "${c.role}" is bound to both ${prev.namespace}/${prev.serviceAccount} and ${c.namespace}/${c.serviceAccount}`);
    }
    grants.set(c.role, { role: c.role, namespace: c.namespace, serviceAccount: c.serviceAccount, paths: [...(paths.get(c.namespace) ?? [])].sort() });
  }
  return [...grants.values()].sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
}

/** Namespaces holding VaultSecrets but no VaultNamespaceAuth (VSO could not read them). */
export function namespacesWithoutVaultAuth(root: IConstruct): string[] {
  const all = root.node.findAll();
  const authed = new Set(all.filter((c): c is VaultNamespaceAuth => c instanceof VaultNamespaceAuth).map((c) => c.namespace));
  const used = new Set(all.filter((c): c is VaultSecret => c instanceof VaultSecret).map((c) => c.namespace));
  return [...used].filter((n) => !authed.has(n)).sort();
}

/** One KV entry the Vault bootstrap generates: its path and how to make each key. */
export interface GeneratedEntry {
  readonly path: string;
  readonly keys: Readonly<Record<string, GeneratedValue>>;
}

/**
 * Every KV entry the platform generates itself, from the VaultSecrets under `root` that say `generate`, sorted
 * by path. Two VaultSecrets of one path must agree on what it holds.
 */
export function vaultGeneratedEntries(root: IConstruct): GeneratedEntry[] {
  const entries = new Map<string, { keys: Record<string, GeneratedValue>; by: string }>();
  for (const c of root.node.findAll()) {
    if (!(c instanceof VaultSecret) || !Object.keys(c.generate).length) continue;
    const prev = entries.get(c.path);
    const keys = Object.fromEntries(Object.keys(c.generate).sort().map((k) => [k, c.generate[k]]));
    if (prev && JSON.stringify(prev.keys) !== JSON.stringify(keys)) {
      throw new Error(`'generate' of KV path ${c.path} differs between ${prev.by} and ${c.node.path}: ${JSON.stringify(prev.keys)} vs ${JSON.stringify(keys)}`);
    }
    entries.set(c.path, { keys, by: c.node.path });
  }
  return [...entries.keys()].sort().map((path) => ({ path, keys: entries.get(path)!.keys }));
}
