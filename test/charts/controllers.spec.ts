import { ArgoRolloutsChart, argoRolloutsValues } from '../../src/charts/argo-rollouts';
import {
  CHAOS_DASHBOARD_POD_LABELS, ChaosMeshChart, ChaosMeshConfigChart, chaosMeshValues, K3S_CONTAINERD_SOCKET,
} from '../../src/charts/chaos-mesh';
import { PSS_REASON_ANNOTATION } from '../../src/constructs/platform-namespace';
import { Waves } from '../../src/constructs/waves';
import { overlay, synth, testApp } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');

describe('snapshots (prod)', () => {
  test.each([
    ['argo-rollouts', ArgoRolloutsChart],
    ['chaos-mesh', ChaosMeshChart],
    ['chaos-mesh-config', ChaosMeshConfigChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    expect({ objects: synth(chart), helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values } }).toMatchSnapshot();
  });
});

describe('argo-rollouts', () => {
  test('v1.9.1 with its CRDs at wave controllers, image rewritten', () => {
    const chart = new ArgoRolloutsChart(testApp(), 'argo-rollouts', prod);
    expect(chart.wave).toBe(Waves.CONTROLLERS);
    expect(chart.helmRelease).toMatchObject({ chart: 'argo-rollouts', version: '2.41.0', crdModule: 'argo-rollouts' });
    expect(argoRolloutsValues(dev).images.map((i) => i.ref)).toEqual(['k3d-registry.localhost:5000/argoproj/argo-rollouts:v1.9.1']);
    expect(argoRolloutsValues(prod).values.controller.image.registry).toBe('192.168.2.2:5000');
    expect(argoRolloutsValues(prod).values.dashboard.enabled).toBe(false);
  });
  test('the controller reaches the API server', () => {
    const p = synth(new ArgoRolloutsChart(testApp(), 'argo-rollouts', prod)).find((o) => o.metadata.name === 'allow-egress-apiserver');
    expect(p.spec.egress[0].ports.map((x: any) => x.port)).toEqual([6443, 443]);
  });
});

describe('chaos-mesh', () => {
  test('2.8.3 with its CRDs; the daemon on K3s containerd; dashboard on', () => {
    const chart = new ChaosMeshChart(testApp(), 'chaos-mesh', prod);
    expect(chart.wave).toBe(Waves.CONTROLLERS);
    expect(chart.helmRelease).toMatchObject({ chart: 'chaos-mesh', version: '2.8.3', crdModule: 'chaos-mesh' });
    const { values } = chaosMeshValues(prod);
    expect(values.chaosDaemon).toMatchObject({ runtime: 'containerd', socketPath: K3S_CONTAINERD_SOCKET });
    expect(K3S_CONTAINERD_SOCKET).toBe('/run/k3s/containerd/containerd.sock');
    expect(values.dashboard.create).toBe(true);
    expect(values.dashboard.securityMode).toBe(true);
  });
  test('every image from the internal registry, pinned, including the pause image', () => {
    const { values, images } = chaosMeshValues(prod);
    for (const i of images) expect(i.ref.startsWith('192.168.2.2:5000/')).toBe(true);
    expect(values.controllerManager.podChaos.podFailure.pauseImage).toBe('192.168.2.2:5000/rancher/mirrored-pause:3.6');
    expect(values.images).toEqual({ registry: '192.168.2.2:5000', tag: 'v2.8.3' });
  });
  test('privileged namespace, with the reason', () => {
    const ns = synth(new ChaosMeshChart(testApp(), 'chaos-mesh', prod)).find((o) => o.kind === 'Namespace');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(ns.metadata.annotations[PSS_REASON_ANNOTATION]).toContain('chaos-daemon');
  });
  test('the dashboard behind Traefik with a certificate, a wave after Chaos Mesh', () => {
    const chart = new ChaosMeshConfigChart(testApp(), 'chaos-mesh-config', prod);
    expect(chart.wave.number).toBeGreaterThan(Waves.CONTROLLERS.number);
    const objects = synth(chart);
    const route = objects.find((o) => o.kind === 'IngressRoute');
    expect(route.spec.routes[0].match).toBe('Host(`chaos.airgap.local`) && PathPrefix(`/`)');
    expect(route.spec.routes[0].services[0]).toMatchObject({ name: 'chaos-dashboard', port: 2333 });
    expect(objects.find((o) => o.kind === 'Certificate').spec.dnsNames).toEqual(['chaos.airgap.local']);
    const ingress = objects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === 'chaos-mesh');
    expect(ingress.spec.podSelector.matchLabels).toEqual(CHAOS_DASHBOARD_POD_LABELS);
  });
});
