import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { loadOverlay, parseOverlay } from '../../src/config/load';
import { Construct } from 'constructs';
import { Cluster } from '../../imports/cloudnative-pg-postgresql.cnpg.io';
import { buildNamespaces } from '../../src/charts/namespaces';
import { buildEnvironment } from '../../src/environment';
import { LumenChart } from '../../src/constructs/lumen-chart';
import { Waves } from '../../src/constructs/waves';
import type { EnvConfig } from '../../src/config/schema';
import { backupProblems, NOT_BACKED_UP } from '../../src/synth/backups';
import { GateError, renderEnvironment } from '../../src/synth/synthesize';
import { renderApp } from '../../src/synth/render';
import { ENVS, overlay, ROOT, testConfig } from '../support/fixtures';
import { manifestsOf, parsed } from '../support/dist';

const config = testConfig();
const pg = (name: string, backup = true) => ({
  apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name, namespace: 'db' },
  spec: { instances: 1, ...(backup ? { backup: { retentionPolicy: '30d', barmanObjectStore: { destinationPath: 's3://b/' } } } : {}) },
});
const scheduled = (cluster: string, namespace = 'db') => ({
  apiVersion: 'postgresql.cnpg.io/v1', kind: 'ScheduledBackup', metadata: { name: `${cluster}-scheduled`, namespace }, spec: { schedule: '0 0 2 * * *', cluster: { name: cluster } },
});
const sts = (name: string, namespace = 'db') => ({
  apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name, namespace }, spec: { volumeClaimTemplates: [{ metadata: { name: 'data' } }] },
});
const cronJob = (backupOf: string, namespace = 'db') => ({
  apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'b', namespace, annotations: { 'lumen.dev/backup-of': backupOf } }, spec: { schedule: '0 1 * * *' },
});
const psmdb = (backup: object) => ({ apiVersion: 'psmdb.percona.com/v1', kind: 'PerconaServerMongoDB', metadata: { name: 'm', namespace: 'db' }, spec: { backup } });

describe('backup-schedule: every stateful object backs up', () => {
  test('a CloudNativePG cluster with barman-cloud and a ScheduledBackup is fine', () => {
    expect(backupProblems([pg('a'), scheduled('a')] as any)).toEqual([]);
  });
  test('a cluster without spec.backup, or without a ScheduledBackup of it (in its namespace), is reported', () => {
    expect(backupProblems([pg('a', false), scheduled('a')] as any)).toEqual(['db/Cluster/a: no spec.backup.barmanObjectStore (WAL archive and base backups to the object store)']);
    expect(backupProblems([pg('a'), scheduled('b'), scheduled('a', 'other')] as any)).toEqual(['db/Cluster/a: no ScheduledBackup of it in namespace db']);
  });
  test('a PerconaServerMongoDB needs PBM on, a storage and a scheduled task with retention', () => {
    const storages = { s: { type: 's3' } };
    const task = { name: 't', enabled: true, schedule: '0 3 * * *', retention: { type: 'count', count: 7, deleteFromStorage: true } };
    expect(backupProblems([psmdb({ enabled: true, storages, tasks: [task] })] as any)).toEqual([]);
    expect(backupProblems([psmdb({ enabled: false, image: 'x' })] as any)).toEqual(['db/PerconaServerMongoDB/m: spec.backup.enabled is not true (Percona Backup for MongoDB)']);
    expect(backupProblems([psmdb({ enabled: true, storages, tasks: [{ ...task, enabled: false }] })] as any))
      .toEqual(['db/PerconaServerMongoDB/m: no enabled spec.backup.tasks with a schedule and a retention']);
  });
  test('a StatefulSet with volumes or a PVC needs a CronJob of its namespace naming it, or a reason in NOT_BACKED_UP', () => {
    expect(backupProblems([sts('s'), cronJob('StatefulSet/s')] as any)).toEqual([]);
    expect(backupProblems([sts('s'), cronJob('StatefulSet/s', 'other')] as any)).toEqual([
      'db/StatefulSet/s: holds data and no backup CronJob names it (annotation lumen.dev/backup-of: StatefulSet/s), nor NOT_BACKED_UP (src/synth/backups.ts) with a reason',
    ]);
    expect(backupProblems([sts('loki', 'loki')] as any)).toEqual([]);
    expect(NOT_BACKED_UP['loki/StatefulSet/loki']).toMatch(/retention/);
    const pvc = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'p', namespace: 'db' }, spec: {} };
    expect(backupProblems([pvc, cronJob('StatefulSet/x, PersistentVolumeClaim/p')] as any)).toEqual([]);
    expect(backupProblems([pvc] as any)).toHaveLength(1);
  });
  test('a preview\'s stores are in NOT_BACKED_UP, with their reason: a Cluster there passes without backups; the same name elsewhere does not', () => {
    const previewDb = { ...pg('lumen-db', false), metadata: { name: 'lumen-db', namespace: 'pr-preview' } };
    expect(backupProblems([previewDb] as any)).toEqual([]);
    expect(NOT_BACKED_UP['pr-preview/Cluster/lumen-db']).toMatch(/preview/);
    expect(backupProblems([{ ...previewDb, metadata: { name: 'lumen-db', namespace: 'lumen' } }] as any)).toHaveLength(2);
    // Every entry names an object the preview renders (a renamed store would leave a stale entry behind).
    const preview = renderEnvironment(loadOverlay(path.join(ROOT, 'overlays', 'preview.yaml')));
    const ids = new Set([...preview.files.entries()].filter(([f]) => f.startsWith('manifests/')).map(([, t]) => parsed(t))
      .map((m) => `${m.metadata.namespace}/${m.kind}/${m.metadata.name}`));
    for (const id of Object.keys(NOT_BACKED_UP).filter((k) => k.startsWith('pr-preview/'))) expect(ids).toContain(id);
  });
  test('a StatefulSet without volumes holds nothing to back up', () => {
    expect(backupProblems([{ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's', namespace: 'db' }, spec: {} }] as any)).toEqual([]);
  });
  test.each(ENVS)('%s: every stateful object of the environment has its backup schedule', (env) => {
    const objects = renderApp(buildEnvironment(overlay(env))).map((o) => o.manifest);
    expect(objects.filter((m) => m.kind === 'Cluster').length).toBeGreaterThan(2);
    expect(backupProblems(objects)).toEqual([]);
  });
});

