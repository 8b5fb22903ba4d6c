import { evaluateCelSource, objectOnlyPrefix } from '../../src/policy/cel';
import {
  ALLOWED_REPOS, CONTAINER_LIMITS, DISALLOWED_TAGS, evaluateConstraint, LUMEN_RULES, lumenConstraints, matches, REQUIRED_LABELS,
} from '../../src/policy/admission';
import { testConfig } from '../support/fixtures';

const REGISTRY = '10.0.0.1:5000';
const config = testConfig();

/** A Deployment as the Microservice construct renders it, with one container. */
function deployment(container: Record<string, unknown> = {}, extra: { labels?: Record<string, string>; podLabels?: Record<string, string>; namespace?: string } = {}): any {
  const labels = extra.labels ?? { app: 'api', tier: 'backend' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'api', namespace: extra.namespace ?? 'lumen', labels },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'api' } },
      template: {
        metadata: { labels: extra.podLabels ?? labels },
        spec: {
          containers: [{
            name: 'api',
            image: `${REGISTRY}/lumen/api:1.0.0`,
            resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
            ...container,
          }],
        },
      },
    },
  };
}

const params = {
  tags: { tags: ['latest'] },
  repos: { registries: [REGISTRY] },
  limits: { limits: ['cpu', 'memory'] },
  labels: { labels: ['app', 'tier'] },
};

describe('LumenDisallowedTags', () => {
  test.each([
    ['a tag', `${REGISTRY}/lumen/api:1.0.0`],
    ['a tag and a digest', `${REGISTRY}/lumen/api:1.0.0@sha256:${'a'.repeat(64)}`],
    ['a digest', `${REGISTRY}/lumen/api@sha256:${'b'.repeat(64)}`],
    ['a registry without port', 'registry.local/api:v2'],
  ])('passes: %s', (_, image) => {
    expect(evaluateCelSource(DISALLOWED_TAGS, deployment({ image }), params.tags)).toEqual([]);
  });

  test.each([
    ['latest', `${REGISTRY}/lumen/api:latest`, 'api (10.0.0.1:5000/lumen/api:latest)'],
    ['no tag (the port is not a tag)', `${REGISTRY}/lumen/api`, 'api (10.0.0.1:5000/lumen/api)'],
    ['latest with a digest', `${REGISTRY}/lumen/api:latest@sha256:${'c'.repeat(64)}`, 'api'],
  ])('fails: %s', (_, image, named) => {
    const [message] = evaluateCelSource(DISALLOWED_TAGS, deployment({ image }), params.tags);
    expect(message).toMatch(/^images must be pinned to a tag other than latest or to a digest: /);
    expect(message).toContain(named);
  });

  test('init containers and CronJobs too', () => {
    const cron = {
      apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c', namespace: 'lumen' },
      spec: { schedule: '* * * * *', jobTemplate: { spec: { template: { spec: { initContainers: [{ name: 'init', image: 'busybox' }], containers: [{ name: 'main', image: `${REGISTRY}/x:1` }] } } } } },
    };
    expect(evaluateCelSource(DISALLOWED_TAGS, cron, params.tags)).toEqual(['images must be pinned to a tag other than latest or to a digest: init (busybox)']);
  });

  test('a Pod is reviewed as itself', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'x' }, spec: { containers: [{ name: 'c', image: 'nginx:latest' }] } };
    expect(evaluateCelSource(DISALLOWED_TAGS, pod, params.tags)).toHaveLength(1);
  });
});

