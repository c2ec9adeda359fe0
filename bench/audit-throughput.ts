/**
 * Benchmark of the audit chain's cost under a burst of writes (issue 11, item 15): audited meeting creation
 * (`POST /api/bodies/:id/meetings`, which appends an audit entry in its transaction) against the same insert under
 * the same session, policy and validation without the audit entry (a route only the benchmark's server has), at
 * 100 connections, alternating in one run; and the organisation list's latency, at a fixed rate from other
 * connections, during each burst (a writer waiting for the audit chain must not starve the reads).
 *
 * The application runs in a child process as main.ts starts it (pool of DATABASE_POOL_SIZE = 10 connections) on a
 * fresh PostgreSQL database with the governance benchmark's data (bench/governance/seed.ts); autocannon runs here.
 *
 *   node --import tsx bench/audit-throughput.ts [--duration=15] [--rounds=2] [--connections=100] [--list-rate=20] [--keep]
 */
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { prepareDatabase } from '../apps/server/src/bootstrap.js';
import { openDatabase } from '../apps/server/src/kernel/db/database.js';
import { flagOption, numberOption } from './lib/args.js';
import { installBenchAuditKeys } from './lib/audit-keys.js';
import { startChildServer, type ChildServer } from './lib/child-server.js';
import { type LoadFigures, runLoad } from './lib/load.js';
import { dropDatabase, recreateDatabase } from './lib/postgres.js';
import { printLoadWarning } from './lib/report.js';
import { seedGovernance } from './governance/seed.js';
import { listPath, loginForToken } from './orgs-list/http.js';

const settings = {
  duration: numberOption('duration', 15),
  rounds: numberOption('rounds', 2),
  connections: numberOption('connections', 100),
  listRate: numberOption('list-rate', 20),
};
const keep = flagOption('keep');
const DATABASE = 'cj_bench_audit';
const here = path.dirname(new URL(import.meta.url).pathname);
const APP_SERVER = path.join(here, 'audit-throughput/app-server.ts');

type System = 'audited' | 'unaudited';
const ROUTES: Record<System, (bodyId: string) => string> = {
  audited: (bodyId) => `/api/bodies/${bodyId}/meetings`,
  unaudited: (bodyId) => `/api/bench/bodies/${bodyId}/meetings-unaudited`,
};

interface WriteFigures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  completed: number;
  failed: number;
}

let titles = 0;
function meetingBody(): string {
  titles += 1;
  return JSON.stringify({ title: `基准会议 ${titles}`, heldOn: '2027-03-15', location: '苏州' });
}

async function writeBurst(origin: string, route: string, token: string): Promise<WriteFigures> {
  const result = await autocannon({
    url: origin,
    connections: settings.connections,
    duration: settings.duration,
    timeout: 30,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [{ method: 'POST', path: route, setupRequest: (request) => ({ ...request, body: meetingBody() }) }],
  });
  return {
    requestsPerSecond: result['2xx'] / result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    completed: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

async function burstWithReads(origin: string, system: System, bodyId: string, token: string) {
  let page = 0;
  const [writes, reads] = await Promise.all([
    writeBurst(origin, ROUTES[system](bodyId), token),
    runLoad({
      label: `organisation list during the ${system} burst`,
      origin,
      nextPath: () => listPath((page++ % 5) + 1),
      headers: { authorization: `Bearer ${token}` },
      connections: 4,
      durationSeconds: settings.duration,
      overallRate: settings.listRate,
    }),
  ]);
  return { writes, reads };
}

async function expectStatus(response: Response, status: number, what: string) {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${await response.text()}`);
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

async function main() {
  printLoadWarning();
  const databaseUrl = await recreateDatabase(DATABASE);
  installBenchAuditKeys();
  const handle = await openDatabase({ url: databaseUrl, poolSize: 4 });
  const seeded = await (async () => {
    try {
      await prepareDatabase(handle);
      return await seedGovernance(handle);
    } finally {
      await handle.close();
    }
  })();
  let app: ChildServer | undefined;
  try {
    app = await startChildServer({ script: APP_SERVER, env: { BENCH_DATABASE_URL: databaseUrl } });
    const token = await loginForToken(app.origin, seeded.secretariatUsername, seeded.password);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    // Both writes succeed and the list answers before anything is timed.
    for (const system of ['audited', 'unaudited'] as const) {
      await expectStatus(
        await fetch(`${app.origin}${ROUTES[system](seeded.bodyId)}`, { method: 'POST', headers, body: meetingBody() }),
        201,
        system,
      );
    }
    await expectStatus(await fetch(`${app.origin}${listPath(1)}`, { headers }), 200, 'organisation list');

    console.log(
      `Meeting creation at ${settings.connections} connections, ${settings.duration} s per burst, ${settings.rounds} rounds; ` +
        `organisation list at ${settings.listRate}/s during each burst`,
    );
    await writeBurst(app.origin, ROUTES.audited(seeded.bodyId), token); // warm-up, not counted
    const figures: Record<System, { writes: WriteFigures; reads: LoadFigures }[]> = { audited: [], unaudited: [] };
    for (let round = 0; round < settings.rounds; round += 1) {
      const order: System[] = round % 2 === 0 ? ['unaudited', 'audited'] : ['audited', 'unaudited'];
      for (const system of order) {
        const run = await burstWithReads(app.origin, system, seeded.bodyId, token);
        figures[system].push(run);
        console.log(
          `  round ${round + 1} ${system.padEnd(9)}: ${run.writes.requestsPerSecond.toFixed(0)} writes/s ` +
            `(p50 ${run.writes.latencyP50Ms} ms, p99 ${run.writes.latencyP99Ms} ms, ${run.writes.failed} failed); ` +
            (run.reads.completed === 0
              ? `list: no answer within 10 s (${run.reads.failed} failed)`
              : `list p99 ${run.reads.latencyP99Ms} ms, max ${run.reads.latencyMaxMs} ms (${run.reads.completed} answered, ${run.reads.failed} failed)`),
        );
      }
    }
    const audited = mean(figures.audited.map((run) => run.writes.requestsPerSecond));
    const unaudited = mean(figures.unaudited.map((run) => run.writes.requestsPerSecond));
    const listP99 = Math.max(...figures.audited.map((run) => (run.reads.completed === 0 ? Infinity : run.reads.latencyP99Ms)));
    const failures = [...figures.audited, ...figures.unaudited].reduce((sum, run) => sum + run.writes.failed + run.reads.failed, 0);
    if (failures > 0) {
      console.log(
        `Warning: ${failures} requests failed (timeouts or pool waits): the machine was too busy for these figures to mean much.`,
      );
    }
    console.log('');
    console.log(`Audited meeting creation: ${audited.toFixed(0)} writes/s; without the audit entry: ${unaudited.toFixed(0)} writes/s`);
    console.log(`Ratio: ${((100 * audited) / unaudited).toFixed(1)} % (target ≥ 70 %)`);
    console.log(
      `Organisation list p99 during the audited bursts (worst round): ${Number.isFinite(listP99) ? `${listP99} ms` : 'no answer within 10 s'} (target < 100 ms)`,
    );

    const monitor = new pg.Client({ connectionString: databaseUrl });
    await monitor.connect();
    const lanes = await monitor.query<{ lane: number; n: string }>(
      'select lane, count(*) as n from audit_log where lane is not null group by lane order by lane',
    );
    await monitor.end();
    console.log(`Audit entries per lane: ${lanes.rows.map((row) => `${row.lane}:${row.n}`).join(' ')}`);
  } finally {
    await app?.stop();
    if (!keep) await dropDatabase(DATABASE);
  }
}

await main();
