/**
 * The scale test of `npm run bench`: an environment with N generated services, each the full service
 * construct, rendered and written like synth does. Run in a child process per size so peak memory is
 * the process' own.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import { parseOverlay } from '../config/load';
import type { EnvConfig } from '../config/schema';
import { addAppOfApps } from '../constructs/app-of-apps';
import { internalImage } from '../constructs/images';
import { LumenChart } from '../constructs/lumen-chart';
import { canarySteps, Microservice } from '../constructs/microservice';
import { LUMEN_DB_RW } from '../charts/cloudnative-pg';
import { REDIS_SENTINEL } from '../charts/redis';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { Waves } from '../constructs/waves';
import { renderApp } from '../synth/render';
import { dumpYaml } from '../synth/synthesize';
import { writeTree } from '../synth/writer';

export const SCALE_OVERLAY = `cluster:
  name: bench
  distribution: k3s
  baseDomain: bench.local
  apiServer: { cidrs: [10.0.0.1/32] }
registry: { host: "10.0.0.1:5000" }
git: { repoURL: "http://gitea-http.gitea.svc.cluster.local:3000/lumen/lumen-gitops.git", targetRevision: main }
`;

const SERVICES_PER_NAMESPACE = 50;

/** One chart per service (one Argo CD Application each), a namespace per 50 services. */
export function buildScaleApp(config: EnvConfig, services: number): App {
  const app = new App({ outdir: '.unused' });
  const ns = new LumenChart(app, 'bench-namespaces', { config, wave: Waves.FOUNDATION });
  for (let n = 0; n < Math.ceil(services / SERVICES_PER_NAMESPACE); n++) new PlatformNamespace(ns, `bench-${n}`);
  for (let i = 0; i < services; i++) {
    const namespace = `bench-${Math.floor(i / SERVICES_PER_NAMESPACE)}`;
    const id = `svc-${String(i).padStart(4, '0')}`;
    const chart = new LumenChart(app, id, { config, wave: Waves.APPLICATIONS, namespace });
    // The full service construct: Rollout (canary + analysis), Service, HPA, PDB, flows to its dependencies,
    // ServiceMonitor, IngressRoute with its Certificate, Vault-fed credentials.
    const svc = new Microservice(chart, id, {
      namespace,
      image: internalImage(config.registry.host, `bench/${id}`, '1.0.0'),
      resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
      autoscaling: { minReplicas: 2, maxReplicas: 4 },
      dependsOn: [REDIS_SENTINEL, LUMEN_DB_RW],
      canary: { steps: canarySteps([20, 80]), analysis: { maxErrorRate: 0.01, window: '5m' } },
      secretEnv: { PG_PASSWORD: { from: LUMEN_DB_RW, key: 'password' } },
    });
    svc.exposeViaIngressRoute({ host: `${id}.${config.cluster.baseDomain}` });
  }
  addAppOfApps(app, config);
  return app;
}

/**
 * The environment's files (path → YAML), as renderEnvironment gives synth its output: the construct tree and
 * the manifests are garbage once this returns, before anything is written.
 */
export function renderScaleFiles(config: EnvConfig, services: number): Map<string, string> {
  return new Map(renderApp(buildScaleApp(config, services)).map((o) => [o.file, dumpYaml(o.manifest)]));
}

/** Renders and writes N services; returns resources, milliseconds and peak RSS. */
export function runScale(services: number): { services: number; resources: number; ms: number; renderMs: number; writeMs: number; peakMB: number } {
  // RAM-backed when the machine has one: the figure is then our writer's, not the disk's (on this VM's disk,
  // creating 18 000 files costs 0.5 s to 8 s depending on what the disk is still discarding from the run before).
  const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const out = fs.mkdtempSync(path.join(base, 'lumen-bench-'));
  try {
    const started = process.hrtime.bigint();
    const config = parseOverlay(SCALE_OVERLAY, 'bench.yaml', 'bench');
    const files = renderScaleFiles(config, services);
    const rendered = process.hrtime.bigint();
    writeTree(out, 'bench', files);
    const done = process.hrtime.bigint();
    const ms = (a: bigint, b: bigint) => Math.round(Number(b - a) / 1e6);
    // Writing is disk-bound (and noisy on a shared disk): reported apart from the CPU-bound render.
    return { services, resources: files.size, ms: ms(started, done), renderMs: ms(started, rendered), writeMs: ms(rendered, done), peakMB: Math.round(process.resourceUsage().maxRSS / 1024) };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) {
  process.stdout.write(`${JSON.stringify(runScale(Number(process.argv[2] ?? '1000')))}\n`);
}
