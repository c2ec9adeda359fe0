/**
 * Placements (docs/sources.md §9 T5; 连教职函〔2026〕6号 附件1 指标4.6 “企业按岗位总量一定比例设立岗位，接受学生来企实习实训和教师岗位实践”
 * and 推荐书 section 3): internship and apprenticeship places an enterprise on the body's enterprise list offers,
 * the schools' take-ups of them, teachers' practice in enterprises, and the three figures computed from them.
 */
import { z } from 'zod';
import { requiredText, ZIsoDate } from '../common.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const ZNamed = z.object({ id: z.string(), name: z.string() });

export const PLACEMENT_KINDS = {
  internship: l('实习', 'Internship'),
  apprenticeship: l('学徒', 'Apprenticeship'),
} as const;
export type PlacementKind = keyof typeof PLACEMENT_KINDS;
export const PLACEMENT_KIND_NAMES = Object.keys(PLACEMENT_KINDS) as [PlacementKind, ...PlacementKind[]];

/** Months in steps of half a month: two weeks of practice is 0.5 人月 per person. */
const ZMonths = (max: number) =>
  z
    .number({ message: 'i18n:PLACEMENT_MONTHS' })
    .min(0.5, { message: 'i18n:PLACEMENT_MONTHS' })
    .max(max, { message: 'i18n:PLACEMENT_MONTHS' })
    .multipleOf(0.5, { message: 'i18n:PLACEMENT_MONTHS' });
const ZPeople = z.number().int().min(1).max(10_000);

export const ZPlacementOfferInput = z
  .object({
    /** The enterprise offering the places; it must be on the body's enterprise list. */
    orgId: z.uuid(),
    kind: z.enum(PLACEMENT_KIND_NAMES),
    /** The position of the job list (岗位清单) the places belong to, where there is one. */
    jobId: z.uuid().optional(),
    position: requiredText(60),
    places: ZPeople,
    startsOn: ZIsoDate,
    endsOn: ZIsoDate,
  })
  .refine((o) => o.endsOn >= o.startsOn, { message: 'i18n:PLACEMENT_PERIOD_ORDER', path: ['endsOn'] });
export type TPlacementOfferInput = z.infer<typeof ZPlacementOfferInput>;

export const ZPlacementTakeUpInput = z.object({
  /** The school sending students; a current member of the body. */
  schoolOrgId: z.uuid(),
  students: ZPeople,
  months: ZMonths(36),
});
export type TPlacementTakeUpInput = z.infer<typeof ZPlacementTakeUpInput>;

export const ZTeacherPracticeInput = z.object({
  schoolOrgId: z.uuid(),
  /** The enterprise the teachers practise in; it must be on the body's enterprise list. */
  enterpriseOrgId: z.uuid(),
  teachers: z.number().int().min(1).max(1_000),
  months: ZMonths(12),
  startsOn: ZIsoDate,
});
export type TTeacherPracticeInput = z.infer<typeof ZTeacherPracticeInput>;

export const ZPlacementOfferParams = z.object({ id: z.uuid(), offerId: z.uuid() });
export const ZPlacementTakeUpParams = z.object({ id: z.uuid(), offerId: z.uuid(), takeUpId: z.uuid() });
export const ZTeacherPracticeParams = z.object({ id: z.uuid(), practiceId: z.uuid() });

export const ZPlacementTakeUp = z.object({
  id: z.string(),
  school: ZNamed,
  students: z.number().int(),
  months: z.number(),
  personMonths: z.number(),
  isGenerated: z.boolean(),
});
export const ZPlacementOffer = z.object({
  id: z.string(),
  org: ZNamed,
  kind: z.enum(PLACEMENT_KIND_NAMES),
  job: z.object({ id: z.string(), position: z.string() }).nullable(),
  position: z.string(),
  places: z.number().int(),
  taken: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  year: z.number().int(),
  takeUps: z.array(ZPlacementTakeUp),
  isGenerated: z.boolean(),
});
export type TPlacementOffer = z.infer<typeof ZPlacementOffer>;
export const ZTeacherPractice = z.object({
  id: z.string(),
  school: ZNamed,
  enterprise: ZNamed,
  teachers: z.number().int(),
  months: z.number(),
  personMonths: z.number(),
  startsOn: z.string(),
  year: z.number().int(),
  isGenerated: z.boolean(),
});
export type TTeacherPractice = z.infer<typeof ZTeacherPractice>;

/** The three figures of 推荐书 section 3 for one year, with the counts they come from. */
export const ZPlacementFigures = z.object({
  year: z.number().int(),
  /** 为学生提供实习实训量（人月）: Σ students × months of the take-ups, one decimal. */
  internshipPersonMonths: z.number(),
  /** 教师企业实践（人月）: Σ teachers × months, one decimal. */
  teacherPersonMonths: z.number(),
  apprenticePlaces: z.number().int(),
  /** 岗位总量: the headcount of the published positions on the job list. */
  jobHeadcount: z.number().int(),
  /** 学徒岗位占岗位总量的比例 (%), one decimal rounded half up; null without positions on the job list. */
  apprenticeRatio: z.number().nullable(),
});
export type TPlacementFigures = z.infer<typeof ZPlacementFigures>;

export const ZPlacementSummary = z.object({
  consortium: z.array(ZPlacementFigures),
  enterprises: z.array(z.object({ org: ZNamed, figures: z.array(ZPlacementFigures) })),
  /** How each figure is computed, in words. */
  formulas: z.object({ internship: z.string(), teacher: z.string(), ratio: z.string() }),
});
export type TPlacementSummary = z.infer<typeof ZPlacementSummary>;

export const ZPlacements = z.object({
  offers: z.array(ZPlacementOffer),
  practices: z.array(ZTeacherPractice),
  summary: ZPlacementSummary,
  /** Positions of the job list the user may link an offer to. */
  jobs: z.array(z.object({ id: z.string(), orgId: z.string(), position: z.string(), headcount: z.number().int() })),
});
export type TPlacements = z.infer<typeof ZPlacements>;

/**
 * What the platform's records suggest for the application's section 3, when its consortium keeps them: the
 * placement figures and 发布人才需求报告（个）, the yearly 人才需求报告 the consortium published in the year.
 */
export const ZPlacementSuggestion = z.object({
  body: ZNamed.nullable(),
  figures: z.array(ZPlacementFigures.extend({ talentDemandReports: z.number().int() })),
  formulas: ZPlacementSummary.shape.formulas.extend({ reports: z.string() }).nullable(),
});
export type TPlacementSuggestion = z.infer<typeof ZPlacementSuggestion>;
