import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import * as yaml from 'js-yaml';
import { JsonSchema, KUBERNETES_SCHEMA_FILE } from '../../src/policy/schema-gen';
import {
  AJV_OPTIONS, functionPerSubschema, inputsHash, moduleHeader, readSchemaFiles, SchemaFiles, VALIDATORS_FILE,
  validatorsModule, withoutErrorDetails, withoutUnusedSchemas,
} from '../../src/policy/validators-gen';
import { ROOT } from '../support/fixtures';

const DIR = path.join(ROOT, 'imports', 'schemas');
const REGENERATE = 'npm run import -- --validators-only, then commit imports/schemas/validators.js';

/** Evaluates a generated module without a file (what require does, for the small modules of these tests). */
function load(code: string): Record<string, ValidateFunction> {
  const module = { exports: {} as Record<string, ValidateFunction> };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
}

/** Every document of dist/prod, by apiVersion/kind. */
function renderedByKind(): Map<string, any[]> {
  const out = new Map<string, any[]>();
  const walk = (dir: string): void => {
    for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, f.name);
      if (f.isDirectory()) { if (f.name !== 'helm') walk(p); continue; }
      if (!f.name.endsWith('.yaml') || f.name === 'registries.yaml') continue;
      for (const d of yaml.loadAll(fs.readFileSync(p, 'utf8')) as any[]) {
        if (d?.kind) out.set(`${d.apiVersion}/${d.kind}`, [...(out.get(`${d.apiVersion}/${d.kind}`) ?? []), d]);
      }
    }
  };
  walk(path.join(ROOT, 'dist', 'prod'));
  return out;
}

/**
 * Broken variants of a document, one change each: an unknown field in every map, every field removed,
 * every value replaced by one of another type (at most `max`, evenly spread).
 */
function mutations(doc: any, max: number): any[] {
  const edits: ((d: any) => void)[] = [];
  const visit = (node: any, at: (d: any) => any): void => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        edits.push((d) => { at(d)[i] = Array.isArray(v) ? {} : typeof v === 'string' ? 42 : 'x'; });
        visit(v, (d) => at(d)[i]);
      });
    } else if (node && typeof node === 'object') {
      edits.push((d) => { at(d).zzUnknown = 1; });
      for (const [k, v] of Object.entries(node)) {
        edits.push((d) => { delete at(d)[k]; });
        edits.push((d) => { at(d)[k] = Array.isArray(v) ? {} : v && typeof v === 'object' ? [] : typeof v === 'string' ? 42 : 'x'; });
        visit(v, (d) => at(d)[k]);
      }
    }
  };
  visit(doc, (d) => d);
  const step = Math.max(1, Math.ceil(edits.length / max));
  return edits.filter((_, i) => i % step === 0).map((edit) => {
    const d = structuredClone(doc);
    edit(d);
    return d;
  });
}

describe('imports/schemas/validators.js (committed, generated)', () => {
  const text = fs.readFileSync(path.join(DIR, VALIDATORS_FILE), 'utf8');
  const files = readSchemaFiles(DIR);
  const k8s = JSON.parse(files.kubernetes) as JsonSchema;
  const index = JSON.parse(files.index) as Record<string, string>;

  test('is up to date: made from the committed imports/schemas/, this ajv and this generator, never edited', () => {
    const header = moduleHeader(text);
    expect(header.inputs === inputsHash(files) ? 'up to date' : `stale: ${REGENERATE}`).toBe('up to date');
    expect(header.code === header.actualCode ? 'as generated' : `edited after generation: ${REGENERATE}`).toBe('as generated');
  });

  test('exports one validator per Kubernetes kind and per CRD kind version of imports/schemas/', () => {
    const validators = require(path.join(DIR, VALIDATORS_FILE)) as Record<string, unknown>;
    expect(Object.keys(validators).sort()).toEqual([...Object.keys(k8s.kinds), ...Object.keys(index)].sort());
    expect(Object.values(validators).every((v) => typeof v === 'function')).toBe(true);
  });

  test('gives the verdicts of the schemas compiled at run time: rendered documents and their broken variants', () => {
    const validators = require(path.join(DIR, VALIDATORS_FILE)) as Record<string, ValidateFunction>;
    const ajv = new Ajv({ ...AJV_OPTIONS, allErrors: false });
    ajv.addSchema({ $id: KUBERNETES_SCHEMA_FILE, definitions: k8s.definitions });
    const rendered = renderedByKind();
    // The biggest and deepest schemas (CRDs split into functions, shared $defs, PodSpec), plus small ones.
    const kinds = [
      'apps/v1/Deployment', 'apps/v1/StatefulSet', 'batch/v1/Job', 'networking.k8s.io/v1/NetworkPolicy', 'v1/Service',
      'argoproj.io/v1alpha1/Rollout', 'argoproj.io/v1alpha1/Application', 'k8s.keycloak.org/v2alpha1/KeycloakRealmImport',
      'kafka.strimzi.io/v1/Kafka', 'kafka.strimzi.io/v1/KafkaConnect', 'postgresql.cnpg.io/v1/Cluster',
      'psmdb.percona.com/v1/PerconaServerMongoDB', 'cert-manager.io/v1/ClusterIssuer', 'traefik.io/v1alpha1/Middleware',
    ];
    const differences: string[] = [];
    let rejected = 0;
    for (const key of kinds) {
      const docs = rendered.get(key);
      expect(`${key}: ${docs ? 'rendered' : 'not in dist/prod'}`).toBe(`${key}: rendered`);
      const compiled = ajv.compile(k8s.kinds[key]
        ? { $ref: `${KUBERNETES_SCHEMA_FILE}#/definitions/${k8s.kinds[key]}` }
        : JSON.parse(files.crds[index[key]]).versions[key.split('/')[1]]);
      for (const doc of docs!.slice(0, 2)) {
        expect(validators[key](doc)).toBe(true);
        for (const variant of mutations(doc, 100)) {
          const verdict = compiled(variant);
          if (!verdict) rejected++;
          if (validators[key](variant) !== verdict) differences.push(`${key} ${doc.metadata.name}: ${JSON.stringify(variant).slice(0, 300)}`);
        }
      }
    }
    expect(differences).toEqual([]);
    expect(rejected).toBeGreaterThan(500); // the variants do exercise the failure paths
  });
});

