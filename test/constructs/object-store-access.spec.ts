import { LumenChart } from '../../src/constructs/lumen-chart';
import { ObjectStoreAccess } from '../../src/constructs/object-store-access';
import { vaultGeneratedEntries, VaultSecret } from '../../src/constructs/vault-secret';
import { Waves } from '../../src/constructs/waves';
import { BACKUP_TARGETS } from '../../src/platform/object-store';
import { synth, testApp, testConfig } from '../support/fixtures';

const config = testConfig();
const chart = (app = testApp()) => new LumenChart(app, 'c', { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: 'db' });

describe('ObjectStoreAccess', () => {
  test('defaults: the bucket\'s key from Vault (generated), the region, and the flow to Garage on both sides', () => {
    const c = chart();
    const a = new ObjectStoreAccess(c, 'S3', { target: BACKUP_TARGETS.lumenDb, namespace: 'db', podLabels: { app: 'db' } });
    expect(a.secretName).toBe('backups-lumen-db-s3');
    expect(a.secret.generate).toEqual({ ACCESS_KEY_ID: 'garage-key-id', ACCESS_SECRET_KEY: 'hex32' });
    const objects = synth(c);
    const vss = objects.find((o) => o.kind === 'VaultStaticSecret');
    expect(vss.spec.path).toBe('backup/s3/lumen-db');
    expect(vss.spec.destination.transformation.templates).toEqual({ REGION: { text: 'garage' } });
    const egress = objects.find((o) => o.metadata.name === 'allow-lumen-db-object-store-egress');
    expect(egress.metadata.namespace).toBe('db');
    expect(egress.spec.podSelector).toEqual({ matchLabels: { app: 'db' } });
    expect(egress.spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 3900 }]);
    const ingress = objects.find((o) => o.metadata.name === 'allow-lumen-db-object-store-ingress');
    expect(ingress.metadata.namespace).toBe('object-store');
    expect(ingress.spec.podSelector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'garage' } });
  });
  test('aliases: the same keys under the names a client reads (PBM: AWS_*)', () => {
    const c = chart();
    new ObjectStoreAccess(c, 'S3', { target: BACKUP_TARGETS.mongodb, namespace: 'db', secretName: 'pbm', aliases: { AWS_ACCESS_KEY_ID: 'ACCESS_KEY_ID' } });
    const vss = synth(c).find((o) => o.kind === 'VaultStaticSecret');
    expect(vss.metadata.name).toBe('pbm');
    expect(vss.spec.destination.transformation.templates.AWS_ACCESS_KEY_ID).toEqual({ text: '{{- get .Secrets "ACCESS_KEY_ID" -}}' });
  });
  test('throws if an alias names no key, or hides one', () => {
    expect(() => new ObjectStoreAccess(chart(), 'S3', { target: BACKUP_TARGETS.vault, namespace: 'db', aliases: { X: 'PASSWORD' as any } }))
      .toThrow(`'aliases' values must be ACCESS_KEY_ID or ACCESS_SECRET_KEY, got "PASSWORD" (key X)`);
    expect(() => new ObjectStoreAccess(chart(), 'S3', { target: BACKUP_TARGETS.vault, namespace: 'db', aliases: { ACCESS_KEY_ID: 'ACCESS_SECRET_KEY' } }))
      .toThrow(`'aliases' keys must differ from the KV keys, got "ACCESS_KEY_ID"`);
  });
});

describe('VaultSecret generate', () => {
  test('vaultGeneratedEntries: one entry per path, sorted, the readers agreeing', () => {
    const app = testApp();
    const c = chart(app);
    new VaultSecret(c, 'b', { namespace: 'db', path: 'x/b', generate: { token: 'hex32' } });
    new VaultSecret(c, 'a', { namespace: 'db', path: 'x/a', generate: { ID: 'garage-key-id', KEY: 'hex32' } });
    new VaultSecret(c, 'a2', { namespace: 'db', path: 'x/a', generate: { KEY: 'hex32', ID: 'garage-key-id' } });
    new VaultSecret(c, 'plain', { namespace: 'db', path: 'x/plain' });
    expect(vaultGeneratedEntries(app)).toEqual([
      { path: 'x/a', keys: { ID: 'garage-key-id', KEY: 'hex32' } }, { path: 'x/b', keys: { token: 'hex32' } },
    ]);
  });
  test('throws if two readers of a path disagree on what it holds', () => {
    const app = testApp();
    const c = chart(app);
    new VaultSecret(c, 'a', { namespace: 'db', path: 'x/a', generate: { ID: 'garage-key-id' } });
    new VaultSecret(c, 'b', { namespace: 'db', path: 'x/a', generate: { ID: 'hex32' } });
    expect(() => vaultGeneratedEntries(app)).toThrow("'generate' of KV path x/a differs between c/a and c/b");
  });
  test('throws on a bad key or kind', () => {
    expect(() => new VaultSecret(chart(), 'a', { namespace: 'db', path: 'x', generate: { 'a-b': 'hex32' } })).toThrow(`'generate' keys must be KV keys such as ACCESS_KEY_ID, got "a-b"`);
    expect(() => new VaultSecret(chart(), 'a', { namespace: 'db', path: 'x', generate: { a: 'uuid' as any } })).toThrow(`'generate' values must be one of hex32, garage-key-id, got "uuid" (key a)`);
  });
});
