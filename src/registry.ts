/**
 * The platform as a list: one line per component or service, in no particular order (waves order them).
 * Adding one = one file in src/charts/ plus one line here.
 */
import { Construct } from 'constructs';
import { buildArgoCd } from './charts/argocd';
import { buildCertManager } from './charts/cert-manager';
import { buildLumenApi } from './charts/lumen-api';
import { buildNamespaces } from './charts/namespaces';
import type { EnvConfig } from './config/schema';

export interface RegistryEntry {
  readonly name: string;
  /** Adds the entry's charts to the environment (nothing when the overlay disables it). */
  readonly build: (scope: Construct, config: EnvConfig) => void;
}

export const REGISTRY: readonly RegistryEntry[] = [
  { name: 'namespaces', build: buildNamespaces },
  { name: 'argocd', build: buildArgoCd },
  { name: 'cert-manager', build: buildCertManager },
  { name: 'lumen-api', build: buildLumenApi },
];
