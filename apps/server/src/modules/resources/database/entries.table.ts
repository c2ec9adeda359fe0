import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';
import { resourceSurveyResponses } from '../survey/survey.table.js';

/** PostgreSQL's text-search vector; written by the database only (a generated column). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The dynamic resource database (工作计划 一(一) 建成动态资源数据库): one row per major, training base, enterprise partner
 * and open course of a member's latest accepted survey answers in a body. Accepting answers replaces the unit's rows.
 */
export const resourceEntries = pgTable(
  'resource_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    responseId: uuid()
      .notNull()
      .references(() => resourceSurveyResponses.id),
    year: smallint().notNull(),
    /** major | base | partner | course */
    kind: text().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    majorCode: text(),
    /** Major classes and categories the entry serves, space-separated (a base serves several majors). */
    classCodes: text().notNull().default(''),
    categoryCodes: text().notNull().default(''),
    mode: text(),
    openToMembers: boolean().notNull(),
    workstations: integer().notNull().default(0),
    /** jieba tokens of the entry, its majors and its unit, for full-text search. */
    searchTokens: text().notNull().default(''),
    /**
     * The tokens as a stored vector: a search matching many entries then reads it instead of building it anew for
     * every row (bench/resources.ts: “数控” over 27,000 entries took 0.6 s on PostgreSQL that way).
     */
    searchVector: tsvector().generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, "search_tokens")`),
    isGenerated: boolean().notNull().default(false),
  },
  (t) => [
    index('resource_entries_body_kind_idx').on(t.bodyId, t.kind),
    index('resource_entries_org_idx').on(t.bodyId, t.orgId),
    /** Counting per unit and kind (entries.repository.ts countByCity) reads this index alone. */
    index('resource_entries_unit_counts_idx').on(t.bodyId, t.kind, t.orgId, t.workstations),
    index('resource_entries_search_idx').using('gin', t.searchVector),
  ],
);

/**
 * How often each body's resource database changed: accepting a unit's answers counts it up in the same transaction, so
 * per-city counts kept for a search (city-counts.cache.ts) are known to be current while the count is unchanged.
 */
export const resourceDatabaseRevisions = pgTable('resource_database_revisions', {
  bodyId: uuid()
    .primaryKey()
    .references(() => bodies.id),
  revision: integer().notNull().default(0),
});
