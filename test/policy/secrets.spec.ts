import {
  credentialKeyViolations, entropyThreshold, highEntropyTokens, highEntropyViolations, privateKeyViolations, secretDataViolations, shannonEntropy,
} from '../../src/policy/secrets';
import { APPLICATION_HEALTH_LUA } from '../../src/constructs/argocd-health';

const cm = (data: Record<string, unknown>): any => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'x' }, data });
// Test material, generated for these tests: no real credential.
const PEM_KEY = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu', '-----END RSA PRIVATE KEY-----'].join('\n');
const CERT = ['-----BEGIN CERTIFICATE-----', 'MIIBszCCAVmgAwIBAgIUR7fQ8mZ2xY3kLp9VnW4tE6sH1cMwCgYIKoZIzj0EAwIw', '-----END CERTIFICATE-----'].join('\n');

describe('no Secret with data', () => {
  test('passes: a Secret without data (filled by VSO), and a ConfigMap', () => {
    expect(secretDataViolations({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' } })).toEqual([]);
    expect(secretDataViolations(cm({ a: 'b' }))).toEqual([]);
  });
  test.each(['data', 'stringData'])('fails: %s', (key) => {
    expect(secretDataViolations({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, [key]: { password: 'x' } })).toHaveLength(1);
  });
});

describe('no private key', () => {
  test('passes: a public certificate', () => {
    expect(privateKeyViolations(cm({ 'ca.crt': CERT }))).toEqual([]);
  });
  test('fails: a PEM private key anywhere, with the path', () => {
    expect(privateKeyViolations(cm({ nested: { deep: [PEM_KEY] } } as any))).toEqual(['data.nested.deep[0]: holds a private key (PEM)']);
  });
  test('fails: an OpenSSH key, and a base64-encoded PEM key', () => {
    expect(privateKeyViolations(cm({ k: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n' }))).toHaveLength(1);
    expect(privateKeyViolations(cm({ k: Buffer.from(PEM_KEY).toString('base64') }))).toEqual(['data.k: holds a base64-encoded private key']);
  });
});

describe('no high-entropy string', () => {
  test.each([
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'postgresql://app:Zx9vQ2mLr7TkP4wN8sYb@lumen-db-rw:5432/app',
    '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  ])('fails: %s', (value) => {
    expect(highEntropyViolations(cm({ v: value }))).toHaveLength(1);
  });

  test.each([
    ['identifiers', 'cert-manager-cainjector-v1.21.1 resources-finalizer.argocd.argoproj.io SkipDryRunOnMissingResource=true'],
    ['an internal URL', 'http://gitea-http.gitea.svc.cluster.local:3000/api/packages/lumen/helm'],
    ['a lower-case image path', '192.168.2.2:5000/falcosecurity/plugins/plugin/k8smeta:0.3.1'],
    ['an image pinned by digest', `192.168.2.2:5000/lumen/api@sha256:${'9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'}`],
    ['a UUID', 'id 123e4567-e89b-12d3-a456-426614174000'],
    ['a public certificate', CERT],
    ['a base64 CA bundle', Buffer.from(`${CERT}\n${CERT}\n`).toString('base64')],
    ['the Argo CD health check (Lua)', APPLICATION_HEALTH_LUA],
    ['an image repository path', '192.168.2.2:5000/hashicorp/vault-secrets-operator:1.4.1'],
    ['a CEL expression', 'c.image.matches("^([^/]+/)*[^/:@]+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$")'],
  ])('passes: %s', (_, value) => {
    expect(highEntropyTokens(value)).toEqual([]);
  });

  test('a Git commit id passes under a revision key only', () => {
    const sha = 'cdf332c3f2762c616d4b6f433712a8d7ed62b3d8';
    expect(highEntropyViolations(cm({ targetRevision: sha }))).toEqual([]);
    expect(highEntropyViolations(cm({ token: sha }))).toHaveLength(1);
  });

  test('the detail names the path, redacts the value and gives the entropy', () => {
    const [detail] = highEntropyViolations(cm({ v: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }));
    expect(detail).toMatch(/^data\.v: high-entropy string wJal…EY \(40 chars\) \(entropy \d\.\d\d\)/);
    expect(detail).not.toContain('K7MDENG');
  });

  test('entropy and thresholds', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(entropyThreshold('0123456789abcdef0123456789abcdef')).toBe(3);
    expect(entropyThreshold('G'.repeat(20))).toBeCloseTo(Math.log2(20) - 0.6);
    expect(entropyThreshold('G'.repeat(200))).toBe(4.3);
  });
});

describe('no literal credential', () => {
  test('passes: references and names', () => {
    expect(credentialKeyViolations(cm({ passwordSecret: { name: 's' }, existingSecret: 'vault-synced', password: '', secretName: 'tls' } as any))).toEqual([]);
  });
  test.each([['password', 'hunter2'], ['adminPassword', 'changeme'], ['apiKey', 'abc']])('fails: %s', (key, value) => {
    expect(credentialKeyViolations({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'a' }, spec: { values: { [key]: value } } }))
      .toEqual([`spec.values.${key}: a literal value under credential key "${key}": reference a Secret synced from Vault instead`]);
  });
});
