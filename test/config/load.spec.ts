import { parseOverlay, ConfigError } from '../../src/config/load';
import { ENVS, MINIMAL_OVERLAY, overlay, testConfig } from '../support/fixtures';

const parse = (text: string) => parseOverlay(text, 'overlays/bad.yaml', 'bad');
const errorOf = (text: string): string => {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('overlays', () => {
  test.each(ENVS)('%s parses and is frozen with its name', (env) => {
    const cfg = overlay(env);
    expect(cfg.env).toBe(env);
    expect(Object.isFrozen(cfg)).toBe(true);
  });

  test('prod is the lumen air-gapped cluster', () => {
    const cfg = overlay('prod');
    expect(cfg.registry.host).toBe('192.168.2.2:5000');
    expect(cfg.components.metallb.addresses).toEqual(['192.168.2.100-192.168.2.120']);
    expect(cfg.components.vault.replicas).toBe(3);
    expect(overlay('dev').components.vault.replicas).toBe(1);
  });

  test('defaults fill what an overlay leaves out', () => {
    const cfg = testConfig();
    expect(cfg.components.certManager).toEqual({ enabled: true, replicas: 1, resources: expect.any(Object) });
    expect(cfg.argocd).toEqual({ project: 'lumen', destination: 'https://kubernetes.default.svc' });
    expect(cfg.services.lumenApi.image).toEqual({ repository: 'lumen/lumen-api', tag: '1.0.0' });
  });
});

describe('cluster addresses (K3s cluster-cidr / service-cidr)', () => {
  test('K3s\' defaults when an overlay says nothing', () => {
    expect(testConfig().cluster).toMatchObject({ podCidr: '10.42.0.0/16', serviceCidr: '10.43.0.0/16' });
  });
  test('an overlay may set them', () => {
    const cfg = parse(MINIMAL_OVERLAY.replace('apiServer:', 'podCidr: 10.52.0.0/16\n  serviceCidr: 10.53.0.0/16\n  apiServer:'));
    expect(cfg.cluster).toMatchObject({ podCidr: '10.52.0.0/16', serviceCidr: '10.53.0.0/16' });
  });
  test('not a CIDR', () => {
    expect(errorOf(MINIMAL_OVERLAY.replace('apiServer:', 'podCidr: 10.42.0.0\n  apiServer:'))).toContain('cluster.podCidr: expected an IPv4 CIDR');
  });
  test('pods and services overlapping', () => {
    expect(errorOf(MINIMAL_OVERLAY.replace('apiServer:', 'serviceCidr: 10.42.128.0/17\n  apiServer:')))
      .toBe('overlays/bad.yaml: cluster.serviceCidr: expected a CIDR that does not overlap cluster.podCidr (10.42.0.0/16), found string "10.42.128.0/17"');
  });
  test('the API server inside the pod CIDR', () => {
    expect(errorOf(MINIMAL_OVERLAY.replace('[10.0.0.1/32]', '[10.42.0.1/32]')))
      .toContain('cluster.apiServer.cidrs.0: expected node addresses outside cluster.podCidr (10.42.0.0/16)');
  });
});

describe('bad overlays give one message naming file, key, expected and found', () => {
  test('negative replicas', () => {
    expect(errorOf(`${MINIMAL_OVERLAY}components: { vault: { replicas: 0 } }\n`))
      .toBe('overlays/bad.yaml: components.vault.replicas: expected >= 1, found number 0');
  });
  test('wrong type', () => {
    expect(errorOf(`${MINIMAL_OVERLAY}components: { vault: { replicas: three } }\n`))
      .toBe('overlays/bad.yaml: components.vault.replicas: expected number, found string "three"');
  });
  test('unknown key', () => {
    expect(errorOf(`${MINIMAL_OVERLAY}components: { vault: { replica: 3 } }\n`))
      .toBe('overlays/bad.yaml: components.vault.replica: unknown key (expected one of the schema\'s keys, found "replica")');
  });
  test('missing required key', () => {
    expect(errorOf(MINIMAL_OVERLAY.replace(/^git:.*$/m, ''))).toBe('overlays/bad.yaml: git: required key is missing (expected object)');
  });
  test('public registry', () => {
    expect(errorOf(MINIMAL_OVERLAY.replace('"10.0.0.1:5000"', 'docker.io')))
      .toBe('overlays/bad.yaml: registry.host: expected an internal registry, not a public one, found string "docker.io"');
  });
  test('latest tag', () => {
    expect(errorOf(`${MINIMAL_OVERLAY}services: { lumenApi: { image: { tag: latest } } }\n`))
      .toContain('services.lumenApi.image.tag: expected a pinned tag, not "latest", found string "latest"');
  });
  test('invalid YAML names the line', () => {
    expect(errorOf('cluster: {\n  name: [\n')).toMatch(/^overlays\/bad\.yaml: invalid YAML at line \d+, column \d+/);
  });
  test('empty file', () => {
    expect(errorOf('')).toBe('overlays/bad.yaml: (root): expected a map of settings, found an empty file');
  });
  test('a list instead of a map', () => {
    expect(errorOf('- a\n- b\n')).toBe('overlays/bad.yaml: (root): expected a map of settings, found a list (["a","b"])');
  });
  test('several problems, one line each', () => {
    const msg = errorOf(`${MINIMAL_OVERLAY}components: { vault: { replicas: 0 }, loki: { enabled: maybe } }\n`);
    expect(msg.split('\n')).toHaveLength(2);
  });
});
