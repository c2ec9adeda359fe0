/**
 * Child process: the baseline, Fastify with a plain `pg` pool and nothing of ours (no authentication,
 * validation library, drizzle or response schema). Two routes, both sending SQL recorded from the app:
 *   B  /api/organizations     the list's page and count queries (BENCH_LIST_SQL);
 *   C  /replay/organizations  every statement of one app list request, in the app's order and concurrency
 *                             (BENCH_REQUEST_SQL), so that A − C is the framework and C − B the extra queries.
 */
import Fastify from 'fastify';
import pg from 'pg';
import type { AddressInfo } from 'node:net';
import { closeOnSignal, reportListening } from '../lib/child-server.js';
import { LIST_ROUTE, PAGE_SIZE, REPLAY_ROUTE } from './http.js';
import { pageParamsFor, queryConfig, requestStatementsFor, type ListSql, type RequestSql } from './recorded-sql.js';

const { BENCH_DATABASE_URL, BENCH_LIST_SQL, BENCH_REQUEST_SQL } = process.env;
if (!BENCH_DATABASE_URL || !BENCH_LIST_SQL || !BENCH_REQUEST_SQL) {
  throw new Error('BENCH_DATABASE_URL, BENCH_LIST_SQL and BENCH_REQUEST_SQL must be set');
}
const listSql = JSON.parse(BENCH_LIST_SQL) as ListSql;
const requestSql = JSON.parse(BENCH_REQUEST_SQL) as RequestSql;

const pool = new pg.Pool({ connectionString: BENCH_DATABASE_URL, max: Number(process.env.BENCH_POOL_SIZE ?? '10') });
const app = Fastify({ logger: false });

function pageOf(request: { query: unknown }): number {
  const page = Number.parseInt((request.query as { page?: string }).page ?? '1', 10);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

function totalOf(result: pg.QueryResult): number {
  return Number(Object.values((result.rows[0] ?? {}) as Record<string, unknown>)[0] ?? 0);
}

app.get(LIST_ROUTE, async (request) => {
  const page = pageOf(request);
  const [rows, count] = await Promise.all([
    pool.query(queryConfig({ text: listSql.pageText, name: listSql.pageName }, pageParamsFor(listSql, page, PAGE_SIZE))),
    pool.query(queryConfig({ text: listSql.countText, name: listSql.countName }, listSql.countParams)),
  ]);
  return { items: rows.rows, total: totalOf(count), page, pageSize: PAGE_SIZE };
});

app.get(REPLAY_ROUTE, async (request) => {
  const page = pageOf(request);
  const statements = requestStatementsFor(requestSql, page, PAGE_SIZE);
  const results: pg.QueryResult[] = [];
  const lastPhase = Math.max(...statements.map((statement) => statement.phase));
  for (let phase = 1; phase <= lastPhase; phase++) {
    const concurrent = statements.filter((statement) => statement.phase === phase);
    results.push(...(await Promise.all(concurrent.map((statement) => pool.query(queryConfig(statement, statement.values))))));
  }
  const count = results[statements.findIndex((statement) => statement.text === listSql.countText)]!;
  return { items: results[requestSql.pageStatement]!.rows, total: totalOf(count), page, pageSize: PAGE_SIZE };
});

await app.listen({ host: '127.0.0.1', port: 0 });
closeOnSignal(async () => {
  await app.close();
  await pool.end();
});
reportListening((app.server.address() as AddressInfo).port);
