/**
 * Verifies the audit log: the legacy (unkeyed) segment, then every lane of the keyed chain in pages (constant
 * memory), then the database against the newest signed checkpoint — entries verified, whether the checkpoint
 * still matches, and the first broken entry.
 */
import { and, asc, count, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { type AuditKeys, auditKeys } from './audit-keys.js';
import { type Checkpoint, lanesInUse, readLatestCheckpoint } from './audit-checkpoint.js';
import { type ArchiveCheck, checkArchives } from './audit-archive.js';
import { laneStart } from './audit.service.js';
import { auditLog } from './audit.table.js';
import { type ChainBreak, type ChainPosition, findChainBreak, findLaneBreak, GENESIS_HASH } from './audit.rules.js';

export type CheckpointMismatch =
  /** The lane ends before the position the checkpoint recorded: its newest entries were removed. */
  | { problem: 'entries_missing'; lane: number | null; expected: number; found: number }
  /** The entry at the checkpoint's position is not the one the checkpoint recorded: the lane was rewritten. */
  | { problem: 'hash_differs'; lane: number | null; seq: number };

export interface CheckpointCheck {
  file: string;
  at: string | null;
  /** The checkpoint's signature verified and the database still holds what it recorded. */
  matched: boolean;
  signature: 'valid' | 'bad_signature' | 'unreadable';
  mismatches: CheckpointMismatch[];
}

export interface LaneSummary {
  lane: number;
  entries: number;
  seq: number;
}

export interface ChainVerification {
  ok: boolean;
  /** Entries whose links and hashes were verified (up to each lane's first break). */
  checked: number;
  /** The broken entry, or the newest entry verified. */
  lastId: number | null;
  /** The first broken entry (lowest id) of all lanes, or null. */
  break: ChainBreak | null;
  lanes: LaneSummary[];
  /** null when the checkpoint directory holds no checkpoint yet. */
  checkpoint: CheckpointCheck | null;
  /** The archived segments (`audit archive`) in the checkpoint directory: entries verified there, and problems. */
  archives: { checked: number; problems: ArchiveCheck['problems'] };
}

export interface VerifyOptions {
  /** Default: the process's keys (auditKeys()). */
  keys?: AuditKeys;
  /** Where the signed checkpoints are (AUDIT_CHECKPOINT_DIR); without it the checkpoint is not compared. */
  checkpointDir?: string;
  pageSize?: number;
}

interface LaneWalk {
  checked: number;
  position: ChainPosition;
  lastId: number | null;
  break: ChainBreak | null;
}

async function walkLegacy(db: Executor, pageSize: number): Promise<LaneWalk> {
  let afterId = 0;
  let prev = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(isNull(auditLog.lane), gt(auditLog.id, afterId)))
      .orderBy(asc(auditLog.id))
      .limit(pageSize);
    if (rows.length === 0) return { checked, position: { hash: prev, seq: checked }, lastId: afterId || null, break: null };
    const problem = findChainBreak(rows, prev);
    if (problem) {
      const before = rows.findIndex((row) => row.id === problem.id);
      return { checked: checked + before, position: { hash: prev, seq: checked + before }, lastId: problem.id, break: problem };
    }
    checked += rows.length;
    afterId = rows.at(-1)!.id;
    prev = rows.at(-1)!.hash;
  }
}

async function walkLane(db: Executor, keys: AuditKeys, lane: number, start: ChainPosition, pageSize: number): Promise<LaneWalk> {
  let position = start;
  let checked = 0;
  let lastId: number | null = null;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.lane, lane), gt(auditLog.seq, position.seq)))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    if (rows.length === 0) return { checked, position, lastId, break: null };
    const walked = findLaneBreak(
      keys.chainKey,
      rows.map((row) => ({ ...row, lane, seq: row.seq! })),
      position,
    );
    checked += walked.checked;
    if (walked.break) return { checked, position: walked.position, lastId: walked.break.id, break: walked.break };
    position = walked.position;
    lastId = rows.at(-1)!.id;
  }
}

async function hashAt(db: Executor, lane: number, seq: number): Promise<string | null> {
  const [row] = await db
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(and(eq(auditLog.lane, lane), eq(auditLog.seq, seq)));
  return row?.hash ?? null;
}

