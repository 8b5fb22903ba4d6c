import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { spawnSync } from 'child_process';
import * as os from 'os';
import { BUILDKIT_HOST, GITEA_RUNNER_NAMESPACE, RUNNER_IMAGE, RUNNER_LABELS, TRIVY_DBS } from '../../src/charts/gitea';
import { parsePromoteArgs } from '../../src/cli/promote';
import { podTemplateOf, PSS_ENFORCE_LABEL, restrictedViolations } from '../../src/policy/pod-security';
import { ENVS, overlay, ROOT } from '../support/fixtures';
import { committedTree, manifestsOf } from '../support/dist';

const DIR = path.join(ROOT, '.gitea', 'workflows');
const load = (f: string): { text: string; doc: any } => {
  const text = fs.readFileSync(path.join(DIR, f), 'utf8');
  return { text, doc: yaml.load(text) };
};
const steps = (doc: any): any[] => Object.values(doc.jobs).flatMap((j: any) => j.steps ?? []);
const runs = (doc: any): string => steps(doc).map((s) => s.run ?? '').join('\n');
/** `on:` is a YAML 1.1 boolean for some parsers; js-yaml (1.2) keeps it a key. */
const triggers = (doc: any): string[] => Object.keys(doc.on ?? doc.true ?? {});

