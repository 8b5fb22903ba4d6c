import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig, Resources } from '../config/schema';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { standardLabels, workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { PodsMonitor } from '../constructs/service-monitor';
import { kubernetesAuthMount, VAULT_KUBERNETES_AUTH_MOUNT, VAULT_KV_MOUNT, vaultGeneratedEntries, vaultRoleGrants, VaultRoleGrant } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { CERT_MANAGER_NAMESPACE, VAULT_ADDR, VAULT_ISSUER } from './cert-manager';

export { VAULT, VAULT_ADDR, vaultAddress } from './cert-manager';

/** Vault 1.20.4, chart vault 0.31.0 (hashicorp/vault-helm): the chart's own default Vault for that release. */
export const VAULT_VERSION = '1.20.4';
export const VAULT_CHART_VERSION = '0.31.0';
export const VAULT_NAMESPACE = 'vault';
/** Labels of the Vault server pods (the vault chart's). */
export const VAULT_POD_LABELS: Readonly<Record<string, string>> = Object.freeze({ 'app.kubernetes.io/name': 'vault', component: 'server' });
export const VAULT_PORT = 8200;
/** Vault's metrics (unauthenticated_metrics_access on the listener): the PodMonitor of every server pod. */
export const VAULT_METRICS = { name: 'vault-pods', port: 'http', path: '/v1/sys/metrics' } as const;
/** Raft replication and request forwarding between Vault servers. */
export const VAULT_CLUSTER_PORT = 8201;
/** PKI role cert-manager signs with (`pki/sign/lumen`, see CertManagerConfigChart). */
export const VAULT_PKI_ROLE = 'lumen';
/**
 * Secret (namespace vault, key `token`) a person creates after init + unseal, holding a short-lived admin
 * token for the bootstrap job; never in Git. Delete it once the job has succeeded (later runs then skip).
 */
export const VAULT_BOOTSTRAP_TOKEN_SECRET = 'vault-bootstrap-token';
/** Namespace of the Vault Secrets Operator (src/charts/vault-secrets-operator.ts), allowed to reach Vault. */
export const VSO_NAMESPACE = 'vault-secrets-operator';
/** cert-manager's Kubernetes-auth role (the ClusterIssuer's `auth.kubernetes.role`). */
export const CERT_MANAGER_VAULT_ROLE = 'cert-manager';
/** ServiceAccount the ClusterIssuer authenticates as (CertManagerConfigChart). */
const CERT_MANAGER_ISSUER_ACCOUNT = 'cert-manager-vault-issuer';
/** The audience cert-manager puts in the tokens of a ClusterIssuer's serviceAccountRef. */
const CERT_MANAGER_AUDIENCE = `vault://${VAULT_ISSUER}`;
/**
 * The Raft snapshot CronJob's Kubernetes-auth role (src/charts/backups.ts): bound to its ServiceAccount in
 * namespace vault, a 5-minute token whose policy reads `sys/storage/raft/snapshot` and nothing else.
 */
export const VAULT_SNAPSHOT_ROLE = 'vault-snapshot';
export const VAULT_SNAPSHOT_ACCOUNT = 'vault-snapshot';
export const VAULT_SNAPSHOT_TOKEN_TTL = '5m';
/** The active server (Raft snapshots are taken there; standbys would forward). */
export const VAULT_ACTIVE_ADDR = `http://vault-active.vault.svc.cluster.local:8200`;

type Image = { readonly repository: string; readonly tag: string; readonly pullPolicy: 'IfNotPresent' };

/** The values of the vault chart that we set. */
export interface VaultValues {
  readonly global: { readonly tlsDisable: boolean };
  readonly injector: { readonly enabled: boolean };
  readonly csi: { readonly enabled: boolean };
  readonly ui: { readonly enabled: boolean };
  readonly serverTelemetry: { readonly serviceMonitor: { readonly enabled: boolean; readonly interval: string } };
  readonly server: {
    readonly image: Image;
    readonly logFormat: 'json';
    readonly resources: Resources;
    readonly extraLabels: Record<string, string>;
    readonly affinity: object;
    readonly dataStorage: { readonly enabled: boolean; readonly size: string };
    readonly auditStorage: { readonly enabled: boolean };
    readonly standalone: { readonly enabled: boolean };
    readonly ha: {
      readonly enabled: boolean;
      readonly replicas: number;
      readonly raft: { readonly enabled: boolean; readonly setNodeId: boolean; readonly config: string };
      readonly disruptionBudget: { readonly enabled: boolean; readonly maxUnavailable: number };
    };
    readonly statefulSet: { readonly securityContext: { readonly pod: object; readonly container: object } };
    readonly volumes: object[];
    readonly volumeMounts: object[];
    readonly authDelegator: { readonly enabled: boolean };
    readonly serviceAccount: { readonly create: boolean; readonly serviceDiscovery: { readonly enabled: boolean } };
  };
}

/** uid/gid of the `vault` user of the official image. */
const VAULT_UID = 100;
const VAULT_GID = 1000;
const POD_SECURITY = {
  runAsNonRoot: true, runAsUser: VAULT_UID, runAsGroup: VAULT_GID, fsGroup: VAULT_GID, seccompProfile: { type: 'RuntimeDefault' },
};
const CONTAINER_SECURITY = {
  allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] },
};

