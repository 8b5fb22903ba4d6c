import { Construct } from 'constructs';
import type { ConfigSecret, InertUrl, VolatileField } from '../helm/postprocess';
import { LumenChart } from './lumen-chart';

export interface HelmReleaseProps<V extends object> {
  /** Chart name, as locked in charts/lock.yaml. */
  readonly chart: string;
  /** Pinned chart version (exact, no ranges). */
  readonly version: string;
  /** Typed values; every image in them must point at the internal registry. */
  readonly values: V;
  /**
   * Helm release name.
   * @default - the application's name
   */
  readonly releaseName?: string;
  /**
   * Release namespace (`helm template --namespace`): where the chart's namespaced objects go.
   * @default - the application's namespace
   */
  readonly namespace?: string;
  /**
   * Module in imports/crd-index.json whose CRDs this chart installs (cdk8s.yaml `crds.<module>`).
   * Apps that install CRDs sync server-side (CRDs over 256 KiB cannot be client-side applied).
   * @default - the chart installs no CRDs
   */
  readonly crdModule?: string;
  /**
   * Fields the chart fills at random on every render (e.g. a `rollme` annotation), pinned to a fixed value so
   * two synths are byte-identical and Argo CD has nothing to fight over. Each needs its reason.
   * @default []
   */
  readonly volatile?: VolatileField[];
  /**
   * The chart's Secrets that hold configuration, not credentials (a config file or init script the chart
   * only mounts from a Secret), each with its reason. The gate allows them and checks their decoded data
   * like any other value: a credential in them is still a violation.
   * @default []
   */
  readonly configSecrets?: ConfigSecret[];
  /**
   * URLs that objects of the chart only print or document (an init script's help message), each with its
   * reason: the air-gap rule lets these prefixes pass on that object only.
   * @default []
   */
  readonly inertUrls?: InertUrl[];
}

const VERSION = /^v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$/;

/**
 * A vendor Helm chart, pinned (charts/lock.yaml), with typed values: synth renders it with `helm template`
 * (src/helm/render.ts) into the application's folder, where its objects pass the same gate as ours.
 */
export class HelmRelease<V extends object = object> extends Construct {
  readonly chart: string;
  readonly version: string;
  readonly values: V;
  readonly releaseName: string;
  readonly namespace: string;
  readonly crdModule?: string;
  readonly volatile: VolatileField[];
  readonly configSecrets: ConfigSecret[];
  readonly inertUrls: InertUrl[];

  constructor(scope: Construct, id: string, props: HelmReleaseProps<V>) {
    super(scope, id);
    if (!VERSION.test(props.version)) throw new Error(`'version' must be an exact semantic version, got "${props.version}"`);
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(props.chart)) throw new Error(`'chart' must be a chart name, got "${props.chart}"`);
    const owner = LumenChart.of(this);
    this.chart = props.chart;
    this.version = props.version;
    this.values = props.values;
    this.releaseName = props.releaseName ?? owner.app;
    const namespace = props.namespace ?? owner.namespace;
    if (!namespace) throw new Error(`'namespace' is needed for chart '${props.chart}': application '${owner.app}' has no namespace to release it into`);
    this.namespace = namespace;
    this.crdModule = props.crdModule;
    this.volatile = [...(props.volatile ?? [])];
    this.configSecrets = [...(props.configSecrets ?? [])];
    this.inertUrls = [...(props.inertUrls ?? [])];
    for (const u of this.inertUrls) if (!u.reason.trim()) throw new Error(`'inertUrls': ${u.url} needs a reason`);
    for (const c of this.configSecrets) if (!c.reason.trim()) throw new Error(`'configSecrets': ${c.name} needs a reason`);
    for (const v of this.volatile) if (!v.reason.trim()) throw new Error(`'volatile': ${v.kind} ${v.name} ${v.path} needs a reason`);
    owner._setHelmRelease(this);
  }
}
