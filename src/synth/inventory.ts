/**
 * The air-gap inventory of one environment, written next to (not inside) the Argo CD folders:
 * `images.txt` and `charts.txt` are what the connected zone pulls and carries in; `registries.yaml` is the
 * K3s node file that sends public registries to the internal one; `k3s-config.yaml` the K3s server
 * configuration. None of them is a manifest: they sit at
 * dist/<env>/ top level, which no Application reads.
 */
import * as yaml from 'js-yaml';
import { CliError } from '../cli/cli-util';
import type { EnvConfig } from '../config/schema';
import type { LumenChart } from '../constructs/lumen-chart';
import type { ChartLock } from '../helm/lock';
import { containersOf } from './gate';
import type { Manifest, RenderedObject } from './render';
import { TextMemo } from './text-memo';

/** Inventory file names below dist/<env>/. */
export const INVENTORY_FILES = ['images.txt', 'charts.txt', 'registries.yaml', 'k3s-config.yaml'] as const;

/** Public registries the nodes mirror to the internal one (K3s registries.yaml `mirrors` keys). */
export const MIRRORED_REGISTRIES = ['docker.io', 'ghcr.io', 'gcr.io', 'quay.io', 'registry.k8s.io'] as const;

// host[:port]/path[:tag][@digest] with a host that is clearly a registry (a dot, a port or localhost).
const IMAGE_REF = /^(?<host>[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?)\/(?<path>[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*)(?<tag>:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?<digest>@sha256:[a-f0-9]{64})?$/;

/** Whether a string is a full image reference with a registry host and a tag or digest. */
export function isImageRef(s: string): boolean {
  const m = IMAGE_REF.exec(s);
  if (!m?.groups) return false;
  const host = m.groups.host;
  return (host.includes('.') || host.includes(':') || host === 'localhost') && !!(m.groups.tag || m.groups.digest);
}

/**
 * Every image reference found anywhere in a value (a manifest, Helm values): full reference strings, and
 * the `{ [registry,] repository, tag }` maps charts use. Heuristic on purpose: it also finds what nobody declared.
 */
export function imageRefsIn(value: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (isImageRef(v)) found.add(v);
    } else if (Array.isArray(v)) {
      v.forEach(walk);
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.repository === 'string' && (typeof o.tag === 'string' || typeof o.tag === 'number')) {
        const ref = `${typeof o.registry === 'string' && o.registry ? `${o.registry}/` : ''}${o.repository}:${o.tag}`;
        if (isImageRef(ref)) found.add(ref);
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  return [...found].sort();
}

/** The images a manifest runs or names: its containers (init, ephemeral too) and any image reference in it. */
export function manifestImages(m: Manifest): string[] {
  const images = new Set(imageRefsIn(m));
  for (const { container } of containersOf(m)) if (container.image) images.add(String(container.image));
  return [...images].sort();
}

/**
 * Where each image path of the internal registry comes from upstream, by its first path segment(s): what the
 * connected zone pulls (`docker pull <upstream>`) before pushing it under the internal name. `built` images
 * are first-party: the connected zone builds them (seed 000's pipeline), nothing is pulled.
 */
export const UPSTREAM_REGISTRIES: Readonly<Record<string, string>> = {
  argoproj: 'quay.io', bitnamilegacy: 'docker.io', brancz: 'quay.io', 'chaos-mesh': 'ghcr.io', 'cloudnative-pg': 'ghcr.io',
  'falcosecurity/plugins': 'ghcr.io', 'falcosecurity/rules': 'ghcr.io', falcosecurity: 'docker.io', gitea: 'docker.io', grafana: 'docker.io',
  hashicorp: 'docker.io', jetstack: 'quay.io', keycloak: 'quay.io', kiwigrid: 'quay.io', 'kube-state-metrics': 'registry.k8s.io',
  library: 'docker.io', metallb: 'quay.io', moby: 'docker.io',
  // Backups (src/charts/object-store.ts): Garage, and curl for the setup job and the uploads.
  dxflrs: 'docker.io', curlimages: 'docker.io', oliver006: 'quay.io', openpolicyagent: 'docker.io', oryd: 'docker.io', percona: 'docker.io',
  'prometheus-operator': 'quay.io', prometheus: 'quay.io', rancher: 'docker.io', sigstore: 'ghcr.io', strimzi: 'quay.io',
  aquasecurity: 'ghcr.io', lumen: 'built', shop: 'built',
};

/** The upstream reference of an internal-registry image (`built` for first-party images); throws when nothing knows its path. */
export function upstreamImage(config: EnvConfig, image: string): string {
  const prefix = `${config.registry.host}/`;
  if (!image.startsWith(prefix)) throw new CliError(`images.txt: ${image} is not in the internal registry ${config.registry.host}`);
  const path = image.slice(prefix.length);
  const segments = path.split('/');
  for (let n = segments.length - 1; n >= 1; n--) {
    const registry = UPSTREAM_REGISTRIES[segments.slice(0, n).join('/')];
    if (registry) return registry === 'built' ? 'built' : `${registry}/${path}`;
  }
  throw new CliError(`images.txt: no upstream registry known for ${image}: add its first path segment to UPSTREAM_REGISTRIES (src/synth/inventory.ts)`);
}

/**
 * images.txt: every image the rendered objects run or name (containers, init containers, and image references
 * anywhere in them: operator environment variables, custom resources, falcoctl's artifacts), and the images a
 * chart's pods pull themselves (LumenChart.pulledImages), sorted, unique; each line `internal-ref  upstream-ref`.
 */
export function environmentImages(config: EnvConfig, charts: readonly LumenChart[], objects: readonly RenderedObject[]): string[] {
  const images = new Set<string>();
  const internal = `${config.registry.host}/`;
  // Containers, and operators' image settings (environment variables, custom resources); the gate has already
  // refused any image outside the internal registry, so what is not in it is no image (a label such as `a.io/b:c`).
  for (const o of objects) for (const i of imagesOf(o)) if (i.startsWith(internal)) images.add(i);
  for (const c of charts) for (const i of c.pulledImages) images.add(i.ref);
  return [...images].sort().map((i) => `${i}  ${upstreamImage(config, i)}`);
}

/** manifestImages, by text for a vendor object: a chart's CRDs are the same text in every environment, searched once. */
const imagesByText = new TextMemo<string[]>();
function imagesOf(o: RenderedObject): string[] {
  return o.text === undefined ? manifestImages(o.manifest) : imagesByText.of(o.text, () => manifestImages(o.manifest));
}

/** charts.txt lines, from charts/lock.yaml: `<chart> <version> <upstream repository> sha256:<digest>` of every chart rendered. */
export function environmentCharts(charts: readonly LumenChart[], lock: ChartLock): string[] {
  const lines = new Set<string>();
  for (const c of charts) {
    const release = c.helmRelease;
    const locked = release && lock.charts.find((l) => l.name === release.chart && l.version === release.version);
    if (locked) lines.add(`${locked.name} ${locked.version} ${locked.repository} sha256:${locked.sha256}`);
  }
  return [...lines].sort();
}

/**
 * /etc/rancher/k3s/registries.yaml for every node: each public registry, and the internal one itself (K3s
 * pulls plain HTTP only from a mirror endpoint written `http://`), sent to the internal registry. A path
 * in the registry host (`host/prefix`) becomes a rewrite, since a mirror endpoint is a host only.
 */
export function registriesYaml(config: EnvConfig): string {
  const [host, ...prefix] = config.registry.host.split('/');
  const endpoint = `${config.registry.insecure ? 'http' : 'https'}://${host}`;
  const mirror = {
    endpoint: [endpoint],
    ...(prefix.length ? { rewrite: { '^(.*)$': `${prefix.join('/')}/$1` } } : {}),
  };
  const mirrors: Record<string, unknown> = {};
  for (const r of [...MIRRORED_REGISTRIES, host]) mirrors[r] = mirror;
  const header = [
    `# K3s containerd mirrors for ${config.cluster.name}: copy to /etc/rancher/k3s/registries.yaml on every node`,
    '# (then restart k3s / k3s-agent). Generated by `npm run synth`; not a Kubernetes manifest.',
    `# Every pull from a public registry goes to ${endpoint} (the images of images.txt are there, same paths):`,
    '# the safety net for an image a chart names that we did not rewrite.',
  ];
  return `${header.join('\n')}\n${yaml.dump({ mirrors }, { noRefs: true, lineWidth: -1, quotingType: '"' })}`;
}

/**
 * /etc/rancher/k3s/config.yaml for the server nodes, written before K3s first starts (cluster-cidr and
 * service-cidr cannot change afterwards). K3s' bundled Traefik and ServiceLB would fight ours (traefik.ts)
 * and MetalLB for :80/:443 and every LoadBalancer Service; the addresses and the API port are the overlay's,
 * which the NetworkPolicies use (webhook ingress: the pod CIDR's flannel.1 addresses, on VXLAN).
 */
export function k3sConfigYaml(config: EnvConfig): string {
  const doc = {
    disable: ['traefik', 'servicelb'],
    'cluster-cidr': config.cluster.podCidr,
    'service-cidr': config.cluster.serviceCidr,
    'flannel-backend': 'vxlan',
    'https-listen-port': config.cluster.apiServer.port,
  };
  const header = [
    `# K3s server configuration for ${config.cluster.name}: copy to /etc/rancher/k3s/config.yaml on every server node`,
    '# before K3s first starts. Generated by `npm run synth` from the overlay (cluster.*); not a Kubernetes manifest.',
    ...(config.cluster.distribution === 'k3d'
      ? ['# k3d: pass the same as --k3s-arg (e.g. --k3s-arg "--disable=traefik@server:*" --k3s-arg "--disable=servicelb@server:*").']
      : []),
  ];
  return `${header.join('\n')}\n${yaml.dump(doc, { noRefs: true, lineWidth: -1 })}`;
}

/** The inventory files of one environment (name below dist/<env>/ → content). */
export function inventoryFiles(config: EnvConfig, charts: readonly LumenChart[], objects: readonly RenderedObject[], lock: ChartLock): Record<string, string> {
  const lines = (l: string[]) => (l.length ? `${l.join('\n')}\n` : '');
  return {
    'images.txt': lines(environmentImages(config, charts, objects)),
    'charts.txt': lines(environmentCharts(charts, lock)),
    'registries.yaml': registriesYaml(config),
    'k3s-config.yaml': k3sConfigYaml(config),
  };
}