/**
 * Vault's server configuration: Raft integrated storage joining every peer by its stable name, plain HTTP
 * inside the cluster (documented in the README: NetworkPolicies limit who reaches :8200; Raft traffic on
 * :8201 is TLS of Vault's own), no UI, no mlock (no IPC_LOCK capability under the restricted profile).
 */
export function vaultServerConfig(replicas: number): string {
  const joins = Array.from({ length: replicas }, (_, i) =>
    `  retry_join {\n    leader_api_addr = "http://vault-${i}.vault-internal.${VAULT_NAMESPACE}.svc.cluster.local:${VAULT_PORT}"\n  }`).join('\n');
  return [
    'ui = false',
    'disable_mlock = true',
    '',
    'listener "tcp" {',
    '  tls_disable = 1',
    `  address = "[::]:${VAULT_PORT}"`,
    `  cluster_address = "[::]:${VAULT_CLUSTER_PORT}"`,
    '  telemetry {',
    '    unauthenticated_metrics_access = "true"',
    '  }',
    '}',
    '',
    'storage "raft" {',
    '  path = "/vault/data"',
    joins,
    '}',
    '',
    'service_registration "kubernetes" {}',
    '',
    'telemetry {',
    '  prometheus_retention_time = "30s"',
    '  disable_hostname = true',
    '}',
    '',
  ].join('\n');
}

export function vaultImage(config: EnvConfig): ImageRef {
  return internalImage(config.registry.host, 'hashicorp/vault', VAULT_VERSION);
}

