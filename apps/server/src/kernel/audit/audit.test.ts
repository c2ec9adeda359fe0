import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../db/database.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { auditKeys, deriveAuditKeys } from './audit-keys.js';
import { readLatestCheckpoint, writeCheckpoint } from './audit-checkpoint.js';
import { laneHead, preferredLane, recordAudit, SYSTEM_ACTOR } from './audit.service.js';
import { canonicalJson, GENESIS_HASH, legacyChainHash } from './audit.rules.js';
import { auditLog } from './audit.table.js';
import { verifyAuditChain } from './audit.verify.js';
import { STEPS_IN_ORDER } from '../../testing/steps-in-order.js';

/** Entries about one subject, which land in one lane while no other writer holds it. */
async function write(db: Executor, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await db.transaction((tx) =>
      recordAudit(tx, SYSTEM_ACTOR, { action: 'test.write', entityType: 'thing', entityId: 'one', details: { i, 名称: '测试' } }),
    );
  }
}

const LANE = preferredLane(SYSTEM_ACTOR, { action: 'test.write', entityType: 'thing', entityId: 'one' });

/** What someone with database access but without SECRET_KEY does: rows written or removed around the triggers. */
async function behindTheTriggers(db: Executor, work: () => Promise<unknown>): Promise<void> {
  await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
  try {
    await work();
  } finally {
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
  }
}

function checkpointDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cj-audit-checkpoints-'));
}

describe('audit log (docs/sources.md 5.4: append-only, tamper-evident)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it('chains entries so that verification passes on an untouched log', async () => {
    const { db } = database.handle;
    await write(db, 5);
    const result = await verifyAuditChain(db, { pageSize: 2 });
    expect(result).toMatchObject({ ok: true, checked: 5, break: null, checkpoint: null });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const { db } = database.handle;
    await expect(db.execute(sql`update audit_log set action = 'forged'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  it('rolls the business change back when the audit write fails', async () => {
    const { db } = database.handle;
    await db.execute(sql`create table scratch (v int)`);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into scratch values (1)`);
        await recordAudit(tx, SYSTEM_ACTOR, { action: 'x', entityType: 'y', details: { bad: 1n as unknown as number } });
      }),
    ).rejects.toThrow();
    const rows = await db.execute(sql`select count(*)::int as n from scratch`);
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });

  it('detects an entry altered behind the triggers', async () => {
    const { db } = database.handle;
    const [, , third] = await db.select().from(auditLog).orderBy(asc(auditLog.id)).limit(3);
    await behindTheTriggers(db, () => db.execute(sql`update audit_log set details = '{"i": 99}'::jsonb where id = ${third!.id}`));
    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(false);
    expect(result.break).toMatchObject({ id: third!.id, problem: 'hash_mismatch', lane: LANE });
  });
});

describe('keyed chain and signed checkpoints (issue 11, item 6)', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = checkpointDir();
  });
  afterAll(async () => {
    await database.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an appended entry whose plain SHA-256 was recomputed correctly: only the key makes a valid link', async () => {
    const { db } = database.handle;
    await write(db, 4);
    await writeCheckpoint(db, dir, auditKeys(), new Date());
    const head = await laneHead(db, LANE);
    // Everything but the key: the same fields, the same canonical form, the previous hash — as SHA-256.
    const content = {
      at: new Date(),
      actorUserId: null,
      actorUsername: 'system',
      action: 'user.role.assign',
      entityType: 'user',
      entityId: 'forged',
      outcome: 'success',
      ip: null,
      userAgent: null,
      requestId: null,
      details: { role: 'audit_admin' },
      lane: LANE,
      seq: head.seq + 1,
    };
    const plain = createHash('sha256')
      .update(head.hash)
      .update('\n')
      .update(canonicalJson({ ...content, at: content.at.toISOString() }))
      .digest('hex');
    const [forged] = await db
      .insert(auditLog)
      .values({ ...content, prevHash: head.hash, hash: plain })
      .returning({ id: auditLog.id });

    const result = await verifyAuditChain(db, { checkpointDir: dir });
    expect(result.ok).toBe(false);
    expect(result.break).toEqual({ id: forged!.id, problem: 'hash_mismatch', lane: LANE });
    expect(result.checked).toBe(4);
    // The four entries the last checkpoint recorded are still there: the forgery came after it.
    expect(result.checkpoint).toMatchObject({ matched: true, signature: 'valid', mismatches: [] });
  });
});

