import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig, Resources } from '../config/schema';
import { ClusterIssuer } from '../../imports/cert-manager-cert-manager.io';
import { Dependency, dependency, dependencyHost, serviceHost } from '../constructs/dependency';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { LumenChart } from '../constructs/lumen-chart';
import { apiServerPeers, NetworkFlow, webhookCallerPeers } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { MONITORING_NAMESPACE, PROMETHEUS_POD_LABELS } from '../constructs/service-monitor';
import { kubernetesAuthMount } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { reach } from '../platform/fleet';
import { VAULT_ISSUER } from '../platform/endpoints';

export const CERT_MANAGER_VERSION = 'v1.21.1';
export const CERT_MANAGER_NAMESPACE = 'cert-manager';
/** Prometheus metrics port of the controller, the webhook and the cainjector (`http-metrics`). */
export const CERT_MANAGER_METRICS_PORT = 9402;
/**
 * The pods the chart's ServiceMonitor scrapes (controller, webhook, cainjector): all of the release
 * (`app.kubernetes.io/instance` is the Application's release name, the app id).
 */
export const CERT_MANAGER_RELEASE_POD_LABELS: Readonly<Record<string, string>> = Object.freeze({ 'app.kubernetes.io/instance': 'cert-manager' });
/** The ClusterIssuer every Certificate of the platform uses (a shared endpoint: src/platform/endpoints.ts). */
export { VAULT_ISSUER };
/** Where Vault answers inside the cluster (see the vault chart). */
export const VAULT_ADDR = 'http://vault.vault.svc.cluster.local:8200';
/**
 * Vault as its clients see it: the `vault` Service (any server: standbys forward to the active one). In a
 * fleet, the other clusters' VSO and cert-manager reach it at the address the infra cluster exposes it at.
 */
export const VAULT: Dependency = dependency({
  name: 'vault', component: 'vault', namespace: 'vault', // vault.ts's VAULT_POD_LABELS (not imported: vault.ts imports this file).
  podLabels: { 'app.kubernetes.io/name': 'vault', component: 'server' }, ports: [{ port: 8200 }],
  host: serviceHost('vault', 'vault'),
});

/** Vault's address for a client on the cluster `config` renders (VAULT_ADDR, or in a fleet the exposed address). */
export function vaultAddress(config: EnvConfig, client: string): string {
  const host = dependencyHost(config, VAULT, client);
  return host === VAULT.host ? VAULT_ADDR : `http://${host}:8200`;
}

type Image = { readonly repository: string; readonly tag: string };
const restricted = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
} as const;
const podSecurity = { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } as const;

/** The values of the jetstack cert-manager chart that we set. */
export interface CertManagerValues {
  /** Leader-election Leases (and their Role/RoleBinding) in cert-manager's own namespace, not kube-system. */
  readonly global: { readonly leaderElection: { readonly namespace: string } };
  readonly crds: { readonly enabled: boolean; readonly keep: boolean };
  readonly replicaCount: number;
  readonly image: Image;
  readonly resources: Resources;
  readonly securityContext: typeof podSecurity;
  readonly containerSecurityContext: typeof restricted;
  readonly webhook: { readonly replicaCount: number; readonly image: Image; readonly resources: Resources; readonly securityContext: typeof podSecurity; readonly containerSecurityContext: typeof restricted };
  readonly cainjector: { readonly replicaCount: number; readonly image: Image; readonly resources: Resources; readonly securityContext: typeof podSecurity; readonly containerSecurityContext: typeof restricted };
  readonly startupapicheck: { readonly enabled: boolean; readonly image: Image };
  readonly acmesolver: { readonly image: Image };
  readonly prometheus: { readonly enabled: boolean; readonly servicemonitor: { readonly enabled: boolean; readonly interval: string } };
}

const image = (ref: ImageRef): Image => ({ repository: `${ref.registry}/${ref.repository}`, tag: ref.tag });

export function certManagerValues(config: EnvConfig): { values: CertManagerValues; images: ImageRef[] } {
  const c = config.components.certManager;
  const img = (name: string) => internalImage(config.registry.host, `jetstack/${name}`, CERT_MANAGER_VERSION);
  const [controller, webhook, cainjector, startup, acme] =
    ['cert-manager-controller', 'cert-manager-webhook', 'cert-manager-cainjector', 'cert-manager-startupapicheck', 'cert-manager-acmesolver'].map(img);
  const workload = { replicaCount: c.replicas, resources: c.resources, securityContext: podSecurity, containerSecurityContext: restricted };
  return {
    images: [controller, webhook, cainjector, startup, acme],
    values: {
      // The chart's default is kube-system, which the AppProject does not let this application write to.
      global: { leaderElection: { namespace: CERT_MANAGER_NAMESPACE } },
      crds: { enabled: true, keep: true },
      ...workload,
      image: image(controller),
      webhook: { ...workload, image: image(webhook) },
      cainjector: { ...workload, image: image(cainjector) },
      startupapicheck: { enabled: false, image: image(startup) },
      acmesolver: { image: image(acme) },
      // Controller, webhook and cainjector metrics (:9402) through the chart's ServiceMonitor (CRD from prometheus-crds, wave 0).
      prometheus: { enabled: true, servicemonitor: { enabled: true, interval: '30s' } },
    },
  };
}

