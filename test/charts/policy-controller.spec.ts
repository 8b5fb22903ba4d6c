import * as fs from 'fs';
import * as path from 'path';
import {
  buildPolicyController, CLUSTER_IMAGE_POLICY_API_VERSION, failurePolicyOf, FIRST_PARTY_POLICY, firstPartyGlobs, globMatches, POLICY_CONTROLLER_NAMESPACE,
  POLICY_WEBHOOK_NAME, POLICY_WEBHOOK_PORT, PolicyControllerChart, PolicyControllerPolicyChart, policyControllerValues,
} from '../../src/charts/policy-controller';
import { COMPARE_OPTIONS_ANNOTATION } from '../../src/constructs/app-of-apps';
import { Waves } from '../../src/constructs/waves';
import { containersOf } from '../../src/synth/gate';
import { ENVS, overlay, ROOT, synth, testApp, testConfig } from '../support/fixtures';
import { committedTree, manifestsOf, parsed } from '../support/dist';

const prod = overlay('prod');
const dev = overlay('dev');
const DIGEST = /@sha256:[0-9a-f]{64}$/;

describe('policy-controller chart', () => {
  test('pinned chart 0.10.6 (policy-controller v0.13.1) with its CRDs, wave core, namespace cosign-system; the policy at wave policy', () => {
    const chart = new PolicyControllerChart(testApp(), 'policy-controller', prod, prod.signing!);
    expect(chart.helmRelease).toMatchObject({ chart: 'policy-controller', version: '0.10.6', crdModule: 'policy-controller' });
    expect(chart.wave).toBe(Waves.CORE);
    expect(chart.namespace).toBe(POLICY_CONTROLLER_NAMESPACE);
    const policy = new PolicyControllerPolicyChart(testApp(), 'policy-controller-policy', prod, prod.signing!);
    expect(policy.wave).toBe(Waves.POLICY);
    expect(Waves.POLICY.number).toBeGreaterThan(Waves.CORE.number);
    expect(Waves.POLICY.number).toBeLessThan(Waves.DEPENDENCIES_CONFIG.number);
  });

  test('the image from the internal registry; TUF off (no sigstore.dev in the air gap); restricted container', () => {
    const { values, images } = policyControllerValues(prod, prod.signing!);
    expect(images.map((i) => i.ref)).toEqual(['192.168.2.2:5000/sigstore/policy-controller/policy-controller:v0.13.1']);
    expect(values.webhook.image).toEqual({ repository: '192.168.2.2:5000/sigstore/policy-controller/policy-controller', version: 'v0.13.1', pullPolicy: 'IfNotPresent' });
    expect(values.webhook.extraArgs).toEqual({ 'disable-tuf': true });
    expect(values.webhook.podSecurityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } });
  });

  test('fails closed where signatures are enforced, open where they only warn', () => {
    expect(failurePolicyOf({ mode: 'enforce' })).toBe('Fail');
    expect(failurePolicyOf({ mode: 'warn' })).toBe('Ignore');
    expect(policyControllerValues(prod, prod.signing!).values.webhook.failurePolicy).toBe('Fail');
    expect(policyControllerValues(dev, dev.signing!).values.webhook.failurePolicy).toBe('Ignore');
  });

  test('the pod webhooks see only the overlay\'s namespaces, by name (with knative\'s own exclusion, so the selector stays as applied)', () => {
    const { values } = policyControllerValues(prod, prod.signing!);
    expect(values.webhook.namespaceSelector).toEqual({
      matchExpressions: [
        { key: 'kubernetes.io/metadata.name', operator: 'In', values: ['lumen', 'shop'] },
        { key: 'webhooks.knative.dev/exclude', operator: 'DoesNotExist' },
      ],
    });
    // Images matching no policy (Redis in lumen) are admitted: the chart's default (deny) would refuse them.
    expect(values.webhook.configData).toEqual({ 'no-match-policy': 'allow' });
    const other = testConfig('signing: { publicKey: ../cosign.pub, mode: warn, namespaces: [shop, payments] }\n');
    expect(policyControllerValues(other, other.signing!).values.webhook.namespaceSelector.matchExpressions[0].values).toEqual(['payments', 'shop']);
  });

  test('a PDB only with more than one replica (one replica and minAvailable 1 would block every drain)', () => {
    expect(policyControllerValues(prod, prod.signing!).values.webhook).toMatchObject({ replicaCount: 2, podDisruptionBudget: { enabled: true, minAvailable: 1 } });
    expect(policyControllerValues(dev, dev.signing!).values.webhook).toMatchObject({ replicaCount: 1, podDisruptionBudget: { enabled: false } });
  });

  test('flows: the API server to the webhook, the webhook to the API server and to the registry (nothing else)', () => {
    const objs = synth(new PolicyControllerChart(testApp(), 'policy-controller', prod, prod.signing!));
    const policies = objs.filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name).sort();
    expect(policies).toEqual(['allow-dns-egress', 'allow-egress-apiserver', 'allow-egress-registry', 'allow-ingress-prometheus-policy-controller', 'allow-ingress-webhook-from-apiserver', 'default-deny-all']);
    const registry = objs.find((o) => o.metadata.name === 'allow-egress-registry');
    expect(registry.spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '192.168.2.2/32' } }], ports: [{ protocol: 'TCP', port: 5000 }] }]);
    // dev's registry is a name: its flow goes to registry.cidr (k3d's network), on the registry's port.
    const devRegistry = synth(new PolicyControllerChart(testApp(), 'policy-controller', dev, dev.signing!)).find((o) => o.metadata.name === 'allow-egress-registry');
    expect(devRegistry.spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '172.18.0.0/16' } }], ports: [{ protocol: 'TCP', port: 5000 }] }]);
    const ingress = objs.find((o) => o.metadata.name === 'allow-ingress-webhook-from-apiserver');
    expect(ingress.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: POLICY_WEBHOOK_PORT }]);
  });

  test('nothing without signing, or with the verifier off', () => {
    const app = testApp();
    buildPolicyController(app, testConfig());
    buildPolicyController(app, testConfig('signing: { publicKey: ../cosign.pub, mode: warn }\ncomponents: { policyController: { enabled: false } }\n'));
    expect(app.node.children).toHaveLength(0);
  });
});

