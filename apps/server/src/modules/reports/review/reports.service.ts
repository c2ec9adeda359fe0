/**
 * Use cases of a participant's report: read it with its computed rates and problems, save the collector's data, and
 * move it along the review chain (review.rules.ts). Every step writes an event with the data as it then stood and
 * an audit entry in the same transaction.
 */
import {
  completeReportData,
  REPORT_RESPONSIBILITY_STATEMENT,
  REVIEW_ACTIONS,
  type ReportStatus,
  type ReviewAction,
  type TFieldComment,
  type TMyReports,
  type TReportApproval,
  type TReportData,
  type TReportDetail,
  type TReportPass,
  type TReportReturn,
  type TReportSave,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed, scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import { isEvaluating } from '../compliance/compliance.repository.js';
import { commentableFields, formProblems } from '../data/form.rules.js';
import { computeRates } from '../data/rates.rules.js';
import * as repo from './reports.repository.js';
import { decideTransition, type ReviewCapacity } from './review.rules.js';

export const REPORT_ENTITY = bilingual('质量年报', 'quality report');

export type LoadedReport = NonNullable<Awaited<ReturnType<typeof repo.findReport>>>;
type Loaded = LoadedReport;

function capacityOf(grants: Grant[], actor: Actor, loaded: Loaded): ReviewCapacity {
  const orgId = loaded.report.orgId;
  return {
    collect: isAllowed(grants, 'reports.data.collect', { orgId }),
    review: isAllowed(grants, 'reports.data.review', { orgId }),
    approve: isAllowed(grants, 'reports.data.approve', { orgId }),
    authority: isAllowed(grants, 'reports.cycle.manage', { orgId: loaded.cycle.authorityOrgId }),
    submittedIt: !!actor.userId && loaded.report.submittedBy === actor.userId,
  };
}

const seesIt = (capacity: ReviewCapacity) => capacity.collect || capacity.review || capacity.approve || capacity.authority;

/** A report is seen by its unit's collector, reviewer and principal and by the authority running the cycle. */
export async function requireVisible(db: Executor, grants: Grant[], actor: Actor, id: string) {
  const loaded = await repo.findReport(db, id);
  if (!loaded) throw notFound(REPORT_ENTITY);
  const capacity = capacityOf(grants, actor, loaded);
  if (!seesIt(capacity)) throw notFound(REPORT_ENTITY);
  return { loaded, capacity };
}

/**
 * The generated report is read by those who see the report and by an expert while assigned to evaluate it (合规性评价,
 * 上海年报 6.4): the expert scores an approved report before it is published, so its public page may not exist yet.
 * Only the expert's own live assignments count — not the cycle's other reports, not after the assignment is withdrawn.
 */
export async function requireReadable(db: Executor, grants: Grant[], actor: Actor, id: string): Promise<Loaded> {
  const loaded = await repo.findReport(db, id);
  if (!loaded) throw notFound(REPORT_ENTITY);
  if (seesIt(capacityOf(grants, actor, loaded))) return loaded;
  const evaluating = !!actor.userId && isAllowed(grants, 'reports.compliance.score') && (await isEvaluating(db, id, actor.userId));
  if (!evaluating) throw notFound(REPORT_ENTITY);
  return loaded;
}

function statementText(orgName: string, year: number) {
  return REPORT_RESPONSIBILITY_STATEMENT.replace('{org}', orgName).replace('{year}', String(year));
}

export async function getReport(db: Executor, grants: Grant[], actor: Actor, id: string): Promise<TReportDetail> {
  const { loaded, capacity } = await requireVisible(db, grants, actor, id);
  const { report, cycle, orgName } = loaded;
  const status = report.status as ReportStatus;
  const problems = formProblems(report.data);
  const may = (action: ReviewAction) =>
    decideTransition({ status, action, capacity, cycleOpen: cycle.status === 'open', problemCount: 0 }).allowed;
  const events = await repo.listEvents(db, id);
  return {
    id: report.id,
    cycle: {
      id: cycle.id,
      title: cycle.title,
      reportYear: cycle.reportYear,
      status: cycle.status as 'draft' | 'open',
      deadlines: cycle.deadlines,
      indicatorSetVersion: cycle.indicatorSetVersion,
    },
    org: { id: report.orgId, name: orgName },
    level: report.level,
    status,
    data: completeReportData(report.data),
    previous: await repo.findPreviousData(db, report.orgId, cycle.authorityOrgId, cycle.reportYear).then((d) => d && completeReportData(d)),
    rates: computeRates(report.data),
    problems,
    fieldComments: report.fieldComments,
    returnComment: report.returnComment,
    statement: report.statement
      ? { text: report.statement.text, signatoryName: report.statement.signatoryName, signedAt: report.statement.signedAt }
      : null,
    statementTemplate: statementText(orgName, cycle.reportYear),
    history: events.map((e) => ({
      action: e.action as ReviewAction,
      fromStatus: e.fromStatus as ReportStatus,
      toStatus: e.toStatus as ReportStatus,
      actorName: e.actorName,
      at: e.at.toISOString(),
      comment: e.comment,
      fieldComments: e.fieldComments,
    })),
    abilities: {
      edit: may('save'),
      submit: may('submit'),
      review: may('pass'),
      approve: may('approve'),
      authorityReturn: may('authority_return'),
    },
    version: report.version,
  };
}

export async function myReports(db: Executor, grants: Grant[]): Promise<TMyReports> {
  const orgIds = new Set<string>();
  for (const permission of ['reports.data.collect', 'reports.data.review', 'reports.data.approve'] as const) {
    const scopes = scopesWith(grants, permission, 'org');
    // A system-wide grant is not a unit's own report role; such users follow reports through the cycles.
    if (scopes !== 'all') scopes.forEach((id) => orgIds.add(id));
  }
  const rows = await repo.listReportsOfOrgs(db, [...orgIds]);
  return {
    items: rows.map(({ report, orgName, cycle }) => ({
      id: report.id,
      cycle: { id: cycle.id, title: cycle.title, reportYear: cycle.reportYear },
      org: { id: report.orgId, name: orgName },
      level: report.level,
      status: report.status as ReportStatus,
      updatedAt: report.updatedAt.toISOString(),
    })),
  };
}

interface StepInput {
  action: ReviewAction;
  version: number;
  comment?: string | null;
  fieldComments?: TFieldComment[];
  data?: TReportData;
  statement?: { signatoryName: string };
}

/** One step of the chain: decided by the rules, written with its event and audit entry. */
async function step(db: Executor, actor: Actor, grants: Grant[], id: string, input: StepInput, now: Date) {
  const { loaded, capacity } = await requireVisible(db, grants, actor, id);
  const { report, cycle, orgName } = loaded;
  const status = report.status as ReportStatus;
  const data = input.data ?? report.data;
  const problems = formProblems(data);
  const decision = decideTransition({
    status,
    action: input.action,
    capacity,
    cycleOpen: cycle.status === 'open',
    problemCount: problems.length,
  });
  if (!decision.allowed) {
    if (input.action === 'submit' && problems.length > 0 && capacity.collect && cycle.status === 'open') {
      throw new DomainError(
        'REPORT_HAS_PROBLEMS',
        { count: problems.length, first: problems[0]!.message },
        problems.map((p) => ({ path: ['data', ...p.path].join('.'), message: p.message })),
      );
    }
    throw new DomainError('REPORT_TRANSITION_REFUSED', { action: REVIEW_ACTIONS[input.action], reason: decision.reason });
  }
  const fields = commentableFields(data);
  const unknown = (input.fieldComments ?? []).find((c) => !fields.has(c.path));
  if (unknown) throw new DomainError('REPORT_FIELD_UNKNOWN', { path: unknown.path });

  const to = decision.to;
  const values: Partial<repo.ReportInsert> = { status: to };
  if (input.data) values.data = input.data;
  if (input.action === 'submit') {
    Object.assign(values, { submittedBy: actor.userId, submittedAt: now, fieldComments: [], returnComment: null });
  }
  if (to === 'returned') {
    Object.assign(values, {
      fieldComments: input.fieldComments ?? [],
      returnComment: input.comment ?? null,
      approvedAt: null,
      statement: null,
    });
  }
  if (input.action === 'approve') {
    Object.assign(values, {
      approvedAt: now,
      statement: {
        text: statementText(orgName, cycle.reportYear),
        signatoryName: input.statement!.signatoryName,
        signedAt: now.toISOString(),
        signedBy: actor.userId,
      },
    });
  }
  const keepsVersion = input.action === 'submit' || input.action === 'approve';
  await db.transaction(async (tx) => {
    const updated = await repo.updateReportAtVersion(tx, id, input.version, values);
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: report.version });
    if (input.action !== 'save') {
      await repo.insertEvent(tx, {
        reportId: id,
        action: input.action,
        fromStatus: status,
        toStatus: to,
        actorId: actor.userId,
        actorName: actor.username,
        at: now,
        comment: input.comment ?? null,
        fieldComments: input.fieldComments ?? [],
        dataSnapshot: keepsVersion ? data : null,
      });
    }
    await recordAudit(tx, actor, {
      action: `reports.report.${input.action}`,
      entityType: 'quality_report',
      entityId: id,
      details: {
        cycleId: cycle.id,
        orgId: report.orgId,
        from: status,
        to,
        ...(input.comment ? { comment: input.comment } : {}),
        ...(input.fieldComments?.length ? { fieldComments: input.fieldComments } : {}),
        ...(input.data ? { changed: changedSections(report.data, input.data) } : {}),
        ...(input.statement ? { signatoryName: input.statement.signatoryName } : {}),
      },
    });
  });
}