/** A stateful service whose author forgot its backups. */
class ForgetfulChart extends LumenChart {
  constructor(scope: Construct, id: string, cfg: EnvConfig) {
    super(scope, id, { config: cfg, wave: Waves.APPLICATIONS, namespace: 'lumen' });
    new Cluster(this, 'Db', { metadata: { name: 'forgotten' }, spec: { instances: 1, storage: { size: '1Gi' } } });
  }
}

describe('synth refuses a stateful service without a backup schedule', () => {
  test('rule backup-schedule names the object and what is missing', () => {
    let error: GateError | undefined;
    try {
      renderEnvironment(config, [
        { name: 'namespaces', build: buildNamespaces },
        { name: 'forgetful', build: (scope, cfg) => new ForgetfulChart(scope, 'forgetful', cfg) },
      ]);
    } catch (e) {
      error = e as GateError;
    }
    expect(error).toBeInstanceOf(GateError);
    const rows = error!.violations.filter((v) => v.rule === 'backup-schedule').map((v) => v.detail);
    expect(rows).toEqual([
      'lumen/Cluster/forgotten: no spec.backup.barmanObjectStore (WAL archive and base backups to the object store)',
      'lumen/Cluster/forgotten: no ScheduledBackup of it in namespace lumen',
    ]);
  });
});

describe('every restore switch on (prod): the recovery objects pass the gate too', () => {
  const text = fs.readFileSync(path.join(ROOT, 'overlays', 'prod.yaml'), 'utf8');
  const o = yaml.load(text) as any;
  const c = o.components;
  c.cloudnativePg.database.backup = { ...c.cloudnativePg.database.backup, serverName: 'lumen-db-2', restore: { fromServerName: 'lumen-db', targetTime: '2026-12-01T09:30:00Z' } };
  c.citus.backup = { ...c.citus.backup, serverName: 'g2', restore: { fromServerName: 'citus', targetTime: '2026-12-01T09:30:00Z' } };
  c.keycloak.dbBackup = { ...c.keycloak.dbBackup, serverName: 'keycloak-db-2', restore: { fromServerName: 'keycloak-db' } };
  c.mongodb.backup = { ...c.mongodb.backup, restore: { backupName: 'cron-catalog-mongodb-20261201030000-abcde', targetTime: '2026-12-01T09:30:00Z' } };
  c.vault.backup = { ...c.vault.backup, restore: { snapshot: 'vault/20261201T010000Z.snap' } };
  c.gitea.backup = { ...c.gitea.backup, restore: { backup: 'gitea/20261201T013000Z' } };
  const restoring = parseOverlay(yaml.dump(o), 'overlays/prod.yaml', 'prod');
  const out = renderEnvironment(restoring);
  const docs = manifestsOf(out.files);
  test('synth (gate included) renders them', () => {
    expect(docs.filter((d) => d.kind === 'PerconaServerMongoDBRestore')).toHaveLength(1);
    expect(docs.filter((d) => d.kind === 'Job' && d.metadata.name.startsWith('vault-restore-'))).toHaveLength(1);
    expect(docs.filter((d) => d.kind === 'Job' && d.metadata.name.startsWith('gitea-restore-')).map((d) => d.metadata.annotations['lumen.dev/restore-of'])).toEqual(['gitea/20261201T013000Z']);
    expect(docs.filter((d) => d.kind === 'Cluster' && d.spec.bootstrap.recovery).map((d) => d.metadata.name).sort())
      .toEqual(['citus-coordinator', 'citus-worker-0', 'citus-worker-1', 'keycloak-db', 'lumen-db']);
  });
  test('Gitea: the restore Job with both halves of its flows; the gitea Application syncs by hand meanwhile, the others still automatically', () => {
    const files = [...out.files.keys()];
    expect(files.filter((f) => /gitea-backup\/NetworkPolicy-.*gitea-restore/.test(f)).map((f) => f.replace(/^.*\//, '')).sort()).toEqual([
      'NetworkPolicy-allow-gitea-restore-object-store-egress.yaml', 'NetworkPolicy-allow-gitea-restore-postgresql-egress.yaml',
      'NetworkPolicy-allow-gitea-restore-postgresql-ingress.yaml', 'NetworkPolicy-object-store.allow-gitea-restore-object-store-ingress.yaml',
    ]);
    const app = (name: string) => yaml.load(out.files.get(`apps/Application-${name}.yaml`)!) as any;
    expect(app('gitea').spec.syncPolicy.automated).toBeUndefined();
    expect(app('gitea-backup').spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
  });
  test('Citus: every node group from its own folder to the same time, each writing a new one', () => {
    const w = docs.find((d) => d.kind === 'Cluster' && d.metadata.name === 'citus-worker-1');
    expect(w.spec.externalClusters[0].barmanObjectStore).toMatchObject({ destinationPath: 's3://backups-citus/', serverName: 'citus-worker-1' });
    expect(w.spec.bootstrap.recovery.recoveryTarget).toEqual({ targetTime: '2026-12-01T09:30:00Z' });
    expect(w.spec.backup.barmanObjectStore.serverName).toBe('citus-worker-1-g2');
  });
});
