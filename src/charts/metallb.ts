import { Construct } from 'constructs';
import { EnvConfig, ipv4Span, ipv4String, Resources } from '../config/schema';
import { IpAddressPool, L2Advertisement } from '../../imports/metallb-metallb.io';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { allowFlow, apiServerPeers, NetworkFlow, webhookCallerPeers } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { Waves } from '../constructs/waves';

/** MetalLB v0.16.1, chart metallb 0.16.1 (metallb.github.io/metallb): the version whose CRDs imports/ carries. */
export const METALLB_VERSION = 'v0.16.1';
export const METALLB_CHART_VERSION = '0.16.1';
export const METALLB_NAMESPACE = 'metallb-system';
/** The one address pool of the platform (and its L2Advertisement). */
export const METALLB_POOL = 'lumen-pool';
/** Service annotation that asks MetalLB for given addresses (MetalLB >= 0.13; `metallb.universe.tf/` is the deprecated prefix). */
export const METALLB_IPS_ANNOTATION = 'metallb.io/loadBalancerIPs';
/** Port the speakers gossip on (memberlist: node failure detection for L2 failover). */
export const MEMBERLIST_PORT = 7946;
/** Port of the controller's validating webhook (the chart's `webhook-server` container port). */
export const WEBHOOK_PORT = 9443;

const CHART_LABELS = { 'app.kubernetes.io/name': 'metallb' } as const;
export const CONTROLLER_POD_LABELS = { ...CHART_LABELS, 'app.kubernetes.io/component': 'controller' } as const;
export const SPEAKER_POD_LABELS = { ...CHART_LABELS, 'app.kubernetes.io/component': 'speaker' } as const;

type Image = { readonly repository: string; readonly tag: string };

/** The values of the metallb chart that we set. */
export interface MetallbValues {
  readonly crds: { readonly enabled: boolean };
  readonly controller: {
    readonly image: Image;
    readonly resources: Resources;
    readonly labels: Record<string, string>;
    readonly securityContext: {
      readonly runAsNonRoot: boolean; readonly runAsUser: number; readonly fsGroup: number;
      readonly seccompProfile: { readonly type: 'RuntimeDefault' };
    };
  };
  readonly speaker: {
    readonly image: Image;
    readonly resources: Resources;
    readonly labels: Record<string, string>;
    readonly memberlist: { readonly enabled: boolean; readonly mlBindPort: number };
    /** FRR runs BGP only; the platform announces in L2. */
    readonly frr: { readonly enabled: boolean };
  };
  /** frr-k8s (the default BGP backend since 0.16) is not needed for L2. */
  readonly frrk8s: { readonly enabled: boolean };
}

const image = (ref: ImageRef): Image => ({ repository: `${ref.registry}/${ref.repository}`, tag: ref.tag });

export function metallbValues(config: EnvConfig): { values: MetallbValues; images: ImageRef[] } {
  const c = config.components.metallb;
  const controller = internalImage(config.registry.host, 'metallb/controller', METALLB_VERSION);
  const speaker = internalImage(config.registry.host, 'metallb/speaker', METALLB_VERSION);
  return {
    images: [controller, speaker],
    values: {
      crds: { enabled: true },
      controller: {
        image: image(controller),
        resources: c.resources,
        labels: workloadLabels('metallb-controller', 'platform'),
        securityContext: { runAsNonRoot: true, runAsUser: 65534, fsGroup: 65534, seccompProfile: { type: 'RuntimeDefault' } },
      },
      speaker: {
        image: image(speaker),
        resources: c.resources,
        labels: workloadLabels('metallb-speaker', 'platform'),
        memberlist: { enabled: true, mlBindPort: MEMBERLIST_PORT },
        frr: { enabled: false },
      },
      frrk8s: { enabled: false },
    },
  };
}

/**
 * The address a LoadBalancer Service gets by default: the first of the pool that MetalLB hands out
 * (avoidBuggyIPs: never one ending in .0 or .255).
 */
