import { Construct } from 'constructs';
import {
  NetworkChaos, NetworkChaosSpecAction, NetworkChaosSpecDirection, NetworkChaosSpecMode, NetworkChaosSpecTargetMode,
  PodChaos, PodChaosSpecAction, PodChaosSpecMode,
} from '../../imports/chaos-mesh-chaos-mesh.org';
import type { EnvConfig } from '../config/schema';
import type { Dependency } from '../constructs/dependency';
import { LumenChart } from '../constructs/lumen-chart';
import { serviceSelector } from '../constructs/microservice';
import { Waves } from '../constructs/waves';
import { LUMEN_DB_RW } from './cloudnative-pg';
import { LUMEN_API } from './lumen-api';
import { LUMEN_NAMESPACE } from './namespaces';
import { REDIS_SENTINEL } from './redis';

/** lumen-api's pods, as the Microservice construct labels them. */
export const LUMEN_API_POD_LABELS: Readonly<Record<string, string>> = Object.freeze(serviceSelector(LUMEN_API));

/** The experiments of seed §7, as numbered there. */
export const POD_CHAOS = { name: 'lumen-api-pod-failure', percent: 50, duration: '2m' } as const;
export const NETWORK_CHAOS_LATENCY = '100ms';
export const NETWORK_CHAOS_DURATION = '5m';

/**
 * Chaos experiments against lumen-api (seed §7), in their own Application that Argo CD never syncs by itself
 * (wave experiments, automated sync off, ignored by the wave gate): a person syncs it to run them, and
 * deletes them (or the Application's resources) to run them again: a finished experiment stays finished.
 *
 * - PodChaos: 50 % of lumen-api's pods down for 2 minutes. `pod-failure`, not `pod-kill`: Chaos Mesh's
 *   `duration` is required by and honoured for pod-failure (the containers run the pause image for that
 *   long, so the pods stay unready), whereas pod-kill is a one-shot delete whose pods the ReplicaSet replaces
 *   within seconds, so "for 2 min" would mean nothing. What it validates: the Rollout keeps serving on the
 *   other half and the pods recover by themselves.
 * - NetworkChaos: +100 ms on lumen-api → Redis, and on lumen-api → PostgreSQL, 5 minutes each, injected on
 *   lumen-api's pods towards those targets only (direction `to`): other clients of Redis and PostgreSQL are
 *   untouched. What they validate: timeouts and connection pools (p99 in Grafana rises by about 100 ms).
 */
export class ChaosExperimentsChart extends LumenChart {
  readonly podChaos: PodChaos;
  readonly networkChaos: NetworkChaos[];

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, {
      config, wave: Waves.EXPERIMENTS, namespace: LUMEN_NAMESPACE, automatedSync: false,
      description: 'Chaos experiments on lumen-api (synced by hand)',
    });
    const target = { namespaces: [LUMEN_NAMESPACE], labelSelectors: { ...LUMEN_API_POD_LABELS } };

    this.podChaos = new PodChaos(this, 'PodFailure', {
      metadata: { name: POD_CHAOS.name, namespace: LUMEN_NAMESPACE },
      spec: {
        action: PodChaosSpecAction.POD_HYPHEN_FAILURE,
        mode: PodChaosSpecMode.FIXED_HYPHEN_PERCENT,
        value: String(POD_CHAOS.percent),
        duration: POD_CHAOS.duration,
        selector: target,
      },
    });

    this.networkChaos = [
      this.latency('lumen-api-redis-latency', REDIS_SENTINEL, target),
      this.latency('lumen-api-postgres-latency', LUMEN_DB_RW, target),
    ];
  }

  /** +100 ms from lumen-api's pods to every pod of a dependency, for 5 minutes. */
  private latency(name: string, dep: Dependency, source: { namespaces: string[]; labelSelectors: Record<string, string> }): NetworkChaos {
    return new NetworkChaos(this, name, {
      metadata: { name, namespace: LUMEN_NAMESPACE },
      spec: {
        action: NetworkChaosSpecAction.DELAY,
        mode: NetworkChaosSpecMode.ALL,
        selector: source,
        direction: NetworkChaosSpecDirection.TO,
        target: { mode: NetworkChaosSpecTargetMode.ALL, selector: { namespaces: [dep.namespace], labelSelectors: { ...dep.podLabels } } },
        delay: { latency: NETWORK_CHAOS_LATENCY, jitter: '0ms', correlation: '0' },
        duration: NETWORK_CHAOS_DURATION,
      },
    });
  }
}

export function buildChaosExperiments(scope: Construct, config: EnvConfig): void {
  // Experiments need Chaos Mesh (their CRDs) and something to break.
  if (config.components.chaosMesh.enabled && config.services.lumenApi.enabled) new ChaosExperimentsChart(scope, 'chaos-experiments', config);
}
