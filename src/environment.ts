import { App } from 'cdk8s';
import { argoCdBootstrapValues } from './charts/argocd';
import { giteaBootstrapValues } from './charts/gitea';
import type { EnvConfig } from './config/schema';
import { buildPreview } from './charts/preview';
import { addAppOfApps } from './constructs/app-of-apps';
import { REGISTRY, RegistryEntry } from './registry';

/** Builds one environment's construct tree: every enabled registry entry, then the Argo CD layer. */
export function buildEnvironment(config: EnvConfig, registry: readonly RegistryEntry[] = REGISTRY): App {
  // outdir is never written: src/synth/ writes dist/ itself (linear, atomic).
  const app = new App({ outdir: '.unused' });
  // A preview environment is one application that the host's ApplicationSet deploys per pull request: no
  // registry, no app-of-apps, no bootstrap (the platform is the host's).
  if (config.preview) {
    buildPreview(app, config);
    return app;
  }
  for (const entry of registry) entry.build(app, config);
  const { bootstrap } = addAppOfApps(app, config);
  bootstrap.extraFiles['helm/argocd.values.yaml'] = argoCdBootstrapValues(config);
  // Gitea runs before Argo CD (README, bootstrap step 1): installed by hand with the Application's values.
  if (config.components.gitea.enabled) bootstrap.extraFiles['helm/gitea.values.yaml'] = giteaBootstrapValues(config);
  return app;
}
