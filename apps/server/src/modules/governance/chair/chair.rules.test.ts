import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../kernel/errors.js';
import { type ChairCandidate, chairSchedule } from './chair.rules.js';

/** The nine founding units in the order of the charter's preamble (章程序言), one per city. */
const FOUNDERS: ChairCandidate[] = [
  ['caoyang', '上海市曹杨职业技术学校', '上海'],
  ['pukou', '南京浦口中等专业学校', '南京'],
  ['yangzhou', '江苏省扬州旅游商贸学校', '扬州'],
  ['zhenjiang', '镇江高等职业技术学校', '镇江'],
  ['jingjiang', '江苏省靖江中等专业学校', '泰州'],
  ['changzhou', '常州市高级职业技术学校', '常州'],
  ['xishan', '江苏省锡山中等专业学校', '无锡'],
  ['nantong', '江苏省南通中等专业学校', '南通'],
  ['xiangcheng', '江苏省相城中等专业学校', '苏州'],
].map(([orgId, name, city], index) => ({ orgId: orgId!, name, city: city!, joinedOn: '2025-12-12', order: index + 1 }));

const school = (orgId: string, city: string, order: number, joinedOn = '2025-12-12'): ChairCandidate => ({
  orgId,
  city,
  order,
  joinedOn,
});

const orgIds = (input: Parameters<typeof chairSchedule>[0]) => chairSchedule(input).map((year) => year.orgId);

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the schedule to be refused');
}

describe('章程第六条: nine founding schools in nine cities, 上海曹杨 first in 2026 (简报第1期)', () => {
  const schedule = chairSchedule({ members: FOUNDERS, firstYear: 2026, first: 'caoyang', years: 10 });

  it('visits every city once, in the charter’s order, before 上海 chairs again in 2035', () => {
    expect(schedule.map((year) => `${year.year} ${year.city}`)).toEqual([
      '2026 上海',
      '2027 南京',
      '2028 扬州',
      '2029 镇江',
      '2030 泰州',
      '2031 常州',
      '2032 无锡',
      '2033 南通',
      '2034 苏州',
      '2035 上海',
    ]);
  });

  it.each([
    [0, '2026 年：上海市曹杨职业技术学校（上海），为指定的首届轮值主席单位。'],
    [
      1,
      '2027 年：南京浦口中等专业学校（南京）。南京在本轮尚未担任轮值主席，与上一年（上海）不同；该市成员院校依次轮流，本次轮到南京浦口中等专业学校。',
    ],
  ])('explains year %i', (index, text) => {
    expect(schedule[index]!.explanation['zh-CN']).toBe(text);
  });

  it('explains every year in English too', () => {
    expect(schedule[1]!.explanation['en-US']).toContain('南京 has not chaired in this round, a different city from the year before (上海)');
  });
});

describe('章程第六条: cities with two or three schools take turns within the city', () => {
  const members = [
    school('sh-1', '上海', 1),
    school('nj-1', '南京', 2),
    school('sz-1', '苏州', 3),
    school('sh-2', '上海', 4),
    school('nj-2', '南京', 5),
    school('sh-3', '上海', 6),
  ];

  it.each([
    [
      'schools of a city in turn, every city each round',
      'sh-1',
      ['sh-1', 'nj-1', 'sz-1', 'sh-2', 'nj-2', 'sz-1', 'sh-3', 'nj-1', 'sz-1', 'sh-1'],
    ],
    [
      'the designated first school starts its city’s cycle',
      'sh-2',
      ['sh-2', 'nj-1', 'sz-1', 'sh-3', 'nj-2', 'sz-1', 'sh-1', 'nj-1', 'sz-1', 'sh-2'],
    ],
  ])('%s', (_case, first, expected) => {
    expect(orgIds({ members, firstYear: 2026, first, years: 10 })).toEqual(expected);
  });

  it('never puts the same city in two consecutive years', () => {
    const cities = chairSchedule({ members, firstYear: 2026, first: 'sh-1', years: 30 }).map((year) => year.city);
    cities.slice(1).forEach((city, index) => expect(city).not.toBe(cities[index]));
  });
});

