import { LUMEN_DB_RW } from '../../src/charts/cloudnative-pg';
import { EDGE_AUTH_MIDDLEWARE } from '../../src/charts/edge-auth';
import { LUMEN_API_STRIP_MIDDLEWARE, LumenApiChart } from '../../src/charts/lumen-api';
import { REDIS_SENTINEL } from '../../src/charts/redis';
import { Waves } from '../../src/constructs/waves';
import { ENVS, overlay, synth, testApp, testConfig } from '../support/fixtures';
import { flowSummary } from '../support/flows';
import { parsePromql } from '../support/promql';

const prod = overlay('prod');
const dev = overlay('dev');
const render = (config = prod) => {
  const chart = new LumenApiChart(testApp(), 'lumen-api', config);
  return { chart, objects: synth(chart) };
};
const { chart, objects } = render();
const ofKind = (o: any[], kind: string) => o.filter((x) => x.kind === kind);
const one = (o: any[], kind: string) => {
  const found = ofKind(o, kind);
  expect(found).toHaveLength(1);
  return found[0];
};
const container = (o: any[]) => one(o, 'Rollout').spec.template.spec.containers[0];
const envOf = (o: any[]) => Object.fromEntries(container(o).env.map((e: any) => [e.name, e]));

describe('lumen-api', () => {
  test('snapshot (prod)', () => {
    expect(objects).toMatchSnapshot();
  });

  test('wave applications, namespace lumen, synced automatically', () => {
    expect(chart.wave).toBe(Waves.APPLICATIONS);
    expect(chart.namespace).toBe('lumen');
    expect(chart.automatedSync).toBe(true);
  });

  test('an Argo Rollout: 20 % → analysis → 80 % → analysis → 100 %', () => {
    const steps = one(objects, 'Rollout').spec.strategy.canary.steps;
    expect(steps).toEqual([
      { setWeight: 20 },
      { analysis: { templates: [{ templateName: 'lumen-api-error-rate' }], args: [{ name: 'canary-hash', valueFrom: { podTemplateHashValue: 'Latest' } }] } },
      { setWeight: 80 },
      { analysis: { templates: [{ templateName: 'lumen-api-error-rate' }], args: [{ name: 'canary-hash', valueFrom: { podTemplateHashValue: 'Latest' } }] } },
      { setWeight: 100 },
    ]);
    expect(ofKind(objects, 'Deployment')).toHaveLength(0);
  });

  test('the analysis: Prometheus error rate of the canary < 1 % over 5 min, rollback after a second failure', () => {
    const t = one(objects, 'AnalysisTemplate');
    const [m] = t.spec.metrics;
    expect(m.successCondition).toBe('result[0] < 0.01');
    expect(m.failureLimit).toBe(1);
    expect(m.provider.prometheus.address).toBe('http://monitoring-prometheus.monitoring.svc.cluster.local:9090');
    const q = parsePromql(m.provider.prometheus.query.replace('{{args.canary-hash}}', 'abc123'));
    expect(q.errors).toEqual([]);
    expect(q.matchers).toEqual(expect.arrayContaining([
      { metric: 'http_requests_total', label: 'namespace', op: '=', value: 'lumen' },
      { metric: 'http_requests_total', label: 'service', op: '=', value: 'lumen-api' },
      { metric: 'http_requests_total', label: 'code', op: '=~', value: '5..' },
    ]));
    expect(m.provider.prometheus.query.match(/\[5m\]/g)).toHaveLength(2);
  });

  test('HA in prod (HPA from 2), a single instance in dev; PDB lets one pod go at a time', () => {
    const hpa = (o: any[]) => one(o, 'HorizontalPodAutoscaler').spec;
    expect(hpa(objects)).toMatchObject({ minReplicas: 2, scaleTargetRef: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'lumen-api' } });
    expect(hpa(render(dev).objects).minReplicas).toBe(1);
    expect(hpa(objects).maxReplicas).toBeGreaterThanOrEqual(hpa(objects).minReplicas);
    expect(one(objects, 'Rollout').spec.replicas).toBeUndefined();
    expect(one(objects, 'PodDisruptionBudget').spec.maxUnavailable).toBe(1);
  });

  test('image from the overlay, in the internal registry', () => {
    // prod enforces signatures: tag@digest (what promote wrote); dev runs the tag alone.
    expect(container(objects).image).toBe(`192.168.2.2:5000/lumen/lumen-api:${prod.services.lumenApi.image.tag}@${prod.services.lumenApi.image.digest}`);
    expect(prod.services.lumenApi.image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(container(render(dev).objects).image).toBe(`k3d-registry.localhost:5000/lumen/lumen-api:${dev.services.lumenApi.image.tag}`);
  });

  test('PG_RW_DSN / PG_RO_DSN: primary and replica services, user and password from the Vault-fed Secret', () => {
    const env = envOf(objects);
    expect(env.PG_RW_DSN.value).toBe('host=lumen-db-rw.cnpg-system.svc.cluster.local port=5432 dbname=lumen user=$(PG_USER) password=$(PG_PASSWORD) sslmode=require');
    expect(env.PG_RO_DSN.value).toBe('host=lumen-db-ro.cnpg-system.svc.cluster.local port=5432 dbname=lumen user=$(PG_USER) password=$(PG_PASSWORD) sslmode=require');
    expect(env.PG_USER.valueFrom).toEqual({ secretKeyRef: { name: 'lumen-api-lumen-db-rw', key: 'username' } });
    expect(env.PG_PASSWORD.valueFrom).toEqual({ secretKeyRef: { name: 'lumen-api-lumen-db-rw', key: 'password' } });
  });

  test('a single database instance has no -ro endpoints: reads go to -r', () => {
    const single = testConfig('components:\n  cloudnativePg: { database: { instances: 1 } }\n');
    expect(envOf(render(single).objects).PG_RO_DSN.value).toContain('host=lumen-db-r.cnpg-system.svc.cluster.local ');
    const three = testConfig('components:\n  cloudnativePg: { database: { instances: 3 } }\n');
    expect(envOf(render(three).objects).PG_RO_DSN.value).toContain('host=lumen-db-ro.cnpg-system.svc.cluster.local ');
  });

  test('Redis through Sentinel: sentinel address and master set; password from Vault', () => {
    const env = envOf(objects);
    expect(env.REDIS_SENTINEL_ADDRS.value).toBe('redis-sentinel.lumen.svc.cluster.local:26379');
    expect(env.REDIS_MASTER_NAME.value).toBe('lumen');
    expect(env.REDIS_PASSWORD.valueFrom).toEqual({ secretKeyRef: { name: 'lumen-api-redis-sentinel', key: 'password' } });
  });

  test('the VaultStaticSecrets read the data layer\'s paths and restart the Rollout', () => {
    const secrets = ofKind(objects, 'VaultStaticSecret');
    expect(secrets.map((s) => [s.spec.destination.name, s.spec.path]).sort()).toEqual([
      ['lumen-api-lumen-db-rw', LUMEN_DB_RW.secretPath],
      ['lumen-api-redis-sentinel', REDIS_SENTINEL.secretPath],
    ]);
    for (const s of secrets) expect(s.spec.rolloutRestartTargets).toEqual([{ kind: 'argo.Rollout', name: 'lumen-api' }]);
  });

  test('/metrics on 9090, scraped with the canary hash label', () => {
    expect(container(objects).ports).toContainEqual({ name: 'metrics', containerPort: 9090 });
    const sm = one(objects, 'ServiceMonitor');
    expect(sm.spec.endpoints[0]).toMatchObject({ port: 'metrics', path: '/metrics' });
    expect(sm.spec.podTargetLabels).toEqual(['rollouts-pod-template-hash']);
  });

  test('OpenTelemetry to Alloy', () => {
    expect(envOf(objects).OTEL_EXPORTER_OTLP_ENDPOINT.value).toBe('http://alloy.alloy.svc.cluster.local:4317');
  });

  test('flows: lumen-api → redis 6379/26379, → postgres 5432, → alloy 4317; traefik → 8080, prometheus → 9090; nothing else', () => {
    const summary = ofKind(objects, 'NetworkPolicy').map(flowSummary).sort();
    const me = 'lumen/app.kubernetes.io/instance=lumen-api,app.kubernetes.io/name=lumen-api';
    expect(summary).toEqual([
      `egress ${me} → alloy/app.kubernetes.io/name=alloy 4317`,
      `egress ${me} → cnpg-system/cnpg.io/cluster=lumen-db 5432`,
      `egress ${me} → lumen/app=redis 26379,6379`,
      `egress traefik/app.kubernetes.io/name=traefik → ${me} 8080`,
      `ingress cnpg-system/cnpg.io/cluster=lumen-db ← ${me} 5432`,
      `ingress lumen/app=redis ← ${me} 26379,6379`,
      `ingress ${me} ← monitoring/app.kubernetes.io/name=prometheus 9090`,
      `ingress ${me} ← traefik/app.kubernetes.io/name=traefik 8080`,
    ].sort());
  });

  test('route: lumen.<baseDomain>/api, JWT at the edge first, then the prefix is stripped', () => {
    const ir = one(objects, 'IngressRoute');
    expect(ir.spec.routes).toEqual([{
      match: 'Host(`lumen.airgap.local`) && PathPrefix(`/api`)',
      middlewares: [{ name: EDGE_AUTH_MIDDLEWARE }, { name: LUMEN_API_STRIP_MIDDLEWARE }],
      services: [{ name: 'lumen-api', port: 8080 }],
    }]);
    const strip = ofKind(objects, 'Middleware').find((m) => m.metadata.name === LUMEN_API_STRIP_MIDDLEWARE);
    expect(strip.spec).toEqual({ stripPrefix: { prefixes: ['/api'] } });
    expect(one(objects, 'Certificate').spec.dnsNames).toEqual(['lumen.airgap.local']);
  });

  test.each(ENVS)('credentials are only referenced (%s)', (env) => {
    const o = render(overlay(env)).objects;
    expect(ofKind(o, 'Secret')).toHaveLength(0);
    const vso = new Set(ofKind(o, 'VaultStaticSecret').map((s) => s.spec.destination.name));
    for (const e of container(o).env) {
      if (e.valueFrom) expect(vso.has(e.valueFrom.secretKeyRef.name)).toBe(true);
      else expect(e.value).not.toMatch(/password=(?!\$\(PG_PASSWORD\))|:\/\/[^:/@]+:[^@$]+@/);
    }
  });
});

