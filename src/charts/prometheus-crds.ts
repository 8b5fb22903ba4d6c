import { Construct } from 'constructs';
import type { EnvConfig } from '../config/schema';
import { ARGOCD_NAMESPACE } from '../constructs/argo-application';
import { HelmRelease } from '../constructs/helm-release';
import { LumenChart } from '../constructs/lumen-chart';
import { Waves } from '../constructs/waves';

/** Prometheus Operator v0.93.0: the version whose CRDs imports/ carries (cdk8s.yaml `crds.prometheus-operator`). */
export const PROMETHEUS_OPERATOR_VERSION = 'v0.93.0';
/** Chart prometheus-operator-crds 31.0.0 (prometheus-community) ships the v0.93.0 CRDs. */
export const PROMETHEUS_CRDS_CHART_VERSION = '31.0.0';

/**
 * The monitoring.coreos.com CRDs alone, in the first wave: every component declares its ServiceMonitors and
 * PrometheusRules next to its workload (cert-manager in wave 10 already does), long before
 * kube-prometheus-stack arrives in wave 50 with `crds.enabled: false`. The chart renders CRDs only (no image).
 */
export class PrometheusCrdsChart extends LumenChart {

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.FOUNDATION, description: `Prometheus Operator ${PROMETHEUS_OPERATOR_VERSION} CRDs (ServiceMonitor, PrometheusRule…)` });
    new HelmRelease(this, 'Release', {
      chart: 'prometheus-operator-crds',
      version: PROMETHEUS_CRDS_CHART_VERSION,
      values: {},
      // Only cluster-scoped CRDs: the release namespace names nothing.
      namespace: ARGOCD_NAMESPACE,
      crdModule: 'prometheus-operator',
    });
  }
}

export function buildPrometheusCrds(scope: Construct, config: EnvConfig): void {
  // Always rendered: components declare monitors whether or not the monitoring stack itself is enabled.
  new PrometheusCrdsChart(scope, 'prometheus-crds', config);
}
