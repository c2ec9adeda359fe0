import { describe, expect, it } from 'vitest';
import { addMemberPayload, defaultLeavingDate, isLeavingDateAllowed, todayInShanghai } from './membership';

describe('leaving date (章程第二十条)', () => {
  it.each([
    ['2026-03-01', '2026-03-02', true],
    ['2026-03-01', '2026-03-01', true],
    ['2026-03-01', '2026-02-28', false],
  ])('joined %s, leaving %s → allowed %s', (joinedOn, leftOn, allowed) => {
    expect(isLeavingDateAllowed(joinedOn, leftOn)).toBe(allowed);
  });

  it('starts from today, or from the joining date when that lies ahead', () => {
    expect(defaultLeavingDate('2025-11-28', '2026-05-20')).toBe('2026-05-20');
    expect(defaultLeavingDate('2026-09-01', '2026-05-20')).toBe('2026-09-01');
  });
});

describe('today in Shanghai', () => {
  it('is already the next day at 16:00 UTC', () => {
    expect(todayInShanghai(new Date('2026-02-28T15:59:59Z'))).toBe('2026-02-28');
    expect(todayInShanghai(new Date('2026-02-28T16:00:00Z'))).toBe('2026-03-01');
  });
});

describe('adding a member', () => {
  it('sends the founding mark only when ticked, so the server applies 章程第十九条 otherwise', () => {
    const base = { orgId: 'org', joinedOn: '2026-03-01', reason: ' 联席会议表决通过 ', memberRole: 'founding' as const };
    expect(addMemberPayload(base)).toEqual({
      orgId: 'org',
      joinedOn: '2026-03-01',
      reason: '联席会议表决通过',
      memberRole: 'founding',
      isFounding: undefined,
    });
    expect(addMemberPayload({ ...base, memberRole: 'lead_school', isFounding: true }).isFounding).toBe(true);
  });
});
