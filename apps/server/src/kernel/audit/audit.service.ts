/**
 * Writes audit entries inside the caller's transaction: if the audit insert fails, so does the change.
 * Each entry is appended to a lane of the keyed hash chain (audit.rules.ts) under that lane's
 * transaction-scoped advisory lock, which keeps the lane linear across several application instances.
 */
import { desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { auditKeys } from './audit-keys.js';
import { auditLog } from './audit.table.js';
import { chainHash, type ChainPosition, GENESIS_HASH } from './audit.rules.js';

/** The first half of every lane's advisory lock key; the lane number is the second. */
export const AUDIT_LANE_LOCK_CLASS = 804_215_002;
/** The lane every entry is appended to. */
export const AUDIT_LANE = 0;

export type AuditOutcome = 'success' | 'denied' | 'failure';

/** Who acts and from where; built once per request. */
export interface Actor {
  userId: string | null;
  username: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, username: 'system', ip: null, userAgent: null, requestId: null };

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  outcome?: AuditOutcome;
  details?: Record<string, unknown>;
}

export async function recordAudit(tx: Executor, actor: Actor, event: AuditEvent): Promise<void> {
  const { chainKey } = auditKeys();
  const lane = AUDIT_LANE;
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LANE_LOCK_CLASS}, ${lane})`);
  const head = await laneHead(tx, lane);
  const content = {
    at: new Date(),
    actorUserId: actor.userId,
    actorUsername: actor.username,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    outcome: event.outcome ?? 'success',
    ip: actor.ip,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
    details: jsonSafe(event.details ?? {}),
    lane,
    seq: head.seq + 1,
  };
  await tx.insert(auditLog).values({ ...content, prevHash: head.hash, hash: chainHash(chainKey, head.hash, content) });
}

/** Where a lane ends: its newest entry, or the hash an empty lane starts from (laneStart). */
export async function laneHead(db: Executor, lane: number): Promise<ChainPosition> {
  const [last] = await db
    .select({ hash: auditLog.hash, seq: auditLog.seq })
    .from(auditLog)
    .where(eq(auditLog.lane, lane))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  if (last) return { hash: last.hash, seq: last.seq! };
  return { hash: await laneStart(db, lane), seq: 0 };
}

/**
 * The hash a lane's first entry links to: lane 0 carries on from the entries written before the chain was
 * keyed, so that the first keyed entry seals them; every other lane starts from GENESIS_HASH.
 */
export async function laneStart(db: Executor, lane: number): Promise<string> {
  if (lane !== 0) return GENESIS_HASH;
  const [legacy] = await db.select({ hash: auditLog.hash }).from(auditLog).where(isNull(auditLog.lane)).orderBy(desc(auditLog.id)).limit(1);
  return legacy?.hash ?? GENESIS_HASH;
}

/** Round-trips through JSON so the hashed content equals what jsonb stores (no undefined, dates as text). */
function jsonSafe(details: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(details)) as Record<string, unknown>;
}

/** The fields that changed, as { field: [before, after] }, for the audit details of an update. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const previous = before[key];
    if (JSON.stringify(previous) !== JSON.stringify(value)) changes[key] = [previous ?? null, value];
  }
  return changes;
}
