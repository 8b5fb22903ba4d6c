import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { Resources } from '../config/schema';
import { ImageRef } from './images';
import { Tier, workloadLabels } from './labels';

export interface PostSyncJobProps {
  readonly tier: Tier;
  /** Pinned image in the internal registry. */
  readonly image: ImageRef;
  readonly command: string[];
  /** @default [] */
  readonly args?: string[];
  /** Plain values and secretKeyRefs (credentials only referenced). @default [] */
  readonly env?: k8s.EnvVar[];
  /** The non-root identity of the pod (the image's own user). */
  readonly runAs: { readonly user: number; readonly group: number; readonly fsGroup?: number };
  readonly resources: Resources;
  /** ConfigMaps mounted read-only (`name` → mount path). @default {} */
  readonly configMaps?: Record<string, { readonly configMap: string; readonly mountPath: string }>;
  /** Size of a writable /tmp (an emptyDir: the root filesystem is read-only). @default - no /tmp */
  readonly tmpSizeLimit?: string;
  /** Container name. @default the construct id */
  readonly containerName?: string;
}

/** Retries with back-off (10 s doubling, capped at 6 min) for about an hour: what a cluster takes to come up. */
export const POST_SYNC_BACKOFF_LIMIT = 15;

/**
 * An idempotent Argo CD PostSync hook Job: re-created on every sync (BeforeHookCreation), retried while the
 * things it configures come up, restricted pod, `app`/`tier` labels, no API token, kept a day for its logs.
 */
export class PostSyncJob extends Construct {
  readonly job: k8s.KubeJob;

  constructor(scope: Construct, id: string, props: PostSyncJobProps) {
    super(scope, id);
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(id)) throw new Error(`'id' must be a DNS label (it names the Job), got "${id}"`);
    if (props.runAs.user === 0) throw new Error(`'runAs.user' must not be root (0) (job ${id})`);
    const labels = workloadLabels(id, props.tier);
    const mounts = Object.entries(props.configMaps ?? {});
    const volumeMounts = [
      ...mounts.map(([name, m]) => ({ name, mountPath: m.mountPath, readOnly: true })),
      ...(props.tmpSizeLimit ? [{ name: 'tmp', mountPath: '/tmp' }] : []),
    ];
    const volumes = [
      ...mounts.map(([name, m]) => ({ name, configMap: { name: m.configMap } })),
      ...(props.tmpSizeLimit ? [{ name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString(props.tmpSizeLimit) } }] : []),
    ];
    this.job = new k8s.KubeJob(this, 'Resource', {
      metadata: {
        name: id,
        labels,
        annotations: { 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' },
      },
      spec: {
        backoffLimit: POST_SYNC_BACKOFF_LIMIT,
        ttlSecondsAfterFinished: 86400,
        template: {
          metadata: { labels },
          spec: {
            restartPolicy: 'OnFailure',
            automountServiceAccountToken: false,
            securityContext: {
              runAsNonRoot: true, runAsUser: props.runAs.user, runAsGroup: props.runAs.group,
              ...(props.runAs.fsGroup !== undefined ? { fsGroup: props.runAs.fsGroup } : {}),
              seccompProfile: { type: 'RuntimeDefault' },
            },
            containers: [{
              name: props.containerName ?? id,
              image: props.image.ref,
              imagePullPolicy: 'IfNotPresent',
              command: props.command,
              args: props.args?.length ? props.args : undefined,
              env: props.env?.length ? props.env : undefined,
              resources: {
                requests: { cpu: k8s.Quantity.fromString(props.resources.requests.cpu), memory: k8s.Quantity.fromString(props.resources.requests.memory) },
                limits: { cpu: k8s.Quantity.fromString(props.resources.limits.cpu), memory: k8s.Quantity.fromString(props.resources.limits.memory) },
              },
              securityContext: { allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: volumeMounts.length ? volumeMounts : undefined,
            }],
            volumes: volumes.length ? volumes : undefined,
          },
        },
      },
    });
  }
}
