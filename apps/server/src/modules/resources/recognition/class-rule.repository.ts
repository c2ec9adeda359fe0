/** SQL of recognition by rule: a home school's accepted students of one course, with any decision, and the decisions written. */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { resourceCourseNominations, resourceStudents } from '../courses/courses.table.js';
import { resourceCreditRecognitions } from './recognition.table.js';

export async function classOfCourse(db: Executor, courseId: string, homeOrgId: string) {
  return db
    .select({ nomination: resourceCourseNominations, student: resourceStudents, recognition: resourceCreditRecognitions })
    .from(resourceCourseNominations)
    .innerJoin(resourceStudents, eq(resourceStudents.id, resourceCourseNominations.studentId))
    .leftJoin(resourceCreditRecognitions, eq(resourceCreditRecognitions.nominationId, resourceCourseNominations.id))
    .where(
      and(
        eq(resourceCourseNominations.courseId, courseId),
        eq(resourceStudents.homeOrgId, homeOrgId),
        eq(resourceCourseNominations.status, 'accepted'),
      ),
    )
    .orderBy(asc(resourceStudents.studentNumber));
}

/** Writes a first decision unless one was made meanwhile (then nothing is written and undefined returned). */
export async function insertFirstDecision(db: Executor, values: typeof resourceCreditRecognitions.$inferInsert) {
  const [row] = await db
    .insert(resourceCreditRecognitions)
    .values(values)
    .onConflictDoNothing({ target: resourceCreditRecognitions.nominationId })
    .returning();
  return row;
}
