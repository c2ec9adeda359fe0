/** SQL of shortage catalogues, their entries and their status history. */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { outerColumn } from '../../../kernel/db/outer-column.js';
import { talentShortageCatalogues, talentShortageEntries, talentShortageStatusChanges } from './shortage.table.js';

export type CatalogueRow = typeof talentShortageCatalogues.$inferSelect;
export type EntryRow = typeof talentShortageEntries.$inferSelect;
export type EntryInsert = typeof talentShortageEntries.$inferInsert;

export async function listCatalogues(db: Executor, bodyId: string) {
  return db
    .select({
      catalogue: talentShortageCatalogues,
      entryCount: sql<number>`(select count(*)::int from ${talentShortageEntries} where ${talentShortageEntries.catalogueId} = ${outerColumn(talentShortageCatalogues.id)} and ${talentShortageEntries.removedAt} is null)`,
    })
    .from(talentShortageCatalogues)
    .where(eq(talentShortageCatalogues.bodyId, bodyId))
    .orderBy(desc(talentShortageCatalogues.createdAt), asc(talentShortageCatalogues.id));
}

export async function findCatalogue(db: Executor, bodyId: string, catalogueId: string) {
  const [row] = await db
    .select()
    .from(talentShortageCatalogues)
    .where(and(eq(talentShortageCatalogues.id, catalogueId), eq(talentShortageCatalogues.bodyId, bodyId)));
  return row;
}

export async function insertCatalogue(db: Executor, values: typeof talentShortageCatalogues.$inferInsert) {
  const [row] = await db.insert(talentShortageCatalogues).values(values).returning();
  return row!;
}

export async function updateCatalogueAtVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof talentShortageCatalogues.$inferInsert>,
) {
  const [row] = await db
    .update(talentShortageCatalogues)
    .set({ ...values, version: sql`${talentShortageCatalogues.version} + 1` })
    .where(and(eq(talentShortageCatalogues.id, id), eq(talentShortageCatalogues.version, version)))
    .returning();
  return row;
}

export async function listEntries(db: Executor, catalogueId: string) {
  return db
    .select()
    .from(talentShortageEntries)
    .where(eq(talentShortageEntries.catalogueId, catalogueId))
    .orderBy(desc(talentShortageEntries.gap), asc(talentShortageEntries.majorCode));
}

export async function insertEntries(db: Executor, values: EntryInsert[]) {
  if (values.length > 0) await db.insert(talentShortageEntries).values(values);
}

/** The rule's entries go when the rule runs again; those the secretariat added stay. */
export async function deleteRuleEntries(db: Executor, catalogueId: string) {
  await db
    .delete(talentShortageEntries)
    .where(and(eq(talentShortageEntries.catalogueId, catalogueId), eq(talentShortageEntries.origin, 'rule')));
}

export async function markEntryRemoved(db: Executor, catalogueId: string, entryId: string, reason: string, at: Date) {
  const [row] = await db
    .update(talentShortageEntries)
    .set({ removedReason: reason, removedAt: at })
    .where(and(eq(talentShortageEntries.id, entryId), eq(talentShortageEntries.catalogueId, catalogueId)))
    .returning();
  return row;
}

export async function insertStatusChange(db: Executor, values: typeof talentShortageStatusChanges.$inferInsert) {
  await db.insert(talentShortageStatusChanges).values(values);
}

export async function listStatusChanges(db: Executor, catalogueId: string) {
  return db
    .select()
    .from(talentShortageStatusChanges)
    .where(eq(talentShortageStatusChanges.catalogueId, catalogueId))
    .orderBy(asc(talentShortageStatusChanges.at), asc(talentShortageStatusChanges.id));
}

export async function deleteEntry(db: Executor, entryId: string) {
  await db.delete(talentShortageEntries).where(eq(talentShortageEntries.id, entryId));
}
