import type { ChartTree } from '../../src/helm/archive';
import { unknownValuePaths } from '../../src/helm/values-lint';

const tree = (t: Partial<ChartTree>): ChartTree => ({ name: 'c', defaults: {}, templates: '', subcharts: new Map(), ...t });

describe('unknownValuePaths: every key path our values set is one the chart reads', () => {
  test('keys of the default values.yaml are known; a misspelt one is not, at any depth', () => {
    const c = tree({ defaults: { controller: { replicas: 1, podSecurityContext: { runAsUser: 1 } }, logs: { level: 'info' } } });
    expect(unknownValuePaths(c, { controller: { replicas: 2, containerSecurityContext: {} }, logs: { level: 'debug', format: 'json' }, log: {} }))
      .toEqual(['controller.containerSecurityContext', 'log', 'logs.format']);
  });

  test('below an empty map or null in the defaults (podAnnotations: {}) anything goes; lists and scalars are leaves', () => {
    const c = tree({ defaults: { podAnnotations: {}, nodeSelector: null, tolerations: [], image: 'x' } });
    expect(unknownValuePaths(c, { podAnnotations: { a: '1' }, nodeSelector: { b: '2' }, tolerations: [{ key: 'k' }], image: 'y' })).toEqual([]);
  });

  test('values.schema.json: declared properties, maps of one schema (additionalProperties) checked per key, free objects', () => {
    const c = tree({
      defaults: { ports: { web: { port: 8000 } }, service: { spec: { type: 'LoadBalancer' } } },
      schema: { type: 'object', properties: {
        ports: { type: 'object', additionalProperties: { type: 'object', properties: { port: {}, http: { type: 'object', properties: { tls: {} } } }, additionalProperties: false } },
        extraObjects: { type: 'object' },
        service: { type: 'object', properties: { spec: { type: 'object', additionalProperties: true } }, additionalProperties: false },
      } },
    });
    expect(unknownValuePaths(c, {
      ports: { web: { port: 80, http: { tls: {}, redirections: {} } }, websecure: { tls: {} } },
      extraObjects: { anything: 1 }, service: { spec: { type: 'LoadBalancer' }, type: 'LoadBalancer' },
    })).toEqual(['ports.web.http.redirections', 'ports.websecure.tls', 'service.type']);
  });

  test('keys only a template reads (documented in a comment, not in values.yaml), or a prefix it hands on whole', () => {
    const c = tree({
      defaults: { controller: { replicas: 1 }, configs: { cm: { create: true, 'exec.enabled': false } } },
      templates: [
        '{{- with .Values.controller.podSecurityContext }}', 'securityContext: {{- toYaml . | nindent 8 }}', '{{- end }}',
        '{{- $config := omit .Values.configs.cm "create" "annotations" -}}',
        'hostname: {{ .Values.fullnameOverride }}',
      ].join('\n'),
    });
    expect(unknownValuePaths(c, {
      controller: { podSecurityContext: { runAsNonRoot: true }, podSecurityContex: {} },
      configs: { cm: { 'server.insecure': true } }, fullnameOverride: 'x', nameOverride: 'y',
    })).toEqual(['controller.podSecurityContex', 'nameOverride']);
  });

  test('a map handed on whole minus some keys (`with .Values.x }} {{- omit . "enabled" | toYaml`): every key below it is read', () => {
    const c = tree({
      defaults: { webhook: { podSecurityContext: { enabled: true, runAsUser: 1000 }, securityContext: { enabled: false } } },
      templates: ['{{- with .Values.webhook.podSecurityContext }}', '{{- omit . "enabled" | toYaml | nindent 10}}', '{{- end }}'].join('\n'),
    });
    expect(unknownValuePaths(c, {
      webhook: { podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }, securityContext: { runAsNonRoot: true } },
    })).toEqual(['webhook.securityContext.runAsNonRoot']);
  });

  test('subcharts under their alias, and global keys known to any chart of the tree', () => {
    const sub = tree({ name: 'grafana', defaults: { sidecar: { resources: {} }, global: { imageRegistry: null } }, templates: 'range $key, $value := index .Values "grafana.ini"' });
    const c = tree({ defaults: { grafana: { enabled: true } }, subcharts: new Map([['grafana', sub]]) });
    expect(unknownValuePaths(c, {
      grafana: { enabled: true, sidecar: { resources: { limits: {} } }, 'grafana.ini': { server: { root_url: 'x' } }, sidecars: {} },
      global: { imageRegistry: 'r', imageRegistri: 'r' },
    })).toEqual(['global.imageRegistri', 'grafana.sidecars']);
  });
});
