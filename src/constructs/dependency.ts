import type { EnvConfig } from '../config/schema';
import { reach } from '../platform/fleet';
import type { ComponentKey } from '../platform/needs';
import type { Peer } from './network-flow';
import type { PortSpec } from './network-flow';

/**
 * A data service a workload depends on, as its clients see it: where it answers (Service DNS name and
 * ports), which pods a NetworkPolicy must let the client reach, and where its client credentials live in
 * Vault. Exported by each data chart (src/charts/{mongodb,citus,kafka,keycloak,shop-cache}.ts) so a service
 * declares `dependsOn: [CATALOG_MONGODB, SHOP_CACHE]` and gets exactly those flows and secrets.
 */
export interface Dependency {
  /** Short stable name (flow and secret names derive from it). */
  readonly name: string;
  /** Namespace of the serving pods. */
  readonly namespace: string;
  /** Labels of the pods a client connects to (the ingress side of the flow). */
  readonly podLabels: Readonly<Record<string, string>>;
  /** Ports a client connects to (pod ports: what NetworkPolicy sees). */
  readonly ports: readonly PortSpec[];
  /** Fully qualified Service DNS name clients connect to. */
  readonly host: string;
  /**
   * KV v2 path (below the `secret` mount) of the credentials a client uses: feed it to a VaultSecret.
   * @default - none: the service takes no credentials (e.g. Kafka's plain in-cluster listener)
   */
  readonly secretPath?: string;
  /**
   * The overlay's `components.<key>` that renders the serving pods (e.g. `kafka`): a `Microservice` that
   * depends on it refuses to render, naming both, in an environment that turns it off.
   * @default - rendered wherever the client is (no switch to check)
   */
  readonly component?: ComponentKey;
  /**
   * The pods the Service clients use selects, when narrower than `podLabels` (a database's primary): what a
   * LoadBalancer exposing it to another cluster of a fleet selects (src/charts/fleet.ts).
   * @default podLabels
   */
  readonly serviceSelector?: Readonly<Record<string, string>>;
  /**
   * How a client on another cluster of a fleet reaches it (src/platform/fleet.ts `reach`): `loadBalancer`, a
   * MetalLB Service of the serving cluster (src/charts/fleet.ts) at the address `clusters[].expose` gives it;
   * `listener`, the serving chart's own external listener (an operator's LoadBalancers: Strimzi's bootstrap
   * and one per broker) on `remotePorts` from that address on; `none` when its protocol hands clients
   * in-cluster addresses (say why in `remoteNote`): such a dependency must run on its clients' cluster.
   * @default 'loadBalancer'
   */
  readonly remote?: 'loadBalancer' | 'listener' | 'none';
  /**
   * `listener`: the ports a client on another cluster connects to.
   * @default ports
   */
  readonly remotePorts?: readonly PortSpec[];
  /**
   * `listener`: how many consecutive addresses, from the exposed one, the listener takes in this overlay.
   * @default - one
   */
  readonly remoteAddresses?: (config: EnvConfig) => number;
  /**
   * Why `remote` is `none`, for the error that names it.
   * @default - none
   */
  readonly remoteNote?: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const KV_PATH = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;

/** The in-cluster DNS name of a Service. */
export function serviceHost(service: string, namespace: string): string {
  return `${service}.${namespace}.svc.cluster.local`;
}

/** Checks a Dependency and returns a frozen copy; throws naming the field and value. */
export function dependency(d: Dependency): Dependency {
  if (!DNS_LABEL.test(d.name)) throw new Error(`'name' must be a DNS label, got "${d.name}"`);
  if (!DNS_LABEL.test(d.namespace)) throw new Error(`'namespace' must be a DNS label, got "${d.namespace}" (dependency ${d.name})`);
  if (!Object.keys(d.podLabels).length) throw new Error(`'podLabels' must name at least one label, got none (dependency ${d.name})`);
  if (!d.ports.length) throw new Error(`'ports' must name at least one port, got none (dependency ${d.name})`);
  for (const p of d.ports) {
    if (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535) throw new Error(`'ports' must be 1..65535, got ${p.port} (dependency ${d.name})`);
  }
  if (!d.host.endsWith(`.${d.namespace}.svc.cluster.local`)) {
    throw new Error(`'host' must be a Service of namespace ${d.namespace} (<service>.${d.namespace}.svc.cluster.local), got "${d.host}" (dependency ${d.name})`);
  }
  if (d.secretPath !== undefined && (!KV_PATH.test(d.secretPath) || d.secretPath.startsWith('secret/'))) {
    throw new Error(`'secretPath' must be a KV path below the secret mount such as shop/citus/order, got "${d.secretPath}" (dependency ${d.name})`);
  }
  if (d.serviceSelector !== undefined && !Object.keys(d.serviceSelector).length) throw new Error(`'serviceSelector' must name at least one label, got none (dependency ${d.name})`);
  if (d.remote !== undefined && !['loadBalancer', 'listener', 'none'].includes(d.remote)) throw new Error(`'remote' must be loadBalancer, listener or none, got "${d.remote}" (dependency ${d.name})`);
  if ((d.remotePorts || d.remoteAddresses) && d.remote !== 'listener') throw new Error(`'remotePorts' and 'remoteAddresses' are for remote: listener, got remote ${d.remote ?? 'loadBalancer'} (dependency ${d.name})`);
  return Object.freeze({
    ...d,
    podLabels: Object.freeze({ ...d.podLabels }),
    ...(d.serviceSelector ? { serviceSelector: Object.freeze({ ...d.serviceSelector }) } : {}),
    ...(d.remotePorts ? { remotePorts: Object.freeze(d.remotePorts.map((p) => Object.freeze({ ...p }))) } : {}),
    ports: Object.freeze(d.ports.map((p) => Object.freeze({ ...p }))),
  });
}

/**
 * The host a client on the cluster `config` renders connects to: the dependency's Service, or in a fleet,
 * when it runs on another cluster, the address the serving cluster exposes it at (throws when none can).
 */
export function dependencyHost(config: EnvConfig, dep: Dependency, client: string): string {
  return reach(config, dep, client)?.address ?? dep.host;
}

/**
 * The peers and ports of a client's egress to a dependency: its pods, or in a fleet, when it runs on another
 * cluster, the addresses that cluster exposes it at (on its remote ports). The ingress half is the serving side's.
 */
export function dependencyPeers(config: EnvConfig, dep: Dependency, client: string): { peers: Peer[]; ports: PortSpec[] } {
  const remote = reach(config, dep, client);
  if (remote) return { peers: remote.addresses.map((a) => ({ cidrs: [`${a}/32`] })), ports: remote.ports.map((p) => ({ ...p })) };
  return { peers: [{ namespace: dep.namespace, podLabels: { ...dep.podLabels } }], ports: dep.ports.map((p) => ({ ...p })) };
}

/** `host:port` of a dependency's first port (its remote port from another cluster of a fleet). */
export function dependencyHostPort(config: EnvConfig, dep: Dependency, client: string): string {
  const remote = reach(config, dep, client);
  return remote ? `${remote.address}:${remote.ports[0].port}` : `${dep.host}:${dep.ports[0].port}`;
}
