import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../kernel/db/database.js';
import { majors, regions } from './reference.table.js';

export async function listRegions(db: Executor) {
  return db.select().from(regions).orderBy(asc(regions.code));
}

async function readRegionNames(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions);
  return new Map(rows.map((row) => [row.code, row.name]));
}

const regionNamesByDatabase = new WeakMap<Executor, Promise<Map<string, string>>>();

/**
 * Region names by code, for the lists that show a name on every row. Regions are reference data, loaded
 * at start and never changed while the server runs, so each database's names are read once and kept.
 * A failed or empty read (the database down, or asked before the reference data was loaded) is not kept.
 */
export function regionNames(db: Executor): Promise<Map<string, string>> {
  const kept = regionNamesByDatabase.get(db);
  if (kept) return kept;
  const reading = readRegionNames(db).then(
    (names) => {
      if (names.size === 0) regionNamesByDatabase.delete(db);
      return names;
    },
    (error: unknown) => {
      regionNamesByDatabase.delete(db);
      throw error;
    },
  );
  regionNamesByDatabase.set(db, reading);
  return reading;
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

/** The catalogue's majors among `codes` (to check codes a form names). */
export async function majorsByCodes(db: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select().from(majors).where(inArray(majors.code, [...new Set(codes)]));
}

/** The catalogue's major classes among `codes` (四位专业类代码), with their names. */
export async function majorClassesByCodes(db: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .selectDistinct({ classCode: majors.classCode, className: majors.className })
    .from(majors)
    .where(inArray(majors.classCode, [...new Set(codes)]));
}
