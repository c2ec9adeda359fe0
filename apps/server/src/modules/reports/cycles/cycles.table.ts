import { boolean, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ReportLevel, TAuthorityData, TReportDeadlines } from '@chanjiao/contracts';
import { organizations } from '../../organizations/organizations.table.js';

/**
 * A yearly quality-report cycle an authority runs (docs/sources.md §9 Q1). The outline and the indicator set's version are
 * data of the cycle and freeze when it opens.
 */
export const reportCycles = pgTable(
  'report_cycles',
  {
    id: uuid().primaryKey().defaultRandom(),
    authorityOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    reportYear: smallint().notNull(),
    title: text().notNull(),
    noticeNumber: text(),
    levels: jsonb().$type<ReportLevel[]>().notNull(),
    deadlines: jsonb().$type<TReportDeadlines>().notNull(),
    outline: jsonb().$type<string[]>().notNull(),
    indicatorSetVersion: text().notNull(),
    /**
     * The 合计 of 表1 as a document about the cycle states it (an imported district report), compared with the
     * computed one when the report is generated: [中职专业, 中高职贯通, 中本贯通, 学生人数, 教职员工数] and its source.
     */
    statedTable1Totals: jsonb().$type<{ totals: (number | null)[]; source: string }>(),
    /** The authority's own figures for its report (表3 培训情况 by year); null until it enters them. */
    authorityData: jsonb().$type<TAuthorityData>(),
    /** draft | open */
    status: text().notNull().default('draft'),
    openedAt: timestamp({ withTimezone: true, mode: 'date' }),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('report_cycles_authority_year_key').on(t.authorityOrgId, t.reportYear),
    index('report_cycles_status_idx').on(t.status),
  ],
);
