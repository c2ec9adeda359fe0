/**
 * Use cases of the enterprise list (企业清单, 连教职函〔2026〕6号 附件1 指标3.1): an enterprise applies and asks to leave; the
 * secretariat admits, refuses, approves the exit or removes. Each step follows enterprise-list.rules.ts, is dated,
 * kept in the step history and audited in its transaction.
 */
import {
  ENTERPRISE_LIST_ACTIONS,
  ENTERPRISE_LIST_STATUSES,
  type EnterpriseListAction,
  type EnterpriseListStatus,
  type TEnterpriseApplication,
  type TEnterpriseDecisionInput,
  type TEnterpriseExitRequest,
  type TEnterpriseList,
  type TEnterpriseListEntry,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { requireBody } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { regionFullNames } from '../majors/majors.js';
import * as repo from './enterprise-list.repository.js';
import { enterpriseListStep, isOnList, isOpen, type ListActor, stepDateProblem } from './enterprise-list.rules.js';

export const ENTERPRISE_ENTRY_ENTITY = bilingual('企业清单条目', 'enterprise list entry');

export interface StepContext {
  now: Date;
  today: string;
}

type EntryWithOrg = NonNullable<Awaited<ReturnType<typeof repo.findEntry>>>;

function present(row: EntryWithOrg, regions: Map<string, string>, steps: Awaited<ReturnType<typeof repo.stepsOf>>): TEnterpriseListEntry {
  const e = row.entry;
  return {
    id: e.id,
    org: { id: e.orgId, name: row.orgName },
    region: row.regionCode ? { code: row.regionCode, name: regions.get(row.regionCode) ?? row.regionCode } : null,
    status: e.status as EnterpriseListStatus,
    statement: e.statement,
    appliedOn: e.appliedOn,
    listedOn: e.listedOn,
    exitedOn: e.exitedOn,
    reason: e.reason,
    isGenerated: e.isGenerated,
    version: e.version,
    history: steps
      .filter((s) => s.entryId === e.id)
      .map((s) => ({
        from: s.fromStatus,
        to: s.toStatus,
        action: s.action,
        reason: s.reason,
        on: s.on,
        by: s.actorName,
        at: s.at.toISOString(),
      })),
  };
}

async function presentAll(db: Executor, rows: EntryWithOrg[]) {
  const [regions, steps] = await Promise.all([
    regionFullNames(db),
    repo.stepsOf(
      db,
      rows.map((r) => r.entry.id),
    ),
  ]);
  return rows.map((row) => present(row, regions, steps));
}

/** The secretariat sees every passage; others see the enterprises on the list and their own units' passages. */
export async function listEnterprises(db: Executor, grants: Grant[], bodyId: string): Promise<TEnterpriseList> {
  await requireBody(db, bodyId);
  const manages = isAllowed(grants, 'talent.list.manage', { bodyId });
  const rows = (await repo.listEntries(db, bodyId)).filter(
    (row) =>
      manages || isOnList(row.entry.status as EnterpriseListStatus) || isAllowed(grants, 'talent.demand.edit', { orgId: row.entry.orgId }),
  );
  return { items: await presentAll(db, rows) };
}

export async function requireEntry(db: Executor, bodyId: string, entryId: string) {
  const row = await repo.findEntry(db, bodyId, entryId);
  if (!row) throw notFound(ENTERPRISE_ENTRY_ENTITY);
  return row;
}

function checkStep(
  orgName: string,
  from: EnterpriseListStatus | null,
  action: EnterpriseListAction,
  by: ListActor,
  reason: string | null | undefined,
) {
  const outcome = enterpriseListStep(from, action, by, reason);
  if (outcome.ok) return outcome.to;
  if (outcome.problem === 'reason_required') throw new DomainError('TALENT_LIST_REASON', { action: ENTERPRISE_LIST_ACTIONS[action] });
  throw new DomainError('TALENT_LIST_STEP', {
    org: orgName,
    status: from ? ENTERPRISE_LIST_STATUSES[from] : bilingual('未在清单中', 'not on the list'),
    action: ENTERPRISE_LIST_ACTIONS[action],
  });
}

function checkDate(on: string, previousOn: string, today: string) {
  const problem = stepDateProblem(on, previousOn, today);
  if (problem?.problem === 'in_future') throw new DomainError('TALENT_LIST_DATE_FUTURE', { on, today });
  if (problem?.problem === 'before_previous') throw new DomainError('TALENT_LIST_DATE_BEFORE', { on, earliest: problem.earliest });
}

export async function applyToList(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TEnterpriseApplication,
  at: StepContext,
  provenance: { isGenerated?: boolean; on?: string } = {},
) {
  const body = await requireBody(db, bodyId);
  const org = await findOrgById(db, input.orgId);
  if (!org) throw notFound(bilingual('单位', 'organisation'));
  if (org.type !== 'enterprise') throw new DomainError('TALENT_NOT_ENTERPRISE', { org: org.name });
  const latest = await repo.latestEntryOf(db, bodyId, org.id);
  if (latest && isOpen(latest.status as EnterpriseListStatus)) {
    throw new DomainError('TALENT_LIST_OPEN', {
      org: org.name,
      body: body.name,
      status: ENTERPRISE_LIST_STATUSES[latest.status as EnterpriseListStatus],
    });
  }
  checkStep(org.name, (latest?.status as EnterpriseListStatus | undefined) ?? null, 'apply', 'enterprise', input.statement);
  const on = provenance.on ?? at.today;
  return db.transaction(async (tx) => {
    const entry = await repo.insertEntry(tx, {
      bodyId,
      orgId: org.id,
      status: 'applied',
      statement: input.statement,
      appliedOn: on,
      lastStepOn: on,
      isGenerated: provenance.isGenerated ?? false,
    });
    await repo.insertStep(tx, {
      entryId: entry.id,
      seq: entry.version,
      action: 'apply',
      fromStatus: null,
      toStatus: 'applied',
      reason: input.statement,
      on,
      actorName: actor.username,
      at: at.now,
    });
    await recordAudit(tx, actor, {
      action: 'talent.enterprise_list.apply',
      entityType: 'talent_list_enterprise',
      entityId: entry.id,
      details: { bodyId, orgId: org.id, statement: input.statement },
    });
    return entry;
  });
}

async function takeStep(
  db: Executor,
  actor: Actor,
  row: EntryWithOrg,
  step: { action: EnterpriseListAction; by: ListActor; reason: string | null; on: string; version: number },
  at: StepContext,
) {
  const entry = row.entry;
  const from = entry.status as EnterpriseListStatus;
  const to = checkStep(row.orgName, from, step.action, step.by, step.reason);
  checkDate(step.on, entry.lastStepOn, at.today);
  if (entry.version !== step.version) throw new DomainError('VERSION_CONFLICT', { current: entry.version });
  const dates = to === 'listed' ? { listedOn: step.on } : to === 'exited' ? { exitedOn: step.on } : {};
  await db.transaction(async (tx) => {
    const updated = await repo.updateEntryAtVersion(tx, entry.id, step.version, {
      status: to,
      lastStepOn: step.on,
      reason: step.reason ?? entry.reason,
      ...dates,
    });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: entry.version });
    await repo.insertStep(tx, {
      entryId: entry.id,
      seq: updated.version,
      action: step.action,
      fromStatus: from,
      toStatus: to,
      reason: step.reason,
      on: step.on,
      actorName: actor.username,
      at: at.now,
    });
    await recordAudit(tx, actor, {
      action: `talent.enterprise_list.${step.action}`,
      entityType: 'talent_list_enterprise',
      entityId: entry.id,
      details: { bodyId: entry.bodyId, orgId: entry.orgId, from, to, on: step.on, reason: step.reason },
    });
  });
}

