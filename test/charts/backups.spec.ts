// Backups and restores (issue 14): the object store, the Vault and Gitea backup CronJobs, the restore switches,
// the keys the Vault bootstrap generates, the backup age alert (promtool) and the dashboard.
import * as yaml from 'js-yaml';
import {
  backupDashboard, backupRuleGroups, backupSources, BackupMonitoringChart, GiteaBackupChart, giteaRestoreScripts, S3_CLIENT_FUNCTIONS, VaultBackupChart, WAL_ARCHIVING_RULE,
} from '../../src/charts/backups';
import { GiteaChart } from '../../src/charts/gitea';
import { MongodbChart, pbmDate } from '../../src/charts/mongodb';
import {
  enabledBackupTargets, GARAGE_SETUP_SCRIPT, garageConfig, ObjectStoreChart, quantityBytes,
} from '../../src/charts/object-store';
import { VaultChart } from '../../src/charts/vault';
import { buildEnvironment } from '../../src/environment';
import { BACKUP_TARGETS } from '../../src/platform/object-store';
import { vaultGeneratedEntries } from '../../src/constructs/vault-secret';
import { ENVS, overlay, synth, testApp, testConfig } from '../support/fixtures';
import { runIn, tool } from '../support/promtool';
import { runBootstrap } from '../support/vault-stub';
import { spawnSync } from 'child_process';

const prod = overlay('prod');
const dev = overlay('dev');
const one = (objects: any[], kind: string, name?: string) => objects.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));

