/**
 * Talent demand and supply (人才供需, docs/sources.md §9 T2): enterprises of a body (联合体) say which positions they will fill
 * in each of the next three years and with which majors of the 2021 catalogue; schools say how many students of
 * each major they will enrol and graduate in the same years. 连教职函〔2026〕6号 附件1 指标3.3 (三年内企业技能人才需求清单).
 */
import { z } from 'zod';
import { optionalText, requiredText } from '../common.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** The three levels of the majors catalogue, with the catalogue's own level names. */
export const TALENT_LEVELS = {
  secondary: l('中职', 'Secondary vocational'),
  higher_associate: l('高职专科', 'Higher vocational (associate)'),
  higher_bachelor: l('职业本科', 'Vocational bachelor'),
} as const;
export type TalentLevel = keyof typeof TALENT_LEVELS;
export const TALENT_LEVEL_NAMES = Object.keys(TALENT_LEVELS) as [TalentLevel, ...TalentLevel[]];
/** The `level` column of the majors catalogue for each level. */
export const CATALOGUE_LEVEL = { secondary: '中职', higher_associate: '高职专科', higher_bachelor: '职业本科' } as const satisfies Record<
  TalentLevel,
  string
>;

/** How a school runs a major's places (办学形式). */
export const STUDY_MODES = {
  full_time: l('全日制', 'Full-time'),
  apprenticeship: l('现代学徒制', 'Modern apprenticeship'),
  order_class: l('订单班', 'Order class'),
  part_time: l('非全日制', 'Part-time'),
} as const;
export type StudyMode = keyof typeof STUDY_MODES;
export const STUDY_MODE_NAMES = Object.keys(STUDY_MODES) as [StudyMode, ...StudyMode[]];

/** A code of the 2021 catalogue's majors: six digits, some ending in K (专业目录 marks controlled majors so). */
export const ZMajorCode = z
  .string()
  .trim()
  .regex(/^\d{6}K?$/, { message: 'i18n:MAJOR_CODE' });
/** 行政区划代码 (GB/T 2260), six digits. */
export const ZRegionCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { message: 'i18n:REGION_CODE' });
/** 职业分类大典 (2022) code of a detailed occupation, e.g. 6-18-02-01. */
export const ZOccupationCode = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z
    .string()
    .trim()
    .regex(/^\d-\d{2}-\d{2}-\d{2}$/, { message: 'i18n:OCCUPATION_CODE' })
    .optional(),
);

const count = z.number().int().min(0).max(100_000);
/** One figure for each of three consecutive years, the first being `startYear`. */
export const ZThreeYears = z.array(count).length(3);
export const ZStartYear = z.number().int().min(2020).max(2100);

const demandFields = z.object({
  /** The enterprise that needs the people. */
  orgId: z.uuid(),
  position: requiredText(60),
  occupation: requiredText(60),
  occupationCode: ZOccupationCode,
  majorCodes: z.array(ZMajorCode).min(1).max(10),
  educationLevel: z.enum(TALENT_LEVEL_NAMES),
  startYear: ZStartYear,
  headcounts: ZThreeYears,
  skills: optionalText(500),
  locationRegionCode: ZRegionCode,
  /** Monthly wage in yuan. */
  wageMin: z.number().int().min(0).max(1_000_000).optional(),
  wageMax: z.number().int().min(0).max(1_000_000).optional(),
  apprenticeshipPlaces: count.default(0),
  internshipPlaces: count.default(0),
});

function wageOrder(value: { wageMin?: number; wageMax?: number }, ctx: z.RefinementCtx) {
  if (value.wageMin !== undefined && value.wageMax !== undefined && value.wageMax < value.wageMin) {
    ctx.addIssue({ code: 'custom', path: ['wageMax'], message: 'wage range', params: { i18n: 'WAGE_RANGE' } });
  }
}

export const ZDemandInput = demandFields.superRefine(wageOrder);
export type TDemandInput = z.infer<typeof ZDemandInput>;
export const ZDemandUpdate = demandFields.omit({ orgId: true }).extend({ version: z.number().int().positive() }).superRefine(wageOrder);
export type TDemandUpdate = z.infer<typeof ZDemandUpdate>;

export const ZSupplyInput = z.object({
  /** The school that trains them. */
  orgId: z.uuid(),
  majorCode: ZMajorCode,
  mode: z.enum(STUDY_MODE_NAMES),
  startYear: ZStartYear,
  plannedEnrolment: ZThreeYears,
  expectedGraduates: ZThreeYears,
  /** Places offered to the body's enterprises (订单、定向、学徒). */
  placementsOffered: count.default(0),
});
export type TSupplyInput = z.infer<typeof ZSupplyInput>;
export const ZSupplyUpdate = ZSupplyInput.omit({ orgId: true, majorCode: true, mode: true, startYear: true }).extend({
  version: z.number().int().positive(),
});
export type TSupplyUpdate = z.infer<typeof ZSupplyUpdate>;

export const ZTalentBodyParams = z.object({ id: z.uuid() });
export const ZDemandParams = z.object({ id: z.uuid(), demandId: z.uuid() });
export const ZSupplyParams = z.object({ id: z.uuid(), supplyId: z.uuid() });

const ZNamed = z.object({ id: z.string(), name: z.string() });
export const ZMajorRef = z.object({ code: z.string(), name: z.string(), level: z.string() });
export type TMajorRef = z.infer<typeof ZMajorRef>;

export const ZDemand = z.object({
  id: z.string(),
  org: ZNamed,
  position: z.string(),
  occupation: z.string(),
  occupationCode: z.string().nullable(),
  majors: z.array(ZMajorRef),
  educationLevel: z.enum(TALENT_LEVEL_NAMES),
  startYear: z.number().int(),
  headcounts: z.array(z.number().int()),
  skills: z.string().nullable(),
  location: z.object({ code: z.string(), name: z.string() }),
  wageMin: z.number().int().nullable(),
  wageMax: z.number().int().nullable(),
  apprenticeshipPlaces: z.number().int(),
  internshipPlaces: z.number().int(),
  isGenerated: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TDemand = z.infer<typeof ZDemand>;
export const ZDemandList = z.object({ items: z.array(ZDemand) });
export type TDemandList = z.infer<typeof ZDemandList>;

export const ZSupply = z.object({
  id: z.string(),
  org: ZNamed,
  major: ZMajorRef,
  mode: z.enum(STUDY_MODE_NAMES),
  startYear: z.number().int(),
  plannedEnrolment: z.array(z.number().int()),
  expectedGraduates: z.array(z.number().int()),
  placementsOffered: z.number().int(),
  isGenerated: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TSupply = z.infer<typeof ZSupply>;
export const ZSupplyList = z.object({ items: z.array(ZSupply) });
export type TSupplyList = z.infer<typeof ZSupplyList>;

/** Which lists the user may see and which units they may enter for, in one body. */
export const ZTalentAccess = z.object({
  demandOrgs: z.array(ZNamed),
  supplyOrgs: z.array(ZNamed),
  analysis: z.boolean(),
  /** Admits enterprises to the list and publishes the lists (talent.list.manage). */
  lists: z.boolean(),
});
export type TTalentAccess = z.infer<typeof ZTalentAccess>;
