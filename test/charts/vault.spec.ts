import { ArgoCdConfigChart, ARGOCD_GIT_REPO_SECRET } from '../../src/charts/argocd';
import { LumenDbChart } from '../../src/charts/cloudnative-pg';
import { RedisChart } from '../../src/charts/redis';
import {
  CERT_MANAGER_VAULT_ROLE, VAULT_ADDR, VAULT_BOOTSTRAP_TOKEN_SECRET, VaultChart, vaultServerConfig, vaultValues,
} from '../../src/charts/vault';
import { DEFAULT_VAULT_CONNECTION, VaultSecretsOperatorConfigChart, VaultSecretsOperatorChart, VSO_NAMESPACE, vsoValues } from '../../src/charts/vault-secrets-operator';
import { LumenChart } from '../../src/constructs/lumen-chart';
import { namespacesWithoutVaultAuth, VaultNamespaceAuth, VaultSecret, vaultRoleGrants } from '../../src/constructs/vault-secret';
import { buildEnvironment } from '../../src/environment';
import { Waves } from '../../src/constructs/waves';
import { ENVS, overlay, synth, testApp, testConfig } from '../support/fixtures';
import { runBootstrap, StubRun, writtenAt } from '../support/vault-stub';

const prod = overlay('prod');
const dev = overlay('dev');

const snapshot = (chart: LumenChart) => ({
  objects: synth(chart),
  helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values },
});

describe('snapshots (prod)', () => {
  test.each([
    ['vault', VaultChart],
    ['vault-secrets-operator', VaultSecretsOperatorChart],
    ['vault-secrets-operator-config', VaultSecretsOperatorConfigChart],
    ['argocd-config', ArgoCdConfigChart],
  ] as const)('%s', (id, Ctor) => {
    expect(snapshot(new Ctor(testApp(), id, prod))).toMatchSnapshot();
  });
});

