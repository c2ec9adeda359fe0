import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.js';
import { bodyMembers, liaisons } from './bodies.table.js';
import { organizationDirectory } from '../organizations/index.js';

const org = organizationDirectory();

export type LiaisonRow = typeof liaisons.$inferSelect;
export type LiaisonInsert = typeof liaisons.$inferInsert;
export type LiaisonListRow = LiaisonRow & { orgName: string };

/** A liaison still serving (not removed); removed ones stay for the record. */
export async function findCurrentLiaison(db: Executor, id: string): Promise<LiaisonRow | undefined> {
  const [row] = await db
    .select()
    .from(liaisons)
    .where(and(eq(liaisons.id, id), isNull(liaisons.removedAt)))
    .limit(1);
  return row;
}

export async function listCurrentLiaisons(db: Executor, bodyId: string): Promise<LiaisonListRow[]> {
  const rows = await db
    .select({ liaison: liaisons, orgName: org.name })
    .from(liaisons)
    .innerJoin(org, eq(org.id, liaisons.orgId))
    .where(and(eq(liaisons.bodyId, bodyId), isNull(liaisons.removedAt)))
    .orderBy(asc(org.nameSortKey), asc(org.name), asc(liaisons.name), asc(liaisons.id));
  return rows.map(({ liaison, orgName }) => ({ ...liaison, orgName }));
}

/** 章程第十一条: every member names at least one liaison. These current members have named none. */
export async function activeMembersWithoutLiaison(db: Executor, bodyId: string): Promise<{ orgId: string; orgName: string }[]> {
  return db
    .select({ orgId: bodyMembers.orgId, orgName: org.name })
    .from(bodyMembers)
    .innerJoin(org, eq(org.id, bodyMembers.orgId))
    .where(
      and(
        eq(bodyMembers.bodyId, bodyId),
        isNull(bodyMembers.leftOn),
        sql`not exists (
          select 1 from ${liaisons}
          where ${liaisons.bodyId} = ${bodyMembers.bodyId} and ${liaisons.orgId} = ${bodyMembers.orgId}
            and ${liaisons.removedAt} is null
        )`,
      ),
    )
    .orderBy(asc(org.nameSortKey), asc(org.name), asc(bodyMembers.orgId));
}

export async function insertLiaison(db: Executor, values: LiaisonInsert): Promise<LiaisonRow> {
  const [row] = await db.insert(liaisons).values(values).returning();
  return row!;
}

export async function updateLiaisonAtVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<LiaisonInsert>,
): Promise<LiaisonRow | undefined> {
  const [row] = await db
    .update(liaisons)
    .set({ ...values, version: sql`${liaisons.version} + 1` })
    .where(and(eq(liaisons.id, id), eq(liaisons.version, version), isNull(liaisons.removedAt)))
    .returning();
  return row;
}

export async function markLiaisonRemoved(db: Executor, id: string): Promise<LiaisonRow | undefined> {
  const [row] = await db
    .update(liaisons)
    .set({ removedAt: new Date(), version: sql`${liaisons.version} + 1` })
    .where(and(eq(liaisons.id, id), isNull(liaisons.removedAt)))
    .returning();
  return row;
}

/** A unit that leaves a body stops being its contact point there. */
export async function removeLiaisonsOfMember(db: Executor, bodyId: string, orgId: string): Promise<string[]> {
  const rows = await db
    .update(liaisons)
    .set({ removedAt: new Date(), version: sql`${liaisons.version} + 1` })
    .where(and(eq(liaisons.bodyId, bodyId), eq(liaisons.orgId, orgId), isNull(liaisons.removedAt)))
    .returning({ id: liaisons.id });
  return rows.map((row) => row.id);
}

/** Current liaisons an organisation has named, over all its bodies. */
export async function countCurrentLiaisonsOf(db: Executor, orgId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(liaisons)
    .where(and(eq(liaisons.orgId, orgId), isNull(liaisons.removedAt)));
  return Number(row?.total ?? 0);
}
