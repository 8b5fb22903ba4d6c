/**
 * Backup schedules as numbers: the longest gap a cron expression leaves between two runs, and from it how old
 * the last backup may get before an alert fires. Deterministic: the runs are counted over a fixed fortnight.
 */

const FIELD_RANGES: readonly [number, number][] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 7]];
const FIELD_NAMES = ['minute', 'hour', 'day of month', 'month', 'day of week'];

/** The values one cron field allows (`*`, `n`, `a-b`, lists, `/step`); throws naming the field. */
function fieldValues(text: string, index: number, expr: string): Set<number> {
  const [lo, hi] = FIELD_RANGES[index];
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!m) throw new Error(`'schedule' ${FIELD_NAMES[index]} field must be *, n, a-b, lists or /step, got "${text}" in "${expr}"`);
    const start = m[1] === '*' ? lo : Number(m[2]);
    const end = m[1] === '*' ? hi : m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? hi : start;
    const step = m[4] !== undefined ? Number(m[4]) : 1;
    if (start < lo || end > hi || start > end || step < 1) throw new Error(`'schedule' ${FIELD_NAMES[index]} field out of ${lo}..${hi}: "${text}" in "${expr}"`);
    for (let v = start; v <= end; v += step) out.add(index === 4 && v === 7 ? 0 : v);
  }
  return out;
}

/** The minute-level fields of a 5-field cron, or a 6-field one with seconds first (CloudNativePG's). */
function parse(expr: string): { fields: Set<number>[]; restricted: [boolean, boolean] } {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 5 && parts.length !== 6) throw new Error(`'schedule' must be a cron expression of 5 fields (6 with seconds first), got "${expr}"`);
  const five = parts.length === 6 ? parts.slice(1) : parts;
  return { fields: five.map((f, i) => fieldValues(f, i, expr)), restricted: [five[2] !== '*', five[4] !== '*'] };
}

/** The fortnight the runs are counted over (a Monday, UTC): fixed, so synth stays deterministic. */
const WINDOW_START = Date.UTC(2026, 0, 5);
const WINDOW_MINUTES = 15 * 24 * 60;

/** The longest time between two runs of a schedule, in seconds; throws when it runs less than weekly. */
export function cronMaxGapSeconds(expr: string): number {
  const { fields: [min, hour, dom, month, dow], restricted } = parse(expr);
  const runs: number[] = [];
  for (let i = 0; i < WINDOW_MINUTES; i++) {
    // The window starts at midnight: minute and hour without a Date (most minutes stop here; 21 600 Dates
    // per call were ~140 ms of every synth).
    if (!min.has(i % 60) || !hour.has(Math.floor(i / 60) % 24)) continue;
    const d = new Date(WINDOW_START + i * 60_000);
    if (!month.has(d.getUTCMonth() + 1)) continue;
    // cron: when both day fields are restricted, either matches.
    const domOk = dom.has(d.getUTCDate());
    const dowOk = dow.has(d.getUTCDay());
    if (restricted[0] && restricted[1] ? domOk || dowOk : domOk && dowOk) runs.push(i);
  }
  if (runs.length < 2) throw new Error(`'schedule' must run at least once a week (backups), got "${expr}"`);
  let gap = 0;
  for (let i = 1; i < runs.length; i++) gap = Math.max(gap, runs[i] - runs[i - 1]);
  return gap * 60;
}

/**
 * How old the last successful backup may be before the alert fires: the longest gap of the schedule plus a
 * quarter of it (at least an hour) for the backup itself to run and finish.
 */
export function backupMaxAgeSeconds(expr: string): number {
  const gap = cronMaxGapSeconds(expr);
  return gap + Math.max(3600, Math.round(gap / 4));
}
