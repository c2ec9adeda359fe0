/** Issue 11, item 7: entries past the retention period leave the database with a signed boundary, and still verify. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { auditKeys } from './audit-keys.js';
import { archiveAuditLog } from './audit-archive.js';
import { writeCheckpoint } from './audit-checkpoint.js';
import { preferredLane, recordAudit, SYSTEM_ACTOR } from './audit.service.js';
import { auditLog } from './audit.table.js';
import { verifyAuditChain } from './audit.verify.js';
import { STEPS_IN_ORDER } from '../../testing/steps-in-order.js';

const EVENT = { action: 'test.write', entityType: 'thing', entityId: 'one' };
const LANE = preferredLane(SYSTEM_ACTOR, EVENT);
const SIX_MONTHS_MS = 183 * 86_400_000;

describe('archiving the audit log past its retention period', STEPS_IN_ORDER, () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-audit-archive-'));
    const { db } = database.handle;
    // Five entries written a year before the rest (the process's clock set back; the database's stays true).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.now() - 2 * SIX_MONTHS_MS));
    for (let i = 0; i < 5; i++) await db.transaction((tx) => recordAudit(tx, SYSTEM_ACTOR, { ...EVENT, details: { i, old: true } }));
    vi.useRealTimers();
    for (let i = 5; i < 8; i++) await db.transaction((tx) => recordAudit(tx, SYSTEM_ACTOR, { ...EVENT, details: { i } }));
    await writeCheckpoint(db, dir, auditKeys(), new Date());
  });
  afterEach(() => vi.useRealTimers());
  afterAll(async () => {
    await database.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to delete young entries even with the archive setting, and old ones without it', async () => {
    const { db } = database.handle;
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('chanjiao.audit_archive', 'on', true)`);
        await tx.delete(auditLog).where(and(eq(auditLog.lane, LANE), eq(auditLog.seq, 8)));
      }),
    ).rejects.toThrow();
    await expect(db.delete(auditLog).where(and(eq(auditLog.lane, LANE), eq(auditLog.seq, 1)))).rejects.toThrow();
    expect(await db.select().from(auditLog).where(eq(auditLog.lane, LANE))).toHaveLength(8);
  });

  it('moves the old entries to the checkpoint directory with a signed boundary, and the chain verifies from it', async () => {
    const { db } = database.handle;
    const now = new Date();
    const archived = await archiveAuditLog(db, SYSTEM_ACTOR, {
      dir,
      keys: auditKeys(),
      before: new Date(now.getTime() - SIX_MONTHS_MS),
      at: now,
    });
    expect(archived!.manifest.lanes).toEqual([expect.objectContaining({ lane: LANE, fromSeq: 1, throughSeq: 5, entries: 5 })]);
    const kept = await db.select({ seq: auditLog.seq }).from(auditLog).where(eq(auditLog.lane, LANE));
    expect(kept.map((row) => row.seq).sort()).toEqual([6, 7, 8]);
    const lines = fs.readFileSync(path.join(dir, archived!.manifest.lanes[0]!.file), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(5);

    const result = await verifyAuditChain(db, { checkpointDir: dir });
    expect(result).toMatchObject({ ok: true, break: null, archives: { checked: 5, problems: [] } });
    expect(result.checkpoint).toMatchObject({ matched: true });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'audit.archive'));
    expect(entry!.details).toMatchObject({ entries: 5, lanes: 1 });
  });

  it('notices an archive file that was changed, and a lane whose archive boundary is gone', async () => {
    const { db } = database.handle;
    const [laneFile] = fs.readdirSync(dir).filter((name) => name.endsWith('.jsonl'));
    const original = fs.readFileSync(path.join(dir, laneFile!), 'utf8');
    fs.writeFileSync(path.join(dir, laneFile!), original.replace('"old":true', '"old":false'));
    expect((await verifyAuditChain(db, { checkpointDir: dir })).archives.problems).toEqual([
      expect.objectContaining({ problem: 'file_changed', lane: LANE }),
    ]);
    fs.writeFileSync(path.join(dir, laneFile!), original);

    for (const name of fs.readdirSync(dir).filter((file) => file.startsWith('audit-archive-'))) fs.rmSync(path.join(dir, name));
    const [first] = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.lane, LANE), eq(auditLog.seq, 6)));
    const result = await verifyAuditChain(db, { checkpointDir: dir });
    expect(result.ok).toBe(false);
    expect(result.break).toMatchObject({ id: first!.id, problem: 'sequence_gap', lane: LANE });
  });
});
