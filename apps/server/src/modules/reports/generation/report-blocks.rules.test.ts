import { emptyReportData } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { caoyang2022 } from '../data/report-data.test-support.js';
import { computeRates } from '../data/rates.rules.js';
import {
  columnTotals,
  outcomesText,
  statedDifferences,
  structureText,
  table1,
  teachersText,
  totalDifferences,
  type UnitData,
} from './report-blocks.rules.js';

/** 普陀区年报 表1 as printed: [学校, 中职专业, 中高职贯通, 中本贯通, 学生人数, 教职员工数]. */
const PRINTED: [string, number, number, number, number, number][] = [
  ['上海市曹杨职业技术学校', 8, 3, 0, 1282, 141],
  ['上海信息技术学校', 16, 2, 1, 2480, 280],
  ['上海市经济管理学校', 10, 10, 2, 1872, 139],
  ['上海市贸易学校', 12, 8, 2, 794, 176],
  ['上海商业会计学校', 11, 9, 4, 1117, 312],
  ['上海电气职业技术学校', 3, 0, 0, 571, 39],
];

const units: UnitData[] = PRINTED.map(([name, a, b, c, students, staff]) => {
  const data = emptyReportData();
  data.structure = {
    ...data.structure,
    majorsSecondary: a,
    majorsThroughHigher: b,
    majorsThroughBachelor: c,
    studentsTotal: students,
    staffInPost: staff,
  };
  return { name, address: null, data };
});

describe('普陀区年报 表1 办学情况表: the 合计 row is computed from the rows', () => {
  it('adds up to 60/32/9 majors (the report prints 58/29/7), 8,116 students and 1,087 staff', () => {
    const table = table1(units, 2022);
    // Unnumbered: the generator numbers the report's tables in reading order (table-numbering.rules.ts).
    expect(table).toMatchObject({ kind: 'table', caption: '2022年办学情况表' });
    if (table.kind !== 'table') throw new Error('not a table');
    expect(table.totals).toEqual(['合计', '', '60', '32', '9', '8,116', '1,087']);
    expect(table.rows[0]).toEqual(['上海市曹杨职业技术学校', '—', '8', '3', '0', '1,282', '141']);
  });

  it('“在校学生8,116人，在编在岗教职工1,087人” (1.1 结构规模)', () => {
    expect(structureText(units)).toBe('6所学校在校学生8,116人，在编在岗教职工1,087人。');
  });

  it('flags the printed 合计 of 58/29/7 majors against the computed 60/32/9; students and staff agree', () => {
    const source = '《普陀区中等职业教育年度质量报告（2023）》表1 合计';
    expect(
      totalDifferences(units, '2022年办学情况表', { totals: [58, 29, 7, 8116, 1087], source }).map((d) => [d.column, d.stated, d.computed]),
    ).toEqual([
      ['中职专业（个）', 58, 60],
      ['中高职贯通（个）', 29, 32],
      ['中本贯通（个）', 7, 9],
    ]);
  });

  it.each([
    // The six schools of 表1: the printed 合计 is checked, three columns differ.
    [6, 6, 3],
    // Five approved, 曹杨职校 still in review: the 合计 of all six is not set against five (it would flag 58 vs 52).
    [5, 6, 0],
    [0, 6, 0],
  ])('with %i of %i schools in the report, flags %i columns of the printed 合计', (included, inCycle, flagged) => {
    const stated = { totals: [58, 29, 7, 8116, 1087], source: '《普陀区中等职业教育年度质量报告（2023）》表1 合计' };
    expect(statedDifferences(units.slice(0, included), '2022年办学情况表', stated, inCycle)).toHaveLength(flagged);
    expect(statedDifferences(units.slice(0, included), '2022年办学情况表', null, inCycle)).toEqual([]);
  });

  it('sums only what was entered and leaves a column nobody entered empty', () => {
    expect(
      columnTotals([
        [1, null],
        [2, null],
      ]),
    ).toEqual([3, null]);
    expect(table1([units[0]!], 2022)).toMatchObject({ totals: null });
  });
});

describe('the sentences of 3.3 and 2.3, bound to 曹杨职校’s data', () => {
  const data = caoyang2022();
  const rates = computeRates(data);
  it('teachers', () => {
    expect(teachersText(data, rates)).toBe(
      '专任教师118人，专业教师59人、基础教师59人，生师比10.9:1，高级职称教师31人，占专任教师数26.3%，双师型教师48人，占专业教师数81.4%，兼职教师4人，占专任教师3.4%。',
    );
  });
  it('graduates', () => {
    expect(outcomesText(data, rates)).toBe('毕业生331人，对口就业（含升学）321人，对口就业率97.0%，直接就业140人，直接就业率42.3%。');
  });
  it('says nothing without figures', () => {
    const empty = emptyReportData();
    expect(outcomesText(empty, computeRates(empty))).toBeNull();
  });
});