describe('object store (Garage)', () => {
  const objects = synth(new ObjectStoreChart(testApp(), 'object-store', prod));
  const sts = one(objects, 'StatefulSet', 'garage');
  test('Garage v2.0.0 from the internal registry, non-root, read-only root, its volume sized by the overlay', () => {
    const pod = sts.spec.template.spec;
    expect(pod.containers[0].image).toBe('192.168.2.2:5000/dxflrs/garage:v2.0.0');
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.containers[0].securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(sts.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('50Gi'); // prod's overlay
    const small = testConfig('components:\n  objectStore: { storage: 5Gi }\n');
    expect(one(synth(new ObjectStoreChart(testApp(), 'object-store', small)), 'StatefulSet').spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('5Gi');
  });
  test('its secrets only from Vault (generated there), through the environment: garage.toml holds none', () => {
    const env = sts.spec.template.spec.containers[0].env;
    expect(env.filter((e: any) => e.valueFrom).map((e: any) => [e.name, e.valueFrom.secretKeyRef])).toEqual([
      ['GARAGE_RPC_SECRET', { name: 'garage', key: 'rpc_secret' }], ['GARAGE_ADMIN_TOKEN', { name: 'garage', key: 'admin_token' }],
    ]);
    expect(garageConfig()).not.toMatch(/secret|token/);
    expect(garageConfig()).toContain('replication_factor = 1');
    expect(one(objects, 'VaultStaticSecret', 'garage').spec.path).toBe('backup/garage');
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
  });
  test('the setup job (PostSync, idempotent) imports one key per bucket of the enabled services and allows it on its bucket only', () => {
    const job = one(objects, 'Job', 'garage-setup');
    expect(job.metadata.annotations['argocd.argoproj.io/hook']).toBe('PostSync');
    const cm = one(objects, 'ConfigMap', 'garage-setup');
    expect(cm.data['buckets.txt']).toBe(Object.values(BACKUP_TARGETS).map((t) => `${t.bucket} ${t.bucket.toUpperCase().replace(/-/g, '_')}\n`).join(''));
    const env = job.spec.template.spec.containers[0].env;
    expect(env.find((e: any) => e.name === 'BACKUPS_LUMEN_DB_ID').valueFrom.secretKeyRef).toEqual({ name: 'backups-lumen-db-s3', key: 'ACCESS_KEY_ID' });
    expect(env.find((e: any) => e.name === 'CAPACITY').value).toBe(String(50 * 2 ** 30));
    expect(GARAGE_SETUP_SCRIPT).toContain('"permissions":{"read":true,"write":true,"owner":false}');
    const r = spawnSync('/bin/sh', ['-n', '-c', GARAGE_SETUP_SCRIPT]);
    expect(r.status).toBe(0);
  });
  test('the setup script against a stub admin API: assigns the layout once, imports missing keys, creates missing buckets', () => {
    const node = 'a'.repeat(64);
    const bucket = 'b'.repeat(64);
    // curl stub: logs the endpoint and the body; the layout already names the node on the second run.
    const stub = `#!/bin/sh
for a in "$@"; do case "$a" in http*) url="$a" ;; esac; done
body=$(case " $* " in *" @- "*) cat ;; esac)
echo "\${url##*/v2/} $body" >> "$LOG"
case "$url" in
  */GetClusterStatus*) echo '{"layoutVersion":1,"nodes":[{"id":"${node}","isUp":true,"draining":false}]}' ;;
  */GetClusterLayout*) if [ -n "\${LAYOUT_DONE:-}" ]; then echo '{"version":2,"roles":[{"id":"${node}"}],"stagedRoleChanges":[]}'; else echo '{"version":1,"roles":[],"stagedRoleChanges":[]}'; fi ;;
  */GetKeyInfo*) case "$url" in *GKexisting*) echo '{}' ;; *) exit 22 ;; esac ;;
  */GetBucketInfo*) case "$url" in *backups-vault*) echo '{"id":"${bucket}"}' ;; *) exit 22 ;; esac ;;
  *) echo '{"id":"${bucket}"}' ;;
esac
`;
    const run = (layoutDone: boolean) => {
      const r = runIn({ 'curl': stub, 'buckets.txt': 'backups-lumen-db BACKUPS_LUMEN_DB\nbackups-vault BACKUPS_VAULT\n', 'setup.sh': GARAGE_SETUP_SCRIPT.replace('/config/buckets.txt', 'buckets.txt') }, '/bin/sh', ['-c',
        `chmod +x curl && PATH="$PWD:$PATH" LOG="$PWD/log" ${layoutDone ? 'LAYOUT_DONE=1' : ''} ADMIN_URL=http://garage:3903 GARAGE_ADMIN_TOKEN=t CAPACITY=100 ZONE=z `
        + 'BACKUPS_LUMEN_DB_ID=GKnew BACKUPS_LUMEN_DB_SECRET=s1 BACKUPS_VAULT_ID=GKexisting BACKUPS_VAULT_SECRET=s2 sh setup.sh && cat log']);
      expect(r.status).toBe(0);
      return r.output;
    };
    const first = run(false);
    expect(first).toContain(`UpdateClusterLayout {"roles":[{"id":"${node}","zone":"z","capacity":100,"tags":[]}]}`);
    expect(first).toContain('ApplyClusterLayout {"version":2}');
    expect(first).toContain('ImportKey {"accessKeyId":"GKnew","secretAccessKey":"s1","name":"backups-lumen-db"}');
    expect(first).not.toContain('"accessKeyId":"GKexisting","secretAccessKey"');
    expect(first).toContain('CreateBucket {"globalAlias":"backups-lumen-db"}');
    expect(first).not.toContain('CreateBucket {"globalAlias":"backups-vault"}');
    expect(first).toContain(`AllowBucketKey {"bucketId":"${bucket}","accessKeyId":"GKexisting","permissions":{"read":true,"write":true,"owner":false}}`);
    const second = run(true);
    expect(second).not.toContain('UpdateClusterLayout');
    expect(second).not.toContain('ApplyClusterLayout');
  });
  test('buckets only for the services the environment renders', () => {
    const config = testConfig('components:\n  mongodb: { enabled: false }\n  citus: { enabled: false }\n');
    expect(enabledBackupTargets(config).map((t) => t.bucket)).toEqual(['backups-lumen-db', 'backups-keycloak-db', 'backups-vault', 'backups-gitea']);
  });
  test('quantityBytes reads Kubernetes sizes, and throws on anything else', () => {
    expect(quantityBytes('20Gi')).toBe(20 * 2 ** 30);
    expect(quantityBytes('500M')).toBe(5e8);
    expect(() => quantityBytes('lots')).toThrow(`'storage' must be a Kubernetes quantity such as 20Gi, got "lots"`);
  });
});

describe('overlay: the object store is required by every stateful service', () => {
  test('throws if the object store is off while a data service is on', () => {
    expect(() => testConfig('components:\n  objectStore: { enabled: false }\n'))
      .toThrow('components.objectStore.enabled: expected true while stateful services back up to it (components.cloudnativePg, components.citus, components.keycloak, components.mongodb, components.vault, components.gitea)');
  });
  test('throws on a schedule that runs less than weekly, or is no cron expression', () => {
    expect(() => testConfig('components:\n  vault:\n    backup: { schedule: "0 1 1 * *" }\n')).toThrow('components.vault.backup.schedule: expected a schedule that runs at least once a week, found string "0 1 1 * *"');
    expect(() => testConfig('components:\n  vault:\n    backup: { schedule: "0 25 * * *" }\n')).toThrow('components.vault.backup.schedule: expected a valid cron expression (hour field out of 0..23: "25"), found string "0 25 * * *"');
    expect(() => testConfig('components:\n  gitea:\n    backup: { schedule: "daily" }\n')).toThrow('components.gitea.backup.schedule');
  });
});

describe('Vault: Raft snapshots with a short-lived token', () => {
  const objects = synth(new VaultBackupChart(testApp(), 'vault-backup', prod));
  const cron = one(objects, 'CronJob', 'vault-snapshot');
  const pod = cron.spec.jobTemplate.spec.template.spec;
  test('on the overlay schedule, UTC, one at a time, naming what it backs up', () => {
    expect(cron.spec).toMatchObject({ schedule: '0 1 * * *', timeZone: 'Etc/UTC', concurrencyPolicy: 'Forbid' });
    expect(cron.metadata.annotations['lumen.dev/backup-of']).toBe('StatefulSet/vault');
    const custom = testConfig('components:\n  vault:\n    backup: { schedule: "15 */6 * * *", keep: 30 }\n');
    const c = one(synth(new VaultBackupChart(testApp(), 'vault-backup', custom)), 'CronJob');
    expect(c.spec.schedule).toBe('15 */6 * * *');
    expect(c.spec.jobTemplate.spec.template.spec.containers[0].env.find((e: any) => e.name === 'KEEP').value).toBe('30');
  });
  test('logs in with its ServiceAccount (role vault-snapshot, audience vault), snapshots, revokes the token, uploads', () => {
    const snapshot = pod.initContainers[0];
    expect(snapshot.command[2]).toContain('auth/kubernetes/login role=vault-snapshot jwt=@/var/run/secrets/vault/token');
    expect(snapshot.command[2]).toContain('vault operator raft snapshot save /backup/vault.snap');
    expect(snapshot.command[2]).toContain('vault token revoke -self');
    expect(snapshot.env).toContainEqual({ name: 'VAULT_ADDR', value: 'http://vault-active.vault.svc.cluster.local:8200' });
    expect(pod.serviceAccountName).toBe('vault-snapshot');
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.volumes.find((v: any) => v.name === 'vault-token').projected.sources[0].serviceAccountToken).toEqual({ audience: 'vault', expirationSeconds: 600, path: 'token' });
    const upload = pod.containers[0];
    expect(upload.image).toBe('192.168.2.2:5000/curlimages/curl:8.16.0');
    expect(upload.command[2]).toContain('s3 -T /backup/vault.snap "$S3_ENDPOINT/$S3_BUCKET/vault/$stamp.snap"');
    expect(upload.env.find((e: any) => e.name === 'ACCESS_KEY_ID').valueFrom.secretKeyRef).toEqual({ name: 'backups-vault-s3', key: 'ACCESS_KEY_ID' });
  });
  test('the Vault bootstrap writes the role: a 5-minute token whose policy reads a snapshot and nothing else', () => {
    const app = buildEnvironment(prod);
    const vault = app.node.children.find((c) => c instanceof VaultChart) as VaultChart;
    const data = synth(vault).find((o) => o.kind === 'ConfigMap').data;
    expect(data['policy-vault-snapshot.hcl']).toBe('path "sys/storage/raft/snapshot" {\n  capabilities = ["read"]\n}\n');
    const r = runBootstrap(data, { token: 't', baseDomain: 'airgap.local' });
    expect(r.status).toBe(0);
    const role = [...r.calls].reverse().find((c) => c[0] === 'write' && c[1] === 'auth/kubernetes/role/vault-snapshot')!;
    expect(role).toEqual(expect.arrayContaining(['bound_service_account_names=vault-snapshot', 'bound_service_account_namespaces=vault', 'audience=vault', 'token_policies=vault-snapshot', 'token_ttl=5m', 'token_max_ttl=5m']));
  });
  test('no restore Job unless the overlay names a snapshot; then one Job per snapshot, with a token made by hand', () => {
    expect(one(objects, 'Job')).toBeUndefined();
    const config = testConfig('components:\n  vault:\n    backup: { restore: { snapshot: vault/20261201T010000Z.snap } }\n');
    const job = one(synth(new VaultBackupChart(testApp(), 'vault-backup', config)), 'Job');
    expect(job.metadata.name).toMatch(/^vault-restore-[0-9a-f]{8}$/);
    expect(job.metadata.annotations['argocd.argoproj.io/hook']).toBeUndefined();
    const spec = job.spec.template.spec;
    expect(spec.initContainers[0].command[2]).toContain('s3 -o /backup/vault.snap "$S3_ENDPOINT/$S3_BUCKET/vault/20261201T010000Z.snap"');
    expect(spec.containers[0].command[2]).toContain('vault operator raft snapshot restore -force /backup/vault.snap');
    expect(spec.containers[0].env).toContainEqual({ name: 'VAULT_TOKEN', valueFrom: { secretKeyRef: { name: 'vault-restore-token', key: 'token' } } });
    expect(() => testConfig('components:\n  vault:\n    backup: { restore: { snapshot: "latest" } }\n')).toThrow('components.vault.backup.restore.snapshot: expected a snapshot key such as vault/20261201T010000Z.snap');
  });
});

describe('Gitea: its database and its volume', () => {
  const objects = synth(new GiteaBackupChart(testApp(), 'gitea-backup', prod));
  const cron = one(objects, 'CronJob', 'gitea-backup');
  const pod = cron.spec.jobTemplate.spec.template.spec;
  test('pg_dump of database gitea and a tar of the data volume (read-only, on Gitea\'s node), both uploaded under one timestamp', () => {
    expect(cron.metadata.annotations['lumen.dev/backup-of']).toBe('StatefulSet/gitea-postgresql,PersistentVolumeClaim/gitea-shared-storage');
    expect(pod.initContainers.map((c: any) => c.name)).toEqual(['pg-dump', 'archive']);
    expect(pod.initContainers[0].command[2]).toContain('pg_dump -h gitea-postgresql -U gitea -d gitea -Fc -f /backup/gitea.dump');
    expect(pod.volumes.find((v: any) => v.name === 'data').persistentVolumeClaim).toEqual({ claimName: 'gitea-shared-storage', readOnly: true });
    expect(pod.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]).toEqual({
      topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'gitea', 'app.kubernetes.io/instance': 'gitea' } },
    });
    expect(pod.containers[0].command[2]).toContain('"$S3_ENDPOINT/$S3_BUCKET/gitea/$stamp/$f"');
    expect(pod.volumes.find((v: any) => v.name === 'stage').emptyDir.sizeLimit).toBe('12Gi');
  });
  test('flows: the backup pod reaches Gitea\'s PostgreSQL and the object store, on both sides', () => {
    const names = objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => `${o.metadata.namespace}/${o.metadata.name}`).sort();
    expect(names).toEqual([
      'gitea/allow-gitea-backup-postgresql-egress', 'gitea/allow-gitea-backup-postgresql-ingress',
      'gitea/allow-gitea-object-store-egress', 'object-store/allow-gitea-object-store-ingress',
    ]);
  });
});

