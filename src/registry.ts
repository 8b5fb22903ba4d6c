/**
 * The platform as a list: one line per component or service, in no particular order (waves order them).
 * Adding one = one file in src/charts/ plus one line here.
 */
import { Construct } from 'constructs';
import { buildArgoCd } from './charts/argocd';
import { buildCertManager } from './charts/cert-manager';
import { buildGatekeeper } from './charts/gatekeeper';
import { buildCitus } from './charts/citus';
import { buildLumenApi } from './charts/lumen-api';
import { buildMetallb } from './charts/metallb';
import { buildNamespaces } from './charts/namespaces';
import { buildTraefik } from './charts/traefik';
import { buildPrometheusCrds } from './charts/prometheus-crds';
import { buildMonitoring } from './charts/monitoring';
import { buildLoki } from './charts/loki';
import { buildAlloy } from './charts/alloy';
import { buildTempo } from './charts/tempo';
import { buildFalco } from './charts/falco';
import { buildVault } from './charts/vault';
import { buildVaultSecretsOperator } from './charts/vault-secrets-operator';
import { buildCloudNativePg } from './charts/cloudnative-pg';
import { buildRedis } from './charts/redis';
import { buildArgoRollouts } from './charts/argo-rollouts';
import { buildChaosMesh } from './charts/chaos-mesh';
import { buildGitea } from './charts/gitea';
import { buildKafka } from './charts/kafka';
import { buildKeycloak } from './charts/keycloak';
import { buildMongodb } from './charts/mongodb';
import { buildShopCache } from './charts/shop-cache';
import { buildCatalog } from './charts/catalog';
import { buildChaosExperiments } from './charts/chaos-experiments';
import { buildEdgeAuth } from './charts/edge-auth';
import { buildOrder } from './charts/order';
import { buildPolicyController } from './charts/policy-controller';
import { buildObjectStore } from './charts/object-store';
import { buildBackups } from './charts/backups';
import { buildPreviews } from './charts/previews';
import type { Placement } from './platform/fleet';
import type { EnvConfig } from './config/schema';

export interface RegistryEntry {
  readonly name: string;
  /**
   * Where it runs in an overlay with several clusters (README "Several clusters"); the overlay's `placement:` wins.
   * @default - DEFAULT_PLACEMENT of src/platform/fleet.ts, else infra
   */
  readonly runsOn?: Placement;
  /** Adds the entry's charts to the environment (nothing when the overlay disables it). */
  readonly build: (scope: Construct, config: EnvConfig) => void;
}

export const REGISTRY: readonly RegistryEntry[] = [
  { name: 'namespaces', build: buildNamespaces },
  { name: 'argocd', build: buildArgoCd },
  { name: 'cert-manager', build: buildCertManager },
  { name: 'gatekeeper', build: buildGatekeeper },
  // Signed first-party images (issue 14): the verifier and its ClusterImagePolicy.
  { name: 'policy-controller', build: buildPolicyController },
  { name: 'metallb', build: buildMetallb },
  { name: 'traefik', build: buildTraefik },
  { name: 'lumen-api', build: buildLumenApi },
  { name: 'vault', build: buildVault },
  { name: 'vault-secrets-operator', build: buildVaultSecretsOperator },
  { name: 'cloudnative-pg', build: buildCloudNativePg },
  { name: 'redis', build: buildRedis },
  { name: 'argo-rollouts', build: buildArgoRollouts },
  { name: 'chaos-mesh', build: buildChaosMesh },
  { name: 'gitea', build: buildGitea },
  { name: 'prometheus-crds', build: buildPrometheusCrds },
  { name: 'monitoring', build: buildMonitoring },
  { name: 'loki', build: buildLoki },
  { name: 'alloy', build: buildAlloy },
  { name: 'tempo', build: buildTempo },
  { name: 'falco', build: buildFalco },
  // The shop's data layer (src/charts/{citus,mongodb,kafka,keycloak,shop-cache}.ts).
  { name: 'citus', build: buildCitus },
  { name: 'mongodb', build: buildMongodb },
  { name: 'kafka', build: buildKafka },
  { name: 'keycloak', build: buildKeycloak },
  { name: 'shop-cache', build: buildShopCache },
  // The services (src/charts/{lumen-api,catalog,order}.ts: Microservice), the JWT edge in front of them, the chaos experiments.
  { name: 'edge-auth', build: buildEdgeAuth },
  { name: 'catalog', build: buildCatalog },
  { name: 'order', build: buildOrder },
  { name: 'chaos-experiments', build: buildChaosExperiments },
  // Backups and restores (src/charts/object-store.ts: the S3 store; backups.ts: Vault and Gitea CronJobs, alerts, dashboard).
  { name: 'object-store', build: buildObjectStore },
  { name: 'backups', build: buildBackups },
  // Preview environments per pull request (issue 13): the ApplicationSets in the host cluster.
  // (with Argo CD, whose ApplicationSets they are: in a fleet, on infra)
  { name: 'previews', build: buildPreviews, runsOn: 'infra' },
];
