/**
 * `npm run import [-- --mirror DIR] [--schemas-only | --validators-only]`: regenerate imports/ from the upstream CRDs named in cdk8s.yaml.
 *
 * Air-gap style: reads a local mirror folder (default ../shared/crds when present) instead of the network,
 * keeps only the kinds cdk8s.yaml lists (small generated code keeps type-checks fast), runs `cdk8s import`
 * on each filtered bundle, and writes imports/crd-index.json (every CRD of every mirrored file: group,
 * kind, scope, served versions) which the synth gate and the tests use without ../shared.
 * It also writes imports/schemas/: the strict JSON schemas of the gate's schema rule (src/policy/schema-gen.ts):
 * the Kubernetes 1.30 definitions closure of the GA built-in kinds and the openAPIV3Schema of every CRD kind listed,
 * and imports/schemas/validators.js, their validators precompiled (src/policy/validators-gen.ts). `--validators-only`
 * regenerates just that module from the committed schemas (no mirror needed).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { crdSchemaFile, KUBERNETES_SCHEMA_FILE, kubernetesSchemaFile, StrictifyNotes } from '../policy/schema-gen';
import { readSchemaFiles, VALIDATORS_FILE, validatorsModule } from '../policy/validators-gen';
import { CliError, parseCommand, repoRoot, runCli } from './cli-util';

interface CrdSource {
  readonly repo: string;
  readonly version: string;
  readonly commit: string;
  readonly path: string;
  readonly mirror: string;
  readonly kinds: string[];
}

export interface CrdIndexEntry {
  readonly group: string;
  readonly kind: string;
  readonly plural: string;
  readonly scope: 'Namespaced' | 'Cluster';
  readonly versions: string[];
  readonly module: string;
}

const ROOT = repoRoot(__dirname);
/** Kubernetes 1.30 OpenAPI definitions in the mirror (for the strict schemas of built-in kinds). */
const K8S_DEFINITIONS = 'k8s-v1.30-definitions.json';

