/** SQL of a course's sessions and its students' attendance marks. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { resourceAttendanceMarks, resourceCourseSessions } from './attendance.table.js';

export type SessionRow = typeof resourceCourseSessions.$inferSelect;
export type MarkRow = typeof resourceAttendanceMarks.$inferSelect;

export async function insertSession(db: Executor, values: typeof resourceCourseSessions.$inferInsert): Promise<SessionRow | undefined> {
  const [row] = await db.insert(resourceCourseSessions).values(values).onConflictDoNothing().returning();
  return row;
}

export async function sessionsOfCourse(db: Executor, courseId: string): Promise<SessionRow[]> {
  return db
    .select()
    .from(resourceCourseSessions)
    .where(eq(resourceCourseSessions.courseId, courseId))
    .orderBy(asc(resourceCourseSessions.sessionOn));
}

export async function findSession(db: Executor, courseId: string, sessionId: string): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(resourceCourseSessions)
    .where(and(eq(resourceCourseSessions.courseId, courseId), eq(resourceCourseSessions.id, sessionId)));
  return row;
}

/** Every mark of the course's sessions. */
export async function marksOfCourse(db: Executor, courseId: string): Promise<MarkRow[]> {
  return db
    .select({
      id: resourceAttendanceMarks.id,
      sessionId: resourceAttendanceMarks.sessionId,
      nominationId: resourceAttendanceMarks.nominationId,
      mark: resourceAttendanceMarks.mark,
      updatedAt: resourceAttendanceMarks.updatedAt,
    })
    .from(resourceAttendanceMarks)
    .innerJoin(resourceCourseSessions, eq(resourceCourseSessions.id, resourceAttendanceMarks.sessionId))
    .where(eq(resourceCourseSessions.courseId, courseId));
}

export async function marksOfNominations(db: Executor, nominationIds: string[]): Promise<MarkRow[]> {
  if (nominationIds.length === 0) return [];
  return db.select().from(resourceAttendanceMarks).where(inArray(resourceAttendanceMarks.nominationId, nominationIds));
}

export async function marksOfSession(db: Executor, sessionId: string): Promise<MarkRow[]> {
  return db.select().from(resourceAttendanceMarks).where(eq(resourceAttendanceMarks.sessionId, sessionId));
}

/** Sets the marks of one session, replacing a student's earlier mark. */
export async function upsertMarks(db: Executor, sessionId: string, marks: { nominationId: string; mark: string }[], at: Date) {
  if (marks.length === 0) return;
  await db
    .insert(resourceAttendanceMarks)
    .values(marks.map((m) => ({ sessionId, nominationId: m.nominationId, mark: m.mark, updatedAt: at })))
    .onConflictDoUpdate({
      target: [resourceAttendanceMarks.sessionId, resourceAttendanceMarks.nominationId],
      set: { mark: sql`excluded.mark`, updatedAt: sql`excluded.updated_at` },
    });
}
