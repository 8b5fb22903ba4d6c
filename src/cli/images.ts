/**
 * `npm run images [-- --env prod] [--only images|charts|registries]`: the air-gap inventory of each
 * environment, rendered now: the images and charts the connected zone must bring in, and the K3s
 * registries.yaml of the nodes. The same content as dist/<env>/{images.txt,charts.txt,registries.yaml}.
 */
import * as path from 'path';
import { loadOverlays, overlayFiles } from '../config/load';
import { CliError, parseCommand, repoRoot, runCli } from './cli-util';
import { bundleRenderer, moduleRenderer, RenderEnvironment } from './renderer';

const ROOT = repoRoot(__dirname);
const SECTIONS = { images: 'images.txt', charts: 'charts.txt', registries: 'registries.yaml' } as const;
type Section = keyof typeof SECTIONS;

export function inventoryListing(overlaysDir: string, envs: string[], only?: Section, render: RenderEnvironment = moduleRenderer): string {
  let files: string[];
  try {
    files = overlayFiles(overlaysDir, envs.length ? envs : undefined);
  } catch (e) {
    throw new CliError(`images: ${(e as Error).message}`);
  }
  const out: string[] = [];
  for (const config of loadOverlays(files)) {
    const o = render(config);
    // A fleet (README "Several clusters") has one inventory per cluster: dist/<env>/<cluster>/.
    const where = o.config.clusters ? o.config.clusters.map((c) => `${o.config.env}/${c.name}`) : [o.config.env];
    for (const dir of where) {
      const prefix = dir.slice(o.config.env.length + 1);
      for (const s of (only ? [only] : Object.keys(SECTIONS)) as Section[]) {
        const content = o.files.get(`${prefix ? `${prefix}/` : ''}${SECTIONS[s]}`) ?? '';
        const count = s === 'registries' ? '' : ` (${content.split('\n').filter(Boolean).length})`;
        out.push(`# ${dir}: ${s}${count}, dist/${dir}/${SECTIONS[s]}\n${content}`);
      }
    }
  }
  return out.join('\n');
}

const USAGE = `usage: npm run images [-- --env NAME]... [--only images|charts|registries]
  --env NAME    only this environment; repeatable (default: every overlay)
  --only WHAT   one section: images (images.txt), charts (charts.txt) or registries (registries.yaml)
  -h, --help    this text`;

export function parseImagesArgs(argv: string[]): { envs: string[]; only?: Section } {
  const { values } = parseCommand('images', argv, { options: { env: { type: 'string', multiple: true }, only: { type: 'string' } }, usage: USAGE });
  const only = values.only;
  if (only !== undefined && !(only in SECTIONS)) throw new CliError(`images: --only expects one of ${Object.keys(SECTIONS).join(', ')}, found "${only}"\n${USAGE}`);
  return { envs: values.env ?? [], only: only as Section | undefined };
}

if (require.main === module) {
  runCli(() => {
    const { envs, only } = parseImagesArgs(process.argv.slice(2));
    process.stdout.write(inventoryListing(path.join(ROOT, 'overlays'), envs, only, bundleRenderer(ROOT)));
  });
}
