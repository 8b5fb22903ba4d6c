import { LumenChart } from '../../src/constructs/lumen-chart';
import { VaultNamespaceAuth, VaultSecret } from '../../src/constructs/vault-secret';
import { Waves } from '../../src/constructs/waves';
import { synth, testApp, testConfig } from '../support/fixtures';

const chart = () => new LumenChart(testApp(), 'test', { config: testConfig(), wave: Waves.DEPENDENCIES_CONFIG, namespace: 'lumen' });

describe('VaultNamespaceAuth', () => {
  test('defaults: vault-auth, Kubernetes auth, role = namespace, ServiceAccount default', () => {
    const c = chart();
    const auth = new VaultNamespaceAuth(c, 'Auth', { namespace: 'lumen' });
    expect(auth.name).toBe('vault-auth');
    expect(VaultNamespaceAuth.NAME).toBe('vault-auth');
    const [o] = synth(c);
    expect(o).toMatchObject({
      apiVersion: 'secrets.hashicorp.com/v1beta1', kind: 'VaultAuth',
      metadata: { name: 'vault-auth', namespace: 'lumen' },
      spec: { method: 'kubernetes', mount: 'kubernetes', kubernetes: { role: 'lumen', serviceAccount: 'default', audiences: ['vault'] } },
    });
    // The platform VaultConnection: VSO's `default` one, in its own namespace.
    expect(o.spec.vaultConnectionRef).toBeUndefined();
  });
  test('role and ServiceAccount can be set', () => {
    const c = chart();
    new VaultNamespaceAuth(c, 'Auth', { namespace: 'argocd', role: 'argocd-repos', serviceAccount: 'vso' });
    expect(synth(c)[0].spec.kubernetes).toMatchObject({ role: 'argocd-repos', serviceAccount: 'vso' });
  });
  test('throws if the namespace is not a DNS label', () => {
    expect(() => new VaultNamespaceAuth(chart(), 'Auth', { namespace: 'Bad_NS' })).toThrow(`'namespace' must be a DNS label, got "Bad_NS"`);
  });
});

describe('VaultSecret', () => {
  test('defaults: kv-v2 under secret/, refresh 60s, vault-auth, creates a Secret named after the id', () => {
    const c = chart();
    const s = new VaultSecret(c, 'pg-creds', { namespace: 'lumen', path: 'lumen/postgres' });
    expect(s.secretName).toBe('pg-creds');
    const [o] = synth(c);
    expect(o).toEqual({
      apiVersion: 'secrets.hashicorp.com/v1beta1',
      kind: 'VaultStaticSecret',
      metadata: expect.objectContaining({ name: 'pg-creds', namespace: 'lumen' }),
      spec: {
        type: 'kv-v2', mount: 'secret', path: 'lumen/postgres', refreshAfter: '60s', hmacSecretData: true, vaultAuthRef: 'vault-auth',
        destination: { name: 'pg-creds', create: true },
      },
    });
  });
  test('secret name, labels, type, refresh and restart targets', () => {
    const c = chart();
    const s = new VaultSecret(c, 'Repo', {
      namespace: 'argocd', path: 'argocd/repo', secretName: 'repo-gitops', refreshAfter: '5m', secretType: 'kubernetes.io/basic-auth',
      secretLabels: { 'argocd.argoproj.io/secret-type': 'repository' },
      rolloutRestartTargets: [{ kind: 'argo.Rollout', name: 'lumen-api' }, { kind: 'StatefulSet', name: 'redis' }],
    });
    expect(s.secretName).toBe('repo-gitops');
    expect(s.vaultStaticSecret.name).toBe('repo-gitops');
    const [o] = synth(c);
    expect(o.spec.refreshAfter).toBe('5m');
    expect(o.spec.destination).toEqual({
      name: 'repo-gitops', create: true, type: 'kubernetes.io/basic-auth', labels: { 'argocd.argoproj.io/secret-type': 'repository' },
    });
    expect(o.spec.rolloutRestartTargets).toEqual([{ kind: 'argo.Rollout', name: 'lumen-api' }, { kind: 'StatefulSet', name: 'redis' }]);
  });
  test('renders no Secret: credentials stay in Vault', () => {
    const c = chart();
    new VaultSecret(c, 's', { namespace: 'lumen', path: 'lumen/redis' });
    expect(synth(c).filter((o) => o.kind === 'Secret')).toEqual([]);
  });
  test.each([
    ['path', { path: '/lumen' }, `'path' must be a KV path`],
    ['path', { path: 'secret/lumen/x' }, `'path' is relative to the 'secret' mount`],
    ['secretName', { secretName: 'Bad Name' }, `'secretName' must be a DNS subdomain, got "Bad Name"`],
    ['refreshAfter', { refreshAfter: 'soon' }, `'refreshAfter' must be a duration such as 60s or 1h, got "soon"`],
    ['namespace', { namespace: 'A' }, `'namespace' must be a DNS label, got "A"`],
    ['rolloutRestartTargets', { rolloutRestartTargets: [{ kind: 'Job', name: 'x' }] }, `'rolloutRestartTargets' kind must be one of`],
  ])('throws if %s is bad', (_p, extra, msg) => {
    expect(() => new VaultSecret(chart(), 's', { namespace: 'lumen', path: 'lumen/x', ...(extra as object) })).toThrow(msg);
  });
  test('throws if the chart is not after VSO (its CRDs)', () => {
    const early = new LumenChart(testApp(), 'early', { config: testConfig(), wave: Waves.DEPENDENCIES, namespace: 'lumen' });
    expect(() => new VaultSecret(early, 's', { namespace: 'lumen', path: 'lumen/x' }))
      .toThrow("VaultSecret s needs VSO's CRDs (wave 20): chart 'early' is in wave 20; use wave DEPENDENCIES_CONFIG or later");
    expect(() => new VaultNamespaceAuth(early, 'a', { namespace: 'lumen' })).toThrow("VaultNamespaceAuth a needs VSO's CRDs");
  });
});
