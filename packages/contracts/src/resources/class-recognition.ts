/**
 * Recognition by rule for a whole class (学分互认, docs/sources.md §9 R4 "decisions by rule for a whole class"; 倡议书 三
 * "学分互认"): the home school picks a closed course and one rule — passed results recognised as a course of its own
 * plan or converted by the published table, failed ones refused with a reason — previews who gets what and why, and
 * applies it at once; students already decided are skipped, and later changes are individual with a reason.
 */
import { z } from 'zod';
import { optionalText, requiredText } from '../common.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** What a class rule does with a passed result; a failed one is always refused with the rule's reason. */
export const CLASS_RULE_OUTCOMES = {
  recognised: l('认定为本校课程', 'Recognise as a course of the home plan'),
  converted: l('按公布的转换表转换', 'Convert by the published table'),
} as const;
export type ClassRuleOutcome = keyof typeof CLASS_RULE_OUTCOMES;
export const CLASS_RULE_OUTCOME_NAMES = Object.keys(CLASS_RULE_OUTCOMES) as [ClassRuleOutcome, ...ClassRuleOutcome[]];

export const CLASS_RULE_ACTIONS = {
  recognised: l('认定为本校课程', 'Recognised'),
  converted: l('按规则转换', 'Converted'),
  refused: l('不予认定', 'Refused'),
  skipped: l('跳过', 'Skipped'),
} as const;
export type ClassRuleAction = keyof typeof CLASS_RULE_ACTIONS;
export const CLASS_RULE_ACTION_NAMES = Object.keys(CLASS_RULE_ACTIONS) as [ClassRuleAction, ...ClassRuleAction[]];

export const ZClassRuleInput = z.object({
  courseId: z.uuid(),
  /** The home school deciding for its own students of the course. */
  homeOrgId: z.uuid(),
  outcome: z.enum(CLASS_RULE_OUTCOME_NAMES),
  /** For `recognised`: the course of the home plan and its credits. */
  ownCourseName: optionalText(100),
  ownCredits: z.number().min(0.5).max(20).multipleOf(0.5).optional(),
  /** The reason written on every refusal of a failed result. */
  refusalReason: requiredText(300),
});
export type TClassRuleInput = z.infer<typeof ZClassRuleInput>;

export const ZClassRuleRow = z.object({
  nominationId: z.string(),
  studentName: z.string(),
  studentNumber: z.string(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  action: z.enum(CLASS_RULE_ACTION_NAMES),
  credits: z.number().nullable(),
  grade: z.string().nullable(),
  /** Why this student gets this action, in words a registrar reads. */
  why: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
});
export type TClassRuleRow = z.infer<typeof ZClassRuleRow>;

export const ZClassRulePlan = z.object({
  course: z.object({ id: z.string(), name: z.string(), credits: z.number() }),
  rows: z.array(ZClassRuleRow),
  counts: z.object({ recognised: z.number(), converted: z.number(), refused: z.number(), skipped: z.number() }),
  /** Set when the plan was applied: how many decisions were written. */
  applied: z.number().nullable(),
});
export type TClassRulePlan = z.infer<typeof ZClassRulePlan>;
