/**
 * The Argo CD sync simulation (src/synth/argo-sim.ts) on every environment, rendered in memory: the first
 * install converges; and each way the app-of-apps once stopped at wave 0 (issue 16) makes it fail, naming
 * the application, the wave and the cause.
 */
import * as yaml from 'js-yaml';
import { APPLICATION_HEALTH_LUA } from '../../src/constructs/argocd-health';
import { phasesOf, SimObject, simulateArgoSync, waveOf } from '../../src/synth/argo-sim';
import { ENVS } from '../support/fixtures';
import { rendered as renderedEnv } from '../support/dist';

const rendered = Object.fromEntries(ENVS.map((env) => [env, renderedEnv(env).out.files]));

/** A copy of prod's files with one document changed (or added, when the file is new). */
function prodWith(file: string, change: (doc: any) => any): Map<string, string> {
  const files = new Map(rendered.prod);
  const before = files.get(file);
  files.set(file, yaml.dump(change(before === undefined ? undefined : yaml.load(before))));
  return files;
}

describe.each(ENVS)('environment %s', (env) => {
  const result = simulateArgoSync(env, rendered[env]);
  const applications = [...rendered[env].keys()].filter((f) => f.startsWith('apps/')).map((f) => yaml.load(rendered[env].get(f)!) as any);

  test('bootstrap, then every wave: all applications synced and healthy', () => {
    expect(result.reason).toBeUndefined();
    expect(result.ok).toBe(true);
    expect([...result.synced].sort()).toEqual(['root', ...applications.map((a) => a.metadata.name)].sort());
  });

  test('manual applications are only created by the root, never synced by it', () => {
    const manual = applications.filter((a) => !a.spec.syncPolicy.automated).map((a) => a.metadata.name).sort();
    expect([...result.manual].sort()).toEqual(manual);
    const rootDone = result.log.indexOf('root: Synced, Healthy');
    for (const name of manual) expect(result.log.indexOf(`sync ${name} by hand`)).toBeGreaterThan(rootDone);
  });

  test('the root applies its children wave by wave, in order', () => {
    const rootWaves = result.log.filter((l) => l.startsWith('root: Sync wave ')).map((l) => Number(l.split(' ')[3].replace(':', '')));
    expect(rootWaves).toEqual([...new Set(rootWaves)].sort((a, b) => a - b));
    expect(rootWaves).toContain(90);
  });
});

describe('each cause of issue 16 stops the simulation with a useful reason', () => {
  test('a root without `lumen.dev/health-gate: skip` waits for its own sync in wave 0', () => {
    const files = prodWith('bootstrap/Application-root.yaml', (root) => {
      delete root.metadata.annotations['lumen.dev/health-gate'];
      return root;
    });
    const result = simulateArgoSync('prod', files);
    expect(result.ok).toBe(false);
    expect(result.stuck).toMatchObject({ app: 'root', phase: 'Sync', wave: 0 });
    expect(result.reason).toContain('Application root is Progressing: Sync running');
    expect(result.reason).toContain('this application manages itself');
  });

  test('an Application without destination namespace is never compared (InvalidSpecError)', () => {
    const files = prodWith('apps/Application-namespaces.yaml', (app) => {
      delete app.spec.destination.namespace;
      return app;
    });
    const result = simulateArgoSync('prod', files);
    expect(result.stuck).toMatchObject({ app: 'root', wave: 0, cause: { app: 'namespaces' } });
    expect(result.reason).toContain('Application namespaces is Progressing: Not yet compared with the current source');
    expect(result.reason).toContain("namespaces: InvalidSpecError: application destination server 'https://kubernetes.default.svc' and namespace '' do not match any of the allowed destinations in project 'lumen'");
  });

  test('an object in a namespace the AppProject does not permit (kube-system) fails its application', () => {
    const files = prodWith('10-core/cert-manager/Role-kube-system.cert-manager-leader-election.yaml', () => ({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'cert-manager:leaderelection', namespace: 'kube-system' },
      rules: [],
    }));
    const result = simulateArgoSync('prod', files);
    expect(result.stuck).toMatchObject({ app: 'root', wave: 10, cause: { app: 'cert-manager' } });
    expect(result.reason).toContain('Application cert-manager is Degraded');
    expect(result.reason).toContain("namespace kube-system is not permitted in project 'lumen' (Role cert-manager:leaderelection)");
  });

  test('a vendor chart object in a namespace the project does not list fails its application (the rendered chart is in the folder)', () => {
    const files = new Map(rendered.prod);
    files.set('50-observability/monitoring/Service-kube-system.monitoring-coredns.yaml',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: monitoring-coredns\n  namespace: kube-system\n');
    const result = simulateArgoSync('prod', files);
    expect(result.stuck).toMatchObject({ app: 'root', wave: 50, cause: { app: 'monitoring' } });
    expect(result.reason).toContain("namespace kube-system is not permitted in project 'lumen' (Service monitoring-coredns)");
  });

  test('a source repository the AppProject does not list is an InvalidSpecError', () => {
    const files = prodWith('apps/Application-vault.yaml', (app) => {
      app.spec.source = { ...app.spec.source, repoURL: 'https://github.com/hashicorp/vault-helm.git' };
      return app;
    });
    const result = simulateArgoSync('prod', files);
    expect(result.stuck).toMatchObject({ app: 'root', wave: 20, cause: { app: 'vault' } });
    expect(result.reason).toContain("application repo https://github.com/hashicorp/vault-helm.git is not permitted in project 'lumen'");
  });

  test('a cluster-scoped kind the AppProject blacklists fails its application', () => {
    const files = prodWith('bootstrap/AppProject-lumen.yaml', (project) => {
      project.spec.clusterResourceBlacklist = [{ group: '', kind: 'Namespace' }];
      return project;
    });
    const result = simulateArgoSync('prod', files);
    expect(result.stuck).toMatchObject({ app: 'root', wave: 0 });
    expect(result.reason).toContain('resource :Namespace is not permitted in project lumen');
  });

  test('a path source without manifests is a ComparisonError', () => {
    const files = new Map([...rendered.prod].filter(([f]) => !f.startsWith('35-controllers-config/kafka/')));
    const result = simulateArgoSync('prod', files);
    expect(result.stuck).toMatchObject({ app: 'root', wave: 35, cause: { app: 'kafka' } });
    expect(result.reason).toContain('ComparisonError: path dist/prod/35-controllers-config/kafka holds no manifests');
  });

  test('the health check is the one argocd-cm is installed with; none at all is refused', () => {
    const values = yaml.load(rendered.prod.get('bootstrap/helm/argocd.values.yaml')!) as any;
    expect(values.configs.cm['resource.customizations.health.argoproj.io_Application']).toBe(APPLICATION_HEALTH_LUA);
    const files = new Map(rendered.prod);
    files.delete('bootstrap/helm/argocd.values.yaml');
    expect(() => simulateArgoSync('prod', files)).toThrow('Application health is off (Argo CD >= 1.8) and waves gate nothing');
    // A check that never reports Healthy holds the root in wave 0.
    const never = simulateArgoSync('prod', rendered.prod, { applicationHealthLua: 'return { status = "Progressing", message = "never" }' });
    expect(never.stuck).toMatchObject({ app: 'root', wave: 0 });
  });
});

