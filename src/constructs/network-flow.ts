import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';

/**
 * One end of a flow: pods (by labels) in a namespace, or the API server's addresses; or pods of every
 * namespace carrying `namespaceLabels` (namespaces that do not exist yet, e.g. previews); or pods of the
 * policy's own namespace whatever it is called (`sameNamespace`: no namespaceSelector, so a namespace renamed
 * at deploy time, a preview's, keeps its flows).
 */
export type Peer =
  | { readonly namespace: string; readonly podLabels?: Record<string, string> }
  | { readonly cidrs: string[] }
  | { readonly namespaceLabels: Record<string, string>; readonly podLabels?: Record<string, string> }
  | { readonly sameNamespace: true; readonly podLabels?: Record<string, string> };

export interface PortSpec { readonly port: number; readonly protocol?: 'TCP' | 'UDP' }

export interface NetworkFlowProps {
  /** Namespace of the selected pods. */
  readonly namespace: string;
  /**
   * The pods this policy selects.
   * @default - every pod of the namespace
   */
  readonly podLabels?: Record<string, string>;
  /** `ingress`: traffic from `peers` to the pods; `egress`: from the pods to `peers`. */
  readonly direction: 'ingress' | 'egress';
  readonly peers: Peer[];
  readonly ports: PortSpec[];
}

/** One explicit allow on top of a namespace's default deny. Name it `allow-<what>`. */
export class NetworkFlow extends Construct {
  readonly policy: k8s.KubeNetworkPolicy;

  constructor(scope: Construct, id: string, props: NetworkFlowProps) {
    super(scope, id);
    if (!props.peers.length) throw new Error(`'peers' must name at least one peer for flow ${id}, got none`);
    if (!props.ports.length) throw new Error(`'ports' must name at least one port for flow ${id}, got none`);
    for (const p of props.ports) {
      if (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535) throw new Error(`'ports' must be 1..65535, got ${p.port} (flow ${id})`);
    }
    const peers = props.peers.map(toPeer);
    const ports = props.ports.map((p) => ({ protocol: p.protocol ?? 'TCP', port: k8s.IntOrString.fromNumber(p.port) }));
    const rule = props.direction === 'ingress' ? { ingress: [{ from: peers, ports }] } : { egress: [{ to: peers, ports }] };
    this.policy = new k8s.KubeNetworkPolicy(this, 'Resource', {
      metadata: { name: id, namespace: props.namespace },
      spec: {
        podSelector: props.podLabels ? { matchLabels: props.podLabels } : {},
        policyTypes: [props.direction === 'ingress' ? 'Ingress' : 'Egress'],
        ...rule,
      },
    });
  }
}

function toPeer(p: Peer): k8s.NetworkPolicyPeer {
  if ('cidrs' in p) {
    if (p.cidrs.length !== 1) throw new Error(`'cidrs' peers take one CIDR each, got ${p.cidrs.length}`);
    return { ipBlock: { cidr: p.cidrs[0] } };
  }
  if ('sameNamespace' in p) return { podSelector: p.podLabels ? { matchLabels: p.podLabels } : {} };
  if ('namespaceLabels' in p) {
    if (!Object.keys(p.namespaceLabels).length) throw new Error(`'namespaceLabels' must name at least one label, got none`);
    return { namespaceSelector: { matchLabels: { ...p.namespaceLabels } }, ...(p.podLabels ? { podSelector: { matchLabels: p.podLabels } } : {}) };
  }
  return {
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': p.namespace } },
    ...(p.podLabels ? { podSelector: { matchLabels: p.podLabels } } : {}),
  };
}

/** The API server as peers (one per configured CIDR). */
export function apiServerPeers(cidrs: string[]): Peer[] {
  return cidrs.map((c) => ({ cidrs: [c] }));
}

/** What webhookCallerPeers needs of the cluster (EnvConfig['cluster']). */
export interface ClusterAddresses {
  readonly apiServer: { readonly cidrs: readonly string[] };
  /** The pod CIDR (K3s cluster-cidr). */
  readonly podCidr: string;
}

/**
 * Where the API server's calls to a webhook pod come from: the server node's address, and on K3s' flannel
 * VXLAN the node's pod-subnet addresses: cni0 (`.1`) for a pod on the same node, flannel.1 (`.0`) for a pod on
 * any other node (flannel#1511, calico#1987). Those sit at unknown /24s of the pod CIDR (a subnet per node,
 * in join order), so the peer is the pod CIDR; without it a webhook answers only when it runs beside the API
 * server, and `failurePolicy: Fail` webhooks (cert-manager, CNPG, Gatekeeper) refuse half the requests.
 */
export function webhookCallerPeers(cluster: ClusterAddresses): Peer[] {
  return [...apiServerPeers([...cluster.apiServer.cidrs]), { cidrs: [cluster.podCidr] }];
}

/** Pods that take part in a flow. */
export interface FlowEndpoint {
  readonly namespace: string;
  /** @default - every pod of the namespace */
  readonly podLabels?: Record<string, string>;
}

export interface AllowFlowProps {
  readonly from: FlowEndpoint;
  readonly to: FlowEndpoint;
  readonly ports: PortSpec[];
}

/**
 * Opens one flow through default deny on both sides: an egress policy where it leaves and an ingress
 * policy where it arrives (both namespaces deny by default). Call it in the chart of the later of the two
 * workloads so both namespaces already exist. Names: `allow-<id>-egress` / `allow-<id>-ingress`.
 */
export function allowFlow(scope: Construct, id: string, props: AllowFlowProps): { egress: NetworkFlow; ingress: NetworkFlow } {
  const egress = new NetworkFlow(scope, `allow-${id}-egress`, {
    namespace: props.from.namespace, podLabels: props.from.podLabels, direction: 'egress', peers: [props.to], ports: props.ports,
  });
  const ingress = new NetworkFlow(scope, `allow-${id}-ingress`, {
    namespace: props.to.namespace, podLabels: props.to.podLabels, direction: 'ingress', peers: [props.from], ports: props.ports,
  });
  return { egress, ingress };
}
