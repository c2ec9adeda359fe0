import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../bootstrap.js';
import { createTestDatabase } from '../../testing/test-database.js';
import { users } from '../auth/auth.table.js';
import { backupDatabase, restoreDatabase } from './backup.js';
import { type Database, openDatabase } from './database.js';
import { LOCK_FILE_NAME } from './data-dir-lock.js';

/** Each case opens file-backed PGlite several times, which takes seconds apiece on a busy machine. */
const SLOW = 180_000;
const created: string[] = [];
function tmpPath(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of created.splice(0)) {
    for (const sibling of fs.readdirSync(path.dirname(dir)).filter((name) => name.startsWith(path.basename(dir)))) {
      fs.rmSync(path.join(path.dirname(dir), sibling), { recursive: true, force: true });
    }
  }
});

/** A row the backup must carry over; the kernel's own table, so this test needs no module. */
async function addUser(db: Database, username: string) {
  await db.insert(users).values({ username, displayName: username, passwordHash: 'not-checked-by-these-tests' });
}

async function usernames(db: Database): Promise<string[]> {
  const rows = await db.select({ username: users.username }).from(users).orderBy(asc(users.username));
  return rows.map((row) => row.username);
}

async function withPglite<T>(dataDir: string, work: (db: Database) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ dataDir });
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

async function createPgliteWithUser(dataDir: string, username: string) {
  const handle = await openDatabase({ dataDir });
  try {
    await prepareDatabase(handle);
    await addUser(handle.db, username);
  } finally {
    await handle.close();
  }
}

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => expect.unreachable('should have been refused'),
    (error: unknown) => error as { code?: string },
  );
}

describe('PGlite backup and restore', () => {
  it(
    'restores the data as it was at backup time and keeps the replaced directory',
    async () => {
      const dataDir = path.join(tmpPath('cj-backup-'), 'data');
      const file = path.join(path.dirname(dataDir), 'chanjiao.tar.gz');
      await createPgliteWithUser(dataDir, 'before_backup');

      const result = await backupDatabase({ kind: 'pglite', dataDir }, file);
      expect(result).toMatchObject({ file, format: 'pglite-tar-gzip' });
      expect(result.bytes).toBeGreaterThan(0);
      expect(fs.existsSync(`${file}.partial`)).toBe(false);

      await withPglite(dataDir, (db) => addUser(db, 'after_backup'));
      expect((await rejection(restoreDatabase({ kind: 'pglite', dataDir }, file, { confirmed: false }))).code).toBe(
        'RESTORE_NEEDS_CONFIRMATION',
      );

      const restored = await restoreDatabase({ kind: 'pglite', dataDir }, file, { confirmed: true });
      expect(await withPglite(dataDir, usernames)).toEqual(['before_backup']);
      expect(restored.previousDataDir).toMatch(/data\.before-restore-\d{8}T\d{6}Z$/);
      expect(await withPglite(restored.previousDataDir!, usernames)).toEqual(['after_backup', 'before_backup']);
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    },
    SLOW,
  );

  it(
    'restores into an empty location without asking',
    async () => {
      const source = path.join(tmpPath('cj-backup-'), 'data');
      const file = path.join(path.dirname(source), 'chanjiao.tar.gz');
      await createPgliteWithUser(source, 'carried_over');
      await backupDatabase({ kind: 'pglite', dataDir: source }, file);
      const fresh = path.join(path.dirname(source), 'fresh');
      expect(await restoreDatabase({ kind: 'pglite', dataDir: fresh }, file, { confirmed: false })).toEqual({ previousDataDir: null });
      expect(await withPglite(fresh, usernames)).toEqual(['carried_over']);
    },
    SLOW,
  );

  it('refuses to overwrite a backup, to back up nothing, and to restore a file that is not a PGlite backup', async () => {
    const dir = tmpPath('cj-backup-');
    const existing = path.join(dir, 'existing.tar.gz');
    fs.writeFileSync(existing, 'x');
    expect((await rejection(backupDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') }, existing))).code).toBe(
      'BACKUP_FILE_EXISTS',
    );
    expect((await rejection(backupDatabase({ kind: 'pglite', dataDir: path.join(dir, 'none') }, path.join(dir, 'b.tgz')))).code).toBe(
      'NO_DATABASE_TO_BACK_UP',
    );
    const pgDump = path.join(dir, 'pg.dump');
    fs.writeFileSync(pgDump, 'PGDMP and more');
    expect((await rejection(restoreDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') }, pgDump, { confirmed: true }))).code).toBe(
      'BACKUP_FORMAT_MISMATCH',
    );
    expect(
      (
        await rejection(
          restoreDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') }, path.join(dir, 'missing'), { confirmed: true }),
        )
      ).code,
    ).toBe('BACKUP_FILE_NOT_FOUND');
  });
});

describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL backup and restore (needs DATABASE_URL)', () => {
  it(
    'restores the data as it was at backup time with pg_dump / pg_restore',
    async () => {
      const database = await createTestDatabase();
      const url = database.url!;
      const file = path.join(tmpPath('cj-pgbackup-'), 'chanjiao.dump');
      try {
        const { db } = database.handle;
        await addUser(db, 'before_backup');
        const result = await backupDatabase({ kind: 'postgres', url }, file);
        expect(result.format).toBe('pg_dump-custom');
        expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('PGDMP');

        await addUser(db, 'after_backup');
        expect((await rejection(restoreDatabase({ kind: 'postgres', url }, file, { confirmed: false }))).code).toBe(
          'RESTORE_NEEDS_CONFIRMATION',
        );
        expect(await restoreDatabase({ kind: 'postgres', url }, file, { confirmed: true })).toEqual({ previousDataDir: null });
        expect(await usernames(db)).toEqual(['before_backup']);
      } finally {
        await database.dispose();
      }
    },
    SLOW,
  );
});
