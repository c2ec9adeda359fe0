import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth/auth.table.js';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/** What the schedule is planned from (章程第六条): the first year, its designated chair, how many years. */
export const chairPlans = pgTable('chair_plans', {
  bodyId: uuid()
    .primaryKey()
    .references(() => bodies.id),
  firstYear: integer().notNull(),
  years: integer().notNull(),
  firstOrgId: uuid()
    .notNull()
    .references(() => organizations.id),
  generatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  version: integer().notNull().default(1),
});

/** A year the joint meeting fixed, with its reason and who recorded it; revoked decisions stay for the record. */
export const chairOverrides = pgTable(
  'chair_overrides',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    year: integer().notNull(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    reason: text().notNull(),
    decidedOn: date({ mode: 'string' }).notNull(),
    recordedByUserId: uuid().references(() => users.id),
    recordedByUsername: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('chair_overrides_active_key')
      .on(t.bodyId, t.year)
      .where(sql`${t.revokedAt} is null`),
  ],
);

/** The schedule as last generated: one chair unit per year, with the explanation the rules gave. */
export const chairYears = pgTable(
  'chair_years',
  {
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    year: integer().notNull(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    city: text().notNull(),
    source: text().notNull(),
    /** { 'zh-CN', 'en-US' } */
    explanation: jsonb().notNull(),
  },
  (t) => [uniqueIndex('chair_years_key').on(t.bodyId, t.year), index('chair_years_org_idx').on(t.orgId)],
);
