/** SQL of the resource survey: rounds and the members' answers. */
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { resourceSurveyResponses, resourceSurveyRounds } from './survey.table.js';

export type RoundRow = typeof resourceSurveyRounds.$inferSelect;
export type RoundInsert = typeof resourceSurveyRounds.$inferInsert;
export type ResponseRow = typeof resourceSurveyResponses.$inferSelect;
export type ResponseInsert = typeof resourceSurveyResponses.$inferInsert;

export async function insertRound(db: Executor, values: RoundInsert): Promise<RoundRow> {
  const [row] = await db.insert(resourceSurveyRounds).values(values).returning();
  return row!;
}

export async function findRoundByYear(db: Executor, bodyId: string, year: number) {
  const [row] = await db
    .select()
    .from(resourceSurveyRounds)
    .where(and(eq(resourceSurveyRounds.bodyId, bodyId), eq(resourceSurveyRounds.year, year)));
  return row;
}

export async function findRound(db: Executor, bodyId: string, roundId: string) {
  const [row] = await db
    .select()
    .from(resourceSurveyRounds)
    .where(and(eq(resourceSurveyRounds.bodyId, bodyId), eq(resourceSurveyRounds.id, roundId)));
  return row;
}

/** The body's rounds, newest first, with how many answers are submitted (or accepted) and accepted. */
export async function listRounds(db: Executor, bodyId: string) {
  return db
    .select({
      round: resourceSurveyRounds,
      submitted: sql<number>`count(${resourceSurveyResponses.id}) filter (where ${resourceSurveyResponses.status} in ('submitted', 'accepted'))::int`,
      accepted: sql<number>`count(${resourceSurveyResponses.id}) filter (where ${resourceSurveyResponses.status} = 'accepted')::int`,
    })
    .from(resourceSurveyRounds)
    .leftJoin(resourceSurveyResponses, eq(resourceSurveyResponses.roundId, resourceSurveyRounds.id))
    .where(eq(resourceSurveyRounds.bodyId, bodyId))
    .groupBy(resourceSurveyRounds.id)
    .orderBy(desc(resourceSurveyRounds.year));
}

export async function responsesOfRound(db: Executor, roundId: string): Promise<ResponseRow[]> {
  return db.select().from(resourceSurveyResponses).where(eq(resourceSurveyResponses.roundId, roundId));
}

export async function findResponse(db: Executor, roundId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(resourceSurveyResponses)
    .where(and(eq(resourceSurveyResponses.roundId, roundId), eq(resourceSurveyResponses.orgId, orgId)));
  return row;
}

/** The unit's answers to the body's latest round before `year`, for the prefill. */
export async function previousAnswers(db: Executor, bodyId: string, orgId: string, year: number) {
  const [row] = await db
    .select({ year: resourceSurveyRounds.year, content: resourceSurveyResponses.content })
    .from(resourceSurveyResponses)
    .innerJoin(resourceSurveyRounds, eq(resourceSurveyRounds.id, resourceSurveyResponses.roundId))
    .where(and(eq(resourceSurveyRounds.bodyId, bodyId), eq(resourceSurveyResponses.orgId, orgId), lt(resourceSurveyRounds.year, year)))
    .orderBy(desc(resourceSurveyRounds.year))
    .limit(1);
  return row;
}

export async function insertResponse(db: Executor, values: ResponseInsert): Promise<ResponseRow> {
  const [row] = await db.insert(resourceSurveyResponses).values(values).onConflictDoNothing().returning();
  return row!;
}

export async function updateResponseAtVersion(db: Executor, id: string, version: number, values: Partial<ResponseInsert>) {
  const [row] = await db
    .update(resourceSurveyResponses)
    .set({ ...values, version: sql`${resourceSurveyResponses.version} + 1`, updatedAt: new Date() })
    .where(and(eq(resourceSurveyResponses.id, id), eq(resourceSurveyResponses.version, version)))
    .returning();
  return row;
}
