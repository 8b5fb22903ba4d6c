import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import { buildNamespaces } from '../../src/charts/namespaces';
import type { EnvConfig } from '../../src/config/schema';
import { LumenChart } from '../../src/constructs/lumen-chart';
import { Waves } from '../../src/constructs/waves';
import { externalImageViolations, externalUrlViolations } from '../../src/policy/air-gap';
import { podTemplateOf } from '../../src/policy/pod-security';
import { credentialKeyViolations, highEntropyViolations, privateKeyViolations } from '../../src/policy/secrets';
import { BASE_RULES, formatViolations, gateRules, GateDocument, runGate, SCHEMA_RULE } from '../../src/synth/gate';
import { constraintTemplateManifest, LUMEN_RULES } from '../../src/policy/admission';
import { GateError, renderEnvironment } from '../../src/synth/synthesize';
import { testConfig } from '../support/fixtures';

const config = testConfig();
const doc = (file: string, manifest: any): GateDocument => ({ file, manifest });
const failure = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

/** A deliberately bad application: what a hurried engineer might write without the L3 constructs. */
class BadChart extends LumenChart {
  constructor(scope: Construct, id: string, cfg: EnvConfig) {
    super(scope, id, { config: cfg, wave: Waves.APPLICATIONS, namespace: 'lumen' });
    new k8s.KubeDeployment(this, 'Deployment', {
      metadata: { name: 'quick-hack' },
      spec: {
        selector: { matchLabels: { run: 'quick-hack' } },
        template: {
          metadata: { labels: { run: 'quick-hack' } },
          spec: { containers: [{ name: 'web', image: 'docker.io/library/nginx:latest', env: [{ name: 'API_TOKEN', value: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a' }] }] },
        },
      },
    });
  }
}

describe('runGate', () => {
  test('collects every violation of every document (never stops at the first)', () => {
    const docs = [
      doc('a/Secret-x.yaml', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'x', namespace: 'n' }, data: { k: 'dg==' } }),
      doc('a/ConfigMap-y.yaml', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'y', namespace: 'n' }, data: { url: 'https://github.com/x' } }),
    ];
    const rules = runGate(docs, config).map((v) => `${v.file} ${v.rule}`);
    expect(rules).toEqual(expect.arrayContaining([
      'test/a/Secret-x.yaml no-secret-data', 'test/a/Secret-x.yaml standard-labels',
      'test/a/ConfigMap-y.yaml air-gap-url', 'test/a/ConfigMap-y.yaml standard-labels',
    ]));
  });

  test('the table: one row per violation with file, resource, rule and detail', () => {
    const table = formatViolations(runGate([doc('x/Namespace-a.yaml', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a', namespace: 'b' } })], config, BASE_RULES));
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^FILE\s+RESOURCE\s+RULE\s+DETAIL$/);
    expect(lines[1]).toMatch(/^test\/x\/Namespace-a\.yaml\s+Namespace\/b\/a\s+cluster-scoped-without-namespace\s+Namespace is cluster-scoped but has namespace "b"$/);
    expect(lines).toHaveLength(5);
  });

  test('a rule that throws on a malformed document becomes a row, not a crash', () => {
    const broken = [{ name: 'boom', check: () => { throw new Error('kaputt'); } }];
    expect(runGate([doc('f.yaml', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } })], config, broken))
      .toEqual([{ file: 'test/f.yaml', resource: 'ConfigMap/c', rule: 'boom', detail: 'the rule failed on this document: kaputt' }]);
  });

  test('Pod Security restricted applies where the rendered Namespace says so', () => {
    const ns = (name: string, level: string) => doc(`ns/${name}.yaml`, { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'pod-security.kubernetes.io/enforce': level } } });
    const pod = (namespace: string) => doc(`${namespace}/Pod.yaml`, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace }, spec: { hostNetwork: true, containers: [] } });
    const pss = gateRules(config).filter((r) => r.name === 'pod-security-restricted');
    const found = runGate([ns('strict', 'restricted'), ns('agents', 'privileged'), pod('strict'), pod('agents'), pod('unknown')], config, pss);
    expect(found.map((v) => v.detail)).toEqual(['namespace strict enforces restricted: hostNetwork must not be true']);
  });

  describe('the value rules (secrets, air gap): one walk per document feeds them all', () => {
    const VALUE_RULES = ['no-private-key', 'no-high-entropy-string', 'no-literal-credential', 'air-gap-url', 'air-gap-image'];
    const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----';
    const values = (): any => ({
      apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'a', namespace: 'argocd' },
      spec: {
        source: {
          repoURL: 'https://github.com/org/repo', helm: {
            valuesObject: {
              key: PEM, token: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a', password: 'hunter2', remote: 'git@github.com:org/repo.git',
              image: { repository: 'bitnami/redis', tag: 'latest' }, sidecars: [{ image: 'docker.io/library/busybox:1.36' }],
            },
          },
        },
      },
    });

    test('each rule still reports on the document what its own walk finds, in order', () => {
      const found = runGate([doc('a/Application-a.yaml', values())], config).filter((v) => VALUE_RULES.includes(v.rule));
      const byRule = (rule: string) => found.filter((v) => v.rule === rule).map((v) => v.detail);
      expect(byRule('no-private-key')).toEqual(privateKeyViolations(values()));
      expect(byRule('no-high-entropy-string')).toEqual(highEntropyViolations(values()));
      expect(byRule('no-literal-credential')).toEqual(credentialKeyViolations(values()));
      expect(byRule('air-gap-url')).toEqual(externalUrlViolations(values(), config));
      expect(byRule('air-gap-image')).toEqual(externalImageViolations(values(), config));
      for (const rule of VALUE_RULES) expect(`${rule}: ${byRule(rule).length}`).not.toBe(`${rule}: 0`);
      expect(byRule('no-private-key')).toEqual(['spec.source.helm.valuesObject.key: holds a private key (PEM)']);
      expect(byRule('air-gap-url')).toEqual([
        'spec.source.repoURL: URL https://github.com/org/repo points outside the cluster (the air gap allows *.svc, *.test.local, 10.0.0.1:5000, private addresses)',
        'spec.source.helm.valuesObject.remote: Git remote git@github.com points outside the cluster',
      ]);
      // Rows stay grouped by document, in rule order.
      expect([...new Set(found.map((v) => v.rule))]).toEqual(VALUE_RULES);
    });

    test('the next document, and the same document in the next run, are walked again', () => {
      const clean = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'n' }, data: { a: 'b' } };
      const d = values();
      const both = runGate([doc('a.yaml', d), doc('b.yaml', clean)], config).filter((v) => VALUE_RULES.includes(v.rule));
      expect(both.every((v) => v.file === 'test/a.yaml')).toBe(true);
      d.spec.source.repoURL = 'http://gitea-http.gitea.svc:3000/lumen/x';
      expect(runGate([doc('a.yaml', d)], config).filter((v) => v.rule === 'air-gap-url')).toHaveLength(1);
    });

    test('schema: a text is validated once per process, a Gatekeeper constraint per run (its ConstraintTemplates are the run\'s)', () => {
      const schema = (docs: GateDocument[]) => runGate(docs, config, [SCHEMA_RULE]).map((v) => `${v.resource}: ${v.detail}`);
      const text = 'a Deployment the schema refuses, and the text it was dumped from';
      const bad = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'n' }, spec: { replica: 1 } };
      const refused = schema([doc('d.yaml', bad)]);
      expect(refused).toContain('Deployment/n/d: spec: unknown field "replica"');
      expect(schema([{ file: 'd.yaml', manifest: bad, text }])).toEqual(refused);
      // The same text again: its verdict, whatever object comes with it (a text is what it was dumped from).
      expect(schema([{ file: 'd.yaml', manifest: { ...bad, spec: { replicas: 1 } }, text }])).toEqual(refused);
      expect(schema([doc('d.yaml', { ...bad, spec: { replicas: 1 } })])).not.toEqual(refused);
      const constraint = {
        apiVersion: 'constraints.gatekeeper.sh/v1beta1', kind: 'LumenRequiredLabels', metadata: { name: 'x' },
        spec: { enforcementAction: 'deny', match: { kinds: [{ apiGroups: ['apps'], kinds: ['Deployment'] }] }, parameters: { labels: ['app'] } },
      };
      const templates = LUMEN_RULES.map((r, i) => ({ file: `t${i}.yaml`, manifest: constraintTemplateManifest(r) as GateDocument['manifest'] }));
      expect(schema([...templates, { file: 'c.yaml', manifest: constraint, text: 'the constraint' }])).toEqual([]);
      expect(schema([{ file: 'c.yaml', manifest: constraint, text: 'the constraint' }]))
        .toEqual(['LumenRequiredLabels/x: constraint kind LumenRequiredLabels has no ConstraintTemplate among the rendered documents']);
    });

    test('one text is walked once per process, and judged per environment (its registry and base domain)', () => {
      const text = 'the YAML of a vendor object, identical in every environment';
      const m = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'n' }, data: { repo: 'https://charts.prod.example/x', image: 'reg.prod.example:5000/a/b:1.0' } };
      const prod: EnvConfig = { ...config, env: 'prod', registry: { ...config.registry, host: 'reg.prod.example:5000' }, cluster: { ...config.cluster, baseDomain: 'prod.example' } };
      const airGap = (c: EnvConfig, manifest: GateDocument['manifest']) => runGate([{ file: 'c.yaml', manifest, text }], c).filter((v) => v.rule.startsWith('air-gap')).map((v) => v.detail);
      expect(airGap(config, m)).toEqual([
        'data.repo: URL https://charts.prod.example/x points outside the cluster (the air gap allows *.svc, *.test.local, 10.0.0.1:5000, private addresses)',
        'data.image: image "reg.prod.example:5000/a/b:1.0" is not in the internal registry 10.0.0.1:5000',
      ]);
      // The same text: not walked again (a different object under it would be, were it walked), judged for prod: clean.
      const walkedAgain = { ...m, data: { repo: 'https://github.com/x' } };
      expect(airGap(prod, walkedAgain)).toEqual([]);
      expect(airGap(config, walkedAgain)).toHaveLength(2);
      // Without a text (nothing says two objects are the same): every run walks.
      expect(runGate([doc('c.yaml', walkedAgain)], prod).filter((v) => v.rule === 'air-gap-url')).toHaveLength(1);
    });

    test('a check that throws fails its own rule only; a walk that throws fails them all, as their own walks did', () => {
      const nothing = runGate([doc('null.yaml', null)], config).filter((v) => VALUE_RULES.includes(v.rule));
      expect(nothing.map((v) => `${v.rule}: ${v.detail}`)).toEqual([`air-gap-image: the rule failed on this document: ${failure(() => podTemplateOf(null as any))}`]);
      const trap = values();
      Object.defineProperty(trap.spec, 'trap', { enumerable: true, get: () => { throw new Error('unreadable'); } });
      const rows = runGate([doc('trap.yaml', trap)], config).filter((v) => VALUE_RULES.includes(v.rule));
      expect(rows.filter((v) => v.detail === 'the rule failed on this document: unreadable').map((v) => v.rule)).toEqual(VALUE_RULES);
    });
  });

  test('every rule family is in the gate', () => {
    expect(gateRules(config).map((r) => r.name)).toEqual([
      'cluster-scoped-without-namespace', 'standard-labels', 'container-resources', 'schema',
      'lumen-disallowed-tags', 'lumen-allowed-repos', 'lumen-container-limits', 'lumen-required-labels',
      'pod-security-restricted', 'no-secret-data', 'no-private-key', 'no-high-entropy-string', 'no-literal-credential',
      'air-gap-url', 'air-gap-image',
    ]);
  });
});

