/**
 * Signed images, enforced (issue 14): Sigstore's policy-controller admits a pod in the verified namespaces only
 * when every first-party image carries a cosign signature from the overlay's key, checked against the internal
 * registry alone (no Rekor, no CT log, no TUF: nothing outside the air gap). Why policy-controller and not
 * Kyverno or Ratify: README "Signed images".
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { FIRST_PARTY_REPOSITORIES } from '../config/schema';
import type { EnvConfig, Resources, SigningConfig } from '../config/schema';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { LumenChart } from '../constructs/lumen-chart';
import { apiServerPeers, NetworkFlow, webhookCallerPeers } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { PodsMonitor } from '../constructs/service-monitor';
import { Waves } from '../constructs/waves';
import { registryEgress } from './gitea';

/** policy-controller v0.13.1, chart policy-controller 0.10.6 (sigstore/helm-charts; its appVersion). */
export const POLICY_CONTROLLER_VERSION = 'v0.13.1';
export const POLICY_CONTROLLER_CHART_VERSION = '0.10.6';
/** The chart's CRDs name their conversion webhook in the release namespace; upstream's own manifests use this one. */
export const POLICY_CONTROLLER_NAMESPACE = 'cosign-system';
/** The webhook's HTTPS port (knative's default, the chart's container port `https`). */
export const POLICY_WEBHOOK_PORT = 8443;
/** Prometheus metrics (knative's default backend, container port `metrics`). */
export const POLICY_METRICS_PORT = 9090;
/** The webhook pods, as the chart labels them (release `policy-controller`). */
export const POLICY_WEBHOOK_POD_LABELS = { 'app.kubernetes.io/name': 'policy-controller', 'control-plane': 'policy-controller-webhook' } as const;
/** The admission webhook of pods and their controllers (the chart's `cosign.webhookName`, its default). */
export const POLICY_WEBHOOK_NAME = 'policy.sigstore.dev';
/** The ClusterImagePolicy every first-party image must satisfy. */
export const FIRST_PARTY_POLICY = 'lumen-first-party-signed';
export const CLUSTER_IMAGE_POLICY_API_VERSION = 'policy.sigstore.dev/v1alpha1';
/**
 * knative's webhook reconciler appends this expression to the selector of the webhooks it manages
 * (EnsureLabelSelectorExpressions): said here already, so what Argo CD applies is what stays.
 */
const KNATIVE_EXCLUDE = { key: 'webhooks.knative.dev/exclude', operator: 'DoesNotExist' } as const;

type Image = { readonly repository: string; readonly version: string; readonly pullPolicy: 'IfNotPresent' };
type LabelSelector = { readonly matchExpressions: readonly { readonly key: string; readonly operator: string; readonly values?: readonly string[] }[] };

/** The values of the policy-controller chart that we set. */
export interface PolicyControllerValues {
  readonly installCRDs: boolean;
  readonly webhook: {
    readonly replicaCount: number;
    readonly image: Image;
    /**
     * `-disable-tuf=true`: without it the webhook panics at start trying to fetch Sigstore's public TUF root
     * (cmd/webhook/main.go); a key authority needs none of it.
     */
    readonly extraArgs: Record<string, string | boolean>;
    readonly resources: Resources;
    /** Fail where signatures are enforced, Ignore where they only warn (README "Signed images"). */
    readonly failurePolicy: 'Fail' | 'Ignore';
    /** The chart renders this map as the container's securityContext (its `enabled` key dropped). */
    readonly podSecurityContext: Record<string, unknown>;
    /** Which namespaces the pod webhooks see: the overlay's, by name (never a system namespace). */
    readonly namespaceSelector: LabelSelector;
    /** config-policy-controller: `no-match-policy`. */
    readonly configData: Record<string, string>;
    readonly podDisruptionBudget: { readonly enabled: boolean; readonly minAvailable: number };
  };
}

/** The webhook's failure policy for an environment: closed where signatures are enforced. */
export function failurePolicyOf(signing: Pick<SigningConfig, 'mode'>): 'Fail' | 'Ignore' {
  return signing.mode === 'enforce' ? 'Fail' : 'Ignore';
}

export function policyControllerValues(config: EnvConfig, signing: SigningConfig): { values: PolicyControllerValues; images: ImageRef[] } {
  const c = config.components.policyController;
  const image = internalImage(config.registry.host, 'sigstore/policy-controller/policy-controller', POLICY_CONTROLLER_VERSION);
  return {
    images: [image],
    values: {
      installCRDs: true,
      webhook: {
        replicaCount: c.replicas,
        image: { repository: `${image.registry}/${image.repository}`, version: image.tag, pullPolicy: 'IfNotPresent' },
        extraArgs: { 'disable-tuf': true },
        resources: c.resources,
        failurePolicy: failurePolicyOf(signing),
        podSecurityContext: {
          enabled: true,
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          runAsNonRoot: true,
          runAsUser: 65532,
          capabilities: { drop: ['ALL'] },
          seccompProfile: { type: 'RuntimeDefault' },
        },
        namespaceSelector: {
          matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: [...signing.namespaces].sort() }, KNATIVE_EXCLUDE],
        },
        // The verified namespaces also run third-party images (Redis): those match no policy and are admitted
        // (the chart's default, deny, would refuse them). Gatekeeper's rules still hold them to the registry.
        configData: { 'no-match-policy': 'allow' },
        // One replica: a PDB of minAvailable 1 would block every node drain.
        podDisruptionBudget: { enabled: c.replicas > 1, minAvailable: 1 },
      },
    },
  };
}

