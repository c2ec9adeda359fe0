/**
 * Where a request's CPU time goes. `--profile`: V8's CPU profile of the app during one more run (what
 * `node --cpu-prof` records). `--perf`: Linux perf during one more run of A and of C, per request and per
 * origin, which puts the framework's cost (A − C, the same statements) in milliseconds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { requestProfile, type ChildServer } from '../lib/child-server.js';
import { summariseProfile, type ProfileSummary } from '../lib/cpu-profile.js';
import { startPerfRecord, summarisePerf } from '../lib/perf-profile.js';
import { printTable, RESULTS_DIR } from '../lib/report.js';
import type { RunFigures, Target } from './measure.js';

type Load = (target: Target, label: string, durationSeconds: number) => Promise<RunFigures>;

export async function v8Profile(app: ChildServer, target: Target, load: Load, durationSeconds: number): Promise<ProfileSummary> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `orgs-list-app-${Date.now()}.cpuprofile`);
  await requestProfile(app, { profile: 'start' });
  await load(target, `${target.label} (V8 profile)`, durationSeconds);
  await requestProfile(app, { profile: 'stop', file });
  const summary = summariseProfile(file);
  console.log(`\nV8 CPU profile of the app under load (${file}): busy ${summary.busyMs} ms, idle ${summary.idleMs} ms`);
  printTable(summary.byOrigin.map((share) => ({ origin: share.name, ms: share.ms, '% busy': share.percent })));
  console.log('');
  printTable(summary.byFunction.map((share) => ({ function: share.name, ms: share.ms, '% busy': share.percent })));
  return summary;
}

export interface PerfComparison {
  origins: { origin: string; msPerRequest: Record<string, number> }[];
  functions: Record<string, { name: string; msPerRequest: number }[]>;
}

export async function perfProfiles(targets: Target[], load: Load, durationSeconds: number): Promise<PerfComparison> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const perTarget: { label: string; summary: ReturnType<typeof summarisePerf>; completed: number }[] = [];
  for (const target of targets) {
    const file = path.join(RESULTS_DIR, `orgs-list-${target.label.split(' ')[0]}-${Date.now()}.perf.data`);
    const stop = await startPerfRecord(target.pid, file);
    const figures = await load(target, `${target.label} (perf)`, durationSeconds);
    await stop();
    perTarget.push({ label: target.label, summary: summarisePerf(file), completed: figures.completed });
  }
  const origins = [...new Set(perTarget.flatMap((entry) => entry.summary.byOrigin.map((share) => share.name)))];
  const comparison: PerfComparison = {
    origins: origins.map((origin) => ({
      origin,
      msPerRequest: Object.fromEntries(
        perTarget.map((entry) => [
          entry.label,
          (entry.summary.byOrigin.find((share) => share.name === origin)?.cpuMs ?? 0) / entry.completed,
        ]),
      ),
    })),
    functions: Object.fromEntries(
      perTarget.map((entry) => [
        entry.label,
        entry.summary.byFunction.map((share) => ({ name: share.name, msPerRequest: share.cpuMs / entry.completed })),
      ]),
    ),
  };
  console.log('\nCPU ms per request by origin (perf; nearest JavaScript frame):');
  printTable(
    comparison.origins.map((row) => ({
      origin: row.origin,
      ...Object.fromEntries(Object.entries(row.msPerRequest).map(([label, ms]) => [label, ms.toFixed(3)])),
    })),
  );
  for (const [label, functions] of Object.entries(comparison.functions)) {
    console.log(`\nTop functions, ${label}:`);
    printTable(functions.map((share) => ({ function: share.name, 'ms/req': share.msPerRequest.toFixed(3) })));
  }
  return comparison;
}
