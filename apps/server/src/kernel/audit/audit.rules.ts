/**
 * The audit chain: hash(n) = SHA-256(hash(n-1) ‖ canonical(entry n)). The first entry chains from
 * GENESIS. Canonical JSON sorts object keys so the database's jsonb key order does not matter.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  at: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function chainHash(prevHash: string, content: ChainedContent): string {
  // Only the content fields: rows read back also carry id and the hashes themselves.
  const body = canonicalJson({
    at: content.at.toISOString(),
    actorUserId: content.actorUserId,
    actorUsername: content.actorUsername,
    action: content.action,
    entityType: content.entityType,
    entityId: content.entityId,
    outcome: content.outcome,
    ip: content.ip,
    userAgent: content.userAgent,
    requestId: content.requestId,
    details: content.details,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export interface ChainBreak {
  id: number;
  problem: 'prev_hash_mismatch' | 'hash_mismatch';
}

/** Walks rows in id order and returns the first break, or null when the chain is intact. */
export function findChainBreak(
  rows: Iterable<ChainedContent & { id: number; prevHash: string; hash: string }>,
  startHash: string = GENESIS_HASH,
): ChainBreak | null {
  let expectedPrev = startHash;
  for (const row of rows) {
    if (row.prevHash !== expectedPrev) return { id: row.id, problem: 'prev_hash_mismatch' };
    if (chainHash(row.prevHash, row) !== row.hash) return { id: row.id, problem: 'hash_mismatch' };
    expectedPrev = row.hash;
  }
  return null;
}
