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
import { LUMEN_DB_NAMESPACE, LUMEN_DB_R_SERVICE, LUMEN_DB_RO, LUMEN_DB_RW } from './cloudnative-pg';
import { dependencyHost, serviceHost } from '../constructs/dependency';
import { reach } from '../platform/fleet';
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
 *   Chaos Mesh filters on destination addresses inside the source pod's network namespace, where a packet
 *   to a Service still carries the ClusterIP (kube-proxy rewrites it on the node): a pod selector alone
 *   matches only direct pod-to-pod traffic. So the Services lumen-api dials are `externalTargets` (Service
 *   DNS names, resolved to their ClusterIPs by the Chaos Mesh controller when it injects): every lumen-db
 *   Service for PostgreSQL; for Redis the Sentinel Service plus the Redis pods, which clients reach by their
 *   headless names (pod IPs) once Sentinel names the master.
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
      this.latency('lumen-api-redis-latency', target, { pods: REDIS_SENTINEL, services: [REDIS_SENTINEL.host] }),
      this.latency('lumen-api-postgres-latency', target, { services: postgresServiceHosts(config) }),
    ];
  }

  /** +100 ms from lumen-api's pods to a dependency's Services (ClusterIPs) and, when given, its pods, for 5 minutes. */
  private latency(name: string, source: { namespaces: string[]; labelSelectors: Record<string, string> },
    to: { readonly services: readonly string[]; readonly pods?: Dependency }): NetworkChaos {
    if (to.services.length === 0) throw new Error(`'services' must name at least one Service host, got none (NetworkChaos ${name})`);
    return new NetworkChaos(this, name, {
      metadata: { name, namespace: LUMEN_NAMESPACE },
      spec: {
        action: NetworkChaosSpecAction.DELAY,
        mode: NetworkChaosSpecMode.ALL,
        selector: source,
        direction: NetworkChaosSpecDirection.TO,
        externalTargets: [...to.services],
        target: to.pods
          ? { mode: NetworkChaosSpecTargetMode.ALL, selector: { namespaces: [to.pods.namespace], labelSelectors: { ...to.pods.podLabels } } }
          : undefined,
        delay: { latency: NETWORK_CHAOS_LATENCY, jitter: '0ms', correlation: '0' },
        duration: NETWORK_CHAOS_DURATION,
      },
    });
  }
}

/**
 * Every Service of lumen-db that lumen-api may dial (rw for writes; ro or r for reads, by instance count); in
 * a fleet, from a cluster other than infra, the addresses infra exposes rw and ro at (src/platform/fleet.ts).
 */
export function postgresServiceHosts(config?: EnvConfig): string[] {
  if (config && reach(config, LUMEN_DB_RW, 'chaos-experiments')) return [LUMEN_DB_RW, LUMEN_DB_RO].map((d) => dependencyHost(config, d, 'chaos-experiments'));
  return [LUMEN_DB_RW.host, LUMEN_DB_RO.host, serviceHost(LUMEN_DB_R_SERVICE, LUMEN_DB_NAMESPACE)];
}

export function buildChaosExperiments(scope: Construct, config: EnvConfig): void {
  // Experiments need Chaos Mesh (their CRDs) and something to break.
  if (config.components.chaosMesh.enabled && config.services.lumenApi.enabled) new ChaosExperimentsChart(scope, 'chaos-experiments', config);
}
