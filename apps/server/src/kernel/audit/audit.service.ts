/**
 * Writes audit entries inside the caller's transaction: if the audit insert fails, so does the change.
 * A transaction-scoped advisory lock serialises appends, which keeps the hash chain linear across
 * several application instances.
 */
import { desc, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { auditLog } from './audit.table.js';
import { chainHash, GENESIS_HASH } from './audit.rules.js';

const AUDIT_CHAIN_LOCK_KEY = 804_215_002;

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
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
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
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditLog).values({ ...content, prevHash, hash: chainHash(prevHash, content) });
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
