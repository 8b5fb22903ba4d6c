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
import { eachEntry, eachString } from './walk';

export const PRIVATE_KEY = /-----BEGIN[A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/;
/** "-----BEGIN" in base64 at the three possible alignments. */
const PRIVATE_KEY_B64 = /LS0tLS1CRUdJTi|0tLS0tQkVHSU4|tLS0tLUJFR0lO/;

/** Tokens: runs of the base64 alphabet (separators `-._:` split identifiers such as `cert-manager-webhook`). */
const TOKEN = /[A-Za-z0-9+/]{20,}={0,2}/g;
const HEX_TOKEN = /^[0-9a-f]+$/i;
const SAFE_SUBSTRINGS = [
  /sha(256|384|512):[a-f0-9]{32,128}/gi,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g,
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

export function secretDataViolations(m: Manifest): string[] {
  return m.kind === 'Secret' && m.apiVersion === 'v1' && ((m as any).data || (m as any).stringData)
    ? ['a Secret with data or stringData: credentials come from Vault (VaultStaticSecret), never from Git'] : [];
}

export function privateKeyViolations(m: Manifest): string[] {
  const out: string[] = [];
  eachString(m, (s, path) => {
    if (PRIVATE_KEY.test(s)) out.push(`${path}: holds a private key (PEM)`);
    else if (PRIVATE_KEY_B64.test(s) && /PRIVATE KEY/.test(Buffer.from(s.replace(/\s/g, ''), 'base64').toString('latin1'))) {
      out.push(`${path}: holds a base64-encoded private key`);
    }
  });
  return out;
}

export function highEntropyViolations(m: Manifest): string[] {
  const out: string[] = [];
  eachString(m, (s, path, key) => {
    for (const t of highEntropyTokens(s, key)) {
      out.push(`${path}: high-entropy string ${redact(t)} (entropy ${shannonEntropy(t.replace(/=+$/, '')).toFixed(2)}): a credential? use Vault`);
    }
  });
  return out;
}

/** Fields whose string value is the *name* of a Secret, not a credential (Keycloak CR `spec.bootstrapAdmin.{user,service}.secret`). */
const SECRET_NAME_FIELDS = /(^|\.)bootstrapAdmin\.(user|service)\.secret$/;

export function credentialKeyViolations(m: Manifest): string[] {
  const out: string[] = [];
  eachEntry(m, (v, path, key) => {
    if (typeof v === 'string' && v !== '' && CREDENTIAL_KEY.test(key) && !/^(\$\{|\$\(|\{\{|vault:)/.test(v) && !SECRET_NAME_FIELDS.test(path)) {
      out.push(`${path}: a literal value under credential key "${key}": reference a Secret synced from Vault instead`);
    }
  });
  return out;
}
