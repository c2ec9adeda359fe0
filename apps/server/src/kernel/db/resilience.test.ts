/**
 * The database goes away and comes back (a PostgreSQL restart or failover, simulated by a TCP proxy
 * that drops every connection and stops listening): requests get 503 DB_UNAVAILABLE with Retry-After,
 * and succeed again once it is back — without restarting the application.
 */
import net from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
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
    app = await buildApp({ config: testConfig(), database: handle, secretKey: 'resilience-test-secret-0123456789abcdef', clock: systemClock }, { logger: false });
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