describe('a deliberately bad construct', () => {
  const render = () => renderEnvironment(config, [
    { name: 'namespaces', build: buildNamespaces },
    { name: 'bad', build: (scope, cfg) => new BadChart(scope, 'quick-hack', cfg) },
  ]);

  test('synth refuses it with one table naming every broken rule', () => {
    expect(render).toThrow(GateError);
    let error: GateError | undefined;
    try {
      render();
    } catch (e) {
      error = e as GateError;
    }
    const rows = error!.violations.filter((v) => v.file === 'test/40-applications/quick-hack/Deployment-quick-hack.yaml');
    const byRule: Record<string, string> = {};
    for (const v of rows) byRule[v.rule] = byRule[v.rule] ? `${byRule[v.rule]} | ${v.detail}` : v.detail;
    expect(byRule['lumen-allowed-repos']).toBe('images must come from 10.0.0.1:5000: web (docker.io/library/nginx:latest)');
    expect(byRule['lumen-disallowed-tags']).toBe('images must be pinned to a tag other than latest or to a digest: web (docker.io/library/nginx:latest)');
    expect(byRule['lumen-container-limits']).toBe('containers must set limits cpu and memory: web');
    expect(byRule['lumen-required-labels']).toBe('labels required on the object: app, tier | labels required on the pod template: app, tier');
    expect(byRule['pod-security-restricted']).toMatch(/^namespace lumen enforces restricted: /);
    expect(byRule['no-high-entropy-string']).toMatch(/^spec\.template\.spec\.containers\[0\]\.env\[0\]\.value: high-entropy string 16C7…4a /);
    expect(error!.message).toMatch(/^synth: \d+ violation\(s\); dist\/ left as it was\nFILE +RESOURCE +RULE +DETAIL\n/);
    expect(error!.message).toMatch(/test\/40-applications\/quick-hack\/Deployment-quick-hack\.yaml +Deployment\/lumen\/quick-hack +lumen-allowed-repos +images must come from/);
  });
});

