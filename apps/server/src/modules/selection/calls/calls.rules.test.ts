import { describe, expect, it } from 'vitest';
import { callActionAllowed, callPhase, frozenFieldsTouched } from './calls.rules.js';

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

describe('通知 三.2 “于2026年5月28日前报送”: one phase per call, read on the server’s clock', () => {
  const DEADLINE = '2026-05-28T23:59:59';
  const PUBLISHED = new Date('2026-07-01T02:00:00Z');
  it.each([
    ['a draft stays a draft, whatever the date', 'draft', null, '2026-06-30T00:00:00Z', 'draft'],
    ['open before the deadline', 'open', null, '2026-05-28T15:59:59Z', 'open'],
    ['open, one second after 23:59:59 Beijing: 已截止', 'open', null, '2026-05-28T16:00:00Z', 'closed'],
    ['closed by the authority before the deadline', 'closed', null, '2026-05-20T00:00:00Z', 'closed'],
    ['closed after the deadline', 'closed', null, '2026-06-30T00:00:00Z', 'closed'],
    ['results published: 结果已公示', 'closed', PUBLISHED, '2026-07-02T00:00:00Z', 'published'],
    ['results published while the authority left the call open', 'open', PUBLISHED, '2026-07-02T00:00:00Z', 'published'],
  ] as const)('%s', (_case, status, resultsPublishedAt, now, phase) => {
    expect(callPhase({ status, deadlineLocal: DEADLINE, resultsPublishedAt }, new Date(now))).toBe(phase);
  });
});
