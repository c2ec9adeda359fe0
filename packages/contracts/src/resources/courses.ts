/**
 * Course cross-selection (课程互选, docs/sources.md §9 R3; 倡议书 三 "课程互选、学分互认"): a member unit offers a course to the
 * body's other members, their home schools nominate students, the host accepts up to the seats, records the results
 * by the course's grading scheme and closes the course.
 */
import { z } from 'zod';
import { requiredText, optionalText } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { ZAttendanceSummary } from './attendance.js';
import { COURSE_MODE_NAMES } from './survey.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** How the host grades: a score out of 100 (百分制) or pass/fail (合格/不合格). */
export const GRADING_SCHEMES = {
  score: l('百分制', 'Score 0–100'),
  pass_fail: l('合格/不合格', 'Pass/fail'),
} as const;
export type GradingScheme = keyof typeof GRADING_SCHEMES;
export const GRADING_SCHEME_NAMES = Object.keys(GRADING_SCHEMES) as [GradingScheme, ...GradingScheme[]];

export const COURSE_STATUSES = {
  open: l('接受推荐', 'Taking nominations'),
  closed: l('已结课', 'Closed'),
} as const;
export type CourseStatus = keyof typeof COURSE_STATUSES;

export const NOMINATION_STATUSES = {
  nominated: l('待接收', 'Nominated'),
  accepted: l('已接收', 'Accepted'),
  declined: l('未接收', 'Declined'),
} as const;
export type NominationStatus = keyof typeof NOMINATION_STATUSES;

export const ZCourseInput = z.object({
  name: requiredText(100),
  credits: z.number().min(0.5).max(20).multipleOf(0.5),
  hours: z.number().int().min(1).max(1000),
  /** 学期, e.g. 2026-2027-1. */
  term: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{4}-[12]$/, { message: 'i18n:TERM' }),
  seats: z.number().int().min(1).max(500),
  mode: z.enum(COURSE_MODE_NAMES),
  grading: z.enum(GRADING_SCHEME_NAMES),
  prerequisites: optionalText(500),
  hostTeacher: requiredText(50),
});
export type TCourseInput = z.infer<typeof ZCourseInput>;

/** The host's change of an open course, made on the version it read. */
export const ZCourseUpdate = ZCourseInput.extend({ version: z.number().int().min(1) });
export type TCourseUpdate = z.infer<typeof ZCourseUpdate>;
export const ZCourseChanged = z.object({ id: z.string(), version: z.number() });

export const ZCourseBodyParams = z.object({ id: z.uuid() });
export const ZCourseHostParams = z.object({ id: z.uuid(), orgId: z.uuid() });
export const ZCourseParams = z.object({ id: z.uuid(), courseId: z.uuid() });
export const ZNominationParams = z.object({ id: z.uuid(), courseId: z.uuid(), nominationId: z.uuid() });

export const ZStudentInput = z.object({
  name: requiredText(30),
  /** 学号 of the home school. */
  studentNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{4,20}$/, { message: 'i18n:STUDENT_NUMBER' }),
  major: requiredText(50),
});
export type TStudentInput = z.infer<typeof ZStudentInput>;

export const ZNominationInput = z.object({
  homeOrgId: z.uuid(),
  students: z.array(ZStudentInput).min(1).max(100),
});
export type TNominationInput = z.infer<typeof ZNominationInput>;

/** A score for a 百分制 course, `passed` for a pass/fail one; the service checks which the course asks for. */
export const ZResultInput = z.object({
  score: z.number().min(0).max(100).multipleOf(0.5).optional(),
  passed: z.boolean().optional(),
});
export type TResultInput = z.infer<typeof ZResultInput>;

export const ZDeclineInput = z.object({ reason: requiredText(200) });

const ZOrgRef = z.object({ id: z.string(), name: z.string() });

export const ZCourse = z.object({
  id: z.string(),
  host: ZOrgRef,
  name: z.string(),
  credits: z.number(),
  hours: z.number(),
  term: z.string(),
  seats: z.number(),
  accepted: z.number(),
  nominated: z.number(),
  mode: z.enum(COURSE_MODE_NAMES),
  grading: z.enum(GRADING_SCHEME_NAMES),
  prerequisites: z.string().nullable(),
  hostTeacher: z.string(),
  status: z.enum(['open', 'closed']),
  closedAt: z.string().nullable(),
  isGenerated: z.boolean(),
  /** How many of its students have a result: from the first, the credits, hours, term and grading stand. */
  resultsRecorded: z.number(),
  version: z.number(),
});
export type TCourse = z.infer<typeof ZCourse>;

export const ZCourseList = z.object({
  /** Offered by a unit the user acts for. */
  hosted: z.array(ZCourse),
  /** Offered by another member to a unit the user acts for (or, for the secretariat, all the others). */
  open: z.array(ZCourse),
});

export const ZNomination = z.object({
  id: z.string(),
  home: ZOrgRef,
  /** Masked (张*) unless the reader acts for the home school or the host. */
  studentName: z.string(),
  /** Masked (2026****01) likewise. */
  studentNumber: z.string(),
  major: z.string(),
  studentId: z.string(),
  status: z.enum(['nominated', 'accepted', 'declined']),
  declineReason: z.string().nullable(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  resultRecordedAt: z.string().nullable(),
  revealed: z.boolean(),
  /** The student's attendance so far, to those who see the student whole; null to others. */
  attendance: ZAttendanceSummary.nullable(),
});
export type TNomination = z.infer<typeof ZNomination>;

export const ZCourseDetail = z.object({
  course: ZCourse,
  nominations: z.array(ZNomination),
  /** Home schools the user may nominate for: current members other than the host. */
  nominateFor: z.array(ZOrgRef),
  mayManage: z.boolean(),
});
export type TCourseDetail = z.infer<typeof ZCourseDetail>;

export const ZCourseCreated = z.object({ id: z.string() });