describe('章程第六条 with the joint meeting’s decisions (overrides): the rest is planned around them', () => {
  it.each([
    [
      '常州 fixed for 2029 keeps its place in the first round',
      [{ year: 2029, orgId: 'changzhou', reason: '承办联盟技能大赛' }],
      ['上海', '南京', '扬州', '常州', '无锡', '南通', '苏州', '镇江', '泰州'],
    ],
    [
      '上海 fixed again for 2028 repeats it and the round continues',
      [{ year: 2028, orgId: 'caoyang', reason: '承办长三角论坛' }],
      ['上海', '南京', '上海', '扬州', '镇江', '泰州', '常州', '无锡', '南通'],
    ],
  ])('%s', (_case, overrides, cities) => {
    const schedule = chairSchedule({ members: FOUNDERS, firstYear: 2026, first: 'caoyang', years: 9, overrides });
    expect(schedule.map((year) => year.city)).toEqual(cities);
    const fixed = schedule.find((year) => year.year === overrides[0]!.year)!;
    expect(fixed.source).toBe('override');
    expect(fixed.explanation['zh-CN']).toContain(`按校长联席会议决定：${overrides[0]!.reason}`);
  });

  it('starts a new round early when the only city left borders a fixed year, and says so', () => {
    const members = [school('a', 'A', 1), school('b', 'B', 2), school('c', 'C', 3)];
    const schedule = chairSchedule({
      members,
      firstYear: 2026,
      first: 'a',
      years: 5,
      overrides: [{ year: 2029, orgId: 'c', reason: '决议' }],
    });
    expect(schedule.map((year) => [year.orgId, year.source])).toEqual([
      ['a', 'first'],
      ['b', 'rotation'],
      ['a', 'new_round'],
      ['c', 'override'],
      ['b', 'rotation'],
    ]);
    expect(schedule[2]!.explanation['zh-CN']).toContain('A提前开始新一轮');
  });

  it('lets a designation replace the first chair; the rotation continues from its city', () => {
    const overrides = [{ year: 2026, orgId: 'pukou', reason: '改由南京承办' }];
    const schedule = chairSchedule({ members: FOUNDERS, firstYear: 2026, first: 'caoyang', years: 9, overrides });
    expect(schedule.map((year) => year.city)).toEqual(['南京', '扬州', '镇江', '泰州', '常州', '无锡', '南通', '苏州', '上海']);
  });
});

describe('章程第六条: members who join later enter the rotation as not yet visited', () => {
  it.each([
    ['a new city chairs within the round it joins', [school('d', 'D', 4, '2027-06-01')], ['a', 'b', 'c', 'd', 'a', 'b']],
    ['a new school waits for its city’s turn', [school('a2', 'A', 4, '2026-03-01')], ['a', 'b', 'c', 'a2', 'b', 'c']],
    ['joining on 1 January counts for that year', [school('d', 'D', 4, '2028-01-01')], ['a', 'b', 'c', 'd', 'a', 'b']],
  ])('%s', (_case, newcomers, expected) => {
    const members = [school('a', 'A', 1), school('b', 'B', 2), school('c', 'C', 3), ...newcomers];
    expect(orgIds({ members, firstYear: 2026, first: 'a', years: 6 })).toEqual(expected);
  });
});

describe('章程第六条: schedules that cannot be made are refused with the year and the reason', () => {
  it.each([
    [
      'only one city after the first year',
      { members: [school('sh-1', '上海', 1), school('sh-2', '上海', 2)], firstYear: 2026, first: 'sh-1', years: 3 },
      2027,
      '除上一年的上海外没有其他城市的成员院校',
    ],
    [
      'two cities, the next year fixed to the other one',
      {
        members: [school('a', 'A', 1), school('b', 'B', 2)],
        firstYear: 2026,
        first: 'a',
        years: 3,
        overrides: [{ year: 2028, orgId: 'b', reason: '决议' }],
      },
      2027,
      '可选的城市（A、B）都与上一年（A）或下一年按决议指定的城市（B）相同',
    ],
    [
      'two fixed years in the same city back to back',
      { members: FOUNDERS, firstYear: 2026, first: 'caoyang', years: 3, overrides: [{ year: 2027, orgId: 'caoyang', reason: '决议' }] },
      2027,
      '2026 年与 2027 年的轮值主席单位同在上海',
    ],
    [
      'a designated unit that is not a member school',
      { members: FOUNDERS, firstYear: 2026, first: 'unknown', years: 2 },
      2026,
      '不在成员院校名单中',
    ],
    [
      'a designated school that had not yet joined',
      {
        members: [...FOUNDERS, school('late', '徐州', 10, '2027-03-01')],
        firstYear: 2026,
        first: 'caoyang',
        years: 3,
        overrides: [{ year: 2027, orgId: 'late', reason: '决议' }],
      },
      2027,
      '于 2027-03-01 加入，该年开始时尚不是成员院校',
    ],
    [
      'a designation outside the planned years',
      { members: FOUNDERS, firstYear: 2026, first: 'caoyang', years: 3, overrides: [{ year: 2030, orgId: 'pukou', reason: '决议' }] },
      2030,
      '不在 2026–2028 年的排定范围内',
    ],
    [
      'the same year designated twice',
      {
        members: FOUNDERS,
        firstYear: 2026,
        first: 'caoyang',
        years: 3,
        overrides: [
          { year: 2027, orgId: 'pukou', reason: '决议一' },
          { year: 2027, orgId: 'nantong', reason: '决议二' },
        ],
      },
      2027,
      '同一年份被指定了两次',
    ],
  ])('%s', (_case, input, year, reason) => {
    const error = refusal(() => chairSchedule(input));
    expect(error.code).toBe('CHAIR_ROTATION_IMPOSSIBLE');
    expect(error.messageIn('zh-CN')).toContain(`无法排定 ${year} 年的轮值主席单位：`);
    expect(error.messageIn('zh-CN')).toContain(reason);
  });
});