describe('LumenAllowedRepos', () => {
  test('passes: every image below the registry', () => {
    expect(evaluateCelSource(ALLOWED_REPOS, deployment(), params.repos)).toEqual([]);
  });
  test.each([
    ['a public registry', 'docker.io/library/redis:7'],
    ['no registry at all', 'redis:7'],
    ['a registry that only starts like ours', '10.0.0.1:50000/x:1'],
  ])('fails: %s', (_, image) => {
    expect(evaluateCelSource(ALLOWED_REPOS, deployment({ image }), params.repos)).toEqual([`images must come from ${REGISTRY}: api (${image})`]);
  });
  test('a container without image fails instead of erroring', () => {
    const d = deployment();
    delete d.spec.template.spec.containers[0].image;
    expect(evaluateCelSource(ALLOWED_REPOS, d, params.repos)).toEqual([`images must come from ${REGISTRY}: api (no image)`]);
  });
});

describe('LumenContainerLimits', () => {
  test('passes: cpu and memory limits', () => {
    expect(evaluateCelSource(CONTAINER_LIMITS, deployment(), params.limits)).toEqual([]);
  });
  test.each([
    ['no resources', { resources: undefined }],
    ['requests only', { resources: { requests: { cpu: '1', memory: '1Gi' } } }],
    ['no memory limit', { resources: { limits: { cpu: '1' } } }],
  ])('fails: %s', (_, container) => {
    const d = deployment(container);
    if (d.spec.template.spec.containers[0].resources === undefined) delete d.spec.template.spec.containers[0].resources;
    expect(evaluateCelSource(CONTAINER_LIMITS, d, params.limits)).toEqual(['containers must set limits cpu and memory: api']);
  });
});

describe('LumenRequiredLabels', () => {
  test('passes: app and tier on the workload and its pods', () => {
    expect(evaluateCelSource(REQUIRED_LABELS, deployment(), params.labels)).toEqual([]);
  });
  test('fails: tier missing on the workload', () => {
    expect(evaluateCelSource(REQUIRED_LABELS, deployment({}, { labels: { app: 'api' }, podLabels: { app: 'api', tier: 'backend' } }), params.labels))
      .toEqual(['labels required on the object: tier']);
  });
  test('fails: labels missing or empty on the pod template', () => {
    expect(evaluateCelSource(REQUIRED_LABELS, deployment({}, { podLabels: { app: '' } }), params.labels))
      .toEqual(['labels required on the pod template: app, tier']);
  });
  test('fails: no labels at all', () => {
    const d = deployment();
    delete d.metadata.labels;
    delete d.spec.template.metadata;
    expect(evaluateCelSource(REQUIRED_LABELS, d, params.labels)).toEqual(['labels required on the object: app, tier', 'labels required on the pod template: app, tier']);
  });
});

