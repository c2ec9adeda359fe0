/**
 * Retention of the audit log (issue 11, item 7): entries are kept in the database at least AUDIT_RETENTION_MONTHS
 * (6 or more); `chanjiao audit archive` moves older ones out, lane by lane, to the checkpoint directory:
 *
 * - `audit-archive-<time>-lane<L>.jsonl`: the lane's archived entries, one JSON object a line, as stored;
 * - `audit-archive-<time>.json` + `.sig`: the signed boundary — per lane the first and last position archived, the
 *   hash the first links to and the hash of the last, and the SHA-256 of the lane's file.
 *
 * The newest entry of every lane stays, so a lane never restarts. The rows are removed in the same transaction,
 * through the owner's connection: the delete trigger lets only the table's owner remove rows, only older than six
 * months and only while `chanjiao.audit_archive` is on for the transaction. Verification then starts each lane
 * from its newest archive boundary, and checks the archived files against their boundaries.
 */
import { createHash, sign, verify } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq, gte, lt, lte, max, min, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.js';
import type { AuditKeys } from './audit-keys.js';
import { lanesInUse } from './audit-checkpoint.js';
import { type Actor, laneStart, recordAudit } from './audit.service.js';
import { auditLog } from './audit.table.js';
import { canonicalJson, type ChainBreak, type ChainPosition, findLaneBreak, type KeyedContent } from './audit.rules.js';

type ArchivedRow = KeyedContent & { id: number; prevHash: string; hash: string };

export const ARCHIVE_FORMAT = 'chanjiao-audit-archive/1';
const PREFIX = 'audit-archive-';

export interface ArchivedLane {
  lane: number;
  fromSeq: number;
  throughSeq: number;
  /** The hash the first archived entry links to (its lane's start, or the previous archive's boundary). */
  startHash: string;
  /** The hash of the last archived entry: where the lane in the database now starts. */
  throughHash: string;
  entries: number;
  file: string;
  sha256: string;
}

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  at: string;
  /** Entries older than this instant were archived. */
  before: string;
  lanes: ArchivedLane[];
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/** Archives, in one transaction on the owner's connection, every lane's entries older than `before`. */
export async function archiveAuditLog(
  owner: Database,
  actor: Actor,
  options: { dir: string; keys: AuditKeys; before: Date; at: Date },
): Promise<{ manifest: ArchiveManifest; file: string } | null> {
  fs.mkdirSync(options.dir, { recursive: true, mode: 0o750 });
  return owner.transaction(async (tx) => {
    await tx.execute(sql`select set_config('chanjiao.audit_archive', 'on', true)`);
    const lanes: ArchivedLane[] = [];
    for (const lane of await lanesInUse(tx)) {
      const archived = await archiveLane(tx, lane, options);
      if (archived) lanes.push(archived);
    }
    if (lanes.length === 0) return null;
    const manifest: ArchiveManifest = { format: ARCHIVE_FORMAT, at: options.at.toISOString(), before: options.before.toISOString(), lanes };
    const body = Buffer.from(canonicalJson(manifest), 'utf8');
    const stem = path.join(options.dir, `${PREFIX}${stamp(options.at)}`);
    fs.writeFileSync(`${stem}.sig`, sign(null, body, options.keys.signingKey), { mode: 0o640 });
    fs.writeFileSync(`${stem}.json`, body, { mode: 0o640 });
    for (const entry of lanes) {
      await tx.delete(auditLog).where(and(eq(auditLog.lane, entry.lane), lte(auditLog.seq, entry.throughSeq)));
    }
    await recordAudit(tx, actor, {
      action: 'audit.archive',
      entityType: 'audit_log',
      details: {
        before: manifest.before,
        file: path.basename(stem),
        entries: lanes.reduce((sum, lane) => sum + lane.entries, 0),
        lanes: lanes.length,
      },
    });
    return { manifest, file: `${stem}.json` };
  });
}

