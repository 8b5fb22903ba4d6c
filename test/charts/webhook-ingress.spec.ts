// Contract: every webhook's ingress policy (committed dist/) against how the API server reaches pods on
// K3s' flannel VXLAN: from the server node's address, from cni0 (`.1` of the node's pod /24) to a pod on
// its own node, and from flannel.1 (`.0` of the node's pod /24) to a pod on any other node (flannel#1511,
// calico#1987). Node subnets are handed out in join order, so every node's could be the server's.
import { ipv4Span, ipv4String } from '../../src/config/schema';
import { webhookCallerPeers } from '../../src/constructs/network-flow';
import { ENVS, overlay } from '../support/fixtures';
import { committedTree, parsed } from '../support/dist';

/** The webhooks whose pods the API server calls (failurePolicy Fail for cert-manager, CNPG, Gatekeeper). */
const WEBHOOK_NAMESPACES = ['cert-manager', 'cnpg-system', 'gatekeeper-system', 'metallb-system', 'chaos-mesh', 'monitoring', 'cosign-system'];
/** Nodes modelled per cluster (K3s hands each a /24 of the pod CIDR). */
const NODES = 16;

/** Source addresses of the API server's calls to pods, for a cluster. */
export function apiServerSources(cluster: { apiServer: { cidrs: string[] }; podCidr: string }): string[] {
  const [podNet] = ipv4Span(cluster.podCidr);
  const nodes = Array.from({ length: NODES }, (_, i) => podNet + i * 256);
  return [
    ...cluster.apiServer.cidrs.map((c) => ipv4String(ipv4Span(c)[0])),
    ...nodes.flatMap((n) => [ipv4String(n), ipv4String(n + 1)]), // flannel.1, cni0
  ];
}

/** Whether a policy's ingress rules admit an address (ipBlock with its excepts). */
const admits = (policy: any, ip: string): boolean => {
  const [n] = ipv4Span(ip);
  const inside = (c: string) => { const [s, e] = ipv4Span(c); return n >= s && n <= e; };
  return (policy.spec.ingress ?? []).some((r: any) => (r.from ?? []).some((f: any) => f.ipBlock && inside(f.ipBlock.cidr) && !(f.ipBlock.except ?? []).some(inside)));
};

test('webhookCallerPeers: the API server addresses and the pod CIDR', () => {
  expect(webhookCallerPeers({ apiServer: { cidrs: ['192.168.2.2/32'] }, podCidr: '10.42.0.0/16' }))
    .toEqual([{ cidrs: ['192.168.2.2/32'] }, { cidrs: ['10.42.0.0/16'] }]);
});

test('the model: a policy of the node address alone misses the flannel.1 address of node-1 (the bug of issue 16)', () => {
  const nodeOnly = { spec: { ingress: [{ from: [{ ipBlock: { cidr: '192.168.2.2/32' } }] }] } };
  const missed = apiServerSources({ apiServer: { cidrs: ['192.168.2.2/32'] }, podCidr: '10.42.0.0/16' }).filter((ip) => !admits(nodeOnly, ip));
  expect(missed).toContain('10.42.1.0');
});

describe.each(ENVS)('dist/%s: webhook ingress policies against the API server\'s source addresses', (env) => {
  const config = overlay(env);
  const policies = [...committedTree(env).entries()]
    .filter(([f]) => f.endsWith('/NetworkPolicy-allow-ingress-webhook-from-apiserver.yaml'))
    .map(([f, text]) => ({ file: f, policy: parsed(text) }));

  test('one per webhook namespace', () => {
    expect(policies.map((p) => p.policy.metadata.namespace).sort()).toEqual([...WEBHOOK_NAMESPACES].sort());
  });

  test('each admits every address the API server can call from', () => {
    const sources = apiServerSources({ apiServer: { cidrs: [...config.cluster.apiServer.cidrs] }, podCidr: config.cluster.podCidr });
    const missed = policies.flatMap(({ file, policy }) => sources.filter((ip) => !admits(policy, ip)).map((ip) => `${file}: ${ip}`));
    expect(missed).toEqual([]);
  });
});
