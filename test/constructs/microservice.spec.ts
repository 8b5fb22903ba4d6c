import * as fs from 'fs';
import * as path from 'path';
import { transformSync } from 'esbuild';
import { dependency } from '../../src/constructs/dependency';
import { internalImage } from '../../src/constructs/images';
import { LumenChart } from '../../src/constructs/lumen-chart';
import {
  ALLOY_OTLP_ENDPOINT, CANARY_HASH_ARG, canarySteps, errorRateQuery, fromServiceConfig, Microservice, MicroserviceProps, POD_TEMPLATE_HASH_LABEL,
  PRE_STOP_SLEEP_SECONDS, PROMETHEUS_URL, TERMINATION_GRACE_SECONDS,
} from '../../src/constructs/microservice';
import { TRAEFIK_NAMESPACE, TRAEFIK_POD_LABELS } from '../../src/constructs/tls-route';
import { Wave, Waves } from '../../src/constructs/waves';
import { renderApp } from '../../src/synth/render';
import { overlay, ROOT, synth, testApp, testConfig } from '../support/fixtures';
import { parsePromql } from '../support/promql';

const resources = { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } };
const image = internalImage('r:5000', 'lumen/api', '1.2.3');
const chart = (wave: Wave = Waves.APPLICATIONS) => new LumenChart(testApp(), 'test', { config: testConfig(), wave, namespace: 'lumen' });

const REDIS = dependency({
  name: 'redis', namespace: 'lumen', podLabels: { app: 'redis' }, ports: [{ port: 26379 }, { port: 6379 }],
  host: 'redis.lumen.svc.cluster.local', secretPath: 'lumen/redis',
});
const PG_RW = dependency({
  name: 'db-rw', namespace: 'cnpg-system', podLabels: { 'cnpg.io/cluster': 'db' }, ports: [{ port: 5432 }],
  host: 'db-rw.cnpg-system.svc.cluster.local', secretPath: 'lumen/postgres',
});
const PG_RO = dependency({ ...PG_RW, name: 'db-ro', host: 'db-ro.cnpg-system.svc.cluster.local' });

function build(props: Partial<MicroserviceProps> = {}, id = 'api') {
  const c = chart();
  const ms = new Microservice(c, id, { namespace: 'lumen', image, resources, ...props });
  return { ms, c, objects: synth(c) };
}
const ofKind = (objects: any[], kind: string) => objects.filter((o) => o.kind === kind);
const one = (objects: any[], kind: string) => {
  const found = ofKind(objects, kind);
  expect(found).toHaveLength(1);
  return found[0];
};
const canary = { steps: canarySteps([20, 80]), analysis: {} };

