/**
 * The public view of a body's reports (docs/sources.md §9 T4 “a public page”): what is published and not withdrawn,
 * read without signing in, with the documents to download. Drafts and withdrawn reports are not found here.
 */
import type { TPublicTalentReports, TTalentReport } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { notFound } from '../../../kernel/errors.js';
import { requireBody } from '../../bodies/index.js';
import * as repo from './reports.repository.js';
import { getReport, listReports, REPORT_ENTITY } from './reports.service.js';

export async function publicReports(db: Executor, bodyId: string): Promise<TPublicTalentReports> {
  const body = await requireBody(db, bodyId);
  const { items } = await listReports(db, [], bodyId);
  return {
    body: { id: body.id, name: body.name },
    items: items.filter((item) => item.status === 'published').map(({ status: _s, version: _v, isGenerated: _g, ...item }) => item),
  };
}

/** A published report for anyone: its frozen figures and text. */
export async function publicReport(db: Executor, reportId: string, today: string): Promise<TTalentReport> {
  const row = await repo.findReportById(db, reportId);
  if (!row || row.status !== 'published') throw notFound(REPORT_ENTITY);
  return getReport(db, [], row.bodyId, reportId, today);
}
