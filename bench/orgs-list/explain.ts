/** EXPLAIN ANALYZE of the captured list statements: how PostgreSQL runs them and what they cost there. */
import pg from 'pg';
import { pageParamsFor, type ListSql } from './recorded-sql.js';

export interface PlanReport {
  statement: string;
  executionMs: number;
  plan: string[];
}

async function explain(client: pg.Client, statement: string, text: string, params: unknown[]): Promise<PlanReport> {
  const result = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${text}`, params);
  const plan = result.rows.map((row) => row['QUERY PLAN']);
  const execution = plan.find((line) => line.startsWith('Execution Time'));
  return { statement, executionMs: Number(execution?.match(/([\d.]+) ms/)?.[1] ?? Number.NaN), plan };
}

export async function explainList(databaseUrl: string, sql: ListSql, page: number, pageSize: number): Promise<PlanReport[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Once to warm the cache, as in the steady state of the load runs; then the reported run.
    await client.query(sql.pageText, pageParamsFor(sql, page, pageSize));
    return [
      await explain(client, `page query (page ${page})`, sql.pageText, pageParamsFor(sql, page, pageSize)),
      await explain(client, 'count query', sql.countText, sql.countParams),
    ];
  } finally {
    await client.end();
  }
}
