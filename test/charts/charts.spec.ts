import { ArgoCdChart, argoCdValues } from '../../src/charts/argocd';
import { CERT_MANAGER_METRICS_PORT, CERT_MANAGER_NAMESPACE, CertManagerChart, CertManagerConfigChart, VAULT_ISSUER } from '../../src/charts/cert-manager';
import { APPLICATION_HEALTH_LUA, CONSTRAINT_TEMPLATE_HEALTH_LUA } from '../../src/constructs/argocd-health';
import { overlay, synth, testApp } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');

describe('snapshots (prod)', () => {
  test.each([
    ['argocd', ArgoCdChart],
    ['cert-manager', CertManagerChart],
    ['cert-manager-config', CertManagerConfigChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    expect({ objects: synth(chart), helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values } }).toMatchSnapshot();
  });
});

describe('argocd', () => {
  test('argocd-cm carries the Application health check that makes waves gate', () => {
    expect(argoCdValues(prod).values.configs.cm['resource.customizations.health.argoproj.io_Application']).toBe(APPLICATION_HEALTH_LUA);
    // ...and the one that makes the constraints' wave wait for their CRDs.
    expect(argoCdValues(prod).values.configs.cm['resource.customizations.health.templates.gatekeeper.sh_ConstraintTemplate']).toBe(CONSTRAINT_TEMPLATE_HEALTH_LUA);
  });
  test('every image comes from the environment registry', () => {
    for (const env of [prod, dev]) {
      const { images } = argoCdValues(env);
      for (const i of images) expect(i.ref.startsWith(`${env.registry.host}/`)).toBe(true);
    }
  });
  test('sizes follow the overlay', () => {
    expect(argoCdValues(prod).values.server.replicas).toBe(2);
    expect(argoCdValues(dev).values.server.replicas).toBe(1);
  });
});

describe('cert-manager', () => {
  test('installs its CRDs and syncs them server-side', () => {
    const chart = new CertManagerChart(testApp(), 'cert-manager', prod);
    expect(chart.helmRelease!.crdModule).toBe('cert-manager');
    expect((chart.helmRelease!.values as any).crds).toEqual({ enabled: true, keep: true });
  });
  test('the ClusterIssuer signs with Vault PKI through Kubernetes auth, in a later wave than the chart', () => {
    const app = testApp();
    const core = new CertManagerChart(app, 'cert-manager', prod);
    const config = new CertManagerConfigChart(app, 'cert-manager-config', prod);
    const issuer = synth(config).find((o) => o.kind === 'ClusterIssuer');
    expect(issuer.metadata.name).toBe(VAULT_ISSUER);
    expect(issuer.metadata.namespace).toBeUndefined();
    expect(issuer.spec.vault.path).toBe('pki/sign/lumen');
    expect(issuer.spec.vault.auth.kubernetes.role).toBe('cert-manager');
    expect(config.wave.number).toBeGreaterThan(core.wave.number);
  });
  test('leader election in its own namespace (the chart\'s default kube-system is outside the AppProject)', () => {
    const values = new CertManagerChart(testApp(), 'cert-manager', prod).helmRelease!.values as any;
    expect(values.global.leaderElection.namespace).toBe(CERT_MANAGER_NAMESPACE);
  });
  test('Prometheus reaches every target of the chart\'s ServiceMonitor: controller, webhook, cainjector on :9402', () => {
    const chart = new CertManagerChart(testApp(), 'cert-manager', prod);
    const release = chart.helmRelease!.releaseName;
    // The pod labels of the chart's three Deployments (cert-manager v1.21.1 templates), which its ServiceMonitor selects.
    const targets = [['cert-manager', 'controller'], ['webhook', 'webhook'], ['cainjector', 'cainjector']]
      .map(([name, component]) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': release, 'app.kubernetes.io/component': component }));
    const policy = synth(chart).find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'allow-ingress-prometheus');
    const selects = (labels: Record<string, string>) => Object.entries(policy.spec.podSelector.matchLabels as Record<string, string>).every(([k, v]) => labels[k] === v);
    for (const t of targets) expect(selects(t)).toBe(true);
    expect(policy.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: CERT_MANAGER_METRICS_PORT }]);
    expect((chart.helmRelease!.values as any).prometheus.servicemonitor.enabled).toBe(true);
  });
  test('replicas per environment', () => {
    expect((new CertManagerChart(testApp(), 'cert-manager', prod).helmRelease!.values as any).replicaCount).toBe(2);
    expect((new CertManagerChart(testApp(), 'cert-manager', dev).helmRelease!.values as any).replicaCount).toBe(1);
  });
});
