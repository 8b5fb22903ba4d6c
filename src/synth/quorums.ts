/**
 * Quorums and failure domains: which majority-voting groups the rendered objects form (KRaft controllers,
 * MongoDB replica sets, Redis Sentinel, Vault Raft), and which of them one failure domain's loss would break.
 * Members are read from the objects as rendered, never from a second list of replica counts.
 */
import { ALL_NODES, type FailureDomain } from '../config/schema';

type Obj = { readonly kind?: string; readonly metadata?: { readonly name?: string; readonly namespace?: string; readonly labels?: Record<string, string> }; readonly spec?: any };

/** One group that needs a majority of its members to work. */
export interface Quorum {
  /** `<namespace>/<object>` and the group, e.g. `kafka/lumen-kafka KRaft controllers`. */
  readonly name: string;
  readonly members: number;
}

/** A majority of n members. */
export const majority = (members: number): number => Math.floor(members / 2) + 1;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

/** Per kind: the quorums one rendered object forms. */
const EXTRACTORS: Record<string, (o: Obj) => Quorum[]> = {
  // Strimzi: every node of a pool with the controller role is a KRaft voter.
  KafkaNodePool: (o) => {
    const members = num(o.spec?.replicas);
    if (!members || !(o.spec?.roles ?? []).includes('controller')) return [];
    return [{ name: `${o.metadata?.namespace}/${o.metadata?.labels?.['strimzi.io/cluster'] ?? o.metadata?.name} KRaft controllers (pool ${o.metadata?.name})`, members }];
  },
  // Percona: each shard replica set and the config server replica set elect a primary by majority.
  PerconaServerMongoDB: (o) => {
    const id = `${o.metadata?.namespace}/${o.metadata?.name}`;
    const sets: Quorum[] = (o.spec?.replsets ?? []).flatMap((rs: any) => (num(rs.size) ? [{ name: `${id} replica set ${rs.name}`, members: rs.size }] : []));
    const cfg = o.spec?.sharding?.enabled ? num(o.spec.sharding.configsvrReplSet?.size) : undefined;
    return cfg ? [...sets, { name: `${id} config servers`, members: cfg }] : sets;
  },
  // Redis with a Sentinel container in every pod: a failover needs a majority of the sentinels.
  // Vault's chart on integrated storage: every pod is a Raft voter (VAULT_RAFT_NODE_ID).
  StatefulSet: (o) => {
    const members = num(o.spec?.replicas);
    const containers: any[] = o.spec?.template?.spec?.containers ?? [];
    const sentinel = containers.some((c) => c.name === 'sentinel');
    const raft = containers.some((c) => (c.env ?? []).some((e: any) => e.name === 'VAULT_RAFT_NODE_ID'));
    const id = `${o.metadata?.namespace}/${o.metadata?.name}`;
    if (!members) return [];
    return [...(sentinel ? [{ name: `${id} Sentinel`, members }] : []), ...(raft ? [{ name: `${id} Raft`, members }] : [])];
  },
};

/** Every quorum among the rendered objects, in their order. */
export function quorumsOf(manifests: readonly unknown[]): Quorum[] {
  return manifests.flatMap((m) => {
    const o = m as Obj;
    const extract = o?.kind ? EXTRACTORS[o.kind] : undefined;
    return extract ? extract(o) : [];
  });
}

/** What losing one failure domain does. */
export interface DomainLoss {
  readonly domain: string;
  /** Quorums left without a majority: `lost` of `members` gone. */
  readonly broken: readonly { readonly quorum: Quorum; readonly lost: number }[];
}

/**
 * For each domain, the quorums its loss breaks, with members spread as evenly over the nodes as the scheduler
 * can (what the platform's preferred pod anti-affinity asks for; it does not guarantee it, so this is the best
 * case). A domain holding every node (`*`) holds every member.
 */
export function domainLosses(domains: readonly FailureDomain[], quorums: readonly Quorum[]): DomainLoss[] {
  const totalNodes = domains.reduce((n, d) => n + d.nodes.length, 0);
  return domains.map((d) => {
    const everyNode = d.nodes.includes(ALL_NODES);
    const broken = quorums.flatMap((q) => {
      const k = d.nodes.length;
      const lost = everyNode ? q.members
        : Math.min(q.members, k * Math.ceil(q.members / totalNodes), q.members - (totalNodes - k) * Math.floor(q.members / totalNodes));
      return q.members - lost < majority(q.members) ? [{ quorum: q, lost }] : [];
    });
    return { domain: d.name, broken };
  });
}

/** One line per domain: `if <domain> fails: <quorum> (2 of 3 lost), ...`, or that it breaks none. */
export function domainLossLines(losses: readonly DomainLoss[]): string[] {
  return losses.map((l) => `if ${l.domain} fails: ${l.broken.length
    ? `quorum lost in ${l.broken.map((b) => `${b.quorum.name} (${b.lost} of ${b.quorum.members})`).join(', ')}`
    : 'every quorum keeps its majority'}`);
}
