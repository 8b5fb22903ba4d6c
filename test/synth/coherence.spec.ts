import { ApiObject } from 'cdk8s';
import { HelmRelease } from '../../src/constructs/helm-release';
import { LumenChart } from '../../src/constructs/lumen-chart';
import { PlatformNamespace } from '../../src/constructs/platform-namespace';
import { Waves } from '../../src/constructs/waves';
import { coherenceProblems } from '../../src/synth/coherence';
import { renderApp } from '../../src/synth/render';
import { testApp, testConfig } from '../support/fixtures';

const config = testConfig();

function problems(build: (app: ReturnType<typeof testApp>) => void): string[] {
  const app = testApp();
  build(app);
  const charts = app.node.children.filter((c): c is LumenChart => c instanceof LumenChart);
  return coherenceProblems(charts, renderApp(app));
}

const issuer = (scope: LumenChart) => new ApiObject(scope, 'Issuer', { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'x' }, spec: {} });
const certManager = (app: ReturnType<typeof testApp>, wave = Waves.CORE) => {
  const c = new LumenChart(app, 'cert-manager', { config, wave, namespace: 'cert-manager' });
  new PlatformNamespace(c, 'cert-manager');
  new HelmRelease(c, 'R', { chart: 'cert-manager', version: '1.0.0', values: {}, crdModule: 'cert-manager' });
  return c;
};

describe('coherence of the app-of-apps', () => {
  test('a custom resource one wave after its CRD is fine', () => {
    expect(problems((app) => {
      certManager(app);
      issuer(new LumenChart(app, 'issuer', { config, wave: Waves.CORE_CONFIG }));
    })).toEqual([]);
  });
  test('a custom resource in the same wave as its CRD is reported', () => {
    expect(problems((app) => {
      certManager(app);
      issuer(new LumenChart(app, 'issuer', { config, wave: Waves.CORE }));
    })).toEqual(['10-core/issuer/ClusterIssuer-x.yaml: ClusterIssuer is in wave 10 but its CRD (cert-manager) arrives in wave 10']);
  });
  test('a custom resource whose CRD nobody installs is reported', () => {
    expect(problems((app) => issuer(new LumenChart(app, 'issuer', { config, wave: Waves.CORE }))))
      .toEqual(['10-core/issuer/ClusterIssuer-x.yaml: cert-manager.io/v1 ClusterIssuer needs the cert-manager CRDs, which no application installs']);
  });
  test('a namespace used before the wave that creates it is reported', () => {
    const out = problems((app) => {
      const early = new LumenChart(app, 'early', { config, wave: Waves.CORE, namespace: 'late' });
      new ApiObject(early, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' } });
      new PlatformNamespace(new LumenChart(app, 'late', { config, wave: Waves.APPLICATIONS }), 'late', { defaultDeny: false });
    });
    expect(out).toEqual(['10-core/early/ConfigMap-cm.yaml: namespace late is created in wave 40 by late, not before wave 10']);
  });
  test('an object owned by two applications is reported', () => {
    const out = problems((app) => {
      for (const id of ['a', 'b']) {
        const c = new LumenChart(app, id, { config, wave: Waves.CORE, namespace: 'default' });
        new ApiObject(c, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'same' } });
      }
    });
    expect(out).toEqual(['v1/ConfigMap/default/same belongs to both a and b']);
  });
});
