import { boolean, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/**
 * 学生信息清单 (《本期聚焦：市域产教联合体》): how many students of a school's major graduate in a year and how many of them seek a
 * placement with the body's enterprises — counts only, so the list never holds a person.
 */
export const talentStudentAggregates = pgTable(
  'talent_student_aggregates',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    majorCode: text().notNull(),
    graduationYear: smallint().notNull(),
    students: integer().notNull(),
    seekingPlacement: integer().notNull(),
    /** draft | published | withdrawn */
    status: text().notNull().default('draft'),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('talent_student_aggregates_key').on(t.bodyId, t.orgId, t.majorCode, t.graduationYear),
    index('talent_student_aggregates_body_idx').on(t.bodyId, t.status),
  ],
);