export function vaultValues(config: EnvConfig): { values: VaultValues; images: ImageRef[] } {
  const c = config.components.vault;
  // Raft needs a majority: 1 (dev) or an odd number of voters.
  if (c.replicas > 1 && c.replicas % 2 === 0) throw new Error(`'components.vault.replicas' must be 1 or odd (Raft quorum), got ${c.replicas}`);
  const image = vaultImage(config);
  return {
    images: [image],
    values: {
      global: { tlsDisable: true },
      // VSO delivers secrets; no sidecar injector, no CSI provider.
      injector: { enabled: false },
      csi: { enabled: false },
      ui: { enabled: false },
      // Off: in HA the chart's ServiceMonitor selects the vault-active Service, and a sealed pod is never
      // active. VaultChart scrapes every pod instead (VAULT_METRICS).
      serverTelemetry: { serviceMonitor: { enabled: false, interval: '30s' } },
      server: {
        image: { repository: `${image.registry}/${image.repository}`, tag: image.tag, pullPolicy: 'IfNotPresent' },
        logFormat: 'json',
        resources: c.resources,
        extraLabels: workloadLabels('vault', 'security'),
        // Preferred, not required: 3 replicas on the 2-node prod cluster must still schedule.
        affinity: {
          podAntiAffinity: {
            preferredDuringSchedulingIgnoredDuringExecution: [{
              weight: 100,
              podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'vault', component: 'server' } } },
            }],
          },
        },
        dataStorage: { enabled: true, size: c.storage },
        auditStorage: { enabled: false },
        standalone: { enabled: false },
        ha: {
          enabled: true,
          replicas: c.replicas,
          raft: { enabled: true, setNodeId: true, config: vaultServerConfig(c.replicas) },
          disruptionBudget: { enabled: c.replicas > 1, maxUnavailable: 1 },
        },
        statefulSet: { securityContext: { pod: POD_SECURITY, container: CONTAINER_SECURITY } },
        // The chart renders its configuration into /tmp at start: the only writable path besides /vault/data.
        volumes: [{ name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '16Mi' } }],
        volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
        // TokenReview for Kubernetes auth, pod labels for vault-active.
        authDelegator: { enabled: true },
        serviceAccount: { create: true, serviceDiscovery: { enabled: true } },
      },
    },
  };
}

/** One policy per role: read (only) the KV v2 paths of its namespace's VaultSecrets. */
export function vaultPolicy(grant: VaultRoleGrant): string {
  return grant.paths.map((p) => `path "${VAULT_KV_MOUNT}/data/${p}" {\n  capabilities = ["read"]\n}\n`).join('\n');
}

/** The snapshot CronJob may read a Raft snapshot: nothing else. */
export function snapshotPolicy(): string {
  return 'path "sys/storage/raft/snapshot" {\n  capabilities = ["read"]\n}\n';
}

/** cert-manager may sign (never issue with its own key material) under the lumen PKI role. */
export function certManagerPolicy(): string {
  return `path "pki/sign/${VAULT_PKI_ROLE}" {\n  capabilities = ["create", "update"]\n}\n`;
}

/**
 * `bootstrap/vault-auth.sh` of a fleet's cluster other than infra: what Vault, on infra, needs to log that
 * cluster's pods in, run once by a person with an admin token (and again when its roles change): a Kubernetes
 * auth mount of its own (`kubernetes-<cluster>`: that cluster's API server, its CA, and the token of a
 * reviewer ServiceAccount there with system:auth-delegator), cert-manager's role, and one role + policy per
 * VaultNamespaceAuth of that cluster, derived from its objects as the infra cluster's job derives its own.
 */
