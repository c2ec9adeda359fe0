import { boolean, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/**
 * What a school of a body trains in one major and mode for the next three years: planned enrolment and expected
 * graduates for `startYear + i`, and the places it offers the body's enterprises. Entered here until the resources
 * survey (docs/sources.md §9 R1) provides it.
 */
export const talentSupplies = pgTable(
  'talent_supplies',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    majorCode: text().notNull(),
    /** full_time | apprenticeship | order_class | part_time */
    mode: text().notNull(),
    startYear: smallint().notNull(),
    plannedEnrolment: jsonb().$type<number[]>().notNull(),
    expectedGraduates: jsonb().$type<number[]>().notNull(),
    placementsOffered: integer().notNull().default(0),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('talent_supplies_key').on(t.bodyId, t.orgId, t.majorCode, t.mode, t.startYear),
    index('talent_supplies_body_major_idx').on(t.bodyId, t.majorCode),
  ],
);
