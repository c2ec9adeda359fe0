/** Everything before the load: a fresh database with the benchmark data, and the SQL recorded from the app. */
import { prepareDatabase } from '../../apps/server/src/bootstrap.js';
import { openDatabase } from '../../apps/server/src/kernel/db/database.js';
import { recreateDatabase } from '../lib/postgres.js';
import { explainList, type PlanReport } from './explain.js';
import { PAGE_SIZE, REGION } from './http.js';
import { captureListSql } from './list-sql.js';
import type { ListSql, RequestSql } from './recorded-sql.js';
import { captureRequestSql } from './request-sql.js';
import { seedBenchData } from './seed.js';

export const DATABASE = 'cj_bench';
export const COUNTS = { organisations: 10_000, users: 50_000, scopedUsers: 200 };

export interface Prepared {
  databaseUrl: string;
  username: string;
  password: string;
  listSql: ListSql;
  requestSql: RequestSql;
  plans: PlanReport[];
}

async function createData(): Promise<{ databaseUrl: string; username: string; password: string }> {
  const started = Date.now();
  const databaseUrl = await recreateDatabase(DATABASE);
  const handle = await openDatabase({ url: databaseUrl, poolSize: 4 });
  try {
    await prepareDatabase(handle);
    const seeded = await seedBenchData(handle, COUNTS);
    const took = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Database ${DATABASE}: ${COUNTS.organisations} organisations, ${COUNTS.users} users in ${took} s`);
    return { databaseUrl, username: seeded.scopedUsernames[0]!, password: seeded.password };
  } finally {
    await handle.close();
  }
}

export async function prepare(): Promise<Prepared> {
  const data = await createData();
  const listSql = await captureListSql(data.databaseUrl, REGION, PAGE_SIZE);
  const requestSql = await captureRequestSql(data.databaseUrl, data.username, data.password);
  console.log(`\nOne list request to the app sends ${requestSql.statements.length} statements:`);
  for (const statement of requestSql.statements) {
    const name = statement.name ? ` [prepared as ${statement.name}]` : '';
    console.log(`  phase ${statement.phase}${name}: ${statement.text.slice(0, 110)}…`);
  }
  const plans = await explainList(data.databaseUrl, listSql, 10, PAGE_SIZE);
  for (const plan of plans) console.log(`\nEXPLAIN ANALYZE ${plan.statement}: ${plan.executionMs} ms\n  ${plan.plan.join('\n  ')}`);
  return { ...data, listSql, requestSql, plans };
}
