/** Issue 11, item 15: the audit chain without one global lock — lanes, each linear, checked on their own. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { auditKeys } from './audit-keys.js';
import { writeCheckpoint } from './audit-checkpoint.js';
import { AUDIT_LANES, recordAudit, SYSTEM_ACTOR } from './audit.service.js';
import { auditLog } from './audit.table.js';
import { verifyAuditChain } from './audit.verify.js';
import { STEPS_IN_ORDER } from '../../testing/steps-in-order.js';

describe('audit lanes', STEPS_IN_ORDER, () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-audit-lanes-'));
  });
  afterAll(async () => {
    await database.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('spreads entries over lanes, keeps a transaction’s entries in one lane, and verifies every lane on its own', async () => {
    const { db } = database.handle;
    for (let i = 0; i < 24; i++) {
      await db.transaction(async (tx) => {
        await recordAudit(tx, SYSTEM_ACTOR, { action: 'test.write', entityType: 'meeting', entityId: `m-${i}` });
        await recordAudit(tx, SYSTEM_ACTOR, { action: 'test.write.item', entityType: 'agenda_item', entityId: `a-${i}` });
      });
    }
    const rows = await db.select({ lane: auditLog.lane, requestId: auditLog.entityId, seq: auditLog.seq }).from(auditLog);
    const lanes = new Set(rows.map((row) => row.lane));
    expect(lanes.size).toBeGreaterThan(1);
    expect([...lanes].every((lane) => lane !== null && lane >= 0 && lane < AUDIT_LANES)).toBe(true);
    for (let i = 0; i < 24; i++) {
      const meeting = rows.find((row) => row.requestId === `m-${i}`)!;
      const item = rows.find((row) => row.requestId === `a-${i}`)!;
      expect(item.lane).toBe(meeting.lane);
      expect(item.seq).toBe(meeting.seq! + 1);
    }
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: true, checked: 48, break: null });
    expect(result.lanes.map((lane) => lane.lane)).toEqual([...lanes].sort((a, b) => a! - b!));
  });

  it('covers every lane in a checkpoint, and names the lane whose newest entries were removed', async () => {
    const { db } = database.handle;
    const { checkpoint } = await writeCheckpoint(db, dir, auditKeys(), new Date());
    const counts = await db
      .select({ lane: auditLog.lane, n: sql<number>`count(*)::int` })
      .from(auditLog)
      .groupBy(auditLog.lane);
    expect(checkpoint.lanes.map((lane) => [lane.lane, lane.seq]).sort((a, b) => a[0]! - b[0]!)).toEqual(
      counts.map((row) => [row.lane, row.n]).sort((a, b) => a[0]! - b[0]!),
    );
    expect(checkpoint.entries).toBe(48);

    // The newest entry of the first lane — not the newest entry of the whole log.
    const victimLane = checkpoint.lanes[0]!.lane;
    const [victim] = await db.select().from(auditLog).where(eq(auditLog.lane, victimLane)).orderBy(desc(auditLog.seq)).limit(1);
    await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await db.delete(auditLog).where(and(eq(auditLog.lane, victimLane), eq(auditLog.seq, victim!.seq!)));
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);

    const result = await verifyAuditChain(db, { checkpointDir: dir });
    expect(result.break).toBeNull();
    expect(result.checkpoint).toMatchObject({
      matched: false,
      mismatches: [{ problem: 'entries_missing', lane: victimLane, expected: victim!.seq, found: victim!.seq! - 1 }],
    });
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'lets a second writer append while a first transaction holding a lane is still open (PostgreSQL)',
    async () => {
      const { db } = database.handle;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let firstWrote!: () => void;
      const wrote = new Promise<void>((resolve) => (firstWrote = resolve));
      const first = db.transaction(async (tx) => {
        await recordAudit(tx, SYSTEM_ACTOR, { action: 'test.slow', entityType: 'meeting', entityId: 'slow' });
        firstWrote();
        await held;
      });
      await wrote;
      // The same subject prefers the same lane, which the first transaction holds: the second takes another.
      const started = Date.now();
      const second = db.transaction((tx) =>
        recordAudit(tx, SYSTEM_ACTOR, { action: 'test.fast', entityType: 'meeting', entityId: 'slow' }),
      );
      const outcome = await Promise.race([
        second.then(() => 'appended'),
        new Promise((resolve) => setTimeout(() => resolve('waiting'), 5_000)),
      ]);
      release();
      await first;
      await second;
      expect(outcome).toBe('appended');
      expect(Date.now() - started).toBeLessThan(5_000);
      const [slow] = await db.select().from(auditLog).where(eq(auditLog.action, 'test.slow'));
      const [fast] = await db.select().from(auditLog).where(eq(auditLog.action, 'test.fast'));
      expect(fast!.lane).not.toBe(slow!.lane);
      expect((await verifyAuditChain(db)).ok).toBe(true);
    },
  );
});