describe('Gitea: the restore switch', () => {
  const objects = synth(new GiteaBackupChart(testApp(), 'gitea-backup', prod));
  const pod = one(objects, 'CronJob', 'gitea-backup').spec.jobTemplate.spec.template.spec;
  const restoring = (backup = 'gitea/20261201T013000Z') => testConfig(`components:\n  gitea:\n    backup: { restore: { backup: ${backup} } }\n`);
  const render = (config = restoring()) => synth(new GiteaBackupChart(testApp(), 'gitea-backup', config));
  test('no restore Job, and the gitea Application syncs automatically, unless the overlay names a backup', () => {
    expect(one(objects, 'Job')).toBeUndefined();
    expect(new GiteaChart(testApp(), 'gitea', prod).automatedSync).toBe(true);
    expect(new GiteaChart(testApp(), 'gitea', restoring()).automatedSync).toBe(false);
  });
  test('one plain Job per backup (not a hook), restricted, that is never scheduled beside a Gitea pod and says so', () => {
    const rendered = render();
    const job = one(rendered, 'Job');
    expect(job.metadata.name).toMatch(/^gitea-restore-[0-9a-f]{8}$/);
    expect(one(render(restoring('gitea/20261202T013000Z')), 'Job').metadata.name).not.toBe(job.metadata.name);
    expect(job.metadata.annotations).toMatchObject({ 'lumen.dev/restore-of': 'gitea/20261201T013000Z', 'lumen.dev/requires': expect.stringContaining('scale deployment gitea --replicas=0') });
    expect(job.metadata.annotations['argocd.argoproj.io/hook']).toBeUndefined();
    const spec = job.spec.template.spec;
    expect(spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]).toEqual({
      topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'gitea', 'app.kubernetes.io/instance': 'gitea' } },
    });
    expect(spec.affinity.podAffinity).toBeUndefined();
    expect(spec.volumes.find((v: any) => v.name === 'data').persistentVolumeClaim).toEqual({ claimName: 'gitea-shared-storage' });
    expect([...spec.initContainers, ...spec.containers].map((c: any) => [c.name, c.securityContext.runAsUser])).toEqual([['download', 100], ['pg-restore', 1001], ['unpack', 1000]]);
    for (const c of [...spec.initContainers, ...spec.containers]) {
      expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
      expect(c.resources.limits).toBeDefined();
    }
    // The backup's images, nothing new for images.txt.
    const images = (p: any) => new Set([...(p.initContainers ?? []), ...p.containers].map((c: any) => c.image));
    const backupImages = images(one(rendered, 'CronJob').spec.jobTemplate.spec.template.spec);
    expect([...images(spec)].filter((i) => !backupImages.has(i))).toEqual([]);
  });
  test('contract: the restore reads the bucket, endpoint, key and folder the backup writes, and restores with the credentials it dumps with', () => {
    const spec = one(render(), 'Job').spec.template.spec;
    const env = (c: any) => Object.fromEntries(c.env.map((e: any) => [e.name, e.value ?? e.valueFrom]));
    const upload = env(pod.containers[0]);
    const download = env(spec.initContainers[0]);
    for (const k of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'ACCESS_KEY_ID', 'ACCESS_SECRET_KEY']) expect([k, download[k]]).toEqual([k, upload[k]]);
    expect(download.S3_BUCKET).toBe('backups-gitea');
    expect(env(spec.initContainers[1]).PGPASSWORD).toEqual(env(pod.initContainers[0]).PGPASSWORD);
    expect(spec.initContainers[1].command[2]).toContain('pg_restore -h gitea-postgresql -U gitea -d gitea --clean --if-exists --no-owner --single-transaction /backup/gitea.dump');
  });
  test('round trip through a stub object store: what the backup uploads, the restore downloads, restores and unpacks as it was', () => {
    // curl stub: a bucket is a folder of $STORE; PUT (-T), GET (-o, 22 when missing), list (?list-type=2), DELETE.
    const curl = `#!/bin/sh
cat > /dev/null
up= out=
while [ $# -gt 0 ]; do case "$1" in -T) up="$2"; shift ;; -o) out="$2"; shift ;; -K|-H|-X|--aws-sigv4) shift ;; http*) url="$1" ;; esac; shift; done
path="\${url#http://*/}"
case "$path" in *'?list-type=2'*) b="\${path%%\\?*}"; (cd "$STORE/$b" 2>/dev/null && find . -type f | sed 's|^\\./||' | while read -r k; do printf '<Key>%s</Key>' "$k"; done); exit 0 ;; esac
if [ -n "$up" ]; then mkdir -p "$STORE/$(dirname "$path")"; cp "$up" "$STORE/$path"; echo "PUT $path" >> "$LOG"; exit 0; fi
if [ -n "$out" ]; then [ -f "$STORE/$path" ] || { echo NoSuchKey > "$out"; exit 22; }; cp "$STORE/$path" "$out"; echo "GET $path" >> "$LOG"; exit 0; fi
exit 0
`;
    const pgDump = '#!/bin/sh\necho "pg_dump $*" >> "$LOG"\nwhile [ $# -gt 0 ]; do [ "$1" = -f ] && out="$2"; shift; done\necho "dump of gitea at $PGPASSWORD" > "$out"\n';
    const pgRestore = '#!/bin/sh\necho "pg_restore $*" >> "$LOG"\nfor a; do last="$a"; done\ngrep -q "dump of gitea at $PGPASSWORD" "$last"\n';
    // Each container's script with its rendered environment (secrets stubbed), the pod's paths below the test folder.
    const run = (c: any, paths: Record<string, string>) => {
      let script = c.command[2] as string;
      for (const [from, to] of Object.entries(paths)) script = script.split(from).join(to);
      const env = c.env.map((e: any) => `${e.name}='${e.value ?? (e.valueFrom.secretKeyRef.key === 'password' ? 'pw' : 'key')}'`).join(' ');
      return `env ${env} sh -c '${script.replace(/'/g, `'"'"'`)}'`;
    };
    const backupSteps = [...pod.initContainers, ...pod.containers].map((c: any) => run(c, { '/backup': 'stage', ' /data': ' data' }));
    const r1 = runIn({ curl, pg_dump: pgDump }, '/bin/sh', ['-c', `set -e
chmod +x curl pg_dump && export PATH="$PWD:$PATH" LOG="$PWD/log" STORE="$PWD/store" && mkdir stage store
mkdir -p data/git/repositories/lumen/app.git/hooks data/gitea/conf && echo ref > data/git/repositories/lumen/app.git/HEAD
printf '#!/bin/sh\\n' > data/git/repositories/lumen/app.git/hooks/update && chmod 755 data/git/repositories/lumen/app.git/hooks/update && echo '[server]' > data/gitea/conf/app.ini && echo x > data/.hidden
${backupSteps.join('\n')}
tar -czf state.tgz data store && cat log && base64 -w0 state.tgz`]);
    expect(r1.status).toBe(0);
    const folder = /PUT backups-gitea\/(gitea\/[0-9]{8}T[0-9]{6}Z)\/gitea\.dump/.exec(r1.output)?.[1];
    expect(r1.output).toContain(`PUT backups-gitea/${folder}/data.tar.gz`);
    const state = r1.output.split('\n').pop()!;

    const job = one(render(restoring(folder)), 'Job').spec.template.spec;
    const restoreSteps = [...job.initContainers, ...job.containers].map((c: any) => run(c, { '/backup': 'stage2', ' /data': ' restored' }));
    const r2 = runIn({ curl, pg_restore: pgRestore, 'state.b64': state }, '/bin/sh', ['-c', `set -e
chmod +x curl pg_restore && export PATH="$PWD:$PATH" LOG="$PWD/log2" STORE="$PWD/store" && base64 -d state.b64 | tar -xzf - && mkdir stage2 restored
echo stale > restored/newer-than-the-backup
${restoreSteps.join('\n')}
cat log2 && diff -r data restored && test -x restored/git/repositories/lumen/app.git/hooks/update && echo SAME`]);
    expect(r2.output).toContain(`GET backups-gitea/${folder}/gitea.dump`);
    expect(r2.output).toContain(`GET backups-gitea/${folder}/data.tar.gz`);
    expect(r2.output).toContain('pg_restore -h gitea-postgresql -U gitea -d gitea');
    expect(r2.output).toContain('SAME');
    expect(r2.status).toBe(0);
  });
  test('the round trip can fail: a backup folder the store does not hold stops the restore before the database', () => {
    const scripts = giteaRestoreScripts('gitea/20261201T013000Z');
    const stub = '#!/bin/sh\ncat > /dev/null\nfor a; do case "$a" in http*) url="$a" ;; esac; done\necho "$url" >> "$LOG"\nexit 22\n';
    const r = runIn({ curl: stub, 'run.sh': scripts.download.replace(/\/backup\//g, './') }, '/bin/sh', ['-c',
      'chmod +x curl && touch log && PATH="$PWD:$PATH" LOG="$PWD/log" S3_ENDPOINT=http://s3 S3_BUCKET=backups-gitea S3_REGION=garage ACCESS_KEY_ID=k ACCESS_SECRET_KEY=s KEEP=7 sh run.sh; echo "rc=$?"; cat log']);
    expect(r.output).toContain('rc=22');
    expect(r.output).toContain('http://s3/backups-gitea/gitea/20261201T013000Z/gitea.dump');
    expect(r.output).not.toContain('data.tar.gz');
  });
  test('throws if the backup is not a backup folder of the gitea bucket', () => {
    for (const bad of ['latest', 'gitea/20261201T013000Z/gitea.dump', '20261201T013000Z', 'vault/20261201T010000Z']) {
      expect(() => restoring(bad)).toThrow(`components.gitea.backup.restore.backup: expected a backup folder such as gitea/20261201T013000Z (the one holding gitea.dump and data.tar.gz), found string "${bad}"`);
    }
    expect(() => testConfig('components:\n  gitea:\n    backup: { restore: { snapshot: gitea/20261201T013000Z } }\n')).toThrow('components.gitea.backup.restore');
  });
});

