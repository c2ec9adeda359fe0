/** Prints the list benchmark's figures and verdicts and keeps them in bench/results/. */
import type { ProfileSummary } from '../lib/cpu-profile.js';
import { printTable, verdict, writeResults, type machine } from '../lib/report.js';
import type { RunFigures } from './measure.js';
import type { Prepared } from './prepare.js';
import { COUNTS } from './prepare.js';
import type { PerfComparison } from './profiling.js';

export interface Outcome {
  machineBefore: ReturnType<typeof machine>;
  settings: { connections: number; duration: number; rounds: number; rate: number };
  runs: RunFigures[];
  fixedRates: RunFigures[];
  plans: Prepared['plans'];
  statements: string[];
  v8Profile?: ProfileSummary;
  perf?: PerfComparison;
}

const two = (value: number) => Math.round(value * 100) / 100;

function printRuns(runs: RunFigures[]) {
  printTable(
    runs.map((run) => ({
      run: run.label,
      'req/s': run.requestsPerSecond,
      'p50 ms': run.latencyP50Ms,
      'p99 ms': run.latencyP99Ms,
      'max ms': run.latencyMaxMs,
      requests: run.completed,
      'CPU ms/req: server': run.serverCpuMsPerRequest.toFixed(2),
      postgres: run.postgresCpuMsPerRequest.toFixed(2),
      autocannon: run.loadGeneratorCpuMsPerRequest.toFixed(2),
    })),
  );
}

function meanOf(runs: RunFigures[], prefix: string, pick: (run: RunFigures) => number): number {
  const chosen = runs.filter((run) => run.label.startsWith(prefix));
  return chosen.reduce((sum, run) => sum + pick(run), 0) / chosen.length;
}

export function summarise(outcome: Outcome): void {
  const { runs, fixedRates, settings } = outcome;
  console.log('');
  printRuns([...runs, ...fixedRates]);
  const throughput = (prefix: string) => meanOf(runs, prefix, (run) => run.requestsPerSecond);
  const ratio = throughput('A') / throughput('B');
  const appP99 = fixedRates[0]!.latencyP99Ms;
  console.log(`\nThroughput A/B: ${(100 * ratio).toFixed(1)}% (target ≥ 60%: ${verdict(ratio >= 0.6)})`);
  console.log(`  C/B ${((100 * throughput('C')) / throughput('B')).toFixed(1)}%: the app's statements, without the framework`);
  console.log(`  A/C ${((100 * throughput('A')) / throughput('C')).toFixed(1)}%: the framework, around the same statements`);
  console.log(`p99 of A at ${settings.rate}/s: ${appP99} ms (target < 50 ms: ${verdict(appP99 < 50)})`);
  for (const run of fixedRates) {
    if (run.requestsPerSecond < 0.95 * settings.rate) {
      console.log(`  ${run.label} kept up with only ${run.requestsPerSecond.toFixed(1)} requests/s`);
    }
  }
  const cpu = (prefix: string) => ({
    server: two(meanOf(runs, prefix, (run) => run.serverCpuMsPerRequest)),
    postgres: two(meanOf(runs, prefix, (run) => run.postgresCpuMsPerRequest)),
  });
  const cpuPerRequest = { A: cpu('A'), B: cpu('B'), C: cpu('C') };
  console.log(
    `CPU ms per request (server + postgres): A ${JSON.stringify(cpuPerRequest.A)}, B ${JSON.stringify(cpuPerRequest.B)}, C ${JSON.stringify(cpuPerRequest.C)}`,
  );

  const file = writeResults('orgs-list', { ...outcome, counts: COUNTS, ratio, cpuPerRequest });
  console.log(`\nResults: ${file}`);
}
