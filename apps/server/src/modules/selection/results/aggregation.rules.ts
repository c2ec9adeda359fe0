/**
 * An application's result from its experts' valid scores against 附件1 建设指标 of 连教职函〔2026〕6号, by the
 * call's published method (docs/sources.md 5.3): mean, median, or the mean without ONE highest and ONE lowest
 * score — the trimmed mean needs at least 3 valid scores; with 2 (or 1) it is the plain mean. Each
 * indicator's score is aggregated the same way on its own (used for tie-breaks). The deduction of 7.其他 is
 * subtracted after aggregation and shown separately. Scores stay exact (exact-score.rules.ts) and are rounded
 * only for display.
 */
import {
  AGGREGATION_METHODS,
  type AggregationMethod,
  type Bilingual,
  SCORED_INDICATOR_CODES,
  type ScoredIndicator,
} from '@chanjiao/contracts';
import { bilingual, DomainError } from '../../../kernel/errors.js';
import { type ExactScore, exactScore, formatScore, subtractScore, toHundredths } from './exact-score.rules.js';

export interface ExpertScore {
  expertId: string;
  /** Points per indicator 1–6; an indicator left out scores 0. */
  byIndicator: Partial<Record<ScoredIndicator, number>>;
}

export interface ApplicationScores {
  applicationId: string;
  name: string;
  /** Submitted, non-conflicted scores only. */
  scores: ExpertScore[];
  /** 7.其他: points deducted by the panel (0 when none). */
  deduction: number;
}

export interface ApplicationResult {
  applicationId: string;
  method: AggregationMethod;
  validCount: number;
  /** The experts whose totals were dropped by the trimmed mean. */
  dropped: { highest: string; lowest: string } | null;
  aggregate: ExactScore;
  deduction: ExactScore;
  total: ExactScore;
  byIndicator: Record<ScoredIndicator, ExactScore>;
  display: { aggregate: string; deduction: string; total: string };
  explanation: Bilingual;
}

interface Combined {
  value: ExactScore;
  /** Positions (in the input) of the dropped highest and lowest values. */
  dropped: { highest: number; lowest: number } | null;
}

/** Combines whole hundredths by `method`; needs at least one value. */
export function combine(values: number[], method: AggregationMethod): Combined {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value || a.index - b.index);
  const sum = (entries: { value: number }[]) => entries.reduce((total, entry) => total + entry.value, 0);
  if (method === 'median') {
    const middle = Math.floor(order.length / 2);
    if (order.length % 2 === 1) return { value: exactScore(order[middle]!.value), dropped: null };
    return { value: exactScore(order[middle - 1]!.value + order[middle]!.value, 2), dropped: null };
  }
  if (method === 'trimmed_mean' && order.length >= 3) {
    const kept = order.slice(1, -1);
    return {
      value: exactScore(sum(kept), kept.length),
      dropped: { highest: order.at(-1)!.index, lowest: order[0]!.index },
    };
  }
  return { value: exactScore(sum(order), order.length), dropped: null };
}

export function aggregateApplication(application: ApplicationScores, method: AggregationMethod): ApplicationResult {
  if (application.scores.length === 0) {
    throw new DomainError('NO_VALID_SCORES', { application: application.name });
  }
  const perIndicator = application.scores.map((score) => SCORED_INDICATOR_CODES.map((code) => toHundredths(score.byIndicator[code] ?? 0)));
  const totals = perIndicator.map((values) => values.reduce((sum, value) => sum + value, 0));
  const combined = combine(totals, method);
  const deductionHundredths = toHundredths(application.deduction);
  const total = subtractScore(combined.value, deductionHundredths);
  const byIndicator = Object.fromEntries(
    SCORED_INDICATOR_CODES.map((code, position) => [
      code,
      combine(
        perIndicator.map((values) => values[position]!),
        method,
      ).value,
    ]),
  ) as Record<ScoredIndicator, ExactScore>;
  const expertAt = (index: number) => application.scores[index]!.expertId;
  const display = {
    aggregate: formatScore(combined.value),
    deduction: formatScore(exactScore(deductionHundredths)),
    total: formatScore(total),
  };
  return {
    applicationId: application.applicationId,
    method,
    validCount: totals.length,
    dropped: combined.dropped ? { highest: expertAt(combined.dropped.highest), lowest: expertAt(combined.dropped.lowest) } : null,
    aggregate: combined.value,
    deduction: exactScore(deductionHundredths),
    total,
    byIndicator,
    display,
    explanation: explainResult(method, totals, combined, display),
  };
}

function explainResult(method: AggregationMethod, totals: number[], combined: Combined, display: ApplicationResult['display']): Bilingual {
  const count = totals.length;
  const shown = (index: number) => formatScore(exactScore(totals[index]!));
  const rule = AGGREGATION_METHODS[method];
  const how =
    method === 'median'
      ? bilingual(`${count} 份有效评分的中位数 ${display.aggregate}`, `median of ${count} valid scores ${display.aggregate}`)
      : combined.dropped
        ? bilingual(
            `${count} 份有效评分去掉一个最高分 ${shown(combined.dropped.highest)} 和一个最低分 ${shown(combined.dropped.lowest)} 后，${count - 2} 份平均 ${display.aggregate}`,
            `${count} valid scores without the highest ${shown(combined.dropped.highest)} and the lowest ${shown(combined.dropped.lowest)}: mean of ${count - 2} is ${display.aggregate}`,
          )
        : method === 'trimmed_mean'
          ? bilingual(
              `有效评分仅 ${count} 份（不足 3 份），不去掉最高分和最低分，${count} 份平均 ${display.aggregate}`,
              `only ${count} valid scores (fewer than 3), so none is dropped: mean ${display.aggregate}`,
            )
          : bilingual(`${count} 份有效评分平均 ${display.aggregate}`, `mean of ${count} valid scores ${display.aggregate}`);
  return bilingual(
    `${rule['zh-CN']}：${how['zh-CN']}；扣分（7.其他）${display.deduction}；总分 ${display.total}`,
    `${rule['en-US']}: ${how['en-US']}; deduction (7. other) ${display.deduction}; total ${display.total}`,
  );
}
