import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { Resources } from '../config/schema';
import { ImageRef } from './images';
import { standardLabels, Tier, workloadLabels } from './labels';

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
   * Pods.
   * @default 1
   */
  readonly replicas?: number;
  /** Requests and limits (admission rule: limits required). */
  readonly resources: Resources;
  /**
   * HTTP port the service listens on.
   * @default 8080
   */
  readonly port?: number;
  /**
   * Prometheus metrics port.
   * @default 9090
   */
  readonly metricsPort?: number;
  /**
   * Readiness and liveness path.
   * @default '/health'
   */
  readonly healthPath?: string;
  /**
   * Plain environment variables (credentials never go here: use Vault-fed Secrets).
   * @default {}
   */
  readonly env?: Record<string, string>;
}

/** Seconds a pod gets after SIGTERM; the Go API drains in-flight requests for up to 30 s. */
export const TERMINATION_GRACE_SECONDS = 30;
/** Pause before SIGTERM so endpoints drop the pod before it stops accepting connections. */
export const PRE_STOP_SLEEP_SECONDS = 5;

/** A service the way the platform expects it: restricted pod, probes, resources, labels, graceful shutdown. */
export class Microservice extends Construct {
  readonly name: string;
  readonly namespace: string;
  readonly selector: Record<string, string>;
  readonly port: number;
  readonly metricsPort: number;
  readonly deployment: k8s.KubeDeployment;
  readonly service: k8s.KubeService;

  constructor(scope: Construct, id: string, props: MicroserviceProps) {
    super(scope, id);
    const replicas = props.replicas ?? 1;
    if (!Number.isInteger(replicas) || replicas < 1) throw new Error(`'replicas' must be >= 1, got ${replicas}`);
    this.port = props.port ?? 8080;
    this.metricsPort = props.metricsPort ?? 9090;
    if (this.port === this.metricsPort) throw new Error(`'metricsPort' must differ from 'port', got ${this.port} for both`);
    this.name = id;
    this.namespace = props.namespace;
    const tier = props.tier ?? 'backend';
    this.selector = { 'app.kubernetes.io/name': id, 'app.kubernetes.io/instance': id };
    const labels = { ...standardLabels(id, { 'app.kubernetes.io/instance': id }), ...workloadLabels(id, tier) };
    const healthPath = props.healthPath ?? '/health';
    const env = Object.entries(props.env ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, value]) => ({ name, value }));

    this.deployment = new k8s.KubeDeployment(this, 'Deployment', {
      metadata: { name: id, namespace: props.namespace, labels },
      spec: {
        replicas,
        revisionHistoryLimit: 5,
        selector: { matchLabels: this.selector },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromNumber(0), maxSurge: k8s.IntOrString.fromNumber(1) } },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            terminationGracePeriodSeconds: TERMINATION_GRACE_SECONDS,
            securityContext: { runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532, fsGroup: 65532, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{
              name: id,
              image: props.image.ref,
              imagePullPolicy: 'IfNotPresent',
              ports: [{ name: 'http', containerPort: this.port }, { name: 'metrics', containerPort: this.metricsPort }],
              env: env.length ? env : undefined,
              resources: {
                requests: { cpu: k8s.Quantity.fromString(props.resources.requests.cpu), memory: k8s.Quantity.fromString(props.resources.requests.memory) },
                limits: { cpu: k8s.Quantity.fromString(props.resources.limits.cpu), memory: k8s.Quantity.fromString(props.resources.limits.memory) },
              },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] } },
              readinessProbe: { httpGet: { path: healthPath, port: k8s.IntOrString.fromString('http') }, periodSeconds: 5, failureThreshold: 3 },
              livenessProbe: { httpGet: { path: healthPath, port: k8s.IntOrString.fromString('http') }, periodSeconds: 10, failureThreshold: 6 },
              startupProbe: { httpGet: { path: healthPath, port: k8s.IntOrString.fromString('http') }, periodSeconds: 2, failureThreshold: 30 },
              lifecycle: { preStop: { sleep: { seconds: PRE_STOP_SLEEP_SECONDS } } },
            }],
          },
        },
      },
    });

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
  }
}
