import { KafkaChart } from '../../src/charts/kafka';
import { MongodbChart } from '../../src/charts/mongodb';
import { RedisChart } from '../../src/charts/redis';
import { failureDomainsSchema } from '../../src/config/schema';
import { domainLosses, domainLossLines, majority, Quorum, quorumsOf } from '../../src/synth/quorums';
import { summaryLine } from '../../src/synth/synthesize';
import * as yaml from 'js-yaml';
import { overlay, synth, testApp, testConfig } from '../support/fixtures';
import { rendered } from '../support/dist';

const prod = overlay('prod');
// Rendered once: the Vault Application, the summary and the README come from it.
const out = rendered('prod').out;
const domains = (spec: { name: string; nodes: string[] }[]) => failureDomainsSchema.parse(spec);
const q = (members: number): Quorum => ({ name: `q${members}`, members });

describe('quorumsOf: the quorums of the rendered objects', () => {
  test('prod: KRaft, both MongoDB shards and its config servers, Redis Sentinel, Vault Raft, three members each', () => {
    const objects = [
      ...synth(new KafkaChart(testApp(), 'kafka', prod)), ...synth(new MongodbChart(testApp(), 'mongodb', prod)),
      ...synth(new RedisChart(testApp(), 'redis', prod)),
    ];
    expect(quorumsOf(objects)).toEqual([
      { name: 'kafka/lumen-kafka KRaft controllers (pool dual-role)', members: 3 },
      { name: 'mongodb/catalog-mongodb replica set rs0', members: 3 },
      { name: 'mongodb/catalog-mongodb replica set rs1', members: 3 },
      { name: 'mongodb/catalog-mongodb config servers', members: 3 },
      { name: 'lumen/redis Sentinel', members: 3 },
    ]);
  });
  test('Vault: every pod of its rendered StatefulSet is a Raft voter', () => {
    const sts = yaml.load(out.files.get('20-dependencies/vault/StatefulSet-vault.yaml')!);
    expect(quorumsOf([sts])).toEqual([{ name: 'vault/vault Raft', members: 3 }]);
  });
  test('members follow the overlay through the objects, not a list of their own', () => {
    const config = testConfig('components:\n  kafka: { replicas: 5 }\n  mongodb: { replicas: 5, shards: 1 }\n');
    const objects = [...synth(new KafkaChart(testApp(), 'kafka', config)), ...synth(new MongodbChart(testApp(), 'mongodb', config))];
    expect(quorumsOf(objects).map((x) => x.members)).toEqual([5, 5, 5]);
  });
  test('objects that vote on nothing: broker-only pools, StatefulSets without a sentinel, other charts', () => {
    expect(quorumsOf([
      { kind: 'KafkaNodePool', metadata: { name: 'brokers', namespace: 'kafka' }, spec: { replicas: 3, roles: ['broker'] } },
      { kind: 'StatefulSet', metadata: { name: 'db' }, spec: { replicas: 3, template: { spec: { containers: [{ name: 'postgres' }] } } } },
      { kind: 'Application', metadata: { name: 'gitea' }, spec: { sources: [{ chart: 'gitea', helm: { valuesObject: {} } }] } },
      { kind: 'ConfigMap' }, null,
    ])).toEqual([]);
  });
});