describe('the ClusterImagePolicy', () => {
  const policyOf = (config = prod) => synth(new PolicyControllerPolicyChart(testApp(), 'policy-controller-policy', config, config.signing!))[0];

  test('the overlay\'s key, verified without a transparency log, over the first-party repositories of the registry', () => {
    const p = policyOf();
    expect(p).toMatchObject({ apiVersion: CLUSTER_IMAGE_POLICY_API_VERSION, kind: 'ClusterImagePolicy', metadata: { name: FIRST_PARTY_POLICY } });
    expect(p.metadata.namespace).toBeUndefined();
    expect(p.spec.mode).toBe('enforce');
    expect(p.spec.images).toEqual([{ glob: '192.168.2.2:5000/lumen/**' }, { glob: '192.168.2.2:5000/shop/**' }]);
    expect(p.spec.authorities).toEqual([{ name: 'cosign-pub', key: { data: fs.readFileSync(path.join(ROOT, 'cosign.pub'), 'utf8'), hashAlgorithm: 'sha256' } }]);
    // No Rekor, no CT log, no keyless (Fulcio), no other signature source: nothing outside the registry.
    expect(JSON.stringify(p.spec)).not.toMatch(/ctlog|rekor|keyless|source|sigstore\.dev|https?:/);
    expect(policyOf(dev).spec.mode).toBe('warn');
  });

  test('extra repositories from the overlay join lumen/** and shop/**, below the registry', () => {
    const c = testConfig('signing: { publicKey: ../cosign.pub, mode: warn, repositories: ["tools/**", "lumen/**"] }\n');
    expect(firstPartyGlobs(c, c.signing!)).toEqual(['10.0.0.1:5000/lumen/**', '10.0.0.1:5000/shop/**', '10.0.0.1:5000/tools/**']);
  });

  test('globMatches is policy-controller\'s glob: ** spans paths, * one segment, on the name of the reference', () => {
    const d = `sha256:${'a'.repeat(64)}`;
    expect(globMatches('192.168.2.2:5000/lumen/**', `192.168.2.2:5000/lumen/lumen-api:1.3.0@${d}`)).toBe(true);
    expect(globMatches('192.168.2.2:5000/lumen/**', '192.168.2.2:5000/lumen/lumen-api:1.3.0')).toBe(true);
    expect(globMatches('192.168.2.2:5000/lumen/*', '192.168.2.2:5000/lumen/a/b:1')).toBe(false);
    expect(globMatches('192.168.2.2:5000/lumen/**', '192.168.2.2:5000/library/redis:8.2.2-alpine')).toBe(false);
    expect(globMatches('192.168.2.2:5000/lumen/**', 'lumen/lumen-api:1.3.0')).toBe(false);
    expect(globMatches('192.168.2.2:5000/lumen/**', '192x168.2.2:5000/lumen/lumen-api:1')).toBe(false);
  });
});

