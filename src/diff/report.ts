/**
 * The rendered diff as Markdown for a pull request comment: risk flags, a summary table per environment
 * (wave → application: added / changed / removed), then a collapsible unified diff per resource. Cut to
 * fit one Gitea comment, saying what was left out.
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { COMMENT_BODY_LIMIT, COMMENT_MARKER } from '../gitea/comments';
import { Change, ChangeType, compareLocations, EnvironmentDiff, Location, RiskCategory, sameLocation, TreeDiff } from './compare';

export const NO_CHANGES = 'No rendered changes';

export interface ReportOptions {
  /** What the head was compared against, e.g. `origin/main` (abc1234). */
  readonly baseLabel: string;
  /**
   * What was compared to the base.
   * @default 'the working tree'
   */
  readonly headLabel?: string;
  /**
   * Largest report, in bytes (UTF-8).
   * @default - COMMENT_BODY_LIMIT minus the marker line post-comment puts on top
   */
  readonly maxBytes?: number;
  /**
   * The command that prints the whole report, named in the truncation note.
   * @default 'npm run diff -- --base <base>'
   */
  readonly rerun?: string;
  /**
   * Where the base's manifests came from (its committed dist/, or a synth and why), one line under the title.
   * @default - no such line
   */
  readonly baseSource?: string;
}

/** Room kept for the truncation note. */
const NOTE_RESERVE = 3000;
/** Lines of context around each change. */
const CONTEXT = 3;
/** Most edits (added + removed lines) a diff may take before it is summarised. */
const MAX_EDIT_LENGTH = 4000;

const bytes = (s: string): number => Buffer.byteLength(s);
const html = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const where = (l: Location): string => (l.wave === l.app ? l.wave : `${l.wave}/${l.app}`);
const SIGN: Record<ChangeType, string> = { added: '+', changed: '~', removed: '−' };
const FLAG_TITLE: Record<RiskCategory, string> = {
  environment: 'environment', deleted: 'destructive delete', immutable: 'immutable field', moved: 'moved', image: 'image', chart: 'chart version',
};

/** A unified diff of one change (all `+` for an added resource, all `-` for a removed one). */
export function unifiedDiff(c: Change): string {
  const a = c.base ? `a/${c.env}/${c.base.file}` : '/dev/null';
  const b = c.head ? `b/${c.env}/${c.head.file}` : '/dev/null';
  const before = c.base?.text ?? '';
  const after = c.head?.text ?? '';
  // Bounded: a rewrite of a huge object is summarised rather than diffed for seconds.
  const patch = createTwoFilesPatch(a, b, before, after, undefined, undefined, { context: CONTEXT, headerOptions: FILE_HEADERS_ONLY, maxEditLength: MAX_EDIT_LENGTH });
  if (patch === undefined) {
    const lines = (t: string) => t.split('\n').length - 1;
    return `--- ${a}\n+++ ${b}\n@@ rewritten: ${lines(before)} line(s) → ${lines(after)} line(s), too many edits to show @@`;
  }
  return patch.replace(/\n$/, '');
}

