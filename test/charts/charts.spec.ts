import { ArgoCdChart, argoCdValues } from '../../src/charts/argocd';
import { CertManagerChart, CertManagerConfigChart, VAULT_ISSUER } from '../../src/charts/cert-manager';
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
  test('replicas per environment', () => {
    expect((new CertManagerChart(testApp(), 'cert-manager', prod).helmRelease!.values as any).replicaCount).toBe(2);
    expect((new CertManagerChart(testApp(), 'cert-manager', dev).helmRelease!.values as any).replicaCount).toBe(1);
  });
});