export function clusterVaultAuthScript(config: EnvConfig, grants: readonly VaultRoleGrant[]): string {
  const mount = kubernetesAuthMount(config);
  const cluster = config.clusterName ?? config.cluster.name;
  const lines = [
    '#!/bin/sh',
    `# Vault (infra cluster) logs in the pods of cluster ${cluster}: generated by npm run synth, run by a person (README "Several clusters").`,
    `# On ${cluster}: kubectl -n kube-system create serviceaccount vault-reviewer`,
    `#   kubectl create clusterrolebinding vault-reviewer --clusterrole=system:auth-delegator --serviceaccount=kube-system:vault-reviewer`,
    '#   REVIEWER_JWT=$(kubectl -n kube-system create token vault-reviewer --duration=8760h)',
    "#   KUBE_CA_CERT=$(kubectl config view --raw --minify -o jsonpath='{.clusters[0].cluster.certificate-authority-data}' | base64 -d)",
    '# Then, with VAULT_ADDR and an admin VAULT_TOKEN: sh vault-auth.sh',
    'set -eu',
    ': "${VAULT_ADDR:?}" "${VAULT_TOKEN:?}" "${REVIEWER_JWT:?}" "${KUBE_CA_CERT:?}"',
    `vault auth list -format=json | grep -q '"${mount}/"' || vault auth enable -path=${mount} kubernetes`,
    `vault write auth/${mount}/config kubernetes_host="${config.argocd.destination}" kubernetes_ca_cert="$KUBE_CA_CERT" token_reviewer_jwt="$REVIEWER_JWT" >/dev/null`,
    `vault policy write ${CERT_MANAGER_VAULT_ROLE} - <<'EOF'`, certManagerPolicy().trimEnd(), 'EOF',
    `vault write auth/${mount}/role/${CERT_MANAGER_VAULT_ROLE} bound_service_account_names=${CERT_MANAGER_ISSUER_ACCOUNT} \\`,
    `  bound_service_account_namespaces=${CERT_MANAGER_NAMESPACE} audience="${CERT_MANAGER_AUDIENCE}" token_policies=${CERT_MANAGER_VAULT_ROLE} token_ttl=20m >/dev/null`,
  ];
  for (const g of grants) {
    const policy = g.paths.length ? `vso-${cluster}-${g.role}` : 'default';
    if (g.paths.length) lines.push(`vault policy write ${policy} - <<'EOF'`, vaultPolicy(g).trimEnd(), 'EOF');
    lines.push(`vault write auth/${mount}/role/${g.role} bound_service_account_names=${g.serviceAccount} bound_service_account_namespaces=${g.namespace} \\`,
      `  audience=vault token_policies=${policy} token_ttl=1h >/dev/null`);
  }
  lines.push(`echo "vault auth for cluster ${cluster}: done"`);
  return `${lines.join('\n')}\n`;
}

/**
 * The bootstrap script: idempotent, run by an Argo CD PostSync hook once Vault is initialised and unsealed
 * (the vault application is Healthy only then: a sealed server fails its readiness probe). It enables KV v2
 * at `secret/`, the PKI root and role `lumen` for *.<baseDomain>, Kubernetes auth, cert-manager's role, and
 * one role + policy per VaultNamespaceAuth; then lists the KV entries a person still has to write.
 * It holds no secret: the token comes from the Secret vault-bootstrap-token, created by hand (README) and
 * deleted after the first run; without it the job exits 0 (skipped) once Vault holds the PKI CA, so later
 * syncs succeed, and fails with a message while Vault was never bootstrapped.
 * The PKI role: cert-manager sends a CSR with an empty CN when a Certificate has only dnsNames
 * (cert-manager#4965), so the role must not require one (`require_cn=false`; Vault's default is true).
 */
