/**
 * One comment per pull request, created or updated in place through Gitea's issue-comment API (a pull
 * request is an issue): found again by a hidden marker at the start of its body.
 *
 *   GET   /api/v1/repos/{owner}/{repo}/issues/{index}/comments   (200, list; page/limit sent, see below)
 *   POST  /api/v1/repos/{owner}/{repo}/issues/{index}/comments   (201, the comment)
 *   PATCH /api/v1/repos/{owner}/{repo}/issues/comments/{id}      (200, the comment; 204 when nothing to edit)
 *
 * Authentication: `Authorization: token <token>`.
 */

/** Starts the body of the rendered-diff comment; how the next run finds it. */
export const COMMENT_MARKER = '<!-- lumen-gitops:rendered-diff -->';
/**
 * Largest comment body we send, in bytes (UTF-8): 65 535 is the common limit (a MySQL TEXT column,
 * GitHub's 65 536 characters); bytes, so that a multi-byte character can never push us over.
 */
export const COMMENT_BODY_LIMIT = 65535;

export interface GiteaTarget {
  /** Gitea's root URL, e.g. http://gitea-http.gitea.svc.cluster.local:3000 (the API is below /api/v1). */
  readonly baseUrl: string;
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  /** Pull request (issue) number. */
  readonly index: number;
}

export interface GiteaComment {
  readonly id: number;
  readonly body: string;
  readonly html_url?: string;
  readonly user?: { readonly login?: string };
}

export interface UpsertOptions {
  /**
   * Comments asked per page.
   * @default 50 (Gitea's default MAX_RESPONSE_ITEMS)
   */
  readonly pageSize?: number;
  /**
   * Attempts of an idempotent request (GET, PATCH) that met a 5xx or a network error.
   * @default 3
   */
  readonly attempts?: number;
  /**
   * Pause between attempts, in milliseconds.
   * @default 1000
   */
  readonly retryDelayMs?: number;
}

export interface UpsertResult {
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly id: number;
  readonly url?: string;
}

/** A request Gitea refused or could not answer: the message says which and what to check. */
export class GiteaError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'CliError';
  }
}

/** The marker, then the report. Throws when the whole would exceed COMMENT_BODY_LIMIT. */
export function commentBody(report: string): string {
  const body = report.startsWith(COMMENT_MARKER) ? report : `${COMMENT_MARKER}\n${report}`;
  const bytes = Buffer.byteLength(body);
  if (bytes > COMMENT_BODY_LIMIT) {
    throw new GiteaError(`post-comment: the comment is ${bytes} bytes, over Gitea's limit of ${COMMENT_BODY_LIMIT}; npm run diff truncates its report to fit: post its output unchanged`);
  }
  return body;
}

/** Whether a comment is ours (its body starts with the marker; a quote of it in a reply does not). */
export function isOurComment(c: GiteaComment): boolean {
  return typeof c.body === 'string' && c.body.trimStart().startsWith(COMMENT_MARKER);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function request(t: GiteaTarget, method: 'GET' | 'POST' | 'PATCH', path: string, opts: Required<UpsertOptions>, body?: unknown): Promise<{ status: number; json: any; headers: Headers }> {
  const url = `${t.baseUrl.replace(/\/+$/, '')}/api/v1${path}`;
  const idempotent = method !== 'POST';
  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: { Authorization: `token ${t.token}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
    } catch (e) {
      if (idempotent && attempt < opts.attempts) {
        await sleep(opts.retryDelayMs);
        continue;
      }
      const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
      throw new GiteaError(`post-comment: ${method} ${url} failed: ${cause} (is GITEA_URL right, and Gitea reachable from the runner?)`);
    }
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (res.ok) return { status: res.status, json, headers: res.headers };
    if (res.status >= 500 && idempotent && attempt < opts.attempts) {
      await sleep(opts.retryDelayMs);
      continue;
    }
    throw new GiteaError(explain(t, method, path, res.status, json?.message ?? text.slice(0, 300)), res.status);
  }
}

function explain(t: GiteaTarget, method: string, path: string, status: number, message: string): string {
  const what = `post-comment: ${method} /api/v1${path}: HTTP ${status}${message ? ` (${String(message).trim()})` : ''}`;
  switch (status) {
    case 401:
      return `${what}: Gitea rejected the token; check the GITEA_TOKEN the workflow passes (secret set, not expired)`;
    case 403:
      return `${what}: the token may not comment on ${t.owner}/${t.repo} (needs write access to issues and pull requests; a fork's pull request gets a read-only job token)`;
    case 404:
      return `${what}: no repository ${t.owner}/${t.repo}, no pull request #${t.index}, or no such comment (or the token cannot see them)`;
    case 422:
      return `${what}: Gitea refused the request as invalid`;
    case 423:
      return `${what}: the repository ${t.owner}/${t.repo} is archived (read-only)`;
    default:
      return status >= 500 ? `${what}: Gitea failed on its side; re-run the job later` : what;
  }
}

/**
 * Every comment of the pull request. Gitea's issueGetComments answers the whole list and ignores `page`
 * and `limit` (other list endpoints honour them): we send them, stop when a page is short, when it brings
 * no new comment, or when X-Total-Count is reached, so both behaviours end after the right number of calls.
 */
export async function listComments(t: GiteaTarget, options: UpsertOptions = {}): Promise<GiteaComment[]> {
  const opts = resolve(options);
  const seen = new Map<number, GiteaComment>();
  for (let page = 1; ; page++) {
    const { json, headers } = await request(t, 'GET', `${issuePath(t)}/comments?page=${page}&limit=${opts.pageSize}`, opts);
    if (!Array.isArray(json)) throw new GiteaError(`post-comment: GET ${issuePath(t)}/comments: expected a list of comments, found ${JSON.stringify(json)?.slice(0, 100)}`);
    let fresh = 0;
    for (const c of json as GiteaComment[]) {
      if (!seen.has(c.id)) {
        seen.set(c.id, c);
        fresh++;
      }
    }
    const total = Number(headers.get('x-total-count'));
    if (json.length < opts.pageSize || fresh === 0 || (Number.isFinite(total) && total > 0 && seen.size >= total)) break;
  }
  return [...seen.values()];
}

/** Creates the pull request's rendered-diff comment, or updates it in place (the oldest, if several). */
export async function upsertComment(t: GiteaTarget, report: string, options: UpsertOptions = {}): Promise<UpsertResult> {
  const opts = resolve(options);
  const body = commentBody(report);
  const ours = (await listComments(t, opts)).filter(isOurComment).sort((a, b) => a.id - b.id);
  const existing = ours[0];
  if (!existing) {
    const { json } = await request(t, 'POST', `${issuePath(t)}/comments`, opts, { body });
    return { action: 'created', id: json?.id, url: json?.html_url };
  }
  if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url };
  const { json } = await request(t, 'PATCH', `/repos/${enc(t.owner)}/${enc(t.repo)}/issues/comments/${existing.id}`, opts, { body });
  return { action: 'updated', id: existing.id, url: json?.html_url ?? existing.html_url };
}

const enc = encodeURIComponent;
const issuePath = (t: GiteaTarget) => `/repos/${enc(t.owner)}/${enc(t.repo)}/issues/${t.index}`;

function resolve(o: UpsertOptions): Required<UpsertOptions> {
  const pageSize = o.pageSize ?? 50;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`'pageSize' must be an integer >= 1, got ${pageSize}`);
  return { pageSize, attempts: o.attempts ?? 3, retryDelayMs: o.retryDelayMs ?? 1000 };
}