describe('services overlay', () => {
  test('defaults: HPA 1..3 at 70 % CPU, canary [20, 80] under 1 % errors over 5m; catalog keeps v1 on its own tag', () => {
    const s = testConfig().services;
    expect(s.lumenApi).toMatchObject({ replicas: 1, autoscaling: { maxReplicas: 3, cpuUtilization: 70 }, canary: { weights: [20, 80], maxErrorRate: 0.01, analysisWindow: '5m' } });
    expect(s.catalog.v1).toEqual({ enabled: true, tag: '1.0.0' });
    expect(s.catalog.image.tag).toBe('2.0.0');
  });
  test.each([
    ['services:\n  order: { replicas: 3, autoscaling: { maxReplicas: 2 } }\n', 'services.order.autoscaling.maxReplicas: expected >= replicas (3), found number 2'],
    ['services:\n  lumenApi: { canary: { weights: [80, 20] } }\n', 'services.lumenApi.canary.weights: expected strictly increasing weights such as [20, 80]'],
    ['services:\n  catalog: { canary: { maxErrorRate: 2 } }\n', 'services.catalog.canary.maxErrorRate: expected < 1, found number 2'],
  ])('rejects %j', (text, msg) => {
    expect(() => testConfig(text)).toThrow(msg);
  });
});