describe('章程第六条 as the charter’s rotation rule: another body may set longer terms or allow the same city (basis none)', () => {
  it.each([
    [
      'two-year terms: a school chairs both years of its term, the next term from another city',
      { termYears: 2, basis: 'city' as const },
      5,
      ['2026 上海 caoyang', '2027 上海 caoyang', '2028 南京 pukou', '2029 南京 pukou', '2030 扬州 yangzhou'],
    ],
    [
      'same city allowed: two schools of one city may follow each other when the rotation comes round',
      { termYears: 1, basis: 'none' as const },
      4,
      ['2026 上海 sh-1', '2027 南京 nj-1', '2028 上海 sh-2', '2029 南京 nj-1'],
    ],
  ])('%s', (_case, rule, years, expected) => {
    const members = rule.termYears === 2 ? FOUNDERS : [school('sh-1', '上海', 1), school('nj-1', '南京', 2), school('sh-2', '上海', 3)];
    const first = rule.termYears === 2 ? 'caoyang' : 'sh-1';
    const schedule = chairSchedule({ members, firstYear: 2026, first, years, rule });
    expect(schedule.map((year) => `${year.year} ${year.city} ${year.orgId}`)).toEqual(expected);
  });

  it('explains a two-year term as one term and compares with the term before', () => {
    const schedule = chairSchedule({
      members: FOUNDERS,
      firstYear: 2026,
      first: 'caoyang',
      years: 4,
      rule: { termYears: 2, basis: 'city' as const },
    });
    expect(schedule[2]!.explanation['zh-CN']).toMatch(/^2028–2029 年（一届）：南京浦口中等专业学校（南京）。.*与上一届（上海）不同/);
    expect(schedule[3]!.explanation).toEqual(schedule[2]!.explanation);
  });

  it('a year the meeting fixes fixes the whole term holding it', () => {
    const rule = { termYears: 2, basis: 'city' as const };
    const overrides = [{ year: 2029, orgId: 'nantong', reason: '联席会议决定' }];
    expect(orgIds({ members: FOUNDERS, firstYear: 2026, first: 'caoyang', years: 4, rule, overrides })).toEqual([
      'caoyang',
      'caoyang',
      'nantong',
      'nantong',
    ]);
    const twice = [...overrides, { year: 2028, orgId: 'pukou', reason: '另一决定' }];
    expect(
      refusal(() => chairSchedule({ members: FOUNDERS, firstYear: 2026, first: 'caoyang', years: 4, rule, overrides: twice })).messageIn(
        'zh-CN',
      ),
    ).toContain('同一届任期（自 2028 年起）被指定了两次');
  });

  it('when the same city is allowed, one city alone can chair year after year; under the default rule it cannot', () => {
    const alone = [school('sh-1', '上海', 1), school('sh-2', '上海', 2)];
    expect(orgIds({ members: alone, firstYear: 2026, first: 'sh-1', years: 3, rule: { termYears: 1, basis: 'none' as const } })).toEqual([
      'sh-1',
      'sh-2',
      'sh-1',
    ]);
    expect(refusal(() => chairSchedule({ members: alone, firstYear: 2026, first: 'sh-1', years: 3 })).code).toBe(
      'CHAIR_ROTATION_IMPOSSIBLE',
    );
  });
});

/**
 * A body whose member schools all sit in one city (普陀区职业教育联盟: six schools of 普陀区, 上海) cannot keep
 * 章程第六条's "由不同城市的成员院校轮流担任". Its charter rotates the chair among the member units instead
 * (basis 'member'): every unit chairs once before any chairs again, and no unit chairs two terms running.
 */