export async function requestExit(
  db: Executor,
  actor: Actor,
  bodyId: string,
  entryId: string,
  input: TEnterpriseExitRequest,
  at: StepContext,
) {
  const row = await requireEntry(db, bodyId, entryId);
  await takeStep(
    db,
    actor,
    row,
    { action: 'request_exit', by: 'enterprise', reason: input.reason, on: input.stepOn ?? at.today, version: input.version },
    at,
  );
}

export async function decide(
  db: Executor,
  actor: Actor,
  bodyId: string,
  entryId: string,
  input: TEnterpriseDecisionInput,
  at: StepContext,
) {
  const row = await requireEntry(db, bodyId, entryId);
  await takeStep(
    db,
    actor,
    row,
    { action: input.action, by: 'secretariat', reason: input.reason ?? null, on: input.stepOn ?? at.today, version: input.version },
    at,
  );
}

/** The enterprises on the list now, for the jobs list and the public view. */
export async function listedEnterprise(db: Executor, bodyId: string, orgId: string) {
  const latest = await repo.latestEntryOf(db, bodyId, orgId);
  return latest && isOnList(latest.status as EnterpriseListStatus) ? latest : undefined;
}

/** Name → organisation of every enterprise on the list now, for an import that names enterprises. */
export async function listedEnterpriseNames(db: Executor, bodyId: string): Promise<Map<string, string>> {
  const rows = await repo.listEntries(db, bodyId, ['listed', 'exit_requested']);
  return new Map(rows.map((r) => [r.orgName, r.entry.orgId]));
}

/** The enterprises on the list now, as the talent exchange offers them for entering demand. */
export async function listedEnterprises(db: Executor, bodyId: string) {
  const rows = await repo.listEntries(db, bodyId, ['listed', 'exit_requested']);
  return rows.map((r) => ({ id: r.entry.orgId, name: r.orgName, type: 'enterprise' }));
}

/** Jobs and innovation demands come only from enterprises the secretariat admitted to the list (指标3.1). */
export async function requireListed(db: Executor, bodyId: string, orgId: string) {
  const body = await requireBody(db, bodyId);
  if (!(await listedEnterprise(db, bodyId, orgId))) {
    const org = await findOrgById(db, orgId);
    throw new DomainError('TALENT_JOB_NOT_LISTED', { org: org?.name ?? orgId, body: body.name });
  }
}