describe('truncation of the newest entries (issue 11, item 6)', STEPS_IN_ORDER, () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = checkpointDir();
  });
  afterAll(async () => {
    await database.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('passes the chain itself but not the last checkpoint, which names the lane and how many entries are gone', async () => {
    const { db } = database.handle;
    await write(db, 6);
    const { checkpoint } = await writeCheckpoint(db, dir, auditKeys(), new Date());
    expect(checkpoint).toMatchObject({ entries: 6, lanes: [{ lane: LANE, seq: 6 }] });
    expect((await verifyAuditChain(db, { checkpointDir: dir })).checkpoint).toMatchObject({ matched: true });

    const newest = await db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(2);
    await behindTheTriggers(db, () => db.execute(sql`delete from audit_log where id in (${newest[0]!.id}, ${newest[1]!.id})`));

    const result = await verifyAuditChain(db, { checkpointDir: dir });
    // What is left is a perfectly linked chain: only the checkpoint outside the database shows the loss.
    expect(result.break).toBeNull();
    expect(result.checked).toBe(4);
    expect(result.ok).toBe(false);
    expect(result.checkpoint).toMatchObject({
      matched: false,
      signature: 'valid',
      mismatches: [{ problem: 'entries_missing', lane: LANE, expected: 6, found: 4 }],
    });
  });

  it('refuses a checkpoint whose content was edited, or that another key signed', async () => {
    const { db } = database.handle;
    const { file } = await writeCheckpoint(db, dir, auditKeys(), new Date(Date.now() + 60_000));
    const body = JSON.parse(fs.readFileSync(file, 'utf8')) as { lanes: { seq: number }[] };
    body.lanes[0]!.seq -= 1;
    fs.writeFileSync(file, canonicalJson(body));
    expect(readLatestCheckpoint(dir, auditKeys())).toMatchObject({ checkpoint: null, problem: 'bad_signature' });

    const other = deriveAuditKeys('another-secret-key-0123456789abcdef0123');
    await writeCheckpoint(db, dir, other, new Date(Date.now() + 120_000));
    const result = await verifyAuditChain(db, { checkpointDir: dir });
    expect(result.checkpoint).toMatchObject({ matched: false, signature: 'bad_signature' });
  });
});

describe('entries written before the chain was keyed (migration)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  /** Rows as the earlier code wrote them: no lane, a plain SHA-256 chain in id order. */
  async function writeLegacy(db: Executor, n: number): Promise<void> {
    let prev = GENESIS_HASH;
    for (let i = 0; i < n; i++) {
      const content = {
        at: new Date(Date.UTC(2026, 0, 1 + i)),
        actorUserId: null,
        actorUsername: 'system',
        action: 'legacy.write',
        entityType: 'thing',
        entityId: String(i),
        outcome: 'success',
        ip: null,
        userAgent: null,
        requestId: null,
        details: { i },
      };
      const hash = legacyChainHash(prev, content);
      await db.insert(auditLog).values({ ...content, prevHash: prev, hash });
      prev = hash;
    }
  }

  it('keeps verifying the earlier entries, seals them with the first keyed entry of each lane, and notices when one is removed', async () => {
    const { db } = database.handle;
    await writeLegacy(db, 3);
    await write(db, 2);
    const intact = await verifyAuditChain(db);
    expect(intact).toMatchObject({ ok: true, checked: 5, break: null });

    const [lastLegacy] = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(eq(auditLog.action, 'legacy.write'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    await behindTheTriggers(db, () => db.execute(sql`delete from audit_log where id = ${lastLegacy!.id}`));
    const [firstKeyed] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.seq, 1));
    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(false);
    expect(result.break).toMatchObject({ id: firstKeyed!.id, problem: 'prev_hash_mismatch', lane: LANE });
  });
});
