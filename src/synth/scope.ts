import crdIndex from '../../imports/crd-index.json';

/** Kubernetes 1.30 built-in kinds that are cluster-scoped (everything else built-in is namespaced). */
const CLUSTER_SCOPED_BUILTINS = new Set([
  'v1/Namespace', 'v1/Node', 'v1/PersistentVolume', 'v1/ComponentStatus',
  'rbac.authorization.k8s.io/ClusterRole', 'rbac.authorization.k8s.io/ClusterRoleBinding',
  'apiextensions.k8s.io/CustomResourceDefinition', 'apiregistration.k8s.io/APIService',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration', 'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy', 'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'storage.k8s.io/StorageClass', 'storage.k8s.io/CSIDriver', 'storage.k8s.io/CSINode', 'storage.k8s.io/VolumeAttachment',
  'scheduling.k8s.io/PriorityClass', 'node.k8s.io/RuntimeClass', 'networking.k8s.io/IngressClass',
  'certificates.k8s.io/CertificateSigningRequest', 'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
]);

type IndexEntry = { scope: string; module: string; versions: string[] };
const CRDS = crdIndex as Record<string, IndexEntry>;

export function groupOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? 'v1' : apiVersion.slice(0, i);
}

/** The CRD index entry (imports/crd-index.json) of a custom kind, if it is one. */
export function customResourceDefinition(apiVersion: string, kind: string): IndexEntry | undefined {
  return CRDS[`${groupOf(apiVersion)}/${kind}`];
}

/** Gatekeeper constraint kinds are CRDs generated from ConstraintTemplates: cluster-scoped. */
export const CONSTRAINTS_GROUP = 'constraints.gatekeeper.sh';

export function isClusterScoped(apiVersion: string, kind: string): boolean {
  const group = groupOf(apiVersion);
  if (group === CONSTRAINTS_GROUP) return true;
  const crd = customResourceDefinition(apiVersion, kind);
  if (crd) return crd.scope === 'Cluster';
  return CLUSTER_SCOPED_BUILTINS.has(`${group}/${kind}`);
}