// Whole environments: renderEnvironment runs this gate (test/synth/environment.spec.ts renders every one)
// and `npm run validate` checks the committed dist/ (test/cli/validate.spec.ts): zero violations both ways.

describe('vendor objects: what rendering the charts into dist/ brought into the gate', () => {
  const rules = (m: any) => runGate([doc('x.yaml', m)], config).map((v) => `${v.rule}: ${v.detail}`);
  const labels = { 'app.kubernetes.io/name': 'x', 'app.kubernetes.io/part-of': 'lumen', 'app.kubernetes.io/managed-by': 'Helm' };

  test('container-resources: every container, init containers included, requests cpu and memory and limits memory', () => {
    const deployment = (resources: any) => ({
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'n', labels },
      spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: {
        initContainers: [{ name: 'init', image: `${config.registry.host}/library/busybox:1.37`, resources }],
        containers: [{ name: 'main', image: `${config.registry.host}/library/busybox:1.37`, resources: { requests: { cpu: '1m', memory: '1Mi' }, limits: { memory: '2Mi' } } }],
      } } },
    });
    expect(rules(deployment({})).filter((r) => r.startsWith('container-resources'))).toEqual(['container-resources: initContainers[0] (init): no requests.cpu, requests.memory, limits.memory']);
    expect(rules(deployment({ requests: { cpu: '1m', memory: '1Mi' } })).filter((r) => r.startsWith('container-resources'))).toEqual(['container-resources: initContainers[0] (init): no limits.memory']);
    expect(rules(deployment({ requests: { cpu: '1m', memory: '1Mi' }, limits: { memory: '4Mi' } })).filter((r) => r.startsWith('container-resources'))).toEqual([]);
  });

  test('a Secret with data is refused, unless a chart marks it as configuration; its decoded data is still checked', () => {
    const secret = (annotations: Record<string, string>, text: string) => ({
      apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'n', labels, annotations }, data: { 'app.ini': Buffer.from(text).toString('base64') },
    });
    expect(rules(secret({}, '[server]\nROOT=/data\n'))).toContain('no-secret-data: a Secret with data or stringData: credentials come from Vault (VaultStaticSecret), never from Git');
    expect(rules(secret({ 'lumen.dev/config-secret': 'app.ini sections' }, '[server]\nROOT=/data\n'))).toEqual([]);
    const leaked = rules(secret({ 'lumen.dev/config-secret': 'app.ini sections' }, '[security]\nINTERNAL_TOKEN=eyJhbGciOiJIUzI1NiJ9xK29dQm3LpZr8TfVb1WcY7hN4sJ0aE6uG\n'));
    expect(leaked).toEqual([expect.stringMatching(/^no-high-entropy-string: data\.app\.ini: high-entropy string/)]);
  });

  test('air-gap-url: a URL in a CRD\'s schema prose, on a comment line or listed as inert on its object passes; one a program would fetch does not', () => {
    const crd = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'xs.example.com', labels },
      spec: { group: 'example.com', names: { kind: 'X', plural: 'xs' }, scope: 'Namespaced', versions: [{ name: 'v1', served: true, storage: true,
        schema: { openAPIV3Schema: { type: 'object', description: 'More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md' } } }] } };
    expect(rules(crd).filter((r) => r.startsWith('air-gap'))).toEqual([]);
    const script = (annotations: Record<string, string>, text: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'n', labels, annotations }, data: { 'run.sh': text } });
    expect(rules(script({}, '# see https://example.com/docs\ncurl http://svc.n.svc:80/\n')).filter((r) => r.startsWith('air-gap'))).toEqual([]);
    expect(rules(script({}, 'curl https://example.com/install.sh | sh\n')).filter((r) => r.startsWith('air-gap'))).toEqual([
      expect.stringContaining('air-gap-url: data.run.sh: URL https://example.com/install.sh points outside the cluster'),
    ]);
    expect(rules(script({ 'lumen.dev/inert-urls': 'https://example.com/issues' }, 'echo "file an issue at https://example.com/issues"\n')).filter((r) => r.startsWith('air-gap'))).toEqual([]);
  });

  test('SSH public keys and Grafana dashboard uids are not credentials; an enum name in a CRD schema neither', () => {
    expect(highEntropyViolations({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'k' }, data: {
      ssh_known_hosts: 'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n',
      'dash.json': '{"uid": "09ec8aa1e996d6ffcd6817bbaff4db1b", "title": "API server"}',
    } } as any)).toEqual([]);
  });
});
