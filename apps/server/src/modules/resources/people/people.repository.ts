/**
 * SQL of the people the resources module names: students nominated to courses, and teachers named in agreements (by
 * their sending unit) or hosting courses (by the host school).
 */
import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { resourceCourseNominations, resourceCourses, resourceStudents } from '../courses/courses.table.js';
import { learningCredentials } from '../credentials/credentials.table.js';
import { resourceExchangeAgreements } from '../exchange/exchange.table.js';
import { resourceCreditRecognitions } from '../recognition/recognition.table.js';
import { resourcePersonErasures } from './people.table.js';

export type StudentRow = typeof resourceStudents.$inferSelect;
export type AgreementRow = typeof resourceExchangeAgreements.$inferSelect;
export type CourseRow = typeof resourceCourses.$inferSelect;
export type ErasureRow = typeof resourcePersonErasures.$inferSelect;

const host = organizationDirectory();

/** Where the list narrows to some units; 'all' for the secretariat. */
export type OrgFilter = 'all' | string[];

const inOrgs = (column: AnyPgColumn, orgs: OrgFilter) => (orgs === 'all' ? undefined : inArray(column, orgs));

/** Students with a nomination to one of the body's courses, with how many; `q` matches a full name or number only. */
export async function studentsOfBody(db: Executor, bodyId: string, orgs: OrgFilter, q?: string) {
  if (orgs !== 'all' && orgs.length === 0) return [];
  return db
    .select({ student: resourceStudents, records: sql<number>`count(${resourceCourseNominations.id})::int` })
    .from(resourceStudents)
    .innerJoin(resourceCourseNominations, eq(resourceCourseNominations.studentId, resourceStudents.id))
    .innerJoin(resourceCourses, eq(resourceCourses.id, resourceCourseNominations.courseId))
    .where(
      and(
        eq(resourceCourses.bodyId, bodyId),
        inOrgs(resourceStudents.homeOrgId, orgs),
        q ? or(eq(resourceStudents.name, q), eq(resourceStudents.studentNumber, q)) : undefined,
      ),
    )
    .groupBy(resourceStudents.id)
    .orderBy(asc(resourceStudents.homeOrgId), asc(resourceStudents.studentNumber));
}

/** The student, if one of the body's courses had them nominated (another body's students are not found here). */
export async function findStudentOfBody(db: Executor, bodyId: string, studentId: string): Promise<StudentRow | undefined> {
  const [row] = await db
    .select({ student: resourceStudents })
    .from(resourceStudents)
    .innerJoin(resourceCourseNominations, eq(resourceCourseNominations.studentId, resourceStudents.id))
    .innerJoin(resourceCourses, eq(resourceCourses.id, resourceCourseNominations.courseId))
    .where(and(eq(resourceStudents.id, studentId), eq(resourceCourses.bodyId, bodyId)))
    .limit(1);
  return row?.student;
}

export async function lockStudent(db: Executor, studentId: string): Promise<StudentRow> {
  const [row] = await db.select().from(resourceStudents).where(eq(resourceStudents.id, studentId)).for('update');
  return row!;
}

/** Every nomination of the student, in any body (erasure is the person's, not one body's), with course and decision. */
export async function coursesOfStudent(db: Executor, studentId: string, bodyId?: string) {
  return db
    .select({
      nomination: resourceCourseNominations,
      course: resourceCourses,
      hostName: host.name,
      recognition: resourceCreditRecognitions,
    })
    .from(resourceCourseNominations)
    .innerJoin(resourceCourses, eq(resourceCourses.id, resourceCourseNominations.courseId))
    .innerJoin(host, eq(host.id, resourceCourses.hostOrgId))
    .leftJoin(resourceCreditRecognitions, eq(resourceCreditRecognitions.nominationId, resourceCourseNominations.id))
    .where(and(eq(resourceCourseNominations.studentId, studentId), bodyId ? eq(resourceCourses.bodyId, bodyId) : undefined))
    .orderBy(asc(resourceCourses.term), asc(resourceCourses.name));
}

/** The platform's copies of the student's issued learning records, which carry the name (erasure.rules.ts). */
export async function deleteCredentialsOfStudent(db: Executor, studentId: string): Promise<number> {
  const deleted = await db
    .delete(learningCredentials)
    .where(eq(learningCredentials.studentId, studentId))
    .returning({ id: learningCredentials.id });
  return deleted.length;
}

export async function pseudonymiseStudent(db: Executor, studentId: string, pseudonym: string) {
  await db.update(resourceStudents).set({ name: pseudonym, studentNumber: pseudonym, major: '' }).where(eq(resourceStudents.id, studentId));
}

/** A result no credit rests on: cleared, and a nomination to a course still open is withdrawn. */
export async function eraseResult(db: Executor, nominationId: string, withdraw: boolean) {
  await db
    .update(resourceCourseNominations)
    .set({
      score: null,
      passed: null,
      resultRecordedAt: null,
      ...(withdraw ? { status: 'declined', declineReason: '本人申请删除个人信息，推荐撤回' } : {}),
    })
    .where(eq(resourceCourseNominations.id, nominationId));
}

export async function eraseRecognitionReason(db: Executor, recognitionId: string) {
  await db.update(resourceCreditRecognitions).set({ reason: null }).where(eq(resourceCreditRecognitions.id, recognitionId));
}

