/**
 * Pod Security Standards, `restricted` profile as of Kubernetes v1.30 (which includes every `baseline`
 * control): https://kubernetes.io/docs/concepts/security/pod-security-standards/ . Checked at synth time on
 * every pod template of a namespace labelled `pod-security.kubernetes.io/enforce: restricted`, so what the
 * API server would refuse (or warn about) never reaches Git. Windows pods (spec.os.name windows) are out of
 * scope: the lumen nodes are Linux.
 */
import type { Manifest } from '../synth/render';

export const PSS_ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';

const BASELINE_CAPABILITIES = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE',
  'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);
const SAFE_SYSCTLS = new Set(['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes']);
const RESTRICTED_VOLUMES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);
const POD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Rollout', 'PodTemplate']);

type Obj = Record<string, any>;

/** The pod template (metadata + spec) of a workload document, if it has one. */
export function podTemplateOf(m: Manifest): { metadata: Obj; spec: Obj } | undefined {
  if (!POD_KINDS.has(m.kind)) return undefined;
  const s = m.spec as Obj | undefined;
  if (m.kind === 'Pod') return s ? { metadata: m.metadata, spec: s } : undefined;
  const t = m.kind === 'CronJob' ? s?.jobTemplate?.spec?.template : m.kind === 'PodTemplate' ? (m as Obj).template : s?.template;
  return t?.spec ? { metadata: t.metadata ?? {}, spec: t.spec } : undefined;
}

/** Every violation of the restricted profile in one pod template (empty when it complies). */
export function restrictedViolations(pod: { metadata: Obj; spec: Obj }): string[] {
  const spec = pod.spec;
  const out: string[] = [];
  const psc: Obj = spec.securityContext ?? {};
  const containers: { where: string; c: Obj }[] = ['initContainers', 'containers', 'ephemeralContainers']
    .flatMap((k) => ((spec[k] ?? []) as Obj[]).map((c, i) => ({ where: `${k}[${i}] ${c.name ?? ''}`.trim(), c })));

  // baseline
  for (const f of ['hostNetwork', 'hostPID', 'hostIPC']) if (spec[f] === true) out.push(`${f} must not be true`);
  if (psc.windowsOptions?.hostProcess === true) out.push('securityContext.windowsOptions.hostProcess must not be true');
  for (const v of (spec.volumes ?? []) as Obj[]) {
    const type = Object.keys(v).find((k) => k !== 'name');
    if (type === 'hostPath') out.push(`volume ${v.name}: hostPath volumes are forbidden`);
    else if (type && !RESTRICTED_VOLUMES.has(type)) out.push(`volume ${v.name}: type ${type} is not allowed (restricted allows ${[...RESTRICTED_VOLUMES].join(', ')})`);
  }
  for (const s of (psc.sysctls ?? []) as Obj[]) if (!SAFE_SYSCTLS.has(s.name)) out.push(`sysctl ${s.name} is not in the safe set`);
  checkSeLinux(psc.seLinuxOptions, 'securityContext', out);
  checkAppArmor(psc.appArmorProfile, 'securityContext', out);
  for (const [k, v] of Object.entries(pod.metadata?.annotations ?? {})) {
    if (k.startsWith('container.apparmor.security.beta.kubernetes.io/') && v !== 'runtime/default' && !String(v).startsWith('localhost/')) {
      out.push(`annotation ${k}: AppArmor profile "${v}" is not allowed`);
    }
  }
  checkSeccomp(psc.seccompProfile, 'securityContext', out);

  // restricted, pod level
  const podNonRoot = psc.runAsNonRoot === true;
  if (psc.runAsNonRoot === false) out.push('securityContext.runAsNonRoot must not be false');
  if (psc.runAsUser === 0) out.push('securityContext.runAsUser must not be 0');
  const podSeccomp = psc.seccompProfile?.type === 'RuntimeDefault' || psc.seccompProfile?.type === 'Localhost';

  for (const { where, c } of containers) {
    const sc: Obj = c.securityContext ?? {};
    if (sc.privileged === true) out.push(`${where}: privileged must not be true`);
    if (sc.windowsOptions?.hostProcess === true) out.push(`${where}: windowsOptions.hostProcess must not be true`);
    for (const p of (c.ports ?? []) as Obj[]) if (p.hostPort) out.push(`${where}: hostPort ${p.hostPort} is forbidden`);
    if (sc.procMount !== undefined && sc.procMount !== 'Default') out.push(`${where}: procMount must be Default`);
    checkSeLinux(sc.seLinuxOptions, where, out);
    checkAppArmor(sc.appArmorProfile, where, out);
    if (sc.allowPrivilegeEscalation !== false) out.push(`${where}: securityContext.allowPrivilegeEscalation must be false`);
    if (sc.runAsNonRoot === false || (!podNonRoot && sc.runAsNonRoot !== true)) out.push(`${where}: runAsNonRoot must be true (on the pod or the container)`);
    if (sc.runAsUser === 0) out.push(`${where}: runAsUser must not be 0`);
    const cSeccomp = sc.seccompProfile?.type;
    if (!(cSeccomp === 'RuntimeDefault' || cSeccomp === 'Localhost' || (cSeccomp === undefined && podSeccomp))) {
      out.push(`${where}: seccompProfile must be RuntimeDefault or Localhost (on the pod or the container)`);
    }
    const drop = (sc.capabilities?.drop ?? []) as string[];
    if (!drop.includes('ALL')) out.push(`${where}: capabilities must drop ALL`);
    for (const cap of (sc.capabilities?.add ?? []) as string[]) {
      if (cap !== 'NET_BIND_SERVICE') out.push(`${where}: capability ${cap} may not be added${BASELINE_CAPABILITIES.has(cap) ? ' (restricted allows only NET_BIND_SERVICE)' : ''}`);
    }
  }
  return out;
}

function checkSeLinux(o: Obj | undefined, where: string, out: string[]): void {
  if (!o) return;
  if (o.type !== undefined && !SELINUX_TYPES.has(o.type)) out.push(`${where}: seLinuxOptions.type "${o.type}" is not allowed`);
  if (o.user !== undefined || o.role !== undefined) out.push(`${where}: seLinuxOptions.user and role must not be set`);
}

function checkAppArmor(o: Obj | undefined, where: string, out: string[]): void {
  if (o && o.type !== 'RuntimeDefault' && o.type !== 'Localhost') out.push(`${where}: appArmorProfile.type "${o.type}" is not allowed`);
}

function checkSeccomp(o: Obj | undefined, where: string, out: string[]): void {
  if (o?.type === 'Unconfined') out.push(`${where}: seccompProfile Unconfined is forbidden`);
}