describe('constraints of an environment', () => {
  const byName = Object.fromEntries(lumenConstraints(config).map((c) => [c.name, c]));

  test('the registry parameter is the environment registry', () => {
    expect(byName['lumen-allowed-repos'].parameters).toEqual({ registries: ['10.0.0.1:5000'] });
  });

  test('label and limit rules match the application namespaces only', () => {
    const unlabelled = deployment({}, { labels: {}, podLabels: {}, namespace: 'vault' });
    expect(evaluateConstraint(byName['lumen-required-labels'], unlabelled)).toEqual([]);
    expect(evaluateConstraint(byName['lumen-required-labels'], { ...unlabelled, metadata: { ...unlabelled.metadata, namespace: 'shop' } })).toHaveLength(2);
  });

  test('image rules match everywhere but kube-system, and only workload kinds', () => {
    const bad = deployment({ image: 'nginx:latest' }, { namespace: 'kube-system' });
    expect(evaluateConstraint(byName['lumen-disallowed-tags'], bad)).toEqual([]);
    expect(evaluateConstraint(byName['lumen-disallowed-tags'], { ...bad, metadata: { ...bad.metadata, namespace: 'monitoring' } })).toHaveLength(1);
    expect(matches(byName['lumen-allowed-repos'].match, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'lumen' } })).toBe(false);
    expect(matches(byName['lumen-allowed-repos'].match, { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', metadata: { name: 'x', namespace: 'lumen' } })).toBe(true);
  });

  test('every expression of every rule parses, and none errors on a workload without a pod template', () => {
    const rollout = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', metadata: { name: 'r', namespace: 'lumen', labels: { app: 'r', tier: 'backend' } }, spec: { workloadRef: { kind: 'Deployment', name: 'x' } } };
    for (const c of lumenConstraints(config)) {
      for (const m of evaluateConstraint(c, rollout)) expect(m).not.toMatch(/CEL evaluation error/);
    }
    expect(LUMEN_RULES).toHaveLength(4);
  });

  test('an expression that would error in the cluster is a violation, not a crash', () => {
    const broken = { ...REQUIRED_LABELS, validations: [{ expression: 'variables.anyObject.spec.nope == 1', messageExpression: '"x"' }] };
    expect(evaluateCelSource(broken, deployment(), params.labels)[0]).toMatch(/^CEL evaluation error in "variables.anyObject.spec.nope == 1": /);
  });
});

describe('variables that read only the object are evaluated once per object', () => {
  test('the pod variables every lumen rule starts with are shared; nothing that reads params or `variables` whole', () => {
    // podTemplate, podSpec, podLabels, containers, allContainers (and REQUIRED_LABELS' objectLabels).
    expect(LUMEN_RULES.map((r) => objectOnlyPrefix(r).length)).toEqual([5, 5, 5, 6]);
    expect(objectOnlyPrefix(REQUIRED_LABELS)[4]).toBe(objectOnlyPrefix(ALLOWED_REPOS)[4]);
    const reads = (expression: string) => objectOnlyPrefix({ variables: [{ name: 'a', expression: 'variables.anyObject.kind' }, { name: 'b', expression }], validations: [] }).length;
    expect(reads('variables.a + "x"')).toBe(2);
    expect(reads('variables.params.x')).toBe(1);
    expect(reads('variables["params"]')).toBe(1);
    expect(reads('size(variables)')).toBe(1);
    expect(reads('variables.later')).toBe(1);
    expect(objectOnlyPrefix({ variables: [{ name: 'anyObject', expression: '1' }], validations: [] })).toEqual([]);
  });

  test('every rule gives, on one object, what it gives on its own (passes, failures, evaluation errors)', () => {
    const objects = [
      deployment(), deployment({ image: 'nginx:latest' }), deployment({ resources: {} }),
      deployment({}, { labels: {}, podLabels: { app: '' } }),
      { ...deployment(), spec: { template: { spec: { containers: 'not a list' } } } },
      { ...deployment(), spec: { template: { spec: { containers: [{ name: 1 }] } } } },
    ];
    const allParams = [params.tags, params.repos, params.limits, params.labels];
    // Alone: a fresh copy of the object for every rule (nothing shared).
    const alone = objects.map((o) => LUMEN_RULES.map((r, i) => evaluateCelSource(r, structuredClone(o), allParams[i])));
    // Together: the same object for all four, twice.
    for (let round = 0; round < 2; round++) {
      expect(objects.map((o) => LUMEN_RULES.map((r, i) => evaluateCelSource(r, o, allParams[i])))).toEqual(alone);
    }
    // An error in a shared variable: every rule reports it, as each did on its own.
    expect(alone[4]).toEqual(LUMEN_RULES.map(() => [expect.stringMatching(/^CEL evaluation error: .*no such overload/)]));
    expect(alone[1][0]).toEqual(['images must be pinned to a tag other than latest or to a digest: api (nginx:latest)']);
  });

  test('the same prefix under other parameters: parameters are never part of what is shared', () => {
    const d = deployment({ image: 'other.registry:5000/lumen/api:1.0.0' });
    expect(evaluateCelSource(ALLOWED_REPOS, d, { registries: ['other.registry:5000'] })).toEqual([]);
    expect(evaluateCelSource(ALLOWED_REPOS, d, params.repos)).toEqual(['images must come from 10.0.0.1:5000: api (other.registry:5000/lumen/api:1.0.0)']);
  });
});
