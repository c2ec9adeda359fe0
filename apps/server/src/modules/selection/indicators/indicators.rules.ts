/**
 * Rules of an indicator system (附件1): the authority sets every observation point's maximum score and weight
 * before a call opens; the total is the sum of maximum × weight over the scored points, and 7.其他 — a deduction
 * applied after aggregation (附件1 "7.其他 … 酌情扣分"; docs/sources.md 5.3) — is counted apart.
 */
export interface PointScoreSetting {
  code: string;
  kind: 'score' | 'deduction';
  maxScore: number | null;
  weight: number | null;
}

/** Points that cannot be scored yet: no maximum, or (for scored points) no weight or a zero weight. */
export function unsetPoints(points: PointScoreSetting[]): string[] {
  return points
    .filter((point) => point.maxScore === null || (point.kind === 'score' && (point.weight === null || point.weight === 0)))
    .map((point) => point.code);
}

function cents(value: number): number {
  return Math.round(value * 100);
}

/** Highest reachable total (max × weight summed, exact to the cent) and the largest possible deduction. */
export function systemTotals(points: PointScoreSetting[]): { totalMaxScore: number; maxDeduction: number } {
  let totalCents = 0;
  let deductionCents = 0;
  for (const point of points) {
    if (point.maxScore === null) continue;
    if (point.kind === 'deduction') deductionCents += cents(point.maxScore);
    else totalCents += Math.round(cents(point.maxScore) * (point.weight ?? 0));
  }
  return { totalMaxScore: totalCents / 100, maxDeduction: deductionCents / 100 };
}
