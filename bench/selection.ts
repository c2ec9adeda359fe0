/**
 * Benchmark of the selection review (docs/sources.md 5.3): a call with 200 submitted applications and 30 experts.
 * Times, in this process against a fresh database (PGlite in memory, or PostgreSQL when DATABASE_URL is set):
 *   - automatic assignment (3 reviews per application, at most 25 per expert, conflicts recomputed) — target < 2 s;
 *   - ranking (all 600 reviews scored: aggregation, deduction, ranks, tie-breaks) — target < 500 ms;
 *   - the 附件3 汇总表 export of the 200 applications — target < 3 s; and the ranking XLSX, for information.
 * Each measured step is the service call the route makes; ranking and exports run 5 times (median, max).
 *
 *   node --import tsx bench/selection.ts [--runs=5]
 */
import { performance } from 'node:perf_hooks';
import { inArray } from 'drizzle-orm';
import { numberOption } from './lib/args.js';
import { median, printLoadWarning, printTable, verdict, writeResults } from './lib/report.js';
import { prepare, APPLICATIONS, EXPERTS } from './selection/prepare.js';
import type { AppDeps } from '../apps/server/src/kernel/deps.js';
import { SYSTEM_ACTOR } from '../apps/server/src/kernel/audit/audit.service.js';
import { requireCall } from '../apps/server/src/modules/selection/calls/calls.service.js';
import { pointsOf } from '../apps/server/src/modules/selection/indicators/indicators.repository.js';
import { summarySheet } from '../apps/server/src/modules/selection/exports/exports.service.js';
import { assignAutomatically } from '../apps/server/src/modules/selection/reviews/assignment.service.js';
import { updateSettings } from '../apps/server/src/modules/selection/reviews/review-settings.service.js';
import { reviewsOfCall } from '../apps/server/src/modules/selection/reviews/reviews.repository.js';
import { reviews, reviewScores } from '../apps/server/src/modules/selection/reviews/reviews.table.js';
import { rankingXlsx } from '../apps/server/src/modules/selection/results/results-exports.js';
import { getResults } from '../apps/server/src/modules/selection/results/results.service.js';
import { openInProcessDeps } from './lib/in-process.js';

const RUNS = numberOption('runs', 5);
const TARGETS = { assignment: 2000, ranking: 500, summary: 3000 };

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function repeated(work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) times.push((await timed(work)).ms);
  return times;
}

/** Every expert scores every point of every assigned application; the score varies so that ranks differ. */
async function scoreEverything(deps: AppDeps, callId: string) {
  const db = deps.database.db;
  const call = await requireCall(db, callId);
  const points = (await pointsOf(db, call.indicatorSystemId)).filter((point) => point.kind === 'score');
  const assigned = await reviewsOfCall(db, callId);
  const rows = assigned.flatMap((review, r) =>
    points.map((point, p) => ({
      reviewId: review.id,
      pointId: point.id,
      score: ((r * 7 + p * 3) % 13) / 4 > 3 ? 3 : ((r * 7 + p * 3) % 13) / 4,
    })),
  );
  for (let start = 0; start < rows.length; start += 2000) await db.insert(reviewScores).values(rows.slice(start, start + 2000));
  await db
    .update(reviews)
    .set({ status: 'submitted', submittedAt: new Date() })
    .where(
      inArray(
        reviews.id,
        assigned.map((review) => review.id),
      ),
    );
  return assigned.length;
}

async function main() {
  const machineBefore = printLoadWarning();
  const { database, deps, engine } = await openInProcessDeps();
  try {
    console.log(`Preparing ${APPLICATIONS} applications and ${EXPERTS} experts on ${engine} …`);
    const { callId } = await prepare(deps);
    await updateSettings(deps.database.db, SYSTEM_ACTOR, callId, {
      version: 0,
      scoringRule: { method: 'trimmed_mean', tieBreakIndicators: ['4', '5'] },
      limits: { reviewsPerApplication: 3, maxPerExpert: 25 },
      commentsVisibleToApplicants: false,
      scoresDueOn: null,
    });

    const assignment = await timed(() => assignAutomatically(deps.database.db, SYSTEM_ACTOR, callId, 'bench'));
    const scored = await scoreEverything(deps, callId);
    const ranking = await repeated(() => getResults(deps.database.db, callId, 'zh-CN'));
    const summary = await repeated(() => summarySheet(deps.database.db, SYSTEM_ACTOR, callId));
    const rankingSheet = await repeated(() => rankingXlsx(deps.database.db, callId));
    const results = await getResults(deps.database.db, callId, 'zh-CN');

    const rows = [
      {
        step: 'automatic assignment',
        'median ms': assignment.ms,
        'max ms': assignment.ms,
        'target ms': TARGETS.assignment,
        verdict: verdict(assignment.ms < TARGETS.assignment),
      },
      {
        step: 'ranking (GET results)',
        'median ms': median(ranking),
        'max ms': Math.max(...ranking),
        'target ms': TARGETS.ranking,
        verdict: verdict(median(ranking) < TARGETS.ranking),
      },
      {
        step: '汇总表 XLSX',
        'median ms': median(summary),
        'max ms': Math.max(...summary),
        'target ms': TARGETS.summary,
        verdict: verdict(median(summary) < TARGETS.summary),
      },
      { step: 'ranking XLSX', 'median ms': median(rankingSheet), 'max ms': Math.max(...rankingSheet), 'target ms': '—', verdict: '—' },
    ];
    console.log(`\n${assignment.value.explanation['zh-CN']}`);
    console.log(`${scored} reviews scored; ${results.rows.length} applications ranked, ${results.unresolvedTies.length} shared ranks\n`);
    printTable(rows);
    const file = writeResults('selection', {
      engine,
      machineBefore,
      applications: APPLICATIONS,
      experts: EXPERTS,
      runs: RUNS,
      rows,
      ranking,
      summary,
      rankingSheet,
    });
    console.log(`\nRaw results: ${file}`);
  } finally {
    await database.dispose();
  }
}

await main();