/** The policy's image globs: the first-party repositories below the environment's registry (what pods reference). */
export function firstPartyGlobs(config: Pick<EnvConfig, 'registry'>, signing: Pick<SigningConfig, 'repositories'>): string[] {
  return [...new Set([...FIRST_PARTY_REPOSITORIES, ...signing.repositories])].map((r) => `${config.registry.host}/${r}`);
}

/**
 * policy-controller's glob (pkg/apis/glob Compile, v0.13.1): `**` anything, `*` anything but `/`, `.` literal,
 * whole string. It matches the reference's name: `host/repo@sha256:…` for a digest reference, `host/repo:tag` else.
 */
export function globMatches(glob: string, image: string): boolean {
  const re = new RegExp(`^${glob.replace(/\./g, '\\.').replace(/\*\*/g, '#').replace(/\*/g, '[^/]*').replace(/#/g, '.*')}$`);
  const at = image.indexOf('@');
  const name = at >= 0 ? `${image.slice(0, at).replace(/:[^/:]+$/, '')}${image.slice(at)}` : image;
  return re.test(name) || re.test(image);
}

/** The verifier (wave core: before anything runs in the namespaces it verifies), its CRDs and its flows. */
export class PolicyControllerChart extends LumenChart {
  readonly verifier: HelmRelease<PolicyControllerValues>;

  constructor(scope: Construct, id: string, config: EnvConfig, signing: SigningConfig) {
    super(scope, id, { config, wave: Waves.CORE, namespace: POLICY_CONTROLLER_NAMESPACE, description: 'Sigstore policy-controller: signed first-party images (admission)' });
    new PlatformNamespace(this, POLICY_CONTROLLER_NAMESPACE);
    const { values } = policyControllerValues(config, signing);
    this.verifier = new HelmRelease<PolicyControllerValues>(this, 'Release', {
      chart: 'policy-controller', version: POLICY_CONTROLLER_CHART_VERSION, values, crdModule: 'policy-controller',
      // Two ConfigMaps ship upstream's documentation sample under `_example`, a key the controller never reads
      // (it writes the policies and trust roots beside it): sample keys, certificates and sigstore.dev URLs the gate
      // would rightly refuse. Pinned to a line saying where the example lives.
      volatile: ['config-image-policies', 'config-sigstore-keys'].map((name) => ({
        kind: 'ConfigMap', name, path: 'data._example', value: `# upstream example omitted (chart ${POLICY_CONTROLLER_CHART_VERSION}, templates/webhook/); the controller writes this ConfigMap's other keys`,
        reason: "upstream's documentation sample (keys, certificates, public URLs) in a key the controller ignores",
      })),
    });
    const api = config.cluster.apiServer;
    new NetworkFlow(this, 'allow-ingress-webhook-from-apiserver', {
      namespace: POLICY_CONTROLLER_NAMESPACE, podLabels: { ...POLICY_WEBHOOK_POD_LABELS }, direction: 'ingress',
      peers: webhookCallerPeers(config.cluster), ports: [{ port: POLICY_WEBHOOK_PORT }],
    });
    // Watches policies, configmaps and the webhook configurations it reconciles; reads pull secrets.
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: POLICY_CONTROLLER_NAMESPACE, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    // Signatures (`<repo>:sha256-<digest>.sig`) and digests come from the internal registry, and from nowhere else.
    const registry = registryEgress(config);
    if (registry) {
      new NetworkFlow(this, 'allow-egress-registry', {
        namespace: POLICY_CONTROLLER_NAMESPACE, podLabels: { ...POLICY_WEBHOOK_POD_LABELS }, direction: 'egress',
        peers: [{ cidrs: [registry.cidr] }], ports: [{ port: registry.port }],
      });
    }
    new PodsMonitor(this, 'policy-controller', {
      namespace: POLICY_CONTROLLER_NAMESPACE, selector: { ...POLICY_WEBHOOK_POD_LABELS }, port: 'metrics', targetPort: POLICY_METRICS_PORT,
    });
  }
}

/** The ClusterImagePolicy itself (wave policy: the webhook that defaults and validates it runs by then). */
export class PolicyControllerPolicyChart extends LumenChart {
  readonly policy: ApiObject;

  constructor(scope: Construct, id: string, config: EnvConfig, signing: SigningConfig) {
    super(scope, id, { config, wave: Waves.POLICY, description: `ClusterImagePolicy: first-party images signed by cosign.pub (${signing.mode})` });
    this.policy = new ApiObject(this, FIRST_PARTY_POLICY, {
      apiVersion: CLUSTER_IMAGE_POLICY_API_VERSION,
      kind: 'ClusterImagePolicy',
      metadata: { name: FIRST_PARTY_POLICY },
      spec: {
        // warn: admitted with a warning (dev); enforce: refused (staging, prod).
        mode: signing.mode,
        images: firstPartyGlobs(config, signing).map((glob) => ({ glob })),
        authorities: [{
          name: 'cosign-pub',
          // The key, and no `ctlog`: for a key authority without one, policy-controller verifies the signature
          // alone and skips the transparency log (validator.go: no Rekor client and no Rekor keys → IgnoreTlog).
          // No `source`: signatures are read from each image's own repository, in the internal registry.
          key: { data: signing.publicKeyPem, hashAlgorithm: 'sha256' },
        }],
      },
    });
  }
}

export function buildPolicyController(scope: Construct, config: EnvConfig): void {
  if (!config.signing || !config.components.policyController.enabled) return;
  new PolicyControllerChart(scope, 'policy-controller', config, config.signing);
  new PolicyControllerPolicyChart(scope, 'policy-controller-policy', config, config.signing);
}
