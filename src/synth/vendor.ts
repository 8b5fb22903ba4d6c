/**
 * The vendor charts of one environment, rendered (src/helm/render.ts) into objects of their application's
 * folder, plus each render's inputs file (`<folder>/.helm/<release>.values.yaml`).
 */
import { CliError, isPersonError } from '../cli/cli-util';
import type { EnvConfig } from '../config/schema';
import type { LumenChart } from '../constructs/lumen-chart';
import type { ChartLock } from '../helm/lock';
import { ChartRenderer, HELM_INPUTS_DIR, HelmOptions, inputsFile } from '../helm/render';
import { renderedFolder } from '../platform/fleet';
import { objectFile, RenderedObject } from './render';

const renderers = new Map<string, ChartRenderer>();

export function renderVendorCharts(config: EnvConfig, charts: readonly LumenChart[], helm: HelmOptions): { objects: RenderedObject[]; files: Map<string, string>; lock: ChartLock } {
  const memo = JSON.stringify(helm);
  let renderer = renderers.get(memo);
  if (!renderer) renderers.set(memo, (renderer = new ChartRenderer(helm)));
  const releases = charts.filter((c) => c.helmRelease);
  const objects: RenderedObject[] = [];
  const files = new Map<string, string>();
  const lock = renderer.lock;
  if (!releases.length) return { objects, files, lock };
  const problems: string[] = [];
  const reqs = releases.map((chart) => {
    const release = chart.helmRelease!;
    return {
      app: chart.app, chart: release.chart, version: release.version, release: release.releaseName,
      namespace: chart.namespace ?? release.namespace, values: release.values as Record<string, unknown>, folder: chart.folder, env: renderedFolder(config),
      volatile: release.volatile, configSecrets: release.configSecrets, inertUrls: release.inertUrls,
    };
  });
  renderer.renderAll(reqs).forEach((r, i) => {
    const chart = releases[i];
    if (r instanceof Error) {
      // Every chart's problems in one message, like a bad overlay's.
      if (!isPersonError(r)) throw r;
      problems.push(r.message);
      return;
    }
    const names: string[] = [];
    for (const { manifest, text } of r.objects) {
      const file = objectFile(chart.folder, chart.namespace, manifest);
      names.push(file.slice(chart.folder.length + 1));
      objects.push({ file, chart, manifest, text });
    }
    files.set(`${chart.folder}/${HELM_INPUTS_DIR}/${reqs[i].release}.values.yaml`, inputsFile(reqs[i], r, names.sort()));
  });
  if (problems.length) throw new CliError(`${config.env}: ${problems.length} vendor chart problem(s); dist/ left as it was\n${problems.join('\n')}`);
  return { objects, files, lock };
}
