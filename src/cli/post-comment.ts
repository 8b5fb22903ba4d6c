/**
 * `node build/src/cli/post-comment.js --file diff.md [--repo owner/name] [--pr N] [--url URL]`: creates or
 * updates the one rendered-diff comment of a pull request (see src/gitea/comments.ts).
 *
 * The token comes from the environment only (GITEA_TOKEN: the workflow passes its secret), never from an
 * argument (arguments show in process lists and logs). Defaults from the Actions environment: the URL from
 * GITEA_URL or GITHUB_SERVER_URL, the repository from GITHUB_REPOSITORY, the pull request from the event
 * payload (GITHUB_EVENT_PATH).
 */
import * as fs from 'fs';
import { GiteaTarget, upsertComment } from '../gitea/comments';
import { CliError, parseCommand, runCli } from './cli-util';

const USAGE = `usage: GITEA_TOKEN=... node build/src/cli/post-comment.js --file FILE [--repo owner/name] [--pr N] [--url URL]
  --file FILE          the report to post (npm run diff -- --out FILE)
  --repo owner/name    the repository (default: GITHUB_REPOSITORY)
  --pr N               the pull request (default: the pull_request event's, GITHUB_EVENT_PATH)
  --url URL            Gitea's URL (default: GITEA_URL, then GITHUB_SERVER_URL)
  -h, --help           this text
The token comes from GITEA_TOKEN only, never from an argument.`;

export function parsePostArgs(argv: string[], env: NodeJS.ProcessEnv): { target: GiteaTarget; file: string } {
  const { values: opts } = parseCommand('post-comment', argv, {
    options: { file: { type: 'string' }, repo: { type: 'string' }, pr: { type: 'string' }, url: { type: 'string' } },
    usage: USAGE,
  });
  const file = opts.file;
  if (!file) throw new CliError(`post-comment: --file is required (the report of npm run diff -- --out FILE)\n${USAGE}`);
  const baseUrl = opts.url ?? env.GITEA_URL ?? env.GITHUB_SERVER_URL;
  if (!baseUrl || !/^https?:\/\/\S+$/.test(baseUrl)) throw new CliError(`post-comment: Gitea's URL is missing or not an http(s) URL (--url, GITEA_URL or GITHUB_SERVER_URL), got "${baseUrl ?? ''}"`);
  const token = env.GITEA_TOKEN;
  if (!token) throw new CliError('post-comment: GITEA_TOKEN is not set (the workflow passes its secret in the environment)');
  const repo = opts.repo ?? env.GITHUB_REPOSITORY ?? '';
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(repo);
  if (!m) throw new CliError(`post-comment: --repo must be owner/name (or GITHUB_REPOSITORY set), got "${repo}"`);
  const pr = opts.pr ?? pullRequestFromEvent(env.GITHUB_EVENT_PATH);
  if (!pr || !/^[1-9][0-9]*$/.test(pr)) throw new CliError(`post-comment: --pr must be a pull request number (or run on a pull_request event), got "${pr ?? ''}"`);
  return { target: { baseUrl, token, owner: m[1], repo: m[2], index: Number(pr) }, file };
}

function pullRequestFromEvent(eventPath: string | undefined): string | undefined {
  if (!eventPath || !fs.existsSync(eventPath)) return undefined;
  try {
    const n = JSON.parse(fs.readFileSync(eventPath, 'utf8'))?.pull_request?.number;
    return n === undefined ? undefined : String(n);
  } catch {
    return undefined;
  }
}

if (require.main === module) {
  runCli(async () => {
    const { target, file } = parsePostArgs(process.argv.slice(2), process.env);
    if (!fs.existsSync(file)) throw new CliError(`post-comment: ${file} not found (run npm run diff -- --base <ref> --out ${file} first)`);
    const result = await upsertComment(target, fs.readFileSync(file, 'utf8'));
    process.stdout.write(`post-comment: ${result.action} comment ${result.id} on ${target.owner}/${target.repo}#${target.index}${result.url ? ` (${result.url})` : ''}\n`);
  });
}
