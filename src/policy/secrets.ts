/**
 * Secrets never live in Git: credentials come from Vault (VaultStaticSecret). Three checks over every
 * string of every document, Helm values included:
 * - a Secret with data or stringData;
 * - a private key (PEM, or PEM encoded in base64);
 * - a high-entropy token (what a generated password, API key or token looks like), or a literal value under
 *   a credential key (`password`, `adminPassword`, `apiKey`...).
 * Known-safe shapes are allowed: digests (`sha256:<hex>`), UUIDs, public PEM certificates and base64 CA
 * bundles, Git commit ids under a revision key.
 */
import type { Manifest } from '../synth/render';
import { ValueVisitor, walkValues } from './walk';

export const PRIVATE_KEY = /-----BEGIN[A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/;
/** "-----BEGIN" in base64 at the three possible alignments. */
const PRIVATE_KEY_B64 = /LS0tLS1CRUdJTi|0tLS0tQkVHSU4|tLS0tLUJFR0lO/;

/** Tokens: runs of the base64 alphabet (separators `-._:` split identifiers such as `cert-manager-webhook`). */
const TOKEN = /[A-Za-z0-9+/]{20,}={0,2}/g;
/** Does the string hold a run of 20 characters of the TOKEN alphabet (one pass; the regex retries at every position)? */
function hasTokenRun(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 47) {
      if (++run === 20) return true;
    } else {
      run = 0;
    }
  }
  return false;
}
const HEX_TOKEN = /^[0-9a-f]+$/i;
const SAFE_SUBSTRINGS = [
  /sha(256|384|512):[a-f0-9]{32,128}/gi,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g,
  // PEM public keys (cosign.pub in a ClusterImagePolicy): public by design.
  /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g,
  // SSH public keys (known_hosts, authorized_keys): public by design.
  /\b(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) AAAA[0-9A-Za-z+/]+={0,3}/g,
  // Grafana object ids in dashboard JSON.
  /"uid"\s*:\s*"[A-Za-z0-9_-]{1,40}"/g,
];
/** Keys whose hex values are commit ids or digests, not secrets. */
const REVISION_KEY = /revision|commit|sha|digest|checksum/i;
/** Keys that hold a credential when given a literal string. */
const CREDENTIAL_KEY = /^(password|passwd|secret|token|apikey|api_key|accesskey|access_key|secretkey|secret_key|clientsecret|client_secret|privatekey|private_key)$|.Password$/i;

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * The entropy above which a token of this length looks random. Random base64 of 20 characters averages
 * 4.0 bits (never more than log2(20) = 4.3), of 40 characters 4.8; identifiers of the platform stay below.
 * Hex tokens (16 symbols) get a lower bar: random hex of 32 averages 3.6.
 */
export function entropyThreshold(token: string): number {
  if (HEX_TOKEN.test(token)) return 3.0;
  return Math.min(4.3, Math.log2(token.length) - 0.6);
}

/** High-entropy tokens in one string (allowlisted shapes removed first). */
export function highEntropyTokens(value: string, key = ''): string[] {
  // Removing the allowlisted shapes only cuts runs of the alphabet (into pieces, with a space): no run of
  // 20 before, none after. Most strings (names, labels, short values) stop here.
  if (value.length < 20 || !hasTokenRun(value)) return [];
  if (isCaBundle(value)) return [];
  let text = value;
  for (const re of SAFE_SUBSTRINGS) text = text.replace(re, ' ');
  const found: string[] = [];
  for (const token of text.match(TOKEN) ?? []) {
    const bare = token.replace(/=+$/, '');
    const hex = HEX_TOKEN.test(bare);
    if (hex && (bare.length < 32 || REVISION_KEY.test(key))) continue;
    // Random tokens of 20+ characters mix letters and digits (a pure-letter run is a word or CamelCase name).
    if (!/[0-9]/.test(bare) || !/[A-Za-z]/.test(bare)) continue;
    // A lower-case path (`5000/hashicorp/vault` of an image reference): random base64 has upper case.
    if (bare.includes('/') && /^[a-z0-9/]+$/.test(bare)) continue;
    if (shannonEntropy(bare) >= entropyThreshold(bare)) found.push(token);
  }
  return found;
}