describe('Microservice: defaults (a Deployment)', () => {
  test('restricted pod, probes, limits, app and tier labels on workload and pods, graceful shutdown', () => {
    const dep = one(build().objects, 'Deployment');
    const pod = dep.spec.template.spec;
    const container = pod.containers[0];
    expect(dep.metadata.labels).toMatchObject({ app: 'api', tier: 'backend' });
    expect(dep.spec.template.metadata.labels).toMatchObject({ app: 'api', tier: 'backend' });
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(container.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] } });
    expect(container.resources.limits).toEqual({ cpu: '100m', memory: '64Mi' });
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) expect(container[probe].httpGet).toEqual({ path: '/health', port: 'http' });
    expect(pod.terminationGracePeriodSeconds).toBe(TERMINATION_GRACE_SECONDS);
    expect(TERMINATION_GRACE_SECONDS).toBe(30);
    expect(container.lifecycle.preStop.sleep.seconds).toBe(PRE_STOP_SLEEP_SECONDS);
    expect(container.image).toBe('r:5000/lumen/api:1.2.3');
    expect(container.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
  });

  test('the Service and the PodDisruptionBudget select exactly the pods; ports http and metrics (9090)', () => {
    const { objects } = build();
    const svc = one(objects, 'Service');
    const dep = one(objects, 'Deployment');
    const pdb = one(objects, 'PodDisruptionBudget');
    expect(dep.spec.template.metadata.labels).toMatchObject(svc.spec.selector);
    expect(pdb.spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: svc.spec.selector } });
    expect(pdb.apiVersion).toBe('policy/v1');
    expect(svc.spec.ports).toEqual([
      { name: 'http', port: 8080, targetPort: 'http' },
      { name: 'metrics', port: 9090, targetPort: 'metrics' },
    ]);
  });

  test('a ServiceMonitor on /metrics and the prometheus → pods flow on 9090', () => {
    const { objects } = build();
    const sm = one(objects, 'ServiceMonitor');
    expect(sm.spec.endpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '30s' }]);
    expect(sm.spec.podTargetLabels).toBeUndefined();
    const np = objects.find((o) => o.metadata.name === 'allow-ingress-prometheus-api');
    expect(np.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 9090 }]);
  });

  test('OpenTelemetry points at Alloy, with the egress flow to it', () => {
    const { objects } = build();
    const env = one(objects, 'Deployment').spec.template.spec.containers[0].env;
    expect(env).toContainEqual({ name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: 'http://alloy.alloy.svc.cluster.local:4317' });
    expect(ALLOY_OTLP_ENDPOINT).toBe('http://alloy.alloy.svc.cluster.local:4317');
    expect(env).toContainEqual({ name: 'OTEL_SERVICE_NAME', value: 'api' });
    const np = objects.find((o) => o.metadata.name === 'allow-api-to-alloy-egress');
    expect(np.spec.egress).toEqual([{
      to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'alloy' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'alloy' } } }],
      ports: [{ protocol: 'TCP', port: 4317 }],
    }]);
  });

  test('telemetry: false and monitoring: false leave them out', () => {
    const { objects } = build({ telemetry: false, monitoring: false });
    expect(ofKind(objects, 'ServiceMonitor')).toHaveLength(0);
    expect(ofKind(objects, 'NetworkPolicy')).toHaveLength(0);
    expect(one(objects, 'Deployment').spec.template.spec.containers[0].env).toBeUndefined();
  });

  test('fixed replicas without autoscaling; no HPA', () => {
    const { objects } = build({ replicas: 3 });
    expect(one(objects, 'Deployment').spec.replicas).toBe(3);
    expect(ofKind(objects, 'HorizontalPodAutoscaler')).toHaveLength(0);
  });

  test('config maps mounted read-only, arguments passed', () => {
    const { objects } = build({ args: ['serve'], configMounts: [{ configMap: 'api-config', mountPath: '/etc/api' }] });
    const pod = one(objects, 'Deployment').spec.template.spec;
    expect(pod.containers[0].args).toEqual(['serve']);
    expect(pod.containers[0].volumeMounts).toContainEqual({ name: 'config-api-config', mountPath: '/etc/api', readOnly: true });
    expect(pod.volumes).toContainEqual({ name: 'config-api-config', configMap: { name: 'api-config' } });
  });
});

