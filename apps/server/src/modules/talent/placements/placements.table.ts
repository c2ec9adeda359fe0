import { boolean, date, doublePrecision, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';
import { talentJobs } from '../jobs/jobs.table.js';

/**
 * Internship or apprenticeship places an enterprise on a body's enterprise list offers for a period (连教职函〔2026〕6号 附件1
 * 指标4.6 “企业按岗位总量一定比例设立岗位，接受学生来企实习实训”), linked to its job list position where there is one.
 */
export const talentPlacementOffers = pgTable(
  'talent_placement_offers',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    /** internship | apprenticeship */
    kind: text().notNull(),
    jobId: uuid().references(() => talentJobs.id),
    position: text().notNull(),
    places: integer().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    isGenerated: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('talent_placement_offers_body_idx').on(t.bodyId, t.orgId)],
);

/** A school's take-up of an offer: how many students, for how many months each (人月 = students × months). */
export const talentPlacementTakeUps = pgTable(
  'talent_placement_take_ups',
  {
    id: uuid().primaryKey().defaultRandom(),
    offerId: uuid()
      .notNull()
      .references(() => talentPlacementOffers.id),
    schoolOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    students: integer().notNull(),
    /** In steps of 0.5, exact in binary floating point. */
    months: doublePrecision().notNull(),
    isGenerated: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('talent_placement_take_ups_offer_idx').on(t.offerId)],
);

/** Teachers of a member school practising in an enterprise of the list (教师企业实践, 人月 = teachers × months). */
export const talentTeacherPractices = pgTable(
  'talent_teacher_practices',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    schoolOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    enterpriseOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    teachers: integer().notNull(),
    months: doublePrecision().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    isGenerated: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('talent_teacher_practices_body_idx').on(t.bodyId)],
);