/** cert-manager with its CRDs (wave core). */
export class CertManagerChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CORE, namespace: CERT_MANAGER_NAMESPACE, description: 'cert-manager and its CRDs' });
    new PlatformNamespace(this, CERT_MANAGER_NAMESPACE);
    const { values } = certManagerValues(config);
    new HelmRelease(this, 'Release', { chart: 'cert-manager', version: CERT_MANAGER_VERSION, values, crdModule: 'cert-manager' });
    const api = config.cluster.apiServer;
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: CERT_MANAGER_NAMESPACE, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    new NetworkFlow(this, 'allow-ingress-webhook-from-apiserver', {
      namespace: CERT_MANAGER_NAMESPACE, podLabels: { 'app.kubernetes.io/name': 'webhook' }, direction: 'ingress',
      peers: webhookCallerPeers(config.cluster), ports: [{ port: 10250 }],
    });
    // Every target of the chart's ServiceMonitor, not only the controller (else TargetDown for webhook and cainjector).
    new NetworkFlow(this, 'allow-ingress-prometheus', {
      namespace: CERT_MANAGER_NAMESPACE, podLabels: { ...CERT_MANAGER_RELEASE_POD_LABELS }, direction: 'ingress',
      peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...PROMETHEUS_POD_LABELS } }], ports: [{ port: CERT_MANAGER_METRICS_PORT }],
    });
    // In a fleet, on a cluster other than infra: the address infra exposes Vault at (src/platform/fleet.ts).
    const vault = reach(config, VAULT, 'cert-manager');
    new NetworkFlow(this, 'allow-egress-vault', {
      namespace: CERT_MANAGER_NAMESPACE, podLabels: { 'app.kubernetes.io/name': 'cert-manager' }, direction: 'egress',
      peers: vault ? vault.addresses.map((a) => ({ cidrs: [`${a}/32`] })) : [{ namespace: 'vault', podLabels: { 'app.kubernetes.io/name': 'vault' } }], ports: [{ port: 8200 }],
    });
  }
}

/**
 * The Vault PKI ClusterIssuer (wave dependencies-config: after Vault exists, or the issuer never gets Ready
 * and the wave never ends). cert-manager authenticates with a token of its own ServiceAccount
 * (Kubernetes auth, role `cert-manager`), which Vault's `pki/sign/<role>` signs with.
 */
export class CertManagerConfigChart extends LumenChart {
  readonly issuer: ClusterIssuer;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: CERT_MANAGER_NAMESPACE, description: 'Vault PKI ClusterIssuer' });
    const sa = 'cert-manager-vault-issuer';
    new k8s.KubeServiceAccount(this, 'IssuerAccount', { metadata: { name: sa }, automountServiceAccountToken: false });
    // cert-manager's controller requests tokens for that ServiceAccount (cert-manager docs: "Vault → Kubernetes auth").
    new k8s.KubeRole(this, 'TokenRequest', {
      metadata: { name: `${sa}-token` },
      rules: [{ apiGroups: [''], resources: ['serviceaccounts/token'], resourceNames: [sa], verbs: ['create'] }],
    });
    new k8s.KubeRoleBinding(this, 'TokenRequestBinding', {
      metadata: { name: `${sa}-token` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `${sa}-token` },
      subjects: [{ kind: 'ServiceAccount', name: 'cert-manager', namespace: CERT_MANAGER_NAMESPACE }],
    });
    this.issuer = new ClusterIssuer(this, 'VaultIssuer', {
      metadata: { name: VAULT_ISSUER },
      spec: {
        vault: {
          server: vaultAddress(config, 'cert-manager'),
          path: 'pki/sign/lumen',
          auth: { kubernetes: { role: 'cert-manager', mountPath: `/v1/auth/${kubernetesAuthMount(config)}`, serviceAccountRef: { name: sa } } },
        },
      },
    });
  }
}

export function buildCertManager(scope: Construct, config: EnvConfig): void {
  if (!config.components.certManager.enabled) return;
  new CertManagerChart(scope, 'cert-manager', config);
  new CertManagerConfigChart(scope, 'cert-manager-config', config);
}
