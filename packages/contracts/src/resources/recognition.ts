/**
 * Credit mutual recognition (学分互认, docs/sources.md §9 R4; 倡议书 三): the home school decides, per student and per closed course
 * result, whether it recognises the credits as a course of its own plan, converts them by a published rule, or refuses
 * them with a reason; a decision changes only with a reason, and every decision is audited. A student's learning
 * record lists the courses taken across members with their credits, grades and the decisions.
 */
import { z } from 'zod';
import { requiredText, optionalText } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { GRADING_SCHEME_NAMES } from './courses.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const RECOGNITION_OUTCOMES = {
  recognised: l('认定为本校课程', 'Recognised as a course of the home plan'),
  converted: l('按规则转换', 'Converted by rule'),
  refused: l('不予认定', 'Refused'),
} as const;
export type RecognitionOutcome = keyof typeof RECOGNITION_OUTCOMES;
export const RECOGNITION_OUTCOME_NAMES = Object.keys(RECOGNITION_OUTCOMES) as [RecognitionOutcome, ...RecognitionOutcome[]];

export const ZRecognitionInput = z.object({
  outcome: z.enum(RECOGNITION_OUTCOME_NAMES),
  /** For `recognised`: the course of the home school's own plan and its credits. */
  ownCourseName: optionalText(100),
  ownCredits: z.number().min(0.5).max(20).multipleOf(0.5).optional(),
  /** Required for `refused`, and for any change of an earlier decision. */
  reason: optionalText(300),
  /** The version of the decision being changed; 0 for the first decision. */
  version: z.number().int().min(0),
});
export type TRecognitionInput = z.infer<typeof ZRecognitionInput>;

export const ZRecognitionParams = z.object({ id: z.uuid(), nominationId: z.uuid() });
export const ZStudentParams = z.object({ id: z.uuid(), studentId: z.uuid() });
export const ZHomeParams = z.object({ id: z.uuid(), orgId: z.uuid() });

export const ZRecognition = z.object({
  outcome: z.enum(RECOGNITION_OUTCOME_NAMES),
  ownCourseName: z.string().nullable(),
  credits: z.number(),
  grade: z.string().nullable(),
  ruleId: z.string().nullable(),
  reason: z.string().nullable(),
  decidedAt: z.string(),
  version: z.number(),
});
export type TRecognition = z.infer<typeof ZRecognition>;

/** One course a student took at another member, its result and the home school's decision. */
export const ZLearningRecordEntry = z.object({
  nominationId: z.string(),
  courseId: z.string(),
  courseName: z.string(),
  host: z.object({ id: z.string(), name: z.string() }),
  term: z.string(),
  credits: z.number(),
  hours: z.number(),
  grading: z.enum(GRADING_SCHEME_NAMES),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  courseClosed: z.boolean(),
  recognition: ZRecognition.nullable(),
});
export type TLearningRecordEntry = z.infer<typeof ZLearningRecordEntry>;

export const ZLearningRecord = z.object({
  student: z.object({
    id: z.string(),
    name: z.string(),
    studentNumber: z.string(),
    major: z.string(),
    home: z.object({ id: z.string(), name: z.string() }),
    isGenerated: z.boolean(),
  }),
  entries: z.array(ZLearningRecordEntry),
  /** Credits the home school has recognised or converted. */
  creditsRecognised: z.number(),
});
export type TLearningRecord = z.infer<typeof ZLearningRecord>;

/** The home school's students with courses at other members, and how many results still wait for a decision. */
export const ZHomeStudents = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      studentNumber: z.string(),
      major: z.string(),
      courses: z.number(),
      awaitingDecision: z.number(),
      creditsRecognised: z.number(),
    }),
  ),
});

/** A published conversion rule as data: the lowest score of each grade, highest first. */
export const ZConversionRule = z.object({
  id: z.string(),
  name: z.string(),
  bands: z.array(z.object({ minScore: z.number(), grade: z.string(), passes: z.boolean() })),
  passGrade: z.string(),
  failGrade: z.string(),
});
export type TConversionRule = z.infer<typeof ZConversionRule>;

export const ZRecognitionReason = requiredText(300);
export type THomeStudents = z.infer<typeof ZHomeStudents>;
