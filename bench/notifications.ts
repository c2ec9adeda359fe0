/**
 * Benchmark of notifications (issue 14) on PostgreSQL:
 *
 * 1. The inbox list at 50 requests/s for a user with 10,000 messages (first page, unread only, one module, pages
 *    deep in the list by cursor) and the header's unread count: p99 must stay under 50 ms. The application runs
 *    in a child process as main.ts starts it (its background job runner included); autocannon runs here.
 * 2. Notifying the 500 member units of a body of a meeting: the triggering request's transaction (an audit entry
 *    plus notify() to 500 role addressees) must take under 1 s; the fan-out job that follows (500 inbox rows and
 *    500 e-mail jobs) is timed beside it. Measured in this process on the same database, ROUNDS times.
 *
 *   node --import tsx bench/notifications.ts [--duration=20] [--rate=50] [--connections=10] [--rounds=5] [--keep]
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { prepareDatabase } from '../apps/server/src/bootstrap.js';
import { recordAudit, SYSTEM_ACTOR } from '../apps/server/src/kernel/audit/audit.service.js';
import { loadConfig } from '../apps/server/src/kernel/config.js';
import { openDatabase, rowsOf } from '../apps/server/src/kernel/db/database.js';
import { runDueJobs } from '../apps/server/src/kernel/jobs/index.js';
import { systemClock } from '../apps/server/src/kernel/time/clock.js';
import { notificationJobs, notify } from '../apps/server/src/modules/notifications/index.js';
import { flagOption, numberOption } from './lib/args.js';
import { startChildServer } from './lib/child-server.js';
import { cpuSnapshot, cpuSpent } from './lib/cpu-usage.js';
import { assertAllSucceeded, type LoadFigures, runLoad } from './lib/load.js';
import { dropDatabase, recreateDatabase } from './lib/postgres.js';
import { median, printLoadWarning, printTable, verdict, writeResults } from './lib/report.js';
import { loginForToken } from './orgs-list/http.js';
import { MEMBERS, MESSAGES_PER_READER, PASSWORD, seed } from './notifications/seed.js';
import { installBenchAuditKeys } from './lib/audit-keys.js';

const DATABASE = 'cj_bench_notifications';
const APPLICATION_NAME = 'chanjiao_bench_notifications';
const settings = { duration: numberOption('duration', 20), rate: numberOption('rate', 50), connections: numberOption('connections', 10) };
const rounds = numberOption('rounds', 5);
const keep = flagOption('keep');
const here = path.dirname(new URL(import.meta.url).pathname);

interface InboxPage {
  items: unknown[];
  nextCursor: string | null;
}

async function cursorsOf(origin: string, headers: Record<string, string>, pages: number): Promise<string[]> {
  const cursors: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < pages; page += 1) {
    const response = await fetch(`${origin}/api/notifications?limit=20${cursor ? `&cursor=${cursor}` : ''}`, { headers });
    const body = (await response.json()) as InboxPage;
    if (body.items.length !== 20) throw new Error(`page ${page + 1} has ${body.items.length} items`);
    cursor = body.nextCursor;
    if (!cursor) break;
    cursors.push(cursor);
  }
  return cursors;
}

interface InboxFigures extends LoadFigures {
  /** CPU per request of the server process and of its PostgreSQL backends: what the machine's load moves least. */
  serverCpuMs: number;
  postgresCpuMs: number;
}

async function measureInbox(databaseUrl: string, username: string): Promise<InboxFigures[]> {
  const tagged = new URL(databaseUrl);
  tagged.searchParams.set('application_name', APPLICATION_NAME);
  const app = await startChildServer({
    script: path.join(here, 'orgs-list/app-server.ts'),
    env: { BENCH_DATABASE_URL: tagged.toString(), BENCH_PROFILE: '0' },
  });
  const monitor = new pg.Client({ connectionString: databaseUrl });
  await monitor.connect();
  try {
    const headers = { authorization: `Bearer ${await loginForToken(app.origin, username, PASSWORD)}` };
    const cursors = await cursorsOf(app.origin, headers, 100);
    let turn = 0;
    const endpoints: { label: string; nextPath: () => string }[] = [
      { label: 'inbox, first page', nextPath: () => '/api/notifications?limit=20' },
      { label: 'inbox, unread only', nextPath: () => '/api/notifications?limit=20&unread=true' },
      { label: 'inbox, one module', nextPath: () => '/api/notifications?limit=20&module=selection' },
      { label: 'inbox, pages 2–100 by cursor', nextPath: () => `/api/notifications?limit=20&cursor=${cursors[turn++ % cursors.length]}` },
      { label: 'unread count (header)', nextPath: () => '/api/notifications/unread-count' },
    ];
    for (const endpoint of endpoints) {
      await runLoad({
        ...endpoint,
        origin: app.origin,
        headers,
        connections: settings.connections,
        durationSeconds: 3,
        overallRate: settings.rate,
      });
    }
    const figures: InboxFigures[] = [];
    for (const endpoint of endpoints) {
      const before = await cpuSnapshot(app.process.pid!, monitor, APPLICATION_NAME);
      const run = await runLoad({
        ...endpoint,
        label: `${endpoint.label} @${settings.rate}/s`,
        origin: app.origin,
        headers,
        connections: settings.connections,
        durationSeconds: settings.duration,
        overallRate: settings.rate,
      });
      const spent = cpuSpent(before, await cpuSnapshot(app.process.pid!, monitor, APPLICATION_NAME));
      assertAllSucceeded(run);
      figures.push({ ...run, serverCpuMs: spent.serverMs / run.completed, postgresCpuMs: spent.postgresMs / run.completed });
    }
    return figures;
  } finally {
    await monitor.end();
    await app.stop();
  }
}

