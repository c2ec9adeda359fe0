import { describe, expect, it } from 'vitest';
import { fixedClock, movableClock } from './clock.js';
import { formatShanghai, shanghaiDate, shanghaiDayEnd, shanghaiDayStart, shanghaiToday, shanghaiWallClockOrNull } from './shanghai.js';

describe('Asia/Shanghai dates of instants', () => {
  it.each([
    ['2026-03-01T15:59:59.999Z', '2026-03-01'],
    ['2026-03-01T16:00:00Z', '2026-03-02'],
    ['2025-12-31T16:00:00Z', '2026-01-01'],
  ])('%s is %s in Shanghai', (instant, date) => {
    expect(shanghaiDate(new Date(instant))).toBe(date);
  });

  it('reads today from the clock it is given', () => {
    const clock = movableClock('2026-06-30T15:30:00Z');
    expect(shanghaiToday(clock)).toBe('2026-06-30');
    clock.advance(60 * 60 * 1000);
    expect(shanghaiToday(clock)).toBe('2026-07-01');
    expect(shanghaiToday(fixedClock('2026-01-01T00:00:00+08:00'))).toBe('2026-01-01');
  });

  it('gives the instants a Shanghai day begins and ends', () => {
    expect(shanghaiDayStart('2026-03-01').toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(shanghaiDayEnd('2026-02-28').toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(shanghaiDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it.each([
    ['2026-05-28T23:59:59', '2026-05-28T15:59:59.000Z'],
    ['2026-05-28T09:30', '2026-05-28T01:30:00.000Z'],
    ['2028-02-29T00:00:00', '2028-02-28T16:00:00.000Z'],
  ])('reads the wall-clock time %s as %s', (local, instant) => {
    expect(shanghaiWallClockOrNull(local)?.toISOString()).toBe(instant);
  });

  it.each([['2026-02-30T10:00'], ['2026-05-28T24:00'], ['2026-05-28 23:59'], ['2026-05-28T23:59:60'], ['2026-05-28']])(
    'refuses %s as a wall-clock time',
    (local) => {
      expect(shanghaiWallClockOrNull(local)).toBeNull();
    },
  );

  it('shows an instant as a clock in Shanghai reads it', () => {
    const instant = new Date('2026-03-01T00:30:05.700Z');
    expect(formatShanghai(instant)).toBe('2026-03-01 08:30:05');
    expect(formatShanghai(instant, 'minute')).toBe('2026-03-01 08:30');
  });
});