describe('.gitea/workflows: everything resolves inside the air gap', () => {
  const files = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();

  test('ci.yml, pr-diff.yml and build-sign-promote.yml exist', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'pr-diff.yml', 'build-sign-promote.yml']));
  });

  test.each(files)('%s: no action fetched from outside (plain run: steps, or a local ./ action)', (f) => {
    const { doc } = load(f);
    for (const s of steps(doc)) {
      if (s.uses !== undefined) expect(String(s.uses)).toMatch(/^\.\//);
      else expect(typeof s.run).toBe('string');
    }
  });

  test.each(files)('%s: no job names a container or service image (host mode: the runner\'s own image, per environment)', (f) => {
    for (const j of Object.values(load(f).doc.jobs) as any[]) {
      expect(j.container).toBeUndefined();
      expect(j.services).toBeUndefined();
    }
  });

  test.each(files)('%s: npm installs from the internal registry (Gitea\'s npm packages), the lockfile names no registry', (f) => {
    for (const j of Object.values(load(f).doc.jobs) as any[]) {
      expect(j.env?.NPM_CONFIG_REGISTRY).toMatch(/^http:\/\/gitea-http\.gitea\.svc\.cluster\.local:3000\/api\/packages\/[a-z0-9-]+\/npm\/$/);
    }
    expect(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')).not.toContain('"resolved"');
  });

  test.each(files)('%s: no internet host anywhere (comments aside)', (f) => {
    expect(JSON.stringify(load(f).doc)).not.toMatch(/github\.com|gitlab\.com|docker\.io|ghcr\.io|quay\.io|registry\.npmjs\.org|https?:\/\/(?!127\.)[a-z0-9.-]+\.(com|io|org|net)\b/);
  });

  test('ci.yml: push and pull_request; npm ci, synth, dist/ drift, test, validate, in that order', () => {
    const { doc } = load('ci.yml');
    expect(triggers(doc)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const text = runs(doc);
    const order = ['npm ci', 'npm run synth', 'git status --porcelain -- dist', 'npm test', 'npm run validate'].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('pr-diff.yml: pull_request; fetch the base branch, diff against it, post the comment with the secret token', () => {
    const { doc } = load('pr-diff.yml');
    expect(triggers(doc)).toEqual(['pull_request']);
    const text = runs(doc);
    expect(text).toMatch(/git fetch .*refs\/heads\/\$\{BASE_REF\}/);
    expect(text).toContain('npm ci');
    expect(text).toMatch(/npm run (--silent )?diff -- --base "origin\/\$\{BASE_REF\}".* --out diff\.md/);
    expect(text).toMatch(/post-comment\.js .*--file diff\.md/);
    const post = steps(doc).find((s) => String(s.run).includes('post-comment'));
    expect(post.env.GITEA_TOKEN).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/);
    // The token is never on a command line.
    expect(text).not.toMatch(/GITEA_TOKEN|secrets\./);
  });
});

// The build side of seed 000, called by the service repositories (a reusable workflow): its interface and its order.
describe('build-sign-promote.yml: test, build, scan, push, sign, promote', () => {
  const { doc } = load('build-sign-promote.yml');
  const call = doc.on?.workflow_call ?? doc.true?.workflow_call;
  const job = doc.jobs['build-sign-promote'];
  const step = (name: RegExp) => job.steps.find((s: any) => name.test(s.name));
  const text = runs(doc);

  test('only workflow_call: every input documented and typed, the three secrets required and documented, the digest an output', () => {
    expect(triggers(doc)).toEqual(['workflow_call']);
    for (const [name, i] of Object.entries(call.inputs) as [string, any][]) {
      expect({ name, description: typeof i.description === 'string' && i.description.length > 10, type: ['string', 'boolean', 'number'].includes(i.type) })
        .toEqual({ name, description: true, type: true });
      expect({ name, requiredOrDefault: i.required === true || i.default !== undefined }).toEqual({ name, requiredOrDefault: true });
    }
    expect(Object.entries(call.inputs).filter(([, i]: [string, any]) => i.required).map(([n]) => n).sort()).toEqual(['image', 'service', 'tag']);
    expect(Object.keys(call.secrets).sort()).toEqual(['COSIGN_PASSWORD', 'COSIGN_PRIVATE_KEY', 'GITOPS_TOKEN']);
    for (const s of Object.values(call.secrets) as any[]) expect(s).toMatchObject({ required: true, description: expect.any(String) });
    expect(call.outputs.digest.value).toBe('${{ jobs.build-sign-promote.outputs.digest }}');
    expect(job.outputs.digest).toBe('${{ steps.push.outputs.digest }}');
  });

  test('one job on the build pool (the runners that reach buildkitd and the registry)', () => {
    expect(Object.keys(doc.jobs)).toEqual(['build-sign-promote']);
    expect(job['runs-on']).toBe('lumen-build');
    expect(RUNNER_LABELS['lumen-build'].pool).toBe('act-runner-build');
    expect(BUILDKIT_HOST).toMatch(/^tcp:\/\/buildkitd\./);
  });

  test('in order: test (buildctl, test stage), build (OCI layout), trivy (threshold, exit code), crane push, cosign sign (no tlog), promote --digest', () => {
    const order = [
      /buildctl build [^]*--opt target="\$\{TEST_TARGET\}"[^]*--output type=cacheonly/,
      /buildctl build [^]*--output type=oci,dest=image-oci,tar=false/,
      /trivy image --input image-oci --severity "\$\{SEVERITIES\}" --exit-code 1/,
      /crane push \$\{CRANE_FLAGS:-\} image-oci "\$\{REGISTRY\}\/\$\{IMAGE\}:\$\{TAG\}"/,
      /cosign sign --yes --key env:\/\/COSIGN_PRIVATE_KEY --tlog-upload=false/,
      /npm run promote -- --env "\$\{TARGET_ENV\}" --service "\$\{SERVICE\}" --tag "\$\{TAG\}" --digest "\$\{DIGEST\}"/,
    ].map((re) => text.search(re));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The signature is the classic one policy-controller verifies for a key, signed by digest; trivy reads its
    // databases from the internal registry only; nothing is pushed before the scan.
    expect(text).toContain('--new-bundle-format=false --use-signing-config=false');
    expect(text).toContain('"${REGISTRY}/${IMAGE}@${DIGEST}"');
    expect(text).toMatch(/--db-repository "\$\{REGISTRY\}\/aquasecurity\/trivy-db:2" --java-db-repository "\$\{REGISTRY\}\/aquasecurity\/trivy-java-db:1"/);
    expect(TRIVY_DBS.map((d) => `${d.repository}:${d.tag}`)).toEqual(['aquasecurity/trivy-db:2', 'aquasecurity/trivy-java-db:1']);
    expect(text.indexOf('crane push')).toBeGreaterThan(text.indexOf('trivy image'));
    expect(text).not.toMatch(/push=true|docker push/);
  });

  test('the secrets: only in the environment of the one step that needs each, never in a script, a file or argv', () => {
    const withSecret = job.steps.filter((s: any) => JSON.stringify(s.env ?? {}).includes('secrets.'));
    expect(withSecret.map((s: any) => [s.name, Object.keys(s.env).sort()])).toEqual([
      ['sign (cosign, the key from the runner\'s secrets, no transparency log)', ['COSIGN_PASSWORD', 'COSIGN_PRIVATE_KEY']],
      ['promote (a pull request on this repository, tag and digest)', ['GITOPS_TOKEN']],
    ]);
    expect(JSON.stringify(job.env)).not.toContain('secrets.');
    // No `${{ }}` inside any script: inputs and secrets arrive as environment variables (no injection, no echo).
    expect(text).not.toContain('${{');
    // (The credential helper's echo writes to git's pipe, not to the log.)
    expect(text.split('\n').filter((l) => !l.includes('credential.helper')).join('\n')).not.toMatch(/cosign\.key|COSIGN_PRIVATE_KEY[^\n]*>|echo[^\n]*(COSIGN_PRIVATE_KEY|COSIGN_PASSWORD|GITOPS_TOKEN)/);
    // The token: a credential helper and a header read from stdin, never an argument.
    expect(text).toMatch(/credential\.helper '!f\(\) \{ echo username=ci; echo "password=\$\{GITOPS_TOKEN\}"; \}; f'/);
    expect(text).toMatch(/printf 'Authorization: token %s\\n' "\$\{GITOPS_TOKEN\}" \| curl [^\n]*-H @-/);
  });

  test('the pull request: Gitea\'s API on this instance, against the base branch, with the promote commit', () => {
    expect(text).toContain('"${GITHUB_SERVER_URL}/api/v1/repos/${GITOPS_REPOSITORY}/pulls"');
    expect(text).toMatch(/git clone --branch "\$\{GITOPS_BRANCH\}" "\$\{GITHUB_SERVER_URL\}\/\$\{GITOPS_REPOSITORY\}\.git"/);
    expect(text).toMatch(/git add overlays dist[^]*git push origin "\$branch"/);
  });

  test('its promote line is one npm run promote accepts', () => {
    const line = /npm run promote -- (.*)/.exec(text)![1];
    const args = line.replace(/"\$\{TARGET_ENV\}"/, 'prod').replace(/"\$\{SERVICE\}"/, 'lumen-api').replace(/"\$\{TAG\}"/, '1.4.0').replace(/"\$\{DIGEST\}"/, `sha256:${'0'.repeat(64)}`).split(' ');
    expect(parsePromoteArgs(args)).toMatchObject({ env: 'prod', service: 'lumen-api', tag: '1.4.0', digest: `sha256:${'0'.repeat(64)}` });
  });

  test('the defaults are prod\'s registry, as the overlay says it speaks', () => {
    expect(call.inputs.registry.default).toBe(overlay('prod').registry.host);
    expect(call.inputs['registry-insecure'].default).toBe(overlay('prod').registry.insecure);
    expect(call.inputs['gitops-repository'].default).toBe(new URL(overlay('prod').git.repoURL).pathname.replace(/^\//, '').replace(/\.git$/, ''));
  });

  // The inputs step, run by bash as the runner would: the severity threshold and the registry flags it derives.
  const inputsStep = (env: Record<string, string>): { status: number | null; out: string; vars: string } => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-wf-'));
    const envFile = path.join(dir, 'env');
    fs.writeFileSync(envFile, '');
    const r = spawnSync('bash', ['-e', '-c', step(/^inputs$/).run], {
      encoding: 'utf8', env: { PATH: process.env.PATH, GITHUB_ENV: envFile, IMAGE: 'lumen/lumen-api', TAG: '1.4.0', SEVERITY: 'HIGH', REGISTRY_INSECURE: 'true', ...env },
    });
    const vars = fs.readFileSync(envFile, 'utf8');
    fs.rmSync(dir, { recursive: true, force: true });
    return { status: r.status, out: r.stdout + r.stderr, vars };
  };

  test.each([
    ['LOW', 'LOW,MEDIUM,HIGH,CRITICAL'], ['MEDIUM', 'MEDIUM,HIGH,CRITICAL'], ['HIGH', 'HIGH,CRITICAL'], ['CRITICAL', 'CRITICAL'],
  ])('severity %s fails the scan on %s', (severity, list) => {
    const r = inputsStep({ SEVERITY: severity });
    expect(r.status).toBe(0);
    expect(r.vars).toContain(`SEVERITIES=${list}\n`);
  });

  test.each([
    [{ SEVERITY: 'high' }, "severity: expected LOW, MEDIUM, HIGH or CRITICAL, found 'high'"],
    [{ TAG: 'latest' }, "tag: expected a pinned image tag (not latest), found 'latest'"],
    [{ TAG: 'v1;rm -rf /' }, 'tag: expected a pinned image tag'],
    [{ IMAGE: 'lumen-api' }, "image: expected a repository path such as lumen/lumen-api, found 'lumen-api'"],
  ])('the inputs step refuses %j', (env, message) => {
    const r = inputsStep(env);
    expect(r.status).toBe(1);
    expect(r.out).toContain(message);
  });

  test('a plain-HTTP registry: crane, trivy and cosign are told so; a TLS one: no flag', () => {
    expect(inputsStep({}).vars).toContain('CRANE_FLAGS=--insecure\nTRIVY_FLAGS=--insecure\nCOSIGN_FLAGS=--allow-http-registry --allow-insecure-registry\n');
    expect(inputsStep({ REGISTRY_INSECURE: 'false' }).vars).toBe('SEVERITIES=HIGH,CRITICAL\n');
  });
});

// Contract: what each workflow asks for against what each environment's runners offer (committed dist/: the
// act_runner ConfigMaps' labels, the runner pods) and what the connected zone carries in (dist/<env>/images.txt).
describe.each(ENVS)('.gitea/workflows against the runners and the image inventory of dist/%s', (env) => {
  const files = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
  const dist = committedTree(env);
  const objects = manifestsOf(dist);
  const runnerNs = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === GITEA_RUNNER_NAMESPACE);
  /** The act_runner configurations: one ConfigMap per pool, named like its StatefulSet. */
  const configs = objects.filter((o) => o.kind === 'ConfigMap' && o.metadata.namespace === GITEA_RUNNER_NAMESPACE && o.data?.['config.yaml']);
  /** label → the pool (StatefulSet) offering it, and its scheme (`<label>:host`). */
  const offered = new Map<string, { pool: string; scheme: string }>(configs.flatMap((cm) => ((yaml.load(cm.data['config.yaml']) as any).runner.labels as string[])
    .map((l) => { const [label, scheme] = l.split(':'); return [label, { pool: cm.metadata.name, scheme }] as [string, { pool: string; scheme: string }]; })));
  const runners = objects.filter((o) => o.kind === 'StatefulSet' && o.metadata.namespace === GITEA_RUNNER_NAMESPACE);
  const runnerOf = (pool: string) => runners.find((o) => o.metadata.name === pool);
  const images = new Set((dist.get('images.txt') ?? '').split('\n').filter(Boolean).map((l) => l.split('  ')[0]));

  test('the runners\' labels are RUNNER_LABELS, each offered by its pool, in host mode (no label starts a job container)', () => {
    expect([...offered.keys()].sort()).toEqual(Object.keys(RUNNER_LABELS).sort());
    for (const [label, l] of Object.entries(RUNNER_LABELS)) expect({ label, ...offered.get(label) }).toEqual({ label, pool: l.pool, scheme: 'host' });
  });

  test.each(files)('%s: every job\'s runs-on is a label of a runner, the image it runs in is in images.txt', (f) => {
    for (const [name, j] of Object.entries(load(f).doc.jobs) as [string, any][]) {
      const runsOn: string[] = [j['runs-on']].flat();
      expect(runsOn.length).toBeGreaterThan(0);
      for (const l of runsOn) expect({ job: name, label: l, offered: offered.has(l) }).toEqual({ job: name, label: l, offered: true });
      // Host mode: the job runs in the runner container itself.
      const runner = runnerOf(offered.get(runsOn[0])!.pool);
      const image = runner?.spec.template.spec.containers.find((c: any) => c.name === 'runner')?.image;
      expect({ job: name, image, listed: images.has(image) }).toEqual({ job: name, image, listed: true });
      expect(image).toBe(`${overlay(env).registry.host}/${RUNNER_IMAGE.repository}:${RUNNER_IMAGE.tag}`);
    }
  });

  // Every pod that runs pull-request code (each runner pool: host mode runs the jobs inside it) is unprivileged.
  test('no pod that runs pull-request code is privileged: restricted namespace, no privileged container, no hostPath, no Docker socket', () => {
    expect(runnerNs.metadata.labels[PSS_ENFORCE_LABEL]).toBe('restricted');
    const pools = new Set([...offered.values()].map((o) => o.pool));
    expect(runners.map((r) => r.metadata.name).sort()).toEqual([...pools].sort());
    for (const r of runners) {
      const pod = r.spec.template;
      expect({ pool: r.metadata.name, violations: restrictedViolations(pod) }).toEqual({ pool: r.metadata.name, violations: [] });
      const containers = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
      for (const c of containers) {
        expect(c.securityContext?.privileged).not.toBe(true);
        expect(c.securityContext?.allowPrivilegeEscalation).toBe(false);
        expect(c.securityContext?.capabilities?.add ?? []).toEqual([]);
        expect(JSON.stringify(c.env ?? [])).not.toMatch(/DOCKER_HOST|docker\.sock/);
        expect((c.volumeMounts ?? []).map((m: any) => m.mountPath).join(' ')).not.toMatch(/docker|containerd|\/var\/run|\/run\//);
      }
      for (const v of pod.spec.volumes ?? []) expect({ volume: v.name, hostPath: v.hostPath }).toEqual({ volume: v.name, hostPath: undefined });
      for (const f of ['hostNetwork', 'hostPID', 'hostIPC']) expect(pod.spec[f]).not.toBe(true);
      expect(pod.spec.automountServiceAccountToken).toBe(false);
    }
    // Nothing else in the namespace is privileged either (no Docker-in-Docker sidecar, no builder).
    const pods = objects.filter((o) => o.metadata?.namespace === GITEA_RUNNER_NAMESPACE && podTemplateOf(o));
    for (const o of pods) expect({ object: `${o.kind}/${o.metadata.name}`, violations: restrictedViolations(podTemplateOf(o)!) }).toEqual({ object: `${o.kind}/${o.metadata.name}`, violations: [] });
  });
});
