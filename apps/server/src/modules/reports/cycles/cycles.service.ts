/** Use cases of the report cycles: an authority opens a yearly cycle with its participants, and watches coverage. */
import {
  emptyReportData,
  ORG_TYPES,
  REPORT_INDICATOR_SET_VERSION,
  REPORT_LEVELS,
  type OrgType,
  type ReportLevel,
  type ReportStatus,
  type TCoverage,
  type TCycle,
  type TCycleInput,
  type TCycleList,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed, scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import { findOrgById, findOrgsByIds } from '../../organizations/index.js';
import { insertReports } from '../review/reports.repository.js';
import { coverageByLevel, lateStage } from './coverage.rules.js';
import * as repo from './cycles.repository.js';

export const CYCLE_ENTITY = bilingual('年报周期', 'report cycle');

/** The organisation types that report at each level. */
export const LEVEL_ORG_TYPES: Record<ReportLevel, OrgType[]> = {
  school_secondary: ['secondary_vocational'],
  school_higher: ['higher_vocational', 'vocational_undergraduate'],
  district: ['education_authority'],
  enterprise: ['enterprise'],
};

function present(row: { cycle: repo.CycleRow; authorityName: string }, participantCount: number, grants: Grant[]): TCycle {
  const c = row.cycle;
  return {
    id: c.id,
    authority: { id: c.authorityOrgId, name: row.authorityName },
    reportYear: c.reportYear,
    title: c.title,
    noticeNumber: c.noticeNumber,
    levels: c.levels,
    deadlines: c.deadlines,
    outline: c.outline,
    indicatorSetVersion: c.indicatorSetVersion,
    status: c.status as TCycle['status'],
    openedAt: c.openedAt?.toISOString() ?? null,
    participantCount,
    version: c.version,
    mayManage: isAllowed(grants, 'reports.cycle.manage', { orgId: c.authorityOrgId }),
  };
}

export async function requireCycle(db: Executor, id: string) {
  const row = await repo.findCycle(db, id);
  if (!row) throw notFound(CYCLE_ENTITY);
  return row;
}

export async function listCycles(db: Executor, grants: Grant[]): Promise<TCycleList> {
  const rows = await repo.listCycles(db, scopesWith(grants, 'reports.cycle.manage', 'org'));
  const counts = await repo.participantCounts(
    db,
    rows.map((r) => r.cycle.id),
  );
  return { items: rows.map((row) => present(row, counts.get(row.cycle.id) ?? 0, grants)) };
}

export async function getCycle(db: Executor, grants: Grant[], id: string): Promise<TCycle> {
  const row = await requireCycle(db, id);
  const counts = await repo.participantCounts(db, [id]);
  return present(row, counts.get(id) ?? 0, grants);
}

async function checkParticipants(db: Executor, input: TCycleInput) {
  const orgs = new Map(
    (
      await findOrgsByIds(
        db,
        input.reportingUnits.map((p) => p.orgId),
      )
    ).map((o) => [o.id, o]),
  );
  const seen = new Set<string>();
  input.reportingUnits.forEach((unit) => {
    const org = orgs.get(unit.orgId);
    if (!org) throw notFound(bilingual('填报单位', 'reporting unit'));
    if (seen.has(unit.orgId)) throw new DomainError('REPORT_PARTICIPANT_TWICE', { org: org.name });
    seen.add(unit.orgId);
    if (!LEVEL_ORG_TYPES[unit.level].includes(org.type as OrgType)) {
      throw new DomainError('REPORT_PARTICIPANT_LEVEL', {
        org: org.name,
        type: ORG_TYPES[org.type as OrgType],
        level: REPORT_LEVELS[unit.level],
      });
    }
  });
}

export async function createCycle(db: Executor, actor: Actor, input: TCycleInput, provenance: { isGenerated?: boolean } = {}) {
  const authority = await findOrgById(db, input.authorityOrgId);
  if (!authority) throw notFound(bilingual('教育行政部门', 'education authority'));
  if (authority.type !== 'education_authority') throw new DomainError('REPORT_NOT_AUTHORITY', { org: authority.name });
  const existing = await repo.findCycleOfYear(db, input.authorityOrgId, input.reportYear);
  if (existing) throw new DomainError('REPORT_CYCLE_EXISTS', { org: authority.name, year: input.reportYear, title: existing.title });
  await checkParticipants(db, input);
  return db.transaction(async (tx) => {
    const cycle = await repo.insertCycle(tx, {
      authorityOrgId: input.authorityOrgId,
      reportYear: input.reportYear,
      title: input.title,
      noticeNumber: input.noticeNumber ?? null,
      levels: input.levels,
      deadlines: input.deadlines,
      outline: input.outline,
      indicatorSetVersion: REPORT_INDICATOR_SET_VERSION,
      isGenerated: provenance.isGenerated ?? false,
    });
    await insertReports(
      tx,
      input.reportingUnits.map((unit) => ({
        cycleId: cycle.id,
        orgId: unit.orgId,
        level: unit.level,
        data: emptyReportData(),
        isGenerated: provenance.isGenerated ?? false,
      })),
    );
    await recordAudit(tx, actor, {
      action: 'reports.cycle.create',
      entityType: 'report_cycle',
      entityId: cycle.id,
      details: {
        reportYear: input.reportYear,
        title: input.title,
        levels: input.levels,
        reportingUnits: input.reportingUnits.length,
        deadlines: input.deadlines,
      },
    });
    return cycle;
  });
}

/** Opening freezes the outline and the indicator set the cycle was created with; reports can be filled in from then. */
export async function openCycle(db: Executor, actor: Actor, id: string, version: number, now: Date) {
  const { cycle } = await requireCycle(db, id);
  if (cycle.status === 'open') throw new DomainError('REPORT_CYCLE_OPEN', { title: cycle.title });
  await db.transaction(async (tx) => {
    const updated = await repo.updateCycleAtVersion(tx, id, version, { status: 'open', openedAt: now });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: cycle.version });
    await recordAudit(tx, actor, {
      action: 'reports.cycle.open',
      entityType: 'report_cycle',
      entityId: id,
      details: { outline: cycle.outline, indicatorSetVersion: cycle.indicatorSetVersion, deadlines: cycle.deadlines },
    });
  });
}

