import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { EnvConfig, Resources } from '../config/schema';
import { ConstraintTemplate } from '../../imports/gatekeeper-templates.gatekeeper.sh';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { apiServerPeers, NetworkFlow, webhookCallerPeers } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { PodsMonitor } from '../constructs/service-monitor';
import { Waves } from '../constructs/waves';
import { AdmissionRule, constraintSpec, constraintTemplateManifest, LUMEN_RULES, LumenConstraint, lumenConstraints } from '../policy/admission';

/** Gatekeeper v3.23.0, chart gatekeeper 3.23.0: the version whose CRDs imports/ carries. */
export const GATEKEEPER_VERSION = 'v3.23.0';
export const GATEKEEPER_CHART_VERSION = '3.23.0';
export const GATEKEEPER_NAMESPACE = 'gatekeeper-system';
/** Port of the admission webhook (the chart's `controllerManager.port`). */
export const WEBHOOK_PORT = 8443;
/** Prometheus metrics of the webhook and audit pods (the chart's `metricsPort`, container port `metrics`). */
export const GATEKEEPER_METRICS_PORT = 8888;
/** Pods of the webhook (the controller-manager Deployment); the audit pods carry `audit` instead. */
export const WEBHOOK_POD_LABELS = { 'gatekeeper.sh/operation': 'webhook' } as const;
/** Namespaces the webhook never reviews: the cluster's own, and Gatekeeper's (it must be able to heal itself). */
export const EXEMPT_NAMESPACES = ['kube-system', GATEKEEPER_NAMESPACE];
/** Namespace label the webhook's namespaceSelector skips (allowed only on namespaces Gatekeeper exempts). */
export const IGNORE_LABEL = 'admission.gatekeeper.sh/ignore';
export const CONSTRAINTS_API_VERSION = 'constraints.gatekeeper.sh/v1beta1';

type Image = { readonly repository: string; readonly tag: string };
const restricted = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
  runAsNonRoot: true,
  runAsUser: 1000,
  runAsGroup: 999,
} as const;

/** The values of the gatekeeper chart that we set. */
export interface GatekeeperValues {
  readonly replicas: number;
  readonly image: { readonly repository: string; readonly crdRepository: string; readonly release: string; readonly pullPolicy: 'IfNotPresent' };
  /** The CRD-upgrade hook's image (used only when upgradeCRDs is on). */
  readonly preInstall: { readonly crdRepository: { readonly image: Image } };
  /** Argo CD applies the chart's crds/ itself (server-side): no kubectl Job at every sync. */
  readonly upgradeCRDs: { readonly enabled: boolean };
  /** Hooks that run kubectl (and curl) Jobs: off, the namespace is labelled by our Namespace object. */
  readonly postInstall: {
    readonly labelNamespace: { readonly enabled: boolean; readonly image: Image };
    readonly probeWebhook: { readonly enabled: boolean };
  };
  readonly postUpgrade: { readonly labelNamespace: { readonly enabled: boolean; readonly image: Image } };
  readonly preUninstall: { readonly deleteWebhookConfigurations: { readonly enabled: boolean; readonly image: Image } };
  /** The CEL engine of our ConstraintTemplates (default on since 3.16; said explicitly because we rely on it). */
  readonly enableK8sNativeValidation: boolean;
  readonly enableRuntimeDefaultSeccompProfile: boolean;
  readonly podLabels: Record<string, string>;
  readonly controllerManager: {
    readonly exemptNamespaces: string[];
    readonly port: number;
    readonly resources: Resources;
    readonly securityContext: typeof restricted;
  };
  readonly audit: { readonly resources: Resources; readonly securityContext: typeof restricted };
}

const image = (ref: ImageRef): Image => ({ repository: `${ref.registry}/${ref.repository}`, tag: ref.tag });

export function gatekeeperValues(config: EnvConfig): { values: GatekeeperValues; images: ImageRef[] } {
  const c = config.components.gatekeeper;
  const gatekeeper = internalImage(config.registry.host, 'openpolicyagent/gatekeeper', GATEKEEPER_VERSION);
  // gatekeeper-crds: the CRDs plus kubectl, the image of every hook Job of the chart.
  const crds = internalImage(config.registry.host, 'openpolicyagent/gatekeeper-crds', GATEKEEPER_VERSION);
  return {
    images: [gatekeeper, crds],
    values: {
      replicas: c.replicas,
      image: { repository: `${gatekeeper.registry}/${gatekeeper.repository}`, crdRepository: `${crds.registry}/${crds.repository}`, release: GATEKEEPER_VERSION, pullPolicy: 'IfNotPresent' },
      preInstall: { crdRepository: { image: image(crds) } },
      upgradeCRDs: { enabled: false },
      postInstall: { labelNamespace: { enabled: false, image: image(crds) }, probeWebhook: { enabled: false } },
      postUpgrade: { labelNamespace: { enabled: false, image: image(crds) } },
      preUninstall: { deleteWebhookConfigurations: { enabled: false, image: image(crds) } },
      enableK8sNativeValidation: true,
      enableRuntimeDefaultSeccompProfile: true,
      // The chart sets `app: gatekeeper` itself: ours would render a duplicate key that kubectl rejects.
      podLabels: { tier: workloadLabels('gatekeeper', 'security').tier },
      controllerManager: { exemptNamespaces: [...EXEMPT_NAMESPACES], port: WEBHOOK_PORT, resources: c.resources, securityContext: restricted },
      audit: { resources: c.resources, securityContext: restricted },
    },
  };
}

