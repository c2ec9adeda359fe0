import { bigint, bigserial, index, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only: a migration installs triggers that refuse UPDATE, DELETE and TRUNCATE.
 * Each row's hash is an HMAC (key derived from SECRET_KEY) over its content, its place (lane, seq) and the
 * previous hash of its lane, so an edit made around the triggers (e.g. by a superuser) breaks the chain and
 * `chanjiao audit verify` reports where; signed checkpoints outside the database reveal removed newest rows.
 * Rows written before the chain was keyed have no lane and keep their plain SHA-256 chain (audit.rules.ts).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    actorUserId: uuid(),
    actorUsername: text(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    outcome: text().notNull(),
    ip: text(),
    userAgent: text(),
    requestId: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull(),
    prevHash: text().notNull(),
    hash: text().notNull(),
    /** The chain the entry belongs to; null for entries written before the chain was keyed. */
    lane: smallint(),
    /** The entry's position in its lane, from 1 without gaps. */
    seq: bigint({ mode: 'number' }),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorUserId, t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    // Finds a lane's head, and refuses two entries at one place should two writers ever race.
    uniqueIndex('audit_log_lane_seq_idx').on(t.lane, t.seq),
  ],
);
