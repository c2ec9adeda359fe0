import type { TStatedTrainingTotals, TTrainingYear } from '@chanjiao/contracts';
import { ZAuthorityData } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { table3 } from '../generation/report-blocks.rules.js';
import { lateYears, trainingCaption, trainingDifferences, trainingTotals } from './training.rules.js';

/**
 * 普陀区年报 表3 “2020-2022 年普陀区在职员工综合素养与学力提升培训情况表”, as printed:
 *   2020  11 家  56 门  4153  94434
 *   2021  10 家  38 门  3787  69973
 *   2022  15 家  110 门  9567  121462
 *   合计        204     17507  285869
 */
const PRINTED: TTrainingYear[] = [
  { year: 2020, baseUnits: 11, trainingCourses: 56, trainingPersonTimes: 4153, trainingHours: 94434 },
  { year: 2021, baseUnits: 10, trainingCourses: 38, trainingPersonTimes: 3787, trainingHours: 69973 },
  { year: 2022, baseUnits: 15, trainingCourses: 110, trainingPersonTimes: 9567, trainingHours: 121462 },
];
const SOURCE = '《普陀区中等职业教育年度质量报告（2023）》表3 合计';
const stated = (figures: Partial<TStatedTrainingTotals>): TStatedTrainingTotals => ({
  baseUnits: null,
  trainingCourses: 204,
  trainingPersonTimes: 17507,
  trainingHours: 285869,
  source: SOURCE,
  ...figures,
});

describe('普陀区年报 表3: the 合计 row is computed from the years', () => {
  it('adds up to 204 门, 17,507 人次 and 285,869 课时, and leaves 参与基地单位 blank as the printed row does', () => {
    expect(trainingTotals(PRINTED)).toEqual({ baseUnits: null, trainingCourses: 204, trainingPersonTimes: 17507, trainingHours: 285869 });
  });

  it('prints the years earliest first under the caption of their span, with the 合计 row', () => {
    const [table] = table3([PRINTED[2]!, PRINTED[0]!, PRINTED[1]!]);
    expect(table).toEqual({
      kind: 'table',
      caption: '表3 2020-2022年在职员工综合素养与学力提升培训情况表',
      header: ['年度', '参与基地单位（家）', '开设培训课程（门）', '培训人次', '培训总课时'],
      labelColumns: 1,
      rows: [
        ['2020', '11', '56', '4,153', '94,434'],
        ['2021', '10', '38', '3,787', '69,973'],
        ['2022', '15', '110', '9,567', '121,462'],
      ],
      totals: ['合计', '', '204', '17,507', '285,869'],
    });
  });

  it('has no table without years and no 合计 for a single year', () => {
    expect(table3([])).toEqual([]);
    expect(table3([PRINTED[2]!])[0]).toMatchObject({ caption: '表3 2022年在职员工综合素养与学力提升培训情况表', totals: null });
    expect(trainingTotals([])).toEqual({ baseUnits: null, trainingCourses: null, trainingPersonTimes: null, trainingHours: null });
  });
});

describe('a stated 合计 against the computed one', () => {
  it.each([
    ['the printed 合计 agrees in every column', stated({}), []],
    ['a misprinted 门 total is flagged', stated({ trainingCourses: 214 }), [['开设培训课程（门）', 214, 204]]],
    ['two columns off are both flagged', stated({ trainingPersonTimes: 17057, trainingHours: 285896 }), [
      ['培训人次', 17057, 17507],
      ['培训总课时', 285896, 285869],
    ]],
    // 36 家 summed over the years would count the same bases again: there is no computed figure to agree with.
    ['a 合计 of the bases is flagged against no computed figure', stated({ baseUnits: 36 }), [['参与基地单位（家）', 36, null]]],
  ] as const)('%s', (_, totals, expected) => {
    const differences = trainingDifferences(PRINTED, totals);
    expect(differences.map((d) => [d.column, d.stated, d.computed])).toEqual(expected);
    for (const d of differences) expect(d).toMatchObject({ table: trainingCaption(PRINTED), source: SOURCE });
  });

  it('checks nothing without a stated 合计 or without years', () => {
    expect(trainingDifferences(PRINTED, null)).toEqual([]);
    expect(trainingDifferences([], stated({ trainingCourses: 1 }))).toEqual([]);
  });
});

describe('what the training table accepts', () => {
  it('takes no year after the report’s own (the 2022 report covers 2020-2022)', () => {
    expect(lateYears(PRINTED, 2022)).toEqual([]);
    expect(lateYears(PRINTED, 2021).map((row) => row.year)).toEqual([2022]);
  });

  it.each([
    ['a fraction of a course', { trainingCourses: 56.5 }, ['training', 'years', 0, 'trainingCourses']],
    ['negative person-times', { trainingPersonTimes: -1 }, ['training', 'years', 0, 'trainingPersonTimes']],
    ['no bases entered', { baseUnits: null }, ['training', 'years', 0, 'baseUnits']],
  ] as const)('refuses %s as a count', (_, change, path) => {
    const result = ZAuthorityData.safeParse({ training: { years: [{ ...PRINTED[0]!, ...change }], stated: null } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(path);
  });

  it('refuses a year entered twice, at the second row', () => {
    const result = ZAuthorityData.safeParse({ training: { years: [PRINTED[0], PRINTED[1], { ...PRINTED[0]! }], stated: null } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path, i.message])).toEqual([[['training', 'years', 2, 'year'], 'i18n:REPORT_TRAINING_YEAR_TWICE']]);
  });
});
