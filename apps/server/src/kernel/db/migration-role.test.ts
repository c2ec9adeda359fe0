/**
 * The application connects as a role that may read and write rows but not change the schema, while the
 * migrations run at start through the owner's connection (DATABASE_MIGRATION_URL). See docs/operations.md,
 * "Database roles".
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConfiguredDatabase, prepareDatabase } from '../../bootstrap.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { verifyAuditChain } from '../audit/audit.verify.js';
import { testConfig } from '../config.js';
import { postgresErrorCode } from './unavailable.js';

function withCredentials(url: string, database: string, user?: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (user) {
    parsed.username = user;
    parsed.password = '';
  }
  return parsed.toString();
}

describe.skipIf(!process.env.DATABASE_URL)(
  'migrations as the owner, the application as a non-owner role (needs DATABASE_URL; PostgreSQL only)',
  () => {
    const serverUrl = process.env.DATABASE_URL!;
    const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const databaseName = `cj_test_roles_${suffix}`;
    const appRole = `cj_test_app_${suffix}`;
    let ownerRole = '';
    const admin = () => new pg.Client({ connectionString: serverUrl });

    async function asOwner(database: string, statements: string[]) {
      const client = new pg.Client({ connectionString: withCredentials(serverUrl, database) });
      await client.connect();
      try {
        for (const statement of statements) await client.query(statement);
      } finally {
        await client.end();
      }
    }

    beforeAll(async () => {
      const client = admin();
      await client.connect();
      ownerRole = (await client.query<{ user: string }>('select current_user as user')).rows[0]!.user;
      await client.query(`create role ${appRole} login`);
      await client.query(`create database ${databaseName}`);
      await client.end();
      // What the application role may do on the owner's tables: rows only.
      await asOwner(databaseName, [
        `revoke create on schema public from public`,
        `grant usage on schema public to ${appRole}`,
        `alter default privileges for role ${ownerRole} in schema public grant select, insert, update, delete on tables to ${appRole}`,
        `alter default privileges for role ${ownerRole} in schema public grant usage, select on sequences to ${appRole}`,
      ]);
    });

    afterAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`drop database if exists ${databaseName} with (force)`);
      await client.query(`drop role if exists ${appRole}`);
      await client.end();
    });

    const appUrl = () => withCredentials(serverUrl, databaseName, appRole);

    it('cannot migrate through the application connection alone: the role may not create tables', async () => {
      const config = testConfig();
      const database = await openConfiguredDatabase({ ...config, database: { ...config.database, url: appUrl(), poolSize: 2 } });
      try {
        const failure = await prepareDatabase(database).then(
          () => null,
          (error: unknown) => error,
        );
        expect(postgresErrorCode(failure)).toBe('42501');
      } finally {
        await database.close();
      }
    });

    it('migrates through DATABASE_MIGRATION_URL, then works through the application role, which owns nothing', async () => {
      const config = testConfig();
      const database = await openConfiguredDatabase({
        ...config,
        database: { ...config.database, url: appUrl(), migrationUrl: withCredentials(serverUrl, databaseName), poolSize: 2 },
      });
      try {
        await prepareDatabase(database);
        const { rows } = await database.pool!.query<{ me: string; owned: string; regions: string }>(
          `select current_user as me,
                (select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user) as owned,
                (select count(*) from regions) as regions`,
        );
        expect(rows[0]).toMatchObject({ me: appRole, owned: '0' });
        expect(Number(rows[0]!.regions)).toBeGreaterThan(0);
        const dropped = await database.pool!.query('drop table regions').then(
          () => null,
          (error: unknown) => error,
        );
        expect(postgresErrorCode(dropped)).toBe('42501');
      } finally {
        await database.close();
      }
    });

    it('lets the application role append audit entries but neither remove them nor switch the triggers off', async () => {
      const config = testConfig();
      const database = await openConfiguredDatabase({
        ...config,
        database: { ...config.database, url: appUrl(), migrationUrl: withCredentials(serverUrl, databaseName), poolSize: 2 },
      });
      try {
        await prepareDatabase(database);
        await database.db.transaction((tx) => recordAudit(tx, SYSTEM_ACTOR, { action: 'test.append', entityType: 'thing' }));
        const refused = (statement: string) =>
          database.pool!.query(statement).then(
            () => 'allowed',
            (error: unknown) => postgresErrorCode(error),
          );
        // Only the owner (or a superuser) may disable a trigger; the application role is neither.
        expect(await refused('alter table audit_log disable trigger audit_log_no_update')).toBe('42501');
        expect(await refused('alter table audit_log disable trigger all')).toBe('42501');
        // Skipping triggers for the session is for superusers only.
        expect(await refused('set session_replication_role = replica')).toBe('42501');
        // The trigger refuses the row changes; TRUNCATE is not even granted.
        expect(await refused('delete from audit_log')).toBe('42501');
        expect(await refused("update audit_log set action = 'forged'")).toBe('42501');
        expect(await refused('truncate audit_log')).toBe('42501');
        expect(await refused('drop trigger audit_log_no_update on audit_log')).toBe('42501');
        // The archive's way to remove rows is the owner's only, even with its setting on and rows old enough.
        const archiveClient = await database.pool!.connect();
        try {
          await archiveClient.query('begin');
          await archiveClient.query("select set_config('chanjiao.audit_archive', 'on', true)");
          await archiveClient.query(
            `insert into audit_log (at, action, entity_type, outcome, details, prev_hash, hash)
           values (now() - interval '1 year', 'test.old', 'thing', 'success', '{}', 'x', 'x')`,
          );
          const deleted = await archiveClient.query("delete from audit_log where action = 'test.old'").then(
            () => 'allowed',
            (error: unknown) => postgresErrorCode(error),
          );
          expect(deleted).toBe('42501');
        } finally {
          await archiveClient.query('rollback');
          archiveClient.release();
        }
        const { rows } = await database.pool!.query<{ n: string }>("select count(*) as n from audit_log where action = 'test.append'");
        expect(rows[0]!.n).toBe('1');
        expect((await verifyAuditChain(database.db)).ok).toBe(true);
      } finally {
        await database.close();
      }
    });
  },
);
