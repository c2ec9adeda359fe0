/**
 * The shortage catalogue (紧缺人才目录, 《本期聚焦：市域产教联合体》: 各地发布《紧缺人才目录》, 推行产业规划和人才需求发布制度) is built from the
 * gaps by a published rule whose thresholds are data (`TShortageThresholds`, default in the contracts). 以上/不少于
 * include the number itself (民法典第一千二百五十九条, docs/sources.md §9 (rates and stated figures)), and the share is compared exactly, without floating point.
 */
import type { Bilingual, ShortageStatus, TShortageThresholds } from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';

export interface ShortageFigures {
  /** People wanted over the three years. */
  demand: number;
  /** Graduates expected over the three years. */
  supply: number;
  /** Enterprises wanting the major. */
  enterprises: number;
}

export interface ShortageDecision {
  included: boolean;
  gap: number;
  /** One line per threshold: the figure, the threshold, met or not. */
  explanation: Bilingual[];
}

const mark = (met: boolean) => (met ? '✓' : '✗');

/** Whether a major enters the catalogue, with each threshold it meets or misses, in words. */
export function shortageDecision(figures: ShortageFigures, thresholds: TShortageThresholds): ShortageDecision {
  const gap = figures.demand - figures.supply;
  const { numerator, denominator } = thresholds.minGapShare;
  const gapMet = gap >= thresholds.minGap;
  // gap / demand ≥ n / d  ⇔  gap · d ≥ n · demand (demand > 0); with no demand there is no share to speak of.
  const shareMet = figures.demand > 0 && gap * denominator >= numerator * figures.demand;
  const enterprisesMet = figures.enterprises >= thresholds.minEnterprises;
  return {
    included: gapMet && shareMet && enterprisesMet,
    gap,
    explanation: [
      bilingual(
        `${mark(gapMet)} 三年缺口 ${gap} 人（需求 ${figures.demand} − 供给 ${figures.supply}），规则要求 ${thresholds.minGap} 人以上`,
        `${mark(gapMet)} gap over three years ${gap} (demand ${figures.demand} − supply ${figures.supply}); the rule asks for at least ${thresholds.minGap}`,
      ),
      bilingual(
        `${mark(shareMet)} 缺口占需求 ${gap}/${figures.demand}，规则要求 ${numerator}/${denominator} 以上`,
        `${mark(shareMet)} gap is ${gap}/${figures.demand} of demand; the rule asks for at least ${numerator}/${denominator}`,
      ),
      bilingual(
        `${mark(enterprisesMet)} 有 ${figures.enterprises} 家企业需求该专业，规则要求 ${thresholds.minEnterprises} 家以上`,
        `${mark(enterprisesMet)} ${figures.enterprises} enterprises want the major; the rule asks for at least ${thresholds.minEnterprises}`,
      ),
    ],
  };
}

/** The rule in words, published beside the catalogue. */
export function describeShortageRule(thresholds: TShortageThresholds): Bilingual {
  const { numerator, denominator } = thresholds.minGapShare;
  return bilingual(
    `三年内需求人数减去预计毕业生数的缺口在 ${thresholds.minGap} 人以上、缺口占需求的 ${numerator}/${denominator} 以上，且有 ${thresholds.minEnterprises} 家以上企业需求的专业，列入紧缺人才目录。`,
    `A major enters the shortage catalogue when, over three years, demand minus expected graduates is at least ${thresholds.minGap} people and at least ${numerator}/${denominator} of demand, and at least ${thresholds.minEnterprises} enterprises want it.`,
  );
}

/** draft → published → withdrawn; a draft may be edited, a published catalogue only withdrawn (with a reason). */
const NEXT: Record<ShortageStatus, Partial<Record<'publish' | 'withdraw', ShortageStatus>>> = {
  draft: { publish: 'published' },
  published: { withdraw: 'withdrawn' },
  withdrawn: {},
};

export function statusAfter(status: ShortageStatus, action: 'publish' | 'withdraw'): ShortageStatus | null {
  return NEXT[status][action] ?? null;
}

export function isEditable(status: ShortageStatus): boolean {
  return status === 'draft';
}
