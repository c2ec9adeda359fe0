import type { TBodyMember } from '@chanjiao/contracts/bodies';
import { describe, expect, it } from 'vitest';
import { addMemberPayload, defaultLeavingDate, isLeavingDateAllowed, splitRoster, todayInShanghai } from './membership';

function member(name: string, joinedOn: string, leftOn: string | null = null): TBodyMember {
  return {
    id: `${name}-${joinedOn}`,
    org: { id: name, name, type: 'secondary_vocational', regionName: null },
    memberRole: 'member',
    isFounding: false,
    joinedOn,
    joinReason: null,
    leftOn,
    leaveReason: leftOn ? '书面申请退出' : null,
    liaisonCount: 1,
  };
}

describe('member roster', () => {
  it('separates current members from the history, latest departure first', () => {
    const roster = splitRoster([
      member('曹杨职校', '2025-11-28'),
      member('甲校', '2025-11-28', '2026-01-15'),
      member('乙校', '2025-11-28', '2026-03-01'),
      member('丙企业', '2026-02-01'),
    ]);
    expect(roster.current.map((m) => m.org.name)).toEqual(['曹杨职校', '丙企业']);
    expect(roster.former.map((m) => m.org.name)).toEqual(['乙校', '甲校']);
  });

  it('keeps a unit that left and rejoined in both lists (章程第二十条: the record stays)', () => {
    const roster = splitRoster([member('甲校', '2025-11-28', '2026-01-15'), member('甲校', '2026-06-01')]);
    expect(roster.current).toHaveLength(1);
    expect(roster.former).toHaveLength(1);
  });
});

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
