import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ComplianceVerdict } from '@chanjiao/contracts';
import { users } from '../../../kernel/auth/auth.table.js';
import { reportCycles } from '../cycles/cycles.table.js';
import { qualityReports } from '../review/reports.table.js';

/** One item of an expert's sheet: the verdict, the finding, and the platform's pre-assessment as it stood at submission. */
export interface StoredComplianceItem {
  key: string;
  verdict: ComplianceVerdict | null;
  finding: string | null;
  preassessed?: ComplianceVerdict | null;
}

/**
 * One expert's compliance evaluation of one report (合规性评价, docs/sources.md §9 Q5). `round` counts the report's send-backs
 * before it: after a report is sent back and approved again it is evaluated afresh, and the earlier sheets stay.
 */
export const complianceEvaluations = pgTable(
  'report_compliance_evaluations',
  {
    id: uuid().primaryKey().defaultRandom(),
    cycleId: uuid()
      .notNull()
      .references(() => reportCycles.id),
    reportId: uuid()
      .notNull()
      .references(() => qualityReports.id),
    expertId: uuid()
      .notNull()
      .references(() => users.id),
    round: integer().notNull().default(0),
    checklistVersion: text().notNull(),
    /** assigned | submitted | conflict (the expert declared one) */
    status: text().notNull().default('assigned'),
    items: jsonb().$type<StoredComplianceItem[]>().notNull().default([]),
    conflictReason: text(),
    assignedBy: uuid().references(() => users.id),
    assignedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('report_compliance_evaluations_pair_key').on(t.reportId, t.round, t.expertId),
    index('report_compliance_evaluations_cycle_idx').on(t.cycleId),
    index('report_compliance_evaluations_expert_idx').on(t.expertId),
  ],
);

/** A report sent back to its unit on the experts' findings: the reason as sent, kept with the round it closed. */
export const complianceSendBacks = pgTable(
  'report_compliance_send_backs',
  {
    id: uuid().primaryKey().defaultRandom(),
    cycleId: uuid()
      .notNull()
      .references(() => reportCycles.id),
    reportId: uuid()
      .notNull()
      .references(() => qualityReports.id),
    round: integer().notNull(),
    reason: text().notNull(),
    sentBy: uuid().references(() => users.id),
    sentByName: text(),
    sentAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('report_compliance_send_backs_round_key').on(t.reportId, t.round),
    index('report_compliance_send_backs_cycle_idx').on(t.cycleId),
  ],
);
