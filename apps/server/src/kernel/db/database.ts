/**
 * One database interface over two engines: embedded PGlite (a data directory, no server) and PostgreSQL
 * through a connection pool. Code above this file sees only `Database` and writes SQL both engines run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

export type Database = PgDatabase<PgQueryResultHKT, Record<string, never>>;
export type Transaction = PgTransaction<PgQueryResultHKT, Record<string, never>>;
/** What a repository accepts: the database itself or an open transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  migrate(): Promise<void>;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
}

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/** A fixed key so that several instances starting together run the migrations once. */
const MIGRATION_LOCK_KEY = 804_215_001;

export interface DatabaseOptions {
  url?: string;
  /**
   * The schema owner's connection, used only to run migrations; the application's own `url` may then be a
   * role that can read and write rows but not change the schema or switch triggers off.
   */
  migrationUrl?: string;
  /** PGlite data directory; `memory://` for a throw-away database. */
  dataDir?: string;
  /** PGlite only: a data directory dumped by `dumpDataDir` to start from (the test suite's migrated template). */
  snapshot?: Blob;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url
    ? openPostgres(options.url, options.poolSize ?? 10, options.migrationUrl)
    : openPglite(options.dataDir ?? 'memory://', options.snapshot);
}

async function openPglite(dataDir: string, snapshot?: Blob): Promise<DatabaseHandle> {
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(dataDir, { recursive: true });
  const client = snapshot ? await PGlite.create({ dataDir, loadDataDir: snapshot }) : await PGlite.create(dataDir);
  const db = drizzlePglite({ client, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    ping: async () => {
      await client.query('select 1');
    },
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

async function openPostgres(url: string, poolSize: number, migrationUrl?: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
  });
  // A pool emits errors for idle clients the server dropped (restart, failover); the next query reconnects.
  pool.on('error', () => undefined);
  // A client checked out of the pool has no listener of the pool's: without one of its own, a connection
  // dropped in the middle of a transaction (pg_terminate_backend, a restart during an import) would be an
  // unhandled 'error' event and end the process. The statement in flight fails with the same error, which the
  // error mapper answers with DB_UNAVAILABLE, and the broken client is discarded when it is released.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzlePg({ client: pool, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    pool,
    ping: async () => {
      await pool.query('select 1');
    },
    migrate: () => (migrationUrl ? migrateAsOwner(migrationUrl) : migrateWith(pool)),
    close: async () => {
      await pool.end();
    },
  };
}

/** Applies pending migrations under an advisory lock, so that instances starting together apply them once. */
async function migrateWith(source: pg.Pool): Promise<void> {
  const client = await source.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg({ client, casing: 'snake_case' }), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}

/** Migrations through the owner's connection, opened for them alone and closed afterwards. */
async function migrateAsOwner(migrationUrl: string): Promise<void> {
  const owner = new pg.Pool({ connectionString: migrationUrl, max: 1, connectionTimeoutMillis: 3_000 });
  owner.on('error', () => undefined);
  try {
    await migrateWith(owner);
  } finally {
    await owner.end();
  }
}

/** Rows of a raw `db.execute`, whose result shape both drivers share. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export async function serverNow(db: Executor): Promise<Date> {
  const [row] = rowsOf<{ now: string }>(await db.execute(sql`select now() as now`));
  return new Date(String(row?.now));
}
