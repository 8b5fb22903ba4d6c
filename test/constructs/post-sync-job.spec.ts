import { internalImage } from '../../src/constructs/images';
import { LumenChart } from '../../src/constructs/lumen-chart';
import { POST_SYNC_BACKOFF_LIMIT, PostSyncJob } from '../../src/constructs/post-sync-job';
import { Waves } from '../../src/constructs/waves';
import { synth, testApp, testConfig } from '../support/fixtures';

const resources = { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } };
const render = (props: Partial<ConstructorParameters<typeof PostSyncJob>[2]> = {}, id = 'db-init') => {
  const chart = new LumenChart(testApp(), 'test', { config: testConfig(), wave: Waves.CORE, namespace: 'data' });
  new PostSyncJob(chart, id, { tier: 'data', image: internalImage('r:5000', 'org/tool', '1.0'), command: ['/bin/sh', '-c', 'true'], runAs: { user: 26, group: 26 }, resources, ...props });
  return synth(chart)[0];
};

describe('PostSyncJob', () => {
  test('an Argo CD PostSync hook, re-created on every sync, retried, kept a day', () => {
    const job = render();
    expect(job.metadata.annotations).toEqual({ 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' });
    expect(job.spec).toMatchObject({ backoffLimit: POST_SYNC_BACKOFF_LIMIT, ttlSecondsAfterFinished: 86400 });
    expect(job.spec.template.spec.restartPolicy).toBe('OnFailure');
  });
  test('restricted pod with app and tier labels, no API token, limits set', () => {
    const job = render();
    const pod = job.spec.template.spec;
    expect(job.spec.template.metadata.labels).toEqual({ app: 'db-init', tier: 'data' });
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, runAsUser: 26, runAsGroup: 26, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.containers[0].securityContext).toEqual({ allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(pod.containers[0].resources.limits).toEqual({ cpu: '100m', memory: '64Mi' });
  });
  test('config maps read-only, a writable /tmp only when asked', () => {
    const pod = render({ configMaps: { sql: { configMap: 'init-sql', mountPath: '/sql' } }, tmpSizeLimit: '8Mi' }).spec.template.spec;
    expect(pod.containers[0].volumeMounts).toEqual([{ name: 'sql', mountPath: '/sql', readOnly: true }, { name: 'tmp', mountPath: '/tmp' }]);
    expect(pod.volumes).toEqual([{ name: 'sql', configMap: { name: 'init-sql' } }, { name: 'tmp', emptyDir: { sizeLimit: '8Mi' } }]);
    expect(render().spec.template.spec.volumes).toBeUndefined();
  });
  test('throws if it would run as root', () => {
    expect(() => render({ runAs: { user: 0, group: 0 } })).toThrow("'runAs.user' must not be root (0) (job db-init)");
  });
  test('throws if the id is not a DNS label', () => {
    expect(() => render({}, 'Init_Job')).toThrow("'id' must be a DNS label (it names the Job), got \"Init_Job\"");
  });
});