describe('the upload functions (curl, SigV4)', () => {
  test('prune keeps the newest KEEP backups of a prefix and deletes every object of the others', () => {
    // curl stub: the listing of four Gitea backups (two objects each); deletes are logged.
    const stub = `#!/bin/sh
cat > /dev/null
for a in "$@"; do url="$a"; done
case " $* " in *" -X DELETE "*) echo "DELETE \${url#*/bucket/}" >> "$LOG"; exit 0 ;; esac
for s in 20261201T013000Z 20261202T013000Z 20261203T013000Z 20261204T013000Z; do printf '<Contents><Key>gitea/%s/gitea.dump</Key></Contents><Contents><Key>gitea/%s/data.tar.gz</Key></Contents>' $s $s; done
`;
    const script = `${S3_CLIENT_FUNCTIONS.replace(/\/backup\//g, './')}prune gitea "$KEEP"\ncat log`;
    const r = runIn({ curl: stub, 'run.sh': script }, '/bin/sh', ['-c',
      'chmod +x curl && touch log && PATH="$PWD:$PATH" LOG="$PWD/log" S3_ENDPOINT=http://s3 S3_BUCKET=bucket S3_REGION=garage ACCESS_KEY_ID=k ACCESS_SECRET_KEY=s KEEP=2 sh run.sh']);
    expect(r.status).toBe(0);
    expect(r.output.split('\n').filter((l) => l.startsWith('DELETE')).sort()).toEqual([
      'DELETE gitea/20261201T013000Z/data.tar.gz', 'DELETE gitea/20261201T013000Z/gitea.dump',
      'DELETE gitea/20261202T013000Z/data.tar.gz', 'DELETE gitea/20261202T013000Z/gitea.dump',
    ]);
  });
});

