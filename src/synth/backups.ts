/**
 * Every stateful object of an environment has a backup schedule, or a stated reason not to: a synth rule
 * (`backup-schedule`), run on the rendered objects, vendor charts' included.
 * - CloudNativePG `Cluster`: barman-cloud to an object store (spec.backup.barmanObjectStore, retention) and a
 *   ScheduledBackup of it in its namespace.
 * - `PerconaServerMongoDB`: PBM on (spec.backup.enabled), a storage, an enabled scheduled task with retention.
 * - A StatefulSet with volumeClaimTemplates, and a PersistentVolumeClaim: a CronJob of its namespace that names
 *   it in `lumen.dev/backup-of`.
 * Or, for any of them, an entry of NOT_BACKED_UP with the reason.
 */
import { PREVIEW_NAMESPACE, PREVIEW_STORES } from '../charts/preview';
import { BACKUP_OF_ANNOTATION } from '../platform/object-store';
import type { Manifest } from './render';

/** Stateful objects without backups, on purpose: `<namespace>/<Kind>/<name>` → why (README, "Backups and restores"). */
export const NOT_BACKED_UP: Readonly<Record<string, string>> = Object.freeze({
  'object-store/StatefulSet/garage': 'the backup store itself: its content is the backups (off-site copy: README)',
  'lumen/StatefulSet/redis': "lumen-api's Redis (Sentinel, AOF on every replica): replicated, its durable records live in lumen-db",
  'gitea-runner/StatefulSet/act-runner': "a runner's registration: it registers again from the token in Vault",
  'gitea-runner/StatefulSet/act-runner-build': "a runner's registration: it registers again from the token in Vault",
  'loki/StatefulSet/loki': 'logs, kept for a retention of days: not restored after a loss',
  'tempo/StatefulSet/tempo': 'traces, kept for a retention of days: not restored after a loss',
  // A preview (src/charts/preview.ts) lives as long as its pull request: test data, deleted with it.
  [`${PREVIEW_NAMESPACE}/Cluster/${PREVIEW_STORES.lumenDb}`]: "a preview's test database, deleted with its pull request",
  [`${PREVIEW_NAMESPACE}/Cluster/${PREVIEW_STORES.orderDb}`]: "a preview's test database, deleted with its pull request",
  [`${PREVIEW_NAMESPACE}/StatefulSet/${PREVIEW_STORES.mongodb}`]: "a preview's test database, deleted with its pull request",
});

const key = (m: Manifest, kind = m.kind, name = m.metadata.name) => `${m.metadata.namespace ?? ''}/${kind}/${name}`;

/** One line per stateful object without a backup schedule (empty: all covered). */
export function backupProblems(manifests: readonly Manifest[]): string[] {
  const problems: string[] = [];
  const scheduled = new Set<string>();
  const covered = new Set<string>();
  for (const m of manifests as any[]) {
    if (m.kind === 'ScheduledBackup' && String(m.apiVersion).startsWith('postgresql.cnpg.io/') && m.spec?.schedule) {
      scheduled.add(`${m.metadata.namespace}/${m.spec.cluster?.name}`);
    }
    if (m.kind === 'CronJob' && m.spec?.schedule && !m.spec?.suspend) {
      const of = String(m.metadata.annotations?.[BACKUP_OF_ANNOTATION] ?? '');
      for (const o of of.split(',').map((x) => x.trim()).filter(Boolean)) covered.add(`${m.metadata.namespace}/${o}`);
    }
  }
  for (const m of manifests as any[]) {
    const id = key(m);
    if (id in NOT_BACKED_UP) continue;
    if (m.kind === 'Cluster' && String(m.apiVersion).startsWith('postgresql.cnpg.io/')) {
      const b = m.spec?.backup;
      if (!b?.barmanObjectStore?.destinationPath) problems.push(`${id}: no spec.backup.barmanObjectStore (WAL archive and base backups to the object store)`);
      else if (!b.retentionPolicy) problems.push(`${id}: no spec.backup.retentionPolicy`);
      if (!scheduled.has(`${m.metadata.namespace}/${m.metadata.name}`)) problems.push(`${id}: no ScheduledBackup of it in namespace ${m.metadata.namespace}`);
    } else if (m.kind === 'PerconaServerMongoDB') {
      const b = m.spec?.backup;
      const tasks = (b?.tasks ?? []).filter((t: any) => t.enabled && t.schedule && (t.keep || t.retention));
      if (!b?.enabled) problems.push(`${id}: spec.backup.enabled is not true (Percona Backup for MongoDB)`);
      else if (!Object.keys(b.storages ?? {}).length) problems.push(`${id}: no spec.backup.storages`);
      else if (!tasks.length) problems.push(`${id}: no enabled spec.backup.tasks with a schedule and a retention`);
    } else if ((m.kind === 'StatefulSet' && m.spec?.volumeClaimTemplates?.length) || m.kind === 'PersistentVolumeClaim') {
      if (!covered.has(`${m.metadata.namespace}/${m.kind}/${m.metadata.name}`)) {
        problems.push(`${id}: holds data and no backup CronJob names it (annotation ${BACKUP_OF_ANNOTATION}: ${m.kind}/${m.metadata.name}), nor NOT_BACKED_UP (src/synth/backups.ts) with a reason`);
      }
    }
  }
  return problems;
}
