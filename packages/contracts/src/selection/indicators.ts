/**
 * 附件1 市域产教联合体建设指标: seven basic indicators with their observation points. The authority sets each
 * point's maximum score and weight; 7.其他 is a deduction (扣分项). A system is versioned and frozen once a
 * call that uses it opens.
 */
import { z } from 'zod';
import { optionalText, requiredText } from '../common.js';

export const INDICATOR_POINT_KINDS = ['score', 'deduction'] as const;
export type IndicatorPointKind = (typeof INDICATOR_POINT_KINDS)[number];

/** Scores are kept to two decimals (as experts write them). */
const ZScoreValue = z
  .number({ message: 'i18n:SELECTION_NUMBER' })
  .min(0, { message: 'i18n:SELECTION_NON_NEGATIVE' })
  .max(1000, { message: 'i18n:SELECTION_TOO_LARGE' })
  .refine((value) => Math.round(value * 100) === Number((value * 100).toFixed(6)), { message: 'i18n:SELECTION_TWO_DECIMALS' });

export const ZIndicatorPoint = z.object({
  id: z.string(),
  /** '1' … '7', the basic indicator (基本指标). */
  indicatorCode: z.string(),
  indicatorName: z.string(),
  /** '1.1' … '6.3'; the deduction item carries '7'. */
  code: z.string(),
  text: z.string(),
  kind: z.enum(INDICATOR_POINT_KINDS),
  maxScore: z.number().nullable(),
  weight: z.number().nullable(),
  position: z.number().int(),
});
export type TIndicatorPoint = z.infer<typeof ZIndicatorPoint>;

export const ZIndicatorSystem = z.object({
  id: z.string(),
  authorityOrgId: z.string(),
  name: z.string(),
  versionNo: z.number().int(),
  basedOnId: z.string().nullable(),
  frozenAt: z.string().nullable(),
  note: z.string().nullable(),
  points: z.array(ZIndicatorPoint),
  /** Sum of max × weight over the scored points; the deduction is shown apart. */
  totalMaxScore: z.number(),
  maxDeduction: z.number(),
  isGenerated: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type TIndicatorSystem = z.infer<typeof ZIndicatorSystem>;

export const ZIndicatorSystemSummary = ZIndicatorSystem.omit({ points: true });
export type TIndicatorSystemSummary = z.infer<typeof ZIndicatorSystemSummary>;

export const ZIndicatorSystemCreate = z.object({
  authorityOrgId: z.uuid(),
  name: requiredText(100),
  note: optionalText(500),
  /** A new version of this system (copying its points); absent: start from 附件1. */
  basedOnId: z.uuid().optional(),
});
export type TIndicatorSystemCreate = z.infer<typeof ZIndicatorSystemCreate>;

export const ZIndicatorPointsUpdate = z.object({
  version: z.number().int().positive(),
  points: z
    .array(z.object({ id: z.uuid(), maxScore: ZScoreValue.nullable(), weight: ZScoreValue.nullable() }))
    .min(1)
    .max(200),
});
export type TIndicatorPointsUpdate = z.infer<typeof ZIndicatorPointsUpdate>;

export const ZIndicatorSystemListQuery = z.object({ authorityOrgId: z.uuid().optional() });
