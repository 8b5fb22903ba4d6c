import * as yaml from 'js-yaml';
import { App } from 'cdk8s';
import {
  actRunnerConfig, buildkitdToml, GITEA_NAMESPACE, RUNNER_IMAGE, RUNNER_LABELS, GITEA_URL, GiteaBuildkitChart, GiteaChart, GiteaConfigChart,
  GiteaRunnerChart, giteaBootstrapValues, giteaValues, runnerJobImages,
} from '../../src/charts/gitea';
import { OutputChart } from '../../src/constructs/lumen-chart';
import { Waves } from '../../src/constructs/waves';
import { buildEnvironment } from '../../src/environment';
import { restrictedViolations } from '../../src/policy/pod-security';
import { environmentImages } from '../../src/synth/inventory';
import { renderApp } from '../../src/synth/render';
import { ENVS, overlay, smallConfig, synth, testApp, testConfig } from '../support/fixtures';
import { committedTree } from '../support/dist';

const prod = overlay('prod');
const dev = overlay('dev');

describe('snapshots (prod)', () => {
  test.each([
    ['gitea', GiteaChart],
    ['gitea-config', GiteaConfigChart],
    ['gitea-runner', GiteaRunnerChart],
    ['gitea-buildkit', GiteaBuildkitChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    expect({ objects: synth(chart), helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values } }).toMatchSnapshot();
  });
});