function readSources(): Record<string, CrdSource> {
  const config = yaml.load(fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')) as { crds?: Record<string, CrdSource> };
  if (!config?.crds) throw new CliError('cdk8s.yaml: crds: expected a map of upstream CRD sources, found nothing');
  return config.crds;
}

const USAGE = `usage: npm run import [-- --mirror DIR] [--schemas-only | --validators-only]
  --mirror DIR         the folder of the CRD files cdk8s.yaml pins (default: ../shared/crds)
  --schemas-only       only imports/crd-index.json, imports/schemas/ and the validators (no cdk8s import)
  --validators-only    only imports/schemas/validators.js, from the committed schemas (no mirror needed)
  -h, --help           this text`;

export function parseImportArgs(argv: string[]): { mirror: string; schemasOnly: boolean; validatorsOnly: boolean } {
  const { values } = parseCommand('import', argv, {
    options: { mirror: { type: 'string' }, 'schemas-only': { type: 'boolean' }, 'validators-only': { type: 'boolean' } },
    usage: USAGE,
  });
  return {
    mirror: path.resolve(values.mirror ?? path.join(ROOT, '..', 'shared', 'crds')),
    schemasOnly: !!values['schemas-only'],
    validatorsOnly: !!values['validators-only'],
  };
}

function main(argv: string[]): void {
  const args = parseImportArgs(argv);
  if (args.validatorsOnly) {
    writeValidators(path.join(ROOT, 'imports', 'schemas'));
    return;
  }
  const mirror = args.mirror;
  // Only imports/crd-index.json and imports/schemas/ (no cdk8s import: seconds instead of a minute).
  const schemasOnly = args.schemasOnly;
  if (!fs.existsSync(mirror)) {
    throw new CliError(`import: mirror folder ${mirror} not found; fetch the files cdk8s.yaml names (crds.*.repo@commit:path) into a folder and pass --mirror DIR`);
  }
  const sources = readSources();
  const outDir = path.join(ROOT, 'imports');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-import-'));
  const index: Record<string, CrdIndexEntry> = {};
  // Strict validation schemas (the gate's schema rule), derived here so the gate never reads the mirror.
  const schemaDir = path.join(outDir, 'schemas');
  const schemaIndex: Record<string, string> = {};
  const notes: StrictifyNotes = { droppedPatterns: [] };
  fs.rmSync(path.join(schemaDir, 'crds'), { recursive: true, force: true });
  fs.mkdirSync(path.join(schemaDir, 'crds'), { recursive: true });
  try {
    for (const [name, src] of Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const file = path.join(mirror, src.mirror);
      if (!fs.existsSync(file)) throw new CliError(`import: ${file} not found (cdk8s.yaml crds.${name}.mirror)`);
      const docs = yaml.loadAll(fs.readFileSync(file, 'utf8')).filter((d): d is any => !!d && (d as any).kind === 'CustomResourceDefinition');
      for (const crd of docs) {
        const served = crd.spec.versions.filter((v: any) => v.served).map((v: any) => v.name);
        index[`${crd.spec.group}/${crd.spec.names.kind}`] = {
          group: crd.spec.group, kind: crd.spec.names.kind, plural: crd.spec.names.plural,
          scope: crd.spec.scope, versions: served, module: name,
        };
      }
      const wanted = docs.filter((d) => src.kinds.includes(d.spec.names.kind)).map(currentVersionsOnly);
      const missing = src.kinds.filter((k) => !wanted.some((d) => d.spec.names.kind === k));
      if (missing.length) throw new CliError(`cdk8s.yaml: crds.${name}.kinds: ${missing.join(', ')} not found in ${file}`);
      for (const crd of docs.filter((d) => src.kinds.includes(d.spec.names.kind))) {
        const schema = crdSchemaFile(crd, name, notes);
        const file = `crds/${schema.group}_${schema.kind}.json`;
        fs.writeFileSync(path.join(schemaDir, file), `${JSON.stringify(schema)}\n`);
        for (const v of Object.keys(schema.versions)) schemaIndex[`${schema.group}/${v}/${schema.kind}`] = file;
      }
      if (schemasOnly) continue;
      const filtered = path.join(tmp, `${name}.yaml`);
      fs.writeFileSync(filtered, wanted.map((d) => yaml.dump(d, { noRefs: true })).join('---\n'));
      execFileSync(path.join(ROOT, 'node_modules', '.bin', 'cdk8s'),
        ['import', `${name}:=${filtered}`, '--output', outDir, '--language', 'typescript', '--no-save', '--no-check-upgrade'],
        { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
      process.stdout.write(`imports/${name}-*  ${wanted.length} kinds from ${src.repo}@${src.version}\n`);
    }
    if (!schemasOnly) compileImports(outDir, tmp);
    const sorted = Object.fromEntries(Object.entries(index).sort(([a], [b]) => (a < b ? -1 : 1)));
    fs.writeFileSync(path.join(outDir, 'crd-index.json'), JSON.stringify(sorted, null, 2) + '\n');
    process.stdout.write(`imports/crd-index.json  ${Object.keys(sorted).length} CRDs\n`);

    const definitionsFile = path.join(mirror, K8S_DEFINITIONS);
    if (!fs.existsSync(definitionsFile)) throw new CliError(`import: ${definitionsFile} not found (Kubernetes 1.30 OpenAPI definitions, cdk8s-team/cdk8s kubernetes-schemas/v1.30.0/_definitions.json)`);
    const k8s = kubernetesSchemaFile(JSON.parse(fs.readFileSync(definitionsFile, 'utf8')).definitions, notes);
    fs.writeFileSync(path.join(schemaDir, KUBERNETES_SCHEMA_FILE), `${JSON.stringify(k8s)}\n`);
    const crdIndexSorted = Object.fromEntries(Object.entries(schemaIndex).sort(([a], [b]) => (a < b ? -1 : 1)));
    fs.writeFileSync(path.join(schemaDir, 'index.json'), `${JSON.stringify(crdIndexSorted, null, 2)}\n`);
    process.stdout.write(`imports/schemas/  ${Object.keys(k8s.kinds).length} Kubernetes kinds (${Object.keys(k8s.definitions).length} definitions), ${Object.keys(crdIndexSorted).length} CRD kind versions`
      + `${notes.droppedPatterns.length ? `; ${notes.droppedPatterns.length} pattern(s) not valid in JavaScript dropped` : ''}\n`);
    writeValidators(schemaDir);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** imports/schemas/validators.js from the schema files beside it (what the gate requires instead of compiling). */
function writeValidators(schemaDir: string): void {
  const code = validatorsModule(readSchemaFiles(schemaDir));
  const file = path.join(schemaDir, VALIDATORS_FILE);
  fs.writeFileSync(`${file}.${process.pid}.tmp`, code);
  fs.renameSync(`${file}.${process.pid}.tmp`, file); // atomic: a synth running meanwhile requires the old or the new module
  const count = /^\/\/ (\d+) first-error validators/m.exec(code)?.[1];
  process.stdout.write(`imports/schemas/${VALIDATORS_FILE}  ${count} validators, ${(code.length / 1e6).toFixed(1)} MB\n`);
}

/**
 * Compiles the generated .ts once into .js + .d.ts and keeps only those: type-checking the project then
 * reads declarations (skipLibCheck) instead of checking ~10 MB of generated code on every `npm test`
 * (measured: tsc 11 s → 2.7 s).
 */
function compileImports(outDir: string, tmp: string): void {
  const sources = fs.readdirSync(outDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  if (!sources.length) return;
  const out = path.join(tmp, 'compiled');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'), [
    '--declaration', '--skipLibCheck', '--target', 'ES2022', '--module', 'commonjs', '--moduleResolution', 'node',
    '--types', 'node', '--outDir', out, ...sources.map((f) => path.join(outDir, f)),
  ], { stdio: ['ignore', 'inherit', 'inherit'] });
  for (const f of sources) {
    const stem = f.slice(0, -3);
    for (const ext of ['.js', '.d.ts']) fs.copyFileSync(path.join(out, stem + ext), path.join(outDir, stem + ext));
    fs.rmSync(path.join(outDir, f));
  }
}

/** Drops deprecated and unserved versions (Percona keeps a dozen): they would only bloat imports/. */
function currentVersionsOnly(crd: any): any {
  const current = crd.spec.versions.filter((v: any) => v.served && !v.deprecated);
  const versions = current.length ? current : crd.spec.versions.filter((v: any) => v.storage);
  return { ...crd, spec: { ...crd.spec, versions } };
}

if (require.main === module) runCli(() => main(process.argv.slice(2)));
