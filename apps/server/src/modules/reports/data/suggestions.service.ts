/**
 * The figures offered beside a report's form fields: the unit's exchange figures of the report's year, read from the
 * resources module's read model (docs/sources.md §9 R5), for its collector to adopt.
 */
import type { TReportSuggestions } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { notFound } from '../../../kernel/errors.js';
import { exchangeFiguresOf } from '../../resources/index.js';
import { findReport } from '../review/reports.repository.js';
import { REPORT_ENTITY } from '../review/reports.service.js';
import { exchangeSuggestions } from './suggestions.rules.js';

export async function reportSuggestions(db: Executor, reportId: string): Promise<TReportSuggestions> {
  const loaded = await findReport(db, reportId);
  if (!loaded) throw notFound(REPORT_ENTITY);
  const year = loaded.cycle.reportYear;
  return { year, items: exchangeSuggestions(await exchangeFiguresOf(db, loaded.report.orgId, year)) };
}
