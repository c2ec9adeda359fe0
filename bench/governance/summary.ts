/** Prints the governance benchmark's figures and verdicts, and keeps them in bench/results/. */
import { median, printTable, verdict, writeResults, type machine } from '../lib/report.js';
import type { DocumentTimes } from './documents.js';
import type { RunFigures } from './measure.js';
import type { EndpointStatements } from './statements.js';
import { COUNTS } from './seed.js';

export const TARGETS = { p99Ms: 100, rate: 50, documentMs: 1000 };

export interface Outcome {
  machineBefore: ReturnType<typeof machine>;
  settings: { duration: number; rounds: number; rate: number; connections: number };
  seed: { ballots: number; seconds: number };
  statements: EndpointStatements;
  runs: RunFigures[];
  documents: DocumentTimes[];
}

export function printStatements(statements: EndpointStatements): void {
  for (const [endpoint, plans] of Object.entries(statements)) {
    const phases = new Set(plans.map((plan) => plan.phase)).size;
    console.log(`\n${endpoint}: ${plans.length} statements in ${phases} sequential round trips`);
    for (const plan of plans) {
      const time = Number.isNaN(plan.executionMs) ? '' : `${plan.executionMs} ms, ${plan.rows} rows: `;
      console.log(`  phase ${plan.phase}: ${time}${plan.text.replace(/\s+/g, ' ').slice(0, 140)}…`);
      if (plan.plan[0]) console.log(`    ${plan.plan[0].trim()}`);
    }
  }
}

export function summarise(outcome: Outcome): void {
  const { runs, documents, settings } = outcome;
  console.log('');
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
    })),
  );
  console.log(`\nTarget: p99 < ${TARGETS.p99Ms} ms at ${TARGETS.rate} requests/s (runs at ${settings.rate}/s)`);
  for (const key of ['members', 'register', 'dashboard'] as const) {
    const worst = Math.max(...runs.filter((run) => run.endpoint === key).map((run) => run.latencyP99Ms));
    console.log(`  ${key}: worst p99 ${worst} ms — ${verdict(worst < TARGETS.p99Ms)}`);
  }
  console.log('');
  printTable(
    documents.map((document) => ({
      document: document.label,
      'first in process ms': Math.round(document.firstMs),
      'warm median ms': Math.round(median(document.warmMs)),
      'warm max ms': Math.round(Math.max(...document.warmMs)),
      bytes: document.bytes,
      verdict: verdict(Math.max(document.firstMs, ...document.warmMs) < TARGETS.documentMs),
    })),
  );
  const file = writeResults('governance', { ...outcome, counts: COUNTS, targets: TARGETS });
  console.log(`\nResults: ${file}`);
}
