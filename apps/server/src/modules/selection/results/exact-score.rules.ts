/**
 * Scores held exactly: a score is a whole number of hundredths (experts score with at most two decimals),
 * and a mean or median is kept as a fraction of hundredths, so results compare and rank without floating
 * point error. Rounding happens only when a score is shown: to two decimals, halves away from zero
 * (85.325 → 85.33, -0.005 → -0.01).
 */
import { DomainError } from '../../../kernel/errors.js';

/** The score hundredths / divisor / 100. */
export interface ExactScore {
  hundredths: number;
  divisor: number;
}

export function toHundredths(score: number): number {
  const scaled = Math.round(score * 100);
  if (!Number.isFinite(score) || score < 0 || Math.abs(score * 100 - scaled) > 1e-6) {
    throw new DomainError('SCORE_INVALID', { score });
  }
  return scaled;
}

export function exactScore(hundredths: number, divisor = 1): ExactScore {
  return { hundredths, divisor };
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareScores(a: ExactScore, b: ExactScore): number {
  return a.hundredths * b.divisor - b.hundredths * a.divisor;
}

export function subtractScore(from: ExactScore, hundredths: number): ExactScore {
  return { hundredths: from.hundredths - hundredths * from.divisor, divisor: from.divisor };
}

export function formatScore(score: ExactScore): string {
  const negative = score.hundredths < 0;
  const magnitude = Math.abs(score.hundredths);
  const rounded = Math.floor((2 * magnitude + score.divisor) / (2 * score.divisor));
  const whole = Math.floor(rounded / 100);
  const cents = String(rounded % 100).padStart(2, '0');
  return `${negative && rounded > 0 ? '-' : ''}${whole}.${cents}`;
}