describe('gitea', () => {
  test('the overlays point Git at gitea-http:3000 (charts are vendored in the repository, not served)', () => {
    expect(GITEA_URL).toBe('http://gitea-http.gitea.svc.cluster.local:3000');
    for (const env of ENVS) {
      const c = overlay(env);
      expect(c.git.repoURL.startsWith(`${GITEA_URL}/`)).toBe(true);
      expect(c).not.toHaveProperty('charts');
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
  const pools = (all = objects()) => all.filter((o) => o.kind === 'StatefulSet');
  test('registers with a token from Vault against the in-cluster Gitea, in an init container only', () => {
    const all = objects();
    expect(all.filter((o) => o.kind === 'Secret')).toEqual([]);
    expect(all.find((o) => o.kind === 'VaultStaticSecret').spec.path).toBe('gitea/runner');
    for (const sts of pools(all)) {
      const [register] = sts.spec.template.spec.initContainers;
      const env = Object.fromEntries(register.env.map((e: any) => [e.name, e.value ?? e.valueFrom]));
      expect(env.GITEA_INSTANCE_URL).toBe(GITEA_URL);
      expect(env.GITEA_RUNNER_REGISTRATION_TOKEN).toEqual({ secretKeyRef: { name: 'act-runner-token', key: 'token' } });
      expect(register.command.join(' ')).toMatch(/test -s \/data\/\.runner \|\| exec act_runner register --no-interactive --config \/config\/config\.yaml/);
      // Host-mode jobs inherit the daemon's environment: the daemon never holds the token.
      const daemon = sts.spec.template.spec.containers;
      expect(daemon.map((c: any) => c.name)).toEqual(['runner']);
      expect(daemon[0].command).toEqual(['act_runner', 'daemon', '--config', '/config/config.yaml']);
      expect(JSON.stringify(daemon[0])).not.toMatch(/secretKeyRef|act-runner-token|TOKEN/);
    }
  });
  test('labels from RUNNER_LABELS in host mode, one config per pool; build jobs find buildkitd; the runner image is built (lumen/)', () => {
    expect(Object.keys(RUNNER_LABELS).sort()).toEqual(['lumen-build', 'lumen-node20']);
    const npm = yaml.load(actRunnerConfig(prod, 'act-runner')) as any;
    const build = yaml.load(actRunnerConfig(prod, 'act-runner-build')) as any;
    expect(npm.runner.labels).toEqual(['lumen-node20:host']);
    expect(build.runner.labels).toEqual(['lumen-build:host']);
    expect(npm.runner.envs).toEqual({});
    expect(build.runner.envs).toEqual({ BUILDKIT_HOST: 'tcp://buildkitd.gitea-buildkit.svc.cluster.local:1234' });
    expect(npm.container).toBeUndefined();
    expect(npm.host.workdir_parent).toBe('/work/jobs');
    const chart = new GiteaRunnerChart(testApp(), 'gitea-runner', prod);
    expect(Object.keys(chart.statefulSets).sort()).toEqual(['act-runner', 'act-runner-build']);
    // Revision 2 of the recipe: trivy, crane and cosign for build-sign-promote.yml.
    expect(RUNNER_IMAGE).toEqual({ repository: 'lumen/ci-runner', tag: '0.2.11-node20.20-2' });
    // trivy's databases: OCI artifacts the build jobs pull, so images.txt lists them for the connected zone.
    expect(environmentImages(prod, [chart], renderApp(App.of(chart) as App))).toEqual([
      '192.168.2.2:5000/aquasecurity/trivy-db:2  ghcr.io/aquasecurity/trivy-db:2', '192.168.2.2:5000/aquasecurity/trivy-java-db:1  ghcr.io/aquasecurity/trivy-java-db:1',
      '192.168.2.2:5000/lumen/ci-runner:0.2.11-node20.20-2  built',
    ]);
    expect(Object.values(runnerJobImages(prod)).map((i) => i.ref)).toEqual(['192.168.2.2:5000/lumen/ci-runner:0.2.11-node20.20-2', '192.168.2.2:5000/lumen/ci-runner:0.2.11-node20.20-2']);
  });
  test('restricted namespace: every container passes the restricted profile; runner replicas from the overlay, one build runner', () => {
    const all = objects();
    const ns = all.find((o) => o.kind === 'Namespace');
    expect(ns.metadata.name).toBe('gitea-runner');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(ns.metadata.annotations).toBeUndefined();
    for (const sts of pools(all)) expect(restrictedViolations(sts.spec.template)).toEqual([]);
    const replicas = (c = prod) => Object.fromEntries(pools(objects(c)).map((o) => [o.metadata.name, o.spec.replicas]));
    expect(replicas(testConfig('components:\n  gitea: { runner: { replicas: 3 } }\n'))).toEqual({ 'act-runner': 3, 'act-runner-build': 1 });
  });
  test('default deny; flows: every pool to Gitea :3000, the build pool alone to buildkitd :1234 and to the registry (push, sign, trivy\'s databases)', () => {
    const all = objects();
    const policies = all.filter((o) => o.kind === 'NetworkPolicy');
    expect(policies.map((o) => `${o.metadata.namespace}/${o.metadata.name}`).sort()).toEqual([
      'gitea-buildkit/allow-act-runner-build-buildkitd-ingress', 'gitea-runner/allow-act-runner-build-buildkitd-egress',
      'gitea-runner/allow-act-runner-build-gitea-egress', 'gitea-runner/allow-act-runner-gitea-egress', 'gitea-runner/allow-dns-egress',
      'gitea-runner/allow-egress-registry', 'gitea-runner/default-deny-all', 'gitea/allow-act-runner-build-gitea-ingress', 'gitea/allow-act-runner-gitea-ingress',
    ]);
    // Only the build pool, only the registry's address and port (npm jobs still reach no registry).
    const registry = policies.find((o) => o.metadata.name === 'allow-egress-registry').spec;
    expect(registry).toEqual({
      podSelector: { matchLabels: { app: 'act-runner-build' } }, policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr: '192.168.2.2/32' } }], ports: [{ protocol: 'TCP', port: 5000 }] }],
    });
    const p = (name: string) => policies.find((o) => o.metadata.name === name).spec;
    expect(p('allow-act-runner-gitea-egress')).toMatchObject({ podSelector: { matchLabels: { app: 'act-runner' } }, egress: [{ ports: [{ protocol: 'TCP', port: 3000 }] }] });
    expect(p('allow-act-runner-build-buildkitd-egress')).toMatchObject({ podSelector: { matchLabels: { app: 'act-runner-build' } }, egress: [{ ports: [{ protocol: 'TCP', port: 1234 }] }] });
    expect(p('allow-act-runner-build-buildkitd-ingress')).toEqual({
      podSelector: { matchLabels: { app: 'buildkitd' } }, policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'gitea-runner' } }, podSelector: { matchLabels: { app: 'act-runner-build' } } }], ports: [{ protocol: 'TCP', port: 1234 }] }],
    });
  });
});

