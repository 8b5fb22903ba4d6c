import {
  buildGatekeeper, EXEMPT_NAMESPACES, GATEKEEPER_NAMESPACE, GatekeeperChart, GatekeeperConstraintsChart, GatekeeperTemplatesChart, gatekeeperValues,
  IGNORE_LABEL, WEBHOOK_PORT,
} from '../../src/charts/gatekeeper';
import { PrometheusCrdsChart } from '../../src/charts/prometheus-crds';
import { Waves } from '../../src/constructs/waves';
import { LUMEN_RULES, lumenConstraints } from '../../src/policy/admission';
import { renderApp } from '../../src/synth/render';
import { coherenceProblems } from '../../src/synth/coherence';
import { LumenChart } from '../../src/constructs/lumen-chart';
import { overlay, synth, testApp, testConfig } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');

describe('snapshots (prod)', () => {
  test.each([
    ['gatekeeper', GatekeeperChart],
    ['gatekeeper-templates', GatekeeperTemplatesChart],
    ['gatekeeper-constraints', GatekeeperConstraintsChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    expect({ objects: synth(chart), helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values } }).toMatchSnapshot();
  });
});

describe('gatekeeper chart', () => {
  test('pinned chart 3.23.0 with its CRDs, wave core, namespace gatekeeper-system', () => {
    const chart = new GatekeeperChart(testApp(), 'gatekeeper', prod);
    expect(chart.helmRelease).toMatchObject({ chart: 'gatekeeper', version: '3.23.0', crdModule: 'gatekeeper' });
    expect(chart.wave).toBe(Waves.CORE);
    expect(chart.namespace).toBe(GATEKEEPER_NAMESPACE);
  });

  test('every image is rewritten to the internal registry and listed, tags pinned', () => {
    for (const env of [prod, dev]) {
      const { values, images } = gatekeeperValues(env);
      expect(images.map((i) => i.ref)).toEqual([
        `${env.registry.host}/openpolicyagent/gatekeeper:v3.23.0`, `${env.registry.host}/openpolicyagent/gatekeeper-crds:v3.23.0`,
      ]);
      expect(values.image.repository).toBe(`${env.registry.host}/openpolicyagent/gatekeeper`);
      expect(values.image.crdRepository).toBe(`${env.registry.host}/openpolicyagent/gatekeeper-crds`);
      for (const hook of [values.postInstall.labelNamespace, values.postUpgrade.labelNamespace, values.preUninstall.deleteWebhookConfigurations]) {
        expect(hook.image.repository.startsWith(`${env.registry.host}/`)).toBe(true);
      }
    }
  });

  test('hooks that run kubectl or curl Jobs are off; the namespace is labelled by our Namespace object', () => {
    const { values } = gatekeeperValues(prod);
    expect(values.postInstall.labelNamespace.enabled).toBe(false);
    expect(values.postInstall.probeWebhook.enabled).toBe(false);
    expect(values.upgradeCRDs.enabled).toBe(false);
    const ns = synth(new GatekeeperChart(testApp(), 'gatekeeper', prod)).find((o) => o.kind === 'Namespace');
    expect(ns.metadata.labels[IGNORE_LABEL]).toBe('no-self-managing');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  test('replicas and resources follow the overlay; kube-system and gatekeeper-system are exempt', () => {
    expect(gatekeeperValues(prod).values.replicas).toBe(2);
    expect(gatekeeperValues(dev).values.replicas).toBe(1);
    expect(gatekeeperValues(prod).values.controllerManager.exemptNamespaces).toEqual(EXEMPT_NAMESPACES);
    expect(gatekeeperValues(testConfig('components: { gatekeeper: { resources: { requests: { cpu: 1m, memory: 1Mi }, limits: { cpu: 2m, memory: 2Mi } } } }\n'))
      .values.audit.resources.limits).toEqual({ cpu: '2m', memory: '2Mi' });
  });

  test('flows: the API server reaches the webhook on 8443; gatekeeper reaches the API server', () => {
    const policies = synth(new GatekeeperChart(testApp(), 'gatekeeper', prod)).filter((o) => o.kind === 'NetworkPolicy');
    const webhook = policies.find((p) => p.metadata.name === 'allow-ingress-webhook-from-apiserver');
    expect(webhook.spec.ingress[0]).toEqual({ from: [{ ipBlock: { cidr: '192.168.2.2/32' } }, { ipBlock: { cidr: '10.42.0.0/16' } }], ports: [{ protocol: 'TCP', port: WEBHOOK_PORT }] });
    expect(webhook.spec.podSelector.matchLabels).toEqual({ 'gatekeeper.sh/operation': 'webhook' });
    const egress = policies.find((p) => p.metadata.name === 'allow-egress-apiserver');
    expect(egress.spec.egress[0].ports.map((p: any) => p.port)).toEqual([6443, 443]);
  });

  test('disabled in the overlay: nothing rendered', () => {
    const app = testApp();
    buildGatekeeper(app, testConfig('components: { gatekeeper: { enabled: false } }\n'));
    expect(app.node.children.filter((c) => c instanceof LumenChart)).toHaveLength(0);
    buildGatekeeper(app, testConfig());
    expect(app.node.children.filter((c) => c instanceof LumenChart).map((c) => c.node.id)).toEqual(['gatekeeper', 'gatekeeper-templates', 'gatekeeper-constraints']);
  });
});

describe('templates and constraints', () => {
  test('one CEL ConstraintTemplate per rule, named after its kind, in wave core-config', () => {
    const chart = new GatekeeperTemplatesChart(testApp(), 'gatekeeper-templates', prod);
    const templates = synth(chart);
    expect(chart.wave).toBe(Waves.CORE_CONFIG);
    expect(templates.map((t) => t.metadata.name).sort()).toEqual(LUMEN_RULES.map((r) => r.kind.toLowerCase()).sort());
    for (const t of templates) {
      expect(t.apiVersion).toBe('templates.gatekeeper.sh/v1');
      expect(t.metadata.namespace).toBeUndefined();
      const [target] = t.spec.targets;
      expect(target.target).toBe('admission.k8s.gatekeeper.sh');
      expect(target.code[0].engine).toBe('K8sNativeValidation');
      expect(target.rego).toBeUndefined();
    }
  });

  test('each template declares its parameters schema (what Gatekeeper checks constraints against)', () => {
    const templates = synth(new GatekeeperTemplatesChart(testApp(), 'gatekeeper-templates', prod));
    for (const rule of LUMEN_RULES) {
      const t = templates.find((x) => x.spec.crd.spec.names.kind === rule.kind);
      expect(t.spec.crd.spec.validation.openAPIV3Schema).toEqual(rule.parameters);
    }
  });

  test('the templates carry the very CEL text of src/policy (one source of truth)', () => {
    const templates = synth(new GatekeeperTemplatesChart(testApp(), 'gatekeeper-templates', prod));
    for (const rule of LUMEN_RULES) {
      const source = templates.find((t) => t.spec.crd.spec.names.kind === rule.kind).spec.targets[0].code[0].source;
      expect(source.variables).toEqual(rule.variables);
      expect(source.validations).toEqual(rule.validations);
    }
  });

  test('constraints deny, in wave policy after the templates, and skip the dry run of their runtime CRDs', () => {
    const chart = new GatekeeperConstraintsChart(testApp(), 'gatekeeper-constraints', prod);
    expect(chart.wave).toBe(Waves.POLICY);
    expect(chart.wave.number).toBeGreaterThan(Waves.CORE_CONFIG.number);
    expect(chart.syncOptions).toContain('SkipDryRunOnMissingResource=true');
    const constraints = synth(chart);
    expect(constraints.map((c) => `${c.kind}/${c.metadata.name}`).sort()).toEqual([
      'LumenAllowedRepos/lumen-allowed-repos', 'LumenContainerLimits/lumen-container-limits',
      'LumenDisallowedTags/lumen-disallowed-tags', 'LumenRequiredLabels/lumen-required-labels',
    ]);
    for (const c of constraints) {
      expect(c.apiVersion).toBe('constraints.gatekeeper.sh/v1beta1');
      expect(c.spec.enforcementAction).toBe('deny');
    }
  });

  test('registry parameter per environment; label and limit rules scoped to the application namespaces', () => {
    const repos = (env: typeof prod) => synth(new GatekeeperConstraintsChart(testApp(), 'gatekeeper-constraints', env)).find((c) => c.kind === 'LumenAllowedRepos');
    expect(repos(prod).spec.parameters.registries).toEqual(['192.168.2.2:5000']);
    expect(repos(dev).spec.parameters.registries).toEqual(['k3d-registry.localhost:5000']);
    expect(repos(prod).spec.match.excludedNamespaces).toEqual(['kube-system']);
    const byName = Object.fromEntries(lumenConstraints(prod).map((c) => [c.name, c]));
    // pr-*: preview environments (issue 13), whose workloads are ours like lumen's and shop's.
    expect(byName['lumen-required-labels'].match.namespaces).toEqual(['lumen', 'shop', 'pr-*']);
    expect(byName['lumen-container-limits'].match.namespaces).toEqual(['lumen', 'shop', 'pr-*']);
    expect(byName['lumen-required-labels'].parameters).toEqual({ labels: ['app', 'tier'] });
  });

  test('the three charts are coherent: CRDs before templates before constraints', () => {
    const app = testApp();
    // prometheus-crds (wave 0) brings the PodMonitor CRD the gatekeeper chart's monitor uses.
    const charts = [new PrometheusCrdsChart(app, 'prometheus-crds', prod), new GatekeeperChart(app, 'gatekeeper', prod),
      new GatekeeperTemplatesChart(app, 'gatekeeper-templates', prod), new GatekeeperConstraintsChart(app, 'gatekeeper-constraints', prod)];
    expect(coherenceProblems(charts, renderApp(app))).toEqual([]);
  });
});
