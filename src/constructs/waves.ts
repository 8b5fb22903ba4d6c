/**
 * Argo CD sync waves, as named constants. Numbers follow the lumen seed (0 core, 1 dependencies,
 * 2 controllers, 3 applications, 4+ observability) times ten, so a "config" step (custom resources of
 * a chart installed one wave earlier) slots in between without renumbering.
 */
export class Wave {
  constructor(readonly number: number, readonly name: string) {
    if (!Number.isInteger(number) || number < 0 || number > 99) throw new Error(`'number' must be an integer 0..99, got ${number}`);
    if (!/^[a-z][-a-z]*$/.test(name)) throw new Error(`'name' must be lower-case words, got "${name}"`);
  }

  /** The dist/ folder: `<NN>-<name>`. */
  get folder(): string {
    return `${String(this.number).padStart(2, '0')}-${this.name}`;
  }

  /** The value of the `argocd.argoproj.io/sync-wave` annotation. */
  get annotation(): string {
    return String(this.number);
  }
}

export const Waves = {
  /** Namespaces and the CRD bundles every later wave relies on (prometheus-operator CRDs). */
  FOUNDATION: new Wave(0, 'foundation'),
  /** Argo CD managing itself: its chart renders ServiceMonitors, whose CRD comes one wave earlier. */
  ARGOCD: new Wave(5, 'argocd'),
  /** cert-manager, Gatekeeper, MetalLB. */
  CORE: new Wave(10, 'core'),
  /** Custom resources of the core charts: ClusterIssuer, ConstraintTemplates, IPAddressPool. */
  CORE_CONFIG: new Wave(15, 'core-config'),
  /** Gatekeeper Constraints: their CRDs come from the ConstraintTemplates one wave earlier. */
  POLICY: new Wave(17, 'policy'),
  /** Vault, Vault Secrets Operator, CloudNativePG, Traefik, Gitea. */
  DEPENDENCIES: new Wave(20, 'dependencies'),
  /** Vault connections, database clusters, Redis, certificates and routes of the platform UIs. */
  DEPENDENCIES_CONFIG: new Wave(25, 'dependencies-config'),
  /** Argo Rollouts, Chaos Mesh. */
  CONTROLLERS: new Wave(30, 'controllers'),
  /** The shop's data layer needing controllers above (Kafka, MongoDB, Keycloak). */
  CONTROLLERS_CONFIG: new Wave(35, 'controllers-config'),
  /** lumen-api, catalog, order. */
  APPLICATIONS: new Wave(40, 'applications'),
  /** kube-prometheus-stack, Loki, Alloy, Tempo. */
  OBSERVABILITY: new Wave(50, 'observability'),
  /** Dashboards, rules, datasources. */
  OBSERVABILITY_CONFIG: new Wave(55, 'observability-config'),
  /** Falco. */
  RUNTIME_SECURITY: new Wave(60, 'runtime-security'),
  /** A fleet's other clusters (src/charts/fleet.ts): their roots, once the infra cluster serves all they depend on. */
  FLEET: new Wave(70, 'fleet'),
  /** Chaos experiments: synced by hand, never automatically; last so nothing waits on them. */
  EXPERIMENTS: new Wave(90, 'experiments'),
} as const;
