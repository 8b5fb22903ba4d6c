import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { ARGOCD_NAMESPACE } from './argo-application';
import { standardLabels } from './labels';

/** The label Argo CD finds cluster Secrets by. */
export const CLUSTER_SECRET_TYPE_LABEL = 'argocd.argoproj.io/secret-type';

/** What the cluster generator hands the template for one registered cluster (the Go-template parameters we use). */
export interface ClusterParams {
  /** The cluster Secret's `name`. */
  readonly name: string;
  /** The cluster Secret's `server`. */
  readonly server: string;
  /** The cluster Secret's labels. */
  readonly labels: Readonly<Record<string, string>>;
}

/** The Go-template parameters of the cluster generator we allow in a template: exactly these, nothing else. */
const PARAM = /\{\{\s*(?:\.name|\.server|index \.metadata\.labels "([^"]+)")\s*\}\}/g;

/**
 * A template filled for one cluster, as the ApplicationSet controller fills it (goTemplate with
 * `missingkey=error`): `{{.name}}`, `{{.server}}`, `{{index .metadata.labels "<key>"}}` in every string.
 * Any other `{{` is an error (we would not know what the controller makes of it).
 */
export function fillTemplate<T>(template: T, cluster: ClusterParams): T {
  const fill = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const out = v.replace(PARAM, (m, label?: string) => {
        if (label === undefined) return m.includes('.server') ? cluster.server : cluster.name;
        const value = cluster.labels[label];
        if (value === undefined) throw new Error(`template: map has no entry for key "${label}" (cluster ${cluster.name}'s labels)`);
        return value;
      });
      if (out.includes('{{')) throw new Error(`template: unsupported expression in "${v}" (only {{.name}}, {{.server}}, {{index .metadata.labels "k"}})`);
      return out;
    }
    if (Array.isArray(v)) return v.map(fill);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [fill(k) as string, fill(x)]));
    return v;
  };
  return fill(template) as T;
}

/** A label selector's matchLabels against a cluster Secret's labels. */
export function selectorMatches(matchLabels: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean {
  return Object.entries(matchLabels).every(([k, v]) => labels[k] === v);
}

export interface ClusterApplicationSetProps {
  /** Cluster Secrets whose labels hold all of these; the local cluster (no Secret) never matches a selector. */
  readonly matchLabels: Record<string, string>;
  /** The Application per cluster: metadata and spec, strings may use the parameters of `fillTemplate`. */
  readonly template: { readonly metadata: Record<string, unknown>; readonly spec: Record<string, unknown> };
}

/**
 * An ApplicationSet with the cluster generator: one Application per registered cluster whose Secret
 * matches. Generated Applications ignore sync-wave (nothing orders them); deleting the set keeps them
 * (`preserveResourcesOnDeletion`), as deleting the root keeps the platform.
 */
export class ClusterApplicationSet extends Construct {
  readonly name: string;
  readonly apiObject: ApiObject;

  constructor(scope: Construct, id: string, props: ClusterApplicationSetProps) {
    super(scope, id);
    if (!Object.keys(props.matchLabels).length) {
      throw new Error(`'matchLabels' must name at least one label (an empty selector also matches the local cluster), got none (ApplicationSet ${id})`);
    }
    // The template is checked once, here, with a stand-in cluster: a typo fails the synth, not the controller.
    fillTemplate(props.template, { name: 'x', server: 'https://x', labels: props.matchLabels });
    this.name = id;
    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'ApplicationSet',
      metadata: { name: id, namespace: ARGOCD_NAMESPACE, labels: standardLabels(id, { 'app.kubernetes.io/component': 'argocd-applicationset' }) },
      spec: {
        goTemplate: true,
        goTemplateOptions: ['missingkey=error'],
        generators: [{ clusters: { selector: { matchLabels: { ...props.matchLabels } } } }],
        syncPolicy: { preserveResourcesOnDeletion: true },
        template: props.template,
      },
    });
  }
}
