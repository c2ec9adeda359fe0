import { and, asc, count, eq, ilike, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { regionPrefix, type BodyKind, type TBodyListQuery } from '@chanjiao/contracts';
import type { Executor } from '../../kernel/db/database.js';
import { containsPattern } from '../../kernel/db/like.js';
import { pinyinSortKey } from '../../kernel/search/pinyin-sort-key.js';
import { fillMissingSortKeys } from '../../kernel/search/sort-key-backfill.js';
import { tsQueryFor } from '../../kernel/search/segment.js';
import { bodies, bodyMembers } from './bodies.table.js';
import { organizationDirectory } from '../organizations/index.js';

const org = organizationDirectory();

export type BodyRow = typeof bodies.$inferSelect;
export type BodyInsert = typeof bodies.$inferInsert;

/** A body with what its lists show beside it: the secretariat's name and the number of current members. */
export interface BodyListRow extends BodyRow {
  secretariatOrgName: string | null;
  memberCount: number;
}

const activeMemberCount = sql<number>`(
  select count(*)::int from ${bodyMembers}
  where ${bodyMembers.bodyId} = ${bodies.id} and ${bodyMembers.leftOn} is null
)`;

function listSelection() {
  return {
    body: bodies,
    secretariatOrgName: org.name,
    memberCount: activeMemberCount,
  };
}

function flatten(row: { body: BodyRow; secretariatOrgName: string | null; memberCount: number }): BodyListRow {
  return { ...row.body, secretariatOrgName: row.secretariatOrgName, memberCount: Number(row.memberCount) };
}

export async function findBodyById(db: Executor, id: string): Promise<BodyRow | undefined> {
  const [row] = await db.select().from(bodies).where(eq(bodies.id, id)).limit(1);
  return row;
}

export async function findBodyByName(db: Executor, name: string): Promise<BodyRow | undefined> {
  const [row] = await db.select().from(bodies).where(eq(bodies.name, name)).limit(1);
  return row;
}

export async function findBodyListRow(db: Executor, id: string): Promise<BodyListRow | undefined> {
  const [row] = await db
    .select(listSelection())
    .from(bodies)
    .leftJoin(org, eq(org.id, bodies.secretariatOrgId))
    .where(eq(bodies.id, id))
    .limit(1);
  return row ? flatten(row) : undefined;
}

/** Every write of a name writes its sort key too, so lists never see a name without one. */
function withSortKey<T extends Partial<BodyInsert>>(values: T): T {
  return values.name === undefined ? values : { ...values, nameSortKey: pinyinSortKey(values.name) };
}

export async function insertBody(db: Executor, values: BodyInsert): Promise<BodyRow> {
  const [row] = await db.insert(bodies).values(withSortKey(values)).returning();
  return row!;
}

/** Optimistic locking: the update applies only if nobody changed the row since `version`. */
export async function updateBodyAtVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<BodyInsert>,
): Promise<BodyRow | undefined> {
  const [row] = await db
    .update(bodies)
    .set({ ...withSortKey(values), version: sql`${bodies.version} + 1`, updatedAt: new Date() })
    .where(and(eq(bodies.id, id), eq(bodies.version, version)))
    .returning();
  return row;
}

function searchCondition(q: string): SQL | undefined {
  const tsQuery = tsQueryFor(q);
  const pattern = containsPattern(q);
  const byName = or(ilike(bodies.name, pattern), ilike(bodies.shortName, pattern));
  if (!tsQuery) return byName;
  return or(sql`to_tsvector('simple', ${bodies.searchTokens}) @@ to_tsquery('simple', ${tsQuery})`, byName);
}

/** A province or city code covers the bodies registered in the regions under it. */
function regionCondition(code: string): SQL {
  return like(bodies.regionCode, `${regionPrefix(code)}%`);
}

export async function listBodies(db: Executor, query: TBodyListQuery): Promise<{ rows: BodyListRow[]; total: number }> {
  const where = and(
    query.q ? searchCondition(query.q) : undefined,
    query.kind ? eq(bodies.kind, query.kind) : undefined,
    query.region ? regionCondition(query.region) : undefined,
  );
  const [rows, [totalRow]] = await Promise.all([
    db
      .select(listSelection())
      .from(bodies)
      .leftJoin(org, eq(org.id, bodies.secretariatOrgId))
      .where(where)
      .orderBy(asc(bodies.nameSortKey), asc(bodies.name), asc(bodies.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(bodies).where(where),
  ]);
  return { rows: rows.map(flatten), total: Number(totalRow?.total ?? 0) };
}

/** At start: keys for names written before the column existed (kernel/search/sort-key-backfill.ts). */
export function fillMissingBodySortKeys(db: Executor): Promise<number> {
  return fillMissingSortKeys(db, { table: bodies, id: bodies.id, name: bodies.name, key: bodies.nameSortKey });
}

/** For dashboards: how many bodies there are, optionally of one kind or only those with no secretariat yet. */
export async function countBodies(db: Executor, filter: { kind?: BodyKind; withoutSecretariat?: boolean } = {}): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(bodies)
    .where(
      and(filter.kind ? eq(bodies.kind, filter.kind) : undefined, filter.withoutSecretariat ? isNull(bodies.secretariatOrgId) : undefined),
    );
  return Number(row?.total ?? 0);
}