describe('a charter that rotates the chair among member units (basis member): a one-city district alliance', () => {
  const PUTUO = [
    ['caoyang', '上海市曹杨职业技术学校'],
    ['xinxi', '上海信息技术学校'],
    ['jingguan', '上海市经济管理学校'],
    ['maoyi', '上海市贸易学校'],
  ].map(([orgId, name], index) => ({ orgId: orgId!, name, city: '上海', joinedOn: '2022-12-31', order: index + 1 }));
  const member = { termYears: 1, basis: 'member' as const };

  it.each([
    [
      'every unit once, in list order, before the first chairs again',
      { members: PUTUO, firstYear: 2026, first: 'caoyang', years: 6, rule: member },
      ['caoyang', 'xinxi', 'jingguan', 'maoyi', 'caoyang', 'xinxi'],
    ],
    [
      'the rotation continues after the designated first unit',
      { members: PUTUO, firstYear: 2026, first: 'jingguan', years: 4, rule: member },
      ['jingguan', 'maoyi', 'caoyang', 'xinxi'],
    ],
    [
      'two units alternate',
      { members: PUTUO.slice(0, 2), firstYear: 2026, first: 'xinxi', years: 3, rule: member },
      ['xinxi', 'caoyang', 'xinxi'],
    ],
    [
      'a unit fixed by the meeting keeps its term; the others fill the rest without repeating a neighbour',
      {
        members: PUTUO,
        firstYear: 2026,
        first: 'caoyang',
        years: 4,
        rule: member,
        overrides: [{ year: 2027, orgId: 'maoyi', reason: '承办区职教活动周' }],
      },
      ['caoyang', 'maoyi', 'xinxi', 'jingguan'],
    ],
    [
      'two-year terms: the unit chairs both years, the next term another unit',
      { members: PUTUO, firstYear: 2026, first: 'caoyang', years: 4, rule: { termYears: 2, basis: 'member' as const } },
      ['caoyang', 'caoyang', 'xinxi', 'xinxi'],
    ],
  ])('%s', (_case, input, expected) => {
    expect(orgIds(input)).toEqual(expected);
  });

  it('the same one-city members are refused under the seed charter’s city rule (章程第六条)', () => {
    const error = refusal(() => chairSchedule({ members: PUTUO, firstYear: 2026, first: 'caoyang', years: 2 }));
    expect(error.messageIn('zh-CN')).toContain('除上一年的上海外没有其他城市的成员院校，章程第六条要求每年由不同城市的成员院校轮流担任');
    expect(error.messageIn('zh-CN')).toContain('由章程规定在成员单位之间轮流');
  });

  it('explains each year by the unit, not the city', () => {
    const schedule = chairSchedule({ members: PUTUO, firstYear: 2026, first: 'caoyang', years: 2, rule: member });
    expect(schedule[1]!.explanation['zh-CN']).toBe(
      '2027 年：上海信息技术学校（上海）。成员单位依次轮流担任，上海信息技术学校在本轮尚未担任轮值主席，上一年为上海市曹杨职业技术学校，不连任。',
    );
    expect(schedule[1]!.explanation['en-US']).toContain(
      'the year before was chaired by 上海市曹杨职业技术学校, so no unit chairs twice running',
    );
  });

  it.each([
    [
      'the meeting fixes the same unit for two consecutive years',
      {
        members: PUTUO,
        firstYear: 2026,
        first: 'caoyang',
        years: 3,
        rule: member,
        overrides: [{ year: 2027, orgId: 'caoyang', reason: '决议' }],
      },
      2027,
      '上海市曹杨职业技术学校将连续担任 2026 年与 2027 年的轮值主席单位，章程规定在成员单位之间轮流、同一单位不得连任',
    ],
    [
      'one member school alone cannot rotate',
      { members: PUTUO.slice(0, 1), firstYear: 2026, first: 'caoyang', years: 2, rule: member },
      2027,
      '除上一届的上海市曹杨职业技术学校外没有其他成员院校',
    ],
    [
      'two units, the next year fixed to the other one',
      {
        members: PUTUO.slice(0, 2),
        firstYear: 2026,
        first: 'caoyang',
        years: 3,
        rule: member,
        overrides: [{ year: 2028, orgId: 'xinxi', reason: '决议' }],
      },
      2027,
      '可选的成员院校（上海市曹杨职业技术学校、上海信息技术学校）都是上一届（上海市曹杨职业技术学校）或下一届按决议指定的单位（上海信息技术学校）',
    ],
  ])('refuses: %s', (_case, input, year, reason) => {
    const error = refusal(() => chairSchedule(input));
    expect(error.code).toBe('CHAIR_ROTATION_IMPOSSIBLE');
    expect(error.messageIn('zh-CN')).toContain(`无法排定 ${year} 年的轮值主席单位：`);
    expect(error.messageIn('zh-CN')).toContain(reason);
  });

  it('under the city rule the same unit may chair again as soon as its city’s turn comes; under the member rule it waits a full round', () => {
    const mixed = [school('a1', 'A', 1), school('b1', 'B', 2), school('a2', 'A', 3)];
    expect(orgIds({ members: mixed, firstYear: 2026, first: 'a1', years: 4 })).toEqual(['a1', 'b1', 'a2', 'b1']);
    expect(orgIds({ members: mixed, firstYear: 2026, first: 'a1', years: 4, rule: member })).toEqual(['a1', 'b1', 'a2', 'a1']);
  });
});
