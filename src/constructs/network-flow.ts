import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';

/** One end of a flow: pods (by labels) in a namespace, or the API server's addresses. */
export type Peer =
  | { readonly namespace: string; readonly podLabels?: Record<string, string> }
  | { readonly cidrs: string[] };

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
  return {
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': p.namespace } },
    ...(p.podLabels ? { podSelector: { matchLabels: p.podLabels } } : {}),
  };
}

/** The API server as peers (one per configured CIDR). */
export function apiServerPeers(cidrs: string[]): Peer[] {
  return cidrs.map((c) => ({ cidrs: [c] }));
}
