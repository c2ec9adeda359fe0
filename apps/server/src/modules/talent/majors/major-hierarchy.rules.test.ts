import { describe, expect, it } from 'vitest';
import { cityCodeOf, codeMatch, majorHierarchy } from './major-hierarchy.rules.js';

describe('the majors catalogue hierarchy (职业教育专业目录（2021年）: 专业大类 → 专业类 → 专业)', () => {
  it.each([
    // 中职 装备制造大类 66 → 6601 机械设计制造类 → 660103
    { code: '660103', classCode: '6601', categoryCode: '66', level: '中职' },
    // 高职专科 装备制造大类 46 → 4601 机械设计制造类 → 460103 数控技术
    { code: '460103', classCode: '4601', categoryCode: '46', level: '高职专科' },
    // 职业本科 电子与信息大类 31 → 3102 → 310201
    { code: '310201', classCode: '3102', categoryCode: '31', level: '职业本科' },
    // 高职专科 医药卫生大类: 520101K 临床医学 keeps its K
    { code: '520101K', classCode: '5201', categoryCode: '52', level: '高职专科' },
    // the ends of each level's range: 中职 61–79, 高职专科 41–59, 职业本科 21–39
    { code: '610101', classCode: '6101', categoryCode: '61', level: '中职' },
    { code: '790101', classCode: '7901', categoryCode: '79', level: '中职' },
    { code: '410101', classCode: '4101', categoryCode: '41', level: '高职专科' },
    { code: '590101', classCode: '5901', categoryCode: '59', level: '高职专科' },
    { code: '210101', classCode: '2101', categoryCode: '21', level: '职业本科' },
    { code: '390101', classCode: '3901', categoryCode: '39', level: '职业本科' },
  ])('$code is in class $classCode, category $categoryCode, level $level', ({ code, classCode, categoryCode, level }) => {
    expect(majorHierarchy(code)).toEqual({ majorCode: code, classCode, categoryCode, level });
  });

  it.each(['400101', '600101', '800101', '200101', '46010', '4601033', 'ABCDEF', '460103k'])(
    'refuses %s, which no level numbers so',
    (code) => {
      expect(() => majorHierarchy(code)).toThrow(/TALENT_UNKNOWN_MAJORS/);
    },
  );

  it.each([
    { wanted: '460103', offered: '460103', match: 'exact' },
    { wanted: '460103', offered: '460104', match: 'class' },
    { wanted: '460103', offered: '460301', match: 'category' },
    { wanted: '460103', offered: '510201', match: null },
    // the same trade at another level is another category code: 中职 66 is not 高职 46
    { wanted: '460103', offered: '660103', match: null },
  ])('$offered answers $wanted: $match', ({ wanted, offered, match }) => {
    expect(codeMatch(wanted, offered)).toBe(match);
  });

  it.each([
    { region: '320706', city: '320700' },
    { region: '320700', city: '320700' },
    { region: '310107', city: '310100' },
  ])('region $region lies in city $city', ({ region, city }) => {
    expect(cityCodeOf(region)).toBe(city);
  });
});
