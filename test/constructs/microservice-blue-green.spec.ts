import { internalImage } from '../../src/constructs/images';
import { LumenChart } from '../../src/constructs/lumen-chart';
import { BASE_URL_ARG, BlueGreenProps, canarySteps, e2eSelector, fromServiceConfig, Microservice, MicroserviceProps } from '../../src/constructs/microservice';
import { Waves } from '../../src/constructs/waves';
import { overlay, synth, testApp, testConfig } from '../support/fixtures';

const resources = { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } };
const image = internalImage('r:5000', 'shop/catalog', '2.0.0');
const testImage = internalImage('r:5000', 'shop/catalog-e2e', '2.0.0');
const blueGreen: BlueGreenProps = { test: { image: testImage, command: ['npx', 'cypress', 'run'], env: { API_PATH_PREFIX: '/api/v2/catalog' } } };

function build(props: Partial<MicroserviceProps> = {}, id = 'catalog-v2') {
  const c = new LumenChart(testApp(), 'test', { config: testConfig(), wave: Waves.APPLICATIONS, namespace: 'shop' });
  const ms = new Microservice(c, id, { namespace: 'shop', image, resources, blueGreen, ...props });
  return { ms, objects: synth(c) as any[] };
}
const ofKind = (objects: any[], kind: string) => objects.filter((o) => o.kind === kind);
const named = (objects: any[], kind: string, name: string) => {
  const found = objects.filter((o) => o.kind === kind && o.metadata.name === name);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('Microservice: Argo Rollout with blueGreen', () => {
  test('active and preview Services, auto-promotion, pre- and post-promotion analyses on the e2e template', () => {
    const { objects } = build();
    const rollout = named(objects, 'Rollout', 'catalog-v2');
    expect(ofKind(objects, 'Deployment')).toHaveLength(0);
    const bg = rollout.spec.strategy.blueGreen;
    expect(rollout.spec.strategy.canary).toBeUndefined();
    expect(bg).toMatchObject({ activeService: 'catalog-v2', previewService: 'catalog-v2-preview', autoPromotionEnabled: true, scaleDownDelaySeconds: 30 });
    expect(bg.prePromotionAnalysis).toEqual({
      templates: [{ templateName: 'catalog-v2-e2e' }],
      args: [{ name: BASE_URL_ARG, value: 'http://catalog-v2-preview.shop.svc.cluster.local:8080' }],
    });
    expect(bg.postPromotionAnalysis).toEqual({
      templates: [{ templateName: 'catalog-v2-e2e' }],
      args: [{ name: BASE_URL_ARG, value: 'http://catalog-v2.shop.svc.cluster.local:8080' }],
    });
    // Both Services exist and select the Rollout's pods (Argo Rollouts narrows each to its revision's hash).
    const active = named(objects, 'Service', 'catalog-v2');
    const preview = named(objects, 'Service', 'catalog-v2-preview');
    expect(preview.spec.selector).toEqual(active.spec.selector);
    expect(preview.spec.ports).toEqual(active.spec.ports);
    // The ServiceMonitor selects the active Service only.
    const sm = named(objects, 'ServiceMonitor', 'catalog-v2');
    const matches = (svc: any) => Object.entries(sm.spec.selector.matchLabels).every(([k, v]) => svc.metadata.labels[k] === v);
    expect(matches(active)).toBe(true);
    expect(matches(preview)).toBe(false);
  });

  test('the e2e AnalysisTemplate runs one Job: typed image and command, the URL as BASE_URL, restricted pod, labels, limits', () => {
    const { objects } = build();
    const t = named(objects, 'AnalysisTemplate', 'catalog-v2-e2e');
    expect(t.spec.args).toEqual([{ name: BASE_URL_ARG }]);
    expect(t.spec.metrics).toHaveLength(1);
    const m = t.spec.metrics[0];
    expect(m.failureLimit).toBe(0);
    const job = m.provider.job;
    expect(job.spec.backoffLimit).toBe(0);
    expect(job.spec.activeDeadlineSeconds).toBe(600);
    const pod = job.spec.template.spec;
    expect(pod.restartPolicy).toBe('Never');
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    const c = pod.containers[0];
    expect(c.image).toBe('r:5000/shop/catalog-e2e:2.0.0');
    expect(c.command).toEqual(['npx', 'cypress', 'run']);
    expect(c.env).toEqual([
      { name: 'BASE_URL', value: `{{args.${BASE_URL_ARG}}}` },
      { name: 'HOME', value: '/tmp' },
      { name: 'API_PATH_PREFIX', value: '/api/v2/catalog' },
    ]);
    expect(c.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] } });
    expect(c.resources.limits.memory).toBeDefined();
    // Gatekeeper's label rule applies to the Job and its pods in the application namespaces.
    for (const labels of [job.metadata.labels, job.spec.template.metadata.labels]) {
      expect(labels).toMatchObject({ app: 'catalog-v2-e2e', tier: 'backend', ...e2eSelector('catalog-v2') });
    }
  });

  test('the test pods reach the service pods on its HTTP port: both halves of the flow', () => {
    const { objects } = build();
    const egress = named(objects, 'NetworkPolicy', 'allow-catalog-v2-e2e-to-catalog-v2-egress');
    const ingress = named(objects, 'NetworkPolicy', 'allow-catalog-v2-e2e-to-catalog-v2-ingress');
    expect(egress.spec.podSelector.matchLabels).toEqual(e2eSelector('catalog-v2'));
    expect(egress.spec.egress[0].ports).toEqual([{ protocol: 'TCP', port: 8080 }]);
    expect(ingress.spec.podSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'catalog-v2', 'app.kubernetes.io/instance': 'catalog-v2' });
    expect(ingress.spec.ingress[0].from[0].podSelector.matchLabels).toEqual(e2eSelector('catalog-v2'));
  });

  test('a different post-promotion test gets its own template; manual promotion, delay and preview replicas', () => {
    const post = { image: testImage, command: ['npx', 'cypress', 'run', '--spec', 'smoke'], timeoutSeconds: 120 };
    const { objects } = build({ blueGreen: { ...blueGreen, postPromotionTest: post, autoPromotion: false, scaleDownDelaySeconds: 0, previewReplicaCount: 1 } });
    const bg = named(objects, 'Rollout', 'catalog-v2').spec.strategy.blueGreen;
    expect(bg).toMatchObject({ autoPromotionEnabled: false, scaleDownDelaySeconds: 0, previewReplicaCount: 1 });
    expect(bg.postPromotionAnalysis.templates).toEqual([{ templateName: 'catalog-v2-e2e-post' }]);
    const t = named(objects, 'AnalysisTemplate', 'catalog-v2-e2e-post');
    expect(t.spec.metrics[0].provider.job.spec.activeDeadlineSeconds).toBe(120);
    expect(t.spec.metrics[0].provider.job.spec.template.spec.containers[0].command).toEqual(post.command);
  });

  test('the HPA scales the Rollout', () => {
    const { objects } = build({ autoscaling: { minReplicas: 1, maxReplicas: 3 } });
    expect(named(objects, 'HorizontalPodAutoscaler', 'catalog-v2').spec.scaleTargetRef).toMatchObject({ kind: 'Rollout', name: 'catalog-v2' });
    expect(named(objects, 'Rollout', 'catalog-v2').spec.replicas).toBeUndefined();
  });

  test('throws if both canary and blueGreen are set, naming both props', () => {
    expect(() => build({ canary: { steps: canarySteps([50]), analysis: {} } })).toThrow(/'canary' and 'blueGreen' exclude each other.*catalog-v2/);
  });

  test.each([
    [{ ...blueGreen, test: { ...blueGreen.test, command: [] } }, /'blueGreen.test.command' must name the command/],
    [{ ...blueGreen, test: { ...blueGreen.test, timeoutSeconds: 0 } }, /'blueGreen.test.timeoutSeconds' must be an integer >= 1, got 0/],
    [{ ...blueGreen, test: { ...blueGreen.test, baseUrlEnv: 'base-url' } }, /'blueGreen.test.baseUrlEnv' must be an environment variable name, got "base-url"/],
    [{ ...blueGreen, test: { ...blueGreen.test, env: { BASE_URL: 'x' } } }, /'blueGreen.test.env' BASE_URL is set by the analysis/],
    [{ ...blueGreen, test: { ...blueGreen.test, env: { API_TOKEN: 'x' } } }, /'blueGreen.test.env' API_TOKEN looks like a credential/],
    [{ ...blueGreen, scaleDownDelaySeconds: -1 }, /'blueGreen.scaleDownDelaySeconds' must be an integer >= 0, got -1/],
    [{ ...blueGreen, previewReplicaCount: 0 }, /'blueGreen.previewReplicaCount' must be >= 1, got 0/],
    [{ ...blueGreen, postPromotionTest: { ...blueGreen.test, command: [''] } }, /'blueGreen.postPromotionTest.command'/],
  ] as [BlueGreenProps, RegExp][])('throws on bad blueGreen props (%#)', (bg, msg) => {
    expect(() => build({ blueGreen: bg })).toThrow(msg);
  });
});

