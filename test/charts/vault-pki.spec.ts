// Contract: every Certificate of every environment (committed dist/) against the Vault PKI role as the
// bootstrap script writes it (run under /bin/sh with a recording `vault` stub), and the ClusterIssuer
// against the script's mount, role, policy and Kubernetes-auth role.
import { ENVS, overlay } from '../support/fixtures';
import { runBootstrap, StubRun, writtenAt } from '../support/vault-stub';
import { committedTree, parsed } from '../support/dist';


/** Hours of a Go duration (`2160h`, `720h0m0s`, `90m`). */
export function hours(d: string): number {
  const parts = [...d.matchAll(/(\d+(?:\.\d+)?)(h|m|s)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== d) throw new Error(`not a duration: ${d}`);
  return parts.reduce((n, [, v, u]) => n + Number(v) / (u === 'h' ? 1 : u === 'm' ? 60 : 3600), 0);
}

const bool = (v: string | undefined, dflt: boolean) => (v === undefined ? dflt : v === 'true');
const KEY_TYPES: Record<string, string> = { RSA: 'rsa', ECDSA: 'ec', Ed25519: 'ed25519' };

/** What Vault's `pki/sign/<role>` would refuse of one Certificate (empty: it signs). */
export function certificateProblems(cert: any, role: Record<string, string>, mountMaxTtlHours: number): string[] {
  const problems: string[] = [];
  const s = cert.spec;
  const allowed = (role.allowed_domains ?? '').split(',').filter(Boolean);
  const names = [...(s.commonName ? [s.commonName] : []), ...(s.dnsNames ?? [])];
  if (!s.commonName && bool(role.require_cn, true)) problems.push('no commonName, and the role requires a CN (require_cn=false missing)');
  if (!names.length) problems.push('no name at all');
  for (const n of names) {
    const ok = allowed.some((d) => (n === d && bool(role.allow_bare_domains, false)) || (n.endsWith(`.${d}`) && bool(role.allow_subdomains, false)));
    if (!ok) problems.push(`${n} is not allowed by allowed_domains=${role.allowed_domains}`);
    if (bool(role.enforce_hostnames, true) && !/^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(n)) problems.push(`${n} is not a hostname`);
  }
  for (const key of ['ipAddresses', 'uris', 'emailAddresses']) if (s[key]?.length) problems.push(`${key} are not allowed by the role`);
  const keyType = KEY_TYPES[s.privateKey?.algorithm ?? 'RSA'];
  const roleKeyType = role.key_type ?? 'rsa';
  if (roleKeyType !== 'any' && roleKeyType !== keyType) problems.push(`key ${keyType} but role key_type=${roleKeyType}`);
  const maxTtl = role.max_ttl ? hours(role.max_ttl) : mountMaxTtlHours;
  const duration = hours(s.duration ?? '2160h');
  // Vault caps the TTL at max_ttl: a renewBefore computed for a longer certificate would renew at once.
  if (duration > maxTtl) problems.push(`duration ${s.duration} exceeds the role's max_ttl ${role.max_ttl}`);
  if (s.renewBefore && hours(s.renewBefore) >= Math.min(duration, maxTtl)) problems.push(`renewBefore ${s.renewBefore} is not below the duration`);
  return problems;
}

const docsOf = (env: string) => [...committedTree(env).entries()]
  .filter(([f]) => f.endsWith('.yaml') && f.includes('/') && !f.startsWith('bootstrap/helm/'))
  .map(([, text]) => parsed(text)).filter(Boolean);

describe('the PKI role contract (unit)', () => {
  const cert = { spec: { dnsNames: ['shop.airgap.local'], duration: '2160h', renewBefore: '720h', privateKey: { algorithm: 'ECDSA' } } };
  const role = { allowed_domains: 'airgap.local', allow_subdomains: 'true', require_cn: 'false', key_type: 'any', max_ttl: '2160h' };
  test('a dnsNames-only Certificate is refused by a role that requires a CN (Vault\'s default)', () => {
    const { require_cn: _omitted, ...defaults } = role;
    expect(certificateProblems(cert, defaults, 87600)).toEqual(['no commonName, and the role requires a CN (require_cn=false missing)']);
    expect(certificateProblems(cert, role, 87600)).toEqual([]);
  });
  test('names outside the domain, the bare domain, a longer duration, a key type the role refuses', () => {
    const bad = { spec: { dnsNames: ['airgap.local', 'x.example.org'], duration: '8760h', privateKey: { algorithm: 'RSA' } } };
    expect(certificateProblems(bad, { ...role, key_type: 'ec' }, 87600)).toEqual([
      'airgap.local is not allowed by allowed_domains=airgap.local',
      'x.example.org is not allowed by allowed_domains=airgap.local',
      'key rsa but role key_type=ec',
      "duration 8760h exceeds the role's max_ttl 2160h",
    ]);
  });
});

describe.each(ENVS)('dist/%s: Certificates against the Vault PKI role the bootstrap job writes', (env) => {
  const config = overlay(env);
  const docs = docsOf(env);
  const cm = docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name === 'vault-bootstrap');
  const job = docs.find((d) => d.kind === 'Job' && d.metadata.name === 'vault-bootstrap');
  const baseDomain = job.spec.template.spec.containers[0].env.find((e: any) => e.name === 'BASE_DOMAIN').value;
  const run: StubRun = runBootstrap(cm.data, { token: 'test-token', baseDomain });
  const issuer = docs.find((d) => d.kind === 'ClusterIssuer');
  // A vendor chart's private CA (chaos-mesh's mTLS between its own components: a namespaced Issuer of its own
  // in the same namespace) is none of Vault's business; every other Certificate is.
  const privateCa = (c: any) => (c.spec.issuerRef.kind ?? 'Issuer') === 'Issuer'
    && docs.some((d) => d.kind === 'Issuer' && d.metadata.namespace === c.metadata.namespace && d.metadata.name === c.spec.issuerRef.name);
  const certificates = docs.filter((d) => d.kind === 'Certificate' && !privateCa(d));

  test('the script runs through and writes the role', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(baseDomain).toBe(config.cluster.baseDomain);
  });

  test('the ClusterIssuer signs at pki/sign/<a role the script writes>, and cert-manager\'s policy allows exactly that', () => {
    const m = /^(?<mount>[^/]+)\/sign\/(?<role>[^/]+)$/.exec(issuer.spec.vault.path);
    expect(m).not.toBeNull();
    expect(run.calls).toContainEqual(['secrets', 'enable', m!.groups!.mount]);
    expect(writtenAt(run.calls, `${m!.groups!.mount}/roles/${m!.groups!.role}`)).toBeDefined();
    const policy = run.calls.find((c) => c[0] === 'policy' && c[1] === 'write' && c[2] === issuer.spec.vault.auth.kubernetes.role);
    expect(policy).toBeDefined();
    expect(cm.data[policy![3]]).toContain(`path "${issuer.spec.vault.path}"`);
  });

  test('the ClusterIssuer\'s Kubernetes auth: the mount the script enables, the role bound to its ServiceAccount and audience', () => {
    const k = issuer.spec.vault.auth.kubernetes;
    const mount = k.mountPath.replace(/^\/v1\/auth\//, '');
    expect(run.calls).toContainEqual(['auth', 'enable', `-path=${mount}`, 'kubernetes']);
    const role = writtenAt(run.calls, `auth/${mount}/role/${k.role}`);
    expect(role).toMatchObject({
      bound_service_account_names: k.serviceAccountRef.name, bound_service_account_namespaces: 'cert-manager',
      // cert-manager's default audience for a ClusterIssuer's serviceAccountRef.
      audience: `vault://${issuer.metadata.name}`, token_policies: k.role,
    });
  });

  test('every Certificate uses the ClusterIssuer and is signable under the role', () => {
    expect(certificates.length).toBeGreaterThan(0);
    const path = issuer.spec.vault.path as string;
    const role = writtenAt(run.calls, path.replace('/sign/', '/roles/'))!;
    const tune = run.calls.find((c) => c[0] === 'secrets' && c[1] === 'tune');
    const mountMax = hours(tune!.find((a) => a.startsWith('-max-lease-ttl='))!.split('=')[1]);
    const problems = certificates.flatMap((c) => {
      expect(c.spec.issuerRef).toMatchObject({ kind: 'ClusterIssuer', name: issuer.metadata.name });
      return certificateProblems(c, role, mountMax).map((p) => `${c.metadata.namespace}/${c.metadata.name}: ${p}`);
    });
    expect(problems).toEqual([]);
  });
});
