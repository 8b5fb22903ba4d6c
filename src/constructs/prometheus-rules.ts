import { Construct } from 'constructs';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../../imports/prometheus-operator-monitoring.coreos.com';

export type Severity = 'critical' | 'warning' | 'info';

/** One alerting rule: a PromQL condition held for a while, labelled with a severity, explained for people. */
export interface AlertRule {
  /** Alert name, UpperCamelCase (Prometheus convention). */
  readonly alert: string;
  /** PromQL that returns the series in trouble (the comparison is part of the expression). */
  readonly expr: string;
  /**
   * How long the condition holds before the alert fires.
   * @default '5m'
   */
  readonly for?: string;
  readonly severity: Severity;
  /** One line for the notification title; may use {{ $labels.x }} and {{ $value }}. */
  readonly summary: string;
  /** What it means and what to look at. */
  readonly description: string;
}

export interface RuleGroup {
  /** Group name (unique in the PrometheusRule). */
  readonly name: string;
  /**
   * Evaluation interval.
   * @default - Prometheus' global evaluation interval
   */
  readonly interval?: string;
  readonly rules: AlertRule[];
}

export interface AlertRulesProps {
  /** Namespace of the PrometheusRule (Prometheus reads rules from every namespace). */
  readonly namespace: string;
  readonly groups: RuleGroup[];
}

const DURATION = /^([0-9]+(ms|s|m|h|d|w|y))+$/;
const ALERT_NAME = /^[A-Z][A-Za-z0-9]*$/;
const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

/** Alerting rules as one PrometheusRule named like the construct. */
export class AlertRules extends Construct {
  readonly prometheusRule: PrometheusRule;
  /** Every rule, flattened (for tests and dashboards). */
  readonly rules: readonly AlertRule[];

  constructor(scope: Construct, id: string, props: AlertRulesProps) {
    super(scope, id);
    if (!props.groups.length) throw new Error(`'groups' must hold at least one group (rules ${id}), got none`);
    const groupNames = new Set<string>();
    const alertNames = new Set<string>();
    for (const g of props.groups) {
      if (!g.name) throw new Error(`'groups' name must not be empty (rules ${id})`);
      if (groupNames.has(g.name)) throw new Error(`'groups' has "${g.name}" twice (rules ${id})`);
      groupNames.add(g.name);
      if (g.interval !== undefined && !DURATION.test(g.interval)) throw new Error(`'interval' must be a Prometheus duration, got "${g.interval}" (group ${g.name})`);
      if (!g.rules.length) throw new Error(`'rules' must hold at least one rule (group ${g.name}), got none`);
      for (const r of g.rules) {
        if (!ALERT_NAME.test(r.alert)) throw new Error(`'alert' must be UpperCamelCase, got "${r.alert}" (group ${g.name})`);
        if (alertNames.has(r.alert)) throw new Error(`'alert' ${r.alert} is defined twice (rules ${id})`);
        alertNames.add(r.alert);
        if (!r.expr.trim()) throw new Error(`'expr' must not be empty (alert ${r.alert})`);
        if (r.for !== undefined && !DURATION.test(r.for)) throw new Error(`'for' must be a Prometheus duration such as 5m, got "${r.for}" (alert ${r.alert})`);
        if (!SEVERITIES.includes(r.severity)) throw new Error(`'severity' must be one of ${SEVERITIES.join(', ')}, got "${r.severity}" (alert ${r.alert})`);
        if (!r.summary.trim() || !r.description.trim()) throw new Error(`'summary' and 'description' must not be empty (alert ${r.alert})`);
      }
    }
    this.rules = props.groups.flatMap((g) => g.rules);
    this.prometheusRule = new PrometheusRule(this, 'Resource', {
      metadata: { name: id, namespace: props.namespace },
      spec: {
        groups: props.groups.map((g) => ({
          name: g.name,
          ...(g.interval ? { interval: g.interval } : {}),
          rules: g.rules.map((r) => ({
            alert: r.alert,
            expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr),
            for: r.for ?? '5m',
            labels: { severity: r.severity },
            annotations: { summary: r.summary, description: r.description },
          })),
        })),
      },
    });
  }
}