describe('vault', () => {
  test('HA on Raft, injector and UI off, plain HTTP inside the cluster at VAULT_ADDR', () => {
    const { values } = vaultValues(prod);
    expect(values.server.ha).toMatchObject({ enabled: true, replicas: 3, raft: { enabled: true, setNodeId: true } });
    expect(values.injector.enabled).toBe(false);
    expect(values.ui.enabled).toBe(false);
    expect(values.global.tlsDisable).toBe(true);
    expect(VAULT_ADDR).toBe('http://vault.vault.svc.cluster.local:8200');
    expect(values.server.ha.raft.config).toContain('tls_disable = 1');
    expect(values.server.ha.raft.config).toContain('ui = false');
  });
  test('replicas per environment: 3 in prod, 1 in dev; the disruption budget only with peers', () => {
    expect(vaultValues(prod).values.server.ha.replicas).toBe(3);
    expect(vaultValues(dev).values.server.ha.replicas).toBe(1);
    expect(vaultValues(prod).values.server.ha.disruptionBudget).toEqual({ enabled: true, maxUnavailable: 1 });
    expect(vaultValues(dev).values.server.ha.disruptionBudget.enabled).toBe(false);
  });
  test('every Raft peer is joined by its stable name', () => {
    const config = vaultServerConfig(3);
    for (const i of [0, 1, 2]) expect(config).toContain(`leader_api_addr = "http://vault-${i}.vault-internal.vault.svc.cluster.local:8200"`);
    expect(vaultServerConfig(1).match(/retry_join/g)).toHaveLength(1);
  });
  test('image from the internal registry; restricted security context; anti-affinity only preferred (3 pods, 2 nodes)', () => {
    const { values, images } = vaultValues(prod);
    expect(images.map((i) => i.ref)).toEqual(['192.168.2.2:5000/hashicorp/vault:1.20.4']);
    expect(values.server.image.repository).toBe('192.168.2.2:5000/hashicorp/vault');
    expect(values.server.statefulSet.securityContext.container).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(values.server.statefulSet.securityContext.pod).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(JSON.stringify(values.server.affinity)).not.toContain('requiredDuringScheduling');
  });
  test('throws if replicas is even (no Raft majority)', () => {
    expect(() => vaultValues(testConfig('components:\n  vault: { replicas: 2 }\n'))).toThrow("'components.vault.replicas' must be 1 or odd (Raft quorum), got 2");
  });
  test('the bootstrap job runs after sync, holds no secret, takes its token from a Secret by reference', () => {
    const objects = synth(new VaultChart(testApp(), 'vault', prod));
    const job = objects.find((o) => o.kind === 'Job');
    expect(job.metadata.annotations).toMatchObject({ 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' });
    const env = job.spec.template.spec.containers[0].env;
    expect(env.find((e: any) => e.name === 'VAULT_TOKEN').valueFrom.secretKeyRef).toEqual({ name: VAULT_BOOTSTRAP_TOKEN_SECRET, key: 'token', optional: true });
    expect(env.find((e: any) => e.name === 'BASE_DOMAIN').value).toBe('airgap.local');
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    const script = objects.find((o) => o.kind === 'ConfigMap').data['bootstrap.sh'];
    expect(script).toContain('vault secrets enable -path=secret -version=2 kv');
    expect(script).toContain('pki/roles/lumen allowed_domains="$BASE_DOMAIN" allow_subdomains=true');
    expect(script).toContain(`auth/kubernetes/role/${CERT_MANAGER_VAULT_ROLE}`);
  });
  describe('the bootstrap script, run against a recording vault stub', () => {
    const data = synth(new VaultChart(testApp(), 'vault', prod)).find((o) => o.kind === 'ConfigMap').data;
    const writes = (r: StubRun) => r.calls.filter((c) => ['write', 'policy', 'secrets', 'auth'].includes(c[0]) && c[1] !== 'list');
    test('with the token: configures Vault and ends with done', () => {
      const r = runBootstrap(data, { token: 't', baseDomain: 'airgap.local' });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('vault bootstrap: done');
      expect(writtenAt(r.calls, 'pki/roles/lumen')).toMatchObject({ allowed_domains: 'airgap.local', require_cn: 'false' });
    });
    test('token Secret deleted after the first run (Vault bootstrapped): exits 0 saying it skipped, writes nothing', () => {
      const r = runBootstrap(data, { baseDomain: 'airgap.local', caExists: true });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`vault bootstrap: skipped: no Secret ${VAULT_BOOTSTRAP_TOKEN_SECRET}`);
      expect(writes(r)).toEqual([]);
    });
    test('no token and Vault never bootstrapped: fails, naming the Secret to create', () => {
      const r = runBootstrap(data, { baseDomain: 'airgap.local', caExists: false });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`no Secret ${VAULT_BOOTSTRAP_TOKEN_SECRET} (key token) and Vault is not bootstrapped yet`);
      expect(writes(r)).toEqual([]);
    });
  });
  test('roles and policies follow the VaultNamespaceAuth and VaultSecret constructs of the whole app', () => {
    const app = testApp();
    const vault = new VaultChart(app, 'vault', prod);
    new VaultSecretsOperatorConfigChart(app, 'vault-secrets-operator-config', prod);
    new RedisChart(app, 'redis', prod);
    new LumenDbChart(app, 'lumen-db', prod);
    const data = synth(vault).find((o) => o.kind === 'ConfigMap').data;
    expect(data['roles.txt']).toBe('cnpg-system cnpg-system default\nlumen lumen default\nshop shop default\n');
    expect(data['policy-lumen.hcl']).toBe('path "secret/data/lumen/redis" {\n  capabilities = ["read"]\n}\n');
    expect(data['policy-cnpg-system.hcl']).toContain('path "secret/data/lumen/postgres"');
    // A role without secrets gets the default policy only (no empty policy file).
    expect(data['policy-shop.hcl']).toBeUndefined();
    expect(data['kv-paths.txt']).toBe('lumen/postgres\nlumen/redis\n');
    expect(data['policy-cert-manager.hcl']).toContain('path "pki/sign/lumen"');
  });
  test('throws at render if a namespace claims the cert-manager role', () => {
    const app = testApp();
    const vault = new VaultChart(app, 'vault', prod);
    const other = new LumenChart(app, 'other', { config: prod, wave: Waves.DEPENDENCIES_CONFIG });
    new VaultNamespaceAuth(other, 'a', { namespace: 'cert-manager' });
    expect(() => synth(vault)).toThrow('Vault role "cert-manager" is reserved');
  });
  test('flows: cert-manager and VSO reach :8200, peers reach :8201, Vault reaches the API server', () => {
    const policies = synth(new VaultChart(testApp(), 'vault', prod)).filter((o) => o.kind === 'NetworkPolicy');
    const api = policies.find((p) => p.metadata.name === 'allow-ingress-api');
    const from = api.spec.ingress[0].from.map((f: any) => f.namespaceSelector.matchLabels['kubernetes.io/metadata.name']);
    expect(from).toEqual(['cert-manager', VSO_NAMESPACE, 'vault']);
    expect(policies.find((p) => p.metadata.name === 'allow-egress-apiserver').spec.egress[0].to).toEqual([{ ipBlock: { cidr: '192.168.2.2/32' } }]);
  });
});

