import * as path from 'path';
import * as yaml from 'js-yaml';
import { App } from 'cdk8s';
import {
  actRunnerConfig, GITEA_NAMESPACE, RUNNER_LABELS, GITEA_URL, GiteaChart, GiteaConfigChart, GiteaRunnerChart, giteaBootstrapValues, giteaValues,
} from '../../src/charts/gitea';
import { OutputChart } from '../../src/constructs/lumen-chart';
import { Waves } from '../../src/constructs/waves';
import { readTrees } from '../../src/diff/base';
import { buildEnvironment } from '../../src/environment';
import { environmentImages } from '../../src/synth/inventory';
import { renderApp } from '../../src/synth/render';
import { ENVS, overlay, ROOT, smallConfig, synth, testApp, testConfig } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');

describe('snapshots (prod)', () => {
  test.each([
    ['gitea', GiteaChart],
    ['gitea-config', GiteaConfigChart],
    ['gitea-runner', GiteaRunnerChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    expect({ objects: synth(chart), helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values } }).toMatchSnapshot();
  });
});

describe('gitea', () => {
  test('the overlays point Git and charts at gitea-http:3000', () => {
    expect(GITEA_URL).toBe('http://gitea-http.gitea.svc.cluster.local:3000');
    for (const env of ENVS) {
      const c = overlay(env);
      expect(c.git.repoURL.startsWith(`${GITEA_URL}/`)).toBe(true);
      expect(c.charts.repository.startsWith(`${GITEA_URL}/api/packages/`)).toBe(true);
    }
  });
  test('pinned 12.4.0 at wave dependencies; images rewritten', () => {
    const chart = new GiteaChart(testApp(), 'gitea', prod);
    expect(chart.wave).toBe(Waves.DEPENDENCIES);
    expect(chart.helmRelease).toMatchObject({ chart: 'gitea', version: '12.4.0' });
    const { values, images } = giteaValues(dev);
    expect(images.map((i) => i.ref)).toEqual([
      'k3d-registry.localhost:5000/gitea/gitea:1.24.6-rootless', 'k3d-registry.localhost:5000/bitnamilegacy/postgresql:17.6.0-debian-12-r4',
    ]);
    expect(values.image.fullOverride).toBe('k3d-registry.localhost:5000/gitea/gitea:1.24.6-rootless');
  });
  test('packages and Actions on, actions from this Gitea only', () => {
    const ini = giteaValues(prod).values.gitea.config;
    expect(ini.packages.ENABLED).toBe(true);
    expect(ini.actions).toEqual({ ENABLED: true, DEFAULT_ACTIONS_URL: 'self' });
    expect(ini.server.ROOT_URL).toBe(`${GITEA_URL}/`);
    expect(ini.server.OFFLINE_MODE).toBe(true);
  });
  test('credentials by reference only: admin and database Secrets by name, no password in values', () => {
    const { values } = giteaValues(prod);
    expect(values.gitea.admin.existingSecret).toBe('gitea-admin');
    expect(values.postgresql.global.postgresql.auth).toMatchObject({ existingSecret: 'gitea-postgresql', password: '' });
    expect(JSON.stringify(values)).not.toMatch(/"password":"[^"]/);
    const objects = synth(new GiteaConfigChart(testApp(), 'gitea-config', prod));
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    const vss = objects.filter((o) => o.kind === 'VaultStaticSecret');
    expect(vss.map((o) => [o.metadata.name, o.spec.path, o.spec.destination.overwrite])).toEqual([
      ['gitea-admin', 'gitea/admin', true], ['gitea-postgresql', 'gitea/postgresql', true],
    ]);
  });
  test('Argo CD reaches Gitea on 3000 (the ingress half)', () => {
    const p = synth(new GiteaChart(testApp(), 'gitea', prod)).find((o) => o.metadata.name === 'allow-ingress-argocd');
    expect(p.spec.ingress[0]).toEqual({
      from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'argocd' } } }], ports: [{ protocol: 'TCP', port: 3000 }],
    });
  });
  test('storage per overlay', () => {
    expect(giteaValues(testConfig('components:\n  gitea: { storage: 50Gi }\n')).values.persistence.size).toBe('50Gi');
  });
});

