import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError, loadOverlay, parseOverlay } from '../../src/config/load';
import { publicKeyProblem, serviceImages, verifierSpeaksHttpTo } from '../../src/config/signing';
import { MINIMAL_OVERLAY, overlay, ROOT } from '../support/fixtures';

const D = (c: string) => `sha256:${c.repeat(64)}`;
/** Every first-party image of the schema's defaults with a digest (what an enforcing environment needs). */
const DIGESTS = `services:
  lumenApi: { image: { digest: "${D('1')}" } }
  catalog: { image: { digest: "${D('2')}" }, v1: { digest: "${D('3')}" } }
  order: { image: { digest: "${D('4')}" } }
`;

describe('signing: the cosign public key the overlay names', () => {
  let dir: string;
  const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
  /** Parses an overlay of environment `env` in `dir/overlays/`, its key path relative to that folder. */
  const parse = (env: string, extra: string) => parseOverlay(MINIMAL_OVERLAY + extra, `overlays/${env}.yaml`, env, path.join(dir, 'overlays'));
  const errorOf = (env: string, extra: string): string => {
    try {
      parse(env, extra);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as Error).message;
    }
    throw new Error('expected a ConfigError');
  };
  const pem = (type: 'ec' | 'rsa' | 'ed25519', curve?: string) => {
    const { publicKey, privateKey } = type === 'ec'
      ? crypto.generateKeyPairSync('ec', { namedCurve: curve! })
      : type === 'rsa' ? crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }) : crypto.generateKeyPairSync('ed25519');
    return { pub: publicKey.export({ type: 'spki', format: 'pem' }) as string, priv: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string };
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-signing-'));
    fs.mkdirSync(path.join(dir, 'overlays'));
    write('p256.pub', pem('ec', 'prime256v1').pub);
    write('p384.pub', pem('ec', 'secp384r1').pub);
    write('rsa.pub', pem('rsa').pub);
    write('ed25519.pub', pem('ed25519').pub);
    write('private.pub', pem('ec', 'prime256v1').priv);
    write('garbage.pub', '-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n');
    write('empty.pub', '');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('an ECDSA P-256 PEM public key is read, relative to the overlay\'s folder, and handed on as PEM text', () => {
    const c = parse('qa', 'signing: { publicKey: ../p256.pub, mode: warn }\n');
    expect(c.signing).toEqual({
      publicKey: '../p256.pub', mode: 'warn', repositories: [], namespaces: ['lumen', 'shop'],
      publicKeyPem: fs.readFileSync(path.join(dir, 'p256.pub'), 'utf8'),
    });
    expect(c.signing!.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n$/);
  });

  test('the repository\'s cosign.pub is such a key, and every committed overlay names it', () => {
    expect(publicKeyProblem(fs.readFileSync(path.join(ROOT, 'cosign.pub'), 'utf8'))).toBeUndefined();
    for (const env of ['dev', 'staging', 'prod'] as const) {
      expect(overlay(env).signing?.publicKeyPem).toBe(fs.readFileSync(path.join(ROOT, 'cosign.pub'), 'utf8'));
    }
    // Only the public half is in the repository: no private key anywhere in it (cosign.key lives in the runner's secrets).
    expect(fs.readdirSync(ROOT).filter((f) => /\.key$/.test(f))).toEqual([]);
  });

  test.each([
    ['p384.pub', 'expected an ECDSA P-256 public key in PEM, found ../p384.pub: an ECDSA key on curve secp384r1'],
    ['rsa.pub', 'expected an ECDSA P-256 public key in PEM, found ../rsa.pub: an RSA key'],
    ['ed25519.pub', 'expected an ECDSA P-256 public key in PEM, found ../ed25519.pub: an ED25519 key'],
    ['private.pub', 'found ../private.pub: a private key (never commit it: it belongs in the runner secrets only)'],
    ['garbage.pub', 'found ../garbage.pub: a PEM block that is no valid public key'],
    ['empty.pub', 'found ../empty.pub: no PEM public key (-----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----)'],
    ['missing.pub', "signing.publicKey: expected a readable file (relative to the overlay's folder), found ../missing.pub: ENOENT"],
  ])('throws if the key is %s: one error naming the file and the key path', (file, message) => {
    const err = errorOf('qa', `signing: { publicKey: ../${file} }\n${DIGESTS}`);
    expect(err).toContain(`overlays/qa.yaml: signing.publicKey: `);
    expect(err).toContain(message);
    expect(err.split('\n')).toHaveLength(1);
  });

  test('throws if publicKey is not a path to a .pub file, or a key of signing is unknown (schema)', () => {
    expect(errorOf('qa', 'signing: { publicKey: "" }\n')).toContain('signing.publicKey: expected a path to a .pub file such as ../cosign.pub, found string ""');
    expect(errorOf('qa', 'signing: { publicKey: ../p256.pub, mode: audit }\n')).toContain('signing.mode: expected one of "warn", "enforce", found string "audit"');
    expect(errorOf('qa', 'signing: { publicKey: ../p256.pub, tlog: false }\n')).toContain('signing.tlog: unknown key');
    expect(errorOf('qa', 'signing: { publicKey: ../p256.pub, repositories: ["Tools/*"] }\n')).toContain('signing.repositories.0: expected a repository glob');
  });

  // Done when: an unsigned-image policy missing in prod is a synth error.
  test.each(['staging', 'prod', 'prod-fleet', 'staging-eu'])('%s: signing is required, in enforce mode, with the verifier on (staging, prod and their variants)', (env) => {
    expect(errorOf(env, DIGESTS)).toBe(`overlays/${env}.yaml: signing: required in ${env} (staging and prod admit only signed first-party images): expected { publicKey: ../cosign.pub, mode: enforce }, found nothing`);
    expect(errorOf(env, `signing: { publicKey: ../p256.pub, mode: warn }\n${DIGESTS}`))
      .toBe(`overlays/${env}.yaml: signing.mode: expected "enforce" in ${env} (only other environments may warn), found "warn"`);
    expect(errorOf(env, `signing: { publicKey: ../p256.pub }\ncomponents: { policyController: { enabled: false } }\n${DIGESTS}`))
      .toBe(`overlays/${env}.yaml: components.policyController.enabled: expected true in ${env} (the verifier enforces signing), found false`);
    expect(parse(env, `signing: { publicKey: ../p256.pub }\n${DIGESTS}`).signing?.mode).toBe('enforce');
  });

  test('other environments may warn, turn the verifier off, or have no signing at all', () => {
    expect(parse('dev', 'signing: { publicKey: ../p256.pub, mode: warn }\n').signing?.mode).toBe('warn');
    expect(parse('qa', 'signing: { publicKey: ../p256.pub, mode: warn }\ncomponents: { policyController: { enabled: false } }\n').signing).toBeDefined();
    expect(parse('qa', '').signing).toBeUndefined();
    expect(parse('production-like', '').signing).toBeUndefined();
  });

  // Done when: a first-party image without digest in prod is a synth error.
  test('enforce: every first-party image needs a digest; the error names the service and the environment', () => {
    const err = errorOf('prod', `signing: { publicKey: ../p256.pub }\nservices:\n  lumenApi: { image: { tag: 1.3.0 } }\n  catalog: { image: { digest: "${D('2')}" } }\n  order: { enabled: false }\n`);
    expect(err.split('\n')).toEqual([
      'overlays/prod.yaml: services.lumenApi.image.digest: lumen-api in prod runs lumen/lumen-api:1.3.0 by tag only; expected a digest sha256:<64 hex> (signatures are verified by digest: npm run promote -- --env prod --service lumen-api --tag 1.3.0 --digest sha256:…), found nothing',
      'overlays/prod.yaml: services.catalog.v1.digest: catalog v1 in prod runs shop/catalog:1.0.0 by tag only; expected a digest sha256:<64 hex> (signatures are verified by digest: set services.catalog.v1.digest to the digest CI pushed for 1.0.0), found nothing',
    ]);
    // A disabled legacy version needs none; warn mode needs none.
    expect(() => parse('prod', `signing: { publicKey: ../p256.pub }\nservices:\n  lumenApi: { image: { digest: "${D('1')}" } }\n  catalog: { image: { digest: "${D('2')}" }, v1: { enabled: false } }\n  order: { image: { digest: "${D('4')}" } }\n`)).not.toThrow();
    expect(() => parse('qa', 'signing: { publicKey: ../p256.pub, mode: warn }\n')).not.toThrow();
  });

  test('throws if a digest is malformed (schema)', () => {
    expect(errorOf('qa', 'services: { order: { image: { digest: "sha256:abc" } } }\n'))
      .toBe('overlays/qa.yaml: services.order.image.digest: expected an image digest sha256:<64 lower-case hex>, found string "sha256:abc"');
  });

  test('the verifier reads a plain-HTTP registry only where go-containerregistry falls back to HTTP', () => {
    expect(['192.168.2.2:5000', '10.0.0.1:5000', '172.20.0.5', 'k3d-registry.localhost:5000', 'registry.local', 'localhost:5000', '127.0.0.1:5000']
      .filter((h) => !verifierSpeaksHttpTo(h))).toEqual([]);
    expect(['registry.airgap.internal:5000', '172.32.0.1:5000', '8.8.8.8:5000', 'localhost.example.com'].filter(verifierSpeaksHttpTo)).toEqual([]);
    const text = `signing: { publicKey: ../p256.pub, mode: warn }\n`;
    const insecure = MINIMAL_OVERLAY.replace('registry: { host: "10.0.0.1:5000" }', 'registry: { host: "registry.airgap.internal:5000", insecure: true, cidr: 10.0.9.0/24 }');
    expect(() => parseOverlay(insecure + text, 'overlays/qa.yaml', 'qa', path.join(dir, 'overlays'))).toThrow(
      'overlays/qa.yaml: registry.insecure: expected a registry policy-controller can read over plain HTTP (an RFC 1918 address, localhost, *.local or *.localhost) or TLS (insecure: false), found true for registry.airgap.internal:5000');
    expect(() => parseOverlay(insecure.replace('insecure: true', 'insecure: false') + text, 'overlays/qa.yaml', 'qa', path.join(dir, 'overlays'))).not.toThrow();
  });

  test('a registry given by name needs registry.cidr: the verifier must reach it, and its egress policy needs an address', () => {
    const named = MINIMAL_OVERLAY.replace('registry: { host: "10.0.0.1:5000" }', 'registry: { host: "k3d-registry.localhost:5000", insecure: true }');
    const text = 'signing: { publicKey: ../p256.pub, mode: warn }\n';
    expect(() => parseOverlay(named + text, 'overlays/qa.yaml', 'qa', path.join(dir, 'overlays'))).toThrow(
      'overlays/qa.yaml: registry.cidr: expected where k3d-registry.localhost:5000 answers (an IPv4 CIDR: the signature verifier\'s egress policy needs an address), found nothing');
    expect(() => parseOverlay(named.replace('insecure: true', 'insecure: true, cidr: 172.18.0.0/16') + text, 'overlays/qa.yaml', 'qa', path.join(dir, 'overlays'))).not.toThrow();
    // Without the verifier, nothing needs it.
    expect(() => parseOverlay(`${named}${text}components: { policyController: { enabled: false } }\n`, 'overlays/qa.yaml', 'qa', path.join(dir, 'overlays'))).not.toThrow();
  });

  test('loadOverlay reads the key relative to the overlay file, whatever the working directory', () => {
    fs.writeFileSync(path.join(dir, 'overlays', 'qa.yaml'), `${MINIMAL_OVERLAY}signing: { publicKey: ../p256.pub, mode: warn }\n`);
    expect(loadOverlay(path.join(dir, 'overlays', 'qa.yaml'), os.tmpdir()).signing?.publicKeyPem).toContain('BEGIN PUBLIC KEY');
  });

  test('serviceImages: every enabled service\'s current image and enabled legacy versions', () => {
    const c = parse('qa', '');
    expect(serviceImages(c as never).map((i) => `${i.key} ${i.repository}:${i.tag}`)).toEqual([
      'services.lumenApi.image lumen/lumen-api:1.0.0', 'services.catalog.image shop/catalog:2.0.0', 'services.catalog.v1 shop/catalog:1.0.0', 'services.order.image shop/order:1.0.0',
    ]);
  });
});
