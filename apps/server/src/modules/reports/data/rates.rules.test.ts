import { describe, expect, it } from 'vitest';
import { computeRates, roundedQuotient, statedDecimals } from './rates.rules.js';
import { caoyang2022 } from './report-data.test-support.js';

const rate = (data: ReturnType<typeof caoyang2022>, key: string) => computeRates(data).find((r) => r.key === key)!;

describe('普陀区年报 曹杨职校 2022: every rate computed from its counts', () => {
  it.each([
    // “生师比为 10:1” — 1,282 students (表1) ÷ 118 专任教师 is 10.9; the printed figure is flagged below.
    ['studentTeacherRatio', 10.9, '10.9:1'],
    // “专业教师 59 人、基础教师 59 人，专业教师占专任教师总数的 50%”
    ['professionalShare', 50, '50.0%'],
    // “高级职称教师 31 人 … 占专任教师数 26.3%”
    ['seniorTitleShare', 26.3, '26.3%'],
    // “硕士以上学历教师(含硕士课程班)35 人 … 占专任教师数 29.7%”
    ['masterShare', 29.7, '29.7%'],
    // “双师型教师 48 人，占专业教师数 81.4%”
    ['dualQualifiedShare', 81.4, '81.4%'],
    // “兼职教师 4 人，占专任教师 3.3%” — 4 ÷ 118 is 3.39 %, 3.4 % at one decimal
    ['partTimeShare', 3.4, '3.4%'],
    // “教学仪器设备总值达 8,471.36 万元 … 学校生均教学仪器设备 6.61 万元”
    ['equipmentPerStudent', 6.61, '6.61 万元'],
    // “毕业生 331 人（不含结业 5 人），对口就业 321 人，毕业生就业率稳定在 97%左右”
    ['matchedEmploymentRate', 97, '97.0%'],
    // “直接就业 … 140 人，直接就业率为 42.3%”
    ['directEmploymentRate', 42.3, '42.3%'],
  ])('%s = %s (%s)', (key, value, display) => {
    expect(rate(caoyang2022(), key)).toMatchObject({ value, display });
  });

  it('leaves a rate empty while a count it needs is missing or its denominator is 0', () => {
    const data = caoyang2022();
    expect(rate(data, 'workstationsPerStudent').value).toBeNull();
    expect(rate(data, 'furtherStudyRate').value).toBeNull();
    data.outcomes.graduates = 0;
    expect(rate(data, 'matchedEmploymentRate')).toMatchObject({ value: null, display: null });
  });
});

describe('stated figures against computed ones (docs/sources.md §9 Q2: the platform flags a difference)', () => {
  it.each([
    // 普陀区年报 3.3: 兼职教师 4 of 118 专任 is 3.4 %, the report says 3.3 %
    ['partTimeShare', 3.3, true],
    ['seniorTitleShare', 26.3, false],
    ['dualQualifiedShare', 81.4, false],
    // “就业率稳定在 97%左右”: compared at the stated precision, 96.98 % is 97 %
    ['matchedEmploymentRate', 97, false],
    // “生师比为 10:1”: 10.86 at no decimals is 11
    ['studentTeacherRatio', 10, true],
    ['equipmentPerStudent', 6.61, false],
  ])('%s stated %s → flagged %s', (key, stated, differs) => {
    const data = caoyang2022();
    data.statedRates = { [key]: stated };
    expect(rate(data, key)).toMatchObject({ stated, differs });
  });

  it('explains the difference in both languages', () => {
    const data = caoyang2022();
    data.statedRates = { partTimeShare: 3.3 };
    expect(rate(data, 'partTimeShare').note?.['zh-CN']).toBe('报告所载为 3.3%，按所填数据计算为 3.4%，请核对数据或更正报告文字');
  });

  it('notes a stated rate whose counts are not entered yet, without flagging it', () => {
    const data = caoyang2022();
    // 普陀区年报 1.2: “生均实训实习工位数 0.80 个”, with no workstation count in the report
    data.statedRates = { workstationsPerStudent: 0.8 };
    expect(rate(data, 'workstationsPerStudent')).toMatchObject({ value: null, differs: false });
    expect(rate(data, 'workstationsPerStudent').note).not.toBeNull();
  });

  it('reads the stated precision from the figure (信息技术学校 “升学率达 62.32%”)', () => {
    expect([statedDecimals(62.32), statedDecimals(3.3), statedDecimals(10)]).toEqual([2, 1, 0]);
    const data = caoyang2022();
    data.outcomes = { ...data.outcomes, graduates: 690, matchedEmployment: 634, furtherStudy: 430, directEmployment: 0 };
    data.statedRates = { furtherStudyRate: 62.32, matchedEmploymentRate: 91.9 };
    expect(rate(data, 'furtherStudyRate')).toMatchObject({ value: 62.3, differs: false });
    expect(rate(data, 'matchedEmploymentRate')).toMatchObject({ value: 91.9, differs: false });
  });
});

describe('half-up rounding on exact integers', () => {
  it.each([
    [1, 8, 2, 0.13],
    [1, 40, 2, 0.03],
    [5, 1000, 2, 0.01],
    [4 * 100, 118, 1, 3.4],
    [1, 3, 0, 0],
    [1, 2, 0, 1],
    [0, 7, 1, 0],
  ])('%i ÷ %i to %i decimals = %s', (numerator, denominator, decimals, expected) => {
    expect(roundedQuotient(numerator, denominator, decimals)).toBe(expected);
  });
});