describe('Microservice: Argo Rollout with canary', () => {
  const objects = build({ canary, autoscaling: { minReplicas: 2, maxReplicas: 5 } }).objects;

  test('a Rollout instead of a Deployment, without replicas (the HPA owns them), basic canary (no traffic routing)', () => {
    expect(ofKind(objects, 'Deployment')).toHaveLength(0);
    const rollout = one(objects, 'Rollout');
    expect(rollout.apiVersion).toBe('argoproj.io/v1alpha1');
    expect(rollout.spec.replicas).toBeUndefined();
    expect(rollout.spec.strategy.canary.trafficRouting).toBeUndefined();
    expect(rollout.spec.strategy.canary.canaryService).toBeUndefined();
    expect(rollout.spec.template.metadata.labels).toMatchObject({ app: 'api', tier: 'backend' });
    expect(rollout.spec.template.spec.terminationGracePeriodSeconds).toBe(30);
  });

  test('steps: 20 % → analysis → 80 % → analysis → 100 %', () => {
    const steps = one(objects, 'Rollout').spec.strategy.canary.steps;
    expect(steps.map((s: any) => Object.keys(s)[0])).toEqual(['setWeight', 'analysis', 'setWeight', 'analysis', 'setWeight']);
    expect(steps.filter((s: any) => s.setWeight).map((s: any) => s.setWeight)).toEqual([20, 80, 100]);
    for (const s of steps.filter((x: any) => x.analysis)) {
      expect(s.analysis.templates).toEqual([{ templateName: 'api-error-rate' }]);
      expect(s.analysis.args).toEqual([{ name: CANARY_HASH_ARG, valueFrom: { podTemplateHashValue: 'Latest' } }]);
    }
  });

  test('the AnalysisTemplate: error rate < 1 % over 5 min, five measurements, rollback past one failure', () => {
    const t = one(objects, 'AnalysisTemplate');
    expect(t.metadata.name).toBe('api-error-rate');
    expect(t.spec.args).toEqual([{ name: CANARY_HASH_ARG }]);
    const [m] = t.spec.metrics;
    expect(m).toMatchObject({ interval: '1m', count: 5, failureLimit: 1, successCondition: 'result[0] < 0.01' });
    expect(m.provider.prometheus.address).toBe(PROMETHEUS_URL);
    expect(PROMETHEUS_URL).toBe('http://monitoring-prometheus.monitoring.svc.cluster.local:9090');
  });

  test('the PromQL parses and selects the canary pods of this service, 5xx over all, over 5m', () => {
    const query: string = one(objects, 'AnalysisTemplate').spec.metrics[0].provider.prometheus.query;
    // Argo Rollouts substitutes the argument before Prometheus sees the query.
    const q = parsePromql(query.replace(`{{args.${CANARY_HASH_ARG}}}`, '6d4f8b9c7'));
    expect(q.errors).toEqual([]);
    expect(q.metrics).toEqual(['http_requests_total', 'http_requests_total']);
    expect(q.functions).toEqual(expect.arrayContaining(['sum', 'rate', 'vector']));
    expect(q.matchers).toEqual(expect.arrayContaining([
      { metric: 'http_requests_total', label: 'namespace', op: '=', value: 'lumen' },
      { metric: 'http_requests_total', label: 'service', op: '=', value: 'api' },
      { metric: 'http_requests_total', label: 'rollouts_pod_template_hash', op: '=', value: '6d4f8b9c7' },
      { metric: 'http_requests_total', label: 'code', op: '=~', value: '5..' },
    ]));
    // Only the numerator filters on 5xx.
    expect(q.matchers.filter((x) => x.label === 'code')).toHaveLength(1);
    expect(query.match(/\[5m\]/g)).toHaveLength(2);
    // No traffic is a zero error rate, not an empty result.
    expect(query).toMatch(/^\(sum\(.*\) or vector\(0\)\) \/ \(sum\(.*\) > 0 or vector\(1\)\)$/);
  });

  test('the ServiceMonitor keeps the pod-template hash label on the series', () => {
    expect(one(objects, 'ServiceMonitor').spec.podTargetLabels).toEqual([POD_TEMPLATE_HASH_LABEL]);
  });

  test('HPA autoscaling/v2 on the Rollout, CPU 70 % by default', () => {
    const hpa = one(objects, 'HorizontalPodAutoscaler');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'api' });
    expect(hpa.spec.minReplicas).toBe(2);
    expect(hpa.spec.maxReplicas).toBe(5);
    expect(hpa.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }]);
  });

  test('HPA on a Deployment when there is no canary', () => {
    const hpa = one(build({ autoscaling: { minReplicas: 1, maxReplicas: 2, cpuUtilization: 50 } }).objects, 'HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' });
    expect(hpa.spec.metrics[0].resource.target.averageUtilization).toBe(50);
  });

  test('errorRateQuery is what the template holds', () => {
    expect(one(objects, 'AnalysisTemplate').spec.metrics[0].provider.prometheus.query)
      .toBe(errorRateQuery({ namespace: 'lumen', service: 'api', requestsMetric: 'http_requests_total', window: '5m' }));
  });

  test('a pause step, and analysis settings', () => {
    const { objects: o } = build({
      canary: { steps: [{ setWeight: 10 }, { pause: { duration: '30s' } }, { pause: {} }, { analysis: true }], analysis: { maxErrorRate: 0.05, window: '10m', count: 3, failureLimit: 0 } },
    });
    expect(one(o, 'Rollout').spec.strategy.canary.steps.slice(1, 3)).toEqual([{ pause: { duration: '30s' } }, { pause: {} }]);
    const m = one(o, 'AnalysisTemplate').spec.metrics[0];
    expect(m).toMatchObject({ count: 3, failureLimit: 0, successCondition: 'result[0] < 0.05' });
    expect(m.provider.prometheus.query).toContain('[10m]');
  });

  test('VaultSecrets restart the Rollout when a credential changes', () => {
    const { objects: o } = build({ canary, secretEnv: { PG_PASSWORD: { from: PG_RW, key: 'password' } } });
    expect(one(o, 'VaultStaticSecret').spec.rolloutRestartTargets).toEqual([{ kind: 'argo.Rollout', name: 'api' }]);
  });
});