describe('gitea-buildkit', () => {
  const objects = (config = prod) => synth(new GiteaBuildkitChart(testApp(), 'gitea-buildkit', config));
  test('wave dependencies (before the runners that open flows into it), its own namespace, privileged with the reason', () => {
    expect(new GiteaBuildkitChart(testApp(), 'gitea-buildkit', prod).wave).toBe(Waves.DEPENDENCIES);
    const ns = objects().find((o) => o.kind === 'Namespace');
    expect(ns.metadata.name).toBe('gitea-buildkit');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(ns.metadata.annotations['lumen.dev/pod-security-reason']).toMatch(/seccomp and AppArmor Unconfined.*baseline forbids both/);
  });
  test('rootless: uid 1000, not privileged, no host namespace or path; only seccomp/AppArmor Unconfined keep it from restricted', () => {
    const d = objects().find((o) => o.kind === 'Deployment');
    const pod = d.spec.template;
    const [c] = pod.spec.containers;
    expect(c.image).toBe('192.168.2.2:5000/moby/buildkit:v0.25.1-rootless');
    expect(c.securityContext).toMatchObject({ privileged: false, runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'Unconfined' }, appArmorProfile: { type: 'Unconfined' } });
    expect(c.securityContext.capabilities).toBeUndefined();
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    expect(pod.spec.volumes.map((v: any) => Object.keys(v).find((k) => k !== 'name'))).toEqual(['emptyDir', 'configMap']);
    expect(c.args).toEqual(expect.arrayContaining(['--addr', 'tcp://0.0.0.0:1234', '--oci-worker-no-process-sandbox']));
    // What keeps it from baseline and restricted, exactly.
    // seccomp and AppArmor Unconfined (baseline forbids both); privilege escalation and the default capabilities
    // (restricted forbids them) for the setuid newuidmap/newgidmap. Nothing else.
    expect(restrictedViolations(pod)).toEqual([
      'containers[0] buildkitd: appArmorProfile.type "Unconfined" is not allowed',
      'containers[0] buildkitd: securityContext.allowPrivilegeEscalation must be false',
      'containers[0] buildkitd: seccompProfile must be RuntimeDefault or Localhost (on the pod or the container)',
      'containers[0] buildkitd: capabilities must drop ALL',
    ]);
  });
  test('registries: the internal one (plain HTTP when insecure) and the public ones mirrored to it; egress to the registry address only', () => {
    const toml = buildkitdToml(prod);
    expect(toml).toContain('[registry."192.168.2.2:5000"]\n  http = true\n  insecure = true');
    expect(toml).toContain('[registry."docker.io"]\n  mirrors = ["192.168.2.2:5000"]');
    const all = objects();
    expect(all.find((o) => o.metadata.name === 'allow-egress-registry').spec.egress[0]).toEqual({
      to: [{ ipBlock: { cidr: '192.168.2.2/32' } }], ports: [{ protocol: 'TCP', port: 5000 }],
    });
    expect(all.find((o) => o.kind === 'Service').spec.ports).toEqual([{ name: 'grpc', port: 1234, targetPort: 1234 }]);
    // A registry known by name (dev): its address is registry.cidr; without one, there is no address to allow.
    expect(objects(dev).find((o) => o.metadata.name === 'allow-egress-registry').spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '172.18.0.0/16' } }], ports: [{ protocol: 'TCP', port: 5000 }] }]);
    const named: typeof dev = { ...dev, registry: { host: 'k3d-registry.localhost:5000', insecure: true } };
    expect(objects(named).find((o) => o.metadata.name === 'allow-egress-registry')).toBeUndefined();
  });
});

// The hand install of bootstrap step 1 (README) must be the release the `gitea` Application adopts.
describe.each(ENVS)('dist/%s/bootstrap/helm/gitea.values.yaml', (env) => {
  const dist = committedTree(env);
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
