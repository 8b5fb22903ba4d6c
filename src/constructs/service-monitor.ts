import { Construct } from 'constructs';
import { PodMonitor, ServiceMonitor } from '../../imports/prometheus-operator-monitoring.coreos.com';
import { MONITORING_NAMESPACE, PROMETHEUS_POD_LABELS } from '../platform/endpoints';
import { NetworkFlow } from './network-flow';

/** Where Prometheus runs and its pods' labels: shared endpoints (src/platform/endpoints.ts). */
export { MONITORING_NAMESPACE, PROMETHEUS_POD_LABELS } from '../platform/endpoints';

export interface MonitorProps {
  /** Namespace of the Service (and of the ServiceMonitor). */
  readonly namespace: string;
  /** Labels of the Service to scrape. */
  readonly selector: Record<string, string>;
  /**
   * Service port name.
   * @default 'metrics'
   */
  readonly port?: string;
  /**
   * HTTP path of the metrics.
   * @default '/metrics'
   */
  readonly path?: string;
  /**
   * Scrape interval.
   * @default '30s'
   */
  readonly interval?: string;
  /**
   * Pods behind the Service: with `targetPort`, opens prometheus → pods on the pods' side (ingress).
   * Prometheus' own egress is opened once, by the monitoring chart, to every namespace.
   * @default - no flow
   */
  readonly podLabels?: Record<string, string>;
  /**
   * The pods' metrics container port (the port the NetworkPolicy opens; required with `podLabels`).
   * @default - no flow
   */
  readonly targetPort?: number;
}

const DURATION = /^([0-9]+(ms|s|m|h))+$/;
const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Prometheus scrapes a Service: a ServiceMonitor named like the construct, in the Service's namespace, and
 * (with `podLabels` + `targetPort`) the NetworkPolicy that lets Prometheus reach the pods. Declare it in
 * the construct that declares the workload.
 */
export class Monitor extends Construct {
  readonly serviceMonitor: ServiceMonitor;
  /** The ingress side of prometheus → pods, when `podLabels` is given. */
  readonly flow?: NetworkFlow;
  readonly port: string;
  readonly path: string;
  readonly interval: string;

  constructor(scope: Construct, id: string, props: MonitorProps) {
    super(scope, id);
    this.port = props.port ?? 'metrics';
    this.path = props.path ?? '/metrics';
    this.interval = props.interval ?? '30s';
    if (!Object.keys(props.selector).length) throw new Error(`'selector' must name at least one label of the Service (monitor ${id}), got none`);
    if (!PORT_NAME.test(this.port) || this.port.length > 15) throw new Error(`'port' must be a Service port name, got "${this.port}"`);
    if (!this.path.startsWith('/')) throw new Error(`'path' must start with "/", got "${this.path}"`);
    if (!DURATION.test(this.interval)) throw new Error(`'interval' must be a Prometheus duration such as 30s, got "${this.interval}"`);
    if ((props.podLabels === undefined) !== (props.targetPort === undefined)) {
      throw new Error(`'podLabels' and 'targetPort' go together (monitor ${id}), got ${props.podLabels ? 'podLabels only' : 'targetPort only'}`);
    }

    this.serviceMonitor = new ServiceMonitor(this, 'Resource', {
      metadata: { name: id, namespace: props.namespace },
      spec: {
        selector: { matchLabels: { ...props.selector } },
        namespaceSelector: { matchNames: [props.namespace] },
        endpoints: [{ port: this.port, path: this.path, interval: this.interval }],
      },
    });

    if (props.podLabels && props.targetPort !== undefined) {
      this.flow = new NetworkFlow(this, `allow-ingress-prometheus-${id}`, {
        namespace: props.namespace,
        podLabels: props.podLabels,
        direction: 'ingress',
        peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...PROMETHEUS_POD_LABELS } }],
        ports: [{ port: props.targetPort }],
      });
    }
  }
}

export interface PodsMonitorProps {
  /** Namespace of the pods (and of the PodMonitor). */
  readonly namespace: string;
  /** Labels of the pods to scrape. */
  readonly selector: Record<string, string>;
  /** Name of the pods' metrics container port. */
  readonly port: string;
  /** The same port's number: opens prometheus → pods on the pods' side (ingress). */
  readonly targetPort: number;
  /**
   * HTTP path of the metrics.
   * @default '/metrics'
   */
  readonly path?: string;
  /**
   * Scrape interval.
   * @default '30s'
   */
  readonly interval?: string;
  /**
   * Query parameters of the scrape (e.g. Vault's `format=prometheus`).
   * @default - none
   */
  readonly params?: Record<string, string[]>;
}

/**
 * Prometheus scrapes pods that have no metrics Service (a PodMonitor), e.g. CloudNativePG instances (whose
 * operator deprecated `enablePodMonitor`: "create a PodMonitor manually"). Always opens prometheus → pods.
 */
export class PodsMonitor extends Construct {
  readonly podMonitor: PodMonitor;
  readonly flow: NetworkFlow;

  constructor(scope: Construct, id: string, props: PodsMonitorProps) {
    super(scope, id);
    const path = props.path ?? '/metrics';
    const interval = props.interval ?? '30s';
    if (!Object.keys(props.selector).length) throw new Error(`'selector' must name at least one label of the pods (monitor ${id}), got none`);
    if (!PORT_NAME.test(props.port) || props.port.length > 15) throw new Error(`'port' must be a container port name, got "${props.port}"`);
    if (!path.startsWith('/')) throw new Error(`'path' must start with "/", got "${path}"`);
    if (!DURATION.test(interval)) throw new Error(`'interval' must be a Prometheus duration such as 30s, got "${interval}"`);
    this.podMonitor = new PodMonitor(this, 'Resource', {
      metadata: { name: id, namespace: props.namespace },
      spec: {
        selector: { matchLabels: { ...props.selector } },
        namespaceSelector: { matchNames: [props.namespace] },
        podMetricsEndpoints: [{ port: props.port, path, interval, ...(props.params ? { params: props.params } : {}) }],
      },
    });
    this.flow = new NetworkFlow(this, `allow-ingress-prometheus-${id}`, {
      namespace: props.namespace,
      podLabels: { ...props.selector },
      direction: 'ingress',
      peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...PROMETHEUS_POD_LABELS } }],
      ports: [{ port: props.targetPort }],
    });
  }
}
