/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or — when DATABASE_URL is set —
 * a new database created on that PostgreSQL server and dropped afterwards.
 *
 * Migrating and seeding took most of a small test file's time, so the suite's global set-up
 * (`testing/global-setup.ts`) migrates one template per run and each file starts from a copy of it:
 * PostgreSQL copies the template database (`CREATE DATABASE … TEMPLATE`), PGlite loads a dump of the
 * template's data directory. Without a template (a single file run outside Vitest, a child process), the
 * database is migrated anew as before.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../kernel/db/database.js';
import { prepareDatabase } from '../bootstrap.js';

export interface TestDatabase {
  handle: DatabaseHandle;
  url?: string;
  dispose(): Promise<void>;
}

/** Where the global set-up leaves the template: a PGlite dump file, or a PostgreSQL database name. */
export const TEMPLATE_ENV = {
  pgliteDump: 'CHANJIAO_TEST_PGLITE_TEMPLATE',
  postgresDatabase: 'CHANJIAO_TEST_PG_TEMPLATE',
} as const;

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A database name no other test file, worker or engineer on the same server picks. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

async function openPgliteTestDatabase(): Promise<DatabaseHandle> {
  const dumpFile = process.env[TEMPLATE_ENV.pgliteDump];
  if (dumpFile && fs.existsSync(dumpFile)) {
    return openDatabase({ dataDir: 'memory://', snapshot: new Blob([fs.readFileSync(dumpFile)]) });
  }
  const handle = await openDatabase({ dataDir: 'memory://' });
  await prepareDatabase(handle);
  return handle;
}

/** PostgreSQL refuses to copy a template while another session copies it; such a clash is retried. */
async function createFromTemplate(serverUrl: string, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await adminQuery(serverUrl, `create database ${name} template ${template}`);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== '55006' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openPgliteTestDatabase();
    return { handle, dispose: () => handle.close() };
  }
  const name = uniqueDatabaseName('cj_test');
  const template = process.env[TEMPLATE_ENV.postgresDatabase];
  if (template) await createFromTemplate(serverUrl, name, template);
  else await adminQuery(serverUrl, `create database ${name}`);
  const url = withDatabase(serverUrl, name);
  const handle = await openDatabase({ url, poolSize: 5 });
  if (!template) await prepareDatabase(handle);
  return {
    handle,
    url,
    dispose: async () => {
      await handle.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