describe('fromServiceConfig with blueGreen (overlay switch)', () => {
  test('dev: catalog gets blueGreen with the overlay\'s test image and command, no canary', () => {
    const config = overlay('dev');
    const props = fromServiceConfig(config.services.catalog, config.registry.host, { API_PATH_PREFIX: '/api/v2/catalog' });
    expect(props.canary).toBeUndefined();
    expect(props.blueGreen!.test.image.ref).toBe(`${config.registry.host}/shop/catalog-e2e:2.0.0`);
    expect(props.blueGreen!.test.command[0]).toBe('npx');
    expect(props.blueGreen!.autoPromotion).toBe(true);
  });

  test('canary stays elsewhere: order in dev, catalog in staging and prod', () => {
    expect(fromServiceConfig(overlay('dev').services.order, 'r:5000').canary).toBeDefined();
    for (const env of ['staging', 'prod'] as const) {
      const props = fromServiceConfig(overlay(env).services.catalog, 'r:5000');
      expect(props.blueGreen).toBeUndefined();
      expect(props.canary).toBeDefined();
    }
  });

  test('throws if a blueGreen service is mapped without the registry of its test image', () => {
    expect(() => fromServiceConfig(overlay('dev').services.catalog)).toThrow(/'registry' is required for a service with blueGreen/);
  });
});

