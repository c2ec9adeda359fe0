/**
 * The resource search over HTTP at a fixed rate (issue 10: search p99 under 100 ms at 50 requests/s): the alliance of
 * bench/resources/seed.ts (500 members, about 27,000 published entries) on a fresh PostgreSQL database, the real
 * application in a child process as main.ts starts it, signed in as the body's secretariat, and autocannon at a fixed
 * rate (latencies corrected for coordinated omission) on three searches in turn: words, a filter, and none.
 * The database is dropped at the end (--keep keeps it).
 *
 *   node --import tsx bench/resources-load.ts [--duration=30] [--rate=50] [--connections=10] [--keep]
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { flagOption, numberOption } from './lib/args.js';
import { installBenchAuditKeys } from './lib/audit-keys.js';
import { BENCH_SECRET_KEY } from './lib/in-process.js';
import { startChildServer, type ChildServer } from './lib/child-server.js';
import { assertAllSucceeded, runLoad } from './lib/load.js';
import { dropDatabase, recreateDatabase } from './lib/postgres.js';
import { printLoadWarning, printTable, verdict, writeResults } from './lib/report.js';
import { seedSecretariat } from './governance/seed.js';
import { BENCH_PASSWORD } from './orgs-list/seed.js';
import { loginForToken } from './orgs-list/http.js';
import { seedResourceMembers } from './resources/seed.js';
import { prepareDatabase } from '../apps/server/src/bootstrap.js';
import { testConfig } from '../apps/server/src/kernel/config.js';
import { openDatabase } from '../apps/server/src/kernel/db/database.js';
import { systemClock } from '../apps/server/src/kernel/time/clock.js';

const settings = {
  duration: numberOption('duration', 30),
  rate: numberOption('rate', 50),
  connections: numberOption('connections', 10),
};
const keep = flagOption('keep');
const DATABASE = 'cj_bench_resources';
const MEMBERS = 500;
const TARGET_P99_MS = 100;
const WARM_UP_SECONDS = 5;
const APP_SERVER = path.join(path.dirname(new URL(import.meta.url).pathname), 'orgs-list/app-server.ts');

/** Seeds the database and returns the body whose resources are searched. */
async function prepare(databaseUrl: string): Promise<{ bodyId: string; username: string }> {
  installBenchAuditKeys();
  const handle = await openDatabase({ url: databaseUrl, poolSize: 4 });
  try {
    await prepareDatabase(handle);
    const deps = { config: testConfig(), database: handle, secretKey: BENCH_SECRET_KEY, clock: systemClock };
    const bodyId = await seedResourceMembers(deps, MEMBERS);
    // A running database's autovacuum analyses a table after bulk inserts and marks its pages all-visible; without
    // that the planner sees empty tables (a nested loop over 20,000 entries took 1.5 s) and no index-only scan applies.
    await handle.db.execute(sql`vacuum analyze`);
    return { bodyId, username: await seedSecretariat(handle, bodyId) };
  } finally {
    await handle.close();
  }
}

/** Successive requests cycle through words that segment differently, so no single plan or cache line is measured. */
function searches(bodyId: string) {
  const base = `/api/bodies/${bodyId}/resources/search?pageSize=20`;
  const cycle = (queries: string[]) => {
    let next = 0;
    return () => `${base}&${queries[next++ % queries.length]!}`;
  };
  return [
    { label: 'search with words', nextPath: cycle(['q=数控', 'q=机器人', 'q=跨境电商', 'q=物流仓储', 'q=新能源汽车'].map(encodeURI)) },
    {
      label: 'search kind and class',
      nextPath: cycle(['kind=base&classCode=4601', 'kind=major&classCode=5102', 'kind=partner&cityCode=320500']),
    },
    { label: 'search, no filter', nextPath: cycle(['page=1', 'page=2', 'page=50']) },
  ];
}

async function main() {
  const machineBefore = printLoadWarning();
  const databaseUrl = await recreateDatabase(DATABASE);
  let app: ChildServer | undefined;
  try {
    const started = Date.now();
    const { bodyId, username } = await prepare(databaseUrl);
    console.log(`Database ${DATABASE}: ${MEMBERS} members seeded in ${Math.round((Date.now() - started) / 1000)} s`);
    app = await startChildServer({ script: APP_SERVER, env: { BENCH_DATABASE_URL: databaseUrl, BENCH_PROFILE: '0' } });
    const headers = { authorization: `Bearer ${await loginForToken(app.origin, username, BENCH_PASSWORD)}` };
    const run = { origin: app.origin, headers, connections: settings.connections, overallRate: settings.rate };
    const rows = [];
    for (const search of searches(bodyId)) {
      await runLoad({ ...run, label: `${search.label} (warm-up)`, nextPath: search.nextPath, durationSeconds: WARM_UP_SECONDS });
      const figures = await runLoad({ ...run, label: search.label, nextPath: search.nextPath, durationSeconds: settings.duration });
      assertAllSucceeded(figures);
      rows.push({
        search: search.label,
        'req/s': Math.round(figures.requestsPerSecond),
        'p50 ms': figures.latencyP50Ms,
        'p99 ms': figures.latencyP99Ms,
        'max ms': figures.latencyMaxMs,
        target: `p99 < ${TARGET_P99_MS}`,
        verdict: verdict(figures.latencyP99Ms < TARGET_P99_MS),
      });
    }
    printTable(rows);
    console.log(`\nRaw results: ${writeResults('resources-load', { machineBefore, settings, members: MEMBERS, rows })}`);
  } finally {
    await app?.stop();
    if (!keep) await dropDatabase(DATABASE);
  }
}

await main();
