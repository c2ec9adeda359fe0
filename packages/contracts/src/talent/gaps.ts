/**
 * Gaps between demand and supply and the shortage catalogue (紧缺人才目录) built from them (docs/sources.md §9 T3; 《本期聚焦：市域产教联合体》:
 * 紧缺人才目录, the 产业链—工种—岗位—专业 logic), and the explained matching of one demand to schools.
 */
import { z } from 'zod';
import { optionalText, requiredText } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { ZStartYear, ZMajorCode } from './demand-supply.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const ZBilingual = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

/**
 * What a gap table groups by: a major, its class (专业类), its category (专业大类), the industry its category serves (the
 * category's name, so 中职's and 高职's 装备制造大类 add up), or the city.
 */
export const GAP_GROUPS = {
  major: l('专业', 'Major'),
  class: l('专业类', 'Major class'),
  category: l('专业大类', 'Major category'),
  industry: l('产业', 'Industry'),
  city: l('城市', 'City'),
} as const;
export type GapGroup = keyof typeof GAP_GROUPS;
export const GAP_GROUP_NAMES = Object.keys(GAP_GROUPS) as [GapGroup, ...GapGroup[]];

/** The sign of demand − supply: people lacking, people to spare, or as many as needed. */
export const GAP_SIGNS = {
  shortage: l('缺口', 'Shortage'),
  surplus: l('富余', 'Surplus'),
  balanced: l('平衡', 'Balanced'),
} as const;
export type GapSign = keyof typeof GAP_SIGNS;
export const GAP_SIGN_NAMES = Object.keys(GAP_SIGNS) as [GapSign, ...GapSign[]];

export const ZGapQuery = z.object({
  groupBy: z.enum(GAP_GROUP_NAMES).default('major'),
  /** The first of the three years; next year (Asia/Shanghai) when left out. */
  startYear: z.coerce.number().int().min(2020).max(2100).optional(),
  /** Only demand located in, and supply of schools sitting in, this city (行政区划代码 of the city). */
  cityCode: z
    .string()
    .regex(/^\d{4}00$/, { message: 'i18n:CITY_CODE' })
    .optional(),
});
export type TGapQuery = z.infer<typeof ZGapQuery>;

export const ZGapRow = z.object({
  key: z.string(),
  name: z.string(),
  /** The level of the catalogue, for majors, classes and categories; null for cities. */
  level: z.string().nullable(),
  demand: z.array(z.number().int()),
  supply: z.array(z.number().int()),
  /** demand − supply per year: positive is a shortage, negative a surplus. */
  gap: z.array(z.number().int()),
  signs: z.array(z.enum(GAP_SIGN_NAMES)),
  totalDemand: z.number().int(),
  totalSupply: z.number().int(),
  totalGap: z.number().int(),
  sign: z.enum(GAP_SIGN_NAMES),
});
export type TGapRow = z.infer<typeof ZGapRow>;

export const ZGapTable = z.object({
  groupBy: z.enum(GAP_GROUP_NAMES),
  years: z.array(z.number().int()),
  cityCode: z.string().nullable(),
  rows: z.array(ZGapRow),
  totals: z.object({ demand: z.array(z.number().int()), supply: z.array(z.number().int()), gap: z.array(z.number().int()) }),
  /** How a demand naming several majors is counted, in words. */
  rule: ZBilingual,
});
export type TGapTable = z.infer<typeof ZGapTable>;

/** An exact share a/b (以上 includes it): no floating point in the rule. */
export const ZShare = z
  .object({ numerator: z.number().int().min(0).max(1000), denominator: z.number().int().min(1).max(1000) })
  .refine((s) => s.numerator <= s.denominator, {
    message: 'i18n:SHARE_AT_MOST_ONE',
    path: ['numerator'],
  });

/**
 * The published rule of the shortage catalogue, as data: a major enters when, over the three years, its gap is at
 * least `minGap` people, at least `minGapShare` of its demand, and at least `minEnterprises` enterprises want it.
 */
export const ZShortageThresholds = z.object({
  minGap: z.number().int().min(1).max(100_000),
  minGapShare: ZShare,
  minEnterprises: z.number().int().min(1).max(10_000),
});
export type TShortageThresholds = z.infer<typeof ZShortageThresholds>;
export const DEFAULT_SHORTAGE_THRESHOLDS: TShortageThresholds = {
  minGap: 10,
  minGapShare: { numerator: 3, denominator: 10 },
  minEnterprises: 2,
};

export const SHORTAGE_STATUSES = {
  draft: l('草稿', 'Draft'),
  published: l('已发布', 'Published'),
  withdrawn: l('已撤回', 'Withdrawn'),
} as const;
export type ShortageStatus = keyof typeof SHORTAGE_STATUSES;
export const SHORTAGE_STATUS_NAMES = Object.keys(SHORTAGE_STATUSES) as [ShortageStatus, ...ShortageStatus[]];

export const ZShortageParams = z.object({ id: z.uuid(), catalogueId: z.uuid() });
export const ZShortageEntryParams = ZShortageParams.extend({ entryId: z.uuid() });

