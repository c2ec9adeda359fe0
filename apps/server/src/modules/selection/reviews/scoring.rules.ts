/**
 * An expert's score sheet against 附件1 建设指标 (docs/sources.md 5.3): each observation point is scored from 0 to the maximum
 * the authority set; a point's weight multiplies its score into the indicator's total; 7.其他 is a deduction the
 * expert enters apart, with its reason. Indicator totals are rounded to hundredths (halves up) so that they feed
 * the exact aggregation (aggregation.rules.ts) as experts' own two-decimal figures would.
 */
import { SCORED_INDICATOR_CODES, type ScoredIndicator } from '@chanjiao/contracts';

export interface SheetPoint {
  code: string;
  indicatorCode: string;
  kind: 'score' | 'deduction';
  maxScore: number | null;
  weight: number | null;
}

export type Scores = Record<string, number | null | undefined>;

export interface PointProblem {
  code: string;
  kind: 'above_max' | 'unknown';
  max: number | null;
}

const hundredths = (value: number) => Math.round(value * 100);

/** Scores above their point's maximum, and codes that are not scored points of the system. */
export function scoreProblems(points: SheetPoint[], scores: Scores): PointProblem[] {
  const scored = new Map(points.filter((point) => point.kind === 'score').map((point) => [point.code, point]));
  const problems: PointProblem[] = [];
  for (const [code, value] of Object.entries(scores)) {
    if (value === null || value === undefined) continue;
    const point = scored.get(code);
    if (!point) problems.push({ code, kind: 'unknown', max: null });
    else if (point.maxScore !== null && hundredths(value) > hundredths(point.maxScore)) {
      problems.push({ code, kind: 'above_max', max: point.maxScore });
    }
  }
  return problems;
}

/** The deduction may not exceed the maximum set for 7.其他. */
export function deductionAboveMax(points: SheetPoint[], deduction: number): number | null {
  const item = points.find((point) => point.kind === 'deduction');
  const max = item?.maxScore ?? 0;
  return hundredths(deduction) > hundredths(max) ? max : null;
}

/** Scored points without a score: a review is submitted only when none is left. */
export function unscoredPoints(points: SheetPoint[], scores: Scores): string[] {
  return points
    .filter((point) => point.kind === 'score' && (scores[point.code] === null || scores[point.code] === undefined))
    .map((point) => point.code);
}

/** Σ score × weight per basic indicator 1–6, in points rounded to hundredths. */
export function indicatorTotals(points: SheetPoint[], scores: Scores): Record<ScoredIndicator, number> {
  const tenThousandths = new Map<string, number>(SCORED_INDICATOR_CODES.map((code) => [code, 0]));
  for (const point of points) {
    const score = scores[point.code];
    if (point.kind !== 'score' || score === null || score === undefined || !tenThousandths.has(point.indicatorCode)) continue;
    const weight = hundredths(point.weight ?? 1);
    tenThousandths.set(point.indicatorCode, tenThousandths.get(point.indicatorCode)! + hundredths(score) * weight);
  }
  return Object.fromEntries(
    SCORED_INDICATOR_CODES.map((code) => [code, Math.floor((tenThousandths.get(code)! + 50) / 100) / 100]),
  ) as Record<ScoredIndicator, number>;
}

export function sheetTotal(byIndicator: Record<ScoredIndicator, number>, deduction: number): number {
  const sum = SCORED_INDICATOR_CODES.reduce((total, code) => total + hundredths(byIndicator[code]), 0);
  return (sum - hundredths(deduction)) / 100;
}

export interface ScoreChange {
  field: string;
  from: string | null;
  to: string | null;
}

const shown = (value: number | null | undefined) => (value === null || value === undefined ? null : (hundredths(value) / 100).toFixed(2));

/** What a save changes on a submitted sheet, point by point, then the deduction: the history keeps each. */
export function scoreChanges(
  before: { scores: Scores; deduction: number },
  after: { scores: Scores; deduction: number },
  pointOrder: string[],
): ScoreChange[] {
  const changes: ScoreChange[] = [];
  for (const code of pointOrder) {
    const from = shown(before.scores[code]);
    const to = shown(after.scores[code]);
    if (from !== to) changes.push({ field: code, from, to });
  }
  const from = shown(before.deduction);
  const to = shown(after.deduction);
  if (from !== to) changes.push({ field: 'deduction', from, to });
  return changes;
}