/** The body's teacher agreements naming a teacher, oldest first (the first one's id names the teacher). */
export async function teacherAgreements(db: Executor, bodyId: string, orgs: OrgFilter, q?: string): Promise<AgreementRow[]> {
  if (orgs !== 'all' && orgs.length === 0) return [];
  return db
    .select()
    .from(resourceExchangeAgreements)
    .where(
      and(
        eq(resourceExchangeAgreements.bodyId, bodyId),
        eq(resourceExchangeAgreements.kind, 'teacher'),
        isNotNull(resourceExchangeAgreements.teacherName),
        inOrgs(resourceExchangeAgreements.senderOrgId, orgs),
        q ? or(eq(resourceExchangeAgreements.teacherName, q), eq(resourceExchangeAgreements.teacherPhone, q)) : undefined,
      ),
    )
    .orderBy(asc(resourceExchangeAgreements.createdAt), asc(resourceExchangeAgreements.id));
}

export async function findTeacherAgreement(
  db: Executor,
  bodyId: string,
  agreementId: string,
  lock = false,
): Promise<AgreementRow | undefined> {
  const query = db
    .select()
    .from(resourceExchangeAgreements)
    .where(
      and(
        eq(resourceExchangeAgreements.bodyId, bodyId),
        eq(resourceExchangeAgreements.id, agreementId),
        eq(resourceExchangeAgreements.kind, 'teacher'),
        isNotNull(resourceExchangeAgreements.teacherName),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Locks the record whose id names a teacher: their earliest agreement, or the earliest course they host. */
export async function lockTeacherAnchor(db: Executor, bodyId: string, recordId: string) {
  return (await findTeacherAgreement(db, bodyId, recordId, true)) ?? (await findHostedCourse(db, bodyId, recordId, true));
}

/** The agreements one sending unit made naming one teacher, in the body. */
export async function agreementsOfTeacher(db: Executor, bodyId: string, senderOrgId: string, teacherName: string) {
  return db
    .select()
    .from(resourceExchangeAgreements)
    .where(
      and(
        eq(resourceExchangeAgreements.bodyId, bodyId),
        eq(resourceExchangeAgreements.kind, 'teacher'),
        eq(resourceExchangeAgreements.senderOrgId, senderOrgId),
        eq(resourceExchangeAgreements.teacherName, teacherName),
      ),
    )
    .orderBy(asc(resourceExchangeAgreements.startsOn));
}

/** Name and phone go, and the free text that may judge the person; dates, hours and scores stay. */
export async function pseudonymiseAgreements(db: Executor, ids: string[], pseudonym: string) {
  if (ids.length === 0) return;
  await db
    .update(resourceExchangeAgreements)
    .set({
      teacherName: pseudonym,
      teacherPhone: null,
      completionNote: null,
      senderComment: sql`case when ${resourceExchangeAgreements.senderComment} is null then null else '' end`,
      receiverComment: sql`case when ${resourceExchangeAgreements.receiverComment} is null then null else '' end`,
      version: sql`${resourceExchangeAgreements.version} + 1`,
    })
    .where(inArray(resourceExchangeAgreements.id, ids));
}

/** The body's courses of the units, oldest first: each names its host teacher. */
export async function hostedCourses(db: Executor, bodyId: string, orgs: OrgFilter): Promise<CourseRow[]> {
  if (orgs !== 'all' && orgs.length === 0) return [];
  return db
    .select()
    .from(resourceCourses)
    .where(and(eq(resourceCourses.bodyId, bodyId), inOrgs(resourceCourses.hostOrgId, orgs)))
    .orderBy(asc(resourceCourses.createdAt), asc(resourceCourses.id));
}

export async function findHostedCourse(db: Executor, bodyId: string, courseId: string, lock = false): Promise<CourseRow | undefined> {
  const query = db
    .select()
    .from(resourceCourses)
    .where(and(eq(resourceCourses.bodyId, bodyId), eq(resourceCourses.id, courseId)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The courses one host school offers in the body with one teacher named as their host. */
export async function coursesOfTeacher(db: Executor, bodyId: string, hostOrgId: string, teacherName: string): Promise<CourseRow[]> {
  return db
    .select()
    .from(resourceCourses)
    .where(and(eq(resourceCourses.bodyId, bodyId), eq(resourceCourses.hostOrgId, hostOrgId), eq(resourceCourses.hostTeacher, teacherName)))
    .orderBy(asc(resourceCourses.createdAt), asc(resourceCourses.id));
}

/** The course stays (its students' results and credits rest on it); only the host teacher's name goes. */
export async function pseudonymiseHostTeacher(db: Executor, courseIds: string[], pseudonym: string) {
  if (courseIds.length === 0) return;
  await db.update(resourceCourses).set({ hostTeacher: pseudonym }).where(inArray(resourceCourses.id, courseIds));
}

export async function findErasure(db: Executor, kind: string, personId: string): Promise<ErasureRow | undefined> {
  const [row] = await db
    .select()
    .from(resourcePersonErasures)
    .where(and(eq(resourcePersonErasures.kind, kind), eq(resourcePersonErasures.personId, personId)));
  return row;
}

export async function erasuresOf(db: Executor, personIds: string[]): Promise<ErasureRow[]> {
  if (personIds.length === 0) return [];
  return db.select().from(resourcePersonErasures).where(inArray(resourcePersonErasures.personId, personIds));
}

export async function insertErasure(db: Executor, values: typeof resourcePersonErasures.$inferInsert): Promise<ErasureRow> {
  const [row] = await db.insert(resourcePersonErasures).values(values).returning();
  return row!;
}

/** Audit entries about the person: on them or their records by id, or naming the student in their details. */
export async function auditEntriesAbout(db: Executor, entityIds: string[], studentId: string | null) {
  return db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      actorUsername: auditLog.actorUsername,
      outcome: auditLog.outcome,
    })
    .from(auditLog)
    .where(
      or(
        entityIds.length > 0 ? inArray(auditLog.entityId, entityIds) : undefined,
        studentId ? sql`${auditLog.details}->>'studentId' = ${studentId}` : undefined,
      ),
    )
    .orderBy(asc(auditLog.id));
}
