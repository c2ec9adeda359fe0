/**
 * Signed checkpoints of the audit chain, written outside the database (AUDIT_CHECKPOINT_DIR): where every
 * lane ended (position and hash), how many entries there were, and when. Someone who removes the newest rows
 * of a lane, or rewrites a lane from some point on, cannot make the database agree with the last checkpoint
 * again; and cannot write a new checkpoint, which needs the Ed25519 key derived from SECRET_KEY.
 *
 * Each checkpoint is two files: `<name>.json`, the signed bytes (canonical JSON), and `<name>.sig`, the raw
 * Ed25519 signature — so an auditor can check one with nothing but the public key:
 *   openssl pkeyutl -verify -pubin -inkey audit-public.pem -rawin -in <name>.json -sigfile <name>.sig
 */
import { sign, verify } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { count, desc, isNull, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../db/database.js';
import type { AuditKeys } from './audit-keys.js';
import { laneHead } from './audit.service.js';
import { auditLog } from './audit.table.js';
import { canonicalJson } from './audit.rules.js';

export const CHECKPOINT_FORMAT = 'chanjiao-audit-checkpoint/1';
const PREFIX = 'audit-checkpoint-';

export interface CheckpointLane {
  lane: number;
  /** The position of the lane's newest entry (its number of entries since its start). */
  seq: number;
  hash: string;
  id: number;
}

export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  at: string;
  /** Every entry in the database when the checkpoint was taken. */
  entries: number;
  /** The entries written before the chain was keyed: their number and the last one's hash. */
  legacy: { entries: number; lastId: number; hash: string } | null;
  lanes: CheckpointLane[];
}

export type CheckpointRead =
  { file: string; checkpoint: Checkpoint; problem: null } | { file: string; checkpoint: null; problem: 'bad_signature' | 'unreadable' };

/** The lanes that hold entries, found through the (lane, seq) index one lane at a time. */
export async function lanesInUse(db: Executor): Promise<number[]> {
  const rows = rowsOf<{ lane: number | null }>(
    await db.execute(sql`
      with recursive found(lane) as (
        select min(lane) from audit_log where lane is not null
        union all
        select (select min(lane) from audit_log where lane > found.lane) from found where found.lane is not null
      )
      select lane from found where lane is not null`),
  );
  return rows.map((row) => Number(row.lane));
}

export async function takeCheckpoint(db: Executor, at: Date): Promise<Checkpoint> {
  // One snapshot for every lane and the count, so the checkpoint describes one moment of the log.
  return db.transaction(
    async (tx) => {
      const lanes: CheckpointLane[] = [];
      for (const lane of await lanesInUse(tx)) {
        const head = await laneHead(tx, lane);
        const [row] = await tx
          .execute(sql`select id from audit_log where lane = ${lane} and seq = ${head.seq}`)
          .then((r) => rowsOf<{ id: string }>(r));
        lanes.push({ lane, seq: head.seq, hash: head.hash, id: Number(row!.id) });
      }
      const [legacyCount] = await tx.select({ n: count() }).from(auditLog).where(isNull(auditLog.lane));
      const [legacyLast] = await tx
        .select({ id: auditLog.id, hash: auditLog.hash })
        .from(auditLog)
        .where(isNull(auditLog.lane))
        .orderBy(desc(auditLog.id))
        .limit(1);
      const [all] = await tx.select({ n: count() }).from(auditLog);
      return {
        format: CHECKPOINT_FORMAT,
        at: at.toISOString(),
        entries: Number(all?.n ?? 0),
        legacy: legacyLast ? { entries: Number(legacyCount?.n ?? 0), lastId: legacyLast.id, hash: legacyLast.hash } : null,
        lanes,
      };
    },
    { isolationLevel: 'repeatable read' },
  );
}

function fileStem(at: string): string {
  return `${PREFIX}${at.replace(/[-:.]/g, '')}`;
}

/** Writes the checkpoint's two files (signature first, then the body under its final name). */
export function writeCheckpointFiles(dir: string, checkpoint: Checkpoint, keys: AuditKeys): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o750 });
  const body = Buffer.from(canonicalJson(checkpoint), 'utf8');
  const stem = path.join(dir, fileStem(checkpoint.at));
  fs.writeFileSync(`${stem}.sig`, sign(null, body, keys.signingKey), { mode: 0o640 });
  const temporary = `${stem}.json.partial`;
  fs.writeFileSync(temporary, body, { mode: 0o640 });
  fs.renameSync(temporary, `${stem}.json`);
  return `${stem}.json`;
}

export async function writeCheckpoint(
  db: Executor,
  dir: string,
  keys: AuditKeys,
  at: Date,
): Promise<{ file: string; checkpoint: Checkpoint }> {
  const checkpoint = await takeCheckpoint(db, at);
  return { file: writeCheckpointFiles(dir, checkpoint, keys), checkpoint };
}

/** The newest checkpoint in the directory with its signature checked, or null when there is none. */
export function readLatestCheckpoint(dir: string, keys: AuditKeys): CheckpointRead | null {
  if (!fs.existsSync(dir)) return null;
  const names = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith('.json'))
    .sort();
  const latest = names.at(-1);
  return latest ? readCheckpoint(path.join(dir, latest), keys) : null;
}

export function readCheckpoint(file: string, keys: AuditKeys): CheckpointRead {
  let body: Buffer;
  let signature: Buffer;
  try {
    body = fs.readFileSync(file);
    signature = fs.readFileSync(file.replace(/\.json$/, '.sig'));
  } catch {
    return { file, checkpoint: null, problem: 'unreadable' };
  }
  if (!verify(null, body, keys.publicKey, signature)) return { file, checkpoint: null, problem: 'bad_signature' };
  try {
    const checkpoint = JSON.parse(body.toString('utf8')) as Checkpoint;
    if (checkpoint.format !== CHECKPOINT_FORMAT) return { file, checkpoint: null, problem: 'unreadable' };
    return { file, checkpoint, problem: null };
  } catch {
    return { file, checkpoint: null, problem: 'unreadable' };
  }
}
