/**
 * Everything about a call's review in one read — settings, points, submitted applications, panel, reviews with
 * their scores, and the conflicts recomputed from today's data — for the board, assignment and results.
 */
import type { ScoredIndicator } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import type { CallRow } from '../calls/calls.repository.js';
import { requireCall } from '../calls/calls.service.js';
import { conflictKey } from '../conflicts.rules.js';
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

export function sheetPoints(points: IndicatorPointRow[]): SheetPoint[] {
  return points.map((point) => ({ ...point, kind: point.kind as 'score' | 'deduction' }));
}

export function sheetOf(points: SheetPoint[], scores: Scores, deduction: number): ReviewSheet {
  const byIndicator = indicatorTotals(points, scores);
  return { scores, byIndicator, total: sheetTotal(byIndicator, deduction) };
}

export async function sheetsOf(db: Executor, points: SheetPoint[], reviews: repo.ReviewRow[]): Promise<Map<string, ReviewSheet>> {
  const rows = await repo.scoresOf(db, reviews.map((review) => review.id));
  const scores = new Map<string, Scores>(reviews.map((review) => [review.id, {}]));
  for (const row of rows) scores.get(row.reviewId)![row.code] = row.score;
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
    sheetsOf(db, sheetPoints(points), reviews),
    callConflicts(db, callId, applications.map((application) => application.id), expertIds),
  ]);
  return { call, settings, points, applications, panel, reviews, sheets, conflicts };
}

/** A review counts when it is submitted and its expert is not conflicted with the application. */
export function isValidReview(review: repo.ReviewRow, conflicts: CallConflicts): boolean {
  return review.status === 'submitted' && !conflicts.pairs.has(conflictKey(review.expertId, review.applicationId));
}
