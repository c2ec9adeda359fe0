/**
 * The authority's own figures (docs/sources.md §9 Q2, Q4): what a district report prints that none of its schools reports,
 * entered by the authority that runs the cycle. Its one section is 普陀区年报 表3 “2020-2022 年普陀区在职员工综合素养与学力
 * 提升培训情况表”: per year the 创新实践基地 taking part (家), the courses opened (门), person-times trained and total class
 * hours, under a 合计 row. The 合计 is computed from the years; one a document states is recorded beside it and
 * flagged where it differs.
 */
import { z } from 'zod';
import { requiredText } from '../common.js';
import { ZReportCount } from './indicators.js';

/** One year's row of 表3 (“2022 15 家 110 门 9567 121462”). */
export const ZTrainingYear = z.object({
  year: z.number().int().min(2000).max(2100),
  baseUnits: ZReportCount,
  trainingCourses: ZReportCount,
  trainingPersonTimes: ZReportCount,
  trainingHours: ZReportCount,
});
export type TTrainingYear = z.infer<typeof ZTrainingYear>;
export type TrainingColumn = Exclude<keyof TTrainingYear, 'year'>;

/** A 合计 row as a document prints it: a blank cell is null (表3 leaves 参与基地单位 blank). */
export const ZStatedTrainingTotals = z.object({
  baseUnits: ZReportCount.nullable(),
  trainingCourses: ZReportCount.nullable(),
  trainingPersonTimes: ZReportCount.nullable(),
  trainingHours: ZReportCount.nullable(),
  source: requiredText(200),
});
export type TStatedTrainingTotals = z.infer<typeof ZStatedTrainingTotals>;

export const ZAuthorityData = z.object({
  training: z.object({
    years: z
      .array(ZTrainingYear)
      .max(10)
      .superRefine((years, ctx) => {
        years.forEach((row, index) => {
          if (years.findIndex((other) => other.year === row.year) !== index) {
            ctx.addIssue({ code: 'custom', path: [index, 'year'], message: 'i18n:REPORT_TRAINING_YEAR_TWICE' });
          }
        });
      }),
    stated: ZStatedTrainingTotals.nullable(),
  }),
});
export type TAuthorityData = z.infer<typeof ZAuthorityData>;

export function emptyAuthorityData(): TAuthorityData {
  return { training: { years: [], stated: null } };
}

export const ZAuthorityDataSave = z.object({ data: ZAuthorityData, version: z.number().int().min(1) });
export type TAuthorityDataSave = z.infer<typeof ZAuthorityDataSave>;

const ZTrainingFigures = z.object({
  baseUnits: z.number().nullable(),
  trainingCourses: z.number().nullable(),
  trainingPersonTimes: z.number().nullable(),
  trainingHours: z.number().nullable(),
});

export const ZAuthorityDataView = z.object({
  cycle: z.object({ id: z.string(), title: z.string(), reportYear: z.number() }),
  data: ZAuthorityData,
  /** The 合计 computed from the years; null for a column that does not add up across years, or with no years. */
  trainingTotals: ZTrainingFigures,
  /** Columns where the stated 合计 is not the computed one. */
  differences: z.array(
    z.object({ table: z.string(), column: z.string(), stated: z.number(), computed: z.number().nullable(), source: z.string() }),
  ),
  /** The cycle's version: saving checks it, so two people editing do not overwrite each other. */
  version: z.number(),
});
export type TAuthorityDataView = z.infer<typeof ZAuthorityDataView>;
