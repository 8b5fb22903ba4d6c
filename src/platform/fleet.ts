/**
 * Several clusters per environment (issue 13): where each component and service runs, the config each
 * cluster renders with, and how a workload reaches a dependency that runs on another cluster. Plain
 * functions of the overlay: constructs ask them, charts never decide placement themselves.
 *
 * A single-cluster overlay (no `clusters:`) never reaches any of this: every function answers "here".
 */
import { ipv4Span, ipv4String } from '../config/schema';
import type { ClusterRole, EnvConfig, FleetCluster, Placement } from '../config/schema';
import type { ComponentKey } from './needs';

export type { Placement };

/**
 * Where each registry entry (src/registry.ts, by name) runs when the overlay declares several clusters:
 * platform and data services on `infra` (with the one Argo CD), the shop and lumen-api on `apps`, and on
 * `every` cluster what each cluster needs for itself: the per-node agents (Falco, Alloy, node-exporter in
 * `monitoring`, MetalLB's speaker), admission (Gatekeeper), certificates, ingress, VSO, the CRDs its
 * objects use. A caller's cache stays with its caller: lumen-api's Redis and catalog's shop-cache run beside
 * them (Sentinel hands clients in-cluster master addresses; a cache across a cluster hop is no cache).
 * An entry not listed runs on `infra` (test/platform/fleet.spec.ts wants every entry listed).
 */
export const DEFAULT_PLACEMENT: Readonly<Record<string, Placement>> = {
  'namespaces': 'every',
  'prometheus-crds': 'every',
  'cert-manager': 'every',
  'gatekeeper': 'every',
  'metallb': 'every',
  'traefik': 'every',
  'vault-secrets-operator': 'every',
  'monitoring': 'every',
  'alloy': 'every',
  'falco': 'every',
  'argocd': 'infra',
  'gitea': 'infra',
  'vault': 'infra',
  'cloudnative-pg': 'infra',
  'citus': 'infra',
  'mongodb': 'infra',
  'kafka': 'infra',
  'keycloak': 'infra',
  'loki': 'infra',
  'tempo': 'infra',
  // Rollouts: any service's canary, wherever it runs (a new service is placed on infra until listed).
  'argo-rollouts': 'every',
  'lumen-api': 'apps',
  'redis': 'apps',
  'catalog': 'apps',
  'shop-cache': 'apps',
  'order': 'apps',
  'edge-auth': 'apps',
  // The experiments target the services' pods.
  'chaos-mesh': 'apps',
  'chaos-experiments': 'apps',
  // Entries of other branches (issue 14), placed ahead of their merge: admission of signed images on every
  // cluster; the object store and the backups of infra's stateful services (Vault, Gitea) on infra.
  'policy-controller': 'every',
  'object-store': 'infra',
  'backups': 'infra',
};

/**
 * The overlay with what registry entries declare (`runsOn`) under its own `placement:` (which wins), so that
 * every placement question, `reach` included, sees them. A single-cluster overlay is returned as it is.
 */
export function withDeclaredPlacement(config: EnvConfig, entries: readonly { readonly name: string; readonly runsOn?: Placement }[]): EnvConfig {
  if (!config.clusters) return config;
  const declared = Object.fromEntries(entries.filter((e) => e.runsOn).map((e) => [e.name, e.runsOn!]));
  return Object.keys(declared).length ? { ...config, placement: { ...declared, ...config.placement } } : config;
}

/** Where a registry entry runs: the overlay's `placement:` (with the entries' `runsOn`), else the default, else `infra`. */
export function placementOf(config: EnvConfig, entry: string): Placement {
  return config.placement?.[entry] ?? DEFAULT_PLACEMENT[entry] ?? 'infra';
}

/** Whether a registry entry runs on the cluster `config` renders (always, for a single-cluster overlay). */
export function runsHere(config: EnvConfig, entry: string): boolean {
  const here = currentCluster(config);
  return !here || placedOn(placementOf(config, entry), here.role);
}

/** Whether a placement puts the entry on a cluster of this role. */
export function placedOn(placement: Placement, role: ClusterRole): boolean {
  return placement === 'every' || placement === role;
}

/** The clusters of a fleet overlay; undefined for a single-cluster overlay. */
export function fleetClusters(config: EnvConfig): readonly FleetCluster[] | undefined {
  return config.clusters;
}

