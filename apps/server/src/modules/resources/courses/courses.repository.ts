/** SQL of course cross-selection: courses, the students nominated to them and their results. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { resourceCourseNominations, resourceCourses, resourceStudents } from './courses.table.js';

export type CourseRow = typeof resourceCourses.$inferSelect;
export type CourseInsert = typeof resourceCourses.$inferInsert;
export type StudentRow = typeof resourceStudents.$inferSelect;
export type StudentInsert = typeof resourceStudents.$inferInsert;
export type NominationRow = typeof resourceCourseNominations.$inferSelect;
export type NominationInsert = typeof resourceCourseNominations.$inferInsert;

const org = organizationDirectory();

export async function insertCourse(db: Executor, values: CourseInsert): Promise<CourseRow> {
  const [row] = await db.insert(resourceCourses).values(values).returning();
  return row!;
}

export async function findCourse(db: Executor, bodyId: string, courseId: string): Promise<CourseRow | undefined> {
  const [row] = await db
    .select()
    .from(resourceCourses)
    .where(and(eq(resourceCourses.bodyId, bodyId), eq(resourceCourses.id, courseId)));
  return row;
}

/** Serialises the host's acceptances of one course, so two accepts cannot both take the last seat. */
export async function lockCourse(db: Executor, courseId: string): Promise<CourseRow> {
  const [row] = await db.select().from(resourceCourses).where(eq(resourceCourses.id, courseId)).for('update');
  return row!;
}

const acceptedCount = sql<number>`(count(${resourceCourseNominations.id}) filter (where ${resourceCourseNominations.status} = 'accepted'))::int`;

/** The body's courses, newest term first, with the host's name and how many students are nominated and accepted. */
export async function listCourses(db: Executor, bodyId: string) {
  return db
    .select({
      course: resourceCourses,
      hostName: org.name,
      accepted: acceptedCount,
      nominated: sql<number>`count(${resourceCourseNominations.id})::int`,
      resultsRecorded: sql<number>`(count(${resourceCourseNominations.id}) filter (where ${resourceCourseNominations.resultRecordedAt} is not null))::int`,
    })
    .from(resourceCourses)
    .innerJoin(org, eq(org.id, resourceCourses.hostOrgId))
    .leftJoin(resourceCourseNominations, eq(resourceCourseNominations.courseId, resourceCourses.id))
    .where(eq(resourceCourses.bodyId, bodyId))
    .groupBy(resourceCourses.id, org.name)
    .orderBy(desc(resourceCourses.term), asc(resourceCourses.name));
}

/** The host's change, made only on the version it was read at; undefined when someone changed the course in between. */
export async function updateCourse(db: Executor, courseId: string, version: number, values: Partial<CourseInsert>) {
  const [row] = await db
    .update(resourceCourses)
    .set({ ...values, version: sql`${resourceCourses.version} + 1` })
    .where(and(eq(resourceCourses.id, courseId), eq(resourceCourses.version, version)))
    .returning();
  return row;
}

/** How many of the course's students have a result recorded. */
export async function countResults(db: Executor, courseId: string): Promise<number> {
  const [row] = await db
    .select({ recorded: sql<number>`count(*)::int` })
    .from(resourceCourseNominations)
    .where(and(eq(resourceCourseNominations.courseId, courseId), sql`${resourceCourseNominations.resultRecordedAt} is not null`));
  return row?.recorded ?? 0;
}

export async function countAccepted(db: Executor, courseId: string): Promise<number> {
  const [row] = await db
    .select({ accepted: acceptedCount })
    .from(resourceCourseNominations)
    .where(eq(resourceCourseNominations.courseId, courseId));
  return row?.accepted ?? 0;
}

export async function closeCourse(db: Executor, courseId: string, at: Date) {
  await db.update(resourceCourses).set({ status: 'closed', closedAt: at }).where(eq(resourceCourses.id, courseId));
}

/** The home school's students by number, created or brought up to date (name, major) from the nomination. */
export async function upsertStudents(db: Executor, values: StudentInsert[]): Promise<StudentRow[]> {
  return db
    .insert(resourceStudents)
    .values(values)
    .onConflictDoUpdate({
      target: [resourceStudents.homeOrgId, resourceStudents.studentNumber],
      set: { name: sql`excluded.name`, major: sql`excluded.major` },
    })
    .returning();
}

export async function findStudent(db: Executor, studentId: string): Promise<StudentRow | undefined> {
  const [row] = await db.select().from(resourceStudents).where(eq(resourceStudents.id, studentId));
  return row;
}

export async function studentsOfHome(db: Executor, homeOrgId: string): Promise<StudentRow[]> {
  return db.select().from(resourceStudents).where(eq(resourceStudents.homeOrgId, homeOrgId)).orderBy(asc(resourceStudents.studentNumber));
}

export async function nominatedStudentIds(db: Executor, courseId: string, studentIds: string[]): Promise<string[]> {
  if (studentIds.length === 0) return [];
  const rows = await db
    .select({ studentId: resourceCourseNominations.studentId })
    .from(resourceCourseNominations)
    .where(and(eq(resourceCourseNominations.courseId, courseId), inArray(resourceCourseNominations.studentId, studentIds)));
  return rows.map((r) => r.studentId);
}

export async function insertNominations(db: Executor, values: NominationInsert[]): Promise<NominationRow[]> {
  return db.insert(resourceCourseNominations).values(values).returning();
}

const nominationColumns = {
  nomination: resourceCourseNominations,
  student: resourceStudents,
  homeName: org.name,
};

/** A course's nominations with the student and the home school's name, by school then student number. */
export async function nominationsOfCourse(db: Executor, courseId: string) {
  return db
    .select(nominationColumns)
    .from(resourceCourseNominations)
    .innerJoin(resourceStudents, eq(resourceStudents.id, resourceCourseNominations.studentId))
    .innerJoin(org, eq(org.id, resourceStudents.homeOrgId))
    .where(eq(resourceCourseNominations.courseId, courseId))
    .orderBy(asc(org.name), asc(resourceStudents.studentNumber));
}

export async function findNomination(db: Executor, courseId: string, nominationId: string) {
  const [row] = await db
    .select(nominationColumns)
    .from(resourceCourseNominations)
    .innerJoin(resourceStudents, eq(resourceStudents.id, resourceCourseNominations.studentId))
    .innerJoin(org, eq(org.id, resourceStudents.homeOrgId))
    .where(and(eq(resourceCourseNominations.courseId, courseId), eq(resourceCourseNominations.id, nominationId)));
  return row;
}

export async function updateNomination(db: Executor, nominationId: string, values: Partial<NominationInsert>) {
  const [row] = await db.update(resourceCourseNominations).set(values).where(eq(resourceCourseNominations.id, nominationId)).returning();
  return row!;
}
