import { Chart, Testing } from 'cdk8s';
import { ArgoApplication, ArgoProject, DEFAULT_RETRY } from '../../src/constructs/argo-application';
import { Waves } from '../../src/constructs/waves';
import { testApp } from '../support/fixtures';

const path = { repoURL: 'http://gitea/lumen.git', targetRevision: 'main', path: 'dist/prod/10-core/x' };
const bootstrap = { repoURL: 'http://gitea/lumen.git', targetRevision: 'main', path: 'dist/prod/bootstrap' };

function render(props: Partial<ConstructorParameters<typeof ArgoApplication>[2]> = {}) {
  const chart = new Chart(testApp(), 'test');
  new ArgoApplication(chart, 'x', { project: 'lumen', server: 'https://kubernetes.default.svc', destinationNamespace: 'lumen', wave: Waves.CORE, sources: [path], ...props });
  return Testing.synth(chart)[0];
}

describe('ArgoApplication', () => {
  test('defaults: automated prune + selfHeal, retry with backoff, finalizer, wave annotation', () => {
    const app = render();
    expect(app.metadata.namespace).toBe('argocd');
    expect(app.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('10');
    expect(app.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    expect(app.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(app.spec.syncPolicy.retry).toEqual(DEFAULT_RETRY);
    expect(DEFAULT_RETRY).toEqual({ limit: 5, backoff: { duration: '5s', factor: 2, maxDuration: '3m' } });
    expect(app.spec.source).toEqual({ ...path, directory: { recurse: false } });
  });
  test('webhook CA bundles injected at run time are ignored (RespectIgnoreDifferences keeps selfHeal off them)', () => {
    const app = render();
    expect(app.spec.ignoreDifferences.map((d: any) => d.kind)).toEqual(['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'CustomResourceDefinition']);
    expect(app.spec.syncPolicy.syncOptions).toContain('RespectIgnoreDifferences=true');
  });
  test('manual sync has no automated policy', () => {
    expect(render({ automated: false }).spec.syncPolicy.automated).toBeUndefined();
  });
  test('two sources (the root: bootstrap/ and apps/) make a multi-source application of plain folders', () => {
    const app = render({ sources: [bootstrap, path] });
    expect(app.spec.source).toBeUndefined();
    expect(app.spec.sources).toEqual([{ ...bootstrap, directory: { recurse: false } }, { ...path, directory: { recurse: false } }]);
  });
  test('extra sync options are merged, sorted and unique', () => {
    const opts = render({ syncOptions: ['ServerSideApply=true', 'ServerSideApply=true'] }).spec.syncPolicy.syncOptions;
    expect(opts).toEqual([...opts].sort());
    expect(opts.filter((o: string) => o === 'ServerSideApply=true')).toHaveLength(1);
  });
  test('throws if no source', () => {
    expect(() => render({ sources: [] })).toThrow("'sources' must name at least one source for application 'x', got none");
  });
  test('the destination always names a namespace (the AppProject matches an empty one against none)', () => {
    expect(render().spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'lumen' });
    for (const bad of ['', undefined]) {
      expect(() => render({ destinationNamespace: bad as unknown as string }))
        .toThrow(`'destinationNamespace' must name a namespace the AppProject permits for application 'x', got ${JSON.stringify(bad)}`);
    }
  });
  test('AppProject limits sources and destinations', () => {
    const chart = new Chart(testApp(), 'test');
    new ArgoProject(chart, 'lumen', { sourceRepos: ['b', 'a', 'a'], server: 's', namespaces: ['lumen', 'argocd'] });
    const p = Testing.synth(chart)[0];
    expect(p.spec.sourceRepos).toEqual(['a', 'b']);
    expect(p.spec.destinations).toEqual([{ server: 's', namespace: 'argocd' }, { server: 's', namespace: 'lumen' }]);
  });
});
