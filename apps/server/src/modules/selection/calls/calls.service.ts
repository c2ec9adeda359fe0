/** Use cases of calls: create with its form and indicator system, edit, open (freezing), close, read. */
import {
  APPLICATION_FORMS,
  CALL_STATUSES,
  type CallStatus,
  DEFAULT_CALL_LIMITS,
  DEFAULT_TEXT_LIMITS,
  type TCall,
  type TCallInput,
  type TCallListQuery,
  type TCallSummary,
  type TCallUpdate,
} from '@chanjiao/contracts';
import { type Actor, changedFields, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { findOrgById } from '../../organizations/index.js';
import { shanghaiToUtc } from './deadline.rules.js';
import { ANNEX1_SYSTEM_NAME } from '../indicators/annex1-indicators.data.js';
import { pointsOf } from '../indicators/indicators.repository.js';
import { unsetPoints } from '../indicators/indicators.rules.js';
import { insertSystemVersion, requireSystem, type SystemSettings, systemSummary } from '../indicators/indicators.service.js';
import { freezeSystem } from '../indicators/indicators.repository.js';
import { noticeCallOpened } from '../messages/selection-messages.js';
import * as repo from './calls.repository.js';
import { type CallAction, callActionAllowed, callPhase, frozenFieldsTouched } from './calls.rules.js';

export const CALL_ENTITY = bilingual('遴选', 'call');

/** "2026-05-28T23:59" and "2026-05-28T23:59:00" are the same deadline; keep the seconds. */
function withSeconds(local: string): string {
  return local.length === 16 ? `${local}:00` : local;
}

/** `now` is the server's clock: whether the deadline has passed is decided here, never in the browser. */
export function presentCallSummary(row: repo.CallListRow, now: Date): TCallSummary {
  const status = row.status as CallStatus;
  return {
    id: row.id,
    title: row.title,
    documentNumber: row.documentNumber,
    authority: { id: row.authorityOrgId, name: row.authorityName },
    status,
    phase: callPhase({ status, deadlineLocal: row.deadlineLocal, resultsPublishedAt: row.resultsPublishedAt }, now),
    resultsPublishedAt: row.resultsPublishedAt?.toISOString() ?? null,
    deadline: row.deadlineLocal,
    deadlineAt: row.deadlineAt.toISOString(),
    applicationCount: row.applicationCount,
    submittedCount: row.submittedCount,
    isGenerated: row.isGenerated,
    version: row.version,
  };
}

export async function requireCall(db: Executor, id: string): Promise<repo.CallRow> {
  const call = await repo.findCall(db, id);
  if (!call) throw notFound(CALL_ENTITY);
  return call;
}

export async function getCall(db: Executor, id: string, now: Date): Promise<TCall> {
  const row = await repo.findCallListRow(db, id);
  if (!row) throw notFound(CALL_ENTITY);
  return {
    ...presentCallSummary(row, now),
    noticeText: row.noticeText,
    eligibility: row.eligibility,
    formKey: row.formKey as TCall['formKey'],
    formVersion: row.formVersion,
    textLimits: row.textLimits,
    limits: row.limits,
    indicatorSystem: await systemSummary(db, row.indicatorSystemId),
    openedAt: row.openedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Anyone may read a call once it is issued (open, closed or with its results published); drafts are the authority's. */
export async function getPublicCall(db: Executor, id: string, now: Date): Promise<TCall> {
  const call = await requireCall(db, id);
  if (call.status === 'draft') throw notFound(CALL_ENTITY);
  return getCall(db, id, now);
}

function assertAction(call: repo.CallRow, action: CallAction) {
  if (callActionAllowed(call.status as CallStatus, action)) return;
  const names = { edit: bilingual('修改', 'edited'), open: bilingual('发布', 'opened'), close: bilingual('结束征集', 'closed') };
  throw new DomainError('CALL_STATUS_INVALID', {
    title: call.title,
    status: CALL_STATUSES[call.status as CallStatus],
    action: names[action],
  });
}

async function assertSystemOfAuthority(db: Executor, systemId: string, authorityOrgId: string) {
  const system = await requireSystem(db, systemId);
  if (system.authorityOrgId !== authorityOrgId) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      {
        path: 'indicatorSystemId',
        message: bilingual(
          '『指标体系』须是发布单位自己的指标体系，请从列表中选择',
          '“Indicator system” must belong to the issuing authority',
        ),
      },
    ]);
  }
}

export interface CallProvenance {
  isGenerated?: boolean;
  /** Scores of the indicator system made for this call when none is chosen. */
  indicatorSettings?: SystemSettings;
}

