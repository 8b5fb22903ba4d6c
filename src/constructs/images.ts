import { PUBLIC_REGISTRIES } from '../config/schema';

/** A parsed, pinned image reference in the internal registry. */
export interface ImageRef {
  /** `host[:port][/path]` of the internal registry. */
  readonly registry: string;
  /** Repository path below the registry, e.g. `jetstack/cert-manager-controller`. */
  readonly repository: string;
  /** Pinned tag, never `latest`. */
  readonly tag: string;
  /**
   * The manifest digest (`sha256:<64 hex>`) when known: first-party images of environments that enforce signatures.
   * @default - none: the image is referenced by tag
   */
  readonly digest?: string;
  /** `registry/repository:tag`, or `registry/repository:tag@digest` when the digest is known. */
  readonly ref: string;
}

const REPO = /^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** Builds the internal-registry reference for an image (by `tag@digest` when a digest is given); throws on a bad repository, tag or digest. */
export function internalImage(registry: string, repository: string, tag: string, digest?: string): ImageRef {
  if (!REPO.test(repository)) throw new Error(`'repository' must be an image path such as org/name, got "${repository}"`);
  if (!TAG.test(tag)) throw new Error(`'tag' must match ${TAG.source}, got "${tag}"`);
  if (tag === 'latest') throw new Error(`'tag' must be pinned, got "latest" for ${repository}`);
  const host = registry.split('/')[0].split(':')[0];
  if (PUBLIC_REGISTRIES.includes(host)) throw new Error(`'registry' must be the internal registry, got public "${registry}"`);
  if (digest === undefined) return { registry, repository, tag, ref: `${registry}/${repository}:${tag}` };
  if (!DIGEST.test(digest)) throw new Error(`'digest' must be sha256:<64 lower-case hex>, got "${digest}" for ${repository}:${tag}`);
  return { registry, repository, tag, digest, ref: `${registry}/${repository}:${tag}@${digest}` };
}
