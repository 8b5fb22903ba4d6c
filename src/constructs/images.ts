import { PUBLIC_REGISTRIES } from '../config/schema';

/** A parsed, pinned image reference in the internal registry. */
export interface ImageRef {
  /** `host[:port][/path]` of the internal registry. */
  readonly registry: string;
  /** Repository path below the registry, e.g. `jetstack/cert-manager-controller`. */
  readonly repository: string;
  /** Pinned tag, never `latest`. */
  readonly tag: string;
  /** `registry/repository:tag`. */
  readonly ref: string;
}

const REPO = /^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Builds the internal-registry reference for an upstream image; throws on a bad repository or tag. */
export function internalImage(registry: string, repository: string, tag: string): ImageRef {
  if (!REPO.test(repository)) throw new Error(`'repository' must be an image path such as org/name, got "${repository}"`);
  if (!TAG.test(tag)) throw new Error(`'tag' must match ${TAG.source}, got "${tag}"`);
  if (tag === 'latest') throw new Error(`'tag' must be pinned, got "latest" for ${repository}`);
  const host = registry.split('/')[0].split(':')[0];
  if (PUBLIC_REGISTRIES.includes(host)) throw new Error(`'registry' must be the internal registry, got public "${registry}"`);
  return { registry, repository, tag, ref: `${registry}/${repository}:${tag}` };
}
