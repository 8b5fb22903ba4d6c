/**
 * `npm run promote -- --env <env> --service <name> [--api-version <v>] (--tag <tag> [--digest sha256:…] | --from <env>)`:
 * sets one service's image tag in overlays/<env>.yaml (`services.<name>.image.tag`, or `versions.<v>.tag` for a
 * service deployed per API version), and its digest beside it (`…digest`: what CI pushed and signed; required
 * where signatures are enforced), with surgical edits (comments kept), and re-synthesizes
 * dist/<env>/, leaving a one-commit change: the overlay line, the service's rendered manifests, images.txt.
 * What an application repository's pipeline calls after pushing an image (instead of the seed's sed on
 * manifests); `--from staging` promotes the tag staging runs to prod.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadOverlay, overlayFiles, parseOverlay } from '../config/load';
import { setOverlayValue } from '../config/overlay-edit';
import { imageDigest, imageTag, servicesSchema } from '../config/schema';
import { writeTree } from '../synth/writer';
import { CliError, parseCommand, repoRoot, runCli } from './cli-util';
import { driftOf } from './drift';
import { bundleRenderer, moduleRenderer, RenderEnvironment } from './renderer';

const ROOT = repoRoot(__dirname);
const USAGE = `usage: npm run promote -- --env ENV --service NAME [--api-version V] (--tag TAG [--digest DIGEST] | --from ENV) [--overlays DIR] [--out DIR]
  --env ENV           the environment to change (overlays/ENV.yaml)
  --service NAME      the service: its key (lumenApi) or name (lumen-api)
  --api-version V     which version, for a service deployed per API version (default: its only one)
  --tag TAG           the image tag to set
  --digest DIGEST     the image's digest, sha256:<64 hex>, as CI pushed and signed it (required where signatures are enforced)
  --from ENV          copy the tag (and digest) that environment runs
  --overlays DIR      the folder of <env>.yaml overlays (default: overlays/)
  --out DIR           where dist/<env>/ is re-rendered (default: dist/)
  -h, --help          this text`;

export interface PromoteOptions {
  readonly env: string;
  /** The service's key in `services` (lumenApi) or its kebab-case name (lumen-api). */
  readonly service: string;
  /**
   * For a service deployed per API version (`services.<name>.versions.<v>.tag`): which version.
   * @default - the only version, when the service has one
   */
  readonly apiVersion?: string;
  /** The tag to set; exactly one of `tag` and `from`. */
  readonly tag?: string;
  /**
   * The image's digest (`sha256:<64 hex>`), set beside the tag; only with `tag`.
   * @default - none: the tag alone (refused where the environment pins this image by digest already)
   */
  readonly digest?: string;
  /** Copy the tag this environment runs. */
  readonly from?: string;
  /** @default overlays/ */
  readonly overlaysDir?: string;
  /** @default dist/ */
  readonly outDir?: string;
}

export interface PromoteResult {
  readonly file: string;
  readonly service: string;
  /** The key path below `services.<service>` that was set, e.g. `image.tag`. */
  readonly keyPath: string[];
  readonly previous: string;
  readonly tag: string;
  /** The digest before and after (undefined: none). */
  readonly previousDigest?: string;
  readonly digest?: string;
  /** Files of dist/<env>/ that changed. */
  readonly changed: string[];
}

/** Every service key of the overlay schema. */
export function serviceKeys(): string[] {
  return Object.keys(servicesSchema.unwrap().shape);
}

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The schema key of a service named by key or kebab-case name. */
export function serviceKey(name: string): string {
  const keys = serviceKeys();
  const key = keys.find((k) => k === name || kebab(k) === name);
  if (!key) throw new CliError(`promote: unknown service "${name}" (services: ${keys.map(kebab).join(', ')})`);
  return key;
}

function overlayOf(overlaysDir: string, env: string): string {
  try {
    return overlayFiles(overlaysDir, [env])[0];
  } catch (e) {
    throw new CliError(`promote: ${(e as Error).message}`);
  }
}

function valueAt(o: unknown, keys: string[]): unknown {
  return keys.reduce<any>((v, k) => (v && typeof v === 'object' ? v[k] : undefined), o);
}

/**
 * Where a service's image tag lives below `services.<name>`: `image.tag`, or `versions.<v>.tag` for a
 * service deployed once per API version.
 */
export function tagPath(services: object, service: string, apiVersion?: string): string[] {
  const s = (services as Record<string, any>)[service];
  if (typeof s?.image?.tag === 'string') {
    if (apiVersion) throw new CliError(`promote: ${kebab(service)} has one image tag (services.${service}.image.tag); drop --api-version`);
    return ['image', 'tag'];
  }
  const versions = Object.keys(s?.versions ?? {});
  if (!versions.length) throw new CliError(`promote: services.${service} has no image tag to set`);
  if (apiVersion === undefined && versions.length === 1) return ['versions', versions[0], 'tag'];
  if (apiVersion === undefined || !versions.includes(apiVersion)) {
    throw new CliError(`promote: ${kebab(service)} runs one image tag per API version: give --api-version ${versions.join(' or ')}${apiVersion ? ` (got "${apiVersion}")` : ''}`);
  }
  return ['versions', apiVersion, 'tag'];
}

