import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { constraintTemplateManifest, LUMEN_RULES } from '../../src/policy/admission';
import { shareRepeated, strictify } from '../../src/policy/schema-gen';
import { SchemaValidator } from '../../src/policy/schemas';
import { ROOT } from '../support/fixtures';

const validator = new SchemaValidator();

function deployment(): any {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api', namespace: 'lumen', labels: { app: 'api' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'api' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '25%' } },
      template: {
        metadata: { labels: { app: 'api' } },
        spec: {
          containers: [{
            name: 'api', image: 'r/api:1', ports: [{ containerPort: 8080, name: 'http' }],
            resources: { limits: { cpu: 1, memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
            readinessProbe: { httpGet: { path: '/health', port: 'http' } },
          }],
        },
      },
    },
  };
}

const application = (): any => ({
  apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'a', namespace: 'argocd' },
  spec: {
    project: 'lumen', destination: { server: 'https://kubernetes.default.svc', namespace: 'x' },
    source: { repoURL: 'http://gitea/x', chart: 'c', targetRevision: '1.0.0', helm: { releaseName: 'c', valuesObject: { anything: { goes: [1, 'two'] } } } },
    syncPolicy: { automated: { prune: true, selfHeal: true }, syncOptions: ['ServerSideApply=true'] },
  },
});

describe('strict schemas: Kubernetes 1.30', () => {
  test('passes: a full Deployment; int-or-string and Quantity accept both forms', () => {
    expect(validator.validate(deployment())).toEqual([]);
  });

  test.each([
    ['an unknown field', (d: any) => { d.spec.template.spec.containers[0].imagePullPolicyy = 'Always'; }, 'spec.template.spec.containers[0]: unknown field "imagePullPolicyy"'],
    ['an unknown metadata field', (d: any) => { d.metadata.label = {}; }, 'metadata: unknown field "label"'],
    ['a wrong type', (d: any) => { d.spec.replicas = '2'; }, 'spec.replicas: expected integer, found string "2"'],
    ['a missing required field', (d: any) => { delete d.spec.template.spec.containers[0].name; }, 'spec.template.spec.containers[0]: required field "name" is missing'],
    ['a list instead of a map', (d: any) => { d.spec.selector = []; }, 'spec.selector: expected object, found a list'],
    ['a status', (d: any) => { d.status = { replicas: 1 }; }, '(root): unknown field "status"'],
    ['an int-or-string that is neither', (d: any) => { d.spec.strategy.rollingUpdate.maxSurge = true; }, 'spec.strategy.rollingUpdate.maxSurge: expected string or integer, found boolean true'],
  ])('fails: %s', (_, mutate, expected) => {
    const d = deployment();
    mutate(d);
    expect(validator.validate(d)).toContain(expected);
  });

  test('an apiVersion the kind is not served at, and an unknown kind', () => {
    expect(validator.validate({ ...deployment(), apiVersion: 'apps/v1beta1' })).toEqual(['unknown kind apps/v1beta1/Deployment: neither a Kubernetes 1.30 GA kind nor a CRD of imports/crd-index.json']);
    expect(validator.validate({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } })[0]).toMatch(/^unknown kind/);
  });
});

