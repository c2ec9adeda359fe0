/**
 * Use cases of the supply–demand reports (docs/sources.md §9 T4): the secretariat drafts a period's report (its
 * text starts from the figures in words), edits the text, publishes it — the report takes the next number of its
 * series and its figures are stored as they are that day — and withdraws it only with a reason. Every write is
 * audited in its transaction. Drafts are the secretariat's; published and withdrawn reports are the body's.
 */
import {
  type TalentReportKind,
  type TalentReportStatus,
  TALENT_REPORT_KINDS,
  TALENT_REPORT_STATUSES,
  type TTalentReport,
  type TTalentReportInput,
  type TTalentReportList,
  type TTalentReportPublishInput,
  type TTalentReportSectionsInput,
  type TTalentReportSummary,
  type TTalentReportWithdrawInput,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { requireBody } from '../../bodies/index.js';
import { nextIssueNumber } from '../items/innovation-issues.rules.js';
import { isEditable, lifecycleStep } from '../lists/list-lifecycle.rules.js';
import { currentFigures } from './report-figures.service.js';
import * as repo from './reports.repository.js';
import { draftSections, hasBegun, numberLabel, reportPeriod, reportTitle } from './reports.rules.js';

export const REPORT_ENTITY = bilingual('人才供需报告', 'supply–demand report');

interface At {
  now: Date;
  today: string;
}

const ACTIONS = {
  edit: bilingual('修改', 'edited'),
  publish: bilingual('发布', 'published'),
  withdraw: bilingual('撤回', 'withdrawn'),
  delete: bilingual('删除', 'deleted'),
} as const;

const periodOf = (row: repo.ReportRow) => reportPeriod(row.kind as TalentReportKind, row.year, row.quarter);
const mayManage = (grants: Grant[], bodyId: string) => isAllowed(grants, 'talent.report.manage', { bodyId });

function statusError(row: repo.ReportRow, bodyName: string, action: keyof typeof ACTIONS) {
  return new DomainError('TALENT_REPORT_STATUS', {
    title: reportTitle(bodyName, periodOf(row)),
    status: TALENT_REPORT_STATUSES[row.status as TalentReportStatus],
    action: ACTIONS[action],
  });
}

function summary(row: repo.ReportRow, bodyName: string): TTalentReportSummary {
  const period = periodOf(row);
  return {
    id: row.id,
    kind: row.kind as TalentReportKind,
    year: row.year,
    quarter: row.quarter,
    periodLabel: period.label,
    title: reportTitle(bodyName, period),
    numberLabel: row.number ? numberLabel(row.year, row.number) : null,
    status: row.status as TalentReportStatus,
    publishedOn: row.publishedOn,
    version: row.version,
    isGenerated: row.isGenerated,
  };
}

export async function listReports(db: Executor, grants: Grant[], bodyId: string): Promise<TTalentReportList> {
  const body = await requireBody(db, bodyId);
  const manage = mayManage(grants, bodyId);
  return {
    items: (await repo.listReports(db, bodyId)).filter((row) => manage || row.status !== 'draft').map((row) => summary(row, body.name)),
    abilities: { create: manage },
  };
}

async function requireReport(db: Executor, bodyId: string, reportId: string) {
  const row = await repo.findReport(db, bodyId, reportId);
  if (!row) throw notFound(REPORT_ENTITY);
  return row;
}

/** The report as a reader sees it: a draft with today's figures, a published or withdrawn one with its frozen figures. */
async function present(db: Executor, row: repo.ReportRow, bodyName: string, manage: boolean, today: string): Promise<TTalentReport> {
  const period = periodOf(row);
  const figures = row.figures ?? (await currentFigures(db, row.bodyId, period, today));
  const status = row.status as TalentReportStatus;
  return {
    ...summary(row, bodyName),
    body: { id: row.bodyId, name: bodyName },
    firstDay: period.firstDay,
    lastDay: period.lastDay,
    sections: row.sections,
    figures,
    withdrawnOn: row.withdrawnOn,
    withdrawnReason: row.withdrawnReason,
    abilities: {
      edit: manage && isEditable(status),
      publish: manage && status === 'draft',
      withdraw: manage && status === 'published',
    },
  };
}

export async function getReport(db: Executor, grants: Grant[], bodyId: string, reportId: string, today: string): Promise<TTalentReport> {
  const body = await requireBody(db, bodyId);
  const row = await requireReport(db, bodyId, reportId);
  const manage = mayManage(grants, bodyId);
  if (row.status === 'draft' && !manage) throw notFound(REPORT_ENTITY);
  return present(db, row, body.name, manage, today);
}

export async function createReport(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TTalentReportInput,
  at: At,
  provenance: { isGenerated?: boolean } = {},
) {
  const body = await requireBody(db, bodyId);
  const period = reportPeriod(input.kind, input.year, input.quarter ?? null);
  if (!hasBegun(period, at.today)) {
    throw new DomainError('TALENT_REPORT_PERIOD', { period: period.label, firstDay: period.firstDay, today: at.today });
  }
  const figures = await currentFigures(db, bodyId, period, at.today);
  return db.transaction(async (tx) => {
    await repo.lockSeries(tx, bodyId, period.kind, period.year);
    const existing = await repo.liveReportOf(tx, bodyId, period.kind, period.year, period.quarter);
    if (existing) {
      throw new DomainError('TALENT_REPORT_EXISTS', {
        body: body.name,
        period: period.label,
        kind: TALENT_REPORT_KINDS[period.kind],
        status: TALENT_REPORT_STATUSES[existing.status as TalentReportStatus],
      });
    }
    const row = await repo.insertReport(tx, {
      bodyId,
      kind: period.kind,
      year: period.year,
      quarter: period.quarter,
      sections: draftSections(body.name, period, figures),
      isGenerated: provenance.isGenerated ?? false,
    });
    await recordAudit(tx, actor, {
      action: 'talent.report.create',
      entityType: 'talent_report',
      entityId: row.id,
      details: { bodyId, kind: period.kind, year: period.year, quarter: period.quarter },
    });
    return row;
  });
}

async function requireDraft(db: Executor, bodyId: string, reportId: string, version: number, action: keyof typeof ACTIONS) {
  const body = await requireBody(db, bodyId);
  const row = await requireReport(db, bodyId, reportId);
  if (!isEditable(row.status as TalentReportStatus)) throw statusError(row, body.name, action);
  if (row.version !== version) throw new DomainError('VERSION_CONFLICT', { current: row.version });
  return { body, row };
}

export async function updateSections(db: Executor, actor: Actor, bodyId: string, reportId: string, input: TTalentReportSectionsInput) {
  const { row } = await requireDraft(db, bodyId, reportId, input.version, 'edit');
  const sections = { intro: input.intro, analysis: input.analysis, advice: input.advice };
  await db.transaction(async (tx) => {
    const updated = await repo.updateReportAtVersion(tx, reportId, input.version, { sections });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: row.version });
    await recordAudit(tx, actor, {
      action: 'talent.report.sections',
      entityType: 'talent_report',
      entityId: reportId,
      details: { bodyId, before: row.sections, after: sections },
    });
  });
}

