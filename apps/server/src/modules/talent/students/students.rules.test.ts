import { describe, expect, it } from 'vitest';
import { PERSONAL_DATA_HEADER, seekingWithinStudents, type StudentFigure, sumStudentsBy } from './students.rules.js';

// 《本期聚焦：市域产教联合体》 “建立动态更新的…学生信息清单”; docs/sources.md §9 T1: student information as aggregates only (by major, level, year).
const figures: StudentFigure[] = [
  { majorCode: '460103', majorName: '数控技术', level: '高职专科', graduationYear: 2027, students: 80, seekingPlacement: 30 },
  { majorCode: '460103', majorName: '数控技术', level: '高职专科', graduationYear: 2028, students: 90, seekingPlacement: 10 },
  { majorCode: '660103', majorName: '数控技术应用', level: '中职', graduationYear: 2027, students: 45, seekingPlacement: 45 },
  { majorCode: '470201', majorName: '应用化工技术', level: '高职专科', graduationYear: 2027, students: 45, seekingPlacement: 5 },
];

describe('学生信息清单: counts, summed by major, level and graduation year', () => {
  it.each([
    {
      by: 'major',
      key: (f: StudentFigure) => f.majorName,
      expected: [
        ['数控技术', 170, 40],
        ['数控技术应用', 45, 45],
        ['应用化工技术', 45, 5],
      ],
    },
    {
      by: 'level',
      key: (f: StudentFigure) => f.level,
      expected: [
        ['高职专科', 215, 45],
        ['中职', 45, 45],
      ],
    },
    {
      by: 'year',
      key: (f: StudentFigure) => String(f.graduationYear),
      expected: [
        ['2027', 170, 80],
        ['2028', 90, 10],
      ],
    },
  ])('by $by', ({ key, expected }) => {
    expect(sumStudentsBy(figures, key).map((s) => [s.key, s.students, s.seekingPlacement])).toEqual(expected);
  });

  it.each([
    { students: 30, seekingPlacement: 30, ok: true },
    { students: 30, seekingPlacement: 0, ok: true },
    { students: 30, seekingPlacement: 31, ok: false },
  ])('$seekingPlacement seeking of $students students → $ok', ({ students, seekingPlacement, ok }) => {
    expect(seekingWithinStudents({ students, seekingPlacement })).toBe(ok);
  });
});

// docs/sources.md §9 T1 “aggregates only … no personal data in a list”: an import carrying a person's data is refused.
describe('学生信息清单 import: which headers name personal data', () => {
  it.each([
    ['学生姓名', true],
    ['身份证号', true],
    ['学号', true],
    ['联系电话', true],
    ['家庭住址', true],
    ['出生日期', true],
    ['Student ID', true],
    ['E-mail', true],
    ['学校名称', false],
    ['专业代码', false],
    ['毕业年份', false],
    ['学生人数', false],
    ['有实习就业意向人数', false],
    ['School', false],
    ['Major code', false],
  ])('%s → %s', (header, personal) => {
    expect(PERSONAL_DATA_HEADER.test(header)).toBe(personal);
  });
});
