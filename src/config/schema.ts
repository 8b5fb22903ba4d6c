/**
 * The overlay schema: what may differ between environments, checked strictly (unknown keys are errors).
 * Organisation defaults live here and in the L3 constructs, so an overlay holds only what differs.
 */
import { z } from 'zod';

/** Registries that are on the internet: never allowed as the internal registry. */
export const PUBLIC_REGISTRIES = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'ghcr.io', 'gcr.io', 'quay.io',
  'registry.k8s.io', 'k8s.gcr.io', 'public.ecr.aws', 'mcr.microsoft.com', 'registry.gitlab.com', 'docker.elastic.co', 'nvcr.io'];

const dnsName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/, 'a lower-case DNS name');
const dnsLabel = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'a lower-case DNS label').max(63);
const quantity = z.string().regex(/^[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/, 'a Kubernetes quantity such as 100m, 256Mi or 1');
const ipv4 = /(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}/;
const cidr = z.string().regex(new RegExp(`^${ipv4.source}/([0-9]|[12][0-9]|3[0-2])$`), 'an IPv4 CIDR such as 192.168.2.0/24');
const ipRange = z.string().regex(new RegExp(`^${ipv4.source}(-${ipv4.source}|/([0-9]|[12][0-9]|3[0-2]))$`),
  'an IPv4 range (a.b.c.d-e.f.g.h) or CIDR');
const internalUrl = z.string().regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, 'an http(s) URL')
  .refine((u) => !/github\.com|gitlab\.com|bitbucket\.org|charts\.|\.github\.io|artifacthub\.io/.test(u), 'an internal URL (the cluster has no internet)');

/** `host[:port][/path]` of the internal image registry. */
export const registryHost = z.string()
  .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/, 'a registry host[:port][/path] such as 192.168.2.2:5000')
  .refine((r) => !PUBLIC_REGISTRIES.includes(r.split('/')[0].split(':')[0]), 'an internal registry, not a public one');

/** An image tag: OCI tag grammar, never `latest` (every image is pinned). */
export const imageTag = z.string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, 'an image tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})')
  .refine((t) => t !== 'latest', 'a pinned tag, not "latest"');

export const resources = z.strictObject({
  requests: z.strictObject({ cpu: quantity, memory: quantity }),
  limits: z.strictObject({ cpu: quantity, memory: quantity }),
});
export type Resources = z.infer<typeof resources>;

const SMALL: Resources = { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } };

/** What every component has: on/off, replicas, resources. Components extend it with their own keys. */
const componentShape = (defaults: { replicas?: number; resources?: Resources } = {}) => ({
  enabled: z.boolean().default(true),
  replicas: z.number().int().min(1).max(15).default(defaults.replicas ?? 1),
  resources: resources.default(defaults.resources ?? SMALL),
});
const component = (defaults: { replicas?: number; resources?: Resources } = {}) => z.strictObject(componentShape(defaults)).prefault({});

export const componentsSchema = z.strictObject({
  argocd: component(),
  certManager: component(),
  gatekeeper: component(),
  metallb: z.strictObject({
    ...componentShape(),
    addresses: z.array(ipRange).min(1).default(['192.168.2.100-192.168.2.120']),
  }).prefault({}),
  vault: component(),
  vaultSecretsOperator: component(),
  cloudnativePg: component(),
  traefik: component(),
  argoRollouts: component(),
  chaosMesh: component(),
  gitea: component(),
  monitoring: component(),
  loki: component(),
  alloy: component(),
  tempo: component(),
  falco: component(),
  // The shop's data layer.
  redis: component(),
  mongodb: component(),
  citus: component(),
  kafka: component(),
  keycloak: component(),
}).prefault({});

const service = (defaults: { repository: string; tag: string }) => z.strictObject({
  enabled: z.boolean().default(true),
  image: z.strictObject({
    repository: z.string().regex(/^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/, 'an image repository path such as lumen/lumen-api')
      .default(defaults.repository),
    tag: imageTag.default(defaults.tag),
  }).prefault({}),
  replicas: z.number().int().min(1).max(50).default(1),
  resources: resources.default({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } }),
}).prefault({});

export const servicesSchema = z.strictObject({
  lumenApi: service({ repository: 'lumen/lumen-api', tag: '1.0.0' }),
  catalog: service({ repository: 'shop/catalog', tag: '1.0.0' }),
  order: service({ repository: 'shop/order', tag: '1.0.0' }),
}).prefault({});

export const envConfigSchema = z.strictObject({
  cluster: z.strictObject({
    name: dnsLabel,
    /** k3s: the air-gapped nodes; k3d: the local sandbox. */
    distribution: z.enum(['k3s', 'k3d']),
    baseDomain: dnsName,
    /** Where the API server answers, for the NetworkPolicies of operators and webhooks. */
    apiServer: z.strictObject({ cidrs: z.array(cidr).min(1), port: z.number().int().min(1).max(65535).default(6443) }),
  }),
  registry: z.strictObject({
    host: registryHost,
    /** Plain HTTP (the lumen registry:2 on node-1); written into the K3s registries.yaml. */
    insecure: z.boolean().default(false),
  }),
  charts: z.strictObject({ repository: internalUrl }),
  git: z.strictObject({ repoURL: internalUrl, targetRevision: z.string().min(1) }),
  argocd: z.strictObject({
    project: dnsLabel.default('lumen'),
    destination: z.string().url().default('https://kubernetes.default.svc'),
  }).prefault({}),
  components: componentsSchema,
  services: servicesSchema,
});

export type EnvConfigInput = z.input<typeof envConfigSchema>;
/** The parsed overlay plus the environment's name (the overlay's file name). */
export type EnvConfig = z.output<typeof envConfigSchema> & { readonly env: string };
