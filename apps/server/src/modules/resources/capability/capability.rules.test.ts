import { describe, expect, it } from 'vitest';
import { type CandidateEntry, type CapabilityTarget, distinctiveWords, rankMembers, reasonKindOf } from './capability.rules.js';

// docs/sources.md §9 R2: “find the schools that can train X” answered from majors + bases + partners; 倡议书 三 实训设施共建共享.
const entry = (over: Partial<CandidateEntry>): CandidateEntry => ({
  orgId: 'a',
  kind: 'major',
  title: '数控技术',
  summary: '',
  majorCode: '460103',
  classCodes: ['4601'],
  workstations: 0,
  matched: [],
  ...over,
});
const numericalControl: CapabilityTarget = { kind: 'major', majorCode: '460103', classCode: '4601' };
const machineryClass: CapabilityTarget = { kind: 'class', classCode: '4601' };
const words: CapabilityTarget = { kind: 'words', words: ['数控'] };

describe('what an entry is evidence of', () => {
  it.each([
    ['the major itself', numericalControl, entry({}), 'offersMajor'],
    ['another major of its class', numericalControl, entry({ majorCode: '460104', title: '机械制造及自动化' }), 'offersRelatedMajor'],
    ['a major of another class', numericalControl, entry({ majorCode: '460301', classCodes: ['4603'] }), null],
    ['any major of the class asked for', machineryClass, entry({ majorCode: '460104' }), 'offersMajor'],
    ['a base serving the class', numericalControl, entry({ kind: 'base', majorCode: '460104' }), 'base'],
    ['a base serving another class', numericalControl, entry({ kind: 'base', classCodes: ['5302'] }), null],
    ['a course of the class', machineryClass, entry({ kind: 'course' }), 'course'],
    ['a partner whose fields matched', numericalControl, entry({ kind: 'partner', classCodes: [], matched: ['数控'] }), 'partner'],
    ['a partner whose fields did not match', numericalControl, entry({ kind: 'partner', classCodes: [], matched: [] }), null],
    ['a major found by the words', words, entry({ matched: ['数控'] }), 'offersMajor'],
    ['a base found by the words', words, entry({ kind: 'base', matched: ['数控'] }), 'base'],
  ] as const)('%s', (_, target, candidate, expected) => {
    expect(reasonKindOf(target, candidate)).toBe(expected);
  });
});

describe('the distinctive words of a major’s name, which a partner’s fields are matched by', () => {
  it.each([
    [['数控', '技术'], ['数控']],
    [
      ['工业', '机器人', '技术'],
      ['工业', '机器人'],
    ],
    [
      ['工程', '管理'],
      ['工程', '管理'],
    ],
  ])('%j → %j', (input, expected) => {
    expect(distinctiveWords(input)).toEqual(expected);
  });
});

describe('the ranking and its reasons', () => {
  it('puts the member that offers the major above one with many partners, and shows every reason with its points', () => {
    const ranked = rankMembers(
      numericalControl,
      [
        entry({ orgId: 'school' }),
        entry({ orgId: 'school', kind: 'base', title: '数控实训中心', workstations: 60 }),
        ...['甲', '乙', '丙', '丁', '戊', '己'].map((n) =>
          entry({ orgId: 'partners', kind: 'partner', title: `${n}数控公司`, matched: ['数控'] }),
        ),
      ],
      ['partners', 'school'],
    );
    expect(ranked.map((m) => [m.orgId, m.rank, m.points, m.workstations])).toEqual([
      ['school', 1, 50, 60],
      // four partners count, 5 points each; the fifth and sixth are shown with 0
      ['partners', 2, 20, 0],
    ]);
    expect(ranked[1]!.reasons.map((r) => r.points)).toEqual([5, 5, 5, 5, 0, 0]);
  });

  it('counts the major at two training modes at most, related majors at three', () => {
    const [member] = rankMembers(
      numericalControl,
      [
        entry({ title: '数控技术 中职' }),
        entry({ title: '数控技术 五年一贯制' }),
        entry({ title: '数控技术 中高职贯通' }),
        ...['460104', '460105', '460106', '460107'].map((code) => entry({ majorCode: code, title: code })),
      ],
      [],
    );
    expect(member!.points).toBe(40 + 40 + 15 * 3);
    expect(member!.reasons.map((r) => [r.reason, r.points])).toEqual([
      ['offersMajor', 40],
      ['offersMajor', 40],
      ['offersMajor', 0],
      ['offersRelatedMajor', 15],
      ['offersRelatedMajor', 15],
      ['offersRelatedMajor', 15],
      ['offersRelatedMajor', 0],
    ]);
  });

  it('breaks equal points by workstations, then by the body’s member order, and lets exact ties share a rank', () => {
    const base = (orgId: string, workstations: number) => entry({ orgId, kind: 'base', workstations });
    const ranked = rankMembers(numericalControl, [base('b', 40), base('a', 40), base('c', 80), base('d', 10)], ['a', 'b', 'c', 'd']);
    expect(ranked.map((m) => [m.orgId, m.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 2],
      ['d', 4],
    ]);
  });

  it('leaves out members without evidence', () => {
    expect(rankMembers(numericalControl, [entry({ majorCode: '530101', classCodes: ['5301'] })], [])).toEqual([]);
  });
});
