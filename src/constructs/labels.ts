/** The organisation's label keys and the standard set every object carries. */
export const PART_OF = 'lumen';
export const MANAGED_BY = 'cdk8s';

export type Tier = 'frontend' | 'backend' | 'data' | 'platform' | 'observability' | 'security';

export function standardLabels(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'app.kubernetes.io/name': name,
    'app.kubernetes.io/part-of': PART_OF,
    'app.kubernetes.io/managed-by': MANAGED_BY,
    ...extra,
  };
}

/** Labels the admission rules require on workloads and their pods (Gatekeeper: `app` and `tier`). */
export function workloadLabels(app: string, tier: Tier): Record<string, string> {
  return { app, tier };
}
