/**
 * 附件2 市域产教联合体推荐书, section by section, plus the facts 附件3 汇总表 asks for that the 推荐书 does not.
 * Each section is saved on its own (autosave), and the whole form is kept as one JSON document per version.
 */
import { z } from 'zod';
import {
  chars,
  yearPair,
  ZFormAmount,
  ZFormCount,
  ZFormPhone,
  ZLongText,
  ZOptionalDate,
  ZFormPercent,
  ZRowId,
  ZUnitRef,
} from './form-fields.js';

/** 附件3 填表说明 3: 教育层次填写中职、高职专科或高职本科. */
export const SUMMARY_SCHOOL_LEVELS = {
  secondary: { 'zh-CN': '中职', 'en-US': 'Secondary vocational' },
  higher_associate: { 'zh-CN': '高职专科', 'en-US': 'Higher vocational (associate)' },
  higher_bachelor: { 'zh-CN': '高职本科', 'en-US': 'Higher vocational (bachelor)' },
} as const;
export type SummarySchoolLevel = keyof typeof SUMMARY_SCHOOL_LEVELS;
export const SUMMARY_SCHOOL_LEVEL_NAMES = Object.keys(SUMMARY_SCHOOL_LEVELS) as [SummarySchoolLevel, ...SummarySchoolLevel[]];

/** 推荐书 2 联合体学校情况 学校层次. */
export const MEMBER_SCHOOL_LEVELS = {
  ...SUMMARY_SCHOOL_LEVELS,
  undergraduate: { 'zh-CN': '普通本科', 'en-US': 'Undergraduate university' },
} as const;
export type MemberSchoolLevel = keyof typeof MEMBER_SCHOOL_LEVELS;
export const MEMBER_SCHOOL_LEVEL_NAMES = Object.keys(MEMBER_SCHOOL_LEVELS) as [MemberSchoolLevel, ...MemberSchoolLevel[]];

/** 推荐书 2 联合体其他单位情况 单位性质. */
export const OTHER_UNIT_NATURES = {
  government: { 'zh-CN': '政府部门', 'en-US': 'Government department' },
  research: { 'zh-CN': '科研机构', 'en-US': 'Research institution' },
  other: { 'zh-CN': '其他组织', 'en-US': 'Other organisation' },
} as const;
export type OtherUnitNature = keyof typeof OTHER_UNIT_NATURES;
export const OTHER_UNIT_NATURE_NAMES = Object.keys(OTHER_UNIT_NATURES) as [OtherUnitNature, ...OtherUnitNature[]];

export const ZCoverSection = z.object({
  consortiumName: chars(100),
  recommendingRegion: chars(50),
  park: ZUnitRef.prefault({}),
  leadSchool: ZUnitRef.prefault({}),
  /** 牵头企业（牵头行业协会）. */
  leadEnterprise: ZUnitRef.prefault({}),
  filledOn: ZOptionalDate,
});

/** What 附件3 汇总表 lists beyond the 推荐书: served industries, levels, the contact person. */
export const ZSummarySection = z.object({
  /** 附件3 填表说明 2: 不超过 2 个 — the call's limit is checked by the server. */
  mainIndustries: z
    .array(z.string().trim().min(1, { message: 'i18n:NOT_BLANK' }).max(30))
    .max(20)
    .default([]),
  parkLeadingIndustry: chars(60),
  leadSchoolLevel: z.enum(SUMMARY_SCHOOL_LEVEL_NAMES).nullable().default(null),
  leadEnterpriseIsIntegrationEnterprise: z.boolean().nullable().default(null),
  contactName: chars(30),
  contactTitle: chars(40),
  contactMobile: ZFormPhone,
});

export const ZOverviewSection = z.object({
  establishedOn: ZOptionalDate,
  /** 联合体负责人: 所在产业园区管委会负责同志 (推荐书 1 注1). */
  leaderName: chars(30),
  leaderTitleAndContact: chars(100),
  secretariat: z
    .object({
      hostUnit: ZUnitRef.prefault({}),
      head: chars(30),
      officeArea: ZFormAmount,
      phone: ZFormPhone,
      staffTotal: ZFormCount,
      fullTime: ZFormCount,
      partTime: ZFormCount,
      staffNames: chars(500),
    })
    .prefault({}),
  /** 拟投入运行经费总额（万元）, 2026—2028 承诺 (推荐书 1 注2). */
  funding: z.object({ y2026: ZFormAmount, y2027: ZFormAmount, y2028: ZFormAmount }).prefault({}),
  fundingSources2026: z
    .object({ leadUnits: ZFormAmount, government: ZFormAmount, otherMembers: ZFormAmount, otherChannels: ZFormAmount })
    .prefault({}),
  parkOutput2025: ZFormAmount,
  parkLeadingIndustries: ZLongText,
  localPolicies: ZLongText,
});

