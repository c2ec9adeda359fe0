/**
 * Use cases of a course's attendance (课程互选 考勤, docs/sources.md §9 R3): the host adds the course's sessions within its
 * term and marks its accepted students at each; every change is audited with what it was before. Each student's
 * summary against the published rule is read by the course page and by the recording of a result.
 */
import type { AttendanceMark, TCourseAttendanceInput, TAttendanceSheet, TAttendanceSummary, TSessionInput } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import * as courses from '../courses/courses.repository.js';
import { courseAllows } from '../courses/courses.rules.js';
import * as repo from './attendance.repository.js';
import { ATTENDANCE_RULE, attendanceSummary, sessionOutsideTerm, termSpan } from './attendance.rules.js';

export const SESSION_ENTITY = bilingual('课次', 'course session');
const RECORD_ATTENDANCE = bilingual('登记考勤', 'have attendance recorded');

async function requireOpenCourse(db: Executor, bodyId: string, courseId: string) {
  const course = await courses.findCourse(db, bodyId, courseId);
  if (!course) throw notFound(bilingual('互选课程', 'cross-selected course'));
  return course;
}

function assertOpen(course: courses.CourseRow) {
  if (!courseAllows(course.status as 'open' | 'closed', 'result')) {
    throw new DomainError('RESOURCES_COURSE_CLOSED', { course: course.name, action: RECORD_ATTENDANCE });
  }
}

/** Each nomination's summary from its marks; a nomination without marks has none marked. */
export async function attendanceSummaries(db: Executor, nominationIds: string[]): Promise<Map<string, TAttendanceSummary>> {
  const marks = await repo.marksOfNominations(db, nominationIds);
  return new Map(
    nominationIds.map((id) => [id, attendanceSummary(marks.filter((m) => m.nominationId === id).map((m) => m.mark as AttendanceMark))]),
  );
}

export async function addSession(db: Executor, actor: Actor, bodyId: string, courseId: string, input: TSessionInput) {
  await requireOpenCourse(db, bodyId, courseId);
  return db.transaction(async (tx) => {
    const course = await courses.lockCourse(tx, courseId);
    assertOpen(course);
    const outside = sessionOutsideTerm(course.term, input.sessionOn);
    if (outside) throw new DomainError('RESOURCES_SESSION_OUTSIDE_TERM', { date: input.sessionOn, term: course.term, ...outside });
    const session = await repo.insertSession(tx, { courseId, sessionOn: input.sessionOn, topic: input.topic ?? null });
    if (!session) throw new DomainError('RESOURCES_SESSION_EXISTS', { date: input.sessionOn });
    await recordAudit(tx, actor, {
      action: 'resources.attendance.session',
      entityType: 'resource_course',
      entityId: courseId,
      details: { bodyId, sessionId: session.id, sessionOn: session.sessionOn, topic: session.topic },
    });
    return session;
  });
}

/** The host marks the accepted students at one session; a mark already set is replaced and the change audited. */
export async function recordAttendance(
  db: Executor,
  actor: Actor,
  now: Date,
  at: { bodyId: string; courseId: string; sessionId: string },
  input: TCourseAttendanceInput,
) {
  await requireOpenCourse(db, at.bodyId, at.courseId);
  await db.transaction(async (tx) => {
    const course = await courses.lockCourse(tx, at.courseId);
    assertOpen(course);
    const session = await repo.findSession(tx, at.courseId, at.sessionId);
    if (!session) throw notFound(SESSION_ENTITY);
    const nominations = await courses.nominationsOfCourse(tx, at.courseId);
    const accepted = new Map(nominations.filter((n) => n.nomination.status === 'accepted').map((n) => [n.nomination.id, n]));
    const strangers = input.marks.filter((m) => !accepted.has(m.nominationId)).map((m) => m.nominationId);
    if (strangers.length > 0) throw new DomainError('RESOURCES_ATTENDANCE_NOT_ACCEPTED', { ids: [...new Set(strangers)].join('、') });
    const before = new Map((await repo.marksOfSession(tx, session.id)).map((m) => [m.nominationId, m.mark]));
    const changes = input.marks
      .filter((m) => before.get(m.nominationId) !== m.mark)
      .map((m) => ({
        nominationId: m.nominationId,
        studentId: accepted.get(m.nominationId)!.student.id,
        from: before.get(m.nominationId) ?? null,
        to: m.mark,
      }));
    if (changes.length === 0) return;
    await repo.upsertMarks(
      tx,
      session.id,
      changes.map((c) => ({ nominationId: c.nominationId, mark: c.to })),
      now,
    );
    await recordAudit(tx, actor, {
      action: changes.some((c) => c.from !== null) ? 'resources.attendance.change' : 'resources.attendance.record',
      entityType: 'resource_course_session',
      entityId: session.id,
      details: { bodyId: at.bodyId, courseId: at.courseId, sessionOn: session.sessionOn, changes },
    });
  });
}

/** The host's sheet: the sessions, and each accepted student's marks and summary. */
export async function attendanceSheet(db: Executor, bodyId: string, courseId: string): Promise<TAttendanceSheet> {
  const course = await requireOpenCourse(db, bodyId, courseId);
  const [sessions, marks, nominations] = await Promise.all([
    repo.sessionsOfCourse(db, courseId),
    repo.marksOfCourse(db, courseId),
    courses.nominationsOfCourse(db, courseId),
  ]);
  const accepted = nominations.filter((n) => n.nomination.status === 'accepted');
  return {
    rule: ATTENDANCE_RULE,
    term: termSpan(course.term),
    sessions: sessions.map((s) => ({
      id: s.id,
      sessionOn: s.sessionOn,
      topic: s.topic,
      marked: marks.filter((m) => m.sessionId === s.id).length,
    })),
    students: accepted.map((n) => {
      const own = marks.filter((m) => m.nominationId === n.nomination.id);
      return {
        nominationId: n.nomination.id,
        studentName: n.student.name,
        studentNumber: n.student.studentNumber,
        home: { id: n.student.homeOrgId, name: n.homeName },
        marks: own.map((m) => ({ sessionId: m.sessionId, mark: m.mark as AttendanceMark })),
        summary: attendanceSummary(own.map((m) => m.mark as AttendanceMark)),
      };
    }),
  };
}
