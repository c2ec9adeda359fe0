import type { TAdjustmentThresholds } from '@chanjiao/contracts';
import { integer, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';

/**
 * The thresholds of a body's 专业动态调整 suggestions, set by its secretariat; a body without a row uses
 * DEFAULT_ADJUSTMENT_THRESHOLDS. Suggestions are computed when read and never stored: nothing changes a school's majors.
 */
export const talentAdjustmentThresholds = pgTable('talent_adjustment_thresholds', {
  bodyId: uuid()
    .primaryKey()
    .references(() => bodies.id),
  thresholds: jsonb().$type<TAdjustmentThresholds>().notNull(),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