describe('Microservice: dependencies open exactly their flows', () => {
  const { ms, objects } = build({ dependsOn: [REDIS, PG_RW, PG_RO] });
  const policies = ofKind(objects, 'NetworkPolicy');
  const flows = (direction: 'Egress' | 'Ingress') => policies
    .filter((p) => p.spec.policyTypes[0] === direction)
    .map((p) => {
      const rule = direction === 'Egress' ? p.spec.egress[0] : p.spec.ingress[0];
      const peer = (direction === 'Egress' ? rule.to : rule.from)[0];
      return {
        namespace: p.metadata.namespace,
        pods: p.spec.podSelector.matchLabels,
        peerNamespace: peer.namespaceSelector.matchLabels['kubernetes.io/metadata.name'],
        peerPods: peer.podSelector?.matchLabels,
        ports: rule.ports.map((x: any) => x.port),
      };
    });

  test('egress from the pods: redis (both ports), postgres (once for rw and ro: same pods), alloy; nothing else', () => {
    expect(flows('Egress')).toEqual(expect.arrayContaining([
      { namespace: 'lumen', pods: ms.selector, peerNamespace: 'lumen', peerPods: { app: 'redis' }, ports: [26379, 6379] },
      { namespace: 'lumen', pods: ms.selector, peerNamespace: 'cnpg-system', peerPods: { 'cnpg.io/cluster': 'db' }, ports: [5432] },
      { namespace: 'lumen', pods: ms.selector, peerNamespace: 'alloy', peerPods: { 'app.kubernetes.io/name': 'alloy' }, ports: [4317] },
    ]));
    expect(flows('Egress')).toHaveLength(3);
  });

  test('ingress on the dependencies\' side, and prometheus on ours', () => {
    expect(flows('Ingress')).toEqual(expect.arrayContaining([
      { namespace: 'lumen', pods: { app: 'redis' }, peerNamespace: 'lumen', peerPods: ms.selector, ports: [26379, 6379] },
      { namespace: 'cnpg-system', pods: { 'cnpg.io/cluster': 'db' }, peerNamespace: 'lumen', peerPods: ms.selector, ports: [5432] },
      { namespace: 'lumen', pods: ms.selector, peerNamespace: 'monitoring', peerPods: { 'app.kubernetes.io/name': 'prometheus' }, ports: [9090] },
    ]));
    expect(flows('Ingress')).toHaveLength(3);
  });

  test('names say who talks to whom; rw and ro share one flow', () => {
    expect(policies.map((p) => p.metadata.name).sort()).toEqual([
      'allow-api-to-alloy-egress', 'allow-api-to-db-rw-egress', 'allow-api-to-db-rw-ingress',
      'allow-api-to-redis-egress', 'allow-api-to-redis-ingress', 'allow-ingress-prometheus-api',
    ]);
    expect(ms.dependencyFlows['db-ro']).toBe(ms.dependencyFlows['db-rw']);
  });

  test('dependOn() later returns the flows it opens; allowFrom() opens one ingress on the HTTP port', () => {
    const c = chart();
    const s = new Microservice(c, 'api', { namespace: 'lumen', image, resources, telemetry: false, monitoring: false });
    const flow = s.dependOn(REDIS);
    expect(flow.egress.policy.metadata.name).toBe('allow-api-to-redis-egress');
    const np = s.allowFrom('web', { namespace: 'frontend', podLabels: { app: 'web' } });
    expect(np.policy.metadata.name).toBe('allow-web-to-api');
    expect(synth(c).find((o) => o.metadata.name === 'allow-web-to-api').spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 8080 }]);
  });

  test('throws if a dependency is listed twice', () => {
    expect(() => build({ dependsOn: [REDIS, REDIS] })).toThrow("'dependsOn' lists redis twice (service api)");
  });
});