describe('vault-secrets-operator', () => {
  test('pinned 1.4.1 with its CRDs; images rewritten', () => {
    const chart = new VaultSecretsOperatorChart(testApp(), 'vault-secrets-operator', prod);
    expect(chart.helmRelease).toMatchObject({ chart: 'vault-secrets-operator', version: '1.4.1', crdModule: 'vault-secrets-operator' });
    expect(vsoValues(dev).images.map((i) => i.ref)).toEqual([
      'k3d-registry.localhost:5000/hashicorp/vault-secrets-operator:1.4.1', 'k3d-registry.localhost:5000/brancz/kube-rbac-proxy:v0.18.1',
    ]);
  });
  test('the default VaultConnection points at VAULT_ADDR, a wave after the operator', () => {
    const conn = synth(new VaultSecretsOperatorConfigChart(testApp(), 'vault-secrets-operator-config', prod)).find((o) => o.kind === 'VaultConnection');
    expect(conn.metadata).toMatchObject({ name: DEFAULT_VAULT_CONNECTION, namespace: VSO_NAMESPACE });
    expect(conn.spec).toEqual({ address: VAULT_ADDR, skipTLSVerify: false });
  });
  test('vault-auth for the shared namespaces comes after VSO', () => {
    const app = testApp();
    const vso = new VaultSecretsOperatorChart(app, 'vault-secrets-operator', prod);
    const auth = new VaultSecretsOperatorConfigChart(app, 'vault-secrets-operator-config', prod);
    expect(auth.wave.number).toBeGreaterThan(vso.wave.number);
    expect(synth(auth).filter((o) => o.kind === 'VaultAuth').map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['lumen/vault-auth', 'shop/vault-auth']);
  });
});

describe('argocd-config', () => {
  test('repository credentials by reference: labelled VaultSecrets, URLs from the overlay, no Secret', () => {
    const objects = synth(new ArgoCdConfigChart(testApp(), 'argocd-config', prod));
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    const byName = (n: string) => objects.find((o) => o.kind === 'VaultStaticSecret' && o.metadata.name === n);
    // Git only: vendor charts are rendered into dist/, Argo CD reads no chart repository.
    const repos = [byName(ARGOCD_GIT_REPO_SECRET)];
    expect(objects.filter((o) => o.kind === 'VaultStaticSecret')).toHaveLength(1);
    for (const r of repos) {
      expect(r.metadata.namespace).toBe('argocd');
      expect(r.spec.path).toBe('argocd/gitea');
      expect(r.spec.destination).toMatchObject({ create: true, overwrite: true, labels: { 'argocd.argoproj.io/secret-type': 'repository' } });
    }
    expect(repos[0].spec.destination.transformation.templates).toEqual({
      name: { text: ARGOCD_GIT_REPO_SECRET }, type: { text: 'git' }, url: { text: prod.git.repoURL },
    });
  });
  test('a wave after VSO', () => {
    expect(new ArgoCdConfigChart(testApp(), 'argocd-config', prod).wave.number).toBeGreaterThan(Waves.DEPENDENCIES.number);
  });
});

describe('VaultSecret extras', () => {
  test('overwrite and templates are rendered only when asked', () => {
    const c = new LumenChart(testApp(), 't', { config: prod, wave: Waves.DEPENDENCIES_CONFIG });
    new VaultSecret(c, 'a', { namespace: 'x', path: 'p/a' });
    new VaultSecret(c, 'b', { namespace: 'x', path: 'p/b', overwrite: true, templates: { url: 'http://x' } });
    const [a, b] = synth(c);
    expect(a.spec.destination).toEqual({ name: 'a', create: true });
    expect(b.spec.destination).toEqual({ name: 'b', create: true, overwrite: true, transformation: { templates: { url: { text: 'http://x' } } } });
  });
  test('throws if a template key is not a Secret key', () => {
    const c = new LumenChart(testApp(), 't', { config: prod, wave: Waves.DEPENDENCIES_CONFIG });
    expect(() => new VaultSecret(c, 'a', { namespace: 'x', path: 'p', templates: { 'bad key': 'v' } })).toThrow(`'templates' keys must be Secret data keys, got "bad key"`);
  });
});

describe.each(ENVS)('environment %s', (env) => {
  const app = buildEnvironment(overlay(env));
  test('every namespace holding VaultSecrets has its vault-auth', () => {
    expect(namespacesWithoutVaultAuth(app)).toEqual([]);
  });
  test('one Vault role per namespace, none claiming cert-manager', () => {
    const roles = vaultRoleGrants(app).map((g) => g.role);
    expect(new Set(roles).size).toBe(roles.length);
    expect(roles).not.toContain(CERT_MANAGER_VAULT_ROLE);
    expect(roles).toEqual(expect.arrayContaining(['argocd', 'cnpg-system', 'gitea', 'gitea-runner', 'lumen']));
  });
});
