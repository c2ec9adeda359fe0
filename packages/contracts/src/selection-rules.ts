/**
 * Parameters of a consortium selection (市域产教联合体遴选, 连教职函〔2026〕6号) that its rules read and the authority can
 * set per call: the character limits of 附件2 推荐书, the call's limits, the indicators of 附件1 建设指标 used
 * for tie-breaks, the aggregation rule, and the review assignment limits.
 */
import { z } from 'zod';
import { withinPlausibleDates } from './common.js';
import { defineErrors } from './errors.js';
import type { Bilingual } from './i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** The free-text parts of 推荐书 with a length limit, the section they are in, and the seed's limit. */
export const RECOMMENDATION_TEXT_FIELDS = {
  parkLeadingIndustries: { section: '1', label: l('产业园区主导产业情况', 'Leading industries of the park'), limit: 200 },
  localPolicies: {
    section: '1',
    label: l('联合体所在地制定支持职业教育政策及落实情况', 'Local policies supporting vocational education'),
    limit: 500,
  },
  teachingTeamAwards: {
    section: '3',
    label: l('教师教学团队获国家级奖励情况', 'National awards of teaching teams'),
    limit: 100,
  },
  talentPlatform: {
    section: '3',
    label: l('搭建人才供需信息平台，完善职业教育专业动态调整机制情况', 'Talent supply–demand platform and major adjustment'),
    limit: 200,
  },
  newPractices: {
    section: '3',
    label: l('把新方法、新技术、新工艺、新标准引入教育教学实践情况', 'New methods, technologies, processes and standards in teaching'),
    limit: 200,
  },
  skillsCompetitionAwards: {
    section: '3',
    label: l('职业院校技能大赛获奖情况', 'Vocational skills competition awards'),
    limit: 100,
  },
  constructionPlan: { section: '4', label: l('建设规划和建设内容', 'Construction plan and content'), limit: 2500 },
  featuresAndInnovation: { section: '5', label: l('特色与创新', 'Features and innovation'), limit: 1000 },
} as const;
export type RecommendationTextField = keyof typeof RECOMMENDATION_TEXT_FIELDS;
export const RECOMMENDATION_TEXT_FIELD_NAMES = Object.keys(RECOMMENDATION_TEXT_FIELDS) as [
  RecommendationTextField,
  ...RecommendationTextField[],
];

/** Character limits (Unicode code points, docs/sources.md 5.1) per field; a call may change them. */
const ZTextLimit = z.number().int().min(1).max(100_000);
// A strict object rather than a record keyed by an enum (the same rule): the API document then names every field.
export const ZTextLimits = z.strictObject(
  Object.fromEntries(RECOMMENDATION_TEXT_FIELD_NAMES.map((name) => [name, ZTextLimit])) as Record<
    RecommendationTextField,
    typeof ZTextLimit
  >,
);
export type TTextLimits = z.infer<typeof ZTextLimits>;
export const DEFAULT_TEXT_LIMITS = Object.fromEntries(
  RECOMMENDATION_TEXT_FIELD_NAMES.map((field) => [field, RECOMMENDATION_TEXT_FIELDS[field].limit]),
) as TTextLimits;

export const ZCallLimits = z.object({
  /** 通知 三.1: 原则上每个产业园区申报不超过1家. */
  applicationsPerPark: z.number().int().min(1).max(100),
  /** 通知 三.2: 支撑材料不超过100页. */
  supportingMaterialPages: z.number().int().min(1).max(10_000),
  /** 附件3 填表说明 2: 联合体主要服务产业不超过2个. */
  mainServedIndustries: z.number().int().min(1).max(20),
  /** 推荐书 2: 联合体相关专业（填写5个以内）. */
  relatedMajorsPerSchool: z.number().int().min(1).max(50),
});
export type TCallLimits = z.infer<typeof ZCallLimits>;
export const DEFAULT_CALL_LIMITS: TCallLimits = {
  applicationsPerPark: 1,
  supportingMaterialPages: 100,
  mainServedIndustries: 2,
  relatedMajorsPerSchool: 5,
};

/** The seven basic indicators of 附件1 建设指标; 7.其他 is a deduction applied after aggregation. */
export const SELECTION_INDICATORS = {
  '1': { name: l('基本情况', 'Basic situation'), kind: 'score' },
  '2': { name: l('运行机制', 'Operating mechanism'), kind: 'score' },
  '3': { name: l('清单编制', 'Lists'), kind: 'score' },
  '4': { name: l('人才培养', 'Talent cultivation'), kind: 'score' },
  '5': { name: l('服务发展', 'Serving development'), kind: 'score' },
  '6': { name: l('特色创新', 'Features and innovation'), kind: 'score' },
  '7': { name: l('其他', 'Other (deduction)'), kind: 'deduction' },
} as const;
export type SelectionIndicator = keyof typeof SELECTION_INDICATORS;
export const SCORED_INDICATOR_CODES = ['1', '2', '3', '4', '5', '6'] as const;
export type ScoredIndicator = (typeof SCORED_INDICATOR_CODES)[number];

/** Where a unit appears in an application (推荐书 cover and section 2), for conflict evidence (回避). */
export const APPLICATION_UNIT_PLACES = {
  park: l('依托园区', 'Host park'),
  lead_school: l('牵头学校', 'Lead school'),
  lead_enterprise: l('牵头企业（行业协会）', 'Lead enterprise (association)'),
  secretariat: l('秘书处所在单位', 'Secretariat'),
  member_enterprise: l('联合体企业', 'Member enterprise'),
  member_school: l('联合体学校', 'Member school'),
  member_other: l('联合体其他单位', 'Other member unit'),
} as const;
export type ApplicationUnitPlace = keyof typeof APPLICATION_UNIT_PLACES;

