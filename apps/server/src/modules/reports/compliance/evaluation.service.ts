/**
 * The expert's side of the compliance evaluation: the reports assigned to them, the sheet with the platform's
 * pre-assessments and their evidence, saving verdicts and findings, submitting once, and declaring a conflict (回避).
 * An expert reaches only their own evaluations; every write is audited in its transaction.
 */
import type { TComplianceSheet, TComplianceSheetSave, TMyEvaluations } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { formatShanghai } from '../../../kernel/time/shanghai.js';
import { publicPathOf } from '../publication/publication.service.js';
import { findReport } from '../review/reports.repository.js';
import { REPORT_ENTITY } from '../review/reports.service.js';
import { sheetProblems } from './compliance.rules.js';
import type { StoredComplianceItem } from './compliance.table.js';
import * as repo from './compliance.repository.js';
import { checklistOf, factsOf, preassessAll, preassessedVerdicts } from './report-facts.js';

export const EVALUATION_ENTITY = bilingual('合规性评价', 'compliance evaluation');

export async function requireEvaluation(db: Executor, id: string) {
  const evaluation = await repo.findEvaluation(db, id);
  if (!evaluation) throw notFound(EVALUATION_ENTITY);
  return evaluation;
}

/** The expert's own evaluation; another's is refused, so an expert scores only what is assigned to them. */
async function requireOwn(db: Executor, expertId: string, id: string) {
  const evaluation = await requireEvaluation(db, id);
  if (evaluation.expertId !== expertId) throw new DomainError('COMPLIANCE_NOT_ASSIGNED');
  return evaluation;
}

function assertOpen(evaluation: repo.EvaluationRow) {
  if (evaluation.status !== 'assigned') {
    throw new DomainError('COMPLIANCE_ALREADY_SUBMITTED', {
      at: formatShanghai(evaluation.submittedAt ?? evaluation.updatedAt, 'minute'),
    });
  }
}

export async function myEvaluations(db: Executor, expertId: string): Promise<TMyEvaluations> {
  const rows = await repo.evaluationsOfExpert(db, expertId);
  return {
    items: rows.map(({ evaluation, orgId, orgName, level, cycle }) => ({
      id: evaluation.id,
      cycle,
      report: { id: evaluation.reportId, org: { id: orgId, name: orgName }, level },
      status: evaluation.status as TMyEvaluations['items'][number]['status'],
      assignedAt: evaluation.assignedAt.toISOString(),
      submittedAt: evaluation.submittedAt?.toISOString() ?? null,
    })),
  };
}

async function loadSheet(db: Executor, evaluation: repo.EvaluationRow, today: string) {
  const loaded = await findReport(db, evaluation.reportId);
  if (!loaded) throw notFound(REPORT_ENTITY);
  const checklist = checklistOf(evaluation.checklistVersion);
  const facts = await factsOf(db, loaded, today);
  return { loaded, checklist, assessments: preassessAll(checklist, facts), published: facts.publishedOn !== null };
}

export async function getSheet(db: Executor, expertId: string, id: string, today: string): Promise<TComplianceSheet> {
  const evaluation = await requireOwn(db, expertId, id);
  const { loaded, checklist, assessments, published } = await loadSheet(db, evaluation, today);
  const { report, cycle, orgName } = loaded;
  return {
    id: evaluation.id,
    cycle: { id: cycle.id, title: cycle.title, reportYear: cycle.reportYear, publishDeadline: cycle.deadlines.publish },
    report: { id: report.id, org: { id: report.orgId, name: orgName }, level: report.level, status: report.status as never },
    publicPath: published && report.status === 'approved' ? publicPathOf({ reportId: report.id }) : null,
    status: evaluation.status as TComplianceSheet['status'],
    checklistVersion: evaluation.checklistVersion,
    items: checklist.map((entry) => {
      const stored = evaluation.items.find((item) => item.key === entry.key);
      const preassessment = assessments.get(entry.key)!;
      return {
        key: entry.key,
        title: entry.title,
        guidance: entry.guidance,
        check: entry.check,
        // A submitted sheet shows the pre-assessment it was submitted against.
        preassessment: stored?.preassessed !== undefined ? { ...preassessment, verdict: stored.preassessed } : preassessment,
        verdict: stored?.verdict ?? null,
        finding: stored?.finding ?? null,
      };
    }),
    conflictReason: evaluation.conflictReason,
    submittedAt: evaluation.submittedAt?.toISOString() ?? null,
    mayEdit: evaluation.status === 'assigned',
    version: evaluation.version,
  };
}

