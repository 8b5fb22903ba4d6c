import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { COMMENT_BODY_LIMIT, COMMENT_MARKER, commentBody, GiteaTarget, listComments, upsertComment } from '../../src/gitea/comments';
import { parsePostArgs } from '../../src/cli/post-comment';
import { ROOT } from '../support/fixtures';

/**
 * A small Gitea: the issue-comment endpoints as its API documentation describes them (swagger:
 * issueGetComments, issueCreateComment, issueEditComment): `Authorization: token` or 401, 404 for an unknown
 * repository, issue or comment, 201 on create, 200 on edit, {"message", "url"} error bodies, X-Total-Count.
 * `paginate: false` is what issueGetComments really does (the whole list, page/limit ignored).
 */
interface FakeGitea {
  url: string;
  comments: { id: number; issue: number; body: string; user: { login: string } }[];
  requests: string[];
  failNext: { method: string; status: number; message?: string }[];
  paginate: boolean;
  close: () => Promise<void>;
}

const TOKEN = 'tok-123';

async function fakeGitea(): Promise<FakeGitea> {
  const state: FakeGitea = { url: '', comments: [], requests: [], failNext: [], paginate: true, close: async () => undefined };
  let nextId = 100;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      state.requests.push(`${req.method} ${url.pathname}${url.search}`);
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      const error = (status: number, message: string) => send(status, { message, url: 'https://docs.gitea.com/api' });
      if (req.headers.authorization !== `token ${TOKEN}`) return error(401, 'token is required');
      const fail = state.failNext.findIndex((f) => f.method === req.method);
      if (fail >= 0) {
        const f = state.failNext.splice(fail, 1)[0];
        return error(f.status, f.message ?? 'failure');
      }
      let m = /^\/api\/v1\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
      if (m) {
        if (`${m[1]}/${m[2]}` !== 'lumen/lumen-gitops') return error(404, 'repository does not exist');
        const issue = Number(m[3]);
        if (issue !== 7) return error(404, 'issue does not exist');
        if (req.method === 'GET') {
          const all = state.comments.filter((c) => c.issue === issue);
          if (!state.paginate) return send(200, all, { 'X-Total-Count': String(all.length) });
          const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
          const limit = Math.max(1, Number(url.searchParams.get('limit') ?? 50));
          return send(200, all.slice((page - 1) * limit, page * limit), { 'X-Total-Count': String(all.length) });
        }
        if (req.method === 'POST') {
          let body: any;
          try {
            body = JSON.parse(raw);
          } catch {
            return error(422, 'invalid JSON');
          }
          if (typeof body?.body !== 'string' || !body.body) return error(422, '[Body]: Required');
          const c = { id: nextId++, issue, body: body.body, user: { login: 'ci-bot' } };
          state.comments.push(c);
          return send(201, { ...c, html_url: `${state.url}/lumen/lumen-gitops/pulls/7#issuecomment-${c.id}` });
        }
        return error(405, 'method not allowed');
      }
      m = /^\/api\/v1\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (m && req.method === 'PATCH') {
        if (`${m[1]}/${m[2]}` !== 'lumen/lumen-gitops') return error(404, 'repository does not exist');
        const c = state.comments.find((x) => x.id === Number(m![3]));
        if (!c) return error(404, 'comment does not exist');
        const body = JSON.parse(raw);
        if (typeof body?.body !== 'string') return error(422, '[Body]: Required');
        c.body = body.body;
        return send(200, { ...c, html_url: `${state.url}/lumen/lumen-gitops/pulls/7#issuecomment-${c.id}` });
      }
      return error(404, 'not found');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((r) => server.close(() => r()));
  return state;
}

