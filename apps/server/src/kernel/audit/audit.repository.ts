/** Reading the audit log: filtered pages (newest first), batches for exports, counts for the dashboard. */
import { and, count, desc, eq, gt, gte, like, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { auditLog } from './audit.table.js';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditRowFilter {
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  until?: Date;
  actorUserId?: string;
  actorUsername?: string;
  /** Matches the action itself and every action under it (`user.role` → `user.role.assign`). */
  action?: string;
  entityType?: string;
  entityId?: string;
  outcome?: string;
  /** Entries up to this id only: an export then describes the log as it stood when it began. */
  throughId?: number;
  /** Entries after this id only (exclusive): those a verification that stopped there has not seen. */
  afterId?: number;
}

const escapeLike = (text: string) => text.replace(/[%_\\]/g, (ch) => `\\${ch}`);

function condition(filter: AuditRowFilter, beforeId?: number): SQL | undefined {
  return and(
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.until ? lt(auditLog.at, filter.until) : undefined,
    filter.actorUserId ? eq(auditLog.actorUserId, filter.actorUserId) : undefined,
    filter.actorUsername ? eq(auditLog.actorUsername, filter.actorUsername) : undefined,
    filter.action ? or(eq(auditLog.action, filter.action), like(auditLog.action, `${escapeLike(filter.action)}.%`)) : undefined,
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.outcome ? eq(auditLog.outcome, filter.outcome) : undefined,
    filter.throughId !== undefined ? lte(auditLog.id, filter.throughId) : undefined,
    filter.afterId !== undefined ? gt(auditLog.id, filter.afterId) : undefined,
    beforeId !== undefined ? lt(auditLog.id, beforeId) : undefined,
  );
}

export async function listAuditRows(
  db: Executor,
  filter: AuditRowFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = condition(filter);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    countAuditRows(db, filter),
  ]);
  return { rows, total };
}

export async function countAuditRows(db: Executor, filter: AuditRowFilter): Promise<number> {
  const [row] = await db.select({ total: count() }).from(auditLog).where(condition(filter));
  return Number(row?.total ?? 0);
}

/** Newest first, one batch after another by id, so a long export never holds the whole range at once. */
export async function* auditRowBatches(db: Executor, filter: AuditRowFilter, batchSize = 2_000): AsyncGenerator<AuditRow[]> {
  let beforeId: number | undefined;
  for (;;) {
    const rows = await db.select().from(auditLog).where(condition(filter, beforeId)).orderBy(desc(auditLog.id)).limit(batchSize);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    beforeId = rows[rows.length - 1]!.id;
  }
}

/** The most recent entries, newest first (for a quick look at the end of the chain). */
export async function latestAuditRows(db: Executor, limit: number, filter: AuditRowFilter = {}): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(condition(filter)).orderBy(desc(auditLog.id)).limit(limit);
}
