import { DEFAULT_CHARTER_PARAMETERS, type TQuorum, type TVoteThreshold, ZCharterParameters } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../kernel/errors.js';
import { decideVote } from './votes.rules.js';
import { chineseNumeral, minimumMeeting } from '../charter/fractions.rules.js';

const { resolution, charterAmendment, expulsion, termination } = DEFAULT_CHARTER_PARAMETERS.votes;
const halfOrMore: TVoteThreshold = resolution;
const moreThanHalf: TVoteThreshold = { ...resolution, comparator: 'gt' };
const halfOfCast: TVoteThreshold = { ...resolution, base: 'cast' };
const twoThirdsOfEntitled: TVoteThreshold = { ...charterAmendment, base: 'entitled' };
const twoThirdsQuorum: TQuorum = { numerator: 2, denominator: 3, comparator: 'gte', base: 'entitled' };
const votes = (yes: number, no: number, abstain: number) => ({ yes, no, abstain });

describe('章程第八条「到会成员半数以上同意」 and 民法典第一千二百五十九条: 半数以上 is ≥ 1/2, 过半数 is > 1/2, of the members present', () => {
  it.each([
    ['章程第八条 半数以上: 4 of 8 present pass', halfOrMore, 9, 8, votes(4, 4, 0), true, 4],
    ['过半数: 4 of 8 present fail', moreThanHalf, 9, 8, votes(4, 4, 0), false, 5],
    ['过半数: 5 of 8 present pass', moreThanHalf, 9, 8, votes(5, 3, 0), true, 5],
    ['章程第八条: 3 of 8 present fail', halfOrMore, 9, 8, votes(3, 5, 0), false, 4],
    ['章程第八条: odd presence rounds the requirement up (5 of 9 → 5)', halfOrMore, 9, 9, votes(5, 4, 0), true, 5],
    ['章程第八条: 4 of 9 present fail', halfOrMore, 9, 9, votes(4, 5, 0), false, 5],
    ['章程第八条: abstentions count among those present (4 yes, 4 abstain of 8)', halfOrMore, 9, 8, votes(4, 0, 4), true, 4],
    ['章程第八条: more yes than no is not enough when abstentions are many', halfOrMore, 9, 8, votes(3, 1, 4), false, 4],
    ['章程第八条: a present member who casts no ballot still counts', halfOrMore, 9, 8, votes(3, 1, 0), false, 4],
    ['votes-cast base: abstentions leave the base (3 of 5 cast)', halfOfCast, 9, 8, votes(3, 2, 3), true, 3],
    ['votes-cast base: 2 of 5 cast fail', halfOfCast, 9, 8, votes(2, 3, 3), false, 3],
    ['votes-cast base: with no yes or no ballot nothing passes', halfOfCast, 9, 8, votes(0, 0, 8), false, 1],
    ['entitled base: 2/3 of all 9 members need 6 even when 6 attend', twoThirdsOfEntitled, 9, 6, votes(5, 0, 1), false, 6],
  ])('%s', (_case, threshold, entitled, present, ballots, passed, required) => {
    const decision = decideVote({ threshold, entitled, present, ballots });
    expect(decision).toMatchObject({ passed, required, quorumMet: true, quorumRequired: null });
  });
});

describe('章程第八条, 第二十六条, 第二十七条: amendment and termination need 三分之二以上 of those present', () => {
  it.each([
    ['章程第二十六条 amendment: 4 of 6 present pass', charterAmendment, 6, votes(4, 2, 0), true],
    ['章程第二十六条 amendment: 3 of 6 present fail', charterAmendment, 6, votes(3, 2, 1), false],
    ['章程第二十七条 termination: 6 of 9 present pass', termination, 9, votes(6, 3, 0), true],
    ['章程第二十七条 termination: 5 of 8 present fail (2/3 of 8 is 5.33)', termination, 8, votes(5, 3, 0), false],
    ['章程第二十七条 termination: 6 of 8 present pass', termination, 8, votes(6, 2, 0), true],
    ['章程第二十一条 expulsion: 3 of 6 present pass (半数以上)', expulsion, 6, votes(3, 3, 0), true],
    ['章程第二十一条 expulsion: 2 of 6 present fail', expulsion, 6, votes(2, 3, 1), false],
  ])('%s', (_case, threshold, present, ballots, passed) => {
    expect(decideVote({ threshold, entitled: 9, present, ballots }).passed).toBe(passed);
  });
});

describe('quorum (法定人数) when a charter sets one: a share of the members entitled', () => {
  it.each([
    ['5 of 9 present is below 2/3: nothing passes, even unanimously', 5, votes(5, 0, 0), false, false],
    ['6 of 9 present meets 2/3', 6, votes(3, 3, 0), true, true],
    ['quorum met but the vote fails', 6, votes(2, 4, 0), true, false],
  ])('%s', (_case, present, ballots, quorumMet, passed) => {
    const decision = decideVote({ threshold: halfOrMore, quorum: twoThirdsQuorum, entitled: 9, present, ballots });
    expect(decision).toMatchObject({ quorumMet, passed, quorumRequired: 6 });
  });
});

