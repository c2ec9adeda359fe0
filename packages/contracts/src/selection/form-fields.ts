/**
 * Building blocks of the 推荐书 (附件2) sections. Drafts may be incomplete, so every leaf is nullable and
 * defaults to null; what submission additionally requires is checked by the server's application rules.
 */
import { z } from 'zod';
import { countCharacters, ZIsoDate } from '../common.js';
import { usccProblem } from '../uscc.js';

/** Text with a character limit counted in Unicode code points (docs/sources.md 5.1). */
export function chars(max: number) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const count = countCharacters(value);
      if (count > max) ctx.addIssue({ code: 'custom', message: `at most ${max} characters`, params: { i18n: 'MAX_CHARS', max, count } });
    })
    .nullable()
    .default(null);
}

/** Texts whose limit the call sets (RECOMMENDATION_TEXT_FIELDS); the server checks them against the call. */
export const ZLongText = z.string().max(200_000).nullable().default(null);

/** 人、个、人次、课时数: whole, non-negative numbers. */
export const ZFormCount = z
  .number({ message: 'i18n:SELECTION_NUMBER' })
  .int({ message: 'i18n:SELECTION_INTEGER' })
  .min(0, { message: 'i18n:SELECTION_NON_NEGATIVE' })
  .max(100_000_000, { message: 'i18n:SELECTION_TOO_LARGE' })
  .nullable()
  .default(null);

/** 万元、亿元、m²、人月、人日: non-negative amounts with at most two decimals. */
export const ZFormAmount = z
  .number({ message: 'i18n:SELECTION_NUMBER' })
  .min(0, { message: 'i18n:SELECTION_NON_NEGATIVE' })
  .max(1_000_000_000_000, { message: 'i18n:SELECTION_TOO_LARGE' })
  .refine((value) => Math.round(value * 100) === Number((value * 100).toFixed(6)), { message: 'i18n:SELECTION_TWO_DECIMALS' })
  .nullable()
  .default(null);

/** 比例、升学比例、就业率、成果转化率: a percentage from 0 to 100. */
export const ZFormPercent = z
  .number({ message: 'i18n:SELECTION_NUMBER' })
  .min(0, { message: 'i18n:SELECTION_PERCENT' })
  .max(100, { message: 'i18n:SELECTION_PERCENT' })
  .nullable()
  .default(null);

export const ZOptionalDate = ZIsoDate.nullable().default(null);

export const ZFormPhone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, { message: 'i18n:PHONE_FORMAT' })
  .nullable()
  .default(null);

/**
 * 统一社会信用代码 when known; blank means not given. Checked as written (the web form upper-cases it), with no
 * transform, because the same schema also describes responses and must encode both ways.
 */
export const ZFormUscc = z
  .string()
  .max(40)
  .superRefine((value, ctx) => {
    if (value.trim() === '') return;
    const problem = usccProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `invalid USCC (${problem})`, params: { i18n: `USCC_${problem.toUpperCase()}` } });
  })
  .nullable()
  .default(null);

/**
 * A unit the form names (依托园区, 牵头学校, a member row …): its name as written, and — when it is in the
 * directory — its organisation id and credit code, which the review module matches experts against (回避).
 */
export const ZUnitRef = z.object({
  orgId: z.uuid().nullable().default(null),
  name: chars(100),
  uscc: ZFormUscc,
});
export type TUnitRef = z.infer<typeof ZUnitRef>;

/** One figure for 2025 (actual, 已有基础) and one for 2026 (committed, 建设承诺), as section 3's columns. */
export function yearPair<T extends z.ZodType>(value: T) {
  const pair = z.object({ y2025: value, y2026: value });
  // Both cells default (to null), so an absent pair parses as an empty one.
  return pair.prefault({} as z.input<typeof pair>);
}

/** Rows of the member tables carry a stable id so that versions can be compared row by row. */
export const ZRowId = z.string().min(1).max(64);