describe('the generator', () => {
  const small: SchemaFiles = {
    kubernetes: JSON.stringify({
      kinds: { 'v1/Thing': 'io.k8s.api.core.v1.Thing' },
      definitions: {
        'io.k8s.api.core.v1.Thing': {
          type: 'object', additionalProperties: false, required: ['apiVersion', 'kind', 'metadata'],
          properties: { apiVersion: { enum: ['v1'] }, kind: { enum: ['Thing'] }, metadata: { $ref: '#/definitions/meta' }, size: { type: 'integer' } },
        },
        meta: { type: 'object', additionalProperties: false, properties: { name: { type: 'string' } } },
      },
    }),
    index: JSON.stringify({ 'example.com/v1/Widget': 'crds/example.com_Widget.json' }),
    crds: {
      'crds/example.com_Widget.json': JSON.stringify({
        group: 'example.com', kind: 'Widget', versions: {
          v1: {
            type: 'object', additionalProperties: false, required: ['apiVersion', 'kind', 'metadata'],
            properties: {
              apiVersion: { enum: ['example.com/v1'] }, kind: { enum: ['Widget'] },
              metadata: { $ref: `${KUBERNETES_SCHEMA_FILE}#/definitions/meta` },
              spec: {
                type: 'object', additionalProperties: false,
                properties: { mode: { enum: ['a', 'b'] }, deep: { type: 'object', additionalProperties: false, properties: { port: { type: ['integer', 'string'] }, labels: { type: 'object', additionalProperties: { type: 'string' } } } } },
              },
            },
          },
        },
      }),
    },
  };

  test('one module, deterministic, one working validator per kind', () => {
    const code = validatorsModule(small);
    expect(validatorsModule(small)).toBe(code);
    expect(moduleHeader(code).inputs).toBe(inputsHash(small));
    expect(moduleHeader(code).code).toBe(moduleHeader(code).actualCode);
    const v = load(code);
    expect(Object.keys(v)).toEqual(['example.com/v1/Widget', 'v1/Thing']);
    expect(v['v1/Thing']({ apiVersion: 'v1', kind: 'Thing', metadata: { name: 'a' }, size: 2 })).toBe(true);
    expect(v['v1/Thing']({ apiVersion: 'v1', kind: 'Thing', metadata: { name: 'a', nope: 1 } })).toBe(false);
    const widget = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { mode: 'a', deep: { port: 'http', labels: { a: 'b' } } } };
    expect(v['example.com/v1/Widget'](widget)).toBe(true);
    expect(v['example.com/v1/Widget']({ ...widget, spec: { deep: { port: true } } })).toBe(false);
    expect(v['example.com/v1/Widget']({ ...widget, spec: { mode: 'c' } })).toBe(false);
    expect(v['example.com/v1/Widget']({ ...widget, metadata: { name: 1 } })).toBe(false);
  });

  test('the hash changes with any input file', () => {
    expect(inputsHash({ ...small, index: small.index.replace('Widget', 'Gadget') })).not.toBe(inputsHash(small));
    expect(inputsHash({ ...small, crds: { 'crds/example.com_Widget.json': '{}' } })).not.toBe(inputsHash(small));
  });

  test('withoutErrorDetails empties the error objects, never the arguments of a call', () => {
    const code = [
      'if(!(validate2(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){',
      'validate1.errors = [{instancePath:instancePath+"/a",schemaPath:"#/properties/a/pattern",keyword:"pattern",params:{pattern: "^[a-z]{1,3}$"},message:"must match pattern \\"^[a-z]{1,3}$\\""}];',
      'const err0 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema9.enum},message:"must be equal to one of the allowed values"};',
    ].join('\n');
    expect(withoutErrorDetails(code)).toBe([
      'if(!(validate2(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){',
      'validate1.errors = [{}];',
      'const err0 = {};',
    ].join('\n'));
  });

  test('withoutUnusedSchemas drops the schema constants nothing reads', () => {
    const code = 'const schema1 = {"enum":["a"]};\nconst schema2 = {"properties":{"x":{}}};\nif(func1.call(schema2.properties, key0)){}\n';
    expect(withoutUnusedSchemas(code)).toBe('const schema2 = {"properties":{"x":{}}};\nif(func1.call(schema2.properties, key0)){}\n');
  });

  test('functionPerSubschema hoists every sizable sub-schema into $defs, keeps small ones and the root', () => {
    const big = { type: 'object', additionalProperties: false, properties: { aaaaaaaaaa: { type: 'string' }, bbbbbbbbbb: { type: 'string' }, cccccccccc: { type: 'integer' } } };
    const out = functionPerSubschema({ type: 'object', properties: { big, small: { type: 'string' } }, $defs: { shared: { type: 'array', items: big } } });
    const ref = out.properties.big.$ref as string;
    expect(ref).toMatch(/^#\/\$defs\/[0-9a-f]{12}$/);
    expect(out.properties.small).toEqual({ type: 'string' });
    expect(out.$defs[ref.split('/').pop()!]).toEqual(big);
    expect(out.$defs.shared).toEqual({ type: 'array', items: { $ref: ref } });
  });
});
