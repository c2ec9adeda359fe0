/**
 * The members' resource survey (资源调研, docs/sources.md §9 R1): 2026年重点工作项目计划 一(一) "启动'八市一区'职业教育资源调研
 * …全面梳理联盟内各校教育资源（如专业、师资、实训、校企合作等）", 章程第十八条(三) (members provide their resource
 * information) and 第十五条(二) (the 校企合作数据库). A secretariat opens a round per year; each member unit answers
 * the round's sections; answers of the previous year prefill the next.
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate, ZUscc } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { ZMajorCode } from '../talent/demand-supply.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** The parts of a survey, in the order the work plan names them (专业、师资、实训、校企合作) plus open courses. */
export const SURVEY_SECTIONS = {
  majors: l('专业设置', 'Majors'),
  teachers: l('师资队伍', 'Teachers'),
  bases: l('实训基地与开放实训中心', 'Training bases and open training centres'),
  partners: l('校企合作企业', 'Enterprise partners'),
  courses: l('面向成员开放的课程', 'Courses open to members'),
} as const;
export type SurveySection = keyof typeof SURVEY_SECTIONS;
export const SURVEY_SECTION_NAMES = Object.keys(SURVEY_SECTIONS) as [SurveySection, ...SurveySection[]];

/** 培养层次/学制 as the issue lists them. */
export const TRAINING_MODES = {
  secondary: l('中职', 'Secondary vocational'),
  secondary_higher: l('中高职贯通', 'Secondary–higher through-train'),
  secondary_bachelor: l('中本贯通', 'Secondary–bachelor through-train'),
  five_year: l('五年一贯制', 'Five-year programme'),
  higher: l('高职', 'Higher vocational'),
  bachelor: l('职业本科', 'Vocational bachelor'),
} as const;
export type TrainingMode = keyof typeof TRAINING_MODES;
export const TRAINING_MODE_NAMES = Object.keys(TRAINING_MODES) as [TrainingMode, ...TrainingMode[]];

export const BASE_KINDS = {
  training_base: l('校内实训基地', 'Training base'),
  open_centre: l('开放实训中心', 'Open training centre'),
} as const;
export type BaseKind = keyof typeof BASE_KINDS;
export const BASE_KIND_NAMES = Object.keys(BASE_KINDS) as [BaseKind, ...BaseKind[]];

export const COURSE_MODES = {
  online: l('线上', 'Online'),
  offline: l('线下', 'On site'),
  blended: l('混合', 'Blended'),
} as const;
export type CourseMode = keyof typeof COURSE_MODES;
export const COURSE_MODE_NAMES = Object.keys(COURSE_MODES) as [CourseMode, ...CourseMode[]];

export const RESPONSE_STATUSES = {
  not_started: l('未填报', 'Not started'),
  draft: l('填报中', 'Draft'),
  submitted: l('已提交', 'Submitted'),
  accepted: l('已采纳', 'Accepted'),
  reopened: l('已退回修改', 'Reopened'),
} as const;
export type ResponseStatus = keyof typeof RESPONSE_STATUSES;
export const RESPONSE_STATUS_NAMES = Object.keys(RESPONSE_STATUSES) as [ResponseStatus, ...ResponseStatus[]];

const count = z.number().int().min(0).max(100_000);
/** A major's class in the catalogue: the first four digits of a major code (e.g. 4603 自动化类). */
export const ZMajorClassCode = z
  .string()
  .trim()
  .regex(/^\d{4}$/, { message: 'i18n:MAJOR_CLASS_CODE' });
export const ZSurveyYear = z.number().int().min(2020).max(2100);

export const ZSurveyMajor = z.object({
  majorCode: ZMajorCode,
  mode: z.enum(TRAINING_MODE_NAMES),
  /** 在校生, one figure per grade from 一年级 on. */
  studentsPerGrade: z.array(count).min(1).max(7),
  /** The year the school first enrolled in the major. */
  offeredSince: z.number().int().min(1949).max(2100).optional(),
});
export type TSurveyMajor = z.infer<typeof ZSurveyMajor>;

export const ZSurveyTeachers = z.object({
  classCode: ZMajorClassCode,
  /** 专任专业教师 */
  fullTime: count,
  /** 高级职称 */
  seniorTitle: count,
  /** 硕士及以上学位 */
  postgraduate: count,
  /** 双师型教师 */
  dualQualified: count,
  /** 兼职教师 (from enterprises) */
  partTime: count,
});
export type TSurveyTeachers = z.infer<typeof ZSurveyTeachers>;

export const ZSurveyBase = z.object({
  name: requiredText(60),
  kind: z.enum(BASE_KIND_NAMES),
  majorCodes: z.array(ZMajorCode).min(1).max(10),
  workstations: count,
  /** 星级 of an open training centre (1–5), where one was awarded. */
  starLevel: z.number().int().min(1).max(5).optional(),
  openToMembers: z.boolean(),
  bookingTerms: optionalText(200),
});
export type TSurveyBase = z.infer<typeof ZSurveyBase>;

export const ZSurveyPartner = z.object({
  uscc: ZUscc,
  name: requiredText(80),
  fields: requiredText(100),
  agreementFrom: ZIsoDate,
  agreementTo: ZIsoDate.optional(),
  internsHosted: count,
  orderClass: z.boolean(),
  apprenticeship: z.boolean(),
});
export type TSurveyPartner = z.infer<typeof ZSurveyPartner>;

