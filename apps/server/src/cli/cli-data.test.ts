import fs from 'node:fs';
import path from 'node:path';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../kernel/audit/audit.table.js';
import { users } from '../kernel/auth/auth.table.js';
import { LOCK_FILE_NAME } from '../kernel/db/data-dir-lock.js';
import { CLI_TEST_TIMEOUT, type CliTestEnv, createCliTestEnv } from './cli-test-env.js';
import { STEPS_IN_ORDER } from '../testing/steps-in-order.js';

let cli: CliTestEnv;
beforeAll(async () => {
  cli = await createCliTestEnv();
  const migrated = await cli.run(['migrate']);
  expect(migrated.code).toBe(0);
}, CLI_TEST_TIMEOUT);
afterAll(async () => {
  await cli?.dispose();
});

const PASSWORD = { CHANJIAO_ADMIN_PASSWORD: 'Cli-Admin-Passw0rd' };

// The describes below share the file's database and clock: they are one journey in the order written.
describe('chanjiao CLI on one data directory: seed, backup and restore, audit verify', STEPS_IN_ORDER, () => {
  describe('chanjiao CLI: seed', () => {
    it(
      'loads the demo accounts, and a second run changes nothing',
      async () => {
        const first = await cli.run(['seed']);
        expect(first.code).toBe(0);
        expect(first.out).toContain('Demo accounts');
        const count = () => cli.withDatabase(async ({ db }) => (await db.select().from(users).where(eq(users.isDemo, true))).length);
        const demoUsers = await count();
        expect(demoUsers).toBeGreaterThan(0);
        expect((await cli.run(['seed'])).code).toBe(0);
        expect(await count()).toBe(demoUsers);
      },
      CLI_TEST_TIMEOUT,
    );

    it('refuses demo data in production, where the published demo password would be a way in', async () => {
      const result = await cli.run(['seed'], {
        env: {
          NODE_ENV: 'production',
          CHANJIAO_DEMO: 'false',
          CHANJIAO_ALLOW_PGLITE: 'true',
          SECRET_KEY: 'production-secret-0123456789abcdef0123',
        },
      });
      expect(result.code).toBe(1);
      expect(result.err).toContain('[DEMO_IN_PRODUCTION]');
    });
  });

  describe('chanjiao CLI: backup and restore', () => {
    it(
      'restores the backed-up state only when confirmed, and audits both operations',
      async () => {
        expect((await cli.run(['create-admin', '--username', 'kept'], { env: PASSWORD })).code).toBe(0);
        const file = path.join(cli.workDir, 'nightly.backup');
        const backup = await cli.run(['backup', '--out', file]);
        expect(backup.code).toBe(0);
        expect(backup.out).toContain(file);
        expect(fs.statSync(file).size).toBeGreaterThan(0);

        expect((await cli.run(['create-admin', '--username', 'added_later'], { env: PASSWORD })).code).toBe(0);
        const unconfirmed = await cli.run(['restore', '--in', file]);
        expect(unconfirmed.code).toBe(1);
        expect(unconfirmed.err).toContain('--yes');
        expect(unconfirmed.err).toContain('[RESTORE_NEEDS_CONFIRMATION]');

        const restored = await cli.run(['restore', '--in', file, '--yes']);
        expect(restored.code).toBe(0);
        const after = await cli.withDatabase(async ({ db }) => ({
          usernames: (await db.select({ username: users.username }).from(users)).map((row) => row.username),
          actions: (await db.select().from(auditLog).orderBy(asc(auditLog.id))).map((entry) => [
            entry.action,
            entry.actorUsername?.startsWith('cli:'),
          ]),
        }));
        expect(after.usernames).toContain('kept');
        expect(after.usernames).not.toContain('added_later');
        expect(after.actions).toContainEqual(['database.restore', true]);
        // The backup was audited after it was taken, so its entry lives in the replaced data, not the restored.
        expect(after.actions).not.toContainEqual(['database.backup', true]);
        expect((await cli.run(['audit', 'verify'])).code).toBe(0);
      },
      CLI_TEST_TIMEOUT,
    );

    it.skipIf(!!process.env.DATABASE_URL)('refuses to touch a PGlite data directory another process is using (PGlite only)', async () => {
      const lockFile = path.join(cli.env.DATA_DIR!, LOCK_FILE_NAME);
      fs.writeFileSync(lockFile, JSON.stringify({ pid: process.ppid, purpose: 'server', since: new Date().toISOString() }));
      try {
        const result = await cli.run(['backup', '--out', path.join(cli.workDir, 'while-running.backup')]);
        expect(result.code).toBe(1);
        expect(result.err).toContain('[DATA_DIR_IN_USE]');
        expect(fs.existsSync(path.join(cli.workDir, 'while-running.backup'))).toBe(false);
      } finally {
        fs.rmSync(lockFile, { force: true });
      }
    });
  });

  describe('chanjiao CLI: audit verify', () => {
    it(
      'exits 0 on an intact chain and 1 naming the altered entry on a broken one',
      async () => {
        const intact = await cli.run(['audit', 'verify']);
        expect(intact.code).toBe(0);
        expect(intact.out).toMatch(/intact: [1-9]\d* entries verified/);

        const victim = await cli.withDatabase(async ({ db }) => {
          const [, second] = await db.select().from(auditLog).orderBy(asc(auditLog.id)).limit(2);
          // The append-only trigger stands in the way of honest code; an attacker with database access removes it.
          await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
          await db.update(auditLog).set({ actorUsername: 'someone-else' }).where(eq(auditLog.id, second!.id));
          return second!.id;
        });
        const broken = await cli.run(['audit', 'verify']);
        expect(broken.code).toBe(1);
        expect(broken.err).toContain(`broken-entry-id: ${victim}`);
        expect(broken.err).toContain('altered');

        expect((await cli.run(['audit'])).code).toBe(2);
      },
      CLI_TEST_TIMEOUT,
    );

    it(
      'signs checkpoints on demand, prints their public key, and reports entries removed since the last one',
      async () => {
        const publicKey = await cli.run(['audit', 'public-key']);
        expect(publicKey.code).toBe(0);
        expect(publicKey.out).toMatch(/^-----BEGIN PUBLIC KEY-----\n.+\n-----END PUBLIC KEY-----$/s);

        const signed = await cli.run(['audit', 'checkpoint']);
        expect(signed.code).toBe(0);
        const files = fs.readdirSync(cli.env.AUDIT_CHECKPOINT_DIR!);
        expect(files.filter((name) => name.endsWith('.json'))).toHaveLength(1);
        expect(files.filter((name) => name.endsWith('.sig'))).toHaveLength(1);

        await cli.withDatabase(async ({ db }) => {
          const [newest] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
          await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
          await db.delete(auditLog).where(eq(auditLog.id, newest!.id));
          await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
        });
        const verified = await cli.run(['audit', 'verify']);
        expect(verified.code).toBe(1);
        expect(verified.err).toContain('checkpoint: not-matched');
        expect(verified.err).toContain('the newest entries were removed');
        expect(verified.out).toMatch(/entries-verified: \d+/);
      },
      CLI_TEST_TIMEOUT,
    );
  });
});