describe('the keys: generated by the Vault bootstrap, never in Git', () => {
  const app = buildEnvironment(prod);
  test('one entry per bucket (a Garage key id and secret) and Garage\'s own secrets', () => {
    expect(vaultGeneratedEntries(app)).toEqual([
      { path: 'backup/garage', keys: { admin_token: 'hex32', rpc_secret: 'hex32' } },
      ...Object.values(BACKUP_TARGETS).map((t) => t.vaultPath).sort().map((path) => ({ path, keys: { ACCESS_KEY_ID: 'garage-key-id', ACCESS_SECRET_KEY: 'hex32' } })),
    ]);
  });
  test('the bootstrap writes each absent entry once, in the forms Garage imports (GK + 24 hex digits, 64 hex digits)', () => {
    const vault = app.node.children.find((c) => c instanceof VaultChart) as VaultChart;
    const data = synth(vault).find((o) => o.kind === 'ConfigMap').data;
    expect(data['kv-paths.txt']).not.toContain('backup/');
    const r = runBootstrap(data, { token: 't', baseDomain: 'airgap.local' });
    expect(r.status).toBe(0);
    const put = r.calls.find((c) => c[0] === 'kv' && c[1] === 'put' && c[2] === 'secret/backup/s3/lumen-db')!;
    expect(put[3]).toMatch(/^ACCESS_KEY_ID=GK[0-9a-f]{24}$/);
    expect(put[4]).toMatch(/^ACCESS_SECRET_KEY=[0-9a-f]{64}$/);
    expect(r.calls.filter((c) => c[0] === 'kv' && c[1] === 'put').length).toBe(7);
  });
});

