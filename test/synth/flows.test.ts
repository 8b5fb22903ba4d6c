/**
 * Every namespace we own denies ingress and egress by default, so a flow works only when both halves
 * exist: an egress policy where it leaves and an ingress policy where it arrives. A half without its other
 * half is traffic that silently never flows. This audits every rendered environment.
 */
import * as yaml from 'js-yaml';
import { renderEnvironment } from '../../src/synth/synthesize';
import { ENVS, overlay } from '../support/fixtures';

type Labels = Record<string, string>;
interface Half { ns: string; pods: Labels; peerNs: string; peerPods: Labels; port: number | string; file: string }

const NS_KEY = 'kubernetes.io/metadata.name';
/** Two selectors can pick the same pod: no label both name with different values. */
const compatible = (a: Labels, b: Labels) => Object.entries(a).every(([k, v]) => b[k] === undefined || b[k] === v);

function halves(docs: { file: string; doc: any }[], direction: 'egress' | 'ingress'): Half[] {
  const out: Half[] = [];
  for (const { file, doc } of docs) {
    if (doc.kind !== 'NetworkPolicy') continue;
    for (const rule of doc.spec[direction] ?? []) {
      for (const peer of rule[direction === 'egress' ? 'to' : 'from'] ?? []) {
        const peerNs = peer.namespaceSelector?.matchLabels?.[NS_KEY];
        if (!peerNs || peer.namespaceSelector.matchExpressions) continue; // ipBlock, or every namespace
        for (const p of rule.ports ?? [{ port: '*' }]) {
          out.push({ ns: doc.metadata.namespace, pods: doc.spec.podSelector?.matchLabels ?? {}, peerNs, peerPods: peer.podSelector?.matchLabels ?? {}, port: p.port ?? '*', file });
        }
      }
    }
  }
  return out;
}

describe.each(ENVS)('%s: network flows have both halves', (env) => {
  const out = renderEnvironment(overlay(env));
  const docs = [...out.files.entries()].filter(([f]) => f.includes('/') && f.endsWith('.yaml') && !f.includes('/helm/'))
    .map(([file, text]) => ({ file, doc: yaml.load(text) as any }));
  // Namespaces that deny by default (ours); a peer elsewhere (kube-system's DNS) has no policy of ours to match.
  const denying = new Set(docs.filter((d) => d.doc.kind === 'NetworkPolicy' && d.doc.metadata.name === 'default-deny-all').map((d) => d.doc.metadata.namespace));
  const egress = halves(docs, 'egress');
  const ingress = halves(docs, 'ingress');
  const portMatch = (a: number | string, b: number | string) => a === b || a === '*' || b === '*';

  test('every egress to one of our namespaces is admitted there', () => {
    const missing = egress.filter((e) => denying.has(e.peerNs)).filter((e) => !ingress.some((i) =>
      i.ns === e.peerNs && compatible(i.pods, e.peerPods) && i.peerNs === e.ns && compatible(i.peerPods, e.pods) && portMatch(i.port, e.port)));
    expect(missing.map((e) => `${e.file}: ${e.ns}/${JSON.stringify(e.pods)} → ${e.peerNs}/${JSON.stringify(e.peerPods)}:${e.port} has no ingress half`)).toEqual([]);
  });

  test('every ingress from one of our namespaces is let out there', () => {
    const missing = ingress.filter((i) => denying.has(i.peerNs)).filter((i) => !egress.some((e) =>
      e.ns === i.peerNs && compatible(e.pods, i.peerPods) && e.peerNs === i.ns && compatible(e.peerPods, i.pods) && portMatch(e.port, i.port))
      // Prometheus leaves to every namespace on its scrape ports (one policy with an open namespaceSelector).
      && !docs.some((d) => d.doc.kind === 'NetworkPolicy' && d.doc.metadata.namespace === i.peerNs && compatible(d.doc.spec.podSelector?.matchLabels ?? {}, i.peerPods)
        && (d.doc.spec.egress ?? []).some((r: any) => (r.to ?? []).some((t: any) => t.namespaceSelector && !t.namespaceSelector.matchLabels?.[NS_KEY])
          && (r.ports ?? []).some((p: any) => portMatch(p.port, i.port)))));
    expect(missing.map((i) => `${i.file}: ${i.peerNs}/${JSON.stringify(i.peerPods)} → ${i.ns}/${JSON.stringify(i.pods)}:${i.port} has no egress half`)).toEqual([]);
  });
});
