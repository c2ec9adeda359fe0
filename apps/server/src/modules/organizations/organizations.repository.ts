import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { regionAncestors, regionLevelOf, type TOrgListQuery } from '@chanjiao/contracts';
import type { Executor } from '../../kernel/db/database.js';
import { tsQueryFor } from '../../kernel/search/segment.js';
import { organizations } from './organizations.table.js';

export type OrgRow = typeof organizations.$inferSelect;
export type OrgInsert = typeof organizations.$inferInsert;

export async function findOrgById(db: Executor, id: string): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  return row;
}

export async function findOrgsByIds(db: Executor, ids: string[]): Promise<OrgRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(organizations).where(inArray(organizations.id, ids));
}

export async function findOrgByUscc(db: Executor, uscc: string): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.uscc, uscc)).limit(1);
  return row;
}

export async function findOrgsByUscc(db: Executor, codes: string[]): Promise<Pick<OrgRow, 'uscc' | 'name'>[]> {
  if (codes.length === 0) return [];
  return db
    .select({ uscc: organizations.uscc, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.uscc, codes));
}

export async function insertOrgs(db: Executor, rows: OrgInsert[]): Promise<OrgRow[]> {
  if (rows.length === 0) return [];
  return db.insert(organizations).values(rows).returning();
}

/** Optimistic locking: the update applies only if nobody changed the row since `version`. */
export async function updateOrgAtVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<OrgInsert>,
): Promise<OrgRow | undefined> {
  const [row] = await db
    .update(organizations)
    .set({ ...values, version: sql`${organizations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organizations.id, id), eq(organizations.version, version)))
    .returning();
  return row;
}

function regionCondition(code: string): SQL {
  const level = regionLevelOf(code);
  if (level === 'province') return eq(organizations.provinceCode, regionAncestors(code).provinceCode);
  if (level === 'city') return eq(organizations.cityCode, code);
  return eq(organizations.regionCode, code);
}

function searchCondition(q: string): SQL | undefined {
  const tsQuery = tsQueryFor(q);
  const like = `%${q.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
  const byName = or(ilike(organizations.name, like), ilike(organizations.shortName, like), eq(organizations.uscc, q.toUpperCase()));
  if (!tsQuery) return byName;
  return or(sql`to_tsvector('simple', ${organizations.searchTokens}) @@ to_tsquery('simple', ${tsQuery})`, byName);
}

const SORTS = {
  name: [asc(organizations.name), asc(organizations.id)],
  '-name': [desc(organizations.name), desc(organizations.id)],
  updatedAt: [asc(organizations.updatedAt), asc(organizations.id)],
  '-updatedAt': [desc(organizations.updatedAt), desc(organizations.id)],
} as const;

export async function listOrgs(db: Executor, query: TOrgListQuery): Promise<{ rows: OrgRow[]; total: number }> {
  const where = and(
    query.q ? searchCondition(query.q) : undefined,
    query.type ? eq(organizations.type, query.type) : undefined,
    query.region ? regionCondition(query.region) : undefined,
  );
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(organizations)
      .where(where)
      .orderBy(...SORTS[query.sort])
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(organizations).where(where),
  ]);
  return { rows, total: Number(totalRow?.total ?? 0) };
}