/** The cluster that runs Argo CD (role `infra`). */
export function infraCluster(clusters: readonly FleetCluster[]): FleetCluster {
  const infra = clusters.find((c) => c.role === 'infra');
  if (!infra) throw new Error(`a fleet needs one cluster with role infra, got ${clusters.map((c) => `${c.name} (${c.role})`).join(', ')}`);
  return infra;
}

/** The folder below dist/ a config renders into: `<env>`, or `<env>/<cluster>` for a cluster of a fleet. */
export function renderedFolder(config: EnvConfig): string {
  return config.clusterName === undefined ? config.env : `${config.env}/${config.clusterName}`;
}

/** The cluster a per-cluster config renders; undefined for a single-cluster overlay. */
export function currentCluster(config: EnvConfig): FleetCluster | undefined {
  if (!config.clusters || config.clusterName === undefined) return undefined;
  const c = config.clusters.find((x) => x.name === config.clusterName);
  if (!c) throw new Error(`'clusterName' must name a cluster of overlays/${config.env}.yaml, got "${config.clusterName}"`);
  return c;
}

/** The API server URL Argo CD deploys a cluster's applications to. */
export function clusterServer(config: EnvConfig, cluster: FleetCluster): string {
  return cluster.server ?? config.argocd.destination;
}

/** Node addresses of a cluster: the source of its pods' traffic as another cluster sees it. */
export function nodeCidrs(cluster: FleetCluster): string[] {
  return [...(cluster.nodeCidrs ?? cluster.apiServer.cidrs)];
}

/**
 * The config one cluster of a fleet renders with: the overlay with that cluster's name, API server, base
 * domain, failure domains, MetalLB pool, Traefik address and Argo CD destination; `clusterName` set (which
 * puts its files under `dist/<env>/<cluster>/`).
 */
export function clusterConfig(config: EnvConfig, name: string): EnvConfig {
  const c = config.clusters?.find((x) => x.name === name);
  if (!c) throw new Error(`'name' must be a cluster of overlays/${config.env}.yaml (${(config.clusters ?? []).map((x) => x.name).join(', ') || 'none: a single-cluster overlay'}), got "${name}"`);
  return {
    ...config,
    clusterName: c.name,
    cluster: {
      ...config.cluster,
      name: c.name,
      baseDomain: c.baseDomain ?? config.cluster.baseDomain,
      apiServer: c.apiServer,
      failureDomains: c.failureDomains,
    },
    argocd: { ...config.argocd, destination: clusterServer(config, c) },
    components: {
      ...config.components,
      metallb: { ...config.components.metallb, addresses: [...c.metallb.addresses] },
      traefik: { ...config.components.traefik, loadBalancerIP: c.traefikIP },
      monitoring: { ...config.components.monitoring, nodeCidrs: c.nodeCidrs ? [...c.nodeCidrs] : config.components.monitoring.nodeCidrs },
    },
  };
}

/** A port as NetworkPolicy sees it (src/constructs/network-flow.ts PortSpec). */
export interface RemotePort { readonly port: number; readonly protocol?: 'TCP' | 'UDP' }

/** What `reach` needs of a dependency (src/constructs/dependency.ts satisfies it). */
export interface Reachable {
  readonly name: string;
  /** The overlay component that serves it; none: it runs wherever its client is. */
  readonly component?: ComponentKey;
  readonly ports: readonly RemotePort[];
  /** How a client on another cluster gets to it (see Dependency.remote). */
  readonly remote?: 'loadBalancer' | 'listener' | 'none';
  /** Why it cannot be reached from another cluster, when `remote` is 'none'. */
  readonly remoteNote?: string;
  /** `listener`: the ports clients on another cluster use. */
  readonly remotePorts?: readonly RemotePort[];
  /** `listener`: how many consecutive addresses, from the exposed one, the listener takes. */
  readonly remoteAddresses?: (config: EnvConfig) => number;
}

/** Where a client finds a dependency served on another cluster. */
export interface RemoteEndpoint {
  /** The serving cluster. */
  readonly cluster: FleetCluster;
  /** The address (from the serving cluster's pool) clients connect to first: the LoadBalancer's, a listener's bootstrap. */
  readonly address: string;
  /** Every address clients connect to (a listener's bootstrap, then one per broker). */
  readonly addresses: readonly string[];
  /** The ports clients connect to there. */
  readonly ports: readonly RemotePort[];
}

