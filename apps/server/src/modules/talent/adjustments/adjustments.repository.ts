/** SQL of a body's 专业动态调整 thresholds (the suggestions themselves are computed, never stored). */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { talentAdjustmentThresholds } from './adjustments.table.js';

export type ThresholdsRow = typeof talentAdjustmentThresholds.$inferSelect;

export async function findThresholds(db: Executor, bodyId: string): Promise<ThresholdsRow | undefined> {
  const [row] = await db.select().from(talentAdjustmentThresholds).where(eq(talentAdjustmentThresholds.bodyId, bodyId));
  return row;
}

export async function insertThresholds(db: Executor, values: typeof talentAdjustmentThresholds.$inferInsert) {
  const [row] = await db.insert(talentAdjustmentThresholds).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateThresholdsAtVersion(
  db: Executor,
  bodyId: string,
  version: number,
  values: Pick<ThresholdsRow, 'thresholds' | 'updatedAt'>,
) {
  const [row] = await db
    .update(talentAdjustmentThresholds)
    .set({ ...values, version: sql`${talentAdjustmentThresholds.version} + 1` })
    .where(and(eq(talentAdjustmentThresholds.bodyId, bodyId), eq(talentAdjustmentThresholds.version, version)))
    .returning();
  return row;
}