export function promote(opts: PromoteOptions, render: RenderEnvironment = moduleRenderer): PromoteResult {
  const overlaysDir = opts.overlaysDir ?? path.join(ROOT, 'overlays');
  const outDir = opts.outDir ?? path.join(ROOT, 'dist');
  if ((opts.tag === undefined) === (opts.from === undefined)) throw new CliError(`promote: give exactly one of --tag TAG and --from ENV\n${USAGE}`);
  if (opts.digest !== undefined && opts.from !== undefined) throw new CliError(`promote: --digest goes with --tag (--from copies the digest too)\n${USAGE}`);
  if (opts.digest !== undefined) {
    const d = imageDigest.safeParse(opts.digest);
    if (!d.success) throw new CliError(`promote: --digest "${opts.digest}" is not an image digest: expected sha256:<64 lower-case hex> (what the registry answered to the push), found ${opts.digest.length} character(s)`);
  }
  const service = serviceKey(opts.service);
  const file = overlayOf(overlaysDir, opts.env);
  const current = loadOverlay(file);
  const keyPath = tagPath(current.services, service, opts.apiVersion);
  // The digest lives beside the tag: image.digest, versions.<v>.digest.
  const digestPath = [...keyPath.slice(0, -1), 'digest'];
  const source = opts.from !== undefined ? loadOverlay(overlayOf(overlaysDir, opts.from)).services : undefined;
  const tag = opts.tag ?? String(valueAt(source, [service, ...keyPath]));
  const valid = imageTag.safeParse(tag);
  if (!valid.success) throw new CliError(`promote: --tag "${tag}" is not a valid image tag: expected ${valid.error.issues[0].message}`);
  const digest = opts.digest ?? (source ? valueAt(source, [service, ...digestPath]) as string | undefined : undefined);

  const previous = String(valueAt(current.services, [service, ...keyPath]));
  const previousDigest = valueAt(current.services, [service, ...digestPath]) as string | undefined;
  const rel = path.relative(process.cwd(), file) || file;
  if (previous === tag && previousDigest === (digest ?? previousDigest)) return { file: rel, service, keyPath, previous, tag, previousDigest, digest: previousDigest, changed: [] };
  // A new tag under the old tag's digest would run the old image: the digest must move with the tag.
  if (previous !== tag && previousDigest !== undefined && digest === undefined) {
    throw new CliError(`promote: ${opts.env} runs ${kebab(service)} by digest (services.${service}.${digestPath.join('.')}); give --digest sha256:… of ${tag} with --tag`
      + `${opts.from ? ` (${opts.from} has none to copy)` : ''}`);
  }

  const text = fs.readFileSync(file, 'utf8');
  let edited = previous === tag ? text : setOverlayValue(text, ['services', service, ...keyPath], tag, rel);
  if (digest !== undefined && digest !== previousDigest) edited = setOverlayValue(edited, ['services', service, ...digestPath], digest, rel);
  // Render and gate before writing anything: a failure leaves the overlay and dist/ as they were.
  // (The renderer loads here, after every check: a rejected tag or service fails in ~0.1 s.)
  const out = render(parseOverlay(edited, rel, current.env));
  const drift = driftOf(out, outDir);
  fs.writeFileSync(file, edited);
  writeTree(outDir, current.env, out.files);
  return { file: rel, service, keyPath, previous, tag, previousDigest, digest: digest ?? previousDigest, changed: [...drift.added, ...drift.changed, ...drift.removed].sort() };
}

export function parsePromoteArgs(argv: string[]): PromoteOptions {
  const { values: o } = parseCommand('promote', argv, {
    options: {
      env: { type: 'string' }, service: { type: 'string' }, 'api-version': { type: 'string' }, tag: { type: 'string' }, digest: { type: 'string' },
      from: { type: 'string' }, overlays: { type: 'string' }, out: { type: 'string' },
    },
    usage: USAGE,
  });
  if (!o.env) throw new CliError(`promote: --env is required\n${USAGE}`);
  if (!o.service) throw new CliError(`promote: --service is required\n${USAGE}`);
  return {
    env: o.env, service: o.service, apiVersion: o['api-version'], tag: o.tag, digest: o.digest, from: o.from,
    overlaysDir: o.overlays && path.resolve(o.overlays), outDir: o.out && path.resolve(o.out),
  };
}

if (require.main === module) {
  runCli(() => {
    const opts = parsePromoteArgs(process.argv.slice(2));
    const r = promote(opts, bundleRenderer(ROOT));
    if (r.previous === r.tag && r.previousDigest === r.digest) {
      process.stdout.write(`promote: ${opts.env} already runs ${kebab(r.service)} ${r.tag}${r.digest ? `@${r.digest}` : ''}; nothing changed\n`);
      return;
    }
    process.stdout.write(`${r.file}: services.${r.service}.${r.keyPath.join('.')} ${r.previous} → ${r.tag}${opts.from ? ` (from ${opts.from})` : ''}\n`);
    if (r.digest !== r.previousDigest) process.stdout.write(`${r.file}: services.${r.service}.${[...r.keyPath.slice(0, -1), 'digest'].join('.')} ${r.previousDigest ?? '(none)'} → ${r.digest}\n`);
    process.stdout.write(r.changed.length
      ? `dist/${opts.env}: ${r.changed.length} file(s) changed\n${r.changed.map((f) => `  ~ ${f}`).join('\n')}\n`
      : `dist/${opts.env}: no rendered change (is ${kebab(r.service)} enabled and registered in src/registry.ts?)\n`);
  });
}
