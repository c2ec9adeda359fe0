import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { charterVersions } from './charter.table.js';

export type CharterVersionRow = typeof charterVersions.$inferSelect;
export type CharterVersionInsert = typeof charterVersions.$inferInsert;

export async function findCurrentCharter(db: Executor, bodyId: string): Promise<CharterVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(charterVersions)
    .where(eq(charterVersions.bodyId, bodyId))
    .orderBy(desc(charterVersions.versionNo))
    .limit(1);
  return row;
}

export async function listCharterVersions(db: Executor, bodyId: string): Promise<CharterVersionRow[]> {
  return db.select().from(charterVersions).where(eq(charterVersions.bodyId, bodyId)).orderBy(desc(charterVersions.versionNo));
}

export async function findCharterAdoptedBy(db: Executor, bodyId: string, itemId: string) {
  const [row] = await db
    .select()
    .from(charterVersions)
    .where(and(eq(charterVersions.bodyId, bodyId), eq(charterVersions.adoptedByItemId, itemId)))
    .limit(1);
  return row;
}

/** Version numbers are unique per body, so two writers cannot both make version N. */
export async function insertCharterVersion(db: Executor, values: CharterVersionInsert): Promise<CharterVersionRow> {
  const [row] = await db.insert(charterVersions).values(values).returning();
  return row!;
}
