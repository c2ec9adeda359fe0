/** Re-computes the audit hash chain in pages, so a large log is verified in constant memory. */
import { asc, gt } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { auditLog } from './audit.table.js';
import { type ChainBreak, findChainBreak, GENESIS_HASH } from './audit.rules.js';

export interface ChainVerification {
  ok: boolean;
  checked: number;
  lastId: number | null;
  break: ChainBreak | null;
}

export async function verifyAuditChain(db: Executor, pageSize = 5_000): Promise<ChainVerification> {
  let afterId = 0;
  let prev = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(pageSize);
    if (rows.length === 0) return { ok: true, checked, lastId: afterId || null, break: null };
    const problem = findChainBreak(rows, prev);
    if (problem) return { ok: false, checked: checked + rows.findIndex((row) => row.id === problem.id), lastId: problem.id, break: problem };
    checked += rows.length;
    afterId = rows[rows.length - 1]!.id;
    prev = rows[rows.length - 1]!.hash;
  }
}
