/**
 * The corpus of broken overlays (test/fixtures/broken-overlays/): each one, next to a good overlay, makes
 * synth exit 1 with a message naming the file and the key, and leaves dist/ exactly as it was; the real CLI
 * with every one of them at once reports each file.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthCommand } from '../../src/main';
import { MINIMAL_OVERLAY, ROOT, treeOf } from '../support/fixtures';

const MAIN = path.join(ROOT, 'build', 'src', 'main.js');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'broken-overlays');

/** Fixture → the key path (or position) its message must name, and what the message says about it. */
const EXPECTED: Record<string, { key: string; says: RegExp }> = {
  'wrong-type': { key: 'registry.host', says: /expected string, found number 5000/ },
  'negative-replicas': { key: 'components.vault.replicas', says: /expected >= 1, found number -3/ },
  'too-many-replicas': { key: 'services.lumenApi.replicas', says: /expected <= 50, found number 500/ },
  'unknown-key': { key: 'components.vault.replica', says: /unknown key/ },
  'unknown-top-level-key': { key: 'clustr', says: /unknown key/ },
  'empty-registry': { key: 'registry.host', says: /expected a registry host\[:port\]\[\/path\].*found string ""/ },
  'public-registry': { key: 'registry.host', says: /expected an internal registry, not a public one, found string "docker.io"/ },
  'missing-required-key': { key: 'git', says: /required key is missing/ },
  'missing-nested-key': { key: 'cluster.baseDomain', says: /required key is missing/ },
  'invalid-yaml': { key: 'line 7, column 2', says: /invalid YAML at line 7, column 2: bad indentation/ },
  'empty': { key: '(root)', says: /expected a map of settings, found an empty file/ },
  'comments-only': { key: '(root)', says: /expected a map of settings, found an empty file/ },
  'list-instead-of-map': { key: '(root)', says: /expected a map of settings, found a list/ },
  'list-instead-of-map-nested': { key: 'components', says: /expected object, found a list/ },
  'latest-tag': { key: 'services.lumenApi.image.tag', says: /expected a pinned tag, not "latest"/ },
  'public-git-repository': { key: 'git.repoURL', says: /expected an internal URL \(the cluster has no internet\)/ },
  'bad-cidr': { key: 'cluster.apiServer.cidrs.0', says: /expected an IPv4 CIDR/ },
  'wrong-enum': { key: 'cluster.distribution', says: /expected one of "k3s", "k3d", found string "kubeadm"/ },
  'bad-quantity': { key: 'components.traefik.resources.limits.cpu', says: /expected a Kubernetes quantity.*found string "lots"/ },
  // A fleet (clusters:): one infra cluster, addresses from the cluster's own pool.
  'fleet-two-infra': { key: 'clusters', says: /exactly one cluster with role infra \(it runs Argo CD\), found 2/ },
  'fleet-expose-outside-pool': { key: 'clusters.0.expose.citus-coordinator', says: /expected an address inside metallb.addresses, found string "10.0.1.10"/ },
  'fleet-pools-overlap': { key: 'clusters.1.metallb.addresses', says: /a pool that does not overlap cluster infra's/ },
  'fleet-apps-without-server': { key: 'clusters.1.server', says: /the API server URL Argo CD reaches this cluster at/ },
};

const fixtures = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();

describe('broken overlays', () => {
  let work: string;
  let before: Record<string, string>;
  const overlays = () => path.join(work, 'overlays');
  const args = () => ['--overlays', overlays(), '--out', path.join(work, 'dist')];

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-broken-'));
    fs.mkdirSync(overlays());
    fs.writeFileSync(path.join(overlays(), 'good.yaml'), MINIMAL_OVERLAY);
    // A dist/ from an earlier run. Its content is not what synth would write for good.yaml (a valid overlay,
    // test/cli/synth-cli.spec.ts renders it), so writing the good environment next to a broken one would show,
    // and no case here needs the renderer.
    fs.mkdirSync(path.join(work, 'dist', 'good', 'bootstrap'), { recursive: true });
    fs.writeFileSync(path.join(work, 'dist', 'good', 'bootstrap', 'Application-root.yaml'), 'kind: Application # an earlier synth\n');
    fs.writeFileSync(path.join(work, 'dist', 'good', 'images.txt'), 'registry.local/earlier:1\n');
    before = treeOf(path.join(work, 'dist'));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('the corpus holds at least 10 overlays, each with its expectation', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    expect(fixtures).toEqual(Object.keys(EXPECTED).sort());
  });

  const expectNamed = (stderr: string, name: string) => {
    const { key, says } = EXPECTED[name];
    const line = stderr.split('\n').find((l) => l.startsWith(`overlays/${name}.yaml: `) && l.includes(key));
    expect(line).toBeDefined();
    expect(line).toMatch(says);
  };

  // The synth command in process (what the CLI runs, without a Node start per case).
  test.each(fixtures)('%s: exit 1, the file and the key named, dist/ unchanged', (name) => {
    fs.copyFileSync(path.join(CORPUS, `${name}.yaml`), path.join(overlays(), `${name}.yaml`));
    try {
      const r = synthCommand(args(), { cwd: work });
      expect(r.code).toBe(1);
      expectNamed(r.stderr, name);
      expect(treeOf(path.join(work, 'dist'))).toEqual(before);
    } finally {
      fs.rmSync(path.join(overlays(), `${name}.yaml`));
    }
  });

  test('the real CLI with the whole corpus at once: exit 1, every file named, no stack, dist/ unchanged', () => {
    for (const name of fixtures) fs.copyFileSync(path.join(CORPUS, `${name}.yaml`), path.join(overlays(), `${name}.yaml`));
    try {
      const r = spawnSync(process.execPath, [MAIN, ...args()], { cwd: work, encoding: 'utf8' });
      expect(r.status).toBe(1);
      for (const name of fixtures) expectNamed(r.stderr, name);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/); // a message for people, no stack
      expect(r.stdout).toBe('');
      expect(treeOf(path.join(work, 'dist'))).toEqual(before);
    } finally {
      for (const name of fixtures) fs.rmSync(path.join(overlays(), `${name}.yaml`));
    }
  });
});