function storedItems(evaluation: repo.EvaluationRow, input: TComplianceSheetSave): StoredComplianceItem[] {
  const checklist = checklistOf(evaluation.checklistVersion);
  const unknown = input.items.find((item) => !checklist.some((entry) => entry.key === item.key));
  if (unknown) throw new DomainError('COMPLIANCE_UNKNOWN_ITEM', { key: unknown.key, version: evaluation.checklistVersion });
  return checklist.map((entry) => {
    const given = input.items.find((item) => item.key === entry.key);
    return { key: entry.key, verdict: given?.verdict ?? null, finding: given?.finding ?? null };
  });
}

export async function saveSheet(db: Executor, actor: Actor, expertId: string, id: string, input: TComplianceSheetSave): Promise<void> {
  const evaluation = await requireOwn(db, expertId, id);
  assertOpen(evaluation);
  const items = storedItems(evaluation, input);
  await db.transaction(async (tx) => {
    const updated = await repo.updateEvaluationAtVersion(tx, id, input.version, { items });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: evaluation.version });
    await recordAudit(tx, actor, {
      action: 'reports.compliance.save',
      entityType: 'compliance_evaluation',
      entityId: id,
      details: { reportId: evaluation.reportId, items: items.map((i) => ({ key: i.key, verdict: i.verdict })) },
    });
  });
}

/** Submission takes the sheet as sent (saved with it) and needs every item settled (compliance.rules.ts → sheetProblems). */
export async function submitSheet(
  db: Executor,
  actor: Actor,
  expertId: string,
  id: string,
  input: TComplianceSheetSave,
  now: Date,
  today: string,
): Promise<void> {
  const evaluation = await requireOwn(db, expertId, id);
  assertOpen(evaluation);
  const items = storedItems(evaluation, input);
  const { checklist, assessments } = await loadSheet(db, evaluation, today);
  const preassessed = preassessedVerdicts(assessments);
  const problems = sheetProblems(checklist, items, preassessed);
  if (problems.length > 0) {
    throw new DomainError(
      'COMPLIANCE_SHEET_INCOMPLETE',
      { count: problems.length, first: problems[0]!.message },
      problems.map((p) => ({ path: `items.${checklist.findIndex((e) => e.key === p.key)}.${p.field}`, message: p.message })),
    );
  }
  const submitted = items.map((item) => ({ ...item, preassessed: preassessed[item.key] ?? null }));
  await db.transaction(async (tx) => {
    const updated = await repo.updateEvaluationAtVersion(tx, id, input.version, {
      items: submitted,
      status: 'submitted',
      submittedAt: now,
    });
    if (!updated) {
      const current = await repo.findEvaluation(tx, id);
      if (current && current.status !== 'assigned') assertOpen(current);
      throw new DomainError('VERSION_CONFLICT', { current: evaluation.version });
    }
    await recordAudit(tx, actor, {
      action: 'reports.compliance.submit',
      entityType: 'compliance_evaluation',
      entityId: id,
      details: { reportId: evaluation.reportId, checklistVersion: evaluation.checklistVersion, items: submitted },
    });
  });
}

/** The expert states a conflict with the report's unit: the evaluation closes and the expert is not assigned to it again. */
export async function declareConflict(db: Executor, actor: Actor, expertId: string, id: string, reason: string): Promise<void> {
  const evaluation = await requireOwn(db, expertId, id);
  assertOpen(evaluation);
  await db.transaction(async (tx) => {
    const updated = await repo.updateEvaluationAtVersion(tx, id, evaluation.version, { status: 'conflict', conflictReason: reason });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: evaluation.version });
    await recordAudit(tx, actor, {
      action: 'reports.compliance.conflict',
      entityType: 'compliance_evaluation',
      entityId: id,
      details: { reportId: evaluation.reportId, reason },
    });
  });
}
