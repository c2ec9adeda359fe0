/**
 * Attendance of a cross-selected course (课程互选 考勤, docs/sources.md §9 R3; 倡议书 三 "课程互选"): the host records each
 * session of the course, dated within the course's term, and marks every accepted student 出勤/迟到/请假/缺勤; each
 * student's attendance rate is shown beside the result, and the published threshold warns when a result is recorded
 * for a student below it.
 */
import { z } from 'zod';
import { optionalText, ZIsoDate } from '../common.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const ATTENDANCE_MARKS = {
  present: l('出勤', 'Present'),
  late: l('迟到', 'Late'),
  leave: l('请假', 'On leave'),
  absent: l('缺勤', 'Absent'),
} as const;
export type AttendanceMark = keyof typeof ATTENDANCE_MARKS;
export const ATTENDANCE_MARK_NAMES = Object.keys(ATTENDANCE_MARKS) as [AttendanceMark, ...AttendanceMark[]];

export const ZSessionInput = z.object({
  /** 上课日期, within the course's term. */
  sessionOn: ZIsoDate,
  topic: optionalText(100),
});
export type TSessionInput = z.infer<typeof ZSessionInput>;

export const ZSessionParams = z.object({ id: z.uuid(), courseId: z.uuid(), sessionId: z.uuid() });

export const ZCourseAttendanceInput = z.object({
  marks: z
    .array(z.object({ nominationId: z.uuid(), mark: z.enum(ATTENDANCE_MARK_NAMES) }))
    .min(1)
    .max(500),
});
export type TCourseAttendanceInput = z.infer<typeof ZCourseAttendanceInput>;

/** A student's attendance so far: sessions marked, sessions attended (出勤 or 迟到), the rate and the threshold. */
export const ZAttendanceSummary = z.object({
  marked: z.number(),
  attended: z.number(),
  /** attended ÷ marked, 0–1; null before any session is marked. */
  rate: z.number().nullable(),
  /** "83.3%" */
  display: z.string().nullable(),
  belowThreshold: z.boolean(),
});
export type TAttendanceSummary = z.infer<typeof ZAttendanceSummary>;

export const ZAttendanceRule = z.object({
  id: z.string(),
  name: z.string(),
  /** The lowest share of sessions attended at which a result is recorded without a warning (2/3). */
  minShare: z.object({ numerator: z.number().int().min(0), denominator: z.number().int().min(1) }),
  /** Which marks count as attended. */
  attendedMarks: z.array(z.enum(ATTENDANCE_MARK_NAMES)),
  source: z.string(),
});
export type TAttendanceRule = z.infer<typeof ZAttendanceRule>;

export const ZAttendanceSheet = z.object({
  rule: ZAttendanceRule,
  /** The first and last day of the course's term: the dates a session may take. */
  term: z.object({ from: z.string(), to: z.string() }),
  sessions: z.array(z.object({ id: z.string(), sessionOn: z.string(), topic: z.string().nullable(), marked: z.number() })),
  students: z.array(
    z.object({
      nominationId: z.string(),
      studentName: z.string(),
      studentNumber: z.string(),
      home: z.object({ id: z.string(), name: z.string() }),
      marks: z.array(z.object({ sessionId: z.string(), mark: z.enum(ATTENDANCE_MARK_NAMES) })),
      summary: ZAttendanceSummary,
    }),
  ),
});
export type TAttendanceSheet = z.infer<typeof ZAttendanceSheet>;

export const ZSessionCreated = z.object({ id: z.string() });

/** A recorded result, with the warning of the attendance rule when the student's rate is below its threshold. */
export const ZResultRecorded = z.object({
  ok: z.literal(true),
  attendanceWarning: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }).nullable(),
});

/** One version of a course's syllabus; an upload adds a version and keeps the ones before. */
export const ZSyllabusVersion = z.object({
  version: z.number(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  current: z.boolean(),
});
export type TSyllabusVersion = z.infer<typeof ZSyllabusVersion>;
export const ZSyllabusList = z.object({ items: z.array(ZSyllabusVersion) });
export const ZSyllabusParams = z.object({ id: z.uuid(), courseId: z.uuid(), version: z.coerce.number().int().min(1) });
