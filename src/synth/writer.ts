import * as fs from 'fs';
import * as path from 'path';

/** What writeTree did: nothing (the folder already held exactly these files), or the files it wrote. */
export interface WriteResult {
  readonly changed: boolean;
  /** Files written (new or different); the others were hard-linked from the previous folder. */
  readonly written: number;
}

/**
 * Replaces `<outDir>/<env>` with exactly `files` (relative path → content), atomically enough for Git
 * work: the new tree is built in a sibling temp folder, then two renames swap it in. A failed or killed
 * write leaves the previous folder in place (a dead run's temp folder is removed on the next run).
 * A folder that already holds exactly these files is left alone; in a changed one, unchanged files are
 * hard-linked rather than rewritten (file creation dominates on a busy disk).
 */
export function writeTree(outDir: string, env: string, files: ReadonlyMap<string, string>): WriteResult {
  fs.mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, env);
  removeStale(outDir, env);
  const previous = readTree(target);
  const same = new Set<string>();
  for (const [rel, content] of files) if (previous.get(rel) === content) same.add(rel);
  if (same.size === files.size && previous.size === files.size) return { changed: false, written: 0 };

  const tmp = path.join(outDir, `.${env}.tmp-${process.pid}`);
  const old = path.join(outDir, `.${env}.old-${process.pid}`);
  // Paths below dist/<env>/ are ours, '/'-separated and normalized: on POSIX a concatenation is path.join
  // (without normalizing 18 000 paths twice at scale).
  const under = path.sep === '/' ? (dir: string, rel: string) => `${dir}/${rel}` : (dir: string, rel: string) => path.join(dir, rel);
  const dirs = new Set<string>();
  for (const rel of files.keys()) dirs.add(path.dirname(under(tmp, rel)));
  for (const d of [...dirs].sort()) fs.mkdirSync(d, { recursive: true });
  for (const [rel, content] of files) {
    if (same.has(rel)) fs.linkSync(under(target, rel), under(tmp, rel));
    else fs.writeFileSync(under(tmp, rel), content);
  }
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(tmp, target);
  fs.rmSync(old, { recursive: true, force: true });
  return { changed: true, written: files.size - same.size };
}

/** Every file below a folder (relative path → content); empty when the folder does not exist. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name), `${prefix}${e.name}/`);
      else if (e.isFile()) out.set(`${prefix}${e.name}`, fs.readFileSync(path.join(d, e.name), 'utf8'));
    }
  };
  if (fs.existsSync(dir)) walk(dir, '');
  return out;
}

/** Temp folders of killed runs (their pid is gone); live concurrent runs keep theirs. */
function removeStale(outDir: string, env: string): void {
  const pattern = new RegExp(`^\\.${env.replace(/[-]/g, '\\-')}\\.(tmp|old)-(\\d+)$`);
  for (const name of fs.readdirSync(outDir)) {
    const m = pattern.exec(name);
    if (m && !isAlive(Number(m[2]))) fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
}

/** Whether a process still runs (EPERM: it does, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
