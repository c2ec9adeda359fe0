/**
 * Benchmark of governance: a body with 500 member units, 50 meetings and 5,000 closed votes on
 * PostgreSQL. The member list, the resolution register and the dashboard, each signed in as the body's
 * secretariat, must answer in under 100 ms p99 at 50 requests/s; the certificate PDF and the bulletin DOCX must
 * each generate in under 1 s (timed through the API: first in a fresh process, then warm).
 *
 * The application runs in a child process started as main.ts starts it; autocannon (fixed rate, latencies
 * corrected for coordinated omission) runs here. Before the load, every statement one request of each endpoint
 * sends is recorded and EXPLAIN ANALYZEd. The database is created fresh and dropped at the end (--keep keeps it).
 *
 * Each document is timed from two fresh processes: its first download right at start (racing the start-up warm-up)
 * and `--settle` seconds after start (the warm-up done, as for a first user who comes later).
 *
 *   node --import tsx bench/governance.ts [--duration=30] [--rounds=2] [--rate=50] [--connections=10] [--warm=10] [--settle=8] [--keep]
 */
import path from 'node:path';
import pg from 'pg';
import { flagOption, numberOption } from './lib/args.js';
import { startChildServer, type ChildServer } from './lib/child-server.js';
import { dropDatabase } from './lib/postgres.js';
import { printLoadWarning } from './lib/report.js';
import { loginForToken } from './orgs-list/http.js';
import { timeDocument } from './governance/documents.js';
import { endpoints, samplePaths } from './governance/endpoints.js';
import { measuredLoad, type RunFigures, type Server } from './governance/measure.js';
import { DATABASE, prepare } from './governance/prepare.js';
import { recordEndpointStatements } from './governance/statements.js';
import { printStatements, summarise } from './governance/summary.js';

const settings = {
  duration: numberOption('duration', 30),
  rounds: numberOption('rounds', 2),
  rate: numberOption('rate', 50),
  connections: numberOption('connections', 10),
};
const warmDownloads = numberOption('warm', 10);
const settleSeconds = numberOption('settle', 8);
const keep = flagOption('keep');
const WARM_UP_SECONDS = 5;
const APPLICATION_NAME = 'chanjiao_bench_governance';
const here = path.dirname(new URL(import.meta.url).pathname);
const APP_SERVER = path.join(here, 'orgs-list/app-server.ts');

function taggedUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', APPLICATION_NAME);
  return url.toString();
}

async function main() {
  const machineBefore = printLoadWarning();
  const prepared = await prepare();
  const login = { username: prepared.secretariatUsername, password: prepared.password };
  let app: ChildServer | undefined;
  const monitor = new pg.Client({ connectionString: prepared.databaseUrl });
  try {
    const statements = await recordEndpointStatements(prepared.databaseUrl, login, samplePaths(prepared.bodyId));
    printStatements(statements);

    app = await startChildServer({ script: APP_SERVER, env: { BENCH_DATABASE_URL: taggedUrl(prepared.databaseUrl), BENCH_PROFILE: '0' } });
    await monitor.connect();
    const server: Server = {
      origin: app.origin,
      pid: app.process.pid!,
      applicationName: APPLICATION_NAME,
      headers: { authorization: `Bearer ${await loginForToken(app.origin, login.username, login.password)}` },
    };
    const runs: RunFigures[] = [];
    const run = { rate: settings.rate, connections: settings.connections };
    for (const endpoint of endpoints(prepared.bodyId)) {
      await measuredLoad(server, monitor, endpoint, { ...run, label: `${endpoint.label} (warm-up)`, durationSeconds: WARM_UP_SECONDS });
    }
    for (let round = 1; round <= settings.rounds; round += 1) {
      for (const endpoint of endpoints(prepared.bodyId)) {
        runs.push(
          await measuredLoad(server, monitor, endpoint, {
            ...run,
            label: `${endpoint.label} @${settings.rate}/s #${round}`,
            durationSeconds: settings.duration,
          }),
        );
      }
    }
    await app.stop();
    app = undefined;

    const body = `/api/bodies/${prepared.bodyId}`;
    const documentKinds = [
      { label: 'certificate PDF', path: `${body}/certificates/${prepared.certificateId}/pdf`, contentType: 'application/pdf' },
      {
        label: 'bulletin DOCX',
        path: `${body}/bulletins/${prepared.bulletinId}/docx`,
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    ];
    const documents = [];
    for (const kind of documentKinds) {
      for (const settle of [0, settleSeconds]) {
        documents.push(await timeDocument(APP_SERVER, prepared.databaseUrl, login, kind, warmDownloads, settle));
      }
    }
    summarise({ machineBefore, settings, seed: { ballots: prepared.ballots, seconds: prepared.seedSeconds }, statements, runs, documents });
  } finally {
    await app?.stop();
    await monitor.end().catch(() => undefined);
    if (!keep) await dropDatabase(DATABASE);
  }
}

await main();
