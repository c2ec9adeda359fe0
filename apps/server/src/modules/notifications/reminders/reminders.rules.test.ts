import { describe, expect, it } from 'vitest';
import { dueReminder, normaliseOffsets } from './reminders.rules.js';

// E.g. 章程第十四条 (committee terms of 2 years): reminded 30 and 7 days before the term ends; a call for
// applications reminded 7 and 1 days before it closes; a work-plan task also 1 day after it was due.
describe('which reminder is due today', () => {
  const CATCH_UP = 2;
  it.each([
    ['seven days before: the 7-day reminder', [7, 1], 7, 7],
    ['six days before: nothing new (7 already due yesterday, still within catch-up)', [7, 1], 6, 7],
    ['three days before: nothing (the 7-day reminder is past its catch-up)', [7, 1], 3, null],
    ['one day before: the 1-day reminder', [7, 1], 1, 1],
    ['on the day, the 1-day reminder missed yesterday is caught up', [7, 1], 0, 1],
    ['after the deadline, no "before" reminder', [7, 1], -1, null],
    ['one day overdue: the overdue reminder', [7, 1, -1], -1, -1],
    ['two days overdue: the overdue reminder is caught up', [7, 1, -1], -2, -1],
    ['four days overdue: too late to catch up', [7, 1, -1], -4, null],
    ['on the day with a same-day offset', [0], 0, 0],
    ['eight days before: nothing yet', [7, 1], 8, null],
    ['no offsets: never', [], 1, null],
  ] as const)('%s', (_case, offsets, daysLeft, expected) => {
    expect(dueReminder(offsets, daysLeft, CATCH_UP)?.offset ?? null).toBe(expected);
  });

  it('with no catch-up, only the exact day counts', () => {
    expect(dueReminder([7, 1], 6, 0)).toBeNull();
    expect(dueReminder([7, 1], 7, 0)).toEqual({ offset: 7, daysLeft: 7 });
  });

  it('stores offsets distinct, earliest reminder first', () => {
    expect(normaliseOffsets([1, 7, -1, 7])).toEqual([7, 1, -1]);
  });
});