describe('Microservice: credentials are only referenced', () => {
  const { objects } = build({
    dependsOn: [REDIS, PG_RW],
    vaultSecrets: { 'api-signing': 'lumen/api-signing' },
    secretEnv: {
      PG_USER: { from: PG_RW, key: 'username' },
      PG_PASSWORD: { from: PG_RW, key: 'password' },
      REDIS_PASSWORD: { from: REDIS, key: 'password' },
      SIGNING_KEY: { from: 'api-signing', key: 'key' },
    },
    env: { PG_DSN: 'host=db port=5432 user=$(PG_USER) password=$(PG_PASSWORD)' },
  });
  const env: any[] = one(objects, 'Deployment').spec.template.spec.containers[0].env;

  test('one VaultStaticSecret per credential source, named after service and dependency', () => {
    const secrets = ofKind(objects, 'VaultStaticSecret');
    expect(secrets.map((s) => [s.metadata.name, s.spec.path, s.spec.destination.name]).sort()).toEqual([
      ['api-db-rw', 'lumen/postgres', 'api-db-rw'],
      ['api-redis', 'lumen/redis', 'api-redis'],
      ['api-signing', 'lumen/api-signing', 'api-signing'],
    ]);
    expect(ofKind(objects, 'Secret')).toHaveLength(0);
  });

  test('secret variables come first (so $(VAR) expands), as secretKeyRef to a VSO-created Secret', () => {
    const refs = env.filter((e) => e.valueFrom);
    expect(env.slice(0, refs.length)).toEqual(refs);
    const vso = new Set(ofKind(objects, 'VaultStaticSecret').map((s) => s.spec.destination.name));
    for (const e of refs) expect(vso.has(e.valueFrom.secretKeyRef.name)).toBe(true);
    expect(env.find((e) => e.name === 'PG_DSN').value).toBe('host=db port=5432 user=$(PG_USER) password=$(PG_PASSWORD)');
  });

  test.each([
    [{ env: { DB_PASSWORD: 'hunter2' } }, "'env' DB_PASSWORD looks like a credential: read it from Vault through 'secretEnv' (service api)"],
    [{ env: { URL: 'redis://user:hunter2@redis:6379' } }, "'env' URL holds a URL with an inline password"],
    [{ env: { DSN: 'password=$(NOPE)' } }, "'env' DSN references $(NOPE), which is not a 'secretEnv' variable (service api)"],
    [{ secretEnv: { X: { from: 'unknown', key: 'k' } } }, "'secretEnv' X reads Secret \"unknown\", which is not declared in 'vaultSecrets'"],
    [{ secretEnv: { X: { from: dependency({ ...REDIS, secretPath: undefined }), key: 'k' } } }, "'secretEnv' X reads dependency redis, which has no 'secretPath' (service api)"],
    [{ secretEnv: { X: { from: REDIS, key: 'password' } }, env: { X: 'y' } }, "'env' X is also in 'secretEnv' (service api)"],
  ] as [Partial<MicroserviceProps>, string][])('throws on %j', (props, msg) => {
    expect(() => build(props)).toThrow(msg);
  });
});