describe('posting the rendered diff to Gitea', () => {
  let gitea: FakeGitea;
  let target: GiteaTarget;
  const fast = { retryDelayMs: 0 };
  beforeEach(async () => {
    gitea = await fakeGitea();
    target = { baseUrl: gitea.url, token: TOKEN, owner: 'lumen', repo: 'lumen-gitops', index: 7 };
  });
  afterEach(() => gitea.close());

  const others = (n: number) => {
    for (let i = 0; i < n; i++) gitea.comments.push({ id: i + 1, issue: 7, body: `a review remark ${i}`, user: { login: 'alice' } });
  };

  test('creates the comment (201) with the marker on top, with the token header', async () => {
    others(2);
    const r = await upsertComment(target, '## Rendered manifests\n', fast);
    expect(r.action).toBe('created');
    expect(gitea.comments).toHaveLength(3);
    expect(gitea.comments[2].body).toBe(`${COMMENT_MARKER}\n## Rendered manifests\n`);
    expect(r.url).toContain('#issuecomment-');
  });

  test('updates the same comment on the next run (200): one comment per pull request', async () => {
    others(1);
    await upsertComment(target, 'first', fast);
    const r = await upsertComment(target, 'second', fast);
    expect(r.action).toBe('updated');
    expect(gitea.comments.filter((c) => c.body.startsWith(COMMENT_MARKER)).map((c) => c.body)).toEqual([`${COMMENT_MARKER}\nsecond`]);
    expect(gitea.requests.filter((q) => q.startsWith('PATCH'))).toEqual([`PATCH /api/v1/repos/lumen/lumen-gitops/issues/comments/${r.id}`]);
  });

  test('an unchanged report is not patched again', async () => {
    await upsertComment(target, 'same', fast);
    const r = await upsertComment(target, 'same', fast);
    expect(r.action).toBe('unchanged');
    expect(gitea.requests.some((q) => q.startsWith('PATCH'))).toBe(false);
  });

  test('a reply quoting the marker is not taken for ours', async () => {
    gitea.comments.push({ id: 1, issue: 7, body: `> ${COMMENT_MARKER}\n> quoted`, user: { login: 'bob' } });
    expect((await upsertComment(target, 'report', fast)).action).toBe('created');
  });

  test('follows the pages (page, limit) until a short page, finding our comment on page 3', async () => {
    others(5);
    gitea.comments.push({ id: 50, issue: 7, body: `${COMMENT_MARKER}\nold`, user: { login: 'ci-bot' } });
    const r = await upsertComment(target, 'new', { ...fast, pageSize: 2 });
    expect(r).toMatchObject({ action: 'updated', id: 50 });
    expect(gitea.requests.filter((q) => q.startsWith('GET'))).toEqual([
      'GET /api/v1/repos/lumen/lumen-gitops/issues/7/comments?page=1&limit=2',
      'GET /api/v1/repos/lumen/lumen-gitops/issues/7/comments?page=2&limit=2',
      'GET /api/v1/repos/lumen/lumen-gitops/issues/7/comments?page=3&limit=2',
    ]);
  });

  test('a server that ignores page and limit (Gitea\'s issueGetComments) is read once, no endless loop', async () => {
    gitea.paginate = false;
    others(7);
    const all = await listComments(target, { ...fast, pageSize: 3 });
    expect(all).toHaveLength(7);
    expect(gitea.requests.filter((q) => q.startsWith('GET'))).toHaveLength(1);
  });

  test('a wrong token: 401 with a clear message', async () => {
    await expect(upsertComment({ ...target, token: 'nope' }, 'x', fast)).rejects.toThrow(/HTTP 401 \(token is required\): Gitea rejected the token; check the GITEA_TOKEN/);
  });

  test('an unknown repository or pull request: 404 naming them', async () => {
    await expect(upsertComment({ ...target, repo: 'other' }, 'x', fast)).rejects.toThrow(/HTTP 404 \(repository does not exist\): no repository lumen\/other, no pull request #7/);
    await expect(upsertComment({ ...target, index: 8 }, 'x', fast)).rejects.toThrow(/HTTP 404 \(issue does not exist\)/);
  });

  test('422 on create is reported with Gitea\'s message', async () => {
    gitea.failNext.push({ method: 'POST', status: 422, message: '[Body]: Required' });
    await expect(upsertComment(target, 'x', fast)).rejects.toThrow(/POST \/api\/v1\/repos\/lumen\/lumen-gitops\/issues\/7\/comments: HTTP 422 \(\[Body\]: Required\): Gitea refused the request as invalid/);
  });

  test('a 5xx on a read is retried; a lasting 5xx is a clear error; a POST is never retried', async () => {
    gitea.failNext.push({ method: 'GET', status: 502, message: 'bad gateway' });
    expect((await upsertComment(target, 'x', fast)).action).toBe('created');
    gitea.failNext.push(...[1, 2, 3].map(() => ({ method: 'GET', status: 500, message: 'database is locked' })));
    await expect(upsertComment(target, 'y', fast)).rejects.toThrow(/HTTP 500 \(database is locked\): Gitea failed on its side; re-run the job later/);
    gitea.requests.length = 0;
    gitea.comments.length = 0;
    gitea.failNext.push({ method: 'POST', status: 503, message: 'unavailable' });
    await expect(upsertComment(target, 'z', fast)).rejects.toThrow(/HTTP 503/);
    expect(gitea.requests.filter((q) => q.startsWith('POST'))).toHaveLength(1);
  });

  test('an unreachable Gitea says so', async () => {
    await gitea.close();
    await expect(upsertComment(target, 'x', { ...fast, attempts: 1 })).rejects.toThrow(/failed: ECONNREFUSED \(is GITEA_URL right/);
    gitea = await fakeGitea();
  });

  test('a body over the limit is refused before any request', () => {
    expect(() => commentBody('x'.repeat(COMMENT_BODY_LIMIT))).toThrow(/over Gitea's limit of 65535/);
  });

  test('the CLI posts a file: token from GITEA_TOKEN, repository and pull request from the Actions environment', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-post-'));
    fs.writeFileSync(path.join(dir, 'diff.md'), '## report\n');
    fs.writeFileSync(path.join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 7 } }));
    const env = { ...process.env, GITEA_TOKEN: TOKEN, GITHUB_SERVER_URL: gitea.url, GITHUB_REPOSITORY: 'lumen/lumen-gitops', GITHUB_EVENT_PATH: path.join(dir, 'event.json') };
    const run = (args: string[], e = env) => new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const p = spawn(process.execPath, [path.join(ROOT, 'build', 'src', 'cli', 'post-comment.js'), ...args], { env: e });
      let out = '';
      let err = '';
      p.stdout.on('data', (d) => (out += d));
      p.stderr.on('data', (d) => (err += d));
      p.on('close', (code) => resolve({ code, out, err }));
    });
    const first = await run(['--file', path.join(dir, 'diff.md')]);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toMatch(/^post-comment: created comment \d+ on lumen\/lumen-gitops#7/);
    const bad = await run(['--file', path.join(dir, 'diff.md')], { ...env, GITEA_TOKEN: 'wrong' });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^post-comment: GET .* HTTP 401/);
    expect(bad.err).not.toMatch(/at .*\.js:\d+/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('post-comment arguments', () => {
  const env = { GITEA_TOKEN: 't', GITEA_URL: 'http://gitea:3000', GITHUB_REPOSITORY: 'o/r' };
  test('explicit arguments win over the environment', () => {
    expect(parsePostArgs(['--file', 'f', '--pr', '3', '--repo', 'a/b', '--url', 'http://x'], env).target)
      .toEqual({ baseUrl: 'http://x', token: 't', owner: 'a', repo: 'b', index: 3 });
  });
  test.each([
    [['--file', 'f', '--pr', '3'], { ...env, GITEA_TOKEN: '' }, 'GITEA_TOKEN is not set'],
    [['--file', 'f', '--pr', 'x'], env, '--pr must be a pull request number'],
    [['--file', 'f', '--pr', '3', '--repo', 'nope'], env, '--repo must be owner/name'],
    [['--pr', '3'], env, '--file is required'],
    [['--file', 'f', '--pr', '3'], { ...env, GITEA_URL: 'gitea' }, "Gitea's URL is missing or not an http(s) URL"],
    [['--token', 'x'], env, 'post-comment: unknown option "--token"'],
  ])('%j is refused', (argv, e, msg) => {
    expect(() => parsePostArgs(argv as string[], e)).toThrow(msg);
  });
});
