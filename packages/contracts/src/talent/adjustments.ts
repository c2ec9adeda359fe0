/**
 * 专业动态调整 suggestions (docs/sources.md §9 T3; 003: 健全专业动态调整机制): for one school of a body, per major, whether to
 * open, enlarge, keep or shrink it, with the gaps, demand rows and supply that make the case. Suggestions only — the
 * platform never changes a school's majors; the thresholds are the secretariat's data.
 */
import { z } from 'zod';
import type { Bilingual } from '../i18n.js';
import { ZShare, ZShortageEvidenceDemand } from './gaps.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const ZBilingual = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

/** open: a major in demand the school lacks but has the base for; enlarge/shrink: an offered major short or in surplus. */
export const ADJUSTMENT_KINDS = {
  open: l('建议增设', 'Suggest opening'),
  enlarge: l('建议扩大规模', 'Suggest enlarging'),
  keep: l('建议保持', 'Suggest keeping'),
  shrink: l('建议压缩规模', 'Suggest shrinking'),
} as const;
export type AdjustmentKind = keyof typeof ADJUSTMENT_KINDS;
export const ADJUSTMENT_KIND_NAMES = Object.keys(ADJUSTMENT_KINDS) as [AdjustmentKind, ...AdjustmentKind[]];

/**
 * Thresholds over the three years of the window, both an absolute headcount and a share, each included at the
 * number (以上): a few people short of a large major is no reason to enlarge it, nor is a large share of a tiny one.
 * `minShare` is the gap's share of the body's demand (enlarge, open) or the surplus's share of its supply (shrink).
 */
export const ZAdjustmentThresholds = z.object({
  enlargeMinGap: z.number().int().min(1).max(100_000),
  openMinGap: z.number().int().min(1).max(100_000),
  shrinkMinSurplus: z.number().int().min(1).max(100_000),
  minShare: ZShare,
});
export type TAdjustmentThresholds = z.infer<typeof ZAdjustmentThresholds>;
export const DEFAULT_ADJUSTMENT_THRESHOLDS: TAdjustmentThresholds = {
  enlargeMinGap: 10,
  openMinGap: 20,
  shrinkMinSurplus: 10,
  minShare: { numerator: 3, denominator: 10 },
};

export const ZAdjustmentQuery = z.object({
  schoolId: z.uuid(),
  /** The first of the three years; next year (Asia/Shanghai) when left out. */
  startYear: z.coerce.number().int().min(2020).max(2100).optional(),
});
export type TAdjustmentQuery = z.infer<typeof ZAdjustmentQuery>;

const ZMajorName = z.object({ code: z.string(), name: z.string() });

export const ZAdjustmentSuggestion = z.object({
  majorCode: z.string(),
  majorName: z.string(),
  level: z.string(),
  className: z.string(),
  kind: z.enum(ADJUSTMENT_KIND_NAMES),
  /** The body's people wanted, graduates expected (all its schools) and demand − supply, per year of the window. */
  demand: z.array(z.number().int()),
  supply: z.array(z.number().int()),
  gap: z.array(z.number().int()),
  totalGap: z.number().int(),
  /** This school's own expected graduates in the major per year (zeros for a major it does not offer). */
  schoolSupply: z.array(z.number().int()),
  /** For open: the school's majors of the same 专业类 that give it the base. */
  siblings: z.array(ZMajorName),
  /** Each threshold and how the major stands against it, and for open the base, in words. */
  explanation: z.array(ZBilingual),
  /** The demand rows counted to the major over the window, largest first. */
  demands: z.array(ZShortageEvidenceDemand),
});
export type TAdjustmentSuggestion = z.infer<typeof ZAdjustmentSuggestion>;

export const ZAdjustmentReport = z.object({
  school: z.object({ id: z.string(), name: z.string() }),
  years: z.array(z.number().int()),
  thresholds: ZAdjustmentThresholds,
  /** 0 while the body keeps the defaults. */
  thresholdsVersion: z.number().int(),
  rule: ZBilingual,
  suggestions: z.array(ZAdjustmentSuggestion),
  abilities: z.object({ editThresholds: z.boolean() }),
});
export type TAdjustmentReport = z.infer<typeof ZAdjustmentReport>;

export const ZAdjustmentThresholdsInput = z.object({
  thresholds: ZAdjustmentThresholds,
  /** The version read (0 for the defaults), so two secretaries do not overwrite each other. */
  version: z.number().int().min(0),
});
export type TAdjustmentThresholdsInput = z.infer<typeof ZAdjustmentThresholdsInput>;
