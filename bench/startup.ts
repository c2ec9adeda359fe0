/**
 * Benchmark: how long `npm start` takes until the server is ready, on an existing embedded (PGlite) data
 * directory — the usual restart. One start creates the directory (migrations, reference and demo data);
 * then five timed starts, each from spawning `node --import tsx apps/server/src/main.ts` to the first
 * 200 from /readyz. Target: median and maximum < 5 s.
 *
 * With --profile, one more start runs under `node --cpu-prof` and the script says where its time went.
 *
 *   node --import tsx bench/startup.ts [--starts=5] [--profile]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flagOption, numberOption } from './lib/args.js';
import { summariseProfile } from './lib/cpu-profile.js';
import { processCpuMs } from './lib/cpu-usage.js';
import { freePort } from './lib/ports.js';
import { median, printLoadWarning, printTable, REPO_ROOT, RESULTS_DIR, verdict, writeResults } from './lib/report.js';

const STARTS = numberOption('starts', 5);
const READY_TIMEOUT_MS = 120_000;
const TARGET_MS = 5_000;

interface Started {
  child: ChildProcess;
  readyMs: number;
  /** CPU time the server process had used when it became ready: what the start costs without waiting for a core. */
  cpuMs: number;
  output: string[];
}

async function readyzAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function startServer(dataDir: string, nodeFlags: string[] = []): Promise<Started> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'development' };
  // The embedded database: a DATABASE_URL inherited from the shell would switch to PostgreSQL.
  delete env.DATABASE_URL;
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}/readyz`;
  while (performance.now() - startedAt < READY_TIMEOUT_MS) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${output.join('')}`);
    if (await readyzAnswers(url)) {
      return { child, readyMs: performance.now() - startedAt, cpuMs: processCpuMs(child.pid!) ?? Number.NaN, output };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await stop(child);
  throw new Error(`The server was not ready within ${READY_TIMEOUT_MS} ms:\n${output.join('')}`);
}

/** The server's own figure from its start banner ("ready in N ms"), i.e. without Node and module loading. */
function reportedReadyMs(output: string[]): number | null {
  const match = output.join('').match(/ready in (\d+) ms/);
  return match ? Number(match[1]) : null;
}

/**
 * One more start under --cpu-prof (written when the server exits on SIGTERM): where start-up spends its
 * time. Node writes one profile per thread: the main thread, and the thread running tsx's module hooks.
 */
async function profiledStart(dataDir: string) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const profileDir = fs.mkdtempSync(path.join(RESULTS_DIR, 'startup-profile-'));
  const started = await startServer(dataDir, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  await stop(started.child);
  // CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile; thread 0 is the main thread.
  const files = fs
    .readdirSync(profileDir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort();
  if (files.length === 0) throw new Error(`No CPU profile was written to ${profileDir}`);
  console.log(`\nProfiled start: ready after ${Math.round(started.readyMs)} ms`);
  const threads = files.map((file) => {
    const thread = file.split('.').at(-3) === '0' ? 'main thread' : `worker thread ${file.split('.').at(-3)}`;
    const summary = summariseProfile(path.join(profileDir, file));
    console.log(`\n${thread}: CPU busy ${summary.busyMs} ms, idle ${summary.idleMs} ms`);
    printTable(summary.byOrigin.map((share) => ({ origin: share.name, ms: share.ms, '% busy': share.percent })));
    if (thread === 'main thread') {
      console.log('');
      printTable(summary.byFunction.map((share) => ({ function: share.name, ms: share.ms, '% busy': share.percent })));
    }
    return { thread, file: path.join(profileDir, file), ...summary };
  });
  return { readyMs: Math.round(started.readyMs), threads };
}

async function main() {
  const machineBefore = printLoadWarning();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chanjiao-bench-startup-'));
  try {
    const first = await startServer(dataDir);
    await stop(first.child);
    console.log(`First start (creates ${dataDir}, migrations, reference and demo data): ${Math.round(first.readyMs)} ms`);

    const starts: { readyMs: number; cpuMs: number; serverReportedMs: number | null }[] = [];
    for (let index = 1; index <= STARTS; index++) {
      const started = await startServer(dataDir);
      await stop(started.child);
      const start = {
        readyMs: Math.round(started.readyMs),
        cpuMs: Math.round(started.cpuMs),
        serverReportedMs: reportedReadyMs(started.output),
      };
      starts.push(start);
      console.log(
        `Start ${index}: ready after ${start.readyMs} ms, ${start.cpuMs} ms CPU (server's own figure: ${start.serverReportedMs ?? '?'} ms)`,
      );
    }
    const profile = flagOption('profile') ? await profiledStart(dataDir) : undefined;
    const times = starts.map((start) => start.readyMs);
    const summary = {
      firstStartMs: Math.round(first.readyMs),
      medianMs: median(times),
      maxMs: Math.max(...times),
      medianCpuMs: median(starts.map((start) => start.cpuMs)),
    };
    console.log(
      `\nTarget < ${TARGET_MS} ms. Median ${summary.medianMs} ms: ${verdict(summary.medianMs < TARGET_MS)}; max ${summary.maxMs} ms: ${verdict(summary.maxMs < TARGET_MS)}`,
    );
    console.log(`Median CPU until ready: ${summary.medianCpuMs} ms (main thread and module-loader thread together)`);
    console.log(`Results: ${writeResults('startup', { machineBefore, starts, ...summary, profile })}`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
