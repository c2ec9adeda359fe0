import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../kernel/db/database.js';
import { majors, regions } from './reference.table.js';

export async function listRegions(db: Executor) {
  return db.select().from(regions).orderBy(asc(regions.code));
}

export async function regionNames(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions);
  return new Map(rows.map((row) => [row.code, row.name]));
}

export async function regionExists(db: Executor, code: string): Promise<boolean> {
  const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code)).limit(1);
  return !!row;
}

export async function searchMajors(db: Executor, filter: { q?: string; level?: string; limit: number }) {
  const conditions = [
    filter.level ? eq(majors.level, filter.level) : undefined,
    filter.q ? or(ilike(majors.name, `%${filter.q}%`), ilike(majors.code, `${filter.q}%`)) : undefined,
  ];
  return db
    .select()
    .from(majors)
    .where(and(...conditions))
    .orderBy(asc(majors.code))
    .limit(filter.limit);
}

export async function countReference(db: Executor): Promise<{ regions: number; majors: number }> {
  const [row] = rowsOf<{ regions: number; majors: number }>(
    await db.execute(sql`select (select count(*) from regions)::int as regions, (select count(*) from majors)::int as majors`),
  );
  return row ?? { regions: 0, majors: 0 };
}