export const VAULT_BOOTSTRAP_SCRIPT = `#!/bin/sh
set -eu
: "\${VAULT_ADDR:?}" "\${BASE_DOMAIN:?}"
cd "\${BOOTSTRAP_CONFIG_DIR:-/config}"

# Exit code 2 while sealed: unseal first (README, "Vault").
vault status >/dev/null

# The token Secret is deleted after the first run (README): a later sync of vault must still succeed.
# pki/cert/ca needs no token: present means an earlier run got through.
if [ -z "\${VAULT_TOKEN:-}" ]; then
  if vault read -field=certificate pki/cert/ca >/dev/null 2>&1; then
    echo "vault bootstrap: skipped: no Secret ${VAULT_BOOTSTRAP_TOKEN_SECRET} and Vault is bootstrapped already (PKI CA present)."
    echo "To apply changed roles or policies (roles.txt, policy-*.hcl), create the Secret again and sync vault."
    exit 0
  fi
  echo "vault bootstrap: no Secret ${VAULT_BOOTSTRAP_TOKEN_SECRET} (key token) and Vault is not bootstrapped yet: create it (README, Vault step 3), then sync vault." >&2
  exit 1
fi

# KV v2 for every credential of the platform.
vault secrets list -format=json | grep -q '"${VAULT_KV_MOUNT}/"' || vault secrets enable -path=${VAULT_KV_MOUNT} -version=2 kv

# PKI: an internal root (10 years) and the role cert-manager signs with.
if ! vault secrets list -format=json | grep -q '"pki/"'; then
  vault secrets enable pki
  vault secrets tune -max-lease-ttl=87600h pki
fi
if ! vault read -field=certificate pki/cert/ca >/dev/null 2>&1; then
  vault write -field=certificate pki/root/generate/internal common_name="lumen root CA" issuer_name=lumen-root ttl=87600h >/dev/null
fi
vault write pki/config/urls issuing_certificates="$VAULT_ADDR/v1/pki/ca" crl_distribution_points="$VAULT_ADDR/v1/pki/crl" >/dev/null
# require_cn=false: Certificates carry only dnsNames, cert-manager sends an empty CN (cert-manager#4965).
vault write pki/roles/${VAULT_PKI_ROLE} allowed_domains="$BASE_DOMAIN" allow_subdomains=true allow_bare_domains=false \\
  allow_glob_domains=false enforce_hostnames=true require_cn=false key_type=any max_ttl=2160h >/dev/null

# Kubernetes auth: Vault reviews tokens with its own ServiceAccount (chart: server.authDelegator).
vault auth list -format=json | grep -q '"${VAULT_KUBERNETES_AUTH_MOUNT}/"' || vault auth enable -path=${VAULT_KUBERNETES_AUTH_MOUNT} kubernetes
vault write auth/${VAULT_KUBERNETES_AUTH_MOUNT}/config kubernetes_host="https://kubernetes.default.svc:443" >/dev/null

vault policy write ${CERT_MANAGER_VAULT_ROLE} policy-${CERT_MANAGER_VAULT_ROLE}.hcl >/dev/null
vault write auth/${VAULT_KUBERNETES_AUTH_MOUNT}/role/${CERT_MANAGER_VAULT_ROLE} bound_service_account_names=${CERT_MANAGER_ISSUER_ACCOUNT} \\
  bound_service_account_namespaces=${CERT_MANAGER_NAMESPACE} audience="${CERT_MANAGER_AUDIENCE}" token_policies=${CERT_MANAGER_VAULT_ROLE} token_ttl=20m >/dev/null

# One role per namespace with VaultSecrets (roles.txt: role namespace serviceaccount).
while read -r role ns sa; do
  [ -n "$role" ] || continue
  policies=default
  if [ -s "policy-$role.hcl" ]; then
    vault policy write "vso-$role" "policy-$role.hcl" >/dev/null
    policies="vso-$role"
  fi
  vault write "auth/${VAULT_KUBERNETES_AUTH_MOUNT}/role/$role" bound_service_account_names="$sa" bound_service_account_namespaces="$ns" \\
    audience=vault token_policies="$policies" token_ttl=1h >/dev/null
  echo "role $role: $ns/$sa -> $policies"
done < roles.txt

# The Raft snapshot CronJob: a short-lived token that may read a snapshot, nothing else.
vault policy write ${VAULT_SNAPSHOT_ROLE} policy-${VAULT_SNAPSHOT_ROLE}.hcl >/dev/null
vault write auth/${VAULT_KUBERNETES_AUTH_MOUNT}/role/${VAULT_SNAPSHOT_ROLE} bound_service_account_names=${VAULT_SNAPSHOT_ACCOUNT} \\
  bound_service_account_namespaces=${VAULT_NAMESPACE} audience=vault token_policies=${VAULT_SNAPSHOT_ROLE} token_ttl=${VAULT_SNAPSHOT_TOKEN_TTL} token_max_ttl=${VAULT_SNAPSHOT_TOKEN_TTL} >/dev/null

# Secrets the platform makes itself (generate.txt: path key=kind ...): written once when the entry is absent,
# never overwritten (the object store's keys: rotating one means importing it into Garage again).
rand_hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \\n'; }
while read -r path specs; do
  [ -n "$path" ] || continue
  vault kv metadata get "${VAULT_KV_MOUNT}/$path" >/dev/null 2>&1 && continue
  set --
  for spec in $specs; do
    case "\${spec#*=}" in
      hex32) set -- "$@" "\${spec%%=*}=$(rand_hex 32)" ;;
      garage-key-id) set -- "$@" "\${spec%%=*}=GK$(rand_hex 12)" ;;
      *) echo "vault bootstrap: unknown generated value $spec ($path)" >&2; exit 1 ;;
    esac
  done
  vault kv put "${VAULT_KV_MOUNT}/$path" "$@" >/dev/null
  echo "generated ${VAULT_KV_MOUNT}/$path"
done < generate.txt

# What a person still has to write (vault kv put ${VAULT_KV_MOUNT}/<path> ...): never this job.
while read -r path; do
  [ -n "$path" ] || continue
  vault kv metadata get "${VAULT_KV_MOUNT}/$path" >/dev/null 2>&1 || echo "MISSING: ${VAULT_KV_MOUNT}/$path"
done < kv-paths.txt
echo "vault bootstrap: done"
`;