/** What the database no longer holds of what the checkpoint recorded. */
async function compareWithCheckpoint(
  db: Executor,
  checkpoint: Checkpoint,
  ends: Map<number, number>,
  legacyEnd: { entries: number; hash: string },
  archived: Map<number, ChainPosition>,
): Promise<CheckpointMismatch[]> {
  const mismatches: CheckpointMismatch[] = [];
  if (checkpoint.legacy) {
    if (legacyEnd.entries < checkpoint.legacy.entries) {
      mismatches.push({ problem: 'entries_missing', lane: null, expected: checkpoint.legacy.entries, found: legacyEnd.entries });
    } else if (legacyEnd.hash !== checkpoint.legacy.hash) {
      mismatches.push({ problem: 'hash_differs', lane: null, seq: checkpoint.legacy.entries });
    }
  }
  for (const recorded of checkpoint.lanes) {
    const end = ends.get(recorded.lane) ?? 0;
    if (end < recorded.seq) {
      mismatches.push({ problem: 'entries_missing', lane: recorded.lane, expected: recorded.seq, found: end });
    } else if (recorded.seq <= (archived.get(recorded.lane)?.seq ?? 0)) {
      // Archived since: its entry is checked in the archive, where the lane's history continues.
      continue;
    } else if ((await hashAt(db, recorded.lane, recorded.seq)) !== recorded.hash) {
      mismatches.push({ problem: 'hash_differs', lane: recorded.lane, seq: recorded.seq });
    }
  }
  return mismatches;
}

export async function verifyAuditChain(db: Executor, options: VerifyOptions = {}): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? 5_000;
  const keys = options.keys ?? auditKeys();
  const legacy = await walkLegacy(db, pageSize);
  const read = options.checkpointDir ? readLatestCheckpoint(options.checkpointDir, keys) : null;
  const lanes = new Set(await lanesInUse(db));
  for (const recorded of read?.checkpoint?.lanes ?? []) lanes.add(recorded.lane);

  const archives = options.checkpointDir
    ? await checkArchives(db, options.checkpointDir, keys)
    : { starts: new Map<number, ChainPosition>(), checked: 0, problems: [] };
  let checked = legacy.checked;
  let lastId = legacy.lastId;
  const breaks: ChainBreak[] = legacy.break ? [legacy.break] : [];
  const summaries: LaneSummary[] = [];
  const ends = new Map<number, number>();
  for (const lane of [...lanes].sort((a, b) => a - b)) {
    const start = archives.starts.get(lane) ?? { hash: await laneStart(db), seq: 0 };
    const walk = await walkLane(db, keys, lane, start, pageSize);
    checked += walk.checked;
    if (walk.break) breaks.push(walk.break);
    if (walk.lastId !== null && (lastId === null || walk.lastId > lastId)) lastId = walk.lastId;
    const end = await laneEnd(db, lane);
    ends.set(lane, end);
    summaries.push({ lane, entries: walk.checked, seq: end });
  }
  const firstBreak = breaks.sort((a, b) => a.id - b.id)[0] ?? null;

  let checkpoint: CheckpointCheck | null = null;
  if (read) {
    const mismatches = read.checkpoint ? await compareWithCheckpoint(db, read.checkpoint, ends, await legacyEnd(db), archives.starts) : [];
    checkpoint = {
      file: read.file,
      at: read.checkpoint?.at ?? null,
      signature: read.problem ?? 'valid',
      matched: read.problem === null && mismatches.length === 0,
      mismatches,
    };
  }
  return {
    ok: firstBreak === null && (checkpoint === null || checkpoint.matched) && archives.problems.length === 0,
    checked: checked + archives.checked,
    lastId: firstBreak?.id ?? lastId,
    break: firstBreak,
    lanes: summaries,
    checkpoint,
    archives: { checked: archives.checked, problems: archives.problems },
  };
}

async function laneEnd(db: Executor, lane: number): Promise<number> {
  const [row] = await db.select({ seq: auditLog.seq }).from(auditLog).where(eq(auditLog.lane, lane)).orderBy(desc(auditLog.seq)).limit(1);
  return row?.seq ?? 0;
}

async function legacyEnd(db: Executor): Promise<{ entries: number; hash: string }> {
  const [row] = await db.select({ n: count() }).from(auditLog).where(isNull(auditLog.lane));
  return { entries: Number(row?.n ?? 0), hash: await laneStart(db) };
}

/**
 * Re-hashes only the newest `limit` entries (cheap enough for every visit of a dashboard): per lane they are
 * the lane's newest entries without gaps, each checked against the one before it.
 */
export async function findRecentBreak(db: Executor, keys: AuditKeys, limit: number): Promise<ChainBreak | null> {
  const rows = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit);
  const byLane = new Map<number | null, typeof rows>();
  for (const row of rows.reverse()) byLane.set(row.lane, [...(byLane.get(row.lane) ?? []), row]);
  const breaks: ChainBreak[] = [];
  for (const [lane, laneRows] of byLane) {
    const first = laneRows[0]!;
    const found =
      lane === null
        ? findChainBreak(laneRows, first.prevHash)
        : findLaneBreak(
            keys.chainKey,
            laneRows.map((row) => ({ ...row, lane, seq: row.seq! })),
            { hash: first.prevHash, seq: first.seq! - 1 },
          ).break;
    if (found) breaks.push(found);
  }
  return breaks.sort((a, b) => a.id - b.id)[0] ?? null;
}
