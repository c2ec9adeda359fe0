import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { PublicationForm } from '@chanjiao/contracts';
import { users } from '../../../kernel/auth/auth.table.js';
import { organizations } from '../../organizations/organizations.table.js';
import { reportCycles } from '../cycles/cycles.table.js';
import { qualityReports } from '../review/reports.table.js';

/**
 * A report's publication (上海年报's first page: 公开形式, 公开时间, 公开网址): a participant's report (reportId set) or
 * the authority's own report of the cycle (reportId null). A withdrawal keeps the row with its reason; a new
 * publication is a new row, so at most one row per report is not withdrawn.
 */
export const reportPublications = pgTable(
  'report_publications',
  {
    id: uuid().primaryKey().defaultRandom(),
    cycleId: uuid()
      .notNull()
      .references(() => reportCycles.id),
    reportId: uuid().references(() => qualityReports.id),
    /** The unit whose report it is: the school, district or enterprise, or the authority for its own report. */
    orgId: uuid()
      .notNull()
      .references(() => organizations.id),
    form: text().$type<PublicationForm>().notNull(),
    publishedOn: date({ mode: 'string' }).notNull(),
    url: text().notNull(),
    publishedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    withdrawnAt: timestamp({ withTimezone: true, mode: 'date' }),
    withdrawnBy: uuid().references(() => users.id),
    withdrawnByName: text(),
    withdrawReason: text(),
  },
  (t) => [
    uniqueIndex('report_publications_live_report_key')
      .on(t.reportId)
      .where(sql`${t.withdrawnAt} is null and ${t.reportId} is not null`),
    uniqueIndex('report_publications_live_cycle_key')
      .on(t.cycleId)
      .where(sql`${t.withdrawnAt} is null and ${t.reportId} is null`),
    index('report_publications_cycle_idx').on(t.cycleId),
  ],
);
