import { regionFullNamer } from '@chanjiao/contracts';
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../kernel/db/database.js';
import { majors, regions } from './reference.table.js';

export async function listRegions(db: Executor) {
  return db.select().from(regions).orderBy(asc(regions.code));
}

interface RegionNaming {
  /** The region's own name: 普陀区, 苏州市, 上海市市辖区. */
  names: Map<string, string>;
  /** The name as an address writes it: 上海市普陀区, 江苏省苏州市 (see regionFullNamer). */
  fullNames: Map<string, string>;
}

async function readRegionNaming(db: Executor): Promise<RegionNaming> {
  const rows = await db.select({ code: regions.code, name: regions.name, parentCode: regions.parentCode }).from(regions);
  const fullName = regionFullNamer(rows);
  return {
    names: new Map(rows.map((row) => [row.code, row.name])),
    fullNames: new Map(rows.map((row) => [row.code, fullName(row.code)!])),
  };
}

const regionNamingByDatabase = new WeakMap<Executor, Promise<RegionNaming>>();

/**
 * Regions are reference data, loaded at start and never changed while the server runs, so each database's
 * names are read once and kept. A failed or empty read (the database down, or asked before the reference
 * data was loaded) is not kept.
 */
function regionNaming(db: Executor): Promise<RegionNaming> {
  const kept = regionNamingByDatabase.get(db);
  if (kept) return kept;
  const reading = readRegionNaming(db).then(
    (naming) => {
      if (naming.names.size === 0) regionNamingByDatabase.delete(db);
      return naming;
    },
    (error: unknown) => {
      regionNamingByDatabase.delete(db);
      throw error;
    },
  );
  regionNamingByDatabase.set(db, reading);
  return reading;
}

/** Each region's own name by code, for code that works with one level (a city view, the chair rotation). */
export async function regionNames(db: Executor): Promise<Map<string, string>> {
  return (await regionNaming(db)).names;
}

/** Each region's full name by code (江苏省苏州市相城区, 上海市普陀区): what lists and exports show a reader. */
export async function regionFullNames(db: Executor): Promise<Map<string, string>> {
  return (await regionNaming(db)).fullNames;
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
  return db
    .select()
    .from(majors)
    .where(inArray(majors.code, [...new Set(codes)]));
}

/** The catalogue's major classes among `codes` (四位专业类代码), with their names. */
export async function majorClassesByCodes(db: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .selectDistinct({ classCode: majors.classCode, className: majors.className })
    .from(majors)
    .where(inArray(majors.classCode, [...new Set(codes)]));
}
