/** A course 曹杨 hosts in 2026-2027-1 with 浦口's students accepted: what attendance, the syllabus and class rules start from. */
import type { TCourseInput, TStudentInput } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import type { TestContext } from '../../../testing/test-app.js';
import { acceptNomination, nominateStudents, offerCourse } from '../courses/courses.service.js';
import type { Alliance } from './alliance.test-support.js';

export const ROBOT_COURSE: TCourseInput = {
  name: '工业机器人编程与调试',
  credits: 2,
  hours: 32,
  term: '2026-2027-1',
  seats: 10,
  mode: 'blended',
  grading: 'score',
  hostTeacher: '王建国',
};

export function classOf(count: number, prefix = '20250101'): TStudentInput[] {
  const names = ['陈思远', '刘雨桐', '赵子涵', '孙浩然', '周欣怡', '吴俊杰'];
  return Array.from({ length: count }, (_, i) => ({
    name: names[i % names.length]!,
    studentNumber: `${prefix}${String(i + 1).padStart(2, '0')}`,
    major: '工业机器人技术应用',
  }));
}

export async function acceptedCourse(ctx: TestContext, a: Alliance, students: TStudentInput[], course: Partial<TCourseInput> = {}) {
  const db = ctx.deps.database.db;
  const offered = await offerCourse(db, SYSTEM_ACTOR, a.bodyId, a.caoyangId, { ...ROBOT_COURSE, ...course });
  const nominations = await nominateStudents(db, SYSTEM_ACTOR, a.bodyId, offered.id, { homeOrgId: a.pukouId, students });
  for (const nomination of nominations) await acceptNomination(db, SYSTEM_ACTOR, a.bodyId, offered.id, nomination.id);
  return { courseId: offered.id, nominationIds: nominations.map((n) => n.id), studentIds: nominations.map((n) => n.studentId) };
}