describe('MongoDB: Percona Backup for MongoDB', () => {
  const objects = synth(new MongodbChart(testApp(), 'mongodb', prod));
  const cr = one(objects, 'PerconaServerMongoDB');
  test('PBM on: the mongodb bucket, base backups on the schedule with retention, oplog slices for point in time', () => {
    expect(cr.spec.backup).toMatchObject({
      enabled: true,
      storages: { 'object-store': { type: 's3', main: true, s3: {
        bucket: 'backups-mongodb', prefix: 'catalog-mongodb', region: 'garage', endpointUrl: 'http://garage.object-store.svc.cluster.local:3900',
        forcePathStyle: true, credentialsSecret: 'backups-mongodb-s3',
      } } },
      pitr: { enabled: true, oplogSpanMin: 10 },
      tasks: [{ name: 'scheduled', enabled: true, schedule: '0 3 * * *', storageName: 'object-store', type: 'logical', retention: { type: 'count', count: 7, deleteFromStorage: true } }],
    });
    const key = one(objects, 'VaultStaticSecret', 'backups-mongodb-s3');
    expect(Object.keys(key.spec.destination.transformation.templates).sort()).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'REGION']);
    expect(one(objects, 'PerconaServerMongoDBRestore')).toBeUndefined();
  });
  test('the restore switch: a PerconaServerMongoDBRestore of the named backup, replayed to the target time', () => {
    const config = testConfig('components:\n  mongodb:\n    backup: { restore: { backupName: cron-catalog-mongodb-20261201030000-abcde, targetTime: "2026-12-01T09:30:00Z" } }\n');
    const restore = one(synth(new MongodbChart(testApp(), 'mongodb', config)), 'PerconaServerMongoDBRestore');
    expect(restore.metadata.name).toMatch(/^catalog-mongodb-restore-[0-9a-f]{8}$/);
    expect(restore.spec).toEqual({
      clusterName: 'catalog-mongodb', backupName: 'cron-catalog-mongodb-20261201030000-abcde', pitr: { type: 'date', date: '2026-12-01 09:30:00' },
    });
    expect(pbmDate('2026-12-01T10:30:00+01:00')).toBe('2026-12-01 09:30:00');
  });
});

