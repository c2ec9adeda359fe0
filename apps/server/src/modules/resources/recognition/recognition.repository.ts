/** SQL of credit recognition: the home school's decisions and the results they are made on. */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { resourceCourseNominations, resourceCourses, resourceStudents } from '../courses/courses.table.js';
import { resourceCreditRecognitions } from './recognition.table.js';

export type RecognitionRow = typeof resourceCreditRecognitions.$inferSelect;
export type RecognitionInsert = typeof resourceCreditRecognitions.$inferInsert;

const host = organizationDirectory();

const resultColumns = {
  nomination: resourceCourseNominations,
  course: resourceCourses,
  student: resourceStudents,
  hostName: host.name,
  recognition: resourceCreditRecognitions,
};

function results(db: Executor) {
  return db
    .select(resultColumns)
    .from(resourceCourseNominations)
    .innerJoin(resourceCourses, eq(resourceCourses.id, resourceCourseNominations.courseId))
    .innerJoin(resourceStudents, eq(resourceStudents.id, resourceCourseNominations.studentId))
    .innerJoin(host, eq(host.id, resourceCourses.hostOrgId))
    .leftJoin(resourceCreditRecognitions, eq(resourceCreditRecognitions.nominationId, resourceCourseNominations.id));
}

export type ResultRow = Awaited<ReturnType<typeof findResult>> & object;

/** One nomination of a body's course with its student, course, host and any decision. */
export async function findResult(db: Executor, bodyId: string, nominationId: string) {
  const [row] = await results(db).where(and(eq(resourceCourses.bodyId, bodyId), eq(resourceCourseNominations.id, nominationId)));
  return row;
}

/** The courses a student was accepted to in the body's members, by term. */
export async function resultsOfStudent(db: Executor, bodyId: string, studentId: string) {
  return results(db)
    .where(
      and(
        eq(resourceCourses.bodyId, bodyId),
        eq(resourceCourseNominations.studentId, studentId),
        eq(resourceCourseNominations.status, 'accepted'),
      ),
    )
    .orderBy(asc(resourceCourses.term), asc(resourceCourses.name));
}

/** The accepted nominations of a home school's students in the body's courses. */
export async function resultsOfHome(db: Executor, bodyId: string, homeOrgId: string) {
  return results(db)
    .where(
      and(eq(resourceCourses.bodyId, bodyId), eq(resourceStudents.homeOrgId, homeOrgId), eq(resourceCourseNominations.status, 'accepted')),
    )
    .orderBy(asc(resourceStudents.studentNumber), asc(resourceCourses.term));
}

/** The decision on a nomination, locked so two changes cannot both build on the same version. */
export async function lockRecognition(db: Executor, nominationId: string): Promise<RecognitionRow | undefined> {
  const [row] = await db
    .select()
    .from(resourceCreditRecognitions)
    .where(eq(resourceCreditRecognitions.nominationId, nominationId))
    .for('update');
  return row;
}

export async function insertRecognition(db: Executor, values: RecognitionInsert): Promise<RecognitionRow> {
  const [row] = await db.insert(resourceCreditRecognitions).values(values).returning();
  return row!;
}

export async function updateRecognition(db: Executor, id: string, version: number, values: Partial<RecognitionInsert>) {
  const [row] = await db
    .update(resourceCreditRecognitions)
    .set({ ...values, version: version + 1 })
    .where(and(eq(resourceCreditRecognitions.id, id), eq(resourceCreditRecognitions.version, version)))
    .returning();
  return row;
}
