/**
 * Writes audit entries inside the caller's transaction: if the audit insert fails, so does the change.
 * The keyed hash chain (audit.rules.ts) runs in AUDIT_LANES lanes. An append takes the advisory lock of one lane
 * for the rest of its transaction — the lane its subject hashes to if that one is free, else the next free one
 * (pg_try_advisory_xact_lock, one statement) — so each lane stays linear across instances while appends on
 * different lanes never wait for each other. Only when every lane is taken does a writer wait, on its own lane.
 */
import { desc, eq, isNull, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../db/database.js';
import { auditKeys } from './audit-keys.js';
import { auditLog } from './audit.table.js';
import { chainHash, type ChainPosition, GENESIS_HASH } from './audit.rules.js';

/** The first half of every lane's advisory lock key; the lane number is the second. */
export const AUDIT_LANE_LOCK_CLASS = 804_215_002;
/**
 * How many chains append at once. More lanes than the connections of every instance together would never
 * wait; each lane costs one head in every checkpoint. Lanes already holding entries stay verifiable if this
 * is changed.
 */
export const AUDIT_LANES = 16;

/** The lane a transaction took with its first entry; its later entries follow it there. */
const heldLanes = new WeakMap<Executor, number>();

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
  const lane = heldLanes.get(tx) ?? (await takeLane(tx, preferredLane(actor, event)));
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

/** A stable spread of subjects over the lanes (FNV-1a of the entity and the actor). */
export function preferredLane(actor: Actor, event: AuditEvent): number {
  let hash = 0x811c9dc5;
  for (const ch of `${event.entityType}:${event.entityId ?? ''}:${actor.userId ?? actor.username ?? ''}`) {
    hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  }
  return hash % AUDIT_LANES;
}

/**
 * Locks the first free lane from `preferred` on, in one statement: the filter of a volatile function is evaluated
 * row by row and the limit stops at the first lock taken, so no other lane is locked on the way. When every
 * lane is taken, waits for the preferred one.
 */
async function takeLane(tx: Executor, preferred: number): Promise<number> {
  const [free] = rowsOf<{ lane: number }>(
    await tx.execute(sql`
      select ((${preferred}::int + i) % ${AUDIT_LANES}::int) as lane
      from generate_series(0, ${AUDIT_LANES - 1}::int) as i
      where pg_try_advisory_xact_lock(${AUDIT_LANE_LOCK_CLASS}::int, ((${preferred}::int + i) % ${AUDIT_LANES}::int))
      limit 1`),
  );
  let lane = preferred;
  if (free) lane = Number(free.lane);
  else await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LANE_LOCK_CLASS}::int, ${preferred}::int)`);
  // Outside a transaction the lock ends with the statement, so there is nothing to keep.
  if ('rollback' in tx) heldLanes.set(tx, lane);
  return lane;
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
  return { hash: await laneStart(db), seq: 0 };
}

/**
 * The hash a lane's first entry links to: the last of the entries written before the chain was keyed, so that
 * the first keyed entry of every lane seals them; GENESIS_HASH when there are none.
 */
export async function laneStart(db: Executor): Promise<string> {
  const [legacy] = await db.select({ hash: auditLog.hash }).from(auditLog).where(isNull(auditLog.lane)).orderBy(desc(auditLog.id)).limit(1);
  return legacy?.hash ?? GENESIS_HASH;
}

/** Round-trips through JSON so the hashed content equals what jsonb stores (no undefined, dates as text). */
function jsonSafe(details: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(details)) as Record<string, unknown>;
}

/** The fields that changed, as { field: [before, after] }, for the audit details of an update. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const previous = before[key];
    if (JSON.stringify(previous) !== JSON.stringify(value)) changes[key] = [previous ?? null, value];
  }
  return changes;
}
