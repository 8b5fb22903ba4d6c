import { App } from 'cdk8s';
import { argoCdBootstrapValues } from './charts/argocd';
import { buildFleet } from './charts/fleet';
import { giteaBootstrapValues } from './charts/gitea';
import { clusterVaultAuthScript } from './charts/vault';
import type { EnvConfig } from './config/schema';
import { buildPreview } from './charts/preview';
import { addAppOfApps } from './constructs/app-of-apps';
import { vaultRoleGrants } from './constructs/vault-secret';
import { currentCluster, placedOn, placementOf, withDeclaredPlacement } from './platform/fleet';
import { REGISTRY, RegistryEntry } from './registry';

/**
 * Builds one environment's construct tree: every enabled registry entry, then the Argo CD layer. For one
 * cluster of a fleet (`config.clusterName`, src/platform/fleet.ts `clusterConfig`): only the entries placed
 * on its role, and the fleet's own charts (src/charts/fleet.ts).
 */
export function buildEnvironment(overlay: EnvConfig, registry: readonly RegistryEntry[] = REGISTRY): App {
  const config = withDeclaredPlacement(overlay, registry);
  // outdir is never written: src/synth/ writes dist/ itself (linear, atomic).
  const app = new App({ outdir: '.unused' });
  // A preview environment is one application that the host's ApplicationSet deploys per pull request: no
  // registry, no app-of-apps, no bootstrap (the platform is the host's).
  if (config.preview) {
    buildPreview(app, config);
    return app;
  }
  const here = currentCluster(config);
  for (const entry of registry) if (!here || placedOn(placementOf(config, entry.name), here.role)) entry.build(app, config);
  buildFleet(app, config);
  const { bootstrap } = addAppOfApps(app, config);
  // In a fleet, Argo CD and Gitea are installed by hand on the infra cluster only; Vault there needs to know the other clusters' roles.
  if (here && here.role !== 'infra') {
    if (config.components.vault.enabled) bootstrap.extraFiles['vault-auth.sh'] = clusterVaultAuthScript(config, vaultRoleGrants(app));
    return app;
  }
  bootstrap.extraFiles['helm/argocd.values.yaml'] = argoCdBootstrapValues(config);
  // Gitea runs before Argo CD (README, bootstrap step 1): installed by hand with the Application's values.
  if (config.components.gitea.enabled) bootstrap.extraFiles['helm/gitea.values.yaml'] = giteaBootstrapValues(config);
  return app;
}