// ---------------------------------------------------------------------------------------------------------
// The alert, under promtool.

/** Rules of an environment with lumen-db and Vault only (other sources would be absent, and fire). */
const twoSources = testConfig(`components:
  citus: { enabled: false }
  keycloak: { enabled: false }
  mongodb: { enabled: false }
  gitea: { enabled: false }
`);
const rules = () => yaml.dump({ groups: backupRuleGroups(twoSources).map((g) => ({
  name: g.name, rules: g.rules.map((r) => ({ alert: r.alert, expr: r.expr, for: r.for, labels: { severity: r.severity }, annotations: { summary: r.summary, description: r.description } })),
})) }, { lineWidth: -1 });

const DESCRIPTION = (service: string) => `The last successful backup of ${service} is older than its schedule allows (components.*.backup.schedule, plus a quarter of the interval), or its backup metric is missing. Restores would lose more than planned: see README "Backups and restores".`;
interface Case { name: string; series: Record<string, string>; at: string; alerts: Record<string, string>[] }
function promtoolTest(cases: Case[]): { status: number | null; output: string } {
  const tests = cases.map((c) => ({
    name: c.name, interval: `${STEP_MINUTES}m`,
    input_series: Object.entries(c.series).map(([series, values]) => ({ series, values })),
    alert_rule_test: [{
      eval_time: c.at, alertname: 'LumenBackupTooOld',
      exp_alerts: c.alerts.map((labels) => ({ exp_labels: { severity: 'critical', ...labels }, exp_annotations: { summary: `Backup of ${labels.service} is overdue`, description: DESCRIPTION(labels.service) } })),
    }],
  }));
  return runIn({ 'rules.yaml': rules(), 'tests.yaml': yaml.dump({ rule_files: ['rules.yaml'], evaluation_interval: `${STEP_MINUTES}m`, tests }, { lineWidth: -1 }) },
    tool('promtool'), ['test', 'rules', 'tests.yaml']);
}
const H = 3600;
// Samples and evaluations every 5 minutes: the thresholds are hours, the rule's `for` 15 minutes (promtool's time
// grows with the number of steps: 1-minute steps over two days took ~6 s).
const STEP_MINUTES = 5;
/** Samples in `hours`. */
const steps = (hours: number) => (hours * 60) / STEP_MINUTES;
const DB = 'cnpg_collector_last_available_backup_timestamp{namespace="cnpg-system", pod="lumen-db-1"}';
const VAULT_OK = 'kube_cronjob_status_last_successful_time{namespace="vault", cronjob="vault-snapshot"}';
const VAULT_CREATED = 'kube_cronjob_created{namespace="vault", cronjob="vault-snapshot"}';
/** A backup every step: always fresh. */
const fresh = `0+${STEP_MINUTES * 60}x${steps(48)}`;

