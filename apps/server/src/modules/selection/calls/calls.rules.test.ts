import { describe, expect, it } from 'vitest';
import { callActionAllowed, frozenFieldsTouched } from './calls.rules.js';

describe('a call’s life (a call’s versions are frozen when it opens)', () => {
  it.each([
    ['draft', 'edit', true],
    ['draft', 'open', true],
    ['draft', 'close', false],
    ['open', 'edit', true],
    ['open', 'open', false],
    ['open', 'close', true],
    ['closed', 'edit', false],
    ['closed', 'open', false],
    ['closed', 'close', false],
  ] as const)('%s → %s allowed: %s', (status, action, allowed) => {
    expect(callActionAllowed(status, action)).toBe(allowed);
  });

  it('lets an open call move its deadline and correct its notice, but not its indicator system or limits', () => {
    expect(frozenFieldsTouched({ deadline: '2026-06-05T17:00:00', noticeText: '更正' })).toEqual([]);
    expect(frozenFieldsTouched({ indicatorSystemId: 'x', limits: { applicationsPerPark: 2 }, title: '新标题' })).toEqual([
      'indicatorSystemId',
      'limits',
    ]);
  });
});