describe('strict schemas: CRDs', () => {
  test('passes: an Application (valuesObject keeps unknown fields: x-kubernetes-preserve-unknown-fields)', () => {
    expect(validator.validate(application())).toEqual([]);
  });

  test('fails: unknown fields elsewhere in an Application, and in a cert-manager Certificate', () => {
    const a = application();
    a.spec.syncPolicy.automated.selfheal = true;
    expect(validator.validate(a)).toEqual(['spec.syncPolicy.automated: unknown field "selfheal"']);
    const cert = { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'c', namespace: 'x' }, spec: { secretName: 's', issuerRef: { name: 'i', kind: 'ClusterIssuer' }, dnsNames: ['a.b'], renewBeforee: '720h' } };
    expect(validator.validate(cert)).toEqual(['spec: unknown field "renewBeforee"']);
    const { renewBeforee: _r, ...spec } = cert.spec;
    expect(validator.validate({ ...cert, spec: { ...spec, privateKey: { algorithm: 'DSA' } } }))
      .toEqual(['spec.privateKey.algorithm: expected one of "RSA", "ECDSA", "Ed25519", found string "DSA"']);
  });

  test('a served version that is not imported, and a CRD kind missing from cdk8s.yaml', () => {
    expect(validator.validate({ apiVersion: 'cert-manager.io/v1alpha2', kind: 'Certificate', metadata: { name: 'c' } })[0])
      .toBe('cert-manager.io/v1alpha2 is not a served version of Certificate (served: v1)');
    expect(validator.validate({ apiVersion: 'cert-manager.io/v1', kind: 'CertificateRequest', metadata: { name: 'c' } })[0])
      .toBe('no schema for cert-manager.io/v1/CertificateRequest: add CertificateRequest to cdk8s.yaml crds.cert-manager.kinds and run npm run import');
  });

  test('Gatekeeper constraint kinds: schema from the rendered ConstraintTemplate', () => {
    const templates = LUMEN_RULES.map((r) => constraintTemplateManifest(r) as any);
    for (const t of templates) expect(validator.validate(t)).toEqual([]);
    const withTemplates = validator.withConstraintTemplates(templates);
    const constraint = {
      apiVersion: 'constraints.gatekeeper.sh/v1beta1', kind: 'LumenRequiredLabels', metadata: { name: 'x' },
      spec: { enforcementAction: 'deny', match: { kinds: [{ apiGroups: ['apps'], kinds: ['Deployment'] }], namespaces: ['lumen'] }, parameters: { labels: ['app'] } },
    };
    expect(withTemplates.validate(constraint)).toEqual([]);
    expect(withTemplates.validate({ ...constraint, spec: { ...constraint.spec, parameters: { label: ['app'] } } })).toEqual(['spec.parameters: unknown field "label"']);
    expect(withTemplates.validate({ ...constraint, spec: { ...constraint.spec, enforcementAction: 'block' } })[0]).toMatch(/^spec.enforcementAction: expected one of "deny"/);
    expect(validator.validate(constraint)).toEqual(['constraint kind LumenRequiredLabels has no ConstraintTemplate among the rendered documents']);
  });

  test('a ConstraintTemplate whose parameters schema does not compile: a violation of it and of its constraints, not a crash', () => {
    const [template] = LUMEN_RULES.map((r) => constraintTemplateManifest(r) as any);
    const kind = template.spec.crd.spec.names.kind;
    const bad = structuredClone(template);
    bad.spec.crd.spec.validation.openAPIV3Schema = { type: 'object', properties: { labels: { type: 'no-such-type' } } };
    const constraint = { apiVersion: 'constraints.gatekeeper.sh/v1beta1', kind, metadata: { name: 'x' }, spec: {} };
    for (let run = 0; run < 2; run++) { // (the second time from the validator's memory of the failure)
      const withBad = validator.withConstraintTemplates([bad]);
      expect(withBad.validate(bad)).toEqual([expect.stringMatching(new RegExp(`^spec\\.crd\\.spec\\.validation\\.openAPIV3Schema: the parameters schema of ${kind} does not compile: schema is invalid: .*labels/type must be equal to one of the allowed values`))]);
      expect(withBad.validate(constraint)).toEqual([`the ConstraintTemplate of ${kind} (${bad.metadata.name}) has a parameters schema that does not compile`]);
      expect(withBad.validate(template)).toEqual([]); // the same kind's good template is another document
    }
  });
});

