import { APPLICATION_HEALTH_LUA, CONSTRAINT_TEMPLATE_HEALTH_LUA } from '../../src/constructs/argocd-health';
import { runLuaHealth } from '../../src/synth/argo-sim';

/** Runs the check like Argo CD does (fengari, a Lua 5.3 VM): `obj` is the Application as a Lua table. */
function health(obj: unknown, script: string = APPLICATION_HEALTH_LUA): { status: string; message: string } {
  return runLuaHealth(script, obj);
}

const source = { repoURL: 'http://gitea/lumen.git', path: 'dist/prod/10-core/x', targetRevision: 'main' };
const app = (status: object, spec: object = { source }) => ({ metadata: { name: 'x' }, spec, status });
const synced = { sync: { status: 'Synced', comparedTo: { source } }, health: { status: 'Healthy' } };

describe('Application health check (argocd-cm Lua)', () => {
  test('no status yet: Progressing', () => {
    expect(health({ metadata: {}, spec: { source } }).status).toBe('Progressing');
  });
  test('synced and healthy against the current source: Healthy', () => {
    expect(health(app(synced)).status).toBe('Healthy');
  });
  test('passes Degraded through', () => {
    expect(health(app({ ...synced, health: { status: 'Degraded', message: 'crash loop' } }))).toEqual({ status: 'Degraded', message: 'crash loop' });
  });
  test('stale comparison (old path) stays Progressing even when the old result was Healthy', () => {
    const stale = { ...synced, sync: { status: 'Synced', comparedTo: { source: { ...source, path: 'dist/prod/old' } } } };
    expect(health(app(stale))).toEqual({ status: 'Progressing', message: 'Not yet compared with the current source' });
  });
  test('OutOfSync stays Progressing', () => {
    expect(health(app({ ...synced, sync: { status: 'OutOfSync', comparedTo: { source } } })).status).toBe('Progressing');
  });
  test('a failed sync is Degraded, even if health says Healthy (argo-cd#27917)', () => {
    const failed = { ...synced, operationState: { phase: 'Failed', message: 'one or more objects failed to apply' } };
    expect(health(app(failed))).toEqual({ status: 'Degraded', message: 'one or more objects failed to apply' });
  });
  test('a running sync is Progressing', () => {
    expect(health(app({ ...synced, operationState: { phase: 'Running' } })).status).toBe('Progressing');
  });
  test('multi-source: every source must have been compared', () => {
    const chart = { repoURL: 'http://gitea/api/packages/lumen/helm', chart: 'cert-manager', targetRevision: 'v1.21.1' };
    const spec = { sources: [chart, source] };
    expect(health(app({ ...synced, sync: { status: 'Synced', comparedTo: { sources: [chart, source] } } }, spec)).status).toBe('Healthy');
    const older = { ...chart, targetRevision: 'v1.20.0' };
    expect(health(app({ ...synced, sync: { status: 'Synced', comparedTo: { sources: [older, source] } } }, spec)).status).toBe('Progressing');
    expect(health(app({ ...synced, sync: { status: 'Synced', comparedTo: { sources: [chart] } } }, spec)).status).toBe('Progressing');
  });
  test('an application synced by hand never gates a wave', () => {
    const manual = { metadata: { annotations: { 'lumen.dev/health-gate': 'skip' } }, spec: { source }, status: { sync: { status: 'OutOfSync' } } };
    expect(health(manual).status).toBe('Healthy');
  });
});

describe('ConstraintTemplate health check (argocd-cm Lua)', () => {
  const tpl = (status?: object) => ({ metadata: { name: 'lumen-required-labels' }, spec: {}, ...(status ? { status } : {}) });
  test('no status yet: Progressing', () => {
    expect(health(tpl(), CONSTRAINT_TEMPLATE_HEALTH_LUA).status).toBe('Progressing');
  });
  test('CRD created: Healthy', () => {
    expect(health(tpl({ created: true, byPod: [{ id: 'gatekeeper-audit', errors: [] }] }), CONSTRAINT_TEMPLATE_HEALTH_LUA).status).toBe('Healthy');
  });
  test('a compile error reported by a pod: Degraded with its message', () => {
    const broken = tpl({ created: false, byPod: [{ id: 'gatekeeper-controller', errors: [{ code: 'ingest_error', message: 'invalid CEL' }] }] });
    expect(health(broken, CONSTRAINT_TEMPLATE_HEALTH_LUA)).toEqual({ status: 'Degraded', message: 'invalid CEL' });
  });
});