describe('Microservice: exposeViaIngressRoute', () => {
  test('returns the TlsRoute: IngressRoute + Certificate, middlewares in order, and the traefik → pods flow on the HTTP port', () => {
    const c = chart();
    const ms = new Microservice(c, 'api', { namespace: 'lumen', image, resources, telemetry: false, monitoring: false });
    const route = ms.exposeViaIngressRoute({ host: 'lumen.airgap.local', pathPrefix: '/api', middlewares: ['edge-auth', 'strip'] });
    const objects = synth(c);
    expect(route.ingressRoute.metadata.name).toBe('api');
    const ir = one(objects, 'IngressRoute');
    expect(ir.spec.routes).toEqual([{
      match: 'Host(`lumen.airgap.local`) && PathPrefix(`/api`)',
      middlewares: [{ name: 'edge-auth' }, { name: 'strip' }],
      services: [{ name: 'api', port: 8080 }],
    }]);
    expect(one(objects, 'Certificate').spec.dnsNames).toEqual(['lumen.airgap.local']);
    const egress = objects.find((o) => o.metadata.namespace === TRAEFIK_NAMESPACE);
    expect(egress.spec.podSelector.matchLabels).toEqual(TRAEFIK_POD_LABELS);
    const ingress = objects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === 'lumen');
    expect(ingress.spec.podSelector.matchLabels).toEqual(ms.selector);
    expect(ingress.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 8080 }]);
  });

  test('backend() serves several groups from one route', () => {
    const c = chart();
    const a = new Microservice(c, 'a-v1', { namespace: 'lumen', image, resources });
    expect(a.backend({ pathPrefix: '/api/v1' })).toEqual({ pathPrefix: '/api/v1', service: 'a-v1', port: 8080, targetPort: 8080, podLabels: a.selector, middlewares: undefined });
  });
});

describe('Microservice: throws on bad props', () => {
  test.each([
    [{ replicas: 0 }, "'replicas' must be >= 1, got 0"],
    [{ replicas: 2, autoscaling: { minReplicas: 1, maxReplicas: 2 } }, "'replicas' and 'autoscaling' exclude each other"],
    [{ autoscaling: { minReplicas: 0, maxReplicas: 2 } }, "'autoscaling.minReplicas' must be >= 1, got 0 (service api)"],
    [{ autoscaling: { minReplicas: 3, maxReplicas: 2 } }, "'autoscaling.maxReplicas' must be an integer >= minReplicas (3), got 2 (service api)"],
    [{ autoscaling: { minReplicas: 1, maxReplicas: 2, cpuUtilization: 0 } }, "'autoscaling.cpuUtilization' must be 1..100, got 0"],
    [{ port: 9090 }, "'metricsPort' must differ from 'port', got 9090 for both"],
    [{ port: 70000 }, "'port' must be 1..65535, got 70000 (service api)"],
    [{ maxUnavailable: 0 }, "'maxUnavailable' must be >= 1, got 0 (service api)"],
    [{ healthPath: 'health' }, "'healthPath' must start with \"/\", got \"health\""],
    [{ namespace: 'Lumen' }, "'namespace' must be a DNS label, got \"Lumen\""],
    [{ canary: { steps: [{ analysis: true }] } }, "'canary.steps' must hold at least one setWeight step"],
    [{ canary: { steps: [{ setWeight: 0 }] } }, "'canary.steps[0].setWeight' must be 1..100, got 0"],
    [{ canary: { steps: [{ setWeight: 50 }, { setWeight: 20 }] } }, "'canary.steps[1].setWeight' must not decrease, got 20 after 50"],
    [{ canary: { steps: [{ setWeight: 20 }, { analysis: true }] } }, "'canary.steps[1]' is an analysis step but 'canary.analysis' is not set"],
    [{ canary: { steps: [{ setWeight: 20 }, { pause: { duration: 'soon' } }] } }, "'canary.steps[1].pause.duration' must be a duration"],
    [{ canary: { ...canary, analysis: { maxErrorRate: 1 } } }, "'canary.analysis.maxErrorRate' must be between 0 and 1 (exclusive), got 1"],
    [{ canary: { ...canary, analysis: { window: '5 minutes' } } }, "'canary.analysis.window' must be a Prometheus duration"],
    [{ canary: { ...canary, analysis: { count: 2, failureLimit: 2 } } }, "'canary.analysis.failureLimit' must be 0..count-1 (1), got 2"],
    [{ canary: { ...canary, analysis: { requestsMetric: 'http-requests' } } }, "'canary.analysis.requestsMetric' must be a metric name"],
    [{ configMounts: [{ configMap: 'c', mountPath: '/tmp' }] }, "'configMounts' mountPath must be an absolute path other than /tmp"],
  ] as [Partial<MicroserviceProps>, string][])('%j', (props, msg) => {
    expect(() => build(props)).toThrow(msg);
  });

  test('throws if the id is not a DNS label', () => {
    expect(() => build({}, 'Api')).toThrow("'id' must be a DNS label of at most 50 characters");
  });
});

