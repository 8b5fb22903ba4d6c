import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Runs the vault bootstrap script (the rendered ConfigMap's files) under /bin/sh against a stub `vault` CLI
 * that records every call: what the script really writes, read from what it really runs.
 */
export interface StubRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Every `vault` call, its arguments. */
  readonly calls: string[][];
}

export interface StubOptions {
  /** VAULT_TOKEN, unset when undefined (the optional Secret is absent). */
  readonly token?: string;
  /** Whether `vault read pki/cert/ca` finds a CA (an earlier run bootstrapped Vault). */
  readonly caExists?: boolean;
  readonly baseDomain: string;
}

const STUB = `#!/bin/sh
{ for a in "$@"; do printf '%s\\037' "$a"; done; printf '\\n'; } >> "$VAULT_STUB_LOG"
case "$1 $2" in
  "status "*) exit 0 ;;
  "secrets list"|"auth list") echo '{}'; exit 0 ;;
  "read -field=certificate") [ "$STUB_CA" = yes ] && { echo CERT; exit 0; }; exit 2 ;;
  "kv metadata") exit 2 ;;
esac
exit 0
`;

export function runBootstrap(files: Record<string, string>, opts: StubOptions): StubRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-bootstrap-'));
  try {
    const bin = path.join(dir, 'bin');
    const config = path.join(dir, 'config');
    fs.mkdirSync(bin);
    fs.mkdirSync(config);
    fs.writeFileSync(path.join(bin, 'vault'), STUB, { mode: 0o755 });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(config, name), text);
    const log = path.join(dir, 'calls.log');
    fs.writeFileSync(log, '');
    const env: Record<string, string> = {
      PATH: `${bin}:/usr/bin:/bin`, VAULT_ADDR: 'http://vault.vault.svc.cluster.local:8200', BASE_DOMAIN: opts.baseDomain,
      BOOTSTRAP_CONFIG_DIR: config, VAULT_STUB_LOG: log, STUB_CA: opts.caExists ? 'yes' : 'no', HOME: dir,
    };
    if (opts.token !== undefined) env.VAULT_TOKEN = opts.token;
    const r = spawnSync('/bin/sh', [path.join(config, 'bootstrap.sh')], { env, encoding: 'utf8' });
    const calls = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\x1f').slice(0, -1));
    return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, calls };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `key=value` arguments of one `vault write <path> ...` call (the last call to that path). */
export function writtenAt(calls: string[][], p: string): Record<string, string> | undefined {
  const call = [...calls].reverse().find((c) => c[0] === 'write' && c[1] === p);
  if (!call) return undefined;
  return Object.fromEntries(call.slice(2).filter((a) => a.includes('=') && !a.startsWith('-')).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
}
