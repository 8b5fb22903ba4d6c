import { Construct } from 'constructs';
import type { EnvConfig, Resources } from '../config/schema';
import { VaultConnection } from '../../imports/vault-secrets-operator-secrets.hashicorp.com';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { VaultNamespaceAuth } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { LUMEN_NAMESPACE, SHOP_NAMESPACE } from './namespaces';
import { VAULT, VAULT_NAMESPACE, VAULT_POD_LABELS, VAULT_PORT, vaultAddress, VSO_NAMESPACE } from './vault';
import { reach } from '../platform/fleet';

export { VSO_NAMESPACE } from './vault';

/** Vault Secrets Operator v1.4.1, chart vault-secrets-operator 1.4.1 (chart and app versions move together). */
export const VSO_VERSION = '1.4.1';
export const VSO_CHART_VERSION = '1.4.1';
/** The metrics proxy VSO 1.x still runs next to the manager (removed in VSO 2.0). */
const KUBE_RBAC_PROXY_TAG = 'v0.18.1';
/** The VaultConnection VSO uses for every VaultAuth that names none: `default`, in VSO's own namespace. */
export const DEFAULT_VAULT_CONNECTION = 'default';
/**
 * Namespaces shared by several applications (created by src/charts/namespaces.ts at wave 0): their
 * `vault-auth` comes from here, once, so no application owns another's. A component with a namespace of its
 * own creates its VaultNamespaceAuth in its own chart.
 */
export const SHARED_VAULT_AUTH_NAMESPACES = [LUMEN_NAMESPACE, SHOP_NAMESPACE] as const;

type Image = { readonly repository: string; readonly tag: string };
const image = (ref: ImageRef): Image => ({ repository: `${ref.registry}/${ref.repository}`, tag: ref.tag });

/** The values of the vault-secrets-operator chart that we set. */
export interface VsoValues {
  readonly controller: {
    readonly replicas: number;
    readonly extraLabels: Record<string, string>;
    readonly manager: { readonly image: Image; readonly resources: Resources };
    readonly kubeRbacProxy: { readonly image: Image; readonly resources: Resources };
    readonly podSecurityContext: object;
    readonly securityContext: object;
  };
  /** Off: our own VaultConnection object (VaultSecretsOperatorConfigChart) is the default one, typed and tested. */
  readonly defaultVaultConnection: { readonly enabled: boolean };
  readonly defaultAuthMethod: { readonly enabled: boolean };
  /** Off: Argo CD applies the chart's CRDs itself (server-side), no pre-upgrade Job needed. */
  readonly hooks: { readonly upgradeCRDs: { readonly enabled: boolean } };
}

export function vsoValues(config: EnvConfig): { values: VsoValues; images: ImageRef[] } {
  const c = config.components.vaultSecretsOperator;
  const manager = internalImage(config.registry.host, 'hashicorp/vault-secrets-operator', VSO_VERSION);
  const proxy = internalImage(config.registry.host, 'brancz/kube-rbac-proxy', KUBE_RBAC_PROXY_TAG);
  return {
    images: [manager, proxy],
    values: {
      controller: {
        replicas: c.replicas,
        extraLabels: workloadLabels('vault-secrets-operator', 'security'),
        manager: { image: image(manager), resources: c.resources },
        kubeRbacProxy: { image: image(proxy), resources: { requests: { cpu: '5m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' } } },
        podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
      },
      defaultVaultConnection: { enabled: false },
      defaultAuthMethod: { enabled: false },
      hooks: { upgradeCRDs: { enabled: false } },
    },
  };
}

/** The Vault Secrets Operator and its CRDs (wave dependencies). */
export class VaultSecretsOperatorChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES, namespace: VSO_NAMESPACE, description: 'Vault Secrets Operator and its CRDs' });
    new PlatformNamespace(this, VSO_NAMESPACE);
    const { values } = vsoValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'vault-secrets-operator', version: VSO_CHART_VERSION, values, crdModule: 'vault-secrets-operator',
    });
    const api = config.cluster.apiServer;
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: VSO_NAMESPACE, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    // The ingress half is in the vault chart (same wave: each side lives with its own namespace); in a fleet, on a
    // cluster other than infra, the egress goes to the address infra exposes Vault at (src/charts/fleet.ts admits it).
    const vault = reach(config, VAULT, 'vault-secrets-operator');
    new NetworkFlow(this, 'allow-egress-vault', {
      namespace: VSO_NAMESPACE, direction: 'egress',
      peers: vault ? vault.addresses.map((a) => ({ cidrs: [`${a}/32`] })) : [{ namespace: VAULT_NAMESPACE, podLabels: { ...VAULT_POD_LABELS } }], ports: [{ port: VAULT_PORT }],
    });
  }
}

/**
 * VSO's custom resources (wave dependencies-config: its CRDs exist by then): the platform's VaultConnection
 * and `vault-auth` in the shared application namespaces.
 */
export class VaultSecretsOperatorConfigChart extends LumenChart {
  readonly connection: VaultConnection;
  readonly auths: VaultNamespaceAuth[];

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, {
      config, wave: Waves.DEPENDENCIES_CONFIG, namespace: VSO_NAMESPACE, description: 'VaultConnection, and VaultAuth of the shared namespaces (lumen, shop)',
    });
    // Plain HTTP to Vault inside the cluster (see src/charts/vault.ts).
    this.connection = new VaultConnection(this, 'Connection', {
      metadata: { name: DEFAULT_VAULT_CONNECTION, namespace: VSO_NAMESPACE },
      spec: { address: vaultAddress(config, 'vault-secrets-operator'), skipTlsVerify: false },
    });
    this.auths = SHARED_VAULT_AUTH_NAMESPACES.map((ns) => new VaultNamespaceAuth(this, `${ns}-auth`, { namespace: ns }));
  }
}

export function buildVaultSecretsOperator(scope: Construct, config: EnvConfig): void {
  if (!config.components.vaultSecretsOperator.enabled) return;
  new VaultSecretsOperatorChart(scope, 'vault-secrets-operator', config);
  new VaultSecretsOperatorConfigChart(scope, 'vault-secrets-operator-config', config);
}
