import { emptyReportData } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { commentableFields, formProblems, missingProblems, partProblems } from './form.rules.js';
import { caoyang2022 } from './report-data.test-support.js';

describe('parts do not exceed wholes (普陀区年报 3.3 and 2.3)', () => {
  it('accepts 曹杨职校 2022 as printed', () => {
    expect(formProblems(caoyang2022())).toEqual([]);
  });

  it.each([
    // 双师型 of 专业教师: “双师型教师 48 人，占专业教师数 81.4%”
    ['teachers', 'dualQualifiedTeachers', 60, ['teachers', 'dualQualifiedTeachers'], '『双师型教师数』（60）不能多于『专业教师数』（59）'],
    // 对口就业 of 毕业生: “毕业生 331 人 … 对口就业 321 人”
    ['outcomes', 'matchedEmployment', 332, ['outcomes', 'matchedEmployment'], '『对口就业人数（含升学）』（332）不能多于『毕业生数』（331）'],
    // 专业教师 + 基础教师 of 专任教师: “在编在岗专任教师 118 人，专业教师 59 人、基础教师 59 人”
    ['teachers', 'foundationTeachers', 60, ['teachers', 'foundationTeachers'], '『专业教师数』与『基础教师数』之和（59 + 60 = 119）不能多于『专任教师数』（118）'],
    ['teachers', 'seniorTitleTeachers', 119, ['teachers', 'seniorTitleTeachers'], '『高级职称教师数』（119）不能多于『专任教师数』（118）'],
    ['structure', 'newIntake', 1283, ['structure', 'newIntake'], '『招收新生数』（1283）不能多于『在校学生数』（1282）'],
  ] as const)('%s.%s = %i → problem at %j', (section, field, value, path, zh) => {
    const data = caoyang2022();
    (data[section] as Record<string, number>)[field] = value;
    const problems = partProblems(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path, message: { 'zh-CN': zh } });
  });

  it('checks 直接就业 + 升学 against 毕业生 (普陀区年报: 电气职校 118 毕业生, 直接就业 89, 升学 26)', () => {
    const data = caoyang2022();
    data.outcomes = { ...data.outcomes, graduates: 118, matchedEmployment: 115, directEmployment: 89, furtherStudy: 26 };
    expect(partProblems(data)).toEqual([]);
    data.outcomes.furtherStudy = 30;
    expect(partProblems(data)[0]?.path).toEqual(['outcomes', 'furtherStudy']);
  });

  it('says nothing about parts nobody entered yet', () => {
    expect(partProblems(emptyReportData())).toEqual([]);
  });
});

describe('what submission requires', () => {
  it('names every missing count and its field', () => {
    const problems = missingProblems(emptyReportData());
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'structure.studentsTotal',
      'structure.staffInPost',
      'structure.majorsSecondary',
      'teachers.fullTimeTeachers',
      'teachers.professionalTeachers',
      'teachers.dualQualifiedTeachers',
      'outcomes.graduates',
      'outcomes.matchedEmployment',
    ]);
    expect(problems[0]!.message).toEqual({ 'zh-CN': '『在校学生数』提交前须填写（没有请填 0）', 'en-US': '“Students enrolled” must be filled in before submission (enter 0 if none)' });
  });

  it('lists the fields a reviewer may comment on', () => {
    const fields = commentableFields(emptyReportData());
    expect(fields.has('teachers.dualQualifiedTeachers')).toBe(true);
    expect(fields.has('facilities.openCentres')).toBe(true);
    expect(fields.has('statedRates.partTimeShare')).toBe(false);
  });
});
