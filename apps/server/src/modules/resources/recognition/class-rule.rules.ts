/**
 * Recognition by rule for a whole class (学分互认, docs/sources.md §9 R4 "decisions by rule for a whole class"; 倡议书 三
 * "学分互认"): one rule — a passed result recognised as a course of the home plan or converted by the published table, a
 * failed one refused with the rule's reason — planned for every student of the course, each with why; a student with a
 * decision already, or without a result, is skipped and keeps what they have.
 */
import {
  type Bilingual,
  type ClassRuleAction,
  RECOGNITION_OUTCOMES,
  type RecognitionOutcome,
  type TClassRuleInput,
  type TConversionRule,
} from '@chanjiao/contracts';
import { resultPasses } from '../courses/courses.rules.js';
import { type CourseResult, type Decision, decide, PERCENT_TO_FIVE_LEVEL } from './recognition.rules.js';

export interface ClassStudent {
  nominationId: string;
  result: CourseResult;
  /** The course is closed and the student has a result. */
  ready: boolean;
  earlier: { outcome: RecognitionOutcome; decidedOn: string } | null;
}

export interface PlannedRow {
  nominationId: string;
  action: ClassRuleAction;
  decision: Decision | null;
  why: Bilingual;
}

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

function resultWords(result: CourseResult): Bilingual {
  if (result.grading === 'pass_fail') return result.passed ? l('合格', 'passed') : l('不合格', 'failed');
  return l(`${result.score} 分`, `${result.score} of 100`);
}

/** The rule is complete: recognising names the home course and its credits. */
export function classRuleProblem(rule: TClassRuleInput): Bilingual | null {
  if (rule.outcome === 'recognised' && (!rule.ownCourseName || rule.ownCredits === undefined)) {
    return l('认定为本校课程须填写本校课程名称和学分', 'recognition names the course of the home plan and its credits');
  }
  return null;
}

function planOne(rule: TClassRuleInput, student: ClassStudent, conversion: TConversionRule): PlannedRow {
  const at = { nominationId: student.nominationId };
  if (student.earlier) {
    const outcome = RECOGNITION_OUTCOMES[student.earlier.outcome];
    return {
      ...at,
      action: 'skipped',
      decision: null,
      why: l(
        `已于 ${student.earlier.decidedOn} 作出认定（${outcome['zh-CN']}），批量规则不改变已作出的认定；如需变更请单独办理并写明原因`,
        `already decided on ${student.earlier.decidedOn} (${outcome['en-US']}); a class rule does not change a decision — change it on its own, with a reason`,
      ),
    };
  }
  if (!student.ready) {
    return { ...at, action: 'skipped', decision: null, why: l('没有课程成绩，暂不能认定', 'no result recorded, nothing to decide on') };
  }
  const words = resultWords(student.result);
  const passes = resultPasses(student.result.grading, student.result);
  const input = passes
    ? { outcome: rule.outcome, ownCourseName: rule.ownCourseName, ownCredits: rule.ownCredits }
    : { outcome: 'refused' as const, reason: rule.refusalReason };
  const outcome = decide(input, student.result, null, conversion);
  if ('problem' in outcome) throw new Error(`class rule planned an impossible decision: ${JSON.stringify(outcome.problem)}`);
  const d = outcome.decision;
  const why: Record<RecognitionOutcome, Bilingual> = {
    recognised: l(
      `成绩 ${words['zh-CN']}，已通过；认定为本校课程《${d.ownCourseName}》${d.credits} 学分，等级 ${d.grade}`,
      `result ${words['en-US']}, passed; recognised as “${d.ownCourseName}” of the home plan, ${d.credits} credits, grade ${d.grade}`,
    ),
    converted: l(
      `成绩 ${words['zh-CN']}，已通过；按《${conversion.name}》转换为 ${d.grade}，计 ${d.credits} 学分`,
      `result ${words['en-US']}, passed; converted by “${conversion.name}” to ${d.grade}, ${d.credits} credits`,
    ),
    refused: l(`成绩 ${words['zh-CN']}，未通过；不予认定：${d.reason}`, `result ${words['en-US']}, not passed; refused: ${d.reason}`),
  };
  return { ...at, action: d.outcome, decision: d, why: why[d.outcome] };
}

/** What the rule does for each student of the class, in the order given. */
export function planClassRule(
  rule: TClassRuleInput,
  students: ClassStudent[],
  conversion: TConversionRule = PERCENT_TO_FIVE_LEVEL,
): PlannedRow[] {
  return students.map((student) => planOne(rule, student, conversion));
}
