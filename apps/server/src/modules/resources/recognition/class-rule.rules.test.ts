import type { TClassRuleInput } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { type ClassStudent, classRuleProblem, planClassRule } from './class-rule.rules.js';

// docs/sources.md §9 R4 (倡议书 三 学分互认): "decisions by rule for a whole class, changeable with an audited reason" —
// passed results recognised as course Y or converted by the published table, failed ones refused; decided ones kept.
const convert: TClassRuleInput = {
  courseId: '00000000-0000-4000-8000-000000000001',
  homeOrgId: '00000000-0000-4000-8000-000000000002',
  outcome: 'converted',
  refusalReason: '课程成绩不及格',
};
const recognise: TClassRuleInput = { ...convert, outcome: 'recognised', ownCourseName: '机器人应用技术', ownCredits: 3 };
const scored = (score: number | null, extra: Partial<ClassStudent> = {}): ClassStudent => ({
  nominationId: `n-${score}`,
  result: { grading: 'score', credits: 2, score, passed: null },
  ready: score !== null,
  earlier: null,
  ...extra,
});
const passFail = (passed: boolean): ClassStudent => ({
  nominationId: `p-${passed}`,
  result: { grading: 'pass_fail', credits: 2, score: null, passed },
  ready: true,
  earlier: null,
});

describe('one rule for a whole class', () => {
  it.each([
    [
      'converts 86 by the table',
      convert,
      scored(86),
      'converted',
      2,
      '良好',
      '成绩 86 分，已通过；按《百分制转五级制（2026）》转换为 良好，计 2 学分',
    ],
    [
      'converts exactly 60',
      convert,
      scored(60),
      'converted',
      2,
      '及格',
      '成绩 60 分，已通过；按《百分制转五级制（2026）》转换为 及格，计 2 学分',
    ],
    ['refuses 59.5 with the rule’s reason', convert, scored(59.5), 'refused', 0, null, '成绩 59.5 分，未通过；不予认定：课程成绩不及格'],
    [
      'recognises 92 as the home course',
      recognise,
      scored(92),
      'recognised',
      3,
      '优秀',
      '成绩 92 分，已通过；认定为本校课程《机器人应用技术》3 学分，等级 优秀',
    ],
    ['refuses a fail under a recognising rule', recognise, scored(40), 'refused', 0, null, '成绩 40 分，未通过；不予认定：课程成绩不及格'],
    [
      'converts a pass of a pass/fail course',
      convert,
      passFail(true),
      'converted',
      2,
      '合格',
      '成绩 合格，已通过；按《百分制转五级制（2026）》转换为 合格，计 2 学分',
    ],
    ['refuses a fail of a pass/fail course', convert, passFail(false), 'refused', 0, null, '成绩 不合格，未通过；不予认定：课程成绩不及格'],
    ['skips a student without a result', convert, scored(null), 'skipped', null, null, '没有课程成绩，暂不能认定'],
    [
      'skips a student already decided',
      convert,
      scored(86, { earlier: { outcome: 'recognised', decidedOn: '2027-01-10' } }),
      'skipped',
      null,
      null,
      '已于 2027-01-10 作出认定（认定为本校课程），批量规则不改变已作出的认定；如需变更请单独办理并写明原因',
    ],
  ] as const)('%s', (_name, rule, student, action, credits, grade, why) => {
    const [row] = planClassRule(rule, [student]);
    expect(row).toMatchObject({ action, why: { 'zh-CN': why } });
    expect(row!.decision?.credits ?? null).toBe(credits);
    expect(row!.decision?.grade ?? null).toBe(grade);
  });

  it('needs the home course and its credits to recognise', () => {
    expect(classRuleProblem({ ...recognise, ownCredits: undefined })?.['zh-CN']).toBe('认定为本校课程须填写本校课程名称和学分');
    expect(classRuleProblem(recognise)).toBeNull();
    expect(classRuleProblem(convert)).toBeNull();
  });

  it('uses the published table it is given', () => {
    const table = {
      id: 'two-bands',
      name: '两级制',
      bands: [
        { minScore: 75, grade: '通过', passes: true },
        { minScore: 0, grade: '未通过', passes: false },
      ],
      passGrade: '通过',
      failGrade: '未通过',
    };
    expect(planClassRule(convert, [scored(70)], table)[0]).toMatchObject({ action: 'converted', decision: { grade: '未通过' } });
  });
});