async function measureFanOut(databaseUrl: string, memberOrgIds: string[]) {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    SECRET_KEY: 'b'.repeat(64),
    SMTP_URL: 'smtp://127.0.0.1:2525',
    SMTP_FROM: 'bench@example.org',
    PUBLIC_URL: 'https://bench.example',
    LOG_LEVEL: 'warn',
  });
  const database = await openDatabase({ url: databaseUrl, poolSize: 10 });
  const deps = { config, database, clock: systemClock, secretKey: 'b'.repeat(64) };
  const fanOutOnly = notificationJobs([]).filter((job) => job.name === 'notifications.fan_out');
  const results: { requestMs: number; fanOutMs: number; inboxRows: number; emailJobs: number }[] = [];
  try {
    for (let round = 1; round <= rounds; round += 1) {
      const meetingId = crypto.randomUUID();
      const started = performance.now();
      const { id } = await database.db.transaction(async (tx) => {
        await recordAudit(tx, SYSTEM_ACTOR, {
          action: 'governance.meeting.convene',
          entityType: 'meeting',
          entityId: meetingId,
          details: { bench: true },
        });
        return notify(tx, SYSTEM_ACTOR, {
          kind: 'governance.meeting_convened',
          params: {
            bodyName: '基准联盟',
            meetingTitle: `基准会议${round}`,
            heldOn: '2026-12-20',
            location: '上海',
            agenda: '审议工作计划',
          },
          recipients: memberOrgIds.map((orgId) => ({ role: 'member_representative' as const, scopeId: orgId })),
          link: { path: `/governance/meetings/${meetingId}`, recordType: 'meeting', recordId: meetingId },
        });
      });
      const requestMs = performance.now() - started;
      const fanOutStarted = performance.now();
      await runDueJobs(deps, fanOutOnly, new Date());
      const fanOutMs = performance.now() - fanOutStarted;
      const [counts] = rowsOf<{ inbox: number; emails: number }>(
        await database.db.execute(sql`select (select count(*)::int from inbox_items where notification_id = ${id}) as inbox,
          (select count(*)::int from jobs where name = 'notifications.send_email' and payload->>'notificationId' = ${id}) as emails`),
      );
      results.push({ requestMs, fanOutMs, inboxRows: counts!.inbox, emailJobs: counts!.emails });
    }
  } finally {
    await database.close();
  }
  return results;
}

async function main() {
  installBenchAuditKeys();
  const machineBefore = printLoadWarning();
  const databaseUrl = await recreateDatabase(DATABASE);
  try {
    const database = await openDatabase({ url: databaseUrl, poolSize: 4 });
    const seedStarted = Date.now();
    await prepareDatabase(database);
    const seeded = await seed(database.db);
    await database.close();
    console.log(
      `Seeded ${MEMBERS} member units and ${seeded.readerUsernames.length} readers × ${MESSAGES_PER_READER} messages in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    const inbox = await measureInbox(databaseUrl, seeded.readerUsernames[0]!);
    printTable(
      inbox.map((run) => ({
        endpoint: run.label,
        'req/s': run.requestsPerSecond.toFixed(1),
        'p50 ms': run.latencyP50Ms,
        'p99 ms': run.latencyP99Ms,
        'max ms': run.latencyMaxMs,
        'server CPU ms/req': run.serverCpuMs.toFixed(2),
        'PostgreSQL CPU ms/req': run.postgresCpuMs.toFixed(2),
      })),
    );
    const worstP99 = Math.max(...inbox.map((run) => run.latencyP99Ms));
    console.log(
      `Inbox p99 < 50 ms at ${settings.rate}/s with ${MESSAGES_PER_READER} messages: worst ${worstP99} ms — ${verdict(worstP99 < 50)}`,
    );

    const fanOut = await measureFanOut(databaseUrl, seeded.memberOrgIds);
    printTable(
      fanOut.map((run, index) => ({
        round: index + 1,
        'request ms': run.requestMs.toFixed(1),
        'fan-out job ms': run.fanOutMs.toFixed(0),
        'inbox rows': run.inboxRows,
        'e-mail jobs': run.emailJobs,
      })),
    );
    const worstRequest = Math.max(...fanOut.map((run) => run.requestMs));
    if (fanOut.some((run) => run.inboxRows !== MEMBERS || run.emailJobs !== MEMBERS)) {
      throw new Error('the fan-out did not reach every member');
    }
    console.log(
      `Notifying ${MEMBERS} members: request median ${median(fanOut.map((run) => run.requestMs)).toFixed(1)} ms, worst ${worstRequest.toFixed(1)} ms (< 1 s) — ${verdict(worstRequest < 1000)}; fan-out job median ${median(fanOut.map((run) => run.fanOutMs)).toFixed(0)} ms`,
    );
    const file = writeResults('notifications', { machineBefore, machineAfter: printLoadWarning(), settings, inbox, fanOut });
    console.log(`Raw results: ${file}`);
  } finally {
    if (!keep) await dropDatabase(DATABASE);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
