import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ReportLevel, TFieldComment, TReportData } from '@chanjiao/contracts';
import { users } from '../../../kernel/auth/auth.table.js';
import { organizations } from '../../organizations/organizations.table.js';
import { reportCycles } from '../cycles/cycles.table.js';

/** One participant's report in a cycle: its data, where it stands in the review chain, the signed statement. */
export const qualityReports = pgTable(
  'quality_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    cycleId: uuid()
      .notNull()
      .references(() => reportCycles.id),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    level: text().$type<ReportLevel>().notNull(),
    /** draft | submitted | returned | reviewed | approved (review.rules.ts) */
    status: text().notNull().default('draft'),
    data: jsonb().$type<TReportData>().notNull(),
    /** The comments of the last return, per field, until the next submission. */
    fieldComments: jsonb().$type<TFieldComment[]>().notNull().default([]),
    returnComment: text(),
    submittedBy: uuid().references(() => users.id),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }),
    approvedAt: timestamp({ withTimezone: true, mode: 'date' }),
    /** 责任声明 as signed: the text with the unit and year filled in, the signatory's name, when. */
    statement: jsonb().$type<{ text: string; signatoryName: string; signedAt: string; signedBy: string | null }>(),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('quality_reports_cycle_org_key').on(t.cycleId, t.orgId), index('quality_reports_org_idx').on(t.orgId)],
);

/** Every step of the review chain, with the data as submitted or approved: the report's versions and history. */
export const qualityReportEvents = pgTable(
  'quality_report_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    reportId: uuid()
      .notNull()
      .references(() => qualityReports.id),
    action: text().notNull(),
    fromStatus: text().notNull(),
    toStatus: text().notNull(),
    actorId: uuid().references(() => users.id),
    actorName: text(),
    at: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    comment: text(),
    fieldComments: jsonb().$type<TFieldComment[]>().notNull().default([]),
    dataSnapshot: jsonb().$type<TReportData>(),
    /** The order the steps were recorded in: two steps can share a timestamp (one request, or a clock held still). */
    seq: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
  },
  (t) => [index('quality_report_events_report_idx').on(t.reportId, t.at)],
);
