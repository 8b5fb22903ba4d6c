/**
 * ClusterApplicationSet and the cluster generator's template fill (src/constructs/application-set.ts): what
 * the ApplicationSet controller makes of our template, the same function the Argo CD simulation generates with.
 */
import { ClusterApplicationSet, fillTemplate, selectorMatches } from '../../src/constructs/application-set';
import { Chart } from 'cdk8s';
import { testApp } from '../support/fixtures';

const cluster = { name: 'apps', server: 'https://10.0.0.2:6443', labels: { 'lumen.dev/cluster-role': 'apps' } };

describe('fillTemplate', () => {
  test('fills name, server and labels in every string, keys included', () => {
    expect(fillTemplate({ a: ['root-{{.name}}', '{{ .server }}'], '{{.name}}': { b: 'role {{index .metadata.labels "lumen.dev/cluster-role"}}', n: 3 } }, cluster))
      .toEqual({ a: ['root-apps', 'https://10.0.0.2:6443'], apps: { b: 'role apps', n: 3 } });
  });

  test('throws if a label is missing (missingkey=error) or the expression is one we do not model', () => {
    expect(() => fillTemplate('{{index .metadata.labels "nope"}}', cluster)).toThrow('template: map has no entry for key "nope"');
    expect(() => fillTemplate('{{.nameNormalized}}', cluster)).toThrow('template: unsupported expression in "{{.nameNormalized}}"');
  });
});

test('selectorMatches: every label of the selector, with its value', () => {
  expect(selectorMatches({ a: '1' }, { a: '1', b: '2' })).toBe(true);
  expect(selectorMatches({ a: '1', c: '3' }, { a: '1' })).toBe(false);
  expect(selectorMatches({ a: '2' }, { a: '1' })).toBe(false);
});

describe('ClusterApplicationSet', () => {
  test('goTemplate with missingkey=error, the cluster generator with the selector, resources kept on delete', () => {
    const c = new Chart(testApp(), 'c');
    const set = new ClusterApplicationSet(c, 'roots', { matchLabels: { 'lumen.dev/fleet': 'prod' }, template: { metadata: { name: 'root-{{.name}}' }, spec: { project: 'lumen' } } }).apiObject.toJson();
    expect(set).toMatchObject({
      apiVersion: 'argoproj.io/v1alpha1', kind: 'ApplicationSet', metadata: { name: 'roots', namespace: 'argocd' },
      spec: {
        goTemplate: true, goTemplateOptions: ['missingkey=error'],
        generators: [{ clusters: { selector: { matchLabels: { 'lumen.dev/fleet': 'prod' } } } }],
        syncPolicy: { preserveResourcesOnDeletion: true },
        template: { metadata: { name: 'root-{{.name}}' }, spec: { project: 'lumen' } },
      },
    });
  });

  test('throws if the selector is empty (it would match the local cluster too) or the template uses unknown parameters', () => {
    const c = new Chart(testApp(), 'c');
    expect(() => new ClusterApplicationSet(c, 'a', { matchLabels: {}, template: { metadata: {}, spec: {} } })).toThrow("'matchLabels' must name at least one label");
    expect(() => new ClusterApplicationSet(c, 'b', { matchLabels: { x: 'y' }, template: { metadata: { name: '{{.cluster}}' }, spec: {} } })).toThrow('unsupported expression');
  });
});
