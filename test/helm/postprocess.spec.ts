import { postProcess } from '../../src/helm/postprocess';

const ctx = { chart: 'c', namespace: 'ns', clusterScoped: (_a: string, kind: string) => (kind === 'Thing' ? undefined : kind === 'ClusterRole') };

describe('postProcess: helm template output → objects Argo CD syncs as plain YAML', () => {
  test('Lists are flattened, empty documents dropped; a chart\'s own CRD tells the scope of its kind', () => {
    const out = postProcess([
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: a }',
      '# only a comment',
      'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: things.x.io }\nspec: { group: x.io, names: { kind: Thing }, scope: Cluster }',
      'apiVersion: x.io/v1\nkind: Thing\nmetadata: { name: t, namespace: wrong }',
    ].join('\n---\n'), { ...ctx, clusterScoped: (_a, kind) => (kind === 'Thing' ? undefined : kind === 'CustomResourceDefinition') });
    expect(out.map((m) => `${m.kind}/${m.metadata.namespace ?? '-'}/${m.metadata.name}`)).toEqual(['ConfigMap/ns/a', 'CustomResourceDefinition/-/things.x.io', 'Thing/-/t']);
  });

  test('a kind nothing knows the scope of is an error', () => {
    expect(() => postProcess('apiVersion: x.io/v1\nkind: Thing\nmetadata: { name: t }', ctx))
      .toThrow('Thing t: x.io/v1 is neither a Kubernetes 1.30 kind nor a CRD the platform installs');
  });

  test('hooks: install/upgrade → PreSync/PostSync with weight and delete policy; crd-install is no hook; delete and rollback hooks dropped', () => {
    const hook = (name: string, annotations: Record<string, string>) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  annotations: ${JSON.stringify(annotations)}`;
    const out = postProcess([
      hook('pre', { 'helm.sh/hook': 'pre-install, pre-upgrade', 'helm.sh/hook-weight': '2' }),
      hook('post', { 'helm.sh/hook': 'post-install', 'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded' }),
      hook('crd', { 'helm.sh/hook': 'crd-install' }),
      hook('gone', { 'helm.sh/hook': 'pre-delete,post-rollback' }),
    ].join('\n---\n'), ctx);
    expect(Object.fromEntries(out.map((m) => [m.metadata.name, m.metadata.annotations]))).toEqual({
      pre: { 'argocd.argoproj.io/hook': 'PreSync', 'argocd.argoproj.io/sync-wave': '2', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' },
      post: { 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation,HookSucceeded' },
      crd: {},
    });
  });
});
