/** All SQL of experts: who holds the expert role, their affiliations, a call's panel and stated conflicts. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { users } from '../../../kernel/auth/auth.table.js';
import { userRoles } from '../../../kernel/rbac/rbac.table.js';
import { organizationDirectory } from '../../organizations/index.js';
import { callExperts, expertAffiliations, expertPools, statedConflicts } from './experts.table.js';

export type AffiliationRow = typeof expertAffiliations.$inferSelect;
export type PoolRow = typeof expertPools.$inferSelect & { authorityName: string | null };
export type StatedConflictRow = typeof statedConflicts.$inferSelect;

export interface ExpertRow {
  id: string;
  username: string;
  displayName: string;
}

const expertColumns = { id: users.id, username: users.username, displayName: users.displayName };

/** Users holding the expert role (any scope), by display name in pinyin order. */
export async function listExpertUsers(db: Executor, ids?: string[]): Promise<ExpertRow[]> {
  if (ids && ids.length === 0) return [];
  // DISTINCT orders only by what it selects, so the sort key is selected too and dropped after.
  const rows = await db
    .selectDistinct({ ...expertColumns, sortKey: users.displayNameSortKey })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'expert')))
    .where(ids ? inArray(users.id, ids) : undefined)
    .orderBy(asc(users.displayNameSortKey), asc(users.displayName), asc(users.id));
  return rows.map(({ sortKey: _sortKey, ...expert }) => expert);
}

export async function affiliationsOf(db: Executor, expertIds: string[]): Promise<AffiliationRow[]> {
  if (expertIds.length === 0) return [];
  return db
    .select()
    .from(expertAffiliations)
    .where(inArray(expertAffiliations.expertId, expertIds))
    .orderBy(asc(expertAffiliations.createdAt), asc(expertAffiliations.id));
}

export async function replaceAffiliations(
  db: Executor,
  expertId: string,
  rows: Omit<typeof expertAffiliations.$inferInsert, 'expertId'>[],
): Promise<void> {
  await db.delete(expertAffiliations).where(eq(expertAffiliations.expertId, expertId));
  if (rows.length > 0) await db.insert(expertAffiliations).values(rows.map((row) => ({ ...row, expertId })));
}

export async function panelOf(db: Executor, callId: string): Promise<ExpertRow[]> {
  return db
    .select(expertColumns)
    .from(callExperts)
    .innerJoin(users, eq(users.id, callExperts.expertId))
    .where(eq(callExperts.callId, callId))
    .orderBy(asc(users.displayNameSortKey), asc(users.displayName), asc(users.id));
}

export async function replacePanel(db: Executor, callId: string, expertIds: string[]): Promise<void> {
  await db.delete(callExperts).where(eq(callExperts.callId, callId));
  if (expertIds.length > 0) await db.insert(callExperts).values(expertIds.map((expertId) => ({ callId, expertId })));
}

export async function statedConflictsOf(db: Executor, callId: string): Promise<StatedConflictRow[]> {
  return db.select().from(statedConflicts).where(eq(statedConflicts.callId, callId)).orderBy(asc(statedConflicts.createdAt));
}

export async function insertStatedConflict(db: Executor, values: typeof statedConflicts.$inferInsert): Promise<StatedConflictRow> {
  const [row] = await db.insert(statedConflicts).values(values).returning();
  return row!;
}

export async function findStatedConflict(db: Executor, id: string): Promise<StatedConflictRow | undefined> {
  const [row] = await db.select().from(statedConflicts).where(eq(statedConflicts.id, id)).limit(1);
  return row;
}

export async function deleteStatedConflict(db: Executor, id: string): Promise<void> {
  await db.delete(statedConflicts).where(eq(statedConflicts.id, id));
}

/** The pools of these experts, with the authority's name; experts in no pool are absent. */
export async function poolsOf(db: Executor, expertIds: string[]): Promise<PoolRow[]> {
  if (expertIds.length === 0) return [];
  const org = organizationDirectory();
  return db
    .select({
      expertId: expertPools.expertId,
      authorityOrgId: expertPools.authorityOrgId,
      addedBy: expertPools.addedBy,
      addedAt: expertPools.addedAt,
      authorityName: org.name,
    })
    .from(expertPools)
    .leftJoin(org, eq(org.id, expertPools.authorityOrgId))
    .where(inArray(expertPools.expertId, expertIds));
}

/** Puts the expert into a pool, or moves them; a concurrent placement of the same expert waits on the row. */
export async function upsertPool(db: Executor, values: typeof expertPools.$inferInsert): Promise<void> {
  await db
    .insert(expertPools)
    .values(values)
    .onConflictDoUpdate({
      target: expertPools.expertId,
      set: { authorityOrgId: values.authorityOrgId, addedBy: values.addedBy, addedAt: sql`now()` },
    });
}

/** Adds the expert to a pool unless they are in one already; false when they were. */
export async function insertPoolIfAbsent(db: Executor, values: typeof expertPools.$inferInsert): Promise<boolean> {
  const rows = await db.insert(expertPools).values(values).onConflictDoNothing().returning({ expertId: expertPools.expertId });
  return rows.length > 0;
}

/** Locks the expert's pool row (if any) for the rest of the transaction. */
export async function lockPool(db: Executor, expertId: string) {
  const [row] = await db.select().from(expertPools).where(eq(expertPools.expertId, expertId)).for('update');
  return row;
}

/** The calls on whose panel the expert sits. */
export async function callsOfExpert(db: Executor, expertId: string): Promise<string[]> {
  const rows = await db.select({ callId: callExperts.callId }).from(callExperts).where(eq(callExperts.expertId, expertId));
  return rows.map((row) => row.callId);
}
