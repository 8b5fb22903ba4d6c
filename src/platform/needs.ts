import type { EnvConfig } from '../config/schema';

/** A key of the overlay's `components:` (each has `enabled`). */
export type ComponentKey = keyof EnvConfig['components'];

/** One thing a workload needs the environment to render: the component, and why (for the message). */
export interface Need {
  readonly component: ComponentKey;
  /** What of the workload needs it, e.g. `dependsOn kafka`, `canary (Rollout, AnalysisTemplate)`. */
  readonly why: string;
}

/** The needs the environment turns off (`components.<key>.enabled: false`), in the order given. */
export function unmetNeeds(config: EnvConfig, needs: readonly Need[]): Need[] {
  return needs.filter((n) => !(config.components[n.component] as { enabled: boolean }).enabled);
}

/**
 * A workload built in an environment that does not render what it needs (its objects would name CRDs,
 * namespaces and Services nobody installs). A message for a person (`ConfigError`: no stack): the
 * workload, its application, the environment, each missing component and why it is needed, the fix.
 */
export class UnmetNeedsError extends Error {
  constructor(what: string, app: string | undefined, config: EnvConfig, unmet: readonly Need[]) {
    const overlay = `overlays/${config.env}.yaml`;
    super(`${what}${app ? ` (application ${app})` : ''} needs what environment ${config.env} does not render: `
      + `${unmet.map((n) => `components.${n.component} (${n.why})`).join(', ')} ${unmet.length > 1 ? 'are' : 'is'} off in ${overlay}. `
      + `Turn ${unmet.length > 1 ? 'them' : 'it'} on there, or build the application only where ${unmet.length > 1 ? 'they are' : 'it is'} `
      + `rendered (its build function: \`if (config.components.${unmet[0].component}.enabled) …\`; README "Add a service")`);
    this.name = 'ConfigError';
  }
}

/** Throws an UnmetNeedsError when the environment turns any of `needs` off. */
export function requireNeeds(config: EnvConfig, what: string, app: string | undefined, needs: readonly Need[]): void {
  const unmet = unmetNeeds(config, needs);
  if (unmet.length) throw new UnmetNeedsError(what, app, config, unmet);
}