describe('canarySteps', () => {
  test('weights → setWeight + analysis each, then 100', () => {
    expect(canarySteps([20, 80])).toEqual([{ setWeight: 20 }, { analysis: true }, { setWeight: 80 }, { analysis: true }, { setWeight: 100 }]);
    expect(canarySteps([50, 100])).toEqual([{ setWeight: 50 }, { analysis: true }, { setWeight: 100 }]);
  });
});

describe('Microservice snapshot', () => {
  test('a Rollout with everything', () => {
    const { objects } = build({ canary, autoscaling: { minReplicas: 2, maxReplicas: 4 }, dependsOn: [REDIS], secretEnv: { REDIS_PASSWORD: { from: REDIS, key: 'password' } } });
    expect(objects).toMatchSnapshot();
  });
});

describe('README "Add a service"', () => {
  // The example a newcomer copies must compile, render, and produce exactly the files the README lists.
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Add a service'), readme.indexOf('\n## ', readme.indexOf('## Add a service') + 3));

  test('the example chart renders the listed files', () => {
    const source = /```ts\n([\s\S]*?)```/.exec(section)![1];
    const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20' });
    const mod: { exports: Record<string, any> } = { exports: {} };
    const load = (p: string) => require(p.startsWith('.') ? path.join(ROOT, 'src', 'charts', p) : p);
    new Function('require', 'module', 'exports', code)(load, mod, mod.exports);
    const app = testApp();
    mod.exports.buildNotifications(app, overlay('prod'));
    const rendered = renderApp(app).map((o) => o.file);
    const listing = /```\ndist\/<env>\/apps\/Application-notifications\.yaml[\s\S]*?```/.exec(section)![0];
    const listed = [...listing.matchAll(/^ {2}(\S+\.yaml)/gm)].map((m) => `40-applications/notifications/${m[1]}`);
    expect(rendered.sort()).toEqual(listed.sort());
    expect(section).toContain("{ name: 'notifications', build: buildNotifications, runsOn: 'apps' },");
  });
});

describe('fromServiceConfig', () => {
  test('the overlay decides the HPA (from replicas), the canary steps and analysis, the resources', () => {
    const s = overlay('prod').services.lumenApi;
    const props = fromServiceConfig(s);
    expect(props.autoscaling).toEqual({ minReplicas: 2, maxReplicas: 6, cpuUtilization: s.autoscaling.cpuUtilization });
    expect(props.canary!.steps).toEqual(canarySteps(s.canary.weights));
    expect(props.canary!.analysis).toEqual({ maxErrorRate: s.canary.maxErrorRate, window: s.canary.analysisWindow });
    expect(props.resources).toBe(s.resources);
  });
});
