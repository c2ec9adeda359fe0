import { describe, expect, it } from 'vitest';
import { demandTerms, explainMatch, type MatchCandidate, type MatchingDemand, rankMatches, regionRelation } from './matching.rules.js';

// docs/sources.md §9 T3 and 《本期聚焦：市域产教联合体》 (“按照‘产业链—工种—岗位—专业’的逻辑”): a match names which codes and which words matched.
const demand: MatchingDemand = {
  wanted: [
    { code: '460103', name: '数控技术' },
    { code: '460301', name: '机电一体化技术' },
  ],
  terms: ['数控', '机床', '编程'],
  locationRegionCode: '320706',
};

const school = (id: string, regionCode: string | null, offered: [string, string, number][]): MatchCandidate => ({
  schoolId: id,
  schoolName: `学校${id}`,
  regionCode,
  offered: offered.map(([code, name, graduates]) => ({ code, name, graduates: [graduates, graduates, graduates], placementsOffered: 2 })),
});

describe('a match states every reason it has', () => {
  it.each([
    {
      case: 'the same code, a word in the same major, same district',
      candidate: school('A', '320706', [['460103', '数控技术', 40]]),
      // 460301 机电一体化技术 is wanted too, and 数控技术 shares its category 46
      codes: [
        ['460103', 'exact'],
        ['460103', 'category'],
      ],
      terms: [['数控', '460103']],
      relation: 'same_district',
    },
    {
      case: 'another major of the same class (4601) and of the same category (46)',
      candidate: school('B', '320707', [
        ['460104', '机械制造及自动化', 30],
        ['460701', '汽车制造与试验技术', 30],
      ]),
      codes: [
        ['460104', 'class'],
        ['460104', 'category'],
        ['460701', 'category'],
      ],
      terms: [],
      relation: 'same_city',
    },
    {
      case: 'a word only, at another level (中职 数控技术应用), in another Jiangsu city',
      candidate: school('C', '320583', [['660103', '数控技术应用', 25]]),
      codes: [],
      terms: [['数控', '660103']],
      relation: 'same_province',
    },
  ])('$case', ({ candidate, codes, terms, relation }) => {
    const match = explainMatch(demand, candidate)!;
    expect(match.codeMatches.map((m) => [m.offered, m.level])).toEqual(codes);
    expect(match.termMatches.map((m) => [m.term, m.offered])).toEqual(terms);
    expect(match.region.relation).toBe(relation);
    // one reason in words for every code match, every word match, and the region
    expect(match.reasons).toHaveLength(codes.length + terms.length + 1);
    for (const m of match.codeMatches) {
      expect(match.reasons.some((r) => r['zh-CN'].includes(`（${m.offered}）`) && r['zh-CN'].includes(m.wanted))).toBe(true);
    }
    for (const m of match.termMatches) expect(match.reasons.some((r) => r['zh-CN'].includes(`“${m.term}”`))).toBe(true);
  });

  it('names the kind of code match in the reason', () => {
    const match = explainMatch(demand, school('B', '320707', [['460104', '机械制造及自动化', 30]]))!;
    expect(match.reasons[0]!['zh-CN']).toBe('同一专业类：开设“机械制造及自动化”（460104），需求专业“数控技术”（460103）');
  });

  it('lists no school that matches by neither code nor word', () => {
    expect(explainMatch(demand, school('D', '320706', [['530302', '大数据与会计', 50]]))).toBeNull();
  });

  it('counts the graduates of the matched majors only', () => {
    const match = explainMatch(
      demand,
      school('E', '320706', [
        ['460103', '数控技术', 40],
        ['530302', '大数据与会计', 50],
      ]),
    )!;
    expect(match.graduates).toEqual([40, 40, 40]);
    expect(match.placementsOffered).toBe(2);
  });
});

describe('the ranking compares reasons in the stated order', () => {
  it('exact before class before word-only; nearer before farther when otherwise equal', () => {
    const ranked = rankMatches(
      [
        school('word', '320706', [['660103', '数控技术应用', 90]]),
        school('class-far', '310107', [['460104', '机械制造及自动化', 10]]),
        school('class-near', '320706', [['460104', '机械制造及自动化', 10]]),
        school('exact', '110105', [['460103', '数控技术', 5]]),
      ].map((c) => explainMatch(demand, c)!),
    );
    expect(ranked.map((m) => [m.rank, m.schoolId])).toEqual([
      [1, 'exact'],
      [2, 'class-near'],
      [3, 'class-far'],
      [4, 'word'],
    ]);
  });
});

describe('the region and the terms', () => {
  it.each([
    { a: '320706', b: '320706', relation: 'same_district', steps: 0 },
    { a: '320706', b: '320707', relation: 'same_city', steps: 1 },
    { a: '320706', b: '320583', relation: 'same_province', steps: 2 },
    { a: '320706', b: '310107', relation: 'elsewhere', steps: 3 },
    { a: '320706', b: null, relation: 'elsewhere', steps: 3 },
  ])('$a and $b: $relation', ({ a, b, relation, steps }) => expect(regionRelation(a, b)).toEqual({ relation, steps }));

  it('keeps words of two characters or more that say something', () => {
    expect(demandTerms(['数控', '技术', '机床', '的', '操作', 'cnc', '编程', '数控'])).toEqual(['数控', '机床', '编程'].sort());
  });
});
