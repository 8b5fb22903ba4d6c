import type { Resources } from '../config/schema';

/**
 * Requests and limits of the small helper containers vendor charts leave without any (sidecars, init
 * containers, exporters): every container requests CPU and memory and has a memory limit (gate rule
 * `container-resources`), so the scheduler can place it and a leak cannot take its node.
 */
export function helperResources(cpu: string, memory: string, memoryLimit: string, cpuLimit = '500m'): Resources {
  return { requests: { cpu, memory }, limits: { cpu: cpuLimit, memory: memoryLimit } };
}

/** A watch-and-write sidecar (config reloaders, Grafana's k8s-sidecar). */
export const SIDECAR_RESOURCES: Resources = helperResources('10m', '32Mi', '128Mi', '200m');
/** A one-shot init container (copy files, render a config). */
export const INIT_RESOURCES: Resources = helperResources('10m', '32Mi', '128Mi', '500m');
