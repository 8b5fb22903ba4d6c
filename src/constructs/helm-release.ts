import { Construct } from 'constructs';
import { ImageRef } from './images';
import { LumenChart } from './lumen-chart';

export interface HelmReleaseProps<V extends object> {
  /** Chart name in the environment's internal chart repository. */
  readonly chart: string;
  /** Pinned chart version (exact, no ranges). */
  readonly version: string;
  /** Typed values; every image in them must point at the internal registry. */
  readonly values: V;
  /** Every image the chart runs with these values, for images.txt and the connected-zone pull. */
  readonly images: ImageRef[];
  /**
   * Helm release name.
   * @default - the application's name
   */
  readonly releaseName?: string;
  /**
   * Module in imports/crd-index.json whose CRDs this chart installs (cdk8s.yaml `crds.<module>`).
   * Apps that install CRDs sync server-side (CRDs over 256 KiB cannot be client-side applied).
   * @default - the chart installs no CRDs
   */
  readonly crdModule?: string;
  /**
   * Where the connected zone pulls the chart from (documentation only: never written to dist/).
   */
  readonly upstream: string;
}

const VERSION = /^v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$/;

/** A vendor Helm chart rendered by Argo CD from the internal chart repository, pinned, with typed values. */
export class HelmRelease<V extends object = object> extends Construct {
  readonly chart: string;
  readonly version: string;
  readonly values: V;
  readonly images: ImageRef[];
  readonly releaseName: string;
  readonly crdModule?: string;
  readonly upstream: string;

  constructor(scope: Construct, id: string, props: HelmReleaseProps<V>) {
    super(scope, id);
    if (!VERSION.test(props.version)) throw new Error(`'version' must be an exact semantic version, got "${props.version}"`);
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(props.chart)) throw new Error(`'chart' must be a chart name, got "${props.chart}"`);
    const owner = LumenChart.of(this);
    this.chart = props.chart;
    this.version = props.version;
    this.values = props.values;
    this.images = [...props.images];
    this.releaseName = props.releaseName ?? owner.app;
    this.crdModule = props.crdModule;
    this.upstream = props.upstream;
    const text = JSON.stringify(props.values);
    for (const image of this.images) {
      if (!text.includes(image.repository)) throw new Error(`'images': ${image.ref} is not used anywhere in the values of chart '${props.chart}'`);
    }
    owner._setHelmRelease(this);
  }
}
