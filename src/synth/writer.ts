import * as fs from 'fs';
import * as path from 'path';

/**
 * Replaces `<outDir>/<env>` with exactly `files` (relative path → content), atomically enough for Git
 * work: everything is written to a sibling temp folder first, then two renames swap it in. A failed or
 * killed write leaves the previous folder in place (a stale temp folder is removed on the next run).
 */
export function writeTree(outDir: string, env: string, files: ReadonlyMap<string, string>): void {
  fs.mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, env);
  const tmp = path.join(outDir, `.${env}.tmp-${process.pid}`);
  const old = path.join(outDir, `.${env}.old-${process.pid}`);
  removeStale(outDir, env);
  const dirs = new Set<string>();
  for (const rel of files.keys()) dirs.add(path.dirname(path.join(tmp, rel)));
  for (const d of [...dirs].sort()) fs.mkdirSync(d, { recursive: true });
  for (const [rel, content] of files) fs.writeFileSync(path.join(tmp, rel), content);
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(tmp, target);
  fs.rmSync(old, { recursive: true, force: true });
}

/** Temp folders of killed runs (their pid is gone); live concurrent runs keep theirs. */
function removeStale(outDir: string, env: string): void {
  const pattern = new RegExp(`^\\.${env.replace(/[-]/g, '\\-')}\\.(tmp|old)-(\\d+)$`);
  for (const name of fs.readdirSync(outDir)) {
    const m = pattern.exec(name);
    if (m && !isAlive(Number(m[2]))) fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
