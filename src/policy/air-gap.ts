/**
 * The air gap: nothing in dist/ may point outside the cluster. Checked over every string value of every
 * document (Helm valuesObject and custom resources included):
 * - URLs (http, https, oci, git, ssh...) must point at cluster-internal hosts (`*.svc`, `*.svc.cluster.local`,
 *   a bare service name), the environment's base domain, the internal registry, or a private address;
 * - image references (keys `image`, `imageName`, `*Image`, `repository` under an image) must be in the
 *   internal registry and pinned; no string may name a public registry (`docker.io/...`).
 * Container images of workloads are the admission rules' business (lumen-allowed-repos / -disallowed-tags),
 * not repeated here.
 */
import type { EnvConfig } from '../config/schema';
import { PUBLIC_REGISTRIES } from '../config/schema';
import type { Manifest } from '../synth/render';
import { PINNED_IMAGE_PATTERN } from './admission';
import { podTemplateOf } from './pod-security';
import { ValueVisitor, walkValues } from './walk';

const URL = /\b(https?|oci|git|ssh|ftp|s3|gs|wss?):\/\/[^\s"'<>`\\)\]},]+/gi;
const SCP_GIT = /\bgit@([A-Za-z0-9.-]+):/g;
/** URLs that name a namespace or a schema; nothing ever fetches them. */
const IDENTIFIER_URLS = [/^https?:\/\/(www\.)?w3\.org\//i, /^https?:\/\/json-schema\.org\//i];
const PUBLIC_REGISTRY_REF = new RegExp(`(^|[\\s"'=,(])(${PUBLIC_REGISTRIES.map((r) => r.replace(/\./g, '\\.')).join('|')})/[a-z0-9]`, 'i');
const PINNED = new RegExp(PINNED_IMAGE_PATTERN);
const IMAGE_KEY = /^(image|imageName|[a-zA-Z]+Image)$/;

/** Is this host (no port) inside the air gap? */
export function isInternalHost(host: string, config: EnvConfig): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  const registry = config.registry.host.split('/')[0].split(':')[0].toLowerCase();
  const base = config.cluster.baseDomain.toLowerCase();
  if (!h.includes('.') && !h.includes(':')) return true; // a Service name in the same namespace, localhost
  if (h === registry || h === base || h.endsWith(`.${base}`)) return true;
  if (h.endsWith('.svc') || h.endsWith('.svc.cluster.local') || h.endsWith('.localhost')) return true;
  return isPrivateIp(h);
}

export function isPrivateIp(h: string): boolean {
  if (h === '::1') return true;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** The host of a URL (no user, no port); undefined when there is none. */
export function urlHost(url: string): string | undefined {
  const m = /^[a-z0-9+.-]+:\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)/i.exec(url);
  return m?.[1];
}

export function externalUrlViolations(m: Manifest, config: EnvConfig): string[] {
  const out: Finding[] = [];
  walkValues(m, [externalUrlVisitor(out, m)]);
  return judge(out, config);
}

export function externalImageViolations(m: Manifest, config: EnvConfig): string[] {
  const out: Finding[] = [];
  walkValues(m, [externalImageVisitor(m, out)]);
  return judge(out, config);
}

/**
 * What a visitor finds: a violation, or one that depends on the environment (its registry and base domain),
 * decided by `judge`. The walk itself needs no environment, so one walk of a document serves every
 * environment it appears in (src/synth/gate.ts).
 */
export type Finding = string | ((config: EnvConfig) => string | undefined);

/** The violations among a visitor's findings, for one environment. */
export function judge(findings: readonly Finding[], config: EnvConfig): string[] {
  const out: string[] = [];
  for (const f of findings) {
    const v = typeof f === 'string' ? f : f(config);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** OpenAPI documentation of a CRD (`...openAPIV3Schema...description`): prose that nothing fetches. */
function isSchemaDescription(path: string): boolean {
  return path.includes('openAPIV3Schema');
}

/** A multi-line string without its comment lines (`#` or `//` first: shell, PromQL, YAML, INI): links there are prose. */
function withoutCommentLines(s: string): string {
  return s.includes('\n') || /^\s*(#|\/\/)/.test(s) ? s.split('\n').filter((l) => !/^\s*(#|\/\/)/.test(l)).join('\n') : s;
}

/**
 * URLs a vendor object only prints or documents (a help message of an init script), listed on the object with
 * their reason (HelmRelease `inertUrls`): space-separated prefixes.
 */
export const INERT_URLS_ANNOTATION = 'lumen.dev/inert-urls';

/** The URL check as a visitor of one walk (src/policy/walk.ts): the gate walks each document once for every such check. */
export function externalUrlVisitor(out: Finding[], m?: Manifest): ValueVisitor {
  const inert = (m?.metadata?.annotations?.[INERT_URLS_ANNOTATION] ?? '').split(/\s+/).filter(Boolean);
  return {
    strings: true,
    visit: (v, key, path) => {
      const s = v as string;
      // Both patterns need these literally: most strings stop here.
      if (s.includes('://') && !(key === 'description' && isSchemaDescription(path()))) {
        for (const url of withoutCommentLines(s).match(URL) ?? []) {
          if (IDENTIFIER_URLS.some((re) => re.test(url)) || inert.some((p) => url.startsWith(p))) continue;
          const host = urlHost(url);
          if (host && !host.includes('$') && !host.includes('{')) {
            const at = path();
            out.push((config) => (isInternalHost(host, config) ? undefined
              : `${at}: URL ${url} points outside the cluster (the air gap allows *.svc, *.${config.cluster.baseDomain}, ${config.registry.host}, private addresses)`));
          }
        }
      }
      if (s.includes('git@')) {
        for (const [, host] of s.matchAll(SCP_GIT)) {
          const at = path();
          out.push((config) => (isInternalHost(host, config) ? undefined : `${at}: Git remote git@${host} points outside the cluster`));
        }
      }
    },
  };
}

/** The image check of document `m` as a visitor of one walk. */
export function externalImageVisitor(m: Manifest, out: Finding[]): ValueVisitor {
  const isWorkload = !!podTemplateOf(m);
  return {
    strings: false,
    visit: (v, key, path) => {
      if (typeof v === 'string') {
        // A path ending in `containers[N].image` ends in its key: the key ends in "image" (cheap to test first).
        if (isWorkload && key.endsWith('image') && /containers\[\d+\]\.image$/.test(path())) return; // the admission rules' business
        if (v.includes('/') && PUBLIC_REGISTRY_REF.test(v)) {
          const at = path();
          out.push((config) => `${at}: "${v.slice(0, 100)}" names a public registry (images come from ${config.registry.host})`);
        } else if (IMAGE_KEY.test(key) && /[/:]/.test(v)) {
          const at = path();
          const unpinned = !PINNED.test(v) || /:latest(@|$)/.test(v);
          out.push((config) => (!v.startsWith(`${config.registry.host}/`) ? `${at}: image "${v}" is not in the internal registry ${config.registry.host}`
            : unpinned ? `${at}: image "${v}" is not pinned (a tag other than latest, or a digest)` : undefined));
        }
      } else if (v && typeof v === 'object' && !Array.isArray(v) && /image/i.test(key)) {
        // Helm's { registry, repository, tag } image blocks.
        const img = v as Record<string, unknown>;
        const registry = typeof img.registry === 'string' ? img.registry : undefined;
        for (const [k, repo] of Object.entries(img)) {
          if (/^(repository|[a-z]+Repository)$/.test(k) && typeof repo === 'string') {
            const at = `${path()}.${k}`;
            out.push((config) => (!repo.startsWith(`${config.registry.host}/`) && registry !== config.registry.host
              ? `${at}: "${repo}" is not in the internal registry ${config.registry.host}` : undefined));
          }
        }
        if (img.tag === 'latest') out.push(`${path()}.tag: "latest" is not a pinned tag`);
      }
    },
  };
}
