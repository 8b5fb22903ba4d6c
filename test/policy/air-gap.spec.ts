import { externalImageViolations, externalUrlViolations, isInternalHost, urlHost } from '../../src/policy/air-gap';
import { overlay, testConfig } from '../support/fixtures';

const config = testConfig(); // registry 10.0.0.1:5000, baseDomain test.local
const app = (values: unknown, repoURL = 'http://gitea-http.gitea.svc.cluster.local:3000/api/packages/lumen/helm'): any => ({
  apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'a', namespace: 'argocd' },
  spec: { source: { repoURL, chart: 'c', targetRevision: '1.0.0', helm: { valuesObject: values } } },
});

describe('air gap: URLs', () => {
  test.each([
    'http://gitea-http.gitea.svc.cluster.local:3000/lumen/lumen-gitops.git',
    'https://kubernetes.default.svc',
    'http://vault.vault.svc:8200',
    'http://vault:8200/v1/pki',
    'https://argocd.test.local/auth/callback',
    'https://test.local',
    'http://10.0.0.1:5000/v2/',
    'http://192.168.2.50/x',
    'http://172.20.0.3:9000',
    'http://k3d-registry.localhost:5000',
    'http://www.w3.org/2000/svg',
  ])('passes: %s', (url) => {
    expect(externalUrlViolations(app({ url }), config)).toEqual([]);
  });

  test.each([
    ['a public chart repository', 'https://charts.jetstack.io'],
    ['GitHub', 'https://github.com/lumen/lumen-gitops.git'],
    ['a download in a command line', 'sh -c "curl -sL https://get.helm.sh/helm-v3.tar.gz | tar xz"'],
    ['an OCI chart', 'oci://ghcr.io/org/charts/x'],
    ['a public IP', 'http://8.8.8.8/'],
    ['a look-alike of the base domain', 'https://eviltest.local/x'],
    ['172.32 is not private', 'http://172.32.0.1/'],
  ])('fails: %s', (_, value) => {
    const found = externalUrlViolations(app({ nested: [{ cmd: value }] }), config);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^spec\.source\.helm\.valuesObject\.nested\[0\]\.cmd: URL .* points outside the cluster/);
  });

  test('the Application source itself, and git@ remotes', () => {
    expect(externalUrlViolations(app({}, 'https://charts.bitnami.com/bitnami'), config)).toHaveLength(1);
    expect(externalUrlViolations(app({ repo: 'git@github.com:org/repo.git' }), config)).toEqual(['spec.source.helm.valuesObject.repo: Git remote git@github.com points outside the cluster']);
  });

  test('hosts', () => {
    expect(urlHost('https://user:pw@example.com:8443/x')).toBe('example.com');
    expect(isInternalHost('dev.lumen.localhost', overlay('dev'))).toBe(true);
    expect(isInternalHost('192.168.2.2', overlay('prod'))).toBe(true);
    expect(isInternalHost('example.com', overlay('prod'))).toBe(false);
  });
});

describe('air gap: images', () => {
  test('passes: Helm image blocks and CR image fields in the internal registry, pinned', () => {
    expect(externalImageViolations(app({
      image: { repository: '10.0.0.1:5000/jetstack/cert-manager-controller', tag: 'v1.21.1' },
      redis: { image: { registry: '10.0.0.1:5000', repository: 'library/redis', tag: '8.2.2' } },
      cluster: { imageName: '10.0.0.1:5000/cloudnative-pg/postgresql:17.5' },
      sidecarImage: '10.0.0.1:5000/x/y@sha256:' + 'a'.repeat(64),
    }), config)).toEqual([]);
  });

  test.each([
    ['a public registry in a string', { args: ['--image=docker.io/library/busybox:1.36'] }, 'names a public registry'],
    ['a repository outside the registry', { image: { repository: 'openpolicyagent/gatekeeper', tag: 'v3.23.0' } }, 'valuesObject.image.repository: "openpolicyagent/gatekeeper" is not in the internal registry'],
    ['a crdRepository outside the registry', { image: { crdRepository: 'openpolicyagent/gatekeeper-crds' } }, 'image.crdRepository'],
    ['a latest tag', { image: { repository: '10.0.0.1:5000/x', tag: 'latest' } }, 'image.tag: "latest" is not a pinned tag'],
    ['an image field outside the registry', { cluster: { imageName: 'ghcr.io/cloudnative-pg/postgresql:17' } }, 'names a public registry'],
    ['an unpinned image field', { kafka: { image: '10.0.0.1:5000/strimzi/kafka' } }, 'is not pinned'],
  ])('fails: %s', (_, values, expected) => {
    expect(externalImageViolations(app(values), config).join('\n')).toContain(expected);
  });

  test('workload containers are left to the admission rules (no double report)', () => {
    const d = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'lumen' }, spec: { template: { spec: { containers: [{ name: 'c', image: 'busybox:1' }, { name: 'd', image: 'docker.io/library/nginx:1' }] } } } };
    expect(externalImageViolations(d, config)).toEqual([]);
  });
});
