import { describe, expect, it } from 'vitest';
import { demandTerms, explainMatch, type OfferingSide, rankMatches, regionRelation, type WantingSide } from './matching.rules.js';

// docs/sources.md §9 T3 and 《本期聚焦：市域产教联合体》 (“按照‘产业链—工种—岗位—专业’的逻辑”): a match names which codes and which words matched.
const demand: WantingSide = {
  source: 'demand',
  wanted: [
    { code: '460103', name: '数控技术' },
    { code: '460301', name: '机电一体化技术' },
  ],
  terms: ['数控', '机床', '编程'],
  regionCode: '320706',
};

const school = (id: string, regionCode: string | null, offered: [string, string, number][]): OfferingSide & { schoolId: string } => ({
  schoolId: id,
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

// The same reasons in the other two directions of T3: one school's graduates against the body's demands, and an
// internship or apprenticeship place offer (指标4.6 “接受学生来企实习实训”) against the schools.
describe('a match states every reason it has, from a school towards demands and from a place offer towards schools', () => {
  const college = school('college', '320706', [
    ['460103', '数控技术', 40],
    ['470201', '应用化工技术', 20],
  ]);
  const wanting = (source: WantingSide['source'], codes: [string, string][], terms: string[], regionCode: string | null): WantingSide => ({
    source,
    wanted: codes.map(([code, name]) => ({ code, name })),
    terms,
    regionCode,
  });

  it.each([
    {
      case: 'a demand for 化工 in another city of the province: the same code and a word of its position',
      wanting: wanting('demand', [['470201', '应用化工技术']], ['化工', '总控'], '320583'),
      reasons: [
        '专业代码相同：开设“应用化工技术”（470201），需求专业“应用化工技术”（470201）',
        '岗位与技能中的“化工”见于专业“应用化工技术”（470201）',
        '地域：同一省份',
      ],
      graduates: [20, 20, 20],
    },
    {
      case: 'an apprenticeship place for a position of the job list: its majors, at class level, and a word',
      wanting: wanting('placement', [['460104', '机械制造及自动化']], ['数控'], '320707'),
      reasons: [
        '同一专业类：开设“数控技术”（460103），岗位所需专业“机械制造及自动化”（460104）',
        '实习学徒岗位中的“数控”见于专业“数控技术”（460103）',
        '地域：同一城市',
      ],
      graduates: [40, 40, 40],
    },
    {
      case: 'an internship place naming no position of the job list, from an enterprise whose region is unknown: a word only',
      wanting: wanting('placement', [], ['化工'], null),
      reasons: ['实习学徒岗位中的“化工”见于专业“应用化工技术”（470201）', '地域：外省市'],
      graduates: [20, 20, 20],
    },
  ])('$case', ({ wanting: w, reasons, graduates }) => {
    const match = explainMatch(w, college)!;
    expect(match.reasons.map((r) => r['zh-CN'])).toEqual(reasons);
    expect(match.reasons.every((r) => r['en-US'].length > 0)).toBe(true);
    expect(match.graduates).toEqual(graduates);
  });

  it('ranks the demands a school answers by the same rule, naming the demand for the last tie-break', () => {
    const demands = [
      { name: '化工操作工', w: wanting('demand', [], ['化工'], '320706') },
      { name: '数控车工', w: wanting('demand', [['460103', '数控技术']], [], '110105') },
      { name: '机修钳工', w: wanting('demand', [['460104', '机械制造及自动化']], [], '320706') },
      { name: '会计', w: wanting('demand', [['530302', '大数据与会计']], ['会计'], '320706') },
    ];
    const ranked = rankMatches(
      demands.flatMap((d) => {
        const match = explainMatch(d.w, college);
        return match ? [{ ...match, name: d.name }] : [];
      }),
      (m) => m.name,
    );
    expect(ranked.map((m) => [m.rank, m.name])).toEqual([
      [1, '数控车工'],
      [2, '机修钳工'],
      [3, '化工操作工'],
    ]);
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
      ].map((c) => ({ ...explainMatch(demand, c)!, schoolId: c.schoolId })),
      (m) => m.schoolId,
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