/**
 * The addresses a cluster exposes a dependency at: `expose.<name>` and, for a listener, the ones following it;
 * each inside the pool and used by nothing else (Traefik, another exposure). Undefined when not exposed.
 */
export function exposedAddresses(config: EnvConfig, cluster: FleetCluster, dep: Reachable): string[] | undefined {
  const first = cluster.expose[dep.name];
  if (!first) return undefined;
  const count = dep.remote === 'listener' ? (dep.remoteAddresses?.(config) ?? 1) : 1;
  const at = `overlays/${config.env}.yaml: clusters[${config.clusters!.indexOf(cluster)}].expose.${dep.name}`;
  const start = ipv4Span(first)[0];
  const addresses = Array.from({ length: count }, (_, i) => ipv4String(start + i));
  const taken = new Map<string, string>([[cluster.traefikIP ?? ipv4String(ipv4Span(cluster.metallb.addresses[0])[0]), 'traefik']]);
  for (const [name, ip] of Object.entries(cluster.expose)) if (name !== dep.name) taken.set(ip, name);
  for (const a of addresses) {
    const [n] = ipv4Span(a);
    if (!cluster.metallb.addresses.some((r) => { const [s, e] = ipv4Span(r); return n >= s && n <= e; })) {
      throw new UnreachableDependencyError(`${at}: ${dep.name} takes ${count} consecutive addresses from ${first}, expected all inside metallb.addresses (${cluster.metallb.addresses.join(', ')}), found ${a} outside`);
    }
    if (taken.has(a)) throw new UnreachableDependencyError(`${at}: ${dep.name} takes ${count} consecutive addresses from ${first}, expected none used elsewhere, found ${a} (${taken.get(a)})`);
  }
  return addresses;
}

/** A dependency no cluster of the fleet can serve to its client: a message for a person (no stack). */
export class UnreachableDependencyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The registry entry that renders an overlay component (`shopCache` → `shop-cache`). */
export function entryOfComponent(component: ComponentKey): string {
  return component === 'cloudnativePg' ? 'cloudnative-pg' : component.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Where the client, rendered on the current cluster, reaches a dependency: undefined when it runs on the
 * same cluster (or the overlay is a single cluster), else the serving cluster and the LoadBalancer address
 * its `expose:` gives the dependency. Throws an UnreachableDependencyError when no cluster serves it, when
 * the serving cluster does not expose it, or when its protocol cannot cross clusters.
 */
export function reach(config: EnvConfig, dep: Reachable, client: string): RemoteEndpoint | undefined {
  const here = currentCluster(config);
  if (!here || !dep.component) return undefined;
  const entry = entryOfComponent(dep.component);
  const placement = placementOf(config, entry);
  if (placedOn(placement, here.role)) return undefined;
  const overlay = `overlays/${config.env}.yaml`;
  const serving = config.clusters!.filter((c) => placedOn(placement, c.role));
  const where = `${client} on cluster ${here.name} (${here.role}) depends on ${dep.name}, which ${entry} serves on role ${placement}`;
  if (!serving.length) {
    throw new UnreachableDependencyError(`${overlay}: ${where}, and no cluster has that role: no cluster can reach it. `
      + `Place ${entry} where a cluster is (placement.${entry}: ${here.role} or every), or add a cluster with role ${placement}`);
  }
  if (serving.length > 1) {
    throw new UnreachableDependencyError(`${overlay}: ${where}, on ${serving.map((c) => c.name).join(' and ')}: which one is ambiguous. Keep one cluster of role ${placement}`);
  }
  const [cluster] = serving;
  if ((dep.remote ?? 'loadBalancer') === 'none') {
    throw new UnreachableDependencyError(`${overlay}: ${where} (cluster ${cluster.name}), and it cannot be reached from another cluster${dep.remoteNote ? ` (${dep.remoteNote})` : ''}. `
      + `Place ${entry} and ${client} on the same role (placement.${entry})`);
  }
  const addresses = exposedAddresses(config, cluster, dep);
  if (!addresses) {
    throw new UnreachableDependencyError(`${overlay}: ${where} (cluster ${cluster.name}), which does not expose it: `
      + `clusters[${config.clusters!.indexOf(cluster)}].expose.${dep.name}: expected an address of its pool (${cluster.metallb.addresses.join(', ')}), found nothing`);
  }
  return { cluster, address: addresses[0], addresses, ports: [...(dep.remote === 'listener' ? dep.remotePorts ?? dep.ports : dep.ports)] };
}