describe('the result shows the rule beside the counts (docs/sources.md 5.2)', () => {
  it.each([
    [
      '章程第八条 passed',
      { threshold: halfOrMore, entitled: 9, present: 8, ballots: votes(4, 2, 2) },
      '同意 4、反对 2、弃权 2（应到 9，到会 8）；同意 4 票 ≥ 到会成员 8 的二分之一（4），通过',
      'Yes 4, no 2, abstain 2 (entitled 9, present 8); 4 yes ≥ 1/2 of 8 members present (4): passed',
    ],
    [
      '过半数 failed',
      { threshold: moreThanHalf, entitled: 9, present: 8, ballots: votes(4, 2, 2) },
      '同意 4 票 ≤ 到会成员 8 的二分之一（4，至少 5 票），未通过',
      '4 yes ≤ 1/2 of 8 members present (4, at least 5): not passed',
    ],
    [
      '章程第二十六条 with a fractional share',
      { threshold: charterAmendment, entitled: 9, present: 8, ballots: votes(6, 2, 0) },
      '同意 6 票 ≥ 到会成员 8 的三分之二（16/3≈5.33，至少 6 票），通过',
      '6 yes ≥ 2/3 of 8 members present (16/3≈5.33, at least 6): passed',
    ],
    [
      'quorum not met',
      { threshold: halfOrMore, quorum: twoThirdsQuorum, entitled: 9, present: 5, ballots: votes(5, 0, 0) },
      '到会 5 < 全体有表决权成员 9 的三分之二（6），未达到法定人数；同意 5 票 ≥ 到会成员 5 的二分之一（5/2≈2.50，至少 3 票），未通过',
      '5 present < 2/3 of 9 members entitled to vote (6): quorum not met',
    ],
  ])('%s', (_case, input, zh, en) => {
    const { explanation } = decideVote(input);
    expect(explanation['zh-CN']).toContain(zh);
    expect(explanation['en-US']).toContain(en);
  });
});

describe('inconsistent counts are refused with a reason (ballots ≤ present ≤ entitled)', () => {
  it.each([
    ['more ballots than members present', 9, 8, votes(5, 3, 1), 'VOTE_COUNTS_INVALID', '票数合计 9 多于到会 8 人'],
    ['more present than entitled', 9, 10, votes(5, 3, 1), 'VOTE_COUNTS_INVALID', '到会 10 人多于应到 9 人'],
    ['a negative count', 9, 8, votes(-1, 3, 1), 'VOTE_COUNTS_INVALID', '不小于 0 的整数'],
    ['a fractional count', 9, 8, votes(2.5, 3, 1), 'VOTE_COUNTS_INVALID', '不小于 0 的整数'],
    ['nobody entitled', 0, 0, votes(0, 0, 0), 'VOTE_COUNTS_INVALID', '应到人数至少为 1'],
  ])('%s', (_case, entitled, present, ballots, code, zh) => {
    const attempt = () => decideVote({ threshold: halfOrMore, entitled, present, ballots });
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      expect((error as DomainError).code).toBe(code);
      expect((error as DomainError).messageIn('zh-CN')).toContain(zh);
    }
  });

  it.each([
    ['a share above one', { ...halfOrMore, numerator: 3, denominator: 2 }],
    ['a zero denominator', { ...halfOrMore, denominator: 0 }],
    ['a fractional numerator', { ...halfOrMore, numerator: 0.5 }],
  ])('refuses %s as VOTE_RULE_INVALID', (_case, threshold) => {
    expect(() => decideVote({ threshold, entitled: 9, present: 8, ballots: votes(4, 4, 0) })).toThrow(/VOTE_RULE_INVALID/);
  });
});

describe('DEFAULT_CHARTER_PARAMETERS are the seed charter (章程第八、十四、二十、二十一条, 附件3 四)', () => {
  it('validates against its own schema, so the UI can edit and re-validate it', () => {
    expect(ZCharterParameters.parse(DEFAULT_CHARTER_PARAMETERS)).toEqual(DEFAULT_CHARTER_PARAMETERS);
  });

  it.each([
    ['章程第八条 resolutions ≥ 1/2 of present', resolution, { numerator: 1, denominator: 2, comparator: 'gte', base: 'present' }],
    ['章程第八条 amendment ≥ 2/3 of present', charterAmendment, { numerator: 2, denominator: 3, comparator: 'gte', base: 'present' }],
    ['章程第八条 termination ≥ 2/3 of present', termination, { numerator: 2, denominator: 3, comparator: 'gte', base: 'present' }],
    ['章程第二十一条 expulsion ≥ 1/2 of present', expulsion, { numerator: 1, denominator: 2, comparator: 'gte', base: 'present' }],
  ])('%s', (_case, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it.each([
    ['a numerator above the denominator', { votes: { ...DEFAULT_CHARTER_PARAMETERS.votes, resolution: { ...resolution, numerator: 3 } } }],
    ['an empty period', { withdrawalNotice: {} }],
    ['a minimum above the maximum', { bulletinsPerQuarterMin: 3 }],
  ])('the schema refuses %s', (_case, change) => {
    expect(ZCharterParameters.safeParse({ ...DEFAULT_CHARTER_PARAMETERS, ...change }).success).toBe(false);
  });
});

describe('exact shares (民法典第一千二百五十九条: compare a·den with b·num, no floating point)', () => {
  it.each([
    [9, 2, 3, 'gte', 6],
    [8, 2, 3, 'gte', 6],
    [6, 2, 3, 'gte', 4],
    [10, 1, 2, 'gt', 6],
    [0, 1, 2, 'gte', 0],
    [3, 1, 3, 'gte', 1],
  ] as const)('%i × %i/%i (%s) needs %i', (base, numerator, denominator, comparator, expected) => {
    expect(minimumMeeting(base, { numerator, denominator, comparator })).toBe(expected);
  });

  it.each([
    [2, '二'],
    [10, '十'],
    [12, '十二'],
    [30, '三十'],
    [45, '四十五'],
    [120, '120'],
  ])('writes %i as %s in a fraction name', (value, name) => {
    expect(chineseNumeral(value)).toBe(name);
  });
});