describe('Microservice: generatedSecretEnv (previews: an operator\'s own Secret, neither Git nor Vault)', () => {
  test('secretKeyRef to the generated Secret, no VaultStaticSecret, usable as $(VAR)', () => {
    const { objects } = build({ blueGreen: undefined, generatedSecretEnv: { PG_PASSWORD: { secret: 'order-db-app', key: 'password' } }, env: { PG_DSN: 'host=order-db-rw password=$(PG_PASSWORD)' } });
    const env = objects.find((o) => o.kind === 'Deployment').spec.template.spec.containers[0].env;
    expect(env).toContainEqual({ name: 'PG_PASSWORD', valueFrom: { secretKeyRef: { name: 'order-db-app', key: 'password' } } });
    expect(ofKind(objects, 'VaultStaticSecret')).toHaveLength(0);
  });
  test.each([
    [{ 'pg-password': { secret: 's', key: 'k' } }, /'generatedSecretEnv' names must be environment variable names, got "pg-password"/],
    [{ X: { secret: 'Bad_Name', key: 'k' } }, /'generatedSecretEnv' X needs a Secret name and a key/],
  ])('throws on %j', (g, msg) => {
    expect(() => build({ blueGreen: undefined, generatedSecretEnv: g as any })).toThrow(msg);
  });
});
