/** One NetworkPolicy (as rendered by NetworkFlow: one rule, one peer) as a line people can read and compare. */
export function flowSummary(p: any): string {
  const labels = (l?: Record<string, string>) => (l ? Object.entries(l).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(',') : '*');
  const egress = p.spec.policyTypes[0] === 'Egress';
  const rule = egress ? p.spec.egress[0] : p.spec.ingress[0];
  const peer = (egress ? rule.to : rule.from)[0];
  const peerText = peer.ipBlock ? peer.ipBlock.cidr : `${peer.namespaceSelector.matchLabels['kubernetes.io/metadata.name']}/${labels(peer.podSelector?.matchLabels)}`;
  return `${egress ? 'egress' : 'ingress'} ${p.metadata.namespace}/${labels(p.spec.podSelector.matchLabels)} ${egress ? '→' : '←'} ${peerText} `
    + `${rule.ports.map((x: any) => x.port).join(',')}`;
}
