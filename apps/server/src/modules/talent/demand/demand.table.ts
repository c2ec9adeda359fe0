import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/**
 * One position an enterprise of a body will fill in the next three years (三年内企业技能人才需求清单, 连教职函〔2026〕6号 附件1 指标3.3).
 * `headcounts[i]` is the people wanted in `startYear + i`; `majorCodes` are catalogue codes in the order the
 * enterprise ranks them (the order shares the headcount, gaps.rules.ts).
 */
export const talentDemands = pgTable(
  'talent_demands',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    position: text().notNull(),
    occupation: text().notNull(),
    occupationCode: text(),
    majorCodes: jsonb().$type<string[]>().notNull(),
    /** secondary | higher_associate | higher_bachelor */
    educationLevel: text().notNull(),
    startYear: smallint().notNull(),
    headcounts: jsonb().$type<number[]>().notNull(),
    skills: text(),
    locationRegionCode: text().notNull(),
    wageMin: integer(),
    wageMax: integer(),
    apprenticeshipPlaces: integer().notNull().default(0),
    internshipPlaces: integer().notNull().default(0),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('talent_demands_body_org_idx').on(t.bodyId, t.orgId),
    index('talent_demands_body_year_idx').on(t.bodyId, t.startYear),
    // A city's gap table reads the rows of that city only (demand.repository.ts, demandFigures).
    index('talent_demands_body_city_idx').on(t.bodyId, sql`left(${t.locationRegionCode}, 4)`, t.startYear),
  ],
);
