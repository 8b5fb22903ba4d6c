import { podTemplateOf, restrictedViolations } from '../../src/policy/pod-security';

/** A pod spec that meets the restricted profile (what the Microservice construct renders). */
function compliant(): { metadata: any; spec: any } {
  return {
    metadata: { labels: { app: 'x' } },
    spec: {
      securityContext: { runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{
        name: 'x', image: 'r/x:1',
        securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
      }],
      volumes: [{ name: 'tmp', emptyDir: {} }, { name: 'cfg', configMap: { name: 'c' } }, { name: 'token', projected: { sources: [] } }],
    },
  };
}

describe('Pod Security restricted (v1.30)', () => {
  test('passes: the organisation defaults', () => {
    expect(restrictedViolations(compliant())).toEqual([]);
  });

  test('passes: runAsNonRoot and seccomp on every container instead of the pod; NET_BIND_SERVICE may be added', () => {
    const p = compliant();
    p.spec.securityContext = {};
    p.spec.containers[0].securityContext = { ...p.spec.containers[0].securityContext, runAsNonRoot: true, seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' }, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } };
    expect(restrictedViolations(p)).toEqual([]);
  });

  test.each([
    ['hostNetwork', (p: any) => { p.spec.hostNetwork = true; }, 'hostNetwork must not be true'],
    ['hostPID', (p: any) => { p.spec.hostPID = true; }, 'hostPID must not be true'],
    ['a hostPath volume', (p: any) => { p.spec.volumes.push({ name: 'h', hostPath: { path: '/' } }); }, 'volume h: hostPath volumes are forbidden'],
    ['an nfs volume', (p: any) => { p.spec.volumes.push({ name: 'n', nfs: { server: 's', path: '/' } }); }, 'volume n: type nfs is not allowed'],
    ['privileged', (p: any) => { p.spec.containers[0].securityContext.privileged = true; }, 'containers[0] x: privileged must not be true'],
    ['privilege escalation', (p: any) => { delete p.spec.containers[0].securityContext.allowPrivilegeEscalation; }, 'containers[0] x: securityContext.allowPrivilegeEscalation must be false'],
    ['root allowed', (p: any) => { delete p.spec.securityContext.runAsNonRoot; }, 'containers[0] x: runAsNonRoot must be true'],
    ['uid 0', (p: any) => { p.spec.containers[0].securityContext.runAsUser = 0; }, 'containers[0] x: runAsUser must not be 0'],
    ['no seccomp', (p: any) => { delete p.spec.securityContext.seccompProfile; }, 'containers[0] x: seccompProfile must be RuntimeDefault or Localhost'],
    ['seccomp Unconfined', (p: any) => { p.spec.securityContext.seccompProfile = { type: 'Unconfined' }; }, 'securityContext: seccompProfile Unconfined is forbidden'],
    ['capabilities not dropped', (p: any) => { p.spec.containers[0].securityContext.capabilities = {}; }, 'containers[0] x: capabilities must drop ALL'],
    ['NET_ADMIN added', (p: any) => { p.spec.containers[0].securityContext.capabilities.add = ['NET_ADMIN']; }, 'containers[0] x: capability NET_ADMIN may not be added'],
    ['a host port', (p: any) => { p.spec.containers[0].ports = [{ containerPort: 80, hostPort: 80 }]; }, 'containers[0] x: hostPort 80 is forbidden'],
    ['an unsafe sysctl', (p: any) => { p.spec.securityContext.sysctls = [{ name: 'kernel.msgmax', value: '1' }]; }, 'sysctl kernel.msgmax is not in the safe set'],
    ['AppArmor unconfined', (p: any) => { p.metadata.annotations = { 'container.apparmor.security.beta.kubernetes.io/x': 'unconfined' }; }, 'AppArmor profile "unconfined" is not allowed'],
    ['an SELinux user', (p: any) => { p.spec.securityContext.seLinuxOptions = { user: 'system_u' }; }, 'seLinuxOptions.user and role must not be set'],
    ['procMount Unmasked', (p: any) => { p.spec.containers[0].securityContext.procMount = 'Unmasked'; }, 'procMount must be Default'],
    ['an init container that escalates', (p: any) => { p.spec.initContainers = [{ name: 'init', image: 'r/i:1', securityContext: { capabilities: { drop: ['ALL'] } } }]; }, 'initContainers[0] init: securityContext.allowPrivilegeEscalation must be false'],
  ])('fails: %s', (_, mutate, expected) => {
    const p = compliant();
    mutate(p);
    expect(restrictedViolations(p).join('\n')).toContain(expected);
  });

  test('pod templates of every workload kind', () => {
    const tpl = compliant();
    expect(podTemplateOf({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's' }, spec: { template: tpl } })).toEqual(tpl);
    expect(podTemplateOf({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c' }, spec: { jobTemplate: { spec: { template: tpl } } } })).toEqual(tpl);
    expect(podTemplateOf({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: tpl.spec })!.spec).toBe(tpl.spec);
    expect(podTemplateOf({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: {} })).toBeUndefined();
  });
});