describe('ApplicationSets', () => {
  test('dev\'s preview ApplicationSets (pull-request generator) generate nothing on a first install: no pull request is open', () => {
    const result = simulateArgoSync('dev', rendered.dev);
    expect(result.ok).toBe(true);
    const previews = result.log.filter((l) => /^ApplicationSet previews-/.test(l));
    expect(previews.length).toBeGreaterThan(0);
    expect(previews.every((l) => l.endsWith(': no pull request open, nothing generated'))).toBe(true);
  });

  test('another generator is refused by name, not silently skipped', () => {
    const files = new Map(rendered.dev);
    const file = [...files.keys()].find((f) => /\/ApplicationSet-previews-catalog\.yaml$/.test(f))!;
    const set = yaml.load(files.get(file)!) as any;
    set.spec.generators = [{ git: { repoURL: 'http://gitea-http.gitea.svc:3000/lumen/x.git', revision: 'main' } }];
    files.set(file, yaml.dump(set));
    expect(() => simulateArgoSync('dev', files)).toThrow('ApplicationSet previews-catalog: only the cluster and pull-request generators are simulated, found git');
  });
});

describe('phases and waves as gitops-engine reads them', () => {
  const obj = (annotations: Record<string, string>): SimObject => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j', annotations } });
  test('Argo CD hooks, Helm hooks mapped, Argo CD winning over Helm', () => {
    expect(phasesOf(obj({}))).toEqual(['Sync']);
    expect(phasesOf(obj({ 'argocd.argoproj.io/hook': 'PostSync' }))).toEqual(['PostSync']);
    expect(phasesOf(obj({ 'argocd.argoproj.io/hook': 'PreSync,PostSync' }))).toEqual(['PreSync', 'PostSync']);
    expect(phasesOf(obj({ 'argocd.argoproj.io/hook': 'Skip' }))).toEqual([]);
    expect(phasesOf(obj({ 'argocd.argoproj.io/hook': 'SyncFail' }))).toEqual([]);
    expect(phasesOf(obj({ 'helm.sh/hook': 'pre-install,pre-upgrade' }))).toEqual(['PreSync']);
    expect(phasesOf(obj({ 'helm.sh/hook': 'post-install' }))).toEqual(['PostSync']);
    expect(phasesOf(obj({ 'helm.sh/hook': 'test' }))).toEqual([]);
    expect(phasesOf(obj({ 'helm.sh/hook': 'crd-install' }))).toEqual(['Sync']);
    expect(phasesOf(obj({ 'argocd.argoproj.io/hook': 'Sync', 'helm.sh/hook': 'post-install' }))).toEqual(['Sync']);
  });
  test('sync-wave, else the Helm hook weight, else 0', () => {
    expect(waveOf(obj({}))).toBe(0);
    expect(waveOf(obj({ 'argocd.argoproj.io/sync-wave': '-1' }))).toBe(-1);
    expect(waveOf(obj({ 'helm.sh/hook-weight': '5' }))).toBe(5);
    expect(waveOf(obj({ 'argocd.argoproj.io/sync-wave': '2', 'helm.sh/hook-weight': '5' }))).toBe(2);
  });
});

describe('argo-sim: no chart sources', () => {
  test('an Application handing a chart to Argo CD stops the simulation (vendor charts are rendered into dist/)', () => {
    const files = prodWith('apps/Application-vault.yaml', (app) => {
      app.spec.source = { repoURL: app.spec.source.repoURL, chart: 'vault', targetRevision: '0.31.0' };
      return app;
    });
    const result = simulateArgoSync('prod', files);
    expect(result.stuck).toMatchObject({ app: 'root', wave: 20, cause: { app: 'vault' } });
    expect(result.reason).toContain('has no path: vendor charts are rendered into dist/, never handed to Argo CD');
  });
});