export function firstPoolAddress(addresses: readonly string[]): string {
  for (const range of addresses) {
    const [start, end] = ipv4Span(range);
    for (let n = start; n <= end; n++) {
      if (n % 256 !== 0 && n % 256 !== 255) return ipv4String(n);
    }
  }
  throw new Error(`'addresses' must hold at least one usable address (not .0 or .255), got ${JSON.stringify(addresses)}`);
}

/** Throws on a pool MetalLB would refuse (reversed range, overlapping ranges); the schema checks the same. */
export function checkAddresses(addresses: readonly string[]): void {
  if (!addresses.length) throw new Error(`'addresses' must hold at least one range, got none`);
  const spans = addresses.map((a) => {
    const [s, e] = ipv4Span(a);
    if (Number.isNaN(s) || Number.isNaN(e)) throw new Error(`'addresses' must be IPv4 ranges (a.b.c.d-e.f.g.h) or CIDRs, got "${a}"`);
    if (s > e) throw new Error(`'addresses' range "${a}" starts after it ends`);
    return { a, s, e };
  }).sort((x, y) => x.s - y.s);
  spans.forEach((x, i) => {
    if (i > 0 && x.s <= spans[i - 1].e) throw new Error(`'addresses' ranges "${spans[i - 1].a}" and "${x.a}" overlap`);
  });
}

/** MetalLB: controller (assigns addresses) and speakers (answer ARP for them), with its CRDs (wave core). */
export class MetallbChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CORE, namespace: METALLB_NAMESPACE, description: 'MetalLB (L2) and its CRDs' });
    new PlatformNamespace(this, METALLB_NAMESPACE, {
      podSecurity: 'privileged',
      podSecurityReason: 'the MetalLB speaker runs on the host network with NET_RAW to answer ARP for LoadBalancer addresses',
    });
    const { values } = metallbValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'metallb', version: METALLB_CHART_VERSION, values, crdModule: 'metallb',
    });
    const api = config.cluster.apiServer;
    // Controller and speakers watch Services, pools and nodes.
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: METALLB_NAMESPACE, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    // The API server calls the controller's webhook for every IPAddressPool, L2Advertisement, BGPPeer...
    new NetworkFlow(this, 'allow-ingress-webhook-from-apiserver', {
      namespace: METALLB_NAMESPACE, podLabels: { ...CONTROLLER_POD_LABELS }, direction: 'ingress',
      peers: webhookCallerPeers(config.cluster), ports: [{ port: WEBHOOK_PORT }],
    });
    // Speakers gossip (memberlist) to detect a lost node and move its addresses. Speakers use the host
    // network, which most CNIs leave outside NetworkPolicy; the flow is stated for the ones that do not.
    allowFlow(this, 'memberlist', {
      from: { namespace: METALLB_NAMESPACE, podLabels: { ...SPEAKER_POD_LABELS } },
      to: { namespace: METALLB_NAMESPACE, podLabels: { ...SPEAKER_POD_LABELS } },
      ports: [{ port: MEMBERLIST_PORT, protocol: 'TCP' }, { port: MEMBERLIST_PORT, protocol: 'UDP' }],
    });
  }
}

/** The address pool and its L2 announcement (wave core-config: the CRDs and the webhook come one wave earlier). */
export class MetallbConfigChart extends LumenChart {
  readonly pool: IpAddressPool;
  readonly advertisement: L2Advertisement;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CORE_CONFIG, namespace: METALLB_NAMESPACE, description: `MetalLB address pool ${METALLB_POOL} (L2)` });
    const addresses = [...config.components.metallb.addresses];
    checkAddresses(addresses);
    this.pool = new IpAddressPool(this, 'Pool', {
      metadata: { name: METALLB_POOL },
      // avoidBuggyIPs: never hand out a CIDR's .0 or .255.
      spec: { addresses, autoAssign: true, avoidBuggyIPs: true },
    });
    this.advertisement = new L2Advertisement(this, 'L2', {
      metadata: { name: METALLB_POOL },
      spec: { ipAddressPools: [METALLB_POOL] },
    });
  }
}

export function buildMetallb(scope: Construct, config: EnvConfig): void {
  if (!config.components.metallb.enabled) return;
  new MetallbChart(scope, 'metallb', config);
  new MetallbConfigChart(scope, 'metallb-config', config);
}
