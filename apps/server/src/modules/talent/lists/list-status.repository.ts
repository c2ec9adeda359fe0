/** SQL of the lists' status history. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { talentListStatusChanges } from './list-status.table.js';

export type EntryType = 'job' | 'item' | 'student';

export async function insertStatusChange(db: Executor, values: typeof talentListStatusChanges.$inferInsert & { entryType: EntryType }) {
  await db.insert(talentListStatusChanges).values(values);
}

export async function statusChangesOf(db: Executor, entryType: EntryType, entryIds: string[]) {
  if (entryIds.length === 0) return [];
  return db
    .select()
    .from(talentListStatusChanges)
    .where(and(eq(talentListStatusChanges.entryType, entryType), inArray(talentListStatusChanges.entryId, entryIds)))
    .orderBy(asc(talentListStatusChanges.seq));
}
