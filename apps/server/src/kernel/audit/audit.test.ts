import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { recordAudit, SYSTEM_ACTOR } from './audit.service.js';
import { verifyAuditChain } from './audit.verify.js';

describe('audit log (docs/sources.md 5.4: append-only, tamper-evident)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it('chains entries so that verification passes on an untouched log', async () => {
    const { db } = database.handle;
    for (let i = 0; i < 5; i++) {
      await db.transaction((tx) => recordAudit(tx, SYSTEM_ACTOR, { action: 'test.write', entityType: 'thing', entityId: String(i), details: { i, 名称: '测试' } }));
    }
    const result = await verifyAuditChain(db, 2);
    expect(result).toMatchObject({ ok: true, checked: 5 });
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
    await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await db.execute(sql`update audit_log set details = '{"i": 99}'::jsonb where id = 3`);
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(false);
    expect(result.break).toEqual({ id: 3, problem: 'hash_mismatch' });
  });
});
