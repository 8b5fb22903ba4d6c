/**
 * Several clusters per environment (issue 13; src/platform/fleet.ts decides placement and reach). On the
 * infra cluster, which runs the one Argo CD:
 * - `fleet-clusters`: one Argo CD cluster Secret per other cluster, from Vault through VSO (a
 *   VaultStaticSecret whose transformation writes the Secret's `name`, `server` and `config` JSON): no
 *   credential in Git;
 * - `fleet-roots` (wave fleet, 70): an ApplicationSet with the cluster generator: one root per registered cluster, reading
 *   `dist/<env>/<cluster>/bootstrap` and `/apps`: that cluster's AppProject and its Applications, wave by
 *   wave; `generated/` beside it holds exactly the Applications the controller generates (what the diff,
 *   the gate and the Argo CD simulation see).
 * On every cluster that serves a dependency to another (`clusters[].expose`), `cluster-exposure`: per
 * dependency a LoadBalancer Service at its address and the ingress half of the flow from the other
 * clusters' nodes (the egress half is the client's, src/constructs/microservice.ts).
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig, FleetCluster } from '../config/schema';
import { clusterRootTemplate } from '../constructs/app-of-apps';
import { ARGOCD_NAMESPACE } from '../constructs/argo-application';
import { CLUSTER_SECRET_TYPE_LABEL, ClusterApplicationSet, ClusterParams, fillTemplate } from '../constructs/application-set';
import type { Dependency } from '../constructs/dependency';
import { standardLabels } from '../constructs/labels';
import { LumenChart, OutputChart } from '../constructs/lumen-chart';
import { apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';
import { clusterServer, currentCluster, entryOfComponent, exposedAddresses, infraCluster, nodeCidrs, placedOn, placementOf } from '../platform/fleet';
import { ORDER_CITUS } from './citus';
import { LUMEN_DB_RO, LUMEN_DB_RW } from './cloudnative-pg';
import { KAFKA } from './kafka';
import { KEYCLOAK } from './keycloak';
import { METALLB_IPS_ANNOTATION } from './metallb';
import { CATALOG_MONGODB } from './mongodb';
import { REDIS_SENTINEL } from './redis';
import { SHOP_CACHE } from './shop-cache';
import { VAULT } from './vault';
import { LOKI } from './loki';
import { TEMPO } from './tempo';

/** Labels of a fleet's cluster Secrets: what the ApplicationSet selects, and the cluster's role. */
export const FLEET_LABEL = 'lumen.dev/fleet';
export const CLUSTER_ROLE_LABEL = 'lumen.dev/cluster-role';
/** Where the credentials of a cluster live in Vault (KV v2 below `secret`): keys `bearerToken` and `caData`. */
export function clusterVaultPath(cluster: string): string {
  return `argocd/clusters/${cluster}`;
}
/**
 * The cluster Secret's `config` (Argo CD's cluster config JSON), a VSO template over the Vault entry: the
 * bearer token of the cluster's `argocd-manager` ServiceAccount and the cluster CA (base64 PEM, as
 * `kubectl config view --raw` shows it).
 */
export const CLUSTER_CONFIG_TEMPLATE = '{"bearerToken":"{{- get .Secrets "bearerToken" -}}","tlsClientConfig":{"insecure":false,"caData":"{{- get .Secrets "caData" -}}"}}';

/** Every dependency a cluster may expose to the others, by name (`clusters[].expose` keys). */
export const EXPOSABLE: readonly Dependency[] = [ORDER_CITUS, LUMEN_DB_RW, LUMEN_DB_RO, CATALOG_MONGODB, KEYCLOAK, SHOP_CACHE, REDIS_SENTINEL, KAFKA, VAULT, LOKI, TEMPO];

/** The parameters the cluster generator hands the template for a cluster (its Secret's name, server and labels). */
export function clusterParams(config: EnvConfig, cluster: FleetCluster): ClusterParams {
  return { name: cluster.name, server: clusterServer(config, cluster), labels: { [CLUSTER_SECRET_TYPE_LABEL]: 'cluster', [FLEET_LABEL]: config.env, [CLUSTER_ROLE_LABEL]: cluster.role } };
}

/** The other clusters of the fleet: the ones Argo CD reaches through a cluster Secret. */
function registeredClusters(config: EnvConfig): FleetCluster[] {
  return (config.clusters ?? []).filter((c) => c.role !== 'infra');
}

/**
 * Argo CD's cluster Secrets, one per other cluster, from Vault (wave dependencies-config: VSO and argocd's
 * VaultAuth), and Argo CD's egress to their API servers (the argocd chart opens only its own cluster's).
 */
export class FleetClustersChart extends LumenChart {
  readonly secrets: VaultSecret[];
  readonly apiServerFlows: NetworkFlow[];

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.DEPENDENCIES_CONFIG, namespace: ARGOCD_NAMESPACE, description: 'Argo CD cluster Secrets of the other clusters, from Vault' });
    this.secrets = registeredClusters(config).map((c) => {
      const p = clusterParams(config, c);
      return new VaultSecret(this, `cluster-${c.name}`, {
        namespace: ARGOCD_NAMESPACE,
        path: clusterVaultPath(c.name),
        secretLabels: { ...p.labels },
        templates: { name: p.name, server: p.server, config: CLUSTER_CONFIG_TEMPLATE },
        excludeRaw: true,
      });
    });
    this.apiServerFlows = registeredClusters(config).map((c) => new NetworkFlow(this, `allow-egress-apiserver-${c.name}`, {
      namespace: ARGOCD_NAMESPACE, direction: 'egress', peers: apiServerPeers(c.apiServer.cidrs), ports: [{ port: c.apiServer.port }],
    }));
  }
}

