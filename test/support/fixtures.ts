import * as path from 'path';
import { App, Chart } from 'cdk8s';
import { renderApp } from '../../src/synth/render';
import { readTree } from '../../src/synth/writer';
import { loadOverlay, parseOverlay } from '../../src/config/load';
import { componentsSchema, servicesSchema } from '../../src/config/schema';
import type { EnvConfig } from '../../src/config/schema';

export const ROOT = path.resolve(__dirname, '..', '..');
export const ENVS = ['dev', 'staging', 'prod'] as const;

/** The committed overlay of an environment. */
export function overlay(env: (typeof ENVS)[number]): EnvConfig {
  return loadOverlay(path.join(ROOT, 'overlays', `${env}.yaml`));
}

/** A minimal valid overlay text, for tests that change one value. */
export const MINIMAL_OVERLAY = `cluster:
  name: test
  distribution: k3s
  baseDomain: test.local
  apiServer: { cidrs: [10.0.0.1/32] }
registry: { host: "10.0.0.1:5000" }
git: { repoURL: "http://gitea-http.gitea.svc.cluster.local:3000/lumen/lumen-gitops.git", targetRevision: main }
`;

export function testConfig(extra = ''): EnvConfig {
  return parseOverlay(MINIMAL_OVERLAY + extra, 'overlays/test.yaml', 'test');
}

/** The text of a valid overlay with every optional component and service off (Argo CD stays). */
export function smallOverlay(): string {
  const off = (keys: string[]) => keys.map((k) => `  ${k}: { enabled: false }\n`).join('');
  return `${MINIMAL_OVERLAY}components:\n${off(Object.keys(componentsSchema.unwrap().shape).filter((k) => k !== 'argocd'))}`
    + `services:\n${off(Object.keys(servicesSchema.unwrap().shape))}`;
}

/** A valid overlay with every optional component and service off: a small environment, quick to render. */
export function smallConfig(env = 'test'): EnvConfig {
  return parseOverlay(smallOverlay(), `overlays/${env}.yaml`, env);
}

/** Every file below a folder: relative path → content. */
export function treeOf(dir: string): Record<string, string> {
  return Object.fromEntries(readTree(dir));
}

/** A fresh app for construct tests. */
export function testApp(): App {
  return new App({ outdir: '.unused' });
}

/** What dist/ gets for one chart (our renderer: cluster-scoped objects lose the chart's namespace). */
export function synth(chart: Chart): any[] {
  return renderApp(App.of(chart) as App).filter((o) => o.chart === chart).map((o) => o.manifest);
}