/** What a save changed, field by field, for the audit trail: { "teachers.partTimeTeachers": [4, 5] }. */
export function changedSections(before: TReportData, after: TReportData): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const section of Object.keys(after) as (keyof TReportData)[]) {
    const a = before[section] as Record<string, unknown>;
    const b = after[section] as Record<string, unknown>;
    for (const field of new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])) {
      if (JSON.stringify(a?.[field] ?? null) !== JSON.stringify(b?.[field] ?? null)) {
        changes[`${section}.${field}`] = [a?.[field] ?? null, b?.[field] ?? null];
      }
    }
  }
  return changes;
}

export const saveReport = (db: Executor, actor: Actor, grants: Grant[], id: string, input: TReportSave, now: Date) =>
  step(db, actor, grants, id, { action: 'save', version: input.version, data: input.data }, now);

export const submitReport = (db: Executor, actor: Actor, grants: Grant[], id: string, version: number, now: Date) =>
  step(db, actor, grants, id, { action: 'submit', version }, now);

export const passReport = (db: Executor, actor: Actor, grants: Grant[], id: string, input: TReportPass, now: Date) =>
  step(db, actor, grants, id, { action: 'pass', version: input.version, comment: input.comment ?? null }, now);

export const returnReport = (
  db: Executor,
  actor: Actor,
  grants: Grant[],
  id: string,
  action: 'reviewer_return' | 'principal_return' | 'authority_return',
  input: TReportReturn,
  now: Date,
) =>
  step(db, actor, grants, id, { action, version: input.version, comment: input.comment ?? null, fieldComments: input.fieldComments }, now);

export const approveReport = (db: Executor, actor: Actor, grants: Grant[], id: string, input: TReportApproval, now: Date) =>
  step(db, actor, grants, id, { action: 'approve', version: input.version, statement: { signatoryName: input.signatoryName } }, now);

/**
 * Figures taken over from a document (a printed report) into a unit's draft, outside the review chain: the unit's
 * collector still checks and submits them. Audited as an import with its source.
 */
export async function importReportData(db: Executor, actor: Actor, cycleId: string, orgId: string, data: TReportData, source: string) {
  const found = await repo.findReportIdOfOrg(db, cycleId, orgId);
  if (!found) throw notFound(REPORT_ENTITY);
  await db.transaction(async (tx) => {
    const updated = await repo.updateReportAtVersion(tx, found.id, found.version, { data });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: found.version });
    await recordAudit(tx, actor, {
      action: 'reports.report.import',
      entityType: 'quality_report',
      entityId: found.id,
      details: { cycleId, orgId, source },
    });
  });
}
