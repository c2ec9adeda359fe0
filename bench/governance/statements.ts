/**
 * Every statement one request to each measured endpoint sends, recorded from the real application (in this
 * process, through inject), with PostgreSQL's EXPLAIN ANALYZE of each: how many round trips a request makes and
 * which statement costs what in the database.
 */
import pg from 'pg';
import { buildApp } from '../../apps/server/src/app.js';
import { bootstrap } from '../../apps/server/src/bootstrap.js';
import { benchAppConfig } from '../orgs-list/app-config.js';
import type { RecordedStatement } from '../orgs-list/recorded-sql.js';
import { recordStatements } from '../orgs-list/statement-recorder.js';
import type { Endpoint } from './endpoints.js';

export interface StatementPlan {
  phase: number;
  text: string;
  rows: number;
  executionMs: number;
  /** The plan's top lines: enough to see the access paths. */
  plan: string[];
}

export type EndpointStatements = Record<Endpoint['key'], StatementPlan[]>;

async function explain(client: pg.Client, statement: RecordedStatement): Promise<StatementPlan> {
  const base = { phase: statement.phase, text: statement.text };
  if (!/^\s*(select|with)\b/i.test(statement.text)) return { ...base, rows: 0, executionMs: Number.NaN, plan: [] };
  // Once to warm the cache, as in the steady state of the load runs; then the reported run.
  const answer = await client.query(statement.text, statement.values);
  const result = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${statement.text}`, statement.values);
  const plan = result.rows.map((row) => row['QUERY PLAN']);
  const execution = plan.find((line) => line.startsWith('Execution Time'));
  return {
    ...base,
    rows: answer.rowCount ?? 0,
    executionMs: Number(execution?.match(/([\d.]+) ms/)?.[1] ?? Number.NaN),
    plan: plan.slice(0, 14),
  };
}

export async function recordEndpointStatements(
  databaseUrl: string,
  login: { username: string; password: string },
  paths: Record<Endpoint['key'], string>,
): Promise<EndpointStatements> {
  const deps = await bootstrap(benchAppConfig(databaseUrl));
  const app = await buildApp(deps, { logger: false });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-session-transport': 'bearer' },
      payload: login,
    });
    const headers = { authorization: `Bearer ${(signIn.json() as { token: string }).token}` };
    const recorded = recordStatements(deps.database.pool!);
    const plans = {} as EndpointStatements;
    for (const [key, url] of Object.entries(paths) as [Endpoint['key'], string][]) {
      // What the app reads once and keeps is not per-request work: one request first fills it.
      const warmUp = await app.inject({ method: 'GET', url, headers });
      if (warmUp.statusCode !== 200) throw new Error(`GET ${url}: ${warmUp.statusCode} ${warmUp.body}`);
      const from = recorded.length;
      await app.inject({ method: 'GET', url, headers });
      const statements = recorded.slice(from);
      const firstPhase = statements[0]!.phase - 1;
      plans[key] = [];
      for (const statement of statements) plans[key].push(await explain(client, { ...statement, phase: statement.phase - firstPhase }));
    }
    return plans;
  } finally {
    await client.end();
    await app.close();
    await deps.database.close();
  }
}
