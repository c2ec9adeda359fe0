/**
 * The database goes away and comes back (a PostgreSQL restart or failover, simulated by a TCP proxy
 * that drops every connection and stops listening): requests get 503 DB_UNAVAILABLE with Retry-After,
 * and succeed again once it is back — without restarting the application.
 */
import net from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createTestContext, createTestUser, login, type TestContext } from '../../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { testConfig } from '../config.js';
import { systemClock } from '../time/clock.js';
import { type DatabaseHandle, openDatabase } from './database.js';
import { isDatabaseUnavailable } from './unavailable.js';

class RestartableProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Like a database restart: every connection is cut and new ones are refused. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
  }
}

function viaProxy(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(port);
  return parsed.toString();
}

describe.skipIf(!process.env.DATABASE_URL)('database restart while the application runs (needs DATABASE_URL; PostgreSQL only)', () => {
  let database: TestDatabase;
  let proxy: RestartableProxy;
  let handle: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.url!);
    proxy = new RestartableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.start();
    handle = await openDatabase({ url: viaProxy(database.url!, proxy.port), poolSize: 3 });
    app = await buildApp(
      { config: testConfig(), database: handle, secretKey: 'resilience-test-secret-0123456789abcdef', clock: systemClock },
      { logger: false },
    );
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await handle?.close();
    await proxy?.stop();
    await database?.dispose();
  });

  const regions = () => app.inject({ method: 'GET', url: '/api/reference/regions' });
  const readiness = () => app.inject({ method: 'GET', url: '/readyz' });

  it('answers 503 DB_UNAVAILABLE with Retry-After while the database is down, and 200 again when it is back', async () => {
    expect((await regions()).statusCode).toBe(200);
    expect((await readiness()).statusCode).toBe(200);

    await proxy.stop();

    const down = await regions();
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.json()).toMatchObject({ error: { code: 'DB_UNAVAILABLE' } });
    const notReady = await readiness();
    expect(notReady.statusCode).toBe(503);
    expect(notReady.headers['retry-after']).toBe('5');
    expect(notReady.json()).toEqual({ status: 'unavailable', database: 'postgres' });

    await proxy.start();

    expect((await readiness()).statusCode).toBe(200);
    const back = await regions();
    expect(back.statusCode).toBe(200);
    expect((back.json() as unknown[]).length).toBeGreaterThan(0);
  });

  it('recognises a connection cut in the middle of a query, through the ORM’s error wrapping', async () => {
    const slowQuery = handle.db.execute(sql`select pg_sleep(5)`);
    const failure = slowQuery.then(
      () => null,
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await proxy.stop();
    const error = await failure;
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);

    const refused = await handle.db.execute(sql`select 1`).then(
      () => null,
      (problem: unknown) => problem,
    );
    expect(isDatabaseUnavailable(refused)).toBe(true);

    await proxy.start();
    await expect(handle.db.execute(sql`select 1 as one`)).resolves.toBeTruthy();
  });
});

/**
 * The connection of a transaction in progress is terminated (pg_terminate_backend, as a restart or an
 * administrator would): the request gets 503, nothing of its transaction is kept, and the process goes on
 * serving. The transaction is held at a known point by a lock the test takes on the audit table, so the
 * organisation row is already inserted when its connection is cut.
 */
describe.skipIf(!process.env.DATABASE_URL)('a connection terminated inside a transaction (needs DATABASE_URL; PostgreSQL only)', () => {
  let ctx: TestContext;
  let holder: pg.Client;

  beforeAll(async () => {
    ctx = await createTestContext();
    holder = new pg.Client({ connectionString: ctx.database.url });
    await holder.connect();
  });

  afterAll(async () => {
    await holder?.end();
    await ctx?.close();
  });

  async function backendWaitingForLock(): Promise<number> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { rows } = await holder.query<{ pid: number }>(
        `select pid from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
      );
      if (rows[0]) return rows[0].pid;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('no transaction waited for the audit table');
  }

  it('answers 503 DB_UNAVAILABLE, keeps nothing of the transaction, and serves the next request', async () => {
    const admin = await createTestUser(ctx.deps, [{ role: 'platform_admin' }]);
    const session = await login(ctx.app, admin);
    const create = (name: string) =>
      session.request({ method: 'POST', url: '/api/organizations', payload: { name, type: 'enterprise', regionCode: '310107' } });

    // What would have ended the process: an error nothing listened for.
    const uncaught: unknown[] = [];
    const noteUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', noteUncaught);

    await holder.query('begin');
    await holder.query('lock table audit_log in share mode');
    const inFlight = create('连接中断时创建的企业');
    const pid = await backendWaitingForLock();
    await holder.query('select pg_terminate_backend($1)', [pid]);
    await holder.query('commit');

    const cut = await inFlight;
    expect(cut.statusCode, cut.body).toBe(503);
    expect(cut.json()).toMatchObject({ error: { code: 'DB_UNAVAILABLE' } });
    const { rows } = await holder.query(`select 1 from organizations where name = '连接中断时创建的企业'`);
    expect(rows).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    process.off('uncaughtException', noteUncaught);
    expect(uncaught).toEqual([]);

    const next = await create('连接恢复后创建的企业');
    expect(next.statusCode, next.body).toBe(201);
    const listed = await session.request({ method: 'GET', url: '/api/organizations?q=企业' });
    expect(listed.json().items.map((o: { name: string }) => o.name)).toEqual(['连接恢复后创建的企业']);
  });
});
