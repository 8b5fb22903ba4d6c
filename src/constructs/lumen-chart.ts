import { Chart } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import type { EnvConfig } from '../config/schema';
import type { HelmRelease } from './helm-release';
import type { ImageRef } from './images';
import { standardLabels } from './labels';
import { Wave } from './waves';

const OUTPUT_CHART = Symbol.for('lumen.OutputChart');
const LUMEN_CHART = Symbol.for('lumen.LumenChart');

/** A chart whose objects land in one folder of dist/<env>/. */
export abstract class OutputChart extends Chart {
  // cdk8s' Chart answers `instanceof` for every chart; ours must tell our kinds apart.
  static [Symbol.hasInstance]<T extends abstract new (...args: never[]) => Chart>(this: T, o: unknown): o is InstanceType<T> {
    const marker = (this as unknown) === OutputChart ? OUTPUT_CHART : (this as unknown) === LumenChart ? LUMEN_CHART : undefined;
    if (marker) return typeof o === 'object' && o !== null && marker in o;
    return Function.prototype[Symbol.hasInstance].call(this, o);
  }

  /** Folder below dist/<env>/. */
  abstract readonly folder: string;
  /** Non-Kubernetes files written next to the objects (name → content). */
  readonly extraFiles: Record<string, string> = {};

  constructor(scope: Construct, id: string, props: { namespace?: string; labels?: Record<string, string> } = {}) {
    super(scope, id, { namespace: props.namespace, labels: props.labels, disableResourceNameHashes: true });
    Object.defineProperty(this, OUTPUT_CHART, { value: true });
  }
}

export interface LumenChartProps {
  /** The environment this chart renders for. */
  readonly config: EnvConfig;
  /** Sync wave of the chart's Argo CD Application. */
  readonly wave: Wave;
  /**
   * Default namespace of the chart's namespaced objects (and the Application's destination namespace).
   * @default - none: the chart holds cluster-scoped objects only (never stamp a namespace on those)
   */
  readonly namespace?: string;
  /**
   * Sync automatically (prune + selfHeal). `false` for what a person syncs by hand (chaos experiments).
   * @default true
   */
  readonly automatedSync?: boolean;
  /**
   * Extra Argo CD sync options for this chart's Application (ServerSideApply and
   * SkipDryRunOnMissingResource are derived automatically).
   * @default []
   */
  readonly syncOptions?: string[];
  /**
   * One line on what this application is, for dist/<env>/README.md.
   * @default - the chart's id
   */
  readonly description?: string;
}

/**
 * One deployable unit: one Argo CD Application, one folder `dist/<env>/<NN-wave>/<app>/`, optionally with a
 * vendor Helm chart whose objects synth renders into the same folder (src/helm/).
 */
export class LumenChart extends OutputChart {
  /** The nearest LumenChart of a construct. */
  static of(c: IConstruct): LumenChart {
    const chart = Chart.of(c);
    if (!(chart instanceof LumenChart)) throw new Error(`${c.node.path} is not inside a LumenChart`);
    return chart;
  }

  readonly app: string;
  readonly config: EnvConfig;
  readonly wave: Wave;
  readonly automatedSync: boolean;
  readonly description: string;
  readonly syncOptions: string[];
  /**
   * Images this application's pods pull themselves (e.g. CI job containers through Docker-in-Docker), which
   * no rendered container names: images.txt lists them too (src/synth/inventory.ts).
   */
  readonly pulledImages: ImageRef[] = [];
  private release?: HelmRelease;

  constructor(scope: Construct, id: string, props: LumenChartProps) {
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(id) || id.length > 53) {
      throw new Error(`'id' must be a DNS label of at most 53 characters (it names the Application), got "${id}"`);
    }
    super(scope, id, { namespace: props.namespace, labels: standardLabels(id) });
    Object.defineProperty(this, LUMEN_CHART, { value: true });
    this.app = id;
    this.config = props.config;
    this.wave = props.wave;
    this.automatedSync = props.automatedSync ?? true;
    this.description = props.description ?? id;
    this.syncOptions = [...(props.syncOptions ?? [])];
  }

  get folder(): string {
    return `${this.wave.folder}/${this.app}`;
  }

  /** The vendor chart this application also renders, if any. */
  get helmRelease(): HelmRelease | undefined {
    return this.release;
  }

  /** @internal called by HelmRelease: one vendor chart per application. */
  _setHelmRelease(release: HelmRelease): void {
    if (this.release) throw new Error(`application '${this.app}' already renders chart '${this.release.chart}'; one vendor chart per application`);
    this.release = release;
  }
}
