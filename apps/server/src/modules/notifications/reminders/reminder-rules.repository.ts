/** SQL of the reminder offsets stored per body or call. */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { reminderRules } from './reminder-rules.table.js';

export type ReminderRuleRow = typeof reminderRules.$inferSelect;

export async function rulesOfSource(db: Executor, source: string): Promise<ReminderRuleRow[]> {
  return db.select().from(reminderRules).where(eq(reminderRules.source, source));
}

export async function findRule(db: Executor, source: string, scopeId: string): Promise<ReminderRuleRow | undefined> {
  const [row] = await db
    .select()
    .from(reminderRules)
    .where(and(eq(reminderRules.source, source), eq(reminderRules.scopeId, scopeId)));
  return row;
}

/** Creates or replaces the scope's offsets; on replace only if `version` is current. Returns the row, or none on a stale version. */
export async function saveRule(
  db: Executor,
  values: { source: string; scopeId: string; offsetsDays: number[]; updatedBy: string | null; version: number | null },
) {
  const { version, ...row } = values;
  if (version === null) {
    const [inserted] = await db.insert(reminderRules).values(row).onConflictDoNothing().returning();
    return inserted;
  }
  const [updated] = await db
    .update(reminderRules)
    .set({ offsetsDays: row.offsetsDays, updatedBy: row.updatedBy, updatedAt: sql`now()`, version: sql`${reminderRules.version} + 1` })
    .where(and(eq(reminderRules.source, row.source), eq(reminderRules.scopeId, row.scopeId), eq(reminderRules.version, version)))
    .returning();
  return updated;
}

/** Removes the scope's own offsets if `version` is current. Returns the removed row, or none (stale version or no row). */
export async function deleteRule(db: Executor, values: { source: string; scopeId: string; version: number }) {
  const [deleted] = await db
    .delete(reminderRules)
    .where(
      and(eq(reminderRules.source, values.source), eq(reminderRules.scopeId, values.scopeId), eq(reminderRules.version, values.version)),
    )
    .returning();
  return deleted;
}
