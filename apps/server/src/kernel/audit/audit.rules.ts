/**
 * The audit chain (docs/sources.md 5.4). Entries are kept in lanes; in each lane
 * hash(n) = HMAC-SHA-256(key, hash(n-1) ‖ canonical(entry n, with its lane and position)), the first entry
 * chaining from GENESIS_HASH. The key is derived from SECRET_KEY and never stored in the database, so a row
 * appended or rewritten by someone who can only reach the database does not verify, however carefully they
 * recompute a plain SHA-256.
 *
 * Entries written before the chain was keyed (lane null) keep their plain SHA-256 chain ordered by id; the
 * first keyed entry of every lane chains from that legacy chain's last hash, which seals it under the key.
 * Canonical JSON sorts object keys so the database's jsonb key order does not matter.
 */
import { createHash, createHmac } from 'node:crypto';

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

export interface KeyedContent extends ChainedContent {
  lane: number;
  seq: number;
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

// Only the content fields: rows read back also carry id and the hashes themselves.
function contentBody(content: ChainedContent): Record<string, unknown> {
  return {
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
  };
}

/** The keyed link: the lane and position are covered too, so an entry cannot be moved to another place. */
export function chainHash(key: Buffer, prevHash: string, content: KeyedContent): string {
  const body = canonicalJson({ ...contentBody(content), lane: content.lane, seq: content.seq });
  return createHmac('sha256', key).update(prevHash).update('\n').update(body).digest('hex');
}

/** The link of the entries written before the chain was keyed. */
export function legacyChainHash(prevHash: string, content: ChainedContent): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(contentBody(content)))
    .digest('hex');
}

export type ChainProblem = 'prev_hash_mismatch' | 'hash_mismatch' | 'sequence_gap';

export interface ChainBreak {
  id: number;
  problem: ChainProblem;
  /** The lane of the broken entry; null for the legacy (unkeyed) segment. */
  lane?: number | null;
}

export interface ChainPosition {
  /** The last verified hash, which the next entry must link to. */
  hash: string;
  /** The lane position of that entry (0 before the first). */
  seq: number;
}

/** Walks a lane's rows in seq order from `start` and returns the first break, or null when they are intact. */
export function findLaneBreak(
  key: Buffer,
  rows: Iterable<KeyedContent & { id: number; prevHash: string; hash: string }>,
  start: ChainPosition,
): { break: ChainBreak | null; position: ChainPosition; checked: number } {
  let position = start;
  let checked = 0;
  for (const row of rows) {
    const found = (problem: ChainProblem) => ({ break: { id: row.id, problem, lane: row.lane }, position, checked });
    if (row.seq !== position.seq + 1) return found('sequence_gap');
    if (row.prevHash !== position.hash) return found('prev_hash_mismatch');
    if (chainHash(key, row.prevHash, row) !== row.hash) return found('hash_mismatch');
    position = { hash: row.hash, seq: row.seq };
    checked += 1;
  }
  return { break: null, position, checked };
}

/** Walks the legacy rows in id order (plain SHA-256) and returns the first break, or null when intact. */
export function findChainBreak(
  rows: Iterable<ChainedContent & { id: number; prevHash: string; hash: string }>,
  startHash: string = GENESIS_HASH,
): ChainBreak | null {
  let expectedPrev = startHash;
  for (const row of rows) {
    if (row.prevHash !== expectedPrev) return { id: row.id, problem: 'prev_hash_mismatch', lane: null };
    if (legacyChainHash(row.prevHash, row) !== row.hash) return { id: row.id, problem: 'hash_mismatch', lane: null };
    expectedPrev = row.hash;
  }
  return null;
}