/** One `<details>` block; a diff longer than `maxBytes` is cut at a line boundary, saying so. */
export function detailsBlock(c: Change, maxBytes: number): { text: string; cut: boolean } {
  const entry = (c.head ?? c.base)!;
  const moved = c.base && c.head && !sameLocation(c.base.location, c.head.location) ? ` (moved from ${where(c.base.location)})` : '';
  const summary = `${SIGN[c.type]} <code>${html(entry.label)}</code> · ${html(where(entry.location))}${html(moved)}`;
  let diff = unifiedDiff(c);
  let cut = false;
  if (!/\n@@/.test(`\n${diff}`)) diff = '(same content: only its place changed)';
  else if (bytes(diff) > maxBytes) {
    const lines = diff.split('\n');
    const kept: string[] = [];
    let size = 0;
    for (const l of lines) {
      if (size + bytes(l) + 1 > maxBytes) break;
      kept.push(l);
      size += bytes(l) + 1;
    }
    diff = `${kept.join('\n')}\n… ${lines.length - kept.length} more line(s) of this diff cut to fit the comment`;
    cut = true;
  }
  const longest = Math.max(2, ...[...diff.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return { text: `<details><summary>${summary}</summary>\n\n${fence}diff\n${diff}\n${fence}\n\n</details>\n`, cut };
}

interface Row {
  location: Location;
  added: number;
  changed: number;
  removed: number;
}

function rows(e: EnvironmentDiff): Row[] {
  const byKey = new Map<string, Row>();
  for (const c of e.changes) {
    const location = (c.head ?? c.base)!.location;
    const key = `${location.wave}\0${location.app}`;
    const row = byKey.get(key) ?? { location, added: 0, changed: 0, removed: 0 };
    row[c.type]++;
    byKey.set(key, row);
  }
  return [...byKey.values()].sort((a, b) => compareLocations(a.location, b.location));
}

function counts(e: EnvironmentDiff): string {
  const n = (t: ChangeType) => e.changes.filter((c) => c.type === t).length;
  const parts = (['added', 'changed', 'removed'] as const).filter((t) => n(t)).map((t) => `${n(t)} ${t}`);
  return parts.length ? parts.join(', ') : 'no changes';
}

/** Keeps at most `max` lines of a list, saying how many more there were. */
function capLines(lines: string[], max: number, what: string): string[] {
  return lines.length <= max ? lines : [...lines.slice(0, max), `- … ${lines.length - max} more ${what}`];
}

/** The whole report, at most `maxBytes`. */
export function renderReport(diff: TreeDiff, options: ReportOptions): string {
  const maxBytes = options.maxBytes ?? COMMENT_BODY_LIMIT - bytes(`${COMMENT_MARKER}\n`);
  const head = options.headLabel ?? 'the working tree';
  const rerun = options.rerun ?? `npm run diff -- --base ${options.baseLabel.split(' ')[0].replace(/`/g, '')}`;
  const title = `## Rendered manifests: ${options.baseLabel} → ${head}\n${options.baseSource ? `\n_${options.baseSource}_\n` : ''}`;
  const envs = diff.environments;
  if (envs.every((e) => e.changes.length === 0) && diff.flags.length === 0) {
    return `${title}\n${NO_CHANGES} (${envs.map((e) => e.env).join(', ') || 'no environments'} compared).\n`;
  }

  // Fixed parts: summary, flags, one table per environment. Kept whole unless enormous.
  const fixedBudget = Math.floor(maxBytes * 0.45);
  const summary = `${envs.map((e) => `**${e.env}**: ${counts(e)}`).join(' · ')}\n`;
  let flagLines = diff.flags.map((f) => `- **${f.env}** · ${FLAG_TITLE[f.category]}: ${f.message}`);
  const flagsText = () => (flagLines.length ? `\n### ⚠️ Risk flags (${diff.flags.length})\n\n${flagLines.join('\n')}\n` : '');
  for (let max = 200; bytes(flagsText()) > fixedBudget / 2 && max > 5; max = Math.floor(max / 2)) {
    flagLines = capLines(diff.flags.map((f) => `- **${f.env}** · ${FLAG_TITLE[f.category]}: ${f.message}`), max, 'flag(s): run the diff locally');
  }
  const tables = new Map<string, string>();
  const tableRowBudget = Math.max(20, Math.floor((fixedBudget / 2 / Math.max(1, envs.length)) / 80));
  for (const e of envs) {
    if (!e.changes.length) continue;
    const lines = rows(e).map((r) => `| ${r.location.wave} | ${r.location.app} | ${r.added || ''} | ${r.changed || ''} | ${r.removed || ''} |`);
    const shown = lines.length > tableRowBudget ? [...lines.slice(0, tableRowBudget), `| … | ${lines.length - tableRowBudget} more row(s) | | | |`] : lines;
    const status = e.status === 'added' ? ' (new environment)' : e.status === 'removed' ? ' (environment removed)' : '';
    tables.set(e.env, `\n### ${e.env}${status}: ${counts(e)}\n\n| wave | application | added | changed | removed |\n|---|---|--:|--:|--:|\n${shown.join('\n')}\n`);
  }
  const fixed = title + '\n' + summary + flagsText() + [...tables.values()].join('');

  // Diff blocks, chosen by priority (changed, then added, then removed), laid out per environment.
  const priority: Record<ChangeType, number> = { changed: 0, added: 1, removed: 2 };
  const all = envs.flatMap((e, envIndex) => e.changes.map((c, i) => ({ c, envIndex, i })));
  const ordered = [...all].sort((x, y) => priority[x.c.type] - priority[y.c.type] || x.envIndex - y.envIndex || x.i - y.i);
  let room = maxBytes - bytes(fixed) - NOTE_RESERVE;
  const perBlock = Math.max(2000, Math.min(16000, Math.floor((maxBytes - NOTE_RESERVE) / 4)));
  const chosen = new Map<Change, string>();
  const omitted: Change[] = [];
  let cutShort = 0;
  for (const { c } of ordered) {
    // No room left for even a small block: do not compute the diff at all.
    if (room < 600) {
      omitted.push(c);
      continue;
    }
    const block = detailsBlock(c, perBlock);
    const size = bytes(block.text) + 1;
    if (size <= room) {
      chosen.set(c, block.text);
      room -= size;
      if (block.cut) cutShort++;
    } else {
      omitted.push(c);
    }
  }

  let out = title + '\n' + summary + flagsText();
  for (const e of envs) {
    const table = tables.get(e.env);
    if (!table) continue;
    out += table;
    const blocks = e.changes.filter((c) => chosen.has(c)).map((c) => chosen.get(c)!);
    if (blocks.length) out += `\n${blocks.join('\n')}`;
  }
  if (omitted.length || cutShort) out += truncationNote(omitted, cutShort, envs, rerun);
  if (bytes(out) > maxBytes) out = hardCut(out, maxBytes, rerun);
  return out;
}