/** A cycle with its participants' progress (one statement): what the coverage route loads for its policy and shows. */
export type CycleWithProgress = NonNullable<Awaited<ReturnType<typeof repo.findCycleWithProgress>>>;

export async function requireCycleWithProgress(db: Executor, id: string): Promise<CycleWithProgress> {
  const row = await repo.findCycleWithProgress(db, id);
  if (!row) throw notFound(CYCLE_ENTITY);
  return row;
}

export function coverage(grants: Grant[], row: CycleWithProgress, today: string): TCoverage {
  const reports = row.progress;
  const cycle = present(row, reports.length, grants);
  const progress = (report: (typeof reports)[number]) => ({ status: report.status as ReportStatus, published: report.published });
  return {
    cycle,
    today,
    levels: coverageByLevel(
      cycle.levels,
      reports.map((r) => ({ level: r.level, ...progress(r) })),
      cycle.deadlines,
      today,
    ),
    participants: reports.map((report) => ({
      id: report.id,
      org: { id: report.orgId, name: report.orgName },
      level: report.level,
      status: report.status as ReportStatus,
      submittedAt: report.submittedAt,
      approvedAt: report.approvedAt,
      lateStage: lateStage(progress(report), cycle.deadlines, today),
    })),
  };
}

/** Records the 表1 合计 a document about the cycle states (an imported district report), to be checked against the data. */
export async function recordStatedTotals(db: Executor, actor: Actor, id: string, stated: { totals: (number | null)[]; source: string }) {
  const { cycle } = await requireCycle(db, id);
  await db.transaction(async (tx) => {
    const updated = await repo.updateCycleAtVersion(tx, id, cycle.version, { statedTable1Totals: stated });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: cycle.version });
    await recordAudit(tx, actor, { action: 'reports.cycle.stated_totals', entityType: 'report_cycle', entityId: id, details: stated });
  });
}