export const ZMemberEnterprise = z.object({
  id: ZRowId,
  unit: ZUnitRef.prefault({}),
  employees: ZFormCount,
  assets: ZFormAmount,
  sales: ZFormAmount,
  cooperationBenefit2024: ZFormAmount,
});
export const ZMemberSchool = z.object({
  id: ZRowId,
  unit: ZUnitRef.prefault({}),
  level: z.enum(MEMBER_SCHOOL_LEVEL_NAMES).nullable().default(null),
  /** Codes of the 2021 majors catalogue; the call limits how many (填写5个以内). */
  majorCodes: z
    .array(z.string().regex(/^\d{6}K?$/))
    .max(50)
    .default([]),
  students: ZFormCount,
  relatedStudents: ZFormCount,
});
export const ZMemberOther = z.object({
  id: ZRowId,
  unit: ZUnitRef.prefault({}),
  nature: z.enum(OTHER_UNIT_NATURE_NAMES).nullable().default(null),
  headcount: ZFormCount,
  supportRole: chars(200),
  note: chars(200),
});
export const ZMembersSection = z.object({
  enterprises: z.array(ZMemberEnterprise).max(500).default([]),
  schools: z.array(ZMemberSchool).max(200).default([]),
  others: z.array(ZMemberOther).max(200).default([]),
});

const countPair = yearPair(ZFormCount);
const amountPair = yearPair(ZFormAmount);
const percentPair = yearPair(ZFormPercent);
const teacherPair = yearPair(z.object({ personTimes: ZFormCount, hours: ZFormCount }).prefault({}));

export const ZEffectivenessSection = z.object({
  coBuiltMajors: countPair,
  coBuiltCourses: countPair,
  coBuiltTextbooks: countPair,
  coBuiltTrainingBases: countPair,
  coBuiltIndustryColleges: countPair,
  enterpriseTeachers: teacherPair,
  interSchoolTeachers: teacherPair,
  teacherPractice: amountPair,
  teachingTeamAwards: ZLongText,
  apprenticeship: countPair,
  fieldEngineers: countPair,
  otherJointTraining: countPair,
  talentDemandReports: countPair,
  talentPlatform: yearPair(ZLongText),
  newPractices: yearPair(ZLongText),
  apprenticePositionRatio: percentPair,
  internshipVolume: amountPair,
  secondaryHigherThrough: countPair,
  secondaryHigherBachelor: countPair,
  undergraduateAdmissions: countPair,
  examAdmissionRate: percentPair,
  employmentRate: percentPair,
  skillsCompetitionAwards: ZLongText,
  techServicePlatforms: countPair,
  rdConversionRate: percentPair,
  rdFunding: amountPair,
  researchOutputs: countPair,
  skillAppraisals: countPair,
  masterStudios: countPair,
  employeeTrainingDays: amountPair,
  socialTrainingDays: amountPair,
});

export const ZPlanSection = z.object({ constructionPlan: ZLongText });

export const ZFeaturesSection = z.object({
  featuresAndInnovation: ZLongText,
  /** 产教联合体各成员单位近 3 年内在招生、就业、安全等领域未发生过违法或重大违规事件. */
  noViolationConfirmed: z.boolean().default(false),
});

const ZSignatory = z.object({ name: chars(30), signedOn: ZOptionalDate, sealFileId: z.uuid().nullable().default(null) }).prefault({});

export const ZCommitmentSection = z.object({
  parkSignatory: ZSignatory,
  enterpriseSignatory: ZSignatory,
  schoolSignatory: ZSignatory,
  /** 地方教育行政部门意见. */
  authorityOpinion: chars(1000),
  authoritySignatory: ZSignatory,
});

export const APPLICATION_SECTIONS = {
  cover: ZCoverSection,
  summary: ZSummarySection,
  overview: ZOverviewSection,
  members: ZMembersSection,
  effectiveness: ZEffectivenessSection,
  plan: ZPlanSection,
  features: ZFeaturesSection,
  commitment: ZCommitmentSection,
} as const;
export type ApplicationSection = keyof typeof APPLICATION_SECTIONS;
export const APPLICATION_SECTION_NAMES = Object.keys(APPLICATION_SECTIONS) as [ApplicationSection, ...ApplicationSection[]];

export const ZApplicationContent = z.object({
  cover: ZCoverSection.prefault({}),
  summary: ZSummarySection.prefault({}),
  overview: ZOverviewSection.prefault({}),
  members: ZMembersSection.prefault({}),
  effectiveness: ZEffectivenessSection.prefault({}),
  plan: ZPlanSection.prefault({}),
  features: ZFeaturesSection.prefault({}),
  commitment: ZCommitmentSection.prefault({}),
});
export type TApplicationContent = z.infer<typeof ZApplicationContent>;
export type TCoverSection = z.infer<typeof ZCoverSection>;
export type TSummarySection = z.infer<typeof ZSummarySection>;
export type TOverviewSection = z.infer<typeof ZOverviewSection>;
export type TMembersSection = z.infer<typeof ZMembersSection>;
export type TEffectivenessSection = z.infer<typeof ZEffectivenessSection>;
export type TMemberEnterprise = z.infer<typeof ZMemberEnterprise>;
export type TMemberSchool = z.infer<typeof ZMemberSchool>;
export type TMemberOther = z.infer<typeof ZMemberOther>;

/** An empty 推荐书: what a new draft starts from. */
export function emptyApplicationContent(): TApplicationContent {
  return ZApplicationContent.parse({});
}

/** Section 3's figures that come as a 2025/2026 pair, in the form's row order. */
export const EFFECTIVENESS_PAIR_FIELDS = Object.keys(ZEffectivenessSection.shape).filter(
  (field) => !['teachingTeamAwards', 'skillsCompetitionAwards'].includes(field),
) as (keyof TEffectivenessSection)[];
