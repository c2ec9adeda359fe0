/** All SQL of results: the authority's decisions and the published results. */
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { resultDecisions } from './results.table.js';

export type DecisionRow = typeof resultDecisions.$inferSelect;

export async function decisionsOf(db: Executor, callId: string): Promise<DecisionRow[]> {
  return db.select().from(resultDecisions).where(eq(resultDecisions.callId, callId));
}

export async function findDecision(db: Executor, applicationId: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(resultDecisions).where(eq(resultDecisions.applicationId, applicationId)).limit(1);
  return row;
}

export async function upsertDecisions(db: Executor, rows: (typeof resultDecisions.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(resultDecisions)
    .values(rows)
    .onConflictDoUpdate({
      target: resultDecisions.applicationId,
      set: {
        shortlisted: sql`excluded.shortlisted`,
        recommended: sql`excluded.recommended`,
        published: sql`coalesce(excluded.published, ${resultDecisions.published})`,
        decidedBy: sql`excluded.decided_by`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}