/** The report takes the next number of its series and keeps the day's figures from now on. */
export async function publishReport(
  db: Executor,
  actor: Actor,
  bodyId: string,
  reportId: string,
  input: TTalentReportPublishInput,
  at: At,
) {
  const { row, body } = await requireDraft(db, bodyId, reportId, input.version, 'publish');
  const step = lifecycleStep(row.status as TalentReportStatus, null, at.today, 'publish', null);
  if (!step.ok) throw statusError(row, body.name, 'publish');
  return db.transaction(async (tx) => {
    await repo.lockSeries(tx, bodyId, row.kind, row.year);
    // Read under the series' lock, so that the trend includes a quarter published a moment before.
    const figures = await currentFigures(tx, bodyId, periodOf(row), at.today);
    const number = nextIssueNumber(await repo.usedNumbers(tx, bodyId, row.kind, row.year));
    const updated = await repo.updateReportAtVersion(tx, reportId, input.version, {
      status: step.to,
      number,
      figures,
      publishedOn: at.today,
      publishedAt: at.now,
    });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: row.version });
    await recordAudit(tx, actor, {
      action: 'talent.report.publish',
      entityType: 'talent_report',
      entityId: reportId,
      details: { bodyId, kind: row.kind, year: row.year, quarter: row.quarter, number, totals: figures.totals },
    });
    return updated;
  });
}

export async function withdrawReport(
  db: Executor,
  actor: Actor,
  bodyId: string,
  reportId: string,
  input: TTalentReportWithdrawInput,
  at: At,
) {
  const body = await requireBody(db, bodyId);
  const row = await requireReport(db, bodyId, reportId);
  const step = lifecycleStep(row.status as TalentReportStatus, null, at.today, 'withdraw', input.reason);
  if (!step.ok) throw statusError(row, body.name, 'withdraw');
  if (row.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: row.version });
  await db.transaction(async (tx) => {
    const updated = await repo.updateReportAtVersion(tx, reportId, input.version, {
      status: step.to,
      withdrawnOn: at.today,
      withdrawnReason: input.reason,
    });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: row.version });
    await recordAudit(tx, actor, {
      action: 'talent.report.withdraw',
      entityType: 'talent_report',
      entityId: reportId,
      details: { bodyId, number: row.number, reason: input.reason },
    });
  });
}

/** A draft may be thrown away; what was published stays on record. */
export async function deleteDraft(db: Executor, actor: Actor, bodyId: string, reportId: string, version: number) {
  const { row } = await requireDraft(db, bodyId, reportId, version, 'delete');
  await db.transaction(async (tx) => {
    await repo.deleteReport(tx, reportId);
    await recordAudit(tx, actor, {
      action: 'talent.report.delete',
      entityType: 'talent_report',
      entityId: reportId,
      details: { bodyId, kind: row.kind, year: row.year, quarter: row.quarter, sections: row.sections },
    });
  });
}

/** The yearly 人才需求报告 the body published in each year and has not withdrawn (连教职函〔2026〕6号 附件1: 发布人才需求报告（个）). */
export async function demandReportCounts(db: Executor, bodyId: string, years: number[]): Promise<Map<number, number>> {
  return repo.publishedCountsByYear(db, bodyId, 'yearly', years);
}