export const ZSurveyCourse = z.object({
  name: requiredText(60),
  majorCode: ZMajorCode.optional(),
  credits: z.number().min(0.5).max(20).multipleOf(0.5),
  hours: z.number().int().min(1).max(1000),
  mode: z.enum(COURSE_MODE_NAMES),
  seats: z.number().int().min(1).max(10_000),
});
export type TSurveyCourse = z.infer<typeof ZSurveyCourse>;

export const ZSurveyContent = z.object({
  majors: z.array(ZSurveyMajor).max(200),
  teachers: z.array(ZSurveyTeachers).max(100),
  bases: z.array(ZSurveyBase).max(200),
  partners: z.array(ZSurveyPartner).max(1000),
  courses: z.array(ZSurveyCourse).max(200),
  /** Sections the unit declares it has nothing to report in (本单位无), which count as answered. */
  noneToReport: z.array(z.enum(SURVEY_SECTION_NAMES)).max(5),
});
export type TSurveyContent = z.infer<typeof ZSurveyContent>;
/** The same answers as the server sends them back (plain strings: answers are checked when they come in). */
const text = z.string();
export const ZSurveyContentView = z.object({
  majors: z.array(ZSurveyMajor.extend({ majorCode: text })),
  teachers: z.array(ZSurveyTeachers.extend({ classCode: text })),
  bases: z.array(ZSurveyBase.extend({ name: text, majorCodes: z.array(text), bookingTerms: text.optional() })),
  partners: z.array(ZSurveyPartner.extend({ uscc: text, name: text, fields: text, agreementFrom: text, agreementTo: text.optional() })),
  courses: z.array(ZSurveyCourse.extend({ name: text, majorCode: text.optional() })),
  noneToReport: z.array(z.enum(SURVEY_SECTION_NAMES)),
});

export const EMPTY_SURVEY_CONTENT: TSurveyContent = { majors: [], teachers: [], bases: [], partners: [], courses: [], noneToReport: [] };

export const ZRoundInput = z.object({
  year: ZSurveyYear,
  title: requiredText(60),
  /** The last day answers are taken (Asia/Shanghai), included. */
  deadline: ZIsoDate,
  sections: z.array(z.enum(SURVEY_SECTION_NAMES)).min(1).max(5),
});
export type TRoundInput = z.infer<typeof ZRoundInput>;

export const ZResourcesBodyParams = z.object({ id: z.uuid() });
export const ZRoundParams = z.object({ id: z.uuid(), roundId: z.uuid() });
export const ZResponseParams = z.object({ id: z.uuid(), roundId: z.uuid(), orgId: z.uuid() });

export const ZResponseSave = z.object({ content: ZSurveyContent, version: z.number().int().min(0) });
export type TResponseSave = z.infer<typeof ZResponseSave>;
export const ZResponseAction = z.object({ version: z.number().int().positive() });
export type TResponseAction = z.infer<typeof ZResponseAction>;
export const ZResponseReopen = z.object({ version: z.number().int().positive(), reason: requiredText(200) });
export type TResponseReopen = z.infer<typeof ZResponseReopen>;

const ZNamed = z.object({ id: z.string(), name: z.string() });

export const ZCompleteness = z.object({
  answered: z.array(z.enum(SURVEY_SECTION_NAMES)),
  missing: z.array(z.enum(SURVEY_SECTION_NAMES)),
  /** Answered sections ÷ the round's sections, in whole per cent. */
  percent: z.number().int(),
});
export type TCompleteness = z.infer<typeof ZCompleteness>;

export const ZRound = z.object({
  id: z.string(),
  year: z.number().int(),
  title: z.string(),
  deadline: z.string(),
  sections: z.array(z.enum(SURVEY_SECTION_NAMES)),
  /** Whether answers are still taken today. */
  open: z.boolean(),
  members: z.number().int(),
  submitted: z.number().int(),
  accepted: z.number().int(),
  isGenerated: z.boolean(),
});
export type TRound = z.infer<typeof ZRound>;
export const ZRoundList = z.object({ items: z.array(ZRound) });
export type TRoundList = z.infer<typeof ZRoundList>;

export const ZProgressRow = z.object({
  org: ZNamed,
  cityName: z.string().nullable(),
  status: z.enum(RESPONSE_STATUS_NAMES),
  completeness: ZCompleteness,
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
});
export type TProgressRow = z.infer<typeof ZProgressRow>;
export const ZRoundProgress = z.object({ round: ZRound, rows: z.array(ZProgressRow) });
export type TRoundProgress = z.infer<typeof ZRoundProgress>;

export const ZSurveyResponse = z.object({
  round: ZRound,
  org: ZNamed,
  status: z.enum(RESPONSE_STATUS_NAMES),
  content: ZSurveyContentView,
  /** The year whose accepted or last answers filled this one in, when it was started from them. */
  prefilledFrom: z.number().int().nullable(),
  completeness: ZCompleteness,
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  /** What the user may do now. */
  mayEdit: z.boolean(),
  maySubmit: z.boolean(),
  mayAccept: z.boolean(),
  mayReopen: z.boolean(),
  /** 0 before the first save. */
  version: z.number().int(),
});
export type TSurveyResponse = z.infer<typeof ZSurveyResponse>;

/** What the user may do in one body's resource sharing. */
export const ZResourcesAccess = z.object({
  manage: z.boolean(),
  fillOrgs: z.array(ZNamed),
  search: z.boolean(),
  /** The member units for which the user publishes exchange offers and requests and records agreements. */
  exchangeOrgs: z.array(ZNamed),
  /** Whether the user sees every member's exchange totals (the secretariat). */
  exchangeTotalsAll: z.boolean(),
});
export type TResourcesAccess = z.infer<typeof ZResourcesAccess>;
