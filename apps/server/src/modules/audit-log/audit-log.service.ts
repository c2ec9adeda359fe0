/**
 * The audit administrator's (审计管理员) view of the audit log: filtered reading, an Excel export that is
 * itself recorded, and verification of the hash chain, whose result is recorded too.
 */
import {
  AUDIT_EXPORT_MAX_ROWS,
  type AuditOutcomeName,
  type TAuditEntry,
  type TAuditFilter,
  type TAuditQuery,
  type TAuditVerification,
} from '@chanjiao/contracts';
import type { Database } from '../../kernel/db/database.js';
import { type Actor, recordAudit } from '../../kernel/audit/audit.service.js';
import * as repo from '../../kernel/audit/audit.repository.js';
import { auditKeys } from '../../kernel/audit/audit-keys.js';
import { verifyAuditChain } from '../../kernel/audit/audit.verify.js';
import { bilingual, DomainError } from '../../kernel/errors.js';
import { auditWorkbook } from './audit-export.js';
import { formatShanghai, shanghaiDayEnd, shanghaiDayStart } from '../../kernel/time/shanghai.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A day bound covers the whole Shanghai day, so "to 2026-03-01" includes that day's evening. */
export function rowFilterOf(filter: TAuditFilter): repo.AuditRowFilter {
  const from = filter.from ? (DAY.test(filter.from) ? shanghaiDayStart(filter.from) : new Date(filter.from)) : undefined;
  const until = filter.to ? (DAY.test(filter.to) ? shanghaiDayEnd(filter.to) : new Date(new Date(filter.to).getTime() + 1)) : undefined;
  if (from && until && from >= until) {
    throw new DomainError('AUDIT_RANGE_INVERTED', {}, [
      { path: 'to', message: bilingual('『结束时间』应晚于开始时间', '“To” must be after “From”') },
    ]);
  }
  const actor = filter.actor || undefined;
  return {
    from,
    until,
    actorUserId: actor && UUID.test(actor) ? actor.toLowerCase() : undefined,
    actorUsername: actor && !UUID.test(actor) ? actor.toLowerCase() : undefined,
    action: filter.action || undefined,
    entityType: filter.entityType || undefined,
    entityId: filter.entityId || undefined,
    outcome: filter.outcome,
  };
}

export function presentEntry(row: repo.AuditRow): TAuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorUsername: row.actorUsername,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    outcome: row.outcome as AuditOutcomeName,
    ip: row.ip,
    userAgent: row.userAgent,
    requestId: row.requestId,
    details: row.details,
  };
}

export async function listAuditEntries(db: Database, query: TAuditQuery) {
  const { rows, total } = await repo.listAuditRows(db, rowFilterOf(query), query);
  return { items: rows.map(presentEntry), total, page: query.page, pageSize: query.pageSize };
}

/** 审计日志_起止日期.xlsx: the filter's days (Beijing), up to today when it has no end. */
export function exportFileName(filter: Pick<TAuditFilter, 'from' | 'to'>, now: Date): string {
  const day = (bound: string) => (DAY.test(bound) ? bound : formatShanghai(new Date(bound)).slice(0, 10));
  const to = filter.to ? day(filter.to) : formatShanghai(now).slice(0, 10);
  return filter.from ? `审计日志_${day(filter.from)}至${to}.xlsx` : `审计日志_截至${to}.xlsx`;
}

export async function exportAuditEntries(db: Database, actor: Actor, filter: TAuditFilter, now: Date) {
  const [latest] = await repo.latestAuditRows(db, 1);
  const rowFilter = { ...rowFilterOf(filter), throughId: latest?.id ?? 0 };
  const rows = await repo.countAuditRows(db, rowFilter);
  if (rows > AUDIT_EXPORT_MAX_ROWS) throw new DomainError('AUDIT_EXPORT_TOO_LARGE', { count: rows, limit: AUDIT_EXPORT_MAX_ROWS });
  const content = await auditWorkbook(repo.auditRowBatches(db, rowFilter));
  await db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'audit.export',
      entityType: 'audit_log',
      details: { filter, rows, throughId: rowFilter.throughId },
    }),
  );
  return { content, fileName: exportFileName(filter, now) };
}

/** Verifies the chain with the process's keys against the newest checkpoint in `checkpointDir`. */
export async function verifyAuditLog(db: Database, actor: Actor, checkpointDir: string): Promise<TAuditVerification> {
  const result = await verifyAuditChain(db, { keys: auditKeys(), checkpointDir });
  const checkpoint = result.checkpoint
    ? {
        at: result.checkpoint.at,
        matched: result.checkpoint.matched,
        signature: result.checkpoint.signature,
        mismatches: result.checkpoint.mismatches,
      }
    : null;
  await db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'audit.verify',
      entityType: 'audit_log',
      outcome: result.ok ? 'success' : 'failure',
      details: {
        ok: result.ok,
        checked: result.checked,
        lastId: result.lastId,
        break: result.break,
        checkpoint,
        archiveProblems: result.archives.problems.length,
      },
    }),
  );
  const archives = {
    checked: result.archives.checked,
    problems: result.archives.problems.map(({ file, problem, lane }) => ({ file, problem, lane })),
  };
  return { ok: result.ok, checked: result.checked, lastId: result.lastId, break: result.break, checkpoint, archives };
}
