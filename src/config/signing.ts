/**
 * Signed images, as the overlay declares them (issue 14): the cosign public key the overlay names is read and
 * checked here, once, so constructs get its PEM text and never read files; and the rules no single key can
 * express: staging and prod must enforce signatures, an enforcing environment runs its first-party images by
 * digest, and the verifier must be able to reach the registry the way the overlay says it speaks.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { z } from 'zod';
import { enforcesSigning, envConfigSchema, SigningConfig } from './schema';

type ParsedOverlay = z.output<typeof envConfigSchema>;

/** A problem with the overlay's signing settings: `<key path>: <expected …, found …>` (the loader prefixes the file). */
export interface SigningProblem {
  readonly key: string;
  readonly message: string;
}

/** cosign writes `-----BEGIN PUBLIC KEY-----` (SubjectPublicKeyInfo); nothing else is a public key here. */
const PEM_PUBLIC_KEY = /^-----BEGIN PUBLIC KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END PUBLIC KEY-----\r?\n?$/;

/**
 * What is wrong with a public key's PEM text (undefined when it is an ECDSA P-256 public key). The curve is
 * checked from the key itself (node's crypto), not from the text: a P-384 or RSA key in the same PEM
 * armour is refused, and so is a private key (which `createPublicKey` would silently derive a public key from).
 */
export function publicKeyProblem(pem: string): string | undefined {
  const text = pem.trim() + '\n';
  if (/PRIVATE KEY-----/.test(text)) return 'a private key (never commit it: it belongs in the runner secrets only)';
  if (!PEM_PUBLIC_KEY.test(text)) return 'no PEM public key (-----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----)';
  let key: crypto.KeyObject;
  try {
    key = crypto.createPublicKey({ key: text, format: 'pem' });
  } catch (e) {
    return `a PEM block that is no valid public key (${(e as Error).message.split('\n')[0]})`;
  }
  if (key.asymmetricKeyType !== 'ec') return `an ${key.asymmetricKeyType?.toUpperCase() ?? 'unknown'} key`;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (curve !== 'prime256v1') return `an ECDSA key on curve ${curve ?? 'unknown'}`;
  return undefined;
}

/**
 * Reads `signing.publicKey` (relative to the overlay's folder) and checks it; returns the PEM text, or a problem
 * naming the file it read.
 */
export function readPublicKey(keyPath: string, baseDir: string): { pem: string } | { problem: string } {
  const file = path.resolve(baseDir, keyPath);
  let pem: string;
  try {
    pem = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { problem: `expected a readable file (relative to the overlay's folder), found ${keyPath}: ${(e as NodeJS.ErrnoException).code ?? e}` };
  }
  const problem = publicKeyProblem(pem);
  return problem ? { problem: `expected an ECDSA P-256 public key in PEM, found ${keyPath}: ${problem}` } : { pem: pem.trim() + '\n' };
}

/**
 * Registries go-containerregistry (what policy-controller pulls signatures with) speaks plain HTTP to, with no
 * flag to ask for it: RFC 1918 addresses, localhost, `*.local` and `*.localhost` names, loopback
 * (pkg/name/registry.go `Scheme()`, v0.20.3, the version policy-controller v0.13.1 builds with).
 */
export function verifierSpeaksHttpTo(registryHost: string): boolean {
  const host = registryHost.split('/')[0];
  const name = host.replace(/:\d{1,5}$/, '');
  const ip = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(name);
  if (ip) {
    const [a, b] = [Number(ip[1]), Number(ip[2])];
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || name === '127.0.0.1') return true;
  }
  return host.startsWith('localhost:') || /\.local(host)?(:\d{1,5})?$/.test(host);
}

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The first-party images an overlay runs (services' current and legacy versions), with their key paths. */
export function serviceImages(c: ParsedOverlay): { service: string; key: string; repository: string; tag: string; digest?: string }[] {
  const out: { service: string; key: string; repository: string; tag: string; digest?: string }[] = [];
  for (const [name, s] of Object.entries(c.services) as [string, any][]) {
    if (!s.enabled) continue;
    out.push({ service: kebab(name), key: `services.${name}.image`, repository: s.image.repository, tag: s.image.tag, digest: s.image.digest });
    for (const [v, legacy] of Object.entries(s) as [string, any][]) {
      if (/^v\d+$/.test(v) && legacy?.enabled && typeof legacy.tag === 'string') {
        out.push({ service: `${kebab(name)} ${v}`, key: `services.${name}.${v}`, repository: s.image.repository, tag: legacy.tag, digest: legacy.digest });
      }
    }
  }
  return out;
}

/**
 * The signing rules of one parsed overlay: the key read and checked, staging and prod enforcing with the verifier
 * on, every first-party image of an enforcing environment pinned by digest, the registry reachable by the verifier.
 */
export function loadSigning(c: ParsedOverlay, env: string, baseDir: string): { signing?: SigningConfig; problems: SigningProblem[] } {
  const problems: SigningProblem[] = [];
  const signed = enforcesSigning(env);
  const s = c.signing;
  if (!s) {
    if (signed) problems.push({ key: 'signing', message: `required in ${env} (staging and prod admit only signed first-party images): expected { publicKey: ../cosign.pub, mode: enforce }, found nothing` });
    return { problems };
  }
  if (signed && s.mode !== 'enforce') {
    problems.push({ key: 'signing.mode', message: `expected "enforce" in ${env} (only other environments may warn), found "${s.mode}"` });
  }
  if (signed && !c.components.policyController.enabled) {
    problems.push({ key: 'components.policyController.enabled', message: `expected true in ${env} (the verifier enforces signing), found false` });
  }
  // The verifier resolves every image of the namespaces it sees to a digest and reads signatures: it must reach the
  // registry, and its egress policy needs an address for that.
  if (c.components.policyController.enabled && !/^(\d{1,3}\.){3}\d{1,3}(:\d+)?(\/|$)/.test(c.registry.host) && !c.registry.cidr) {
    problems.push({
      key: 'registry.cidr',
      message: `expected where ${c.registry.host} answers (an IPv4 CIDR: the signature verifier's egress policy needs an address), found nothing`,
    });
  }
  if (c.components.policyController.enabled && c.registry.insecure && !verifierSpeaksHttpTo(c.registry.host)) {
    problems.push({
      key: 'registry.insecure',
      message: `expected a registry policy-controller can read over plain HTTP (an RFC 1918 address, localhost, *.local or *.localhost) or TLS (insecure: false), found true for ${c.registry.host}`,
    });
  }
  if (s.mode === 'enforce') {
    for (const i of serviceImages(c)) {
      if (i.digest) continue;
      // promote moves a service's current image; a legacy API version's digest is set by hand.
      const how = i.key.endsWith('.image') ? `npm run promote -- --env ${env} --service ${i.service} --tag ${i.tag} --digest sha256:…` : `set ${i.key}.digest to the digest CI pushed for ${i.tag}`;
      problems.push({
        key: `${i.key}.digest`,
        message: `${i.service} in ${env} runs ${i.repository}:${i.tag} by tag only; expected a digest sha256:<64 hex> (signatures are verified by digest: ${how}), found nothing`,
      });
    }
  }
  const key = readPublicKey(s.publicKey, baseDir);
  if ('problem' in key) {
    problems.push({ key: 'signing.publicKey', message: key.problem });
    return { problems };
  }
  return { signing: { ...s, publicKeyPem: key.pem }, problems };
}