export async function createCall(db: Executor, actor: Actor, input: TCallInput, now: Date, provenance: CallProvenance = {}) {
  const authority = await findOrgById(db, input.authorityOrgId);
  if (!authority || authority.type !== 'education_authority') {
    throw new DomainError('VALIDATION_FAILED', {}, [
      { path: 'authorityOrgId', message: bilingual('『发布单位』须是教育行政部门', '“Issuing authority” must be an education authority') },
    ]);
  }
  if (input.indicatorSystemId) await assertSystemOfAuthority(db, input.indicatorSystemId, input.authorityOrgId);
  const deadline = withSeconds(input.deadline);
  const deadlineAt = shanghaiToUtc(deadline);
  const created = await db.transaction(async (tx) => {
    const systemId =
      input.indicatorSystemId ??
      (
        await insertSystemVersion(
          tx,
          actor,
          { authorityOrgId: input.authorityOrgId, name: ANNEX1_SYSTEM_NAME },
          provenance.indicatorSettings,
        )
      ).id;
    const call = await repo.insertCall(tx, {
      authorityOrgId: input.authorityOrgId,
      title: input.title,
      documentNumber: input.documentNumber ?? null,
      noticeText: input.noticeText ?? null,
      eligibility: input.eligibility ?? null,
      deadlineLocal: deadline,
      deadlineAt,
      indicatorSystemId: systemId,
      formKey: input.formKey,
      formVersion: APPLICATION_FORMS[input.formKey].version,
      textLimits: { ...DEFAULT_TEXT_LIMITS, ...(input.textLimits ?? {}) },
      limits: { ...DEFAULT_CALL_LIMITS, ...(input.limits ?? {}) },
      isGenerated: provenance.isGenerated ?? false,
    });
    await recordAudit(tx, actor, {
      action: 'selection.call.create',
      entityType: 'selection_call',
      entityId: call.id,
      details: { title: call.title, deadline, indicatorSystemId: systemId },
    });
    return call;
  });
  return getCall(db, created.id, now);
}

export async function updateCall(db: Executor, actor: Actor, id: string, input: TCallUpdate, now: Date) {
  const call = await requireCall(db, id);
  assertAction(call, 'edit');
  if (call.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: call.version });
  const { version, deadline, textLimits, limits, ...rest } = input;
  if (call.status !== 'draft' && frozenFieldsTouched({ ...rest, textLimits, limits }).length > 0) {
    throw new DomainError('CALL_FROZEN', { title: call.title });
  }
  if (rest.indicatorSystemId) await assertSystemOfAuthority(db, rest.indicatorSystemId, call.authorityOrgId);
  const changes = {
    ...rest,
    ...(deadline ? { deadlineLocal: withSeconds(deadline), deadlineAt: shanghaiToUtc(withSeconds(deadline)) } : {}),
    ...(textLimits ? { textLimits: { ...call.textLimits, ...textLimits } } : {}),
    ...(limits ? { limits: { ...call.limits, ...limits } } : {}),
  };
  await db.transaction(async (tx) => {
    const updated = await repo.updateCallAtVersion(tx, id, version, changes);
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findCall(tx, id))?.version ?? '?' });
    await recordAudit(tx, actor, {
      action: 'selection.call.update',
      entityType: 'selection_call',
      entityId: id,
      details: { changes: changedFields(call as unknown as Record<string, unknown>, changes) },
    });
  });
  return getCall(db, id, now);
}

/** Opening publishes the call and freezes its indicator system; every point must have its scores first. */
export async function openCall(db: Executor, actor: Actor, id: string, version: number, now: Date) {
  const call = await requireCall(db, id);
  assertAction(call, 'open');
  const unset = unsetPoints(
    (await pointsOf(db, call.indicatorSystemId)).map((point) => ({ ...point, kind: point.kind as 'score' | 'deduction' })),
  );
  if (unset.length > 0) throw new DomainError('INDICATOR_SYSTEM_INCOMPLETE', { count: unset.length, points: unset.join('、') });
  await db.transaction(async (tx) => {
    const updated = await repo.updateCallAtVersion(tx, id, version, { status: 'open', openedAt: now });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findCall(tx, id))?.version ?? '?' });
    await freezeSystem(tx, call.indicatorSystemId, now);
    await recordAudit(tx, actor, {
      action: 'selection.call.open',
      entityType: 'selection_call',
      entityId: id,
      details: {
        indicatorSystemId: call.indicatorSystemId,
        formKey: call.formKey,
        formVersion: call.formVersion,
        deadline: call.deadlineLocal,
      },
    });
    await noticeCallOpened(tx, actor, updated);
  });
  return getCall(db, id, now);
}

export async function closeCall(db: Executor, actor: Actor, id: string, version: number, now: Date) {
  const call = await requireCall(db, id);
  assertAction(call, 'close');
  await db.transaction(async (tx) => {
    const updated = await repo.updateCallAtVersion(tx, id, version, { status: 'closed', closedAt: now });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findCall(tx, id))?.version ?? '?' });
    await recordAudit(tx, actor, { action: 'selection.call.close', entityType: 'selection_call', entityId: id });
  });
  return getCall(db, id, now);
}

export async function listCalls(db: Executor, authorityOrgIds: 'all' | string[], query: TCallListQuery, now: Date) {
  const { rows, total } = await repo.listCalls(db, {
    authorityOrgIds,
    statuses: query.status ? [query.status] : undefined,
    page: query.page,
    pageSize: query.pageSize,
  });
  return { items: rows.map((row) => presentCallSummary(row, now)), total, page: query.page, pageSize: query.pageSize };
}

/** The public list: every issued call (open, closed, results published), never a draft; the web groups them by phase. */
export async function listPublicCalls(db: Executor, query: TCallListQuery, now: Date) {
  const statuses = query.status ? [query.status].filter((status) => status !== 'draft') : (['open', 'closed'] as const);
  if (statuses.length === 0) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const { rows, total } = await repo.listCalls(db, {
    authorityOrgIds: 'all',
    statuses: [...statuses],
    page: query.page,
    pageSize: query.pageSize,
  });
  return { items: rows.map((row) => presentCallSummary(row, now)), total, page: query.page, pageSize: query.pageSize };
}
