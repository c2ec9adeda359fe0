/** SQL of the dynamic resource database: replacing a unit's entries, searching them, counting them per city. */
import { and, asc, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../kernel/db/database.js';
import { readModelBuilder } from '../../../kernel/db/read-models.js';
import { bodyMembershipDirectory } from '../../bodies/index.js';
import { organizationDirectory } from '../../organizations/index.js';
import { resourceDatabaseRevisions, resourceEntries } from './entries.table.js';

export type EntryRow = typeof resourceEntries.$inferSelect;
export type EntryInsert = typeof resourceEntries.$inferInsert;

const org = organizationDirectory();
const membership = bodyMembershipDirectory('entry_membership');

/** The unit's entries in the body become those of its newly accepted answers, and the body's database a revision on. */
export async function replaceEntries(db: Executor, bodyId: string, orgId: string, rows: EntryInsert[]): Promise<void> {
  await db.delete(resourceEntries).where(and(eq(resourceEntries.bodyId, bodyId), eq(resourceEntries.orgId, orgId)));
  for (let i = 0; i < rows.length; i += 500) await db.insert(resourceEntries).values(rows.slice(i, i + 500));
  await db
    .insert(resourceDatabaseRevisions)
    .values({ bodyId, revision: 1 })
    .onConflictDoUpdate({ target: resourceDatabaseRevisions.bodyId, set: { revision: sql`${resourceDatabaseRevisions.revision} + 1` } });
}

/**
 * What the per-city counts of a search depend on besides the filter, in one short statement: the database's revision,
 * and the current members with their cities (a member joining or leaving, or moving city, changes the counts without
 * any entry changing). Equal states give equal fingerprints.
 */
export async function countsFingerprint(db: Executor, bodyId: string): Promise<string> {
  const current = readModelBuilder()
    .select({ orgId: membership.orgId })
    .from(membership)
    .where(and(eq(membership.bodyId, bodyId), isNull(membership.leftOn)))
    .as('current_members');
  const [row] = await db
    .select({
      revision: sql<number>`coalesce((select ${resourceDatabaseRevisions.revision} from ${resourceDatabaseRevisions} where ${resourceDatabaseRevisions.bodyId} = ${bodyId}), 0)`,
      members: sql<number>`count(*)::int`,
      digest: sql<string>`coalesce(sum(hashtext(${current.orgId}::text || ':' || coalesce(${org.cityCode}, ''))), 0)::text`,
    })
    .from(current)
    .innerJoin(org, eq(org.id, current.orgId));
  return `${row?.revision ?? 0}:${row?.members ?? 0}:${row?.digest ?? '0'}`;
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
}

/** Entries whose tokens match a tsquery, read from the stored vector and its index (entries.table.ts). */
export const tokensMatch = (tsQuery: string) => sql`${resourceEntries.searchVector} @@ to_tsquery('simple', ${tsQuery})`;

/** A code among the space-separated codes of a column. */
export const hasCode = (column: AnyPgColumn, code: string) => sql`${code} = any(string_to_array(${column}, ' '))`;

/**
 * Entries of the body's current members, decided in the same statement: passing the 500 members of a large body as a
 * uuid array instead made every search plan and test each entry against the array (75 ms against 11 ms for the
 * counts over 27,000 entries, docs/benchmarks.md §15).
 */
export const ofMembers = (bodyId: string) =>
  and(
    eq(resourceEntries.bodyId, bodyId),
    inArray(
      resourceEntries.orgId,
      readModelBuilder()
        .select({ orgId: membership.orgId })
        .from(membership)
        .where(and(eq(membership.bodyId, bodyId), isNull(membership.leftOn))),
    ),
  );

/** The filter's conditions on the entries themselves: everything but the unit's city. */
function entryConditions(filter: EntryFilter): SQL | undefined {
  return and(
    ofMembers(filter.bodyId),
    filter.tsQuery ? tokensMatch(filter.tsQuery) : undefined,
    filter.text ? sql`position(${filter.text} in ${resourceEntries.title}) > 0` : undefined,
    filter.kind ? eq(resourceEntries.kind, filter.kind) : undefined,
    filter.categoryCode ? hasCode(resourceEntries.categoryCodes, filter.categoryCode) : undefined,
    filter.classCode ? hasCode(resourceEntries.classCodes, filter.classCode) : undefined,
    filter.mode ? eq(resourceEntries.mode, filter.mode) : undefined,
    filter.openToMembers === undefined ? undefined : eq(resourceEntries.openToMembers, filter.openToMembers),
  );
}

const inCity = (filter: EntryFilter) => (filter.cityCode ? eq(org.cityCode, filter.cityCode) : undefined);

/** An entry as read back: everything but the stored vector, which only the index needs. */
const { searchVector: _vector, ...entryColumns } = getTableColumns(resourceEntries);

export async function searchEntries(db: Executor, filter: EntryFilter, page: { limit: number; offset: number }) {
  return db
    .select({ entry: entryColumns, orgName: org.name, cityCode: org.cityCode })
    .from(resourceEntries)
    .innerJoin(org, eq(org.id, resourceEntries.orgId))
    .where(and(entryConditions(filter), inCity(filter)))
    .orderBy(asc(org.cityCode), asc(org.nameSortKey), asc(org.name), asc(resourceEntries.kind), asc(resourceEntries.title))
    .limit(page.limit)
    .offset(page.offset);
}

/**
 * Entries matching the filter per city: units, majors, bases with their workstations, partners, courses. The entries
 * are counted per unit first and the units then summed per city: joining every entry to its unit before counting
 * took four times as long over 27,000 entries (docs/benchmarks.md, resource search under load), and the per-unit
 * counts without a text or class filter read only the covering index `resource_entries_unit_counts_idx`.
 */
export async function countByCity(db: Executor, filter: EntryFilter) {
  const ofKind = (kind: string) => sql<number>`count(*) filter (where ${resourceEntries.kind} = ${kind})`;
  const perUnit = db
    .select({
      orgId: resourceEntries.orgId,
      majors: ofKind('major').as('majors'),
      bases: ofKind('base').as('bases'),
      workstations: sql<number>`coalesce(sum(${resourceEntries.workstations}) filter (where ${resourceEntries.kind} = 'base'), 0)`.as(
        'workstations',
      ),
      partners: ofKind('partner').as('partners'),
      courses: ofKind('course').as('courses'),
    })
    .from(resourceEntries)
    .where(entryConditions(filter))
    .groupBy(resourceEntries.orgId)
    .as('per_unit');
  const total = (column: SQL.Aliased<number>) => sql<number>`sum(${column})::int`;
  return db
    .select({
      cityCode: org.cityCode,
      members: sql<number>`count(*)::int`,
      majors: total(perUnit.majors),
      bases: total(perUnit.bases),
      workstations: total(perUnit.workstations),
      partners: total(perUnit.partners),
      courses: total(perUnit.courses),
    })
    .from(perUnit)
    .innerJoin(org, eq(org.id, perUnit.orgId))
    .where(inCity(filter))
    .groupBy(org.cityCode)
    .orderBy(asc(org.cityCode));
}