/** OPA Gatekeeper: the admission webhook and the audit controller, with its CRDs (wave core). */
export class GatekeeperChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CORE, namespace: GATEKEEPER_NAMESPACE, description: 'OPA Gatekeeper (admission webhook, audit) and its CRDs' });
    const ns = new PlatformNamespace(this, GATEKEEPER_NAMESPACE);
    // What the chart's post-install kubectl Job would do: let the webhook skip its own namespace.
    (ns.node.findChild('Resource') as ApiObject).metadata.addLabel(IGNORE_LABEL, 'no-self-managing');
    const { values } = gatekeeperValues(config);
    new HelmRelease<GatekeeperValues>(this, 'Release', { chart: 'gatekeeper', version: GATEKEEPER_CHART_VERSION, values, crdModule: 'gatekeeper' });
    const api = config.cluster.apiServer;
    new NetworkFlow(this, 'allow-ingress-webhook-from-apiserver', {
      namespace: GATEKEEPER_NAMESPACE, podLabels: { ...WEBHOOK_POD_LABELS }, direction: 'ingress', peers: webhookCallerPeers(config.cluster), ports: [{ port: WEBHOOK_PORT }],
    });
    // Webhook and audit watch and list every kind the constraints match, and write constraint status.
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: GATEKEEPER_NAMESPACE, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    // The chart ships no ServiceMonitor: a PodMonitor on the webhook and audit pods' `metrics` port (and the flow).
    new PodsMonitor(this, 'gatekeeper', {
      namespace: GATEKEEPER_NAMESPACE, selector: { 'gatekeeper.sh/system': 'yes' }, port: 'metrics', targetPort: GATEKEEPER_METRICS_PORT,
    });
  }
}

/** One ConstraintTemplate per lumen rule, CEL from src/policy/admission.ts (wave core-config: after the CRDs). */
export class GatekeeperTemplatesChart extends LumenChart {
  readonly templates: ConstraintTemplate[];

  constructor(scope: Construct, id: string, config: EnvConfig, rules: readonly AdmissionRule[] = LUMEN_RULES) {
    super(scope, id, { config, wave: Waves.CORE_CONFIG, description: 'Gatekeeper ConstraintTemplates of the lumen rules (CEL)' });
    this.templates = rules.map((rule) => {
      const m = constraintTemplateManifest(rule);
      // The L1 class spells the schema key `openApiv3Schema` (and drops what it does not know): map it, or
      // Gatekeeper gets no parameters schema and the constraint's parameters go unchecked.
      const { openAPIV3Schema, ...validation } = m.spec.crd.spec.validation;
      const spec = { ...m.spec, crd: { spec: { ...m.spec.crd.spec, validation: { ...validation, openApiv3Schema: openAPIV3Schema } } } };
      return new ConstraintTemplate(this, rule.kind, { metadata: m.metadata, spec });
    });
  }
}

/**
 * The Constraints of the environment (wave policy). Their kinds are CRDs Gatekeeper creates from the
 * templates at run time: a later wave, and no dry run before they exist.
 */
export class GatekeeperConstraintsChart extends LumenChart {
  readonly constraints: ApiObject[];

  constructor(scope: Construct, id: string, config: EnvConfig, constraints: readonly LumenConstraint[] = lumenConstraints(config)) {
    super(scope, id, {
      config, wave: Waves.POLICY, syncOptions: ['SkipDryRunOnMissingResource=true'],
      description: 'Gatekeeper Constraints: pinned tags, internal registry, limits, app/tier labels (deny)',
    });
    this.constraints = constraints.map((c) => new ApiObject(this, c.name, {
      apiVersion: CONSTRAINTS_API_VERSION,
      kind: c.rule.kind,
      metadata: { name: c.name },
      spec: constraintSpec(c),
    }));
  }
}

export function buildGatekeeper(scope: Construct, config: EnvConfig): void {
  if (!config.components.gatekeeper.enabled) return;
  new GatekeeperChart(scope, 'gatekeeper', config);
  new GatekeeperTemplatesChart(scope, 'gatekeeper-templates', config);
  new GatekeeperConstraintsChart(scope, 'gatekeeper-constraints', config);
}
