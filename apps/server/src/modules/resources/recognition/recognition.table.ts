import { integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { resourceCourseNominations } from '../courses/courses.table.js';

/** The home school's decision on one student's result of one closed course (学分互认); changed only with a reason. */
export const resourceCreditRecognitions = pgTable(
  'resource_credit_recognitions',
  {
    id: uuid().primaryKey().defaultRandom(),
    nominationId: uuid()
      .notNull()
      .references(() => resourceCourseNominations.id),
    /** recognised | converted | refused */
    outcome: text().notNull(),
    ownCourseName: text(),
    credits: numeric({ precision: 4, scale: 1, mode: 'number' }).notNull(),
    grade: text(),
    /** The published conversion rule a `converted` decision applied. */
    ruleId: text(),
    reason: text(),
    decidedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [uniqueIndex('resource_credit_recognitions_nomination').on(t.nominationId)],
);
