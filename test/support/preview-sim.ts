/**
 * What Argo CD does with a preview ApplicationSet, for the fields we use: the pull-request generator's
 * parameters substituted into the template (`goTemplate: true`, `missingkey=error`: field references
 * `{{.name}}` only), then the generated Application's kustomize options applied to dist/<preview>/
 * (`kustomize edit set namespace`, `set image`, `patches`: namespace transformer, image transformer, JSON 6902).
 */
import * as yaml from 'js-yaml';
import { isClusterScoped } from '../../src/synth/scope';

/** The parameters Argo CD v3.5's pull-request generator gives each pull request (applicationset/generators/pull_request.go). */
export interface PullRequestParams {
  readonly number: string;
  readonly title: string;
  readonly branch: string;
  readonly branch_slug: string;
  readonly target_branch: string;
  readonly target_branch_slug: string;
  readonly head_sha: string;
  readonly head_short_sha: string;
  readonly head_short_sha_7: string;
  readonly author: string;
}

export function pullRequestParams(number: number, headSha: string, branch = 'feature/x'): PullRequestParams {
  const slug = branch.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    number: String(number), title: `PR ${number}`, branch, branch_slug: slug, target_branch: 'main', target_branch_slug: 'main',
    head_sha: headSha, head_short_sha: headSha.slice(0, 8), head_short_sha_7: headSha.slice(0, 7), author: 'dev',
  };
}

const FIELD = /\{\{\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Every string of the template with `{{.field}}` replaced; a missing field or any other action throws. */
export function renderTemplate<T>(template: T, params: Readonly<Record<string, string>>): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const out = v.replace(FIELD, (_, name: string) => {
        if (!(name in params)) throw new Error(`map has no entry for key "${name}" (missingkey=error)`);
        return params[name];
      });
      if (out.includes('{{')) throw new Error(`unsupported template action in "${v}"`);
      return out;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [walk(k) as string, walk(x)]));
    return v;
  };
  return walk(template) as T;
}

/** The Application an ApplicationSet generates for one pull request. */
export function generateApplication(appSet: any, params: PullRequestParams): any {
  const t = renderTemplate(appSet.spec.template, params as unknown as Record<string, string>);
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { ...t.metadata, namespace: appSet.metadata.namespace }, spec: t.spec };
}

/** kustomize's image name/tag split (api/internal/image: the registry's port is not a tag). */
export function splitImage(image: string): { name: string; tag?: string } {
  const slash = image.indexOf('/');
  const search = slash > 0 ? image.slice(slash) : image;
  const colon = search.indexOf(':');
  if (colon < 0) return { name: image };
  const at = (slash > 0 ? slash : 0) + colon;
  return { name: image.slice(0, at), tag: image.slice(at + 1) };
}

function pointer(doc: any, path: string): { parent: any; key: string } {
  const parts = path.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let cur = doc;
  for (const p of parts.slice(0, -1)) {
    if (cur[p] === undefined) throw new Error(`patch path ${path}: ${p} does not exist`);
    cur = cur[p];
  }
  return { parent: cur, key: parts[parts.length - 1] };
}

/** Build dist/<preview>/ as Argo CD would with the Application's `spec.source.kustomize`. */
export function kustomizeBuild(tree: ReadonlyMap<string, string>, kustomize: any): any[] {
  const k = yaml.load(tree.get('kustomization.yaml')!) as { resources: string[] };
  const docs: any[] = k.resources.map((f) => {
    const text = tree.get(f);
    if (text === undefined) throw new Error(`kustomization.yaml lists ${f}, which does not exist`);
    return yaml.load(text);
  });
  for (const d of docs) {
    if (kustomize.namespace) {
      if (d.kind === 'Namespace') d.metadata.name = kustomize.namespace;
      else if (!isClusterScoped(d.apiVersion, d.kind)) d.metadata.namespace = kustomize.namespace;
    }
  }
  for (const image of kustomize.images ?? []) {
    const { name, tag } = splitImage(image);
    const visit = (v: any): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') {
        for (const [key, x] of Object.entries(v)) {
          if ((key === 'containers' || key === 'initContainers') && Array.isArray(x)) {
            for (const c of x as any[]) if (typeof c.image === 'string' && splitImage(c.image).name === name) c.image = `${name}:${tag}`;
          }
          visit(x);
        }
      }
    };
    docs.forEach(visit);
  }
  for (const p of kustomize.patches ?? []) {
    const targets = docs.filter((d) => d.kind === p.target.kind && d.metadata.name === p.target.name
      && (!p.target.group || d.apiVersion.startsWith(`${p.target.group}/`)) && (!p.target.version || d.apiVersion.endsWith(`/${p.target.version}`)));
    if (!targets.length) throw new Error(`patch target ${p.target.kind}/${p.target.name} matches nothing`);
    for (const op of yaml.load(p.patch) as { op: string; path: string; value: unknown }[]) {
      for (const d of targets) {
        const { parent, key } = pointer(d, op.path);
        if (op.op === 'replace' && parent[key] === undefined) throw new Error(`replace ${op.path}: nothing there in ${d.kind}/${d.metadata.name}`);
        if (op.op !== 'replace' && op.op !== 'add') throw new Error(`unsupported op ${op.op}`);
        parent[key] = op.value;
      }
    }
  }
  return docs;
}