describe('LumenBackupTooOld (promtool test rules)', () => {
  test('thresholds follow each schedule: daily → 30 h', () => {
    expect(backupSources(twoSources).map((s) => [s.service, s.maxAgeSeconds])).toEqual([['lumen-db', 30 * H], ['vault', 30 * H]]);
  });
  test('fires per service when its last backup is older than its schedule allows, or its metric is missing; quiet while fresh', () => {
    const r = promtoolTest([
      { name: 'fresh backups: quiet', series: { [DB]: fresh, [VAULT_OK]: fresh, [VAULT_CREATED]: `0x${steps(48)}` }, at: '40h', alerts: [] },
      { name: 'lumen-db: last backup at 1h, still fine at 30h', series: { [DB]: `${H}x${steps(48)}`, [VAULT_OK]: fresh, [VAULT_CREATED]: `0x${steps(48)}` }, at: '30h', alerts: [] },
      { name: 'lumen-db: last backup at 1h, overdue from 31h (+15m)', series: { [DB]: `${H}x${steps(48)}`, [VAULT_OK]: fresh, [VAULT_CREATED]: `0x${steps(48)}` }, at: '32h', alerts: [{ service: 'lumen-db' }] },
      { name: 'vault: never succeeded, counted from the CronJob\'s creation', series: { [DB]: fresh, [VAULT_CREATED]: `0x${steps(48)}` }, at: '32h', alerts: [{ service: 'vault' }] },
      { name: 'vault: never succeeded, young CronJob: quiet', series: { [DB]: fresh, [VAULT_CREATED]: `0x${steps(48)}` }, at: '20h', alerts: [] },
      { name: 'lumen-db: no backup metric at all (not scraped)', series: { [VAULT_OK]: fresh, [VAULT_CREATED]: `0x${steps(48)}` }, at: '1h', alerts: [{ service: 'lumen-db', namespace: 'cnpg-system' }] },
    ]);
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });
  test('the cases can fail: a rule that never fires is caught', () => {
    const r = promtoolTest([
      { name: 'overdue', series: { [DB]: `${H}x${steps(48)}`, [VAULT_OK]: fresh, [VAULT_CREATED]: `0x${steps(48)}` }, at: '32h', alerts: [] },
    ]);
    expect(r.status).not.toBe(0);
  });
  test.each(ENVS)('%s: the rendered rules pass promtool check rules', (env) => {
    const rule = synth(new BackupMonitoringChart(testApp(), 'backup-monitoring', overlay(env))).find((o) => o.kind === 'PrometheusRule');
    const r = runIn({ 'rules.yaml': yaml.dump({ groups: rule.spec.groups }, { lineWidth: -1 }) }, tool('promtool'), ['check', 'rules', 'rules.yaml']);
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });
});

describe('LumenWalArchivingFailing (promtool test rules)', () => {
  const ARCHIVED = 'cnpg_pg_stat_archiver_last_archived_time{namespace="cnpg-system", pod="lumen-db-1"}';
  const FAILED = 'cnpg_pg_stat_archiver_last_failed_time{namespace="cnpg-system", pod="lumen-db-1"}';
  const walTest = (series: Record<string, string>, at: string, firing: boolean) => runIn({
    'rules.yaml': rules(),
    'tests.yaml': yaml.dump({
      rule_files: ['rules.yaml'], evaluation_interval: '1m',
      tests: [{
        interval: '1m', input_series: Object.entries(series).map(([s, values]) => ({ series: s, values })),
        alert_rule_test: [{
          eval_time: at, alertname: 'LumenWalArchivingFailing',
          exp_alerts: firing ? [{
            exp_labels: { severity: 'critical', namespace: 'cnpg-system', pod: 'lumen-db-1' },
            exp_annotations: { summary: 'WAL archiving of cnpg-system/lumen-db-1 is failing', description: WAL_ARCHIVING_RULE.description },
          }] : [],
        }],
      }],
    }, { lineWidth: -1 }),
  }, tool('promtool'), ['test', 'rules', 'tests.yaml']);

  test('in the backups group wherever a CloudNativePG cluster backs up, not elsewhere', () => {
    expect(backupRuleGroups(twoSources)[0].rules.map((r) => r.alert)).toEqual(['LumenBackupTooOld', 'LumenWalArchivingFailing']);
    const noPostgres = testConfig('components:\n  cloudnativePg: { enabled: false }\n  citus: { enabled: false }\n  keycloak: { enabled: false }\n  mongodb: { enabled: false }\n  gitea: { enabled: false }\n');
    expect(backupRuleGroups(noPostgres).flatMap((g) => g.rules.map((r) => r.alert))).toEqual(['LumenBackupTooOld']);
  });
  test('fires once the last failure is newer than the last success for 10 minutes; quiet while archiving works (never failed: -1)', () => {
    const r1 = walTest({ [ARCHIVED]: '0+60x120', [FAILED]: '-1x120' }, '100m', false);
    expect(r1.output).toContain('SUCCESS');
    // Archived until minute 30, failing from minute 31 on: firing at 45 (10 minutes after the condition held).
    const r2 = walTest({ [ARCHIVED]: '0+60x30 1800x90', [FAILED]: '-1x30 1860+60x90' }, '45m', true);
    expect(r2.output).toContain('SUCCESS');
    expect(r2.status).toBe(0);
    // The same, asserted quiet: promtool fails (the test can fail).
    expect(walTest({ [ARCHIVED]: '0+60x30 1800x90', [FAILED]: '-1x30 1860+60x90' }, '45m', false).status).not.toBe(0);
  });
});

describe('Backups dashboard', () => {
  test('one panel: the age of the last successful backup, one series per service; a stat per service', () => {
    const d = backupDashboard(prod);
    const history = d.panels.find((p) => p.kind === 'timeseries') as any;
    expect(history.title).toBe('Age of the last successful backup, per service');
    expect(history.queries.map((q: any) => q.legend)).toEqual(['lumen-db', 'citus-coordinator', 'citus-worker-0', 'citus-worker-1', 'keycloak-db', 'catalog-mongodb', 'vault', 'gitea']);
    expect(d.panels.filter((p) => p.kind === 'stat')).toHaveLength(9);
    const cm = one(synth(new BackupMonitoringChart(testApp(), 'backup-monitoring', dev)), 'ConfigMap');
    expect(cm.metadata.labels.grafana_dashboard).toBe('1');
  });
});
