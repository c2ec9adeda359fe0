/**
 * Rules of credit mutual recognition (学分互认, docs/sources.md §9 R4; 倡议书 三 "推动课程互选、学分互认"): the home school recognises a
 * passed result as a course of its own plan, converts it by a published rule (a percentage → 五级制 table kept as data),
 * or refuses it with a reason; a decision already made changes only with a reason.
 */
import type { Bilingual, GradingScheme, RecognitionOutcome, TConversionRule } from '@chanjiao/contracts';
import { type Result, resultPasses } from '../courses/courses.rules.js';

/**
 * The published conversion rule: 百分制 to 五级制 (优秀 90–100, 良好 80–89, 中等 70–79, 及格 60–69, 不及格 below 60),
 * the bands most Chinese vocational schools' 学籍管理规定 use; a pass/fail result converts to 合格/不合格.
 */
export const PERCENT_TO_FIVE_LEVEL: TConversionRule = {
  id: 'percent-five-level-2026',
  name: '百分制转五级制（2026）',
  bands: [
    { minScore: 90, grade: '优秀', passes: true },
    { minScore: 80, grade: '良好', passes: true },
    { minScore: 70, grade: '中等', passes: true },
    { minScore: 60, grade: '及格', passes: true },
    { minScore: 0, grade: '不及格', passes: false },
  ],
  passGrade: '合格',
  failGrade: '不合格',
};

export const CONVERSION_RULES: TConversionRule[] = [PERCENT_TO_FIVE_LEVEL];

/** The grade a result converts to: the first band (highest first) whose lowest score the result reaches. */
export function convertedGrade(rule: TConversionRule, grading: GradingScheme, result: Result): string {
  if (grading === 'pass_fail') return result.passed ? rule.passGrade : rule.failGrade;
  const band = rule.bands.find((b) => (result.score ?? 0) >= b.minScore);
  return band?.grade ?? rule.failGrade;
}

export interface DecisionInput {
  outcome: RecognitionOutcome;
  ownCourseName?: string;
  ownCredits?: number;
  reason?: string;
}

export interface CourseResult extends Result {
  grading: GradingScheme;
  credits: number;
}

export interface Decision {
  outcome: RecognitionOutcome;
  ownCourseName: string | null;
  credits: number;
  grade: string | null;
  ruleId: string | null;
  reason: string | null;
}

export type DecisionProblem = { code: 'RESOURCES_RECOGNITION_FAILED_RESULT' } | { code: 'RESOURCES_RECOGNITION_INPUT'; problem: Bilingual };

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/**
 * The decision the home school records, or why it cannot: a failed result can only be refused; recognition names the
 * course of the home plan and its credits; a refusal, and any change of an earlier decision, carries a reason.
 */
export function decide(
  input: DecisionInput,
  result: CourseResult,
  earlier: { outcome: RecognitionOutcome } | null,
  rule: TConversionRule = PERCENT_TO_FIVE_LEVEL,
): { decision: Decision } | { problem: DecisionProblem } {
  const reason = input.reason ?? null;
  if (input.outcome !== 'refused' && !resultPasses(result.grading, result)) {
    return { problem: { code: 'RESOURCES_RECOGNITION_FAILED_RESULT' } };
  }
  const incomplete = (problem: Bilingual) => ({ problem: { code: 'RESOURCES_RECOGNITION_INPUT' as const, problem } });
  if (input.outcome === 'refused' && !reason) return incomplete(l('不予认定须写明原因', 'a refusal needs a reason'));
  if (earlier && !reason) return incomplete(l('变更已作出的认定须写明原因', 'changing a decision needs a reason'));
  if (input.outcome === 'recognised' && (!input.ownCourseName || input.ownCredits === undefined)) {
    return incomplete(l('认定为本校课程须填写本校课程名称和学分', 'recognition names the course of the home plan and its credits'));
  }
  const grade = convertedGrade(rule, result.grading, result);
  switch (input.outcome) {
    case 'recognised':
      return {
        decision: {
          outcome: 'recognised',
          ownCourseName: input.ownCourseName!,
          credits: input.ownCredits!,
          grade,
          ruleId: rule.id,
          reason,
        },
      };
    case 'converted':
      return { decision: { outcome: 'converted', ownCourseName: null, credits: result.credits, grade, ruleId: rule.id, reason } };
    case 'refused':
      return { decision: { outcome: 'refused', ownCourseName: null, credits: 0, grade: null, ruleId: null, reason } };
  }
}

/** A result is decided on once the host has closed the course and the student has a result. */
export function readyForRecognition(courseStatus: string, nominationStatus: string, resultRecordedAt: Date | null): boolean {
  return courseStatus === 'closed' && nominationStatus === 'accepted' && resultRecordedAt !== null;
}
