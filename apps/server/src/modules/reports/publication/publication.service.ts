/**
 * Publishing a quality report (docs/sources.md §9 Q5): a participant's approved report by its unit or by the authority of the
 * cycle, and the authority's own report of the cycle by the authority, each with 公开形式, 公开时间 and 公开网址 (上海年报's
 * first page) and a public page on Chanjiao. A withdrawal needs a reason; both are audited in the same transaction.
 */
import { PERMISSIONS, type TPublication, type TPublicationInput, type TPublicationState } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { requireCycle } from '../cycles/cycles.service.js';
import { findReport, listReportsOfCycle } from '../review/reports.repository.js';
import { REPORT_ENTITY, requireVisible } from '../review/reports.service.js';
import { columnKind, decidePublication, publishedOnTime, suggestedForm } from './publication.rules.js';
import * as repo from './publication.repository.js';

/** The report's page on Chanjiao: keyed by the report (or the cycle), so it stays the same across republication. */
export function publicPathOf(subject: repo.Subject): string {
  return 'reportId' in subject ? `/public/reports/${subject.reportId}` : `/public/reports/cycles/${subject.cycleId}`;
}

export function presentPublication(row: repo.PublicationRow, publishDeadline: string): TPublication {
  const subject: repo.Subject = row.reportId ? { reportId: row.reportId } : { cycleId: row.cycleId };
  return {
    form: row.form,
    publishedOn: row.publishedOn,
    url: row.url,
    publicPath: publicPathOf(subject),
    onTime: publishedOnTime(row.publishedOn, publishDeadline),
  };
}

/** What is to be published, loaded with the facts the rules need. */
interface Target {
  subject: repo.Subject;
  cycleId: string;
  orgId: string;
  status: 'draft' | 'submitted' | 'returned' | 'reviewed' | 'approved' | null;
  approvedParticipants: number;
  cycleOpen: boolean;
  publishDeadline: string;
  suggested: TPublicationState['suggestedForm'];
  mayPublish: boolean;
  audit: { publish: string; withdraw: string; entityType: 'quality_report' | 'report_cycle'; entityId: string };
}

const mayPublishFor = (grants: Grant[], orgId: string) => isAllowed(grants, 'reports.report.publish', { orgId });

/**
 * A participant's report: its unit (the school's principal, a district authority for its 区级年报) or the cycle's
 * authority publishes it; its other readers see the state; to anyone else it does not exist.
 */
async function reportTarget(db: Executor, grants: Grant[], actor: Actor, reportId: string): Promise<Target> {
  const loaded = await findReport(db, reportId);
  if (!loaded) throw notFound(REPORT_ENTITY);
  const { report, cycle } = loaded;
  const mayPublish = mayPublishFor(grants, report.orgId) || mayPublishFor(grants, cycle.authorityOrgId);
  if (!mayPublish) await requireVisible(db, grants, actor, reportId);
  return {
    subject: { reportId },
    cycleId: cycle.id,
    orgId: report.orgId,
    status: report.status as Target['status'],
    approvedParticipants: 0,
    cycleOpen: cycle.status === 'open',
    publishDeadline: cycle.deadlines.publish,
    suggested: suggestedForm(report.level, columnKind(cycle.levels) === 'city'),
    mayPublish,
    audit: { publish: 'reports.report.publish', withdraw: 'reports.report.withdraw', entityType: 'quality_report', entityId: reportId },
  };
}

/** The authority's own report of a cycle; the route's policy has checked the authority's permission. */
async function cycleTarget(db: Executor, grants: Grant[], cycleId: string): Promise<Target> {
  const { cycle } = await requireCycle(db, cycleId);
  const reports = await listReportsOfCycle(db, cycleId);
  return {
    subject: { cycleId },
    cycleId,
    orgId: cycle.authorityOrgId,
    status: null,
    approvedParticipants: reports.filter((r) => r.report.status === 'approved').length,
    cycleOpen: cycle.status === 'open',
    publishDeadline: cycle.deadlines.publish,
    suggested: suggestedForm('authority', columnKind(cycle.levels) === 'city'),
    mayPublish: mayPublishFor(grants, cycle.authorityOrgId),
    audit: { publish: 'reports.cycle.publish', withdraw: 'reports.cycle.withdraw', entityType: 'report_cycle', entityId: cycleId },
  };
}

