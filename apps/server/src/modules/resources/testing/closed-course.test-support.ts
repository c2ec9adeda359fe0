/** A course 曹杨 hosted for 浦口's students, with results recorded and closed: what the home school decides on. */
import type { TCourseInput, TStudentInput } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import type { TestContext } from '../../../testing/test-app.js';
import { acceptNomination, closeCourse, nominateStudents, offerCourse, recordResult } from '../courses/courses.service.js';
import type { Alliance } from './alliance.test-support.js';

/** 曹杨's numerical-control course scored in points, the course the recognition and learning-record tests decide on. */
export const MACHINING_COURSE: TCourseInput = {
  name: '数控加工工艺',
  credits: 2,
  hours: 32,
  term: '2026-2027-1',
  seats: 10,
  mode: 'offline',
  grading: 'score',
  hostTeacher: '李华',
};

export async function closedCourse(
  ctx: TestContext,
  a: Alliance,
  course: TCourseInput,
  students: (TStudentInput & { score?: number; passed?: boolean })[],
) {
  const db = ctx.deps.database.db;
  const now = ctx.deps.clock.now();
  const offered = await offerCourse(db, SYSTEM_ACTOR, a.bodyId, a.caoyangId, course);
  const nominations = await nominateStudents(db, SYSTEM_ACTOR, a.bodyId, offered.id, {
    homeOrgId: a.pukouId,
    students: students.map(({ name, studentNumber, major }) => ({ name, studentNumber, major })),
  });
  for (const [i, nomination] of nominations.entries()) {
    await acceptNomination(db, SYSTEM_ACTOR, a.bodyId, offered.id, nomination.id);
    const { score, passed } = students[i]!;
    await recordResult(db, SYSTEM_ACTOR, now, { bodyId: a.bodyId, courseId: offered.id, nominationId: nomination.id }, { score, passed });
  }
  await closeCourse(db, SYSTEM_ACTOR, now, a.bodyId, offered.id);
  return { courseId: offered.id, nominationIds: nominations.map((n) => n.id), studentIds: nominations.map((n) => n.studentId) };
}
