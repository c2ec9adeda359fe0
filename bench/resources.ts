/**
 * Benchmark of the dynamic resource database (issue 10): an alliance of 500 members with full survey answers —
 * about 5,000 majors, 2,000 training bases and 20,000 enterprise partners published through the same
 * `publishEntries` that accepting answers uses. Times, in this process against a fresh database (PGlite in memory,
 * or PostgreSQL when DATABASE_URL is set), the service calls the routes make:
 *   - a search with words, with a filter, and without (target: p99 < 100 ms);
 *   - "who can train X" for a major, a major class and free words (target < 300 ms).
 *
 *   node --import tsx bench/resources.ts [--runs=100]
 */
import { performance } from 'node:perf_hooks';
import { numberOption } from './lib/args.js';
import { openInProcessDeps } from './lib/in-process.js';
import { median, printLoadWarning, printTable, verdict, writeResults } from './lib/report.js';
import type { Grant } from '../apps/server/src/kernel/rbac/rbac.rules.js';
import { whoCanTrain } from '../apps/server/src/modules/resources/capability/capability.service.js';
import { searchResources } from '../apps/server/src/modules/resources/database/database.service.js';
import { seedResourceMembers } from './resources/seed.js';

const RUNS = numberOption('runs', 100);
const MEMBERS = 500;
const TARGETS = { searchP99: 100, whoCanTrain: 300 };

async function timed(work: () => Promise<unknown>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.99))]!;

async function main() {
  const machineBefore = printLoadWarning();
  const { database, deps, engine } = await openInProcessDeps();
  const db = deps.database.db;
  try {
    console.log(`Preparing ${MEMBERS} members with full survey answers on ${engine} …`);
    const bodyId = await seedResourceMembers(deps, MEMBERS);
    const grants: Grant[] = [{ role: 'body_secretariat', permission: 'resources.database.read', scopeType: 'body', scopeId: bodyId }];
    const search = (query: object) => () =>
      searchResources(db, grants, bodyId, { page: 1, pageSize: 20, ...query } as Parameters<typeof searchResources>[3]);
    const train = (query: object) => () => whoCanTrain(db, grants, bodyId, { limit: 20, ...query } as Parameters<typeof whoCanTrain>[3]);
    const cases = [
      { step: 'search “数控”', times: await timed(search({ q: '数控' }), RUNS), target: TARGETS.searchP99, p: 'p99' },
      {
        step: 'search kind=base, class 4601',
        times: await timed(search({ kind: 'base', classCode: '4601' }), RUNS),
        target: TARGETS.searchP99,
        p: 'p99',
      },
      { step: 'search, no filter', times: await timed(search({}), RUNS), target: TARGETS.searchP99, p: 'p99' },
      {
        step: 'who can train 460103',
        times: await timed(train({ majorCode: '460103' }), Math.ceil(RUNS / 4)),
        target: TARGETS.whoCanTrain,
        p: 'max',
      },
      {
        step: 'who can train class 4601',
        times: await timed(train({ classCode: '4601' }), Math.ceil(RUNS / 4)),
        target: TARGETS.whoCanTrain,
        p: 'max',
      },
      {
        step: 'who can train “机器人”',
        times: await timed(train({ q: '机器人' }), Math.ceil(RUNS / 4)),
        target: TARGETS.whoCanTrain,
        p: 'max',
      },
    ];
    const rows = cases.map(({ step, times, target, p }) => {
      const measured = p === 'p99' ? p99(times) : Math.max(...times);
      return {
        step,
        runs: times.length,
        'median ms': Math.round(median(times)),
        'p99 ms': Math.round(p99(times)),
        'max ms': Math.round(Math.max(...times)),
        'target ms': `${p} < ${target}`,
        verdict: verdict(measured < target),
      };
    });
    const count = await train({ majorCode: '460103' })();
    console.log(
      `\n“who can train 460103”: ${count.items.length} members listed, the first with ${count.items[0]?.reasons.length ?? 0} reasons\n`,
    );
    printTable(rows);
    console.log(`\nRaw results: ${writeResults('resources', { engine, machineBefore, members: MEMBERS, runs: RUNS, rows })}`);
  } finally {
    await database.dispose();
  }
}

await main();