export const AGGREGATION_METHODS = {
  mean: l('算术平均', 'Mean'),
  median: l('中位数', 'Median'),
  trimmed_mean: l('去掉一个最高分和一个最低分后平均', 'Mean without the highest and the lowest score'),
} as const;
export type AggregationMethod = keyof typeof AGGREGATION_METHODS;
export const AGGREGATION_METHOD_NAMES = Object.keys(AGGREGATION_METHODS) as [AggregationMethod, ...AggregationMethod[]];

/** The published rule of a call's results (docs/sources.md 5.3): how scores combine and which indicators break ties. */
export const ZScoringRule = z.object({
  method: z.enum(AGGREGATION_METHOD_NAMES),
  tieBreakIndicators: z.array(z.enum(SCORED_INDICATOR_CODES)).max(6),
});
export type TScoringRule = z.infer<typeof ZScoringRule>;
export const DEFAULT_SCORING_RULE: TScoringRule = { method: 'trimmed_mean', tieBreakIndicators: ['4', '5'] };

export const ZAssignmentLimits = z.object({
  reviewsPerApplication: z.number().int().min(1).max(50),
  /** null: no cap, only balancing. */
  maxPerExpert: z.number().int().min(1).max(10_000).nullable(),
});
export type TAssignmentLimits = z.infer<typeof ZAssignmentLimits>;
export const DEFAULT_ASSIGNMENT_LIMITS: TAssignmentLimits = { reviewsPerApplication: 3, maxPerExpert: null };

/** A deadline as Beijing time (Asia/Shanghai, UTC+8) wall-clock time: 2026-05-28T23:59:59. */
export const ZShanghaiDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { message: 'i18n:SHANGHAI_DATE_TIME_FORMAT' })
  .superRefine(withinPlausibleDates);

/** Messages of the refinements above, keyed as `VALIDATION_MESSAGES` expects (`i18n:KEY`). */
export const SELECTION_RULE_VALIDATION_MESSAGES = {
  SHANGHAI_DATE_TIME_FORMAT: l('应为北京时间，格式 YYYY-MM-DDTHH:mm:ss', 'must be Beijing time written YYYY-MM-DDTHH:mm:ss'),
} satisfies Record<string, Bilingual>;

export const SELECTION_RULE_ERRORS = defineErrors({
  SUBMISSION_DEADLINE_PASSED: {
    status: 409,
    message: {
      'zh-CN': '申报已于 {deadline}（北京时间）截止，不能再提交；如需补报，请联系发布通知的教育行政部门',
      'en-US': 'Submissions closed at {deadline} Beijing time; to submit late, contact the authority that issued the call',
    },
  },
  DEADLINE_INVALID: {
    status: 400,
    message: {
      'zh-CN': '截止时间“{deadline}”无效，请按北京时间填写真实的日期和时刻（YYYY-MM-DDTHH:mm:ss）',
      'en-US': 'The deadline “{deadline}” is invalid; enter a real Beijing date and time (YYYY-MM-DDTHH:mm:ss)',
    },
  },
  PARK_ALREADY_APPLIED: {
    status: 409,
    message: {
      'zh-CN': '依托园区“{park}”在本次遴选中已有申报“{application}”，每个产业园区限报 {limit} 家；请与该申报的牵头单位协调，或更换依托园区',
      'en-US':
        'The park “{park}” already has the application “{application}” in this call (limit {limit} per park); coordinate with its lead units or choose another park',
    },
  },
  REVIEW_ASSIGNMENT_IMPOSSIBLE: {
    status: 409,
    message: {
      'zh-CN': '无法自动分配评审专家：{reason}',
      'en-US': 'Reviews cannot be assigned automatically: {reason}',
    },
  },
  NO_VALID_SCORES: {
    status: 409,
    message: {
      'zh-CN': '申报“{application}”还没有有效评分，请待专家提交评分后再汇总',
      'en-US': 'The application “{application}” has no valid score yet; aggregate after the experts submit',
    },
  },
  SCORE_INVALID: {
    status: 400,
    message: {
      'zh-CN': '分数 {score} 无效：须为不小于 0、最多两位小数的数',
      'en-US': 'The score {score} is invalid: it must be 0 or more with at most two decimals',
    },
  },
});

export const SELECTION_RULE_LABELS: Record<string, Bilingual> = {
  ...Object.fromEntries(RECOMMENDATION_TEXT_FIELD_NAMES.map((field) => [field, RECOMMENDATION_TEXT_FIELDS[field].label])),
  applicationsPerPark: l('每个园区限报数', 'Applications per park'),
  supportingMaterialPages: l('支撑材料页数上限', 'Supporting material pages'),
  mainServedIndustries: l('主要服务产业数上限', 'Main industries served'),
  relatedMajorsPerSchool: l('每校相关专业数上限', 'Related majors per school'),
  method: l('汇总方法', 'Aggregation method'),
  tieBreakIndicators: l('同分比较指标', 'Tie-break indicators'),
  reviewsPerApplication: l('每份申报评审人数', 'Reviews per application'),
  maxPerExpert: l('每位专家评审上限', 'Most reviews per expert'),
  deadline: l('截止时间', 'Deadline'),
};