describe('domainLosses', () => {
  test('majority', () => {
    expect([1, 2, 3, 4, 5].map(majority)).toEqual([1, 2, 2, 3, 3]);
  });
  test('two one-node domains: losing either breaks every 3- and 5-member quorum', () => {
    const losses = domainLosses(domains([{ name: 'a', nodes: ['node-1'] }, { name: 'b', nodes: ['node-2'] }]), [q(3), q(5)]);
    expect(losses).toEqual([
      { domain: 'a', broken: [{ quorum: q(3), lost: 2 }, { quorum: q(5), lost: 3 }] },
      { domain: 'b', broken: [{ quorum: q(3), lost: 2 }, { quorum: q(5), lost: 3 }] },
    ]);
  });
  test('three one-node domains: a 3-member quorum survives any one', () => {
    const losses = domainLosses(domains(['a', 'b', 'c'].map((n, i) => ({ name: n, nodes: [`node-${i}`] }))), [q(3)]);
    expect(losses.map((l) => l.broken)).toEqual([[], [], []]);
  });
  test('a domain of two nodes out of three holds two of three members', () => {
    const losses = domainLosses(domains([{ name: 'rack-a', nodes: ['n1', 'n2'] }, { name: 'rack-b', nodes: ['n3'] }]), [q(3)]);
    expect(losses).toEqual([{ domain: 'rack-a', broken: [{ quorum: q(3), lost: 2 }] }, { domain: 'rack-b', broken: [] }]);
  });
  test('undeclared (the default): one domain with every node, every quorum lost with it', () => {
    const d = failureDomainsSchema.parse(undefined);
    expect(d).toEqual([{ name: 'all-nodes', nodes: ['*'] }]);
    expect(domainLosses(d, [q(1), q(3)])[0].broken.map((b) => b.lost)).toEqual([1, 3]);
  });
  test('lines name the domain, the quorums and how many members go', () => {
    const losses = domainLosses(domains([{ name: 'a', nodes: ['n1'] }, { name: 'b', nodes: ['n2', 'n3', 'n4'] }]), [q(3)]);
    expect(domainLossLines(losses)).toEqual(['if a fails: every quorum keeps its majority', 'if b fails: quorum lost in q3 (3 of 3)']);
  });
});

describe('the synth summary and the environment README', () => {
  test('prod: node-1 and node-2 each break all six quorums (two nodes, three members)', () => {
    expect(out.failureDomainLosses.map((l) => [l.domain, l.broken.length])).toEqual([['node-1', 6], ['node-2', 6]]);
    const lines = summaryLine(out).split('\n');
    expect(lines[0]).toMatch(/^prod\s+\d+ waves, \d+ applications, \d+ resources, \d+ bytes$/);
    expect(lines.slice(1)).toEqual(domainLossLines(out.failureDomainLosses).map((l) => `         ${l}`));
    expect(lines[1]).toContain('if node-1 fails: quorum lost in vault/vault Raft (2 of 3), lumen/redis Sentinel (2 of 3)');
  });
  test('one failure domain (dev): no quorum lines, losing all there is says nothing', () => {
    const one = { ...out, failureDomainLosses: [{ domain: 'all-nodes', broken: out.failureDomainLosses[0].broken }] };
    expect(summaryLine(one).split('\n')).toHaveLength(1);
  });
  test('dist/prod/README.md lists every broken quorum per domain', () => {
    const readme = out.files.get('README.md')!;
    expect(readme).toContain('## Failure domains and quorums');
    expect(readme).toContain('`node-1` (node-1), `node-2` (node-2)');
    expect(readme).toContain('| node-2 | kafka/lumen-kafka KRaft controllers (pool dual-role) | 3 | 2 | 2 |');
    expect(readme.match(/^\| node-1 \|/gm)).toHaveLength(6);
  });
});

describe('cluster.failureDomains (overlay)', () => {
  test.each([
    ['a node in two domains', [{ name: 'a', nodes: ['n1'] }, { name: 'b', nodes: ['n1'] }], 'a node in one domain only (also in a)'],
    ['two domains of one name', [{ name: 'a', nodes: ['n1'] }, { name: 'a', nodes: ['n2'] }], 'a name no other domain has'],
    ['every node next to another domain', [{ name: 'a', nodes: ['*'] }, { name: 'b', nodes: ['n2'] }], '"*" (every node) only as the single node of a single domain'],
    ['an empty domain', [{ name: 'a', nodes: [] }], 'Too small'],
  ])('refused: %s', (_what, spec, message) => {
    const r = failureDomainsSchema.safeParse(spec);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).join('\n')).toContain(message);
  });
  test('prod declares its two nodes; dev and staging declare none', () => {
    expect(prod.cluster.failureDomains).toEqual([{ name: 'node-1', nodes: ['node-1'] }, { name: 'node-2', nodes: ['node-2'] }]);
    expect(overlay('dev').cluster.failureDomains).toEqual([{ name: 'all-nodes', nodes: ['*'] }]);
  });
});