/** A base64 value that decodes to public certificates only (a CA bundle). */
function isCaBundle(value: string): boolean {
  if (value.length < 100 || !/^[A-Za-z0-9+/\s]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return decoded.includes('-----BEGIN CERTIFICATE-----') && !PRIVATE_KEY.test(decoded);
}

function redact(token: string): string {
  return token.length <= 8 ? '****' : `${token.slice(0, 4)}…${token.slice(-2)} (${token.length} chars)`;
}

/**
 * A vendor chart's Secret that holds configuration, not credentials (an init script, a config file the chart
 * only mounts from a Secret): allowed with a reason (HelmRelease `configSecrets`), its data checked decoded.
 */
export const CONFIG_SECRET_ANNOTATION = 'lumen.dev/config-secret';

export function isConfigSecret(m: Manifest): boolean {
  return m?.kind === 'Secret' && m.apiVersion === 'v1' && !!m.metadata?.annotations?.[CONFIG_SECRET_ANNOTATION]?.trim();
}

/** The document as the value checks read it: a config Secret's `data` decoded, so what it holds is checked, not its base64. */
export function decodedConfigSecret(m: Manifest): Manifest {
  if (!isConfigSecret(m)) return m;
  const data = (m as { data?: Record<string, string> }).data;
  if (!data) return m;
  return { ...m, data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(String(v), 'base64').toString('utf8')])) };
}

export function secretDataViolations(m: Manifest): string[] {
  return m.kind === 'Secret' && m.apiVersion === 'v1' && ((m as any).data || (m as any).stringData) && !isConfigSecret(m)
    ? ['a Secret with data or stringData: credentials come from Vault (VaultStaticSecret), never from Git'] : [];
}

export function privateKeyViolations(m: Manifest): string[] {
  return collect(m, privateKeyVisitor);
}

export function highEntropyViolations(m: Manifest): string[] {
  return collect(m, highEntropyVisitor);
}

/** Fields whose string value is the *name* of a Secret, not a credential (Keycloak CR `spec.bootstrapAdmin.{user,service}.secret`). */
const SECRET_NAME_FIELDS = /(^|\.)bootstrapAdmin\.(user|service)\.secret$/;

export function credentialKeyViolations(m: Manifest): string[] {
  return collect(m, credentialKeyVisitor);
}

/**
 * The three checks above as visitors of one walk (src/policy/walk.ts): the gate walks each document once
 * for all of them (and the air-gap checks); each pushes what it finds to `out`, in walk order.
 */
export function privateKeyVisitor(out: string[]): ValueVisitor {
  return {
    strings: true,
    visit: (v, _key, path) => {
      const s = v as string;
      // The literal parts of the patterns first (most strings have neither).
      if (s.includes('-----BEGIN') && PRIVATE_KEY.test(s)) out.push(`${path()}: holds a private key (PEM)`);
      else if (s.length >= 13 && PRIVATE_KEY_B64.test(s) && /PRIVATE KEY/.test(Buffer.from(s.replace(/\s/g, ''), 'base64').toString('latin1'))) {
        out.push(`${path()}: holds a base64-encoded private key`);
      }
    },
  };
}

export function highEntropyVisitor(out: string[]): ValueVisitor {
  return {
    strings: true,
    visit: (v, key, path) => {
      const tokens = highEntropyTokens(v as string, key);
      // A CRD's schema: prose and enumerated names (`NoUTF8EscapingWithSuffixes`), never a value anything uses.
      if (tokens.length && path().includes('openAPIV3Schema') && (key === 'description' || /\.enum\[\d+\]$/.test(path()))) return;
      for (const t of tokens) {
        out.push(`${path()}: high-entropy string ${redact(t)} (entropy ${shannonEntropy(t.replace(/=+$/, '')).toFixed(2)}): a credential? use Vault`);
      }
    },
  };
}

/** CREDENTIAL_KEY's verdict by key: documents repeat a few keys (name, value, image...) on every string. */
const credentialKeys = new Map<string, boolean>();
function isCredentialKey(key: string): boolean {
  let yes = credentialKeys.get(key);
  if (yes === undefined) {
    if (credentialKeys.size > 10_000) credentialKeys.clear();
    credentialKeys.set(key, (yes = CREDENTIAL_KEY.test(key)));
  }
  return yes;
}

export function credentialKeyVisitor(out: string[]): ValueVisitor {
  return {
    strings: false,
    visit: (v, key, path) => {
      if (typeof v === 'string' && v !== '' && isCredentialKey(key) && !/^(\$\{|\$\(|\{\{|vault:)/.test(v) && !SECRET_NAME_FIELDS.test(path())) {
        out.push(`${path()}: a literal value under credential key "${key}": reference a Secret synced from Vault instead`);
      }
    },
  };
}

/** What one visitor finds in a document (its own walk). */
function collect(m: Manifest, visitor: (out: string[]) => ValueVisitor): string[] {
  const out: string[] = [];
  walkValues(m, [visitor(out)]);
  return out;
}