/** Vault HA on Raft, plus its bootstrap job (wave dependencies). */
export class VaultChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES, namespace: VAULT_NAMESPACE, description: 'Vault HA (Raft) and its bootstrap job' });
    new PlatformNamespace(this, VAULT_NAMESPACE);
    const { values } = vaultValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'vault', version: VAULT_CHART_VERSION, values,
    });

    const api = config.cluster.apiServer;
    const vaultPods = { ...VAULT_POD_LABELS };
    // Who may talk to Vault's API: cert-manager (PKI), VSO (KV), Vault's own pods and the bootstrap job.
    new NetworkFlow(this, 'allow-ingress-api', {
      namespace: VAULT_NAMESPACE, podLabels: vaultPods, direction: 'ingress',
      peers: [
        { namespace: CERT_MANAGER_NAMESPACE, podLabels: { 'app.kubernetes.io/name': 'cert-manager' } },
        { namespace: VSO_NAMESPACE },
        { namespace: VAULT_NAMESPACE },
      ],
      ports: [{ port: VAULT_PORT }],
    });
    // Every Vault pod, sealed and standby ones included (with its prometheus → pods flow).
    new PodsMonitor(this, VAULT_METRICS.name, {
      namespace: VAULT_NAMESPACE, selector: vaultPods, port: VAULT_METRICS.port, targetPort: VAULT_PORT,
      path: VAULT_METRICS.path, params: { format: ['prometheus'] },
    });
    new NetworkFlow(this, 'allow-ingress-cluster', {
      namespace: VAULT_NAMESPACE, podLabels: vaultPods, direction: 'ingress',
      peers: [{ namespace: VAULT_NAMESPACE, podLabels: vaultPods }], ports: [{ port: VAULT_CLUSTER_PORT }],
    });
    new NetworkFlow(this, 'allow-egress-vault', {
      namespace: VAULT_NAMESPACE, direction: 'egress',
      peers: [{ namespace: VAULT_NAMESPACE, podLabels: vaultPods }], ports: [{ port: VAULT_PORT }, { port: VAULT_CLUSTER_PORT }],
    });
    // TokenReview (Kubernetes auth) and the vault-active label (service registration).
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: VAULT_NAMESPACE, podLabels: vaultPods, direction: 'egress',
      peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });

    this.addBootstrap(config, values.server.image);
  }

  private addBootstrap(config: EnvConfig, image: Image): void {
    const name = 'vault-bootstrap';
    const labels = { ...standardLabels(name), ...workloadLabels(name, 'security') };
    // Roles and policies follow the VaultNamespaceAuth / VaultSecret constructs of the whole environment,
    // read when the app is rendered (every chart exists by then).
    const app = this.node.root;
    new k8s.KubeConfigMap(this, 'BootstrapScript', {
      metadata: { name, labels },
      data: Lazy.any({
        produce: () => {
          const grants = vaultRoleGrants(app);
          const generated = vaultGeneratedEntries(app);
          const clash = grants.find((g) => g.role === CERT_MANAGER_VAULT_ROLE);
          if (clash) throw new Error(`Vault role "${CERT_MANAGER_VAULT_ROLE}" is reserved for the ClusterIssuer, got a VaultNamespaceAuth in ${clash.namespace}`);
          const data: Record<string, string> = {
            'bootstrap.sh': VAULT_BOOTSTRAP_SCRIPT,
            [`policy-${CERT_MANAGER_VAULT_ROLE}.hcl`]: certManagerPolicy(),
            'roles.txt': grants.map((g) => `${g.role} ${g.namespace} ${g.serviceAccount}\n`).join(''),
            // What a person writes: the generated entries are the job's own.
            'kv-paths.txt': [...new Set(grants.flatMap((g) => g.paths))].filter((p) => !generated.some((e) => e.path === p)).sort().map((p) => `${p}\n`).join(''),
            'generate.txt': generated.map((e) => `${e.path} ${Object.entries(e.keys).map(([k, v]) => `${k}=${v}`).join(' ')}\n`).join(''),
            [`policy-${VAULT_SNAPSHOT_ROLE}.hcl`]: snapshotPolicy(),
          };
          for (const g of grants) if (g.paths.length) data[`policy-${g.role}.hcl`] = vaultPolicy(g);
          return data;
        },
      }) as unknown as Record<string, string>,
    });
    new k8s.KubeServiceAccount(this, 'BootstrapAccount', { metadata: { name, labels }, automountServiceAccountToken: false });
    new k8s.KubeJob(this, 'Bootstrap', {
      metadata: {
        name, labels,
        annotations: {
          // After the sync, once every Vault pod is Ready (= unsealed); recreated (re-run) on every sync.
          'argocd.argoproj.io/hook': 'PostSync',
          'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation',
        },
      },
      spec: {
        backoffLimit: 2,
        // A Vault that never answers must fail the sync visibly rather than hang it.
        activeDeadlineSeconds: 600,
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: name,
            automountServiceAccountToken: false,
            restartPolicy: 'Never',
            securityContext: POD_SECURITY,
            containers: [{
              name,
              image: `${image.repository}:${image.tag}`,
              imagePullPolicy: 'IfNotPresent',
              command: ['/bin/sh', '/config/bootstrap.sh'],
              env: [
                { name: 'VAULT_ADDR', value: VAULT_ADDR },
                { name: 'BASE_DOMAIN', value: config.cluster.baseDomain },
                { name: 'HOME', value: '/tmp' },
                // Optional: the Secret is deleted after the first run; the script then skips (see above).
                { name: 'VAULT_TOKEN', valueFrom: { secretKeyRef: { name: VAULT_BOOTSTRAP_TOKEN_SECRET, key: 'token', optional: true } } },
              ],
              resources: {
                requests: { cpu: k8s.Quantity.fromString('10m'), memory: k8s.Quantity.fromString('32Mi') },
                limits: { cpu: k8s.Quantity.fromString('200m'), memory: k8s.Quantity.fromString('128Mi') },
              },
              securityContext: CONTAINER_SECURITY,
              volumeMounts: [{ name: 'config', mountPath: '/config', readOnly: true }, { name: 'tmp', mountPath: '/tmp' }],
            }],
            volumes: [
              { name: 'config', configMap: { name } },
              { name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: k8s.Quantity.fromString('8Mi') } },
            ],
          },
        },
      },
    });
  }
}

export function buildVault(scope: Construct, config: EnvConfig): void {
  if (config.components.vault.enabled) new VaultChart(scope, 'vault', config);
}
