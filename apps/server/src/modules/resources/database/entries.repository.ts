/** SQL of the dynamic resource database: replacing a unit's entries, searching them, counting them per city. */
import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { resourceEntries } from './entries.table.js';

export type EntryRow = typeof resourceEntries.$inferSelect;
export type EntryInsert = typeof resourceEntries.$inferInsert;

const org = organizationDirectory();

/** The unit's entries in the body become those of its newly accepted answers. */
export async function replaceEntries(db: Executor, bodyId: string, orgId: string, rows: EntryInsert[]): Promise<void> {
  await db.delete(resourceEntries).where(and(eq(resourceEntries.bodyId, bodyId), eq(resourceEntries.orgId, orgId)));
  for (let i = 0; i < rows.length; i += 500) await db.insert(resourceEntries).values(rows.slice(i, i + 500));
}

export interface EntryFilter {
  bodyId: string;
  /** A tsquery over the entries' tokens; `text` matches titles when the words do not segment. */
  tsQuery?: string;
  text?: string;
  kind?: string;
  cityCode?: string;
  categoryCode?: string;
  classCode?: string;
  mode?: string;
  openToMembers?: boolean;
  /** Only entries of these units (the current members). */
  orgIds: string[];
}

/** Entries whose tokens match a tsquery, read from the stored vector and its index (entries.table.ts). */
export const tokensMatch = (tsQuery: string) => sql`${resourceEntries.searchVector} @@ to_tsquery('simple', ${tsQuery})`;

/** A code among the space-separated codes of a column. */
export const hasCode = (column: AnyPgColumn, code: string) => sql`${code} = any(string_to_array(${column}, ' '))`;

/** Entries of these units in the body; callers pass the body's current members. */
export const ofMembers = (bodyId: string, orgIds: string[]) =>
  and(eq(resourceEntries.bodyId, bodyId), sql`${resourceEntries.orgId} = any(${sql.param(orgIds)}::uuid[])`);

function conditions(filter: EntryFilter): SQL | undefined {
  return and(
    ofMembers(filter.bodyId, filter.orgIds),
    filter.tsQuery ? tokensMatch(filter.tsQuery) : undefined,
    filter.text ? sql`position(${filter.text} in ${resourceEntries.title}) > 0` : undefined,
    filter.kind ? eq(resourceEntries.kind, filter.kind) : undefined,
    filter.cityCode ? eq(org.cityCode, filter.cityCode) : undefined,
    filter.categoryCode ? hasCode(resourceEntries.categoryCodes, filter.categoryCode) : undefined,
    filter.classCode ? hasCode(resourceEntries.classCodes, filter.classCode) : undefined,
    filter.mode ? eq(resourceEntries.mode, filter.mode) : undefined,
    filter.openToMembers === undefined ? undefined : eq(resourceEntries.openToMembers, filter.openToMembers),
  );
}

/** An entry as read back: everything but the stored vector, which only the index needs. */
const { searchVector: _vector, ...entryColumns } = getTableColumns(resourceEntries);

export async function searchEntries(db: Executor, filter: EntryFilter, page: { limit: number; offset: number }) {
  return db
    .select({ entry: entryColumns, orgName: org.name, cityCode: org.cityCode })
    .from(resourceEntries)
    .innerJoin(org, eq(org.id, resourceEntries.orgId))
    .where(conditions(filter))
    .orderBy(asc(org.cityCode), asc(org.nameSortKey), asc(org.name), asc(resourceEntries.kind), asc(resourceEntries.title))
    .limit(page.limit)
    .offset(page.offset);
}

/** Entries matching the filter per city: units, majors, bases with their workstations, partners, courses. */
export async function countByCity(db: Executor, filter: EntryFilter) {
  return db
    .select({
      cityCode: org.cityCode,
      members: sql<number>`count(distinct ${resourceEntries.orgId})::int`,
      majors: sql<number>`count(*) filter (where ${resourceEntries.kind} = 'major')::int`,
      bases: sql<number>`count(*) filter (where ${resourceEntries.kind} = 'base')::int`,
      workstations: sql<number>`coalesce(sum(${resourceEntries.workstations}) filter (where ${resourceEntries.kind} = 'base'), 0)::int`,
      partners: sql<number>`count(*) filter (where ${resourceEntries.kind} = 'partner')::int`,
      courses: sql<number>`count(*) filter (where ${resourceEntries.kind} = 'course')::int`,
    })
    .from(resourceEntries)
    .innerJoin(org, eq(org.id, resourceEntries.orgId))
    .where(conditions(filter))
    .groupBy(org.cityCode)
    .orderBy(asc(org.cityCode));
}
