/**
 * Benchmark: the organisation list (GET /api/organizations, a city filter, sorted by name, pages of 20)
 * on PostgreSQL with 10,000 organisations and 50,000 users.
 *
 * A: the real application, signed in with a bearer token. B: a bare Fastify route sending the same SQL
 * through a plain pg pool. C: the bare server replaying every statement the app sends for one request
 * (session and grants, page, count), to split the gap into framework and extra queries. Statements the
 * app prepares under a name, B and C send under the same name.
 * All run in child processes and alternate under the same closed-loop load; then A, and for comparison B,
 * take a fixed 200 requests/s. Targets: A ≥ 60% of B's throughput; A's p99 < 50 ms at 200 requests/s.
 *
 * --profile adds a V8 CPU profile of the app; --perf a Linux perf comparison of A and C per request.
 *
 *   node --import tsx bench/orgs-list.ts [--duration=15] [--connections=10] [--rounds=2] [--rate=200] [--profile] [--perf]
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { flagOption, numberOption } from './lib/args.js';
import { startChildServer, type ChildServer } from './lib/child-server.js';
import { perfAvailable } from './lib/perf-profile.js';
import { printLoadWarning } from './lib/report.js';
import { assertSamePages, fetchPage, loginForToken, PAGE_SIZE, REGION, REPLAY_ROUTE } from './orgs-list/http.js';
import { measuredLoad, type RunFigures, type RunSettings, type Target } from './orgs-list/measure.js';
import { prepare } from './orgs-list/prepare.js';
import { perfProfiles, v8Profile } from './orgs-list/profiling.js';
import { summarise } from './orgs-list/summary.js';

const settings = {
  duration: numberOption('duration', 15),
  connections: numberOption('connections', 10),
  rounds: numberOption('rounds', 2),
  rate: numberOption('rate', 200),
};
const profile = flagOption('profile');
const perf = flagOption('perf');
if (perf && !perfAvailable()) throw new Error('--perf needs Linux perf (apt-get install linux-perf)');
/** With --perf, JIT-compiled functions get names perf can show. */
const nodeFlags = perf ? ['--perf-basic-prof'] : [];
const WARM_UP_SECONDS = 3;
const APP_CONNECTIONS = 'chanjiao_bench_app';
const BARE_CONNECTIONS = 'chanjiao_bench_bare';

const here = path.dirname(new URL(import.meta.url).pathname);

/** Tags a server's database connections, so their backends' CPU time can be told apart. */
function taggedUrl(databaseUrl: string, applicationName: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', applicationName);
  return url.toString();
}

async function main() {
  const machineBefore = printLoadWarning();
  const prepared = await prepare();
  const shared = { BENCH_LIST_SQL: JSON.stringify(prepared.listSql), BENCH_REQUEST_SQL: JSON.stringify(prepared.requestSql) };
  const servers: ChildServer[] = [];
  const monitor = new pg.Client({ connectionString: prepared.databaseUrl });
  await monitor.connect();
  try {
    const app = await startChildServer({
      script: path.join(here, 'orgs-list/app-server.ts'),
      nodeFlags,
      env: { ...shared, BENCH_DATABASE_URL: taggedUrl(prepared.databaseUrl, APP_CONNECTIONS), BENCH_PROFILE: profile ? '1' : '0' },
    });
    servers.push(app);
    const bare = await startChildServer({
      script: path.join(here, 'orgs-list/bare-server.ts'),
      nodeFlags,
      env: { ...shared, BENCH_DATABASE_URL: taggedUrl(prepared.databaseUrl, BARE_CONNECTIONS) },
    });
    servers.push(bare);

    const appHeaders = { authorization: `Bearer ${await loginForToken(app.origin, prepared.username, prepared.password)}` };
    const { total } = await fetchPage(app.origin, 1, appHeaders);
    const pageCount = Math.ceil(total / PAGE_SIZE);
    await assertSamePages(app.origin, appHeaders, bare.origin, [1, Math.ceil(pageCount / 2), pageCount]);
    console.log(
      `\nRegion ${REGION}: ${total} organisations, ${pageCount} pages of ${PAGE_SIZE}; ${settings.connections} connections, ${settings.duration} s per run`,
    );

    const targets: Record<'A' | 'B' | 'C', Target> = {
      A: { label: 'A app', origin: app.origin, pid: app.process.pid!, applicationName: APP_CONNECTIONS, headers: appHeaders },
      B: { label: 'B bare', origin: bare.origin, pid: bare.process.pid!, applicationName: BARE_CONNECTIONS },
      C: {
        label: 'C bare, app statements',
        origin: bare.origin,
        pid: bare.process.pid!,
        applicationName: BARE_CONNECTIONS,
        route: REPLAY_ROUTE,
      },
    };
    const runSettings: RunSettings = { monitor, pageCount, connections: settings.connections };
    const load = (target: Target, label: string, durationSeconds: number, overallRate?: number) =>
      measuredLoad(target, runSettings, { label, durationSeconds, overallRate });

    for (const target of Object.values(targets)) await load(target, `${target.label} (warm-up)`, WARM_UP_SECONDS);
    const runs: RunFigures[] = [];
    for (let round = 1; round <= settings.rounds; round++) {
      for (const target of Object.values(targets)) runs.push(await load(target, `${target.label} #${round}`, settings.duration));
    }
    const fixedRates = [
      await load(targets.A, `A app @${settings.rate}/s`, settings.duration, settings.rate),
      await load(targets.B, `B bare @${settings.rate}/s`, settings.duration, settings.rate),
    ];

    const v8 = profile ? await v8Profile(app, targets.A, load, settings.duration) : undefined;
    const perfComparison = perf ? await perfProfiles([targets.A, targets.C], load, settings.duration) : undefined;
    const statements = prepared.requestSql.statements.map(
      (statement) => `phase ${statement.phase}${statement.name ? ` (${statement.name})` : ''}: ${statement.text}`,
    );
    summarise({ machineBefore, settings, runs, fixedRates, plans: prepared.plans, statements, v8Profile: v8, perf: perfComparison });
  } finally {
    await monitor.end();
    for (const server of servers.reverse()) {
      await server.stop();
      // --perf-basic-prof leaves the JIT symbol map of every process in /tmp.
      if (perf) fs.rmSync(`/tmp/perf-${server.process.pid}.map`, { force: true });
    }
  }
}

await main();