describe('gitea-runner', () => {
  const objects = (config = prod) => synth(new GiteaRunnerChart(testApp(), 'gitea-runner', config));
  test('registers with a token from Vault against the in-cluster Gitea', () => {
    const all = objects();
    expect(all.filter((o) => o.kind === 'Secret')).toEqual([]);
    expect(all.find((o) => o.kind === 'VaultStaticSecret').spec.path).toBe('gitea/runner');
    const runner = all.find((o) => o.kind === 'StatefulSet').spec.template.spec.containers[0];
    const env = Object.fromEntries(runner.env.map((e: any) => [e.name, e.value ?? e.valueFrom]));
    expect(env.GITEA_INSTANCE_URL).toBe(GITEA_URL);
    expect(env.GITEA_RUNNER_REGISTRATION_TOKEN).toEqual({ secretKeyRef: { name: 'act-runner-token', key: 'token' } });
  });
  test('runner labels from RUNNER_LABELS, job images from the internal registry, declared for images.txt', () => {
    const cfg = yaml.load(actRunnerConfig(prod)) as any;
    expect(cfg.runner.labels).toEqual(['lumen-node20:docker://192.168.2.2:5000/library/node:20.20-bookworm']);
    expect(Object.keys(RUNNER_LABELS)).toEqual(['lumen-node20']);
    const chart = new GiteaRunnerChart(testApp(), 'gitea-runner', prod);
    expect(chart.pulledImages.map((i) => i.ref)).toEqual(['192.168.2.2:5000/library/node:20.20-bookworm']);
    expect(environmentImages(prod, [chart], renderApp(App.of(chart) as App))).toContain('192.168.2.2:5000/library/node:20.20-bookworm  docker.io/library/node:20.20-bookworm');
  });
  test('privileged namespace of its own (dind), with the reason; runner flows to Gitea and the registry', () => {
    const all = objects();
    const ns = all.find((o) => o.kind === 'Namespace');
    expect(ns.metadata.name).toBe('gitea-runner');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    const names = all.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name);
    expect(names).toEqual(expect.arrayContaining(['allow-act-runner-gitea-egress', 'allow-act-runner-gitea-ingress', 'allow-egress-registry']));
    expect(all.find((o) => o.metadata.name === 'allow-egress-registry').spec.egress[0]).toEqual({
      to: [{ ipBlock: { cidr: '192.168.2.2/32' } }], ports: [{ protocol: 'TCP', port: 5000 }],
    });
    // A registry known by name only (dev): no address to allow.
    expect(objects(dev).find((o) => o.metadata.name === 'allow-egress-registry')).toBeUndefined();
  });
  test('insecure registries are allowed to dockerd', () => {
    const dind = objects().find((o) => o.kind === 'StatefulSet').spec.template.spec.containers[1];
    expect(dind.args).toContain('--insecure-registry=192.168.2.2:5000');
  });
});

// The hand install of bootstrap step 1 (README) must be the release the `gitea` Application adopts.
describe.each(ENVS)('dist/%s/bootstrap/helm/gitea.values.yaml', (env) => {
  const dist = readTrees(path.join(ROOT, 'dist')).get(env)!;
  const app = yaml.load(dist.get('apps/Application-gitea.yaml')!) as any;
  // The values the gitea application's objects were rendered with (synth's render inputs beside them).
  const inputs = dist.get('20-dependencies/gitea/.helm/gitea.values.yaml')!;
  const file = yaml.load(dist.get('bootstrap/helm/gitea.values.yaml')!) as any;

  test('equals the values the gitea application is rendered with', () => {
    expect(file).toEqual(yaml.load(inputs));
    expect(dist.get('bootstrap/helm/gitea.values.yaml')).toBe(giteaBootstrapValues(overlay(env)));
  });
  test('release gitea in namespace gitea (what README step 1 installs); no chart-default database or cache', () => {
    expect(inputs).toMatch(/^# Reproduce: helm template gitea charts\/gitea-12\.4\.0\.tgz --namespace gitea /m);
    expect(app.spec.destination.namespace).toBe(GITEA_NAMESPACE);
    expect(file['postgresql-ha'].enabled).toBe(false);
    expect(file['valkey-cluster'].enabled).toBe(false);
    expect(file.postgresql.enabled).toBe(true);
    expect(file.image.fullOverride.startsWith(`${overlay(env).registry.host}/`)).toBe(true);
  });
});

test('no gitea.values.yaml when Gitea is off', () => {
  const extra = (buildEnvironment(smallConfig()).node.findAll().find((c) => c instanceof OutputChart && c.folder === 'bootstrap') as OutputChart).extraFiles;
  expect(Object.keys(extra)).toEqual(['helm/argocd.values.yaml']);
});
