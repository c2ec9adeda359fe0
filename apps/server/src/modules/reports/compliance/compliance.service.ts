/**
 * The authority's side of the compliance evaluation (合规性评价, docs/sources.md §9 Q5): the experts of its pool and the
 * shared pool (the selection module's) with their conflicts against each report's unit, assignment and its withdrawal,
 * the results per report and per level, and sending a report back to its unit on the findings — through the review
 * chain's own return, so it goes through 采集员 → 审核员 → 校长 again and keeps its versions. Every write is audited.
 */
import {
  COMPLIANCE_CHECKLIST_VERSION,
  COMPLIANCE_RULE_TEXT,
  COMPLIANCE_VERDICTS,
  type Bilingual,
  type ComplianceVerdict,
  type ReportStatus,
  type TComplianceAssignInput,
  type TComplianceOverview,
  type TComplianceReportRow,
  type TComplianceSendBack,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import type { Grant } from '../../../kernel/rbac/rbac.rules.js';
import { findOrgsByIds } from '../../organizations/index.js';
import { affiliationConflicts, expertPoolOf, type PoolExpert } from '../../selection/index.js';
import { requireCycle } from '../cycles/cycles.service.js';
import { livePublicationsOfCycle } from '../publication/publication.repository.js';
import { findReport, listReportsOfCycle } from '../review/reports.repository.js';
import { REPORT_ENTITY, returnReport } from '../review/reports.service.js';
import { assignmentBlock, maySendBack, reportResult, summaryByLevel } from './compliance.rules.js';
import * as repo from './compliance.repository.js';
import { EVALUATION_ENTITY, requireEvaluation } from './evaluation.service.js';
import { checklistOf } from './report-facts.js';

type EvaluationWithName = Awaited<ReturnType<typeof repo.evaluationsOfCycle>>[number];

const MATCHED_BY: Record<'orgId' | 'uscc' | 'name', Bilingual> = {
  orgId: { 'zh-CN': '所在单位即被评价单位', 'en-US': 'the expert’s own organisation is the unit evaluated' },
  uscc: { 'zh-CN': '关联单位的统一社会信用代码与被评价单位相同', 'en-US': 'an affiliation has the unit’s 统一社会信用代码' },
  name: { 'zh-CN': '关联单位名称与被评价单位相同', 'en-US': 'an affiliation has the unit’s name' },
};

/** Why each pool expert may not evaluate each report: tied to its unit, or declared a conflict with it before. */
async function conflictsOf(db: Executor, pool: PoolExpert[], reports: { id: string; orgId: string }[], evaluations: EvaluationWithName[]) {
  const orgs = new Map((await findOrgsByIds(db, [...new Set(reports.map((r) => r.orgId))])).map((o) => [o.id, o]));
  const units = reports.map((r) => ({
    workId: r.id,
    orgId: r.orgId,
    uscc: orgs.get(r.orgId)?.uscc ?? null,
    name: orgs.get(r.orgId)?.name ?? null,
  }));
  const conflicts = new Map<string, { expertId: string; reason: Bilingual }[]>();
  const add = (reportId: string, expertId: string, reason: Bilingual) => {
    const list = conflicts.get(reportId) ?? [];
    if (!list.some((c) => c.expertId === expertId)) list.push({ expertId, reason });
    conflicts.set(reportId, list);
  };
  for (const c of affiliationConflicts(pool, units)) add(c.workId, c.expertId, MATCHED_BY[c.matchedBy]);
  for (const { evaluation } of evaluations.filter((e) => e.evaluation.status === 'conflict')) {
    add(evaluation.reportId, evaluation.expertId, {
      'zh-CN': `专家已申明回避：${evaluation.conflictReason ?? ''}`,
      'en-US': `the expert declared a conflict: ${evaluation.conflictReason ?? ''}`,
    });
  }
  return conflicts;
}

export async function overview(db: Executor, _grants: Grant[], cycleId: string): Promise<TComplianceOverview> {
  const { cycle, authorityName } = await requireCycle(db, cycleId);
  const [reports, evaluations, sendBacks, published, pool] = await Promise.all([
    listReportsOfCycle(db, cycleId),
    repo.evaluationsOfCycle(db, cycleId),
    repo.sendBacksOfCycle(db, cycleId),
    livePublicationsOfCycle(db, cycleId),
    expertPoolOf(db, cycle.authorityOrgId),
  ]);
  const conflicts = await conflictsOf(
    db,
    pool,
    reports.map((r) => ({ id: r.report.id, orgId: r.report.orgId })),
    evaluations,
  );
  const checklist = checklistOf(COMPLIANCE_CHECKLIST_VERSION);
  const rows: TComplianceReportRow[] = reports.map(({ report, orgName }) => {
    const round = sendBacks.filter((s) => s.reportId === report.id).length;
    const current = evaluations.filter((e) => e.evaluation.reportId === report.id && e.evaluation.round === round);
    const submitted = current.filter((e) => e.evaluation.status === 'submitted');
    // Sheets of one round share the checklist they were assigned with.
    const items = checklistOf(submitted[0]?.evaluation.checklistVersion ?? COMPLIANCE_CHECKLIST_VERSION);
    const { result, items: itemResults } = reportResult(
      items.map((i) => i.key),
      submitted.map((e) => e.evaluation),
    );
    const block = assignmentBlock(report.status as ReportStatus, cycle.status === 'open');
    return {
      id: report.id,
      org: { id: report.orgId, name: orgName },
      level: report.level,
      status: report.status as ReportStatus,
      published: published.has(report.id),
      blockedReason: block?.['zh-CN'] ?? null,
      evaluations: current.map(({ evaluation, expertName }) => ({
        id: evaluation.id,
        expert: { id: evaluation.expertId, name: expertName },
        status: evaluation.status as 'assigned' | 'submitted' | 'conflict',
        conflictReason: evaluation.conflictReason,
        submittedAt: evaluation.submittedAt?.toISOString() ?? null,
      })),
      conflicts: conflicts.get(report.id) ?? [],
      result,
      items: itemResults.map((r) => ({ ...r, title: items.find((i) => i.key === r.key)!.title })),
      findings: findingsOf(items, submitted),
      sentBack: sendBacks
        .filter((s) => s.reportId === report.id)
        .map((s) => ({ at: s.sentAt.toISOString(), actorName: s.sentByName, reason: s.reason })),
      maySendBack: maySendBack(result) && report.status === 'approved',
      version: report.version,
    };
  });
  return {
    cycle: {
      id: cycle.id,
      title: cycle.title,
      reportYear: cycle.reportYear,
      authority: { id: cycle.authorityOrgId, name: authorityName },
      publishDeadline: cycle.deadlines.publish,
    },
    checklist: {
      version: COMPLIANCE_CHECKLIST_VERSION,
      items: checklist.map(({ key, title, guidance, check }) => ({ key, title, guidance, check })),
    },
    rule: COMPLIANCE_RULE_TEXT,
    experts: pool.map((e) => ({ id: e.id, name: e.displayName, shared: e.shared, affiliations: e.affiliations.map((a) => a.name ?? '') })),
    reports: rows,
    summary: summaryByLevel(
      cycle.levels,
      rows.map((r) => ({ level: r.level, result: r.result })),
    ),
  };
}

function findingsOf(checklist: { key: string; title: Bilingual }[], submitted: EvaluationWithName[]) {
  return submitted.flatMap(({ evaluation, expertName }) =>
    evaluation.items
      .filter((item) => item.finding)
      .map((item) => ({
        key: item.key,
        title: checklist.find((c) => c.key === item.key)?.title ?? { 'zh-CN': item.key, 'en-US': item.key },
        expertName,
        verdict: item.verdict ? COMPLIANCE_VERDICTS[item.verdict as ComplianceVerdict]['zh-CN'] : '',
        text: item.finding!,
      })),
  );
}

export async function assign(
  db: Executor,
  actor: Actor,
  cycleId: string,
  input: TComplianceAssignInput,
  now: Date,
  provenance: { isGenerated?: boolean } = {},
): Promise<string> {
  const { cycle } = await requireCycle(db, cycleId);
  const loaded = await findReport(db, input.reportId);
  if (!loaded || loaded.report.cycleId !== cycleId) throw new DomainError('COMPLIANCE_REPORT_NOT_IN_CYCLE');
  const { report, orgName } = loaded;
  const block = assignmentBlock(report.status as ReportStatus, cycle.status === 'open');
  if (block) throw new DomainError('COMPLIANCE_NOT_ASSIGNABLE', { org: orgName, reason: block });
  const pool = await expertPoolOf(db, cycle.authorityOrgId);
  const expert = pool.find((e) => e.id === input.expertId);
  if (!expert) throw new DomainError('COMPLIANCE_EXPERT_NOT_IN_POOL');
  const evaluations = (await repo.evaluationsOfCycle(db, cycleId)).filter((e) => e.evaluation.reportId === report.id);
  const conflict = (await conflictsOf(db, [expert], [{ id: report.id, orgId: report.orgId }], evaluations)).get(report.id)?.[0];
  if (conflict) {
    throw new DomainError('COMPLIANCE_EXPERT_CONFLICTED', { expert: expert.displayName, org: orgName, reason: conflict.reason });
  }
  const round = await repo.roundOf(db, report.id);
  return db.transaction(async (tx) => {
    const row = await repo.insertEvaluation(tx, {
      cycleId,
      reportId: report.id,
      expertId: expert.id,
      round,
      checklistVersion: COMPLIANCE_CHECKLIST_VERSION,
      items: checklistOf(COMPLIANCE_CHECKLIST_VERSION).map((item) => ({ key: item.key, verdict: null, finding: null })),
      assignedBy: actor.userId,
      assignedAt: now,
      isGenerated: provenance.isGenerated ?? false,
    });
    if (!row) throw new DomainError('COMPLIANCE_ALREADY_ASSIGNED', { expert: expert.displayName, org: orgName });
    await recordAudit(tx, actor, {
      action: 'reports.compliance.assign',
      entityType: 'compliance_evaluation',
      entityId: row.id,
      details: { cycleId, reportId: report.id, orgId: report.orgId, expertId: expert.id, round, checklistVersion: row.checklistVersion },
    });
    return row.id;
  });
}

export async function unassign(db: Executor, actor: Actor, id: string): Promise<void> {
  const evaluation = await requireEvaluation(db, id);
  await db.transaction(async (tx) => {
    if (!(await repo.deleteUnsubmittedEvaluation(tx, id))) {
      throw new DomainError('COMPLIANCE_NOT_UNASSIGNABLE');
    }
    await recordAudit(tx, actor, {
      action: 'reports.compliance.unassign',
      entityType: 'compliance_evaluation',
      entityId: id,
      details: { cycleId: evaluation.cycleId, reportId: evaluation.reportId, expertId: evaluation.expertId },
    });
  });
}

/** The authority of the cycle an evaluation belongs to: the routes on it are scoped by it. */
export async function authorityOfEvaluation(db: Executor, id: string): Promise<string> {
  const evaluation = await repo.findEvaluation(db, id);
  if (!evaluation) throw notFound(EVALUATION_ENTITY);
  return (await requireCycle(db, evaluation.cycleId)).cycle.authorityOrgId;
}

function sendBackReason(round: number, findings: ReturnType<typeof findingsOf>, remark: string | undefined): string {
  const lines = findings.map((f, i) => `${i + 1}. 『${f.title['zh-CN']}』（${f.expertName}，${f.verdict}）：${f.text}`);
  return [`合规性评价整改意见（第 ${round + 1} 轮）：`, ...lines, ...(remark ? [`说明：${remark}`] : [])].join('\n');
}

/** Sends the report back to its unit through the chain's authority return, the findings as the reason. */
export async function sendBack(
  db: Executor,
  actor: Actor,
  grants: Grant[],
  reportId: string,
  input: TComplianceSendBack,
  now: Date,
): Promise<void> {
  const loaded = await findReport(db, reportId);
  if (!loaded) throw notFound(REPORT_ENTITY);
  const view = await overview(db, grants, loaded.cycle.id);
  const row = view.reports.find((r) => r.id === reportId)!;
  if (!row.maySendBack) throw new DomainError('COMPLIANCE_NOTHING_TO_SEND_BACK', { org: loaded.orgName });
  const round = await repo.roundOf(db, reportId);
  const reason = sendBackReason(round, row.findings, input.remark);
  await db.transaction(async (tx) => {
    await returnReport(
      tx,
      actor,
      grants,
      reportId,
      'authority_return',
      { version: input.version, comment: reason, fieldComments: [] },
      now,
    );
    const sent = await repo.insertSendBack(tx, {
      cycleId: loaded.cycle.id,
      reportId,
      round,
      reason,
      sentBy: actor.userId,
      sentByName: actor.username,
      sentAt: now,
    });
    if (!sent) throw new DomainError('VERSION_CONFLICT', { current: loaded.report.version });
    await recordAudit(tx, actor, {
      action: 'reports.compliance.send_back',
      entityType: 'quality_report',
      entityId: reportId,
      details: { cycleId: loaded.cycle.id, round, result: row.result, findings: row.findings.length, reason },
    });
  });
}