async function archiveLane(tx: Executor, lane: number, options: { dir: string; before: Date; at: Date }): Promise<ArchivedLane | null> {
  const [bounds] = await tx
    .select({ first: min(auditLog.seq), last: max(auditLog.seq) })
    .from(auditLog)
    .where(eq(auditLog.lane, lane));
  const [young] = await tx
    .select({ seq: min(auditLog.seq) })
    .from(auditLog)
    .where(and(eq(auditLog.lane, lane), gte(auditLog.at, options.before)));
  const first = Number(bounds!.first);
  // Up to the first entry young enough to stay, and never the lane's newest.
  const throughSeq = Math.min(
    young?.seq !== null && young?.seq !== undefined ? Number(young.seq) - 1 : Number(bounds!.last),
    Number(bounds!.last) - 1,
  );
  if (throughSeq < first) return null;
  const rows = await tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.lane, lane), gte(auditLog.seq, first), lte(auditLog.seq, throughSeq), lt(auditLog.at, options.before)))
    .orderBy(asc(auditLog.seq));
  if (rows.length !== throughSeq - first + 1) return null;
  const file = `${PREFIX}${stamp(options.at)}-lane${lane}.jsonl`;
  const text = rows.map((row) => `${canonicalJson(row)}\n`).join('');
  fs.writeFileSync(path.join(options.dir, file), text, { mode: 0o640 });
  return {
    lane,
    fromSeq: first,
    throughSeq,
    startHash: rows[0]!.prevHash,
    throughHash: rows.at(-1)!.hash,
    entries: rows.length,
    file,
    sha256: createHash('sha256').update(text).digest('hex'),
  };
}

export interface ArchiveCheck {
  /** Per lane, where its entries in the database start: the newest archive boundary. */
  starts: Map<number, ChainPosition>;
  /** Entries verified in the archive files. */
  checked: number;
  problems: {
    file: string;
    problem: 'bad_signature' | 'file_changed' | 'chain_broken' | 'not_linked';
    lane?: number;
    break?: ChainBreak;
  }[];
}

/** Reads every archive in the directory, oldest first, and checks each lane's files link up and verify. */
export async function checkArchives(db: Executor, dir: string, keys: AuditKeys): Promise<ArchiveCheck> {
  const result: ArchiveCheck = { starts: new Map(), checked: 0, problems: [] };
  if (!fs.existsSync(dir)) return result;
  const names = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith('.json'))
    .sort();
  const genesis = await laneStart(db);
  for (const name of names) {
    const file = path.join(dir, name);
    const body = fs.readFileSync(file);
    const signature = fs.existsSync(file.replace(/\.json$/, '.sig')) ? fs.readFileSync(file.replace(/\.json$/, '.sig')) : Buffer.alloc(0);
    if (!verify(null, body, keys.publicKey, signature)) {
      result.problems.push({ file: name, problem: 'bad_signature' });
      continue;
    }
    const manifest = JSON.parse(body.toString('utf8')) as ArchiveManifest;
    for (const entry of manifest.lanes) {
      const previous = result.starts.get(entry.lane) ?? { hash: genesis, seq: 0 };
      if (previous.seq !== entry.fromSeq - 1 || previous.hash !== entry.startHash) {
        result.problems.push({ file: name, problem: 'not_linked', lane: entry.lane });
      }
      const laneFile = path.join(dir, entry.file);
      const text = fs.existsSync(laneFile) ? fs.readFileSync(laneFile, 'utf8') : '';
      if (createHash('sha256').update(text).digest('hex') !== entry.sha256) {
        result.problems.push({ file: entry.file, problem: 'file_changed', lane: entry.lane });
      } else {
        const rows = text
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const row = JSON.parse(line) as Omit<ArchivedRow, 'at'> & { at: string };
            return { ...row, at: new Date(row.at) };
          });
        const walked = findLaneBreak(keys.chainKey, rows, { hash: entry.startHash, seq: entry.fromSeq - 1 });
        result.checked += walked.checked;
        if (walked.break || walked.position.hash !== entry.throughHash) {
          result.problems.push({
            file: entry.file,
            problem: 'chain_broken',
            lane: entry.lane,
            ...(walked.break ? { break: walked.break } : {}),
          });
        }
      }
      result.starts.set(entry.lane, { hash: entry.throughHash, seq: entry.throughSeq });
    }
  }
  return result;
}