function truncationNote(omitted: Change[], cutShort: number, envs: EnvironmentDiff[], rerun: string): string {
  const parts: string[] = [];
  for (const e of envs) {
    const mine = omitted.filter((c) => c.env === e.env);
    if (!mine.length) continue;
    const n = (t: ChangeType) => mine.filter((c) => c.type === t).length;
    parts.push(`${e.env}: ${(['changed', 'added', 'removed'] as const).filter((t) => n(t)).map((t) => `${n(t)} ${t}`).join(', ')}`);
  }
  const lines = [`\n---\n\n✂️ **Truncated** to fit Gitea's comment limit (${COMMENT_BODY_LIMIT} bytes).`];
  if (omitted.length) lines.push(`${omitted.length} diff(s) not shown (${parts.join('; ')}):`);
  const shown: string[] = [];
  let size = 0;
  for (const c of omitted) {
    const e = (c.head ?? c.base)!;
    const line = `- ${c.type} · ${c.env} · ${html(e.label)} (${html(where(e.location))})`;
    if (size + bytes(line) > 1500) break;
    shown.push(line);
    size += bytes(line) + 1;
  }
  if (omitted.length > shown.length) shown.push(`- … and ${omitted.length - shown.length} more`);
  if (omitted.length) lines.push(`<details><summary>not shown</summary>\n\n${shown.join('\n')}\n\n</details>`);
  if (cutShort) lines.push(`${cutShort} diff(s) shown only in part.`);
  lines.push(`The full report: \`${rerun}\`.`);
  return `${lines.join('\n\n')}\n`;
}

/** Last resort (a summary alone over the limit): cut at a line, and say so. */
function hardCut(text: string, maxBytes: number, rerun: string): string {
  const note = `\n\n✂️ **Truncated**: the summary alone exceeds Gitea's comment limit; the full report: \`${rerun}\`.\n`;
  const lines = text.split('\n');
  let out = '';
  for (const l of lines) {
    if (bytes(out) + bytes(l) + 1 + bytes(note) > maxBytes) break;
    out += `${l}\n`;
  }
  // An unclosed <details> or fence would swallow the note.
  if ((out.match(/<details>/g) ?? []).length > (out.match(/<\/details>/g) ?? []).length) out = out.slice(0, out.lastIndexOf('<details>'));
  return out + note;
}
