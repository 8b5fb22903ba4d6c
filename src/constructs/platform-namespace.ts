import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import { standardLabels } from './labels';

export type PodSecurityLevel = 'restricted' | 'baseline' | 'privileged';

export interface PlatformNamespaceProps {
  /**
   * Pod Security Standard enforced, audited and warned.
   * @default 'restricted'
   */
  readonly podSecurity?: PodSecurityLevel;
  /**
   * Why this namespace may not be `restricted` (required unless it is): shown in the namespace's annotations.
   * @default - none
   */
  readonly podSecurityReason?: string;
  /**
   * Deny all ingress and egress not explicitly allowed, then allow DNS to kube-dns.
   * @default true
   */
  readonly defaultDeny?: boolean;
  /**
   * Extra labels of the Namespace (e.g. `lumen.dev/preview`, which platform flows select previews by).
   * @default {}
   */
  readonly labels?: Record<string, string>;
  /**
   * Write `kubernetes.io/metadata.name` (the API server sets it anyway). `false` for a namespace renamed at
   * deploy time (a preview's, by kustomize): the rendered name would differ from the live one for ever.
   * @default true
   */
  readonly metadataNameLabel?: boolean;
}

export const POD_SECURITY_VERSION = 'v1.30';
export const PSS_REASON_ANNOTATION = 'lumen.dev/pod-security-reason';

/** A namespace we own: Pod Security labels and a default-deny NetworkPolicy with DNS allowed. */
export class PlatformNamespace extends Construct {
  readonly name: string;
  readonly podSecurity: PodSecurityLevel;

  constructor(scope: Construct, id: string, props: PlatformNamespaceProps = {}) {
    super(scope, id);
    this.name = id;
    this.podSecurity = props.podSecurity ?? 'restricted';
    if (this.podSecurity !== 'restricted' && !props.podSecurityReason) {
      throw new Error(`'podSecurityReason' is required when 'podSecurity' is "${this.podSecurity}" (namespace ${id})`);
    }
    const pss = Object.fromEntries(['enforce', 'audit', 'warn'].flatMap((mode) => [
      [`pod-security.kubernetes.io/${mode}`, this.podSecurity],
      [`pod-security.kubernetes.io/${mode}-version`, POD_SECURITY_VERSION],
    ]));
    new ApiObject(this, 'Resource', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: id,
        namespace: undefined,
        labels: { ...standardLabels(id), ...((props.metadataNameLabel ?? true) ? { 'kubernetes.io/metadata.name': id } : {}), ...(props.labels ?? {}), ...pss },
        ...(props.podSecurityReason ? { annotations: { [PSS_REASON_ANNOTATION]: props.podSecurityReason } } : {}),
      },
    });
    if (props.defaultDeny ?? true) {
      new k8s.KubeNetworkPolicy(this, 'DefaultDeny', {
        metadata: { name: 'default-deny-all', namespace: id },
        spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
      });
      new k8s.KubeNetworkPolicy(this, 'AllowDns', {
        metadata: { name: 'allow-dns-egress', namespace: id },
        spec: {
          podSelector: {},
          policyTypes: ['Egress'],
          egress: [{
            to: [{
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
              podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
            }],
            ports: [{ protocol: 'UDP', port: k8s.IntOrString.fromNumber(53) }, { protocol: 'TCP', port: k8s.IntOrString.fromNumber(53) }],
          }],
        },
      });
    }
  }
}