// The contract both ways, on what is committed: the policy's key is the overlay's key, its globs catch exactly the
// first-party images the rendered workloads run (as they reference them: registry host first), the webhook sees the
// namespaces those run in and no system namespace, and where signatures are enforced every one of them is a digest.
describe.each(ENVS)('signed images in dist/%s', (env) => {
  const config = overlay(env);
  const dist = committedTree(env);
  const objects = manifestsOf(dist);
  const policy = objects.find((o) => o.kind === 'ClusterImagePolicy');
  const webhook = (kind: string) => objects.find((o) => o.kind === kind && o.metadata.name === POLICY_WEBHOOK_NAME);
  const globs: string[] = policy.spec.images.map((i: any) => i.glob);
  const images = objects.flatMap((o) => containersOf(o).map(({ container }) => ({ ns: o.metadata.namespace as string, kind: o.kind, name: o.metadata.name, image: String(container.image) })));
  const firstParty = images.filter((i) => /\/(lumen|shop)\//.test(i.image));

  test('the policy\'s key is the overlay\'s key (cosign.pub), the mode the overlay\'s', () => {
    expect(policy.spec.authorities.map((a: any) => a.key.data)).toEqual([config.signing!.publicKeyPem]);
    expect(policy.spec.mode).toBe(env === 'dev' ? 'warn' : 'enforce');
  });

  test('every first-party image the services run matches a glob; no third-party image does; each glob is the internal registry', () => {
    for (const g of globs) expect(g.startsWith(`${config.registry.host}/`)).toBe(true);
    const services = firstParty.filter((i) => config.signing!.namespaces.includes(i.ns));
    expect(services.map((i) => i.name).sort()).toEqual(expect.arrayContaining(['catalog-v2', 'lumen-api', 'order-v1']));
    for (const i of services) expect({ ...i, matched: globs.some((g) => globMatches(g, i.image)) }).toEqual({ ...i, matched: true });
    for (const i of images.filter((x) => !/\/(lumen|shop)\//.test(x.image))) expect({ ...i, matched: globs.some((g) => globMatches(g, i.image)) }).toEqual({ ...i, matched: false });
  });

  test('the pod webhooks: exactly the namespaces where first-party images run, never a system namespace; failure policy by mode', () => {
    for (const kind of ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration']) {
      const [wh] = webhook(kind).webhooks;
      const names = wh.namespaceSelector.matchExpressions.find((e: any) => e.key === 'kubernetes.io/metadata.name');
      expect(names).toMatchObject({ operator: 'In', values: [...config.signing!.namespaces].sort() });
      for (const system of ['kube-system', 'kube-public', 'argocd', 'gitea', 'vault', POLICY_CONTROLLER_NAMESPACE, 'gatekeeper-system']) expect(names.values).not.toContain(system);
      expect(wh.failurePolicy).toBe(env === 'dev' ? 'Ignore' : 'Fail');
    }
    const inScope = new Set(firstParty.filter((i) => i.kind === 'Rollout').map((i) => i.ns));
    expect([...inScope].sort()).toEqual([...config.signing!.namespaces].sort());
  });

  test(env === 'dev' ? 'dev warns: tags alone are allowed' : `${env} enforces: every first-party image the services run is tag@sha256:<digest>, and images.txt says so`, () => {
    const services = firstParty.filter((i) => config.signing!.namespaces.includes(i.ns));
    const lines = (dist.get('images.txt') ?? '').split('\n').filter((l) => /\/(lumen|shop)\//.test(l) && / built$/.test(l) && !/ci-runner|cnpg-citus|debezium/.test(l));
    if (env === 'dev') {
      expect(services.every((i) => !DIGEST.test(i.image))).toBe(true);
      return;
    }
    for (const i of services) expect(i.image).toMatch(DIGEST);
    for (const l of lines) expect(l).toMatch(/:[A-Za-z0-9_.-]+@sha256:[0-9a-f]{64}  built$/);
  });

  test('applications whose workloads the verifier pins to digests are diffed server-side with its webhook (no endless drift)', () => {
    const apps = [...dist.entries()].filter(([f]) => f.startsWith('apps/')).map(([, t]) => parsed(t));
    const annotated = apps.filter((a) => a.metadata.annotations?.[COMPARE_OPTIONS_ANNOTATION]).map((a) => a.metadata.name).sort();
    const mutated = new Set(objects.filter((o) => ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'].includes(o.kind) && config.signing!.namespaces.includes(o.metadata.namespace))
      .map((o) => o.metadata.labels?.['app.kubernetes.io/instance'] ?? o.metadata.labels?.['app.kubernetes.io/name']));
    expect(annotated).toEqual(expect.arrayContaining(['redis', 'shop-cache']));
    expect(mutated.size).toBeGreaterThan(0);
    for (const a of apps.filter((x) => annotated.includes(x.metadata.name))) expect(a.metadata.annotations[COMPARE_OPTIONS_ANNOTATION]).toBe('ServerSideDiff=true,IncludeMutationWebhook=true');
  });
});