export const ZShortageDraftInput = z.object({
  title: requiredText(100),
  startYear: ZStartYear,
  thresholds: ZShortageThresholds,
});
export type TShortageDraftInput = z.infer<typeof ZShortageDraftInput>;
/** New thresholds rebuild the rule's entries; entries the secretariat added stay. */
export const ZShortageRebuildInput = z.object({ thresholds: ZShortageThresholds, version: z.number().int().positive() });
export type TShortageRebuildInput = z.infer<typeof ZShortageRebuildInput>;
export const ZShortageEntryInput = z.object({ majorCode: ZMajorCode, reason: requiredText(300), version: z.number().int().positive() });
export type TShortageEntryInput = z.infer<typeof ZShortageEntryInput>;
export const ZShortageEntryRemoval = z.object({ reason: requiredText(300), version: z.number().int().positive() });
export type TShortageEntryRemoval = z.infer<typeof ZShortageEntryRemoval>;
export const ZShortageStatusInput = z.object({
  action: z.enum(['publish', 'withdraw']),
  reason: optionalText(300),
  version: z.number().int().positive(),
});
export type TShortageStatusInput = z.infer<typeof ZShortageStatusInput>;

export const ZShortageEvidenceDemand = z.object({
  demandId: z.string(),
  orgName: z.string(),
  position: z.string(),
  /** The people of this demand counted to this major over the three years. */
  counted: z.number().int(),
});

export const ZShortageEntry = z.object({
  id: z.string(),
  majorCode: z.string(),
  majorName: z.string(),
  level: z.string(),
  className: z.string(),
  categoryName: z.string(),
  demand: z.number().int(),
  supply: z.number().int(),
  gap: z.number().int(),
  enterprises: z.number().int(),
  /** rule: the published rule put it in; secretariat: added by hand with a reason. */
  origin: z.enum(['rule', 'secretariat']),
  reason: z.string().nullable(),
  /** Each threshold and how the major stands against it, in words. */
  explanation: z.array(ZBilingual),
  demands: z.array(ZShortageEvidenceDemand),
  removed: z.boolean(),
  removedReason: z.string().nullable(),
});
export type TShortageEntry = z.infer<typeof ZShortageEntry>;

export const ZStatusChange = z.object({
  from: z.string().nullable(),
  to: z.string(),
  reason: z.string().nullable(),
  by: z.string().nullable(),
  at: z.string(),
});

export const ZShortageCatalogue = z.object({
  id: z.string(),
  title: z.string(),
  startYear: z.number().int(),
  status: z.enum(SHORTAGE_STATUS_NAMES),
  thresholds: ZShortageThresholds,
  /** The rule in words, as it will be published beside the catalogue. */
  rule: ZBilingual,
  entries: z.array(ZShortageEntry),
  history: z.array(ZStatusChange),
  publishedAt: z.string().nullable(),
  isGenerated: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type TShortageCatalogue = z.infer<typeof ZShortageCatalogue>;

export const ZShortageCatalogueSummary = ZShortageCatalogue.pick({
  id: true,
  title: true,
  startYear: true,
  status: true,
  publishedAt: true,
  isGenerated: true,
  version: true,
}).extend({
  entryCount: z.number().int(),
});
export const ZShortageCatalogueList = z.object({ items: z.array(ZShortageCatalogueSummary) });
export type TShortageCatalogueList = z.infer<typeof ZShortageCatalogueList>;

/** How closely a school's major answers a wanted major in the catalogue's hierarchy. */
export const CODE_MATCH_LEVELS = {
  exact: l('专业代码相同', 'Same major code'),
  class: l('同一专业类', 'Same major class'),
  category: l('同一专业大类', 'Same major category'),
} as const;
export type CodeMatchLevel = keyof typeof CODE_MATCH_LEVELS;
export const CODE_MATCH_LEVEL_NAMES = Object.keys(CODE_MATCH_LEVELS) as [CodeMatchLevel, ...CodeMatchLevel[]];

export const REGION_RELATIONS = {
  same_district: l('同一区县', 'Same district'),
  same_city: l('同一城市', 'Same city'),
  same_province: l('同一省份', 'Same province'),
  elsewhere: l('外省市', 'Another province'),
} as const;
export type RegionRelation = keyof typeof REGION_RELATIONS;
export const REGION_RELATION_NAMES = Object.keys(REGION_RELATIONS) as [RegionRelation, ...RegionRelation[]];

export const ZMatchResult = z.object({
  rank: z.number().int(),
  school: z.object({ id: z.string(), name: z.string(), regionCode: z.string().nullable(), regionName: z.string().nullable() }),
  codeMatches: z.array(
    z.object({
      wanted: z.string(),
      wantedName: z.string(),
      offered: z.string(),
      offeredName: z.string(),
      level: z.enum(CODE_MATCH_LEVEL_NAMES),
    }),
  ),
  termMatches: z.array(z.object({ term: z.string(), offered: z.string(), offeredName: z.string() })),
  region: z.object({ relation: z.enum(REGION_RELATION_NAMES), steps: z.number().int() }),
  /** Expected graduates per year of the school's majors that matched. */
  graduates: z.array(z.number().int()),
  placementsOffered: z.number().int(),
  /** Every reason, in words, in the order the ranking weighs them. */
  reasons: z.array(ZBilingual),
});
export type TMatchResult = z.infer<typeof ZMatchResult>;

export const ZMatchList = z.object({
  demandId: z.string(),
  position: z.string(),
  /** The jieba terms of the position, occupation and skills that were looked for in major names. */
  terms: z.array(z.string()),
  ranking: ZBilingual,
  results: z.array(ZMatchResult),
});
export type TMatchList = z.infer<typeof ZMatchList>;