async function stateOf(db: Executor, target: Target, today: string): Promise<TPublicationState> {
  const live = await repo.findLivePublication(db, target.subject);
  const decision = decidePublication({ ...target, alreadyPublished: !!live, publishedOn: today, today });
  const withdrawals = await repo.listWithdrawals(db, target.subject);
  return {
    publication: live ? presentPublication(live, target.publishDeadline) : null,
    publishDeadline: target.publishDeadline,
    blockedReason: decision.allowed || live ? null : decision.reason['zh-CN'],
    mayPublish: target.mayPublish && decision.allowed,
    mayWithdraw: target.mayPublish && !!live,
    suggestedForm: target.suggested,
    withdrawals: withdrawals.map((w) => ({
      at: w.withdrawnAt!.toISOString(),
      reason: w.withdrawReason ?? '',
      actorName: w.withdrawnByName,
    })),
  };
}

async function publish(db: Executor, actor: Actor, target: Target, input: TPublicationInput, now: Date, today: string) {
  if (!target.mayPublish) throw new DomainError('FORBIDDEN', { permission: PERMISSIONS['reports.report.publish'].label });
  const publishedOn = input.publishedOn ?? today;
  const live = await repo.findLivePublication(db, target.subject);
  const decision = decidePublication({ ...target, alreadyPublished: !!live, publishedOn, today });
  if (!decision.allowed) throw new DomainError('REPORT_PUBLICATION_REFUSED', { reason: decision.reason });
  await db.transaction(async (tx) => {
    const row = await repo.insertPublication(tx, {
      cycleId: target.cycleId,
      reportId: 'reportId' in target.subject ? target.subject.reportId : null,
      orgId: target.orgId,
      form: input.form,
      publishedOn,
      url: input.url,
      publishedBy: actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: target.audit.publish,
      entityType: target.audit.entityType,
      entityId: target.audit.entityId,
      details: {
        publicationId: row.id,
        form: input.form,
        publishedOn,
        url: input.url,
        onTime: publishedOnTime(publishedOn, target.publishDeadline),
      },
    });
  });
}

async function withdraw(db: Executor, actor: Actor, target: Target, reason: string, now: Date) {
  if (!target.mayPublish) throw new DomainError('FORBIDDEN', { permission: PERMISSIONS['reports.report.publish'].label });
  const live = await repo.findLivePublication(db, target.subject);
  if (!live) throw new DomainError('REPORT_NOT_PUBLISHED');
  await db.transaction(async (tx) => {
    const done = await repo.markWithdrawn(tx, live.id, {
      withdrawnAt: now,
      withdrawnBy: actor.userId,
      withdrawnByName: actor.username,
      withdrawReason: reason,
    });
    if (!done) throw new DomainError('REPORT_NOT_PUBLISHED');
    await recordAudit(tx, actor, {
      action: target.audit.withdraw,
      entityType: target.audit.entityType,
      entityId: target.audit.entityId,
      details: { publicationId: live.id, reason, url: live.url },
    });
  });
}

export const reportPublicationState = async (db: Executor, grants: Grant[], actor: Actor, id: string, today: string) =>
  stateOf(db, await reportTarget(db, grants, actor, id), today);

export const publishReport = async (
  db: Executor,
  actor: Actor,
  grants: Grant[],
  id: string,
  input: TPublicationInput,
  now: Date,
  today: string,
) => publish(db, actor, await reportTarget(db, grants, actor, id), input, now, today);

export const withdrawReport = async (db: Executor, actor: Actor, grants: Grant[], id: string, reason: string, now: Date) =>
  withdraw(db, actor, await reportTarget(db, grants, actor, id), reason, now);

export const cyclePublicationState = async (db: Executor, grants: Grant[], id: string, today: string) =>
  stateOf(db, await cycleTarget(db, grants, id), today);

export const publishCycleReport = async (
  db: Executor,
  actor: Actor,
  grants: Grant[],
  id: string,
  input: TPublicationInput,
  now: Date,
  today: string,
) => publish(db, actor, await cycleTarget(db, grants, id), input, now, today);

export const withdrawCycleReport = async (db: Executor, actor: Actor, grants: Grant[], id: string, reason: string, now: Date) =>
  withdraw(db, actor, await cycleTarget(db, grants, id), reason, now);
