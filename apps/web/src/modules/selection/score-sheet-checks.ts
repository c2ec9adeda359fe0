/**
 * What the score sheet checks in the browser before anything is sent (附件1: each observation point is scored from
 * 0 to its maximum; 7.其他 deducts at most its maximum): a score above its maximum is refused as it is typed, and
 * an empty score only when the expert submits, so a half-filled sheet can still be saved.
 */
export type ScoreProblem = { kind: 'missing' } | { kind: 'negative' } | { kind: 'over'; max: number };

/** The problem of one typed value, or null. `complete`: the sheet is being submitted, so every point needs a score. */
export function scoreProblem(value: number | null | undefined, max: number | null, complete: boolean): ScoreProblem | null {
  if (value === null || value === undefined) return complete ? { kind: 'missing' } : null;
  if (value < 0) return { kind: 'negative' };
  if (max !== null && value > max) return { kind: 'over', max };
  return null;
}
