import { APPLICATION_HEALTH_LUA, CONSTRAINT_TEMPLATE_HEALTH_LUA } from '../../src/constructs/argocd-health';
// fengari: a Lua 5.3 VM in JS, so the health check Argo CD will run is run here too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lua, lauxlib, lualib, to_luastring, to_jsstring } = require('fengari');

/** Runs the check like Argo CD does: `obj` is the Application as a Lua table; returns {status, message}. */
function health(obj: unknown, script: string = APPLICATION_HEALTH_LUA): { status: string; message: string } {
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  const toLua = (v: unknown): void => {
    if (v === null || v === undefined) lua.lua_pushnil(L);
    else if (typeof v === 'string') lua.lua_pushstring(L, to_luastring(v));
    else if (typeof v === 'number') lua.lua_pushnumber(L, v);
    else if (typeof v === 'boolean') lua.lua_pushboolean(L, v);
    else if (Array.isArray(v)) {
      lua.lua_createtable(L, v.length, 0);
      v.forEach((x, i) => { toLua(x); lua.lua_rawseti(L, -2, i + 1); });
    } else {
      lua.lua_createtable(L, 0, 0);
      for (const [k, x] of Object.entries(v as object)) { toLua(x); lua.lua_setfield(L, -2, to_luastring(k)); }
    }
  };
  toLua(obj);
  lua.lua_setglobal(L, to_luastring('obj'));
  if (lauxlib.luaL_dostring(L, to_luastring(script)) !== lua.LUA_OK) {
    throw new Error(to_jsstring(lua.lua_tostring(L, -1)));
  }
  lua.lua_getfield(L, -1, to_luastring('status'));
  const status = to_jsstring(lua.lua_tostring(L, -1));
  lua.lua_getfield(L, -2, to_luastring('message'));
  const message = to_jsstring(lua.lua_tostring(L, -1));
  return { status, message };
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
