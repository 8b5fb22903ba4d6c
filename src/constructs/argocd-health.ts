/**
 * Health of an `argoproj.io/Application`, for argocd-cm (`resource.customizations.health.argoproj.io_Application`).
 *
 * Argo CD 1.8 removed Application health, so without this an app-of-apps' waves gate nothing. Beyond
 * passing the child's health through, it stays Progressing until the child has been compared with the
 * source it has now (a stale Healthy would let the next wave start early) and synced, and it reports a
 * failed sync as Degraded (Argo CD 3.3.9–3.4.2 reported those Healthy, argo-cd#27917; we pin v3.5.1).
 * An application annotated `lumen.dev/health-gate: skip` never holds a wave back: those synced by hand, and
 * the root, which applies itself in its own wave (its sync would otherwise wait for its own sync to end).
 */
export const HEALTH_GATE_ANNOTATION = 'lumen.dev/health-gate';

export const APPLICATION_HEALTH_LUA = `local hs = { status = "Progressing", message = "Waiting for the application to be reconciled" }
if obj.metadata ~= nil and obj.metadata.annotations ~= nil and obj.metadata.annotations["${HEALTH_GATE_ANNOTATION}"] == "skip" then
  hs.status = "Healthy"
  hs.message = "Not gating waves (${HEALTH_GATE_ANNOTATION}: skip)"
  return hs
end
if obj.status == nil then
  return hs
end
local function same(a, b)
  if a == nil or b == nil then
    return a == b
  end
  return a.repoURL == b.repoURL and a.path == b.path and a.chart == b.chart and a.targetRevision == b.targetRevision
end
local function comparedWithSpec(spec, compared)
  if compared == nil then
    return false
  end
  if spec.sources ~= nil then
    if compared.sources == nil or #compared.sources ~= #spec.sources then
      return false
    end
    for i, s in ipairs(spec.sources) do
      if not same(s, compared.sources[i]) then
        return false
      end
    end
    return true
  end
  return same(spec.source, compared.source)
end
if obj.status.operationState ~= nil then
  local phase = obj.status.operationState.phase
  if phase == "Failed" or phase == "Error" then
    hs.status = "Degraded"
    hs.message = obj.status.operationState.message or ("Sync " .. phase)
    return hs
  end
  if phase == "Running" then
    hs.message = "Sync running"
    return hs
  end
end
if obj.status.sync == nil or not comparedWithSpec(obj.spec, obj.status.sync.comparedTo) then
  hs.message = "Not yet compared with the current source"
  return hs
end
if obj.status.sync.status ~= "Synced" then
  hs.message = "Sync status " .. tostring(obj.status.sync.status)
  return hs
end
if obj.status.health ~= nil and obj.status.health.status ~= nil then
  hs.status = obj.status.health.status
  hs.message = obj.status.health.message or ""
end
return hs
`;

/**
 * Health of a Gatekeeper ConstraintTemplate (`resource.customizations.health.templates.gatekeeper.sh_ConstraintTemplate`):
 * Healthy once Gatekeeper has created the constraint CRD (`status.created`), Degraded when a pod reports an
 * error compiling it. Without it Argo CD has no health for templates and the constraints' wave could start
 * before their CRDs exist.
 */
export const CONSTRAINT_TEMPLATE_HEALTH_LUA = `local hs = { status = "Progressing", message = "Waiting for Gatekeeper to create the constraint CRD" }
if obj.status == nil then
  return hs
end
if obj.status.byPod ~= nil then
  for _, pod in ipairs(obj.status.byPod) do
    if pod.errors ~= nil and #pod.errors > 0 then
      hs.status = "Degraded"
      hs.message = pod.errors[1].message or "template error"
      return hs
    end
  end
end
if obj.status.created == true then
  hs.status = "Healthy"
  hs.message = "Constraint CRD created"
end
return hs
`;
