import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInMonth, formatIsoDate, isoWeekday, parseIsoDate, plainDateOrNull, quarterOf } from './calendar.js';

describe('calendar dates written YYYY-MM-DD', () => {
  it.each([
    ['2026-10-01', 4],
    ['2026-10-03', 6],
    ['2026-10-04', 7],
    ['1970-01-01', 4],
    ['1969-12-29', 1],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it.each([['2026-02-30'], ['2025-02-29'], ['2026-13-01'], ['2026-1-5'], ['20260105'], ['2026-01-05T00:00']])(
    'refuses %s as RULE_DATE_INVALID',
    (date) => {
      expect(plainDateOrNull(date)).toBeNull();
      expect(() => addDays(date, 1)).toThrow(/RULE_DATE_INVALID/);
    },
  );

  it.each([
    ['2026-12-25', 10, '2027-01-04'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-03-01', '2028-02-01')).toBe(-29);
  });

  it('knows the length of February in leap and common years', () => {
    expect([daysInMonth(2026, 2), daysInMonth(2028, 2), daysInMonth(2100, 2), daysInMonth(2000, 2)]).toEqual([28, 29, 28, 29]);
  });

  it('reads and writes the parts of a date', () => {
    expect(parseIsoDate('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 });
    expect(formatIsoDate({ year: 2026, month: 3, day: 9 })).toBe('2026-03-09');
  });

  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-09-30', 3],
    ['2026-12-31', 4],
  ])('%s falls in quarter %i', (date, quarter) => {
    expect(quarterOf(date)).toEqual({ year: 2026, quarter });
  });
});