describe('precompiled validators (imports/schemas/validators.js)', () => {
  test('a valid document compiles nothing; a failing kind is compiled once, in all-errors mode, for the table', () => {
    const v = new SchemaValidator();
    expect(v.validate(deployment())).toEqual([]);
    expect(v.validate(application())).toEqual([]);
    expect(v.stats).toMatchObject({ kindsPrecompiled: 2, kindsCompiled: 0 });
    const d = deployment();
    d.spec.replicas = '2';
    expect(v.validate(d)).toEqual(['spec.replicas: expected integer, found string "2"']);
    expect(v.validate(d)).toEqual(['spec.replicas: expected integer, found string "2"']);
    expect(v.stats).toMatchObject({ kindsPrecompiled: 2, kindsCompiled: 1 });
  });

  test('without them (precompiled: false) every kind is compiled, with the same verdicts and messages', () => {
    const compiled = new SchemaValidator(undefined, { precompiled: false });
    const broken = deployment();
    broken.spec.template.spec.containers[0].imagePullPolicyy = 'Always';
    const a = application();
    a.spec.syncPolicy.automated.selfheal = true;
    for (const doc of [deployment(), broken, application(), a]) expect(compiled.validate(doc)).toEqual(validator.validate(doc));
    expect(compiled.stats).toMatchObject({ kindsPrecompiled: 0, kindsCompiled: 4 });
  });
});

describe('generation (npm run import)', () => {
  test('strictify closes objects with properties, keeps preserve-unknown-fields open, widens int-or-string and nullable', () => {
    const notes = { droppedPatterns: [] as string[] };
    expect(strictify({
      type: 'object', description: 'x',
      properties: {
        a: { type: 'object', properties: { b: { type: 'string', format: 'date-time' } } },
        open: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { c: { type: 'string' } } },
        port: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
        maybe: { type: 'string', nullable: true },
        re: { type: 'string', pattern: '^(?i)abc$' },
      },
    }, notes)).toEqual({
      type: 'object', additionalProperties: false,
      properties: {
        a: { type: 'object', additionalProperties: false, properties: { b: { type: 'string' } } },
        open: { type: 'object', properties: { c: { type: 'string' } } },
        port: { type: ['integer', 'string'] },
        maybe: { type: ['string', 'null'] },
        re: { type: 'string' },
      },
    });
    expect(notes.droppedPatterns).toEqual(['^(?i)abc$']);
  });

  test('shareRepeated hoists repeated sub-schemas into $defs, never a properties map', () => {
    const big = { type: 'object', properties: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`field${i}`, { type: 'string', enum: ['some-long-value'] }])) };
    const shared = shareRepeated({ type: 'object', properties: { a: big, b: { type: 'array', items: big } } });
    const [id] = Object.keys(shared.$defs);
    expect(shared.properties).toEqual({ a: { $ref: `#/$defs/${id}` }, b: { type: 'array', items: { $ref: `#/$defs/${id}` } } });
    expect(shared.$defs[id]).toEqual(big);
  });

  test('imports/schemas is committed and holds every CRD kind cdk8s.yaml lists (no ../shared needed)', () => {
    const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'imports', 'schemas', 'index.json'), 'utf8')) as Record<string, string>;
    const crdIndex = JSON.parse(fs.readFileSync(path.join(ROOT, 'imports', 'crd-index.json'), 'utf8')) as Record<string, { module: string }>;
    const sources = (yaml.load(fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')) as any).crds as Record<string, { kinds: string[] }>;
    const have = new Set(Object.keys(index).map((k) => { const [group, , kind] = k.split('/'); return `${group}/${kind}`; }));
    for (const [module, src] of Object.entries(sources)) {
      for (const kind of src.kinds) {
        const key = Object.keys(crdIndex).find((k) => k.endsWith(`/${kind}`) && crdIndex[k].module === module)!;
        expect(`${key}: ${have.has(key) ? 'ok' : 'missing: run npm run import'}`).toBe(`${key}: ok`);
      }
    }
    for (const file of Object.values(index)) expect(fs.existsSync(path.join(ROOT, 'imports', 'schemas', file))).toBe(true);
  });
});
