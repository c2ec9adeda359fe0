/**
 * Everything about a call's review in one read — settings, points, submitted applications, panel, reviews with
 * their scores, and the conflicts recomputed from today's data — for the board, assignment and results.
 */
import type { ScoredIndicator } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import type { CallRow } from '../calls/calls.repository.js';
import { requireCall } from '../calls/calls.service.js';
import { conflictKey } from '../experts/conflicts.rules.js';
import { type CallConflicts, callConflicts } from '../experts/conflicts.service.js';
import { type ExpertRow, panelOf } from '../experts/experts.repository.js';
import { pointsOf, type IndicatorPointRow } from '../indicators/indicators.repository.js';
import { type EffectiveSettings, settingsOf } from './review-settings.service.js';
import * as repo from './reviews.repository.js';
import { indicatorTotals, type Scores, type SheetPoint, sheetTotal } from './scoring.rules.js';

export interface ReviewSheet {
  scores: Scores;
  byIndicator: Record<ScoredIndicator, number>;
  total: number;
}

export interface CallReview {
  call: CallRow;
  settings: EffectiveSettings;
  points: IndicatorPointRow[];
  applications: repo.ReviewableApplication[];
  panel: ExpertRow[];
  reviews: repo.ReviewListRow[];
  sheets: Map<string, ReviewSheet>;
  conflicts: CallConflicts;
}

export function sheetPoints(points: IndicatorPointRow[]): (SheetPoint & { id: string })[] {
  return points.map((point) => ({ ...point, kind: point.kind as 'score' | 'deduction' }));
}

export function sheetOf(points: SheetPoint[], scores: Scores, deduction: number): ReviewSheet {
  const byIndicator = indicatorTotals(points, scores);
  return { scores, byIndicator, total: sheetTotal(byIndicator, deduction) };
}

/** Each review's sheet; `ofCall` reads the scores of the call's every review in one query. */
export async function sheetsOf(
  db: Executor,
  points: (SheetPoint & { id: string })[],
  reviews: repo.ReviewRow[],
  ofCall?: string,
): Promise<Map<string, ReviewSheet>> {
  const rows = ofCall
    ? (await repo.scoresOfCall(db, ofCall)).flatMap(({ reviewId, scores }) =>
        Object.entries(scores).map(([pointId, score]) => ({ reviewId, pointId, score: Number(score) })),
      )
    : await repo.scoresOf(
        db,
        reviews.map((review) => review.id),
      );
  const codeOf = new Map(points.map((point) => [point.id, point.code]));
  const scores = new Map<string, Scores>(reviews.map((review) => [review.id, {}]));
  for (const row of rows) {
    const sheet = scores.get(row.reviewId);
    if (sheet) sheet[codeOf.get(row.pointId)!] = row.score;
  }
  return new Map(reviews.map((review) => [review.id, sheetOf(points, scores.get(review.id)!, review.deduction)]));
}

export async function loadCallReview(db: Executor, callId: string): Promise<CallReview> {
  const call = await requireCall(db, callId);
  const [settings, points, applications, panel, reviews] = await Promise.all([
    settingsOf(db, callId),
    pointsOf(db, call.indicatorSystemId),
    repo.submittedApplications(db, callId),
    panelOf(db, callId),
    repo.reviewsOfCall(db, callId),
  ]);
  const expertIds = [...new Set([...panel.map((expert) => expert.id), ...reviews.map((review) => review.expertId)])];
  const [sheets, conflicts] = await Promise.all([
    sheetsOf(db, sheetPoints(points), reviews, callId),
    callConflicts(
      db,
      callId,
      applications.map((application) => application.id),
      expertIds,
      { allSubmittedOf: true },
    ),
  ]);
  return { call, settings, points, applications, panel, reviews, sheets, conflicts };
}

/** A review counts when it is submitted and its expert is not conflicted with the application. */
export function isValidReview(review: repo.ReviewRow, conflicts: CallConflicts): boolean {
  return review.status === 'submitted' && !conflicts.pairs.has(conflictKey(review.expertId, review.applicationId));
}
