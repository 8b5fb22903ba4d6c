import { ApiObject, Chart, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import {
  AnalysisTemplate, AnalysisTemplateSpecMetricsConsecutiveErrorLimit, AnalysisTemplateSpecMetricsCount,
  AnalysisTemplateSpecMetricsFailureLimit, Rollout,
} from '../../imports/argo-rollouts-argoproj.io';
import type { Resources, ServiceConfig } from '../config/schema';
import { ALLOY_NAMESPACE, ALLOY_OTLP_GRPC_ENDPOINT, ALLOY_POD_LABELS, OTLP_GRPC_PORT, PROMETHEUS_URL } from '../platform/endpoints';
import { reach, RemoteEndpoint } from '../platform/fleet';
import { Need, requireNeeds } from '../platform/needs';
import type { Dependency } from './dependency';
import { ImageRef, internalImage } from './images';
import { standardLabels, Tier, workloadLabels } from './labels';
import { LumenChart } from './lumen-chart';
import { allowFlow, FlowEndpoint, NetworkFlow, PortSpec } from './network-flow';
import { Monitor } from './service-monitor';
import { TlsRoute, TlsRouteBackend } from './tls-route';
import { VaultSecret } from './vault-secret';

export type { Dependency } from './dependency';

/** Seconds a pod gets after SIGTERM; the Go API drains in-flight requests for up to 30 s. */
export const TERMINATION_GRACE_SECONDS = 30;
/** Pause before SIGTERM so endpoints (and Traefik) drop the pod before it stops accepting connections. */
export const PRE_STOP_SLEEP_SECONDS = 5;

/** Alloy receives OTLP from every service (seed §5): gRPC on Service `alloy` in namespace `alloy`. */
export const ALLOY_OTLP_GRPC_PORT = OTLP_GRPC_PORT;
export const ALLOY_OTLP_ENDPOINT = `http://${ALLOY_OTLP_GRPC_ENDPOINT}`;
export { ALLOY_NAMESPACE, ALLOY_POD_LABELS, PROMETHEUS_URL };

/** The pod label Argo Rollouts puts on every pod of a revision; Prometheus copies it onto the series. */
export const POD_TEMPLATE_HASH_LABEL = 'rollouts-pod-template-hash';
/** The same label as Prometheus names it (dashes become underscores). */
export const POD_TEMPLATE_HASH_SERIES_LABEL = 'rollouts_pod_template_hash';
/** The analysis argument that carries the canary's pod-template hash. */
export const CANARY_HASH_ARG = 'canary-hash';

/**
 * One step of a canary: shift pods (`setWeight`, percent of the replicas running the new version), run the
 * service's error-rate analysis (`analysis`), or wait (`pause`: a duration, or `{}` for a person to promote).
 */
export type CanaryStep =
  | { readonly setWeight: number }
  | { readonly analysis: true }
  | { readonly pause: { readonly duration?: string } };

/** The canary's error-rate gate: an AnalysisTemplate `<service>-error-rate` on Prometheus. */
export interface ErrorRateAnalysisProps {
  /**
   * The highest acceptable share of failed requests of the canary pods (0..1).
   * @default 0.01
   */
  readonly maxErrorRate?: number;
  /**
   * Rate window of the query.
   * @default '5m'
   */
  readonly window?: string;
  /**
   * Time between two measurements.
   * @default '1m'
   */
  readonly interval?: string;
  /**
   * Measurements per analysis step (count × interval: how long each step observes).
   * @default 5
   */
  readonly count?: number;
  /**
   * Failed measurements tolerated; one more aborts the rollout (back to the stable version).
   * @default 1
   */
  readonly failureLimit?: number;
  /**
   * Prometheus the Argo Rollouts controller queries.
   * @default PROMETHEUS_URL
   */
  readonly prometheusAddress?: string;
  /**
   * Counter of HTTP requests the service exports, with a `code` label.
   * @default 'http_requests_total'
   */
  readonly requestsMetric?: string;
}

export interface CanaryProps {
  /** The steps, in order (see `canarySteps()`); at least one `setWeight`. */
  readonly steps: CanaryStep[];
  /**
   * The gate `analysis` steps run; required when a step is `analysis`.
   * @default - no AnalysisTemplate
   */
  readonly analysis?: ErrorRateAnalysisProps;
}

/** An end-to-end test run as a Kubernetes Job by an Argo Rollouts analysis (seed 003: Cypress against the new version). */
export interface EndToEndTestProps {
  /** First-party test image in the internal registry (built by the service's pipeline, listed in images.txt). */
  readonly image: ImageRef;
  /** The command that runs the suite; exit 0 = success. */
  readonly command: string[];
  /**
   * Arguments after the command.
   * @default []
   */
  readonly args?: string[];
  /**
   * Plain environment of the test (no credentials). The URL under test is added as `baseUrlEnv`.
   * @default {}
   */
  readonly env?: Record<string, string>;
  /**
   * Variable that receives the URL under test (the preview Service before promotion, the active one after).
   * @default 'BASE_URL'
   */
  readonly baseUrlEnv?: string;
  /**
   * Seconds the suite may run before the Job (and the measurement) fails.
   * @default 600
   */
  readonly timeoutSeconds?: number;
  /**
   * Requests and limits of the test container (a browser needs memory).
   * @default - 500m/1Gi requested, 1 CPU/2Gi limit
   */
  readonly resources?: Resources;
}

/**
 * Argo Rollouts blue-green: the new version runs behind the preview Service `<service>-preview`, an
 * end-to-end test Job checks it before promotion, the active Service `<service>` switches on success, and the
 * same kind of test runs again against the active Service after the switch (a failure aborts back to the
 * previous version, still scaled up for `scaleDownDelaySeconds`).
 */
export interface BlueGreenProps {
  /** The test run against the preview Service before promotion (prePromotionAnalysis). */
  readonly test: EndToEndTestProps;
  /**
   * The test run against the active Service after promotion (postPromotionAnalysis).
   * @default - `test` again
   */
  readonly postPromotionTest?: EndToEndTestProps;
  /**
   * Promote as soon as the pre-promotion analysis succeeds (`false`: a person promotes).
   * @default true
   */
  readonly autoPromotion?: boolean;
  /**
   * Seconds the previous version stays scaled up after the switch (rollback without a cold start).
   * @default 30
   */
  readonly scaleDownDelaySeconds?: number;
  /**
   * Pods of the new version before promotion.
   * @default - as many as the active version
   */
  readonly previewReplicaCount?: number;
}

/** Horizontal autoscaling on CPU. */
export interface AutoscalingProps {
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /**
   * Target average CPU utilisation, percent of the requests.
   * @default 70
   */
  readonly cpuUtilization?: number;
}

/** An environment variable read from a key of a Vault-fed Secret: the value never appears in Git. */
export interface SecretKeyRef {
  /**
   * A dependency (its `secretPath` becomes the VaultSecret `<service>-<dependency>`) or the name of an
   * entry of `vaultSecrets`.
   */
  readonly from: Dependency | string;
  /** Key in the Secret (the key of the Vault KV entry). */
  readonly key: string;
}

/** A ConfigMap mounted read-only into the container. */
export interface ConfigMount {
  /** ConfigMap name (same namespace). */
  readonly configMap: string;
  /** Directory in the container. */
  readonly mountPath: string;
}

/**
 * The NetworkPolicies of one dependency: both halves when it runs on this cluster; in a fleet, when it runs
 * on another, the egress half to its LoadBalancer address and where that is.
 */
export interface DependencyFlow {
  readonly egress: NetworkFlow;
  /** The ingress half (in the dependency's namespace); none when the dependency runs on another cluster. */
  readonly ingress?: NetworkFlow;
  /** The serving cluster and address, when the dependency runs on another cluster. */
  readonly remote?: RemoteEndpoint;
}

export interface MicroserviceProps {
  /** Pinned image in the internal registry. */
  readonly image: ImageRef;
  /** Namespace of every object of the service. */
  readonly namespace: string;
  /**
   * Tier label (admission rule: `app` and `tier` on workloads and pods).
   * @default 'backend'
   */
  readonly tier?: Tier;
  /**
   * Pods, when nothing autoscales (excludes `autoscaling`: the HPA owns the count then).
   * @default 1
   */
  readonly replicas?: number;
  /**
   * HorizontalPodAutoscaler on CPU; the workload then carries no `replicas` so Argo CD and the HPA never fight.
   * @default - no HPA
   */
  readonly autoscaling?: AutoscalingProps;
  /** Requests and limits (admission rule: limits required). */
  readonly resources: Resources;
  /**
   * HTTP port the service listens on.
   * @default 8080
   */
  readonly port?: number;
  /**
   * Prometheus metrics port (`/metrics`).
   * @default 9090
   */
  readonly metricsPort?: number;
  /**
   * Readiness, liveness and startup path.
   * @default '/health'
   */
  readonly healthPath?: string;
  /**
   * Plain environment variables (credentials never go here: use `secretEnv`). Values may reference
   * `secretEnv` variables as `$(NAME)`: Kubernetes expands them in the pod, so Git only holds the template.
   * @default {}
   */
  readonly env?: Record<string, string>;
  /**
   * Environment variables from Vault-fed Secrets (VaultStaticSecret → Secret → secretKeyRef).
   * @default {}
   */
  readonly secretEnv?: Record<string, SecretKeyRef>;
  /**
   * Environment variables from Secrets an operator generates in the service's own namespace (CloudNativePG's
   * `<cluster>-app` of a database it bootstraps): in neither Git nor Vault. For throwaway environments whose
   * namespaces no Vault role knows in advance (previews); everywhere else credentials come from Vault.
   * @default {}
   */
  readonly generatedSecretEnv?: Record<string, { readonly secret: string; readonly key: string }>;
  /**
   * Extra VaultSecrets of the service: Secret name → KV path below `secret/` (e.g. 'lumen/api').
   * @default {}
   */
  readonly vaultSecrets?: Record<string, string>;
  /**
   * Data services the pods talk to: each opens exactly the flow service → dependency on its ports (both
   * namespaces' default deny).
   * @default []
   */
  readonly dependsOn?: Dependency[];
  /**
   * Argo Rollout with this canary instead of a Deployment with a rolling update.
   * @default - a Deployment
   */
  readonly canary?: CanaryProps;
  /**
   * Argo Rollout with a blue-green release gated by end-to-end tests (excludes `canary`).
   * @default - no blue-green (a canary or a Deployment)
   */
  readonly blueGreen?: BlueGreenProps;
  /**
   * PodDisruptionBudget: pods a voluntary disruption (drain) may take down at once.
   * @default 1
   */
  readonly maxUnavailable?: number;
  /**
   * OpenTelemetry: OTEL_* variables pointing at Alloy and the egress flow to it.
   * @default true
   */
  readonly telemetry?: boolean;
  /**
   * ServiceMonitor for `/metrics` on the metrics port, and the prometheus → pods flow.
   * @default true
   */
  readonly monitoring?: boolean;
  /**
   * Container arguments.
   * @default - the image's
   */
  readonly args?: string[];
  /**
   * ConfigMaps mounted read-only.
   * @default []
   */
  readonly configMounts?: ConfigMount[];
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DURATION = /^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$/;
const PROM_DURATION = /^([0-9]+(ms|s|m|h|d|w|y))+$/;
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** Names that say "credential": they must come from a Secret. */
const CREDENTIAL_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|PRIVATE_KEY|CREDENTIALS?)$/i;
/** user:password@ in a URL, unless the password is a `$(VAR)` reference. */
const INLINE_PASSWORD = /:\/\/[^/\s:@]+:(?!\$\()[^@\s]+@/;
const VAR_REF = /\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g;

/** The labels a service's Service, PDB and flows select its pods by (usable before the service exists). */
export function serviceSelector(name: string): Record<string, string> {
  return { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name };
}

/** The analysis argument that carries the URL an end-to-end test runs against. */
export const BASE_URL_ARG = 'base-url';

/** The labels of a service's end-to-end test pods (the flow test → service selects them). */
export function e2eSelector(service: string): Record<string, string> {
  return { 'app.kubernetes.io/name': `${service}-e2e`, 'app.kubernetes.io/instance': `${service}-e2e` };
}

/** Canary steps from weights: `setWeight` then `analysis` for each weight below 100, then `setWeight: 100`. */
export function canarySteps(weights: number[]): CanaryStep[] {
  const steps: CanaryStep[] = [];
  for (const w of weights.filter((x) => x < 100)) steps.push({ setWeight: w }, { analysis: true });
  steps.push({ setWeight: 100 });
  return steps;
}

/**
 * What a service's overlay settings decide, as Microservice props: the HPA from `replicas` up to
 * `autoscaling.maxReplicas`, the canary steps and analysis, the resources. One mapping for every service.
 */
export function fromServiceConfig(s: ServiceConfig, registry?: string, testEnv: Record<string, string> = {}): Pick<MicroserviceProps, 'autoscaling' | 'canary' | 'blueGreen' | 'resources'> {
  const autoscaling = { minReplicas: s.replicas, maxReplicas: s.autoscaling.maxReplicas, cpuUtilization: s.autoscaling.cpuUtilization };
  const bg = s.blueGreen;
  if (bg) {
    if (!registry) throw new Error(`'registry' is required for a service with blueGreen (its test image is in the internal registry)`);
    return {
      autoscaling,
      resources: s.resources,
      blueGreen: {
        test: { image: internalImage(registry, bg.test.image.repository, bg.test.image.tag), command: [...bg.test.command], timeoutSeconds: bg.test.timeoutSeconds, env: testEnv },
        autoPromotion: bg.autoPromotion,
        scaleDownDelaySeconds: bg.scaleDownDelaySeconds,
      },
    };
  }
  return {
    autoscaling,
    canary: { steps: canarySteps(s.canary.weights), analysis: { maxErrorRate: s.canary.maxErrorRate, window: s.canary.analysisWindow } },
    resources: s.resources,
  };
}

export interface ErrorRateQueryProps {
  readonly namespace: string;
  /** Service name (the `service` label Prometheus puts on the series scraped through it). */
  readonly service: string;
  readonly requestsMetric: string;
  readonly window: string;
}

/**
 * PromQL: share of 5xx answers among all requests of the canary pods over the window. The canary's pods are
 * selected by their pod-template hash (an analysis argument). No traffic yet counts as 0 (the `or vector`
 * terms), not as a failed measurement.
 */
export function errorRateQuery(p: ErrorRateQueryProps): string {
  const sel = `namespace="${p.namespace}",service="${p.service}",${POD_TEMPLATE_HASH_SERIES_LABEL}="{{args.${CANARY_HASH_ARG}}}"`;
  const errors = `sum(rate(${p.requestsMetric}{${sel},code=~"5.."}[${p.window}]))`;
  const total = `sum(rate(${p.requestsMetric}{${sel}}[${p.window}]))`;
  return `(${errors} or vector(0)) / (${total} > 0 or vector(1))`;
}

/**
 * A service the way the platform expects it, declared in one place: the workload (Argo Rollout with a
 * canary, or a Deployment), its Service, HPA, PodDisruptionBudget, restricted pod, probes, resources,
 * `app`/`tier` labels, graceful shutdown, OpenTelemetry to Alloy, a ServiceMonitor, credentials from Vault
 * (referenced only) and the NetworkPolicies its declared dependencies need. Behaviour that adds objects
 * later is a method returning what it creates (`exposeViaIngressRoute`, `dependOn`, `allowFrom`).
 *
 * Canary without traffic routing: the one Service selects stable and canary pods alike, so Traefik splits
 * requests by pod count (`setWeight: 20` with 5 replicas = 1 canary pod). Argo Rollouts' Traefik router needs
 * the old `traefik.containo.us` API (argo-rollouts#4568 with Traefik v3), so replica weights are what works.
 */
export class Microservice extends Construct {
  readonly name: string;
  readonly namespace: string;
  readonly tier: Tier;
  /** Labels the Service and the PodDisruptionBudget select; also the pods' side of every flow. */
  readonly selector: Record<string, string>;
  readonly port: number;
  readonly metricsPort: number;
  /** The Deployment (when there is no canary). */
  readonly deployment?: k8s.KubeDeployment;
  /** The Argo Rollout (with a canary). */
  readonly rollout?: ApiObject;
  readonly analysisTemplate?: AnalysisTemplate;
  /** Blue-green: the preview Service `<service>-preview` (the new version before promotion). */
  readonly previewService?: k8s.KubeService;
  /** Blue-green: the end-to-end test AnalysisTemplates (`<service>-e2e`, and `<service>-e2e-post` when the post-promotion test differs). */
  readonly testTemplates: AnalysisTemplate[] = [];
  /** Blue-green: the flows test Job → service pods. */
  readonly testFlows: { egress: NetworkFlow; ingress: NetworkFlow }[] = [];
  readonly service: k8s.KubeService;
  readonly hpa?: k8s.KubeHorizontalPodAutoscalerV2;
  readonly pdb: k8s.KubePodDisruptionBudget;
  readonly monitor?: Monitor;
  /** The VaultSecrets this service reads, by Secret name. */
  readonly vaultSecrets: Readonly<Record<string, VaultSecret>>;
  /** The flows opened for `dependsOn` (and later `dependOn` calls), by dependency name. */
  readonly dependencyFlows: Record<string, DependencyFlow> = {};
  /** The egress half of pods → Alloy (OTLP). */
  readonly telemetryFlow?: NetworkFlow;
  private routes?: Construct;
  private readonly flowKeys: Record<string, string> = {};

  constructor(scope: Construct, id: string, props: MicroserviceProps) {
    super(scope, id);
    if (!DNS_LABEL.test(id) || id.length > 50) throw new Error(`'id' must be a DNS label of at most 50 characters (it names the service's objects), got "${id}"`);
    if (!DNS_LABEL.test(props.namespace)) throw new Error(`'namespace' must be a DNS label, got "${props.namespace}" (service ${id})`);
    if (props.canary && props.blueGreen) {
      throw new Error(`'canary' and 'blueGreen' exclude each other: a Rollout has one strategy (service ${id})`);
    }
    if (props.replicas !== undefined && props.autoscaling) {
      throw new Error(`'replicas' and 'autoscaling' exclude each other: the HPA owns the replica count (service ${id})`);
    }
    const replicas = props.replicas ?? 1;
    if (!Number.isInteger(replicas) || replicas < 1) throw new Error(`'replicas' must be >= 1, got ${replicas}`);
    const scaling = props.autoscaling;
    if (scaling) {
      if (!Number.isInteger(scaling.minReplicas) || scaling.minReplicas < 1) throw new Error(`'autoscaling.minReplicas' must be >= 1, got ${scaling.minReplicas} (service ${id})`);
      if (!Number.isInteger(scaling.maxReplicas) || scaling.maxReplicas < scaling.minReplicas) {
        throw new Error(`'autoscaling.maxReplicas' must be an integer >= minReplicas (${scaling.minReplicas}), got ${scaling.maxReplicas} (service ${id})`);
      }
      const cpu = scaling.cpuUtilization ?? 70;
      if (!Number.isInteger(cpu) || cpu < 1 || cpu > 100) throw new Error(`'autoscaling.cpuUtilization' must be 1..100, got ${cpu} (service ${id})`);
    }
    this.port = props.port ?? 8080;
    this.metricsPort = props.metricsPort ?? 9090;
    for (const [name, p] of [['port', this.port], ['metricsPort', this.metricsPort]] as const) {
      if (!Number.isInteger(p) || p < 1 || p > 65535) throw new Error(`'${name}' must be 1..65535, got ${p} (service ${id})`);
    }
    if (this.port === this.metricsPort) throw new Error(`'metricsPort' must differ from 'port', got ${this.port} for both`);
    const maxUnavailable = props.maxUnavailable ?? 1;
    if (!Number.isInteger(maxUnavailable) || maxUnavailable < 1) throw new Error(`'maxUnavailable' must be >= 1, got ${maxUnavailable} (service ${id})`);
    const healthPath = props.healthPath ?? '/health';
    if (!healthPath.startsWith('/')) throw new Error(`'healthPath' must start with "/", got "${healthPath}" (service ${id})`);

    this.name = id;
    this.namespace = props.namespace;
    this.tier = props.tier ?? 'backend';
    // What the environment must render for these objects to apply (CRDs, the dependencies' namespaces):
    // refused here, naming each, rather than as the app-of-apps check's list of orphan objects.
    const usesVault = Object.keys(props.vaultSecrets ?? {}).length > 0 || Object.values(props.secretEnv ?? {}).some((r) => typeof r.from !== 'string');
    this.requireNeeds([
      ...(props.dependsOn ?? []).flatMap((d) => (d.component ? [{ component: d.component, why: `dependsOn ${d.name}` }] : [])),
      ...(props.canary ? [{ component: 'argoRollouts' as const, why: 'canary: Rollout, AnalysisTemplate' }] : []),
      ...(props.blueGreen ? [{ component: 'argoRollouts' as const, why: 'blueGreen: Rollout, AnalysisTemplate' }] : []),
      ...(usesVault ? [{ component: 'vaultSecretsOperator' as const, why: 'credentials: VaultStaticSecret' }] : []),
    ]);
    this.selector = serviceSelector(id);
    const labels = { ...standardLabels(id, { 'app.kubernetes.io/instance': id }), ...workloadLabels(id, this.tier) };

    // Credentials: VaultStaticSecrets, then env vars that reference the Secrets VSO writes.
    const vaultSecrets: Record<string, VaultSecret> = {};
    const restartTarget = { kind: props.canary || props.blueGreen ? 'argo.Rollout' as const : 'Deployment' as const, name: id };
    const addVaultSecret = (secretName: string, path: string): VaultSecret => {
      vaultSecrets[secretName] ??= new VaultSecret(this, `vault-${secretName}`, {
        namespace: props.namespace, path, secretName, rolloutRestartTargets: [restartTarget],
      });
      return vaultSecrets[secretName];
    };
    for (const [secretName, path] of Object.entries(props.vaultSecrets ?? {}).sort(byKey)) addVaultSecret(secretName, path);
    const secretEnv = Object.entries(props.secretEnv ?? {}).sort(byKey).map(([name, ref]) => {
      if (!ENV_NAME.test(name)) throw new Error(`'secretEnv' names must be environment variable names, got "${name}" (service ${id})`);
      if (!ref.key) throw new Error(`'secretEnv' ${name} needs a 'key', got none (service ${id})`);
      let secret: VaultSecret;
      if (typeof ref.from === 'string') {
        if (!vaultSecrets[ref.from]) {
          throw new Error(`'secretEnv' ${name} reads Secret "${ref.from}", which is not declared in 'vaultSecrets' (service ${id}): only Vault-fed Secrets may hold credentials`);
        }
        secret = vaultSecrets[ref.from];
      } else {
        if (!ref.from.secretPath) throw new Error(`'secretEnv' ${name} reads dependency ${ref.from.name}, which has no 'secretPath' (service ${id})`);
        secret = addVaultSecret(`${id}-${ref.from.name}`, ref.from.secretPath);
      }
      return { name, valueFrom: { secretKeyRef: { name: secret.secretName, key: ref.key } } };
    });
    this.vaultSecrets = vaultSecrets;
    for (const [name, ref] of Object.entries(props.generatedSecretEnv ?? {}).sort(byKey)) {
      if (!ENV_NAME.test(name)) throw new Error(`'generatedSecretEnv' names must be environment variable names, got "${name}" (service ${id})`);
      if (props.secretEnv?.[name]) throw new Error(`'generatedSecretEnv' ${name} is also in 'secretEnv' (service ${id})`);
      if (!DNS_LABEL.test(ref.secret) || !ref.key) throw new Error(`'generatedSecretEnv' ${name} needs a Secret name and a key, got ${JSON.stringify(ref)} (service ${id})`);
      secretEnv.push({ name, valueFrom: { secretKeyRef: { name: ref.secret, key: ref.key } } });
    }

    const telemetry = props.telemetry ?? true;
    const plain: Record<string, string> = {
      ...(telemetry ? {
        OTEL_EXPORTER_OTLP_ENDPOINT: ALLOY_OTLP_ENDPOINT,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
        OTEL_SERVICE_NAME: id,
        OTEL_RESOURCE_ATTRIBUTES: `service.namespace=${props.namespace},service.version=${props.image.tag}`,
      } : {}),
      ...(props.env ?? {}),
    };
    const defined = new Set(secretEnv.map((e) => e.name));
    const env = Object.entries(plain).sort(byKey).map(([name, value]) => {
      if (!ENV_NAME.test(name)) throw new Error(`'env' names must be environment variable names, got "${name}" (service ${id})`);
      if (defined.has(name)) throw new Error(`'env' ${name} is also in 'secretEnv' (service ${id})`);
      if (CREDENTIAL_NAME.test(name)) throw new Error(`'env' ${name} looks like a credential: read it from Vault through 'secretEnv' (service ${id})`);
      if (INLINE_PASSWORD.test(value)) throw new Error(`'env' ${name} holds a URL with an inline password: reference a 'secretEnv' variable as $(NAME) instead (service ${id})`);
      for (const m of value.matchAll(VAR_REF)) {
        if (!defined.has(m[1])) throw new Error(`'env' ${name} references $(${m[1]}), which is not a 'secretEnv' variable (service ${id})`);
      }
      return { name, value };
    });

    const mounts = props.configMounts ?? [];
    for (const m of mounts) {
      if (!DNS_LABEL.test(m.configMap)) throw new Error(`'configMounts' configMap must be a ConfigMap name, got "${m.configMap}" (service ${id})`);
      if (!m.mountPath.startsWith('/') || m.mountPath === '/tmp') throw new Error(`'configMounts' mountPath must be an absolute path other than /tmp, got "${m.mountPath}" (service ${id})`);
    }

    const http = k8s.IntOrString.fromString('http');
    const template: k8s.PodTemplateSpec = {
      metadata: { labels },
      spec: {
        automountServiceAccountToken: false,
        enableServiceLinks: false,
        terminationGracePeriodSeconds: TERMINATION_GRACE_SECONDS,
        securityContext: { runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532, fsGroup: 65532, seccompProfile: { type: 'RuntimeDefault' } },
        // Spread replicas over nodes when it can: a node drain or loss takes one pod, not all.
        topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: this.selector } }],
        containers: [{
          name: id,
          image: props.image.ref,
          imagePullPolicy: 'IfNotPresent',
          ...(props.args?.length ? { args: [...props.args] } : {}),
          ports: [{ name: 'http', containerPort: this.port }, { name: 'metrics', containerPort: this.metricsPort }],
          env: [...secretEnv, ...env].length ? [...secretEnv, ...env] : undefined,
          resources: {
            requests: { cpu: k8s.Quantity.fromString(props.resources.requests.cpu), memory: k8s.Quantity.fromString(props.resources.requests.memory) },
            limits: { cpu: k8s.Quantity.fromString(props.resources.limits.cpu), memory: k8s.Quantity.fromString(props.resources.limits.memory) },
          },
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] } },
          readinessProbe: { httpGet: { path: healthPath, port: http }, periodSeconds: 5, failureThreshold: 3 },
          livenessProbe: { httpGet: { path: healthPath, port: http }, periodSeconds: 10, failureThreshold: 6 },
          startupProbe: { httpGet: { path: healthPath, port: http }, periodSeconds: 2, failureThreshold: 30 },
          lifecycle: { preStop: { sleep: { seconds: PRE_STOP_SLEEP_SECONDS } } },
          // The root filesystem is read-only: /tmp is the one writable place.
          volumeMounts: [
            { name: 'tmp', mountPath: '/tmp' },
            ...mounts.map((m) => ({ name: `config-${m.configMap}`, mountPath: m.mountPath, readOnly: true })),
          ],
        }],
        volumes: [
          { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('64Mi') } },
          ...mounts.map((m) => ({ name: `config-${m.configMap}`, configMap: { name: m.configMap } })),
        ],
      },
    };

    const workloadReplicas = scaling ? undefined : replicas;
    if (props.blueGreen || props.canary) {
      let strategy: Record<string, unknown>;
      if (props.blueGreen) {
        strategy = { blueGreen: this.blueGreenStrategy(props.blueGreen, props.namespace) };
      } else {
        const canary = props.canary!;
        if (canary.analysis) this.analysisTemplate = this.errorRateTemplate(canary.analysis);
        // Basic canary (no trafficRouting, no canary/stable Services): weights are pod counts behind one Service.
        strategy = { canary: { maxSurge: '25%', maxUnavailable: 0, steps: this.resolveSteps(canary) } };
      }
      this.rollout = new ApiObject(this, 'Rollout', {
        apiVersion: Rollout.GVK.apiVersion,
        kind: Rollout.GVK.kind,
        metadata: { name: id, namespace: props.namespace, labels },
        spec: {
          ...(workloadReplicas !== undefined ? { replicas: workloadReplicas } : {}),
          revisionHistoryLimit: 5,
          selector: { matchLabels: this.selector },
          template: k8s.toJson_PodTemplateSpec(template),
          strategy,
        },
      });
    } else {
      this.deployment = new k8s.KubeDeployment(this, 'Deployment', {
        metadata: { name: id, namespace: props.namespace, labels },
        spec: {
          replicas: workloadReplicas,
          revisionHistoryLimit: 5,
          selector: { matchLabels: this.selector },
          strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromNumber(0), maxSurge: k8s.IntOrString.fromNumber(1) } },
          template,
        },
      });
    }

    this.service = new k8s.KubeService(this, 'Service', {
      metadata: { name: id, namespace: props.namespace, labels: standardLabels(id, { 'app.kubernetes.io/instance': id }) },
      spec: {
        selector: this.selector,
        ports: [
          { name: 'http', port: this.port, targetPort: k8s.IntOrString.fromString('http') },
          { name: 'metrics', port: this.metricsPort, targetPort: k8s.IntOrString.fromString('metrics') },
        ],
      },
    });

    if (props.blueGreen) {
      // Argo Rollouts adds the new revision's pod-template hash to this selector while it is the preview.
      this.previewService = new k8s.KubeService(this, 'PreviewService', {
        // Labels of its own: the ServiceMonitor selects the active Service only (one scrape per pod, not two).
        metadata: { name: this.previewServiceName, namespace: props.namespace, labels: standardLabels(this.previewServiceName, { 'app.kubernetes.io/instance': this.previewServiceName, 'app.kubernetes.io/component': 'preview' }) },
        spec: {
          selector: this.selector,
          ports: [
            { name: 'http', port: this.port, targetPort: k8s.IntOrString.fromString('http') },
            { name: 'metrics', port: this.metricsPort, targetPort: k8s.IntOrString.fromString('metrics') },
          ],
        },
      });
      // The test Job's pods reach the service's pods (preview and active select the same pods: one flow).
      this.testFlows.push(allowFlow(this, `${id}-e2e-to-${id}`, {
        from: { namespace: props.namespace, podLabels: e2eSelector(id) },
        to: this.endpoint,
        ports: [{ port: this.port }],
      }));
    }

    if (scaling) {
      this.hpa = new k8s.KubeHorizontalPodAutoscalerV2(this, 'Hpa', {
        metadata: { name: id, namespace: props.namespace },
        spec: {
          scaleTargetRef: props.canary || props.blueGreen
            ? { apiVersion: Rollout.GVK.apiVersion, kind: Rollout.GVK.kind, name: id }
            : { apiVersion: 'apps/v1', kind: 'Deployment', name: id },
          minReplicas: scaling.minReplicas,
          maxReplicas: scaling.maxReplicas,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: scaling.cpuUtilization ?? 70 } } }],
        },
      });
    }

    this.pdb = new k8s.KubePodDisruptionBudget(this, 'Pdb', {
      metadata: { name: id, namespace: props.namespace },
      spec: { maxUnavailable: k8s.IntOrString.fromNumber(maxUnavailable), selector: { matchLabels: this.selector } },
    });

    if (props.monitoring ?? true) {
      this.monitor = new Monitor(this, id, {
        namespace: props.namespace, selector: this.selector, port: 'metrics', podLabels: this.selector, targetPort: this.metricsPort,
      });
      // The canary analysis tells canary pods from stable ones by this pod label: keep it on the series.
      if (props.canary) this.monitor.serviceMonitor.addJsonPatch(JsonPatch.add('/spec/podTargetLabels', [POD_TEMPLATE_HASH_LABEL]));
    }

    if (telemetry) {
      // Egress half only: Alloy's chart (a later wave) admits OTLP from every namespace.
      this.telemetryFlow = new NetworkFlow(this, `allow-${id}-to-alloy-egress`, {
        namespace: props.namespace, podLabels: this.selector, direction: 'egress',
        peers: [{ namespace: ALLOY_NAMESPACE, podLabels: { ...ALLOY_POD_LABELS } }], ports: [{ port: ALLOY_OTLP_GRPC_PORT }],
      });
    }

    for (const dep of props.dependsOn ?? []) this.dependOn(dep);
  }

  /** Where the Rollout or Deployment is, for VSO restarts and chaos selectors. */
  get podLabels(): Record<string, string> {
    return { ...this.selector };
  }

  /** This service as a flow endpoint. */
  get endpoint(): FlowEndpoint {
    return { namespace: this.namespace, podLabels: this.podLabels };
  }

  /** In-cluster URL of the service's HTTP port. */
  get url(): string {
    return `http://${this.name}.${this.namespace}.svc.cluster.local:${this.port}`;
  }

  /** Blue-green: the preview Service's name. */
  get previewServiceName(): string {
    return `${this.name}-preview`;
  }

  /** Blue-green: in-cluster URL of the preview Service (what the pre-promotion test runs against). */
  get previewUrl(): string {
    return `http://${this.previewServiceName}.${this.namespace}.svc.cluster.local:${this.port}`;
  }

  /**
   * Opens service → dependency on exactly the dependency's ports, through both namespaces' default deny.
   * Names: `allow-<service>-to-<dependency>-egress` / `-ingress`.
   */
  dependOn(dep: Dependency): DependencyFlow {
    if (this.dependencyFlows[dep.name]) throw new Error(`'dependsOn' lists ${dep.name} twice (service ${this.name})`);
    if (dep.component) this.requireNeeds([{ component: dep.component, why: `dependsOn ${dep.name}` }]);
    if (!dep.ports.length) throw new Error(`dependency ${dep.name} has no ports (service ${this.name})`);
    // In a fleet, a dependency on another cluster is its LoadBalancer address: the egress half goes there, and
    // the serving cluster admits this cluster's nodes (src/charts/fleet.ts: the ingress half, over there).
    const chart = Chart.of(this);
    const remote = chart instanceof LumenChart ? reach(chart.config, dep, `service ${this.name}`) : undefined;
    if (remote) {
      const egress = new NetworkFlow(this, `allow-${this.name}-to-${dep.name}-egress`, {
        namespace: this.namespace, podLabels: this.podLabels, direction: 'egress',
        peers: remote.addresses.map((a) => ({ cidrs: [`${a}/32`] })), ports: remote.ports.map((p): PortSpec => ({ ...p })),
      });
      return (this.dependencyFlows[dep.name] = { egress, remote });
    }
    // Two faces of the same pods (e.g. a database's -rw and -ro Services) need one flow, not two.
    const key = flowKey(dep);
    const same = Object.entries(this.dependencyFlows).find(([name]) => this.flowKeys[name] === key);
    this.flowKeys[dep.name] = key;
    if (same) return (this.dependencyFlows[dep.name] = same[1]);
    const flow = allowFlow(this, `${this.name}-to-${dep.name}`, {
      from: this.endpoint,
      to: { namespace: dep.namespace, podLabels: { ...dep.podLabels } },
      ports: dep.ports.map((p): PortSpec => ({ ...p })),
    });
    this.dependencyFlows[dep.name] = flow;
    return flow;
  }

  /**
   * Opens the ingress half of peer → this service's HTTP port (the peer's chart opens its egress).
   * Name: `allow-<peer-id>-to-<service>`.
   */
  allowFrom(peerId: string, peer: FlowEndpoint): NetworkFlow {
    return new NetworkFlow(this, `allow-${peerId}-to-${this.name}`, {
      namespace: this.namespace, podLabels: this.podLabels, direction: 'ingress', peers: [peer], ports: [{ port: this.port }],
    });
  }

  /** A backend for a TlsRoute that serves several services on one host (e.g. /api/v1 and /api/v2). */
  backend(opts: { pathPrefix: string; middlewares?: string[] }): TlsRouteBackend {
    return { pathPrefix: opts.pathPrefix, service: this.name, port: this.port, targetPort: this.port, podLabels: this.podLabels, middlewares: opts.middlewares };
  }

  /**
   * HTTPS through Traefik: an IngressRoute for `host` + `pathPrefix` with its Certificate, and the
   * traefik → pods flow. Named `<service>` unless `id` is given.
   */
  exposeViaIngressRoute(opts: { host: string; pathPrefix?: string; middlewares?: string[]; id?: string }): TlsRoute {
    const id = opts.id ?? this.name;
    this.requireNeeds([
      { component: 'traefik', why: `exposeViaIngressRoute: IngressRoute ${id}` },
      { component: 'certManager', why: `exposeViaIngressRoute: Certificate ${id}` },
    ]);
    // A scope of their own: TlsRoute names its objects after its construct id, as Monitor does.
    this.routes ??= new Construct(this, 'Routes');
    return new TlsRoute(this.routes, id, {
      namespace: this.namespace,
      host: opts.host,
      routes: [this.backend({ pathPrefix: opts.pathPrefix ?? '/', middlewares: opts.middlewares })],
    });
  }

  /**
   * Refuses needs the environment turns off (src/platform/needs.ts), when the service is inside a LumenChart
   * (which knows the environment); a bare construct test has no environment to check.
   */
  private requireNeeds(needs: Need[]): void {
    const chart = Chart.of(this);
    if (chart instanceof LumenChart) requireNeeds(chart.config, `service ${this.name}`, chart.app, needs);
  }

  private resolveSteps(canary: CanaryProps): Record<string, unknown>[] {
    if (!canary.steps.some((s) => 'setWeight' in s)) throw new Error(`'canary.steps' must hold at least one setWeight step (service ${this.name})`);
    let last = 0;
    return canary.steps.map((s, i) => {
      if ('setWeight' in s) {
        if (!Number.isInteger(s.setWeight) || s.setWeight < 1 || s.setWeight > 100) throw new Error(`'canary.steps[${i}].setWeight' must be 1..100, got ${s.setWeight} (service ${this.name})`);
        if (s.setWeight < last) throw new Error(`'canary.steps[${i}].setWeight' must not decrease, got ${s.setWeight} after ${last} (service ${this.name})`);
        last = s.setWeight;
        return { setWeight: s.setWeight };
      }
      if ('analysis' in s) {
        if (!canary.analysis) throw new Error(`'canary.steps[${i}]' is an analysis step but 'canary.analysis' is not set (service ${this.name})`);
        return {
          analysis: {
            templates: [{ templateName: `${this.name}-error-rate` }],
            // The canary revision's pod-template hash selects its pods' series.
            args: [{ name: CANARY_HASH_ARG, valueFrom: { podTemplateHashValue: 'Latest' } }],
          },
        };
      }
      const d = s.pause.duration;
      if (d !== undefined && !DURATION.test(d)) throw new Error(`'canary.steps[${i}].pause.duration' must be a duration such as 30s or 5m, got "${d}" (service ${this.name})`);
      return { pause: d === undefined ? {} : { duration: d } };
    });
  }

  /** The Rollout's blueGreen strategy, and the test AnalysisTemplates it names. */
  private blueGreenStrategy(bg: BlueGreenProps, namespace: string): Record<string, unknown> {
    const where = `service ${this.name}`;
    const delay = bg.scaleDownDelaySeconds ?? 30;
    if (!Number.isInteger(delay) || delay < 0) throw new Error(`'blueGreen.scaleDownDelaySeconds' must be an integer >= 0, got ${delay} (${where})`);
    if (bg.previewReplicaCount !== undefined && (!Number.isInteger(bg.previewReplicaCount) || bg.previewReplicaCount < 1)) {
      throw new Error(`'blueGreen.previewReplicaCount' must be >= 1, got ${bg.previewReplicaCount} (${where})`);
    }
    const pre = this.e2eTemplate(`${this.name}-e2e`, bg.test, 'blueGreen.test', namespace);
    this.testTemplates.push(pre);
    const post = bg.postPromotionTest ? this.e2eTemplate(`${this.name}-e2e-post`, bg.postPromotionTest, 'blueGreen.postPromotionTest', namespace) : pre;
    if (post !== pre) this.testTemplates.push(post);
    const analysis = (template: AnalysisTemplate, url: string) => ({
      templates: [{ templateName: template.name }],
      args: [{ name: BASE_URL_ARG, value: url }],
    });
    return {
      activeService: this.name,
      previewService: this.previewServiceName,
      autoPromotionEnabled: bg.autoPromotion ?? true,
      scaleDownDelaySeconds: delay,
      ...(bg.previewReplicaCount !== undefined ? { previewReplicaCount: bg.previewReplicaCount } : {}),
      // Before the switch: the new version behind the preview Service. A failed test aborts: active never moves.
      prePromotionAnalysis: analysis(pre, this.previewUrl),
      // After the switch: the same suite through the active Service; a failure rolls back to the previous
      // version, still running for scaleDownDelaySeconds.
      postPromotionAnalysis: analysis(post, this.url),
    };
  }

  /** An AnalysisTemplate whose one measurement is a Job running the test suite against `{{args.base-url}}`. */
  private e2eTemplate(name: string, t: EndToEndTestProps, prop: string, namespace: string): AnalysisTemplate {
    const where = `service ${this.name}`;
    if (!t.command.length || t.command.some((c) => !c)) throw new Error(`'${prop}.command' must name the command that runs the suite, got ${JSON.stringify(t.command)} (${where})`);
    const baseUrlEnv = t.baseUrlEnv ?? 'BASE_URL';
    if (!ENV_NAME.test(baseUrlEnv)) throw new Error(`'${prop}.baseUrlEnv' must be an environment variable name, got "${baseUrlEnv}" (${where})`);
    const timeout = t.timeoutSeconds ?? 600;
    if (!Number.isInteger(timeout) || timeout < 1) throw new Error(`'${prop}.timeoutSeconds' must be an integer >= 1, got ${timeout} (${where})`);
    const env = Object.entries(t.env ?? {}).sort(byKey);
    for (const [k, v] of env) {
      if (!ENV_NAME.test(k)) throw new Error(`'${prop}.env' names must be environment variable names, got "${k}" (${where})`);
      if (k === baseUrlEnv) throw new Error(`'${prop}.env' ${k} is set by the analysis (baseUrlEnv) (${where})`);
      if (CREDENTIAL_NAME.test(k) || INLINE_PASSWORD.test(v)) throw new Error(`'${prop}.env' ${k} looks like a credential: tests take none from Git (${where})`);
    }
    const r = t.resources ?? { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '2Gi' } };
    const labels = { ...standardLabels(`${this.name}-e2e`, { 'app.kubernetes.io/instance': `${this.name}-e2e`, 'app.kubernetes.io/component': 'e2e-test' }), ...workloadLabels(`${this.name}-e2e`, this.tier) };
    return new AnalysisTemplate(this, name === `${this.name}-e2e` ? 'E2e' : 'E2ePost', {
      metadata: { name, namespace },
      spec: {
        args: [{ name: BASE_URL_ARG }],
        metrics: [{
          name: 'e2e',
          // One run: the Job's success is the measurement's success, its failure fails the analysis.
          failureLimit: AnalysisTemplateSpecMetricsFailureLimit.fromNumber(0),
          provider: {
            job: {
              metadata: { labels },
              spec: {
                backoffLimit: 0,
                activeDeadlineSeconds: timeout,
                ttlSecondsAfterFinished: 3600,
                template: {
                  metadata: { labels },
                  spec: {
                    restartPolicy: 'Never',
                    automountServiceAccountToken: false,
                    enableServiceLinks: false,
                    securityContext: { runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532, fsGroup: 65532, seccompProfile: { type: 'RuntimeDefault' } },
                    containers: [{
                      name: 'e2e',
                      image: t.image.ref,
                      imagePullPolicy: 'IfNotPresent',
                      command: [...t.command],
                      ...(t.args?.length ? { args: [...t.args] } : {}),
                      // Cypress and browsers write caches, videos and screenshots: HOME on the writable /tmp.
                      env: [{ name: baseUrlEnv, value: `{{args.${BASE_URL_ARG}}}` }, { name: 'HOME', value: '/tmp' }, ...env.map(([n, value]) => ({ name: n, value }))],
                      resources: {
                        requests: { cpu: r.requests.cpu, memory: r.requests.memory },
                        limits: { cpu: r.limits.cpu, memory: r.limits.memory },
                      },
                      securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] } },
                      volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
                    }],
                    volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '1Gi' } }],
                  },
                },
              },
            },
          },
        }],
      },
    });
  }

  private errorRateTemplate(a: ErrorRateAnalysisProps): AnalysisTemplate {
    const maxErrorRate = a.maxErrorRate ?? 0.01;
    const window = a.window ?? '5m';
    const interval = a.interval ?? '1m';
    const count = a.count ?? 5;
    const failureLimit = a.failureLimit ?? 1;
    const requestsMetric = a.requestsMetric ?? 'http_requests_total';
    const where = `service ${this.name}`;
    if (!(maxErrorRate > 0 && maxErrorRate < 1)) throw new Error(`'canary.analysis.maxErrorRate' must be between 0 and 1 (exclusive), got ${maxErrorRate} (${where})`);
    if (!PROM_DURATION.test(window)) throw new Error(`'canary.analysis.window' must be a Prometheus duration such as 5m, got "${window}" (${where})`);
    if (!DURATION.test(interval)) throw new Error(`'canary.analysis.interval' must be a duration such as 1m, got "${interval}" (${where})`);
    if (!Number.isInteger(count) || count < 1) throw new Error(`'canary.analysis.count' must be >= 1, got ${count} (${where})`);
    if (!Number.isInteger(failureLimit) || failureLimit < 0 || failureLimit >= count) {
      throw new Error(`'canary.analysis.failureLimit' must be 0..count-1 (${count - 1}), got ${failureLimit} (${where})`);
    }
    if (!METRIC_NAME.test(requestsMetric)) throw new Error(`'canary.analysis.requestsMetric' must be a metric name, got "${requestsMetric}" (${where})`);
    return new AnalysisTemplate(this, 'ErrorRate', {
      metadata: { name: `${this.name}-error-rate`, namespace: this.namespace },
      spec: {
        args: [{ name: CANARY_HASH_ARG }],
        metrics: [{
          name: 'error-rate',
          interval,
          count: AnalysisTemplateSpecMetricsCount.fromNumber(count),
          // result is a one-element vector: the canary's error share.
          successCondition: `result[0] < ${maxErrorRate}`,
          failureLimit: AnalysisTemplateSpecMetricsFailureLimit.fromNumber(failureLimit),
          consecutiveErrorLimit: AnalysisTemplateSpecMetricsConsecutiveErrorLimit.fromNumber(4),
          provider: {
            prometheus: {
              address: a.prometheusAddress ?? PROMETHEUS_URL,
              query: errorRateQuery({ namespace: this.namespace, service: this.name, requestsMetric, window }),
            },
          },
        }],
      },
    });
  }
}

function flowKey(d: Dependency): string {
  const labels = Object.entries(d.podLabels).sort(byKey).map(([k, v]) => `${k}=${v}`).join(',');
  const ports = d.ports.map((p) => `${p.protocol ?? 'TCP'}/${p.port}`).sort().join(',');
  return `${d.namespace}|${labels}|${ports}`;
}

function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
