import type { TTalentJobFieldChange } from '@chanjiao/contracts';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';

/** A position of an enterprise on a body's job list (岗位清单, 连教职函〔2026〕6号 附件1 指标3.2), as it stands now. */
export const talentJobs = pgTable(
  'talent_jobs',
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
    headcount: integer().notNull(),
    duties: text(),
    validUntil: date({ mode: 'string' }),
    /** draft | published | withdrawn; expired is read from `validUntil` (list-lifecycle.rules.ts) */
    status: text().notNull().default('draft'),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('talent_jobs_body_org_idx').on(t.bodyId, t.orgId)],
);

/** Every version of a position (指标3.2 动态调整): the fields it changed, who changed them, when and why. */
export const talentJobAdjustments = pgTable(
  'talent_job_adjustments',
  {
    id: uuid().primaryKey().defaultRandom(),
    jobId: uuid()
      .notNull()
      .references(() => talentJobs.id),
    /** The job's version the adjustment produced. */
    seq: integer().notNull(),
    /** create | adjust */
    kind: text().notNull(),
    reason: text(),
    changes: jsonb().$type<TTalentJobFieldChange[]>().notNull(),
    actorName: text(),
    at: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('talent_job_adjustments_job_idx').on(t.jobId, t.seq)],
);
