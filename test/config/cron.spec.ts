import { backupMaxAgeSeconds, cronMaxGapSeconds } from '../../src/config/cron';

describe('schedules as numbers', () => {
  test('the longest gap of a schedule, 5 or 6 fields', () => {
    expect(cronMaxGapSeconds('0 2 * * *')).toBe(86400);
    expect(cronMaxGapSeconds('0 0 2 * * *')).toBe(86400);
    expect(cronMaxGapSeconds('0 */6 * * *')).toBe(6 * 3600);
    expect(cronMaxGapSeconds('0 2 * * 1-5')).toBe(3 * 86400);
    expect(cronMaxGapSeconds('30 3 * * 0')).toBe(7 * 86400);
  });
  test('the alert threshold: the gap plus a quarter of it, at least an hour', () => {
    expect(backupMaxAgeSeconds('0 2 * * *')).toBe(30 * 3600);
    expect(backupMaxAgeSeconds('0 * * * *')).toBe(2 * 3600);
  });
  test('throws on a bad field or a schedule rarer than weekly', () => {
    expect(() => cronMaxGapSeconds('0 25 * * *')).toThrow(`'schedule' hour field out of 0..23: "25" in "0 25 * * *"`);
    expect(() => cronMaxGapSeconds('0 2 1 * *')).toThrow(`'schedule' must run at least once a week (backups), got "0 2 1 * *"`);
    expect(() => cronMaxGapSeconds('0 2 * *')).toThrow(`'schedule' must be a cron expression of 5 fields`);
  });
});