/** One root per other cluster: an ApplicationSet with the cluster generator (wave fleet: once infra serves all the others need). */
export class FleetRootsChart extends LumenChart {
  readonly applicationSet: ClusterApplicationSet;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.FLEET, namespace: ARGOCD_NAMESPACE, description: 'the roots of the other clusters (ApplicationSet, cluster generator)' });
    this.applicationSet = new ClusterApplicationSet(this, 'cluster-roots', {
      matchLabels: { [CLUSTER_SECRET_TYPE_LABEL]: 'cluster', [FLEET_LABEL]: config.env },
      template: clusterRootTemplate(config),
    });
  }
}

/**
 * `generated/` (no Application reads it): the Applications the ApplicationSet generates, one per cluster
 * Secret of `fleet-clusters`: what Argo CD will hold, checked by the gate and shown by the diff;
 * test/synth/fleet.spec.ts has the Argo CD simulation generate them from the ApplicationSet and compares.
 */
export class GeneratedChart extends OutputChart {
  readonly folder = 'generated';

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { namespace: ARGOCD_NAMESPACE });
    const template = clusterRootTemplate(config);
    for (const c of registeredClusters(config)) {
      const app = fillTemplate(template, clusterParams(config, c));
      new ApiObject(this, `root-${c.name}`, { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...app } as never);
    }
  }
}

/** A dependency this cluster exposes: its LoadBalancer Service and the ingress from the other clusters' nodes. */
export class ClusterExposureChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig, cluster: FleetCluster) {
    // After every serving namespace exists (the data layer's in wave controllers, Loki's and Tempo's in observability).
    super(scope, id, { config, wave: Waves.OBSERVABILITY_CONFIG, description: `dependencies of cluster ${cluster.name} exposed to the other clusters (MetalLB)` });
    const peers = (config.clusters ?? []).filter((c) => c.name !== cluster.name).flatMap(nodeCidrs).map((cidr) => ({ cidrs: [cidr] }));
    const overlay = `overlays/${config.env}.yaml`;
    for (const [name, address] of Object.entries(cluster.expose).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const dep = EXPOSABLE.find((d) => d.name === name);
      const at = `${overlay}: clusters[${config.clusters!.indexOf(cluster)}].expose.${name}`;
      if (!dep) throw new Error(`${at}: expected a dependency one cluster can expose (${EXPOSABLE.map((d) => d.name).join(', ')}), found ${name}`);
      if ((dep.remote ?? 'loadBalancer') === 'none') throw new Error(`${at}: ${name} cannot be reached from another cluster (${dep.remoteNote ?? 'remote: none'})`);
      const entry = dep.component ? entryOfComponent(dep.component) : undefined;
      if (entry && !placedOn(placementOf(config, entry), cluster.role)) {
        throw new Error(`${at}: ${name} is served by ${entry}, which runs on role ${placementOf(config, entry)}, not on this cluster (${cluster.role})`);
      }
      exposedAddresses(config, cluster, dep);
      const selector = { ...(dep.serviceSelector ?? dep.podLabels) };
      const ports = (dep.remote === 'listener' ? dep.remotePorts ?? dep.ports : dep.ports).map((p) => ({ ...p }));
      new NetworkFlow(this, `allow-fleet-to-${name}-ingress`, { namespace: dep.namespace, podLabels: selector, direction: 'ingress', peers, ports });
      // A listener's LoadBalancers are its operator's (Kafka: the `fleet` listener of src/charts/kafka.ts).
      if (dep.remote === 'listener') continue;
      new k8s.KubeService(this, `${name}-fleet`, {
        metadata: {
          name: `${name}-fleet`, namespace: dep.namespace, labels: standardLabels(`${name}-fleet`),
          annotations: { [METALLB_IPS_ANNOTATION]: address },
        },
        spec: {
          type: 'LoadBalancer',
          // Local: the client's source address (its cluster's node) reaches the pod, so the ingress half below can name it.
          externalTrafficPolicy: 'Local',
          selector,
          ports: dep.ports.map((p) => ({ name: `tcp-${p.port}`, port: p.port, targetPort: k8s.IntOrString.fromNumber(p.port), protocol: p.protocol ?? 'TCP' })),
        },
      });
    }
  }
}

/**
 * The fleet's charts for the cluster `config` renders (nothing for a single-cluster overlay): exposures
 * where it serves another cluster; cluster Secrets, roots and their preview on the infra cluster.
 */
export function buildFleet(scope: Construct, config: EnvConfig): void {
  const here = currentCluster(config);
  if (!here) return;
  if (Object.keys(here.expose).length) new ClusterExposureChart(scope, 'cluster-exposure', config, here);
  if (here.name !== infraCluster(config.clusters!).name) return;
  new FleetClustersChart(scope, 'fleet-clusters', config);
  new FleetRootsChart(scope, 'fleet-roots', config);
  new GeneratedChart(scope, 'generated', config);
}

