/**
 * The core indicators of a school's quality annual report (质量年度报告, docs/sources.md §9 Q2), in the sections of 普陀区年报
 * (《普陀区中等职业教育年度质量报告（2023）》1.1–1.3, 2.x, 3.3, 6.x) and 上海年报 (《上海职业教育质量报告（2024年度）》).
 * Counts are entered; every rate is computed from them (reports/rates.rules.ts on the server) and never typed.
 * A figure a report states in its text (生师比 10:1, 兼职教师占 3.3%) may be recorded beside, and the platform
 * flags it when it differs from the computed one.
 */
import { z } from 'zod';
import { requiredText } from '../common.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** A count of a report: a whole number of 0 or more. */
export const ZReportCount = z
  .number({ message: 'i18n:REPORT_COUNT' })
  .int({ message: 'i18n:REPORT_COUNT' })
  .min(0, { message: 'i18n:REPORT_COUNT' });
const count = ZReportCount.nullable();
/** 万元 or 元 with at most two decimals (8,471.36 万元). */
const amount = z
  .number({ message: 'i18n:REPORT_AMOUNT' })
  .min(0, { message: 'i18n:REPORT_AMOUNT' })
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: 'i18n:REPORT_AMOUNT' })
  .nullable();

/**
 * Figures the platform can also count from the members' exchange records (资源共享 师资互派、职业体验): reports
 * saved before they existed read them as not entered.
 */
const exchangeCount = count.default(null);
const exchangeAmount = amount.default(null);

export const OPEN_CENTRE_STARS = {
  five: l('五星级', 'five-star'),
  four: l('四星级', 'four-star'),
  three: l('三星级', 'three-star'),
  two: l('二星级', 'two-star'),
  none: l('无', 'not rated'),
} as const;
export type OpenCentreStar = keyof typeof OPEN_CENTRE_STARS;
export const OPEN_CENTRE_STAR_NAMES = Object.keys(OPEN_CENTRE_STARS) as [OpenCentreStar, ...OpenCentreStar[]];

/** The computed rates, each shown with its formula. */
export const REPORT_RATES = {
  studentTeacherRatio: l('生师比', 'Student–teacher ratio'),
  professionalShare: l('专业教师占专任教师比例', 'Professional teachers among full-time teachers'),
  seniorTitleShare: l('高级职称教师占比', 'Senior-title teachers'),
  masterShare: l('硕士以上学历教师占比', 'Teachers with a master’s degree or above'),
  dualQualifiedShare: l('双师型教师占专业教师比例', 'Dual-qualified among professional teachers'),
  partTimeShare: l('兼职教师占专任教师比例', 'Part-time teachers against full-time teachers'),
  equipmentPerStudent: l('生均教学仪器设备值', 'Equipment value per student'),
  workstationsPerStudent: l('生均实训实习工位数', 'Training workstations per student'),
  matchedEmploymentRate: l('对口就业率（含升学）', 'Matched employment rate (incl. further study)'),
  directEmploymentRate: l('直接就业率', 'Direct employment rate'),
  furtherStudyRate: l('升学率', 'Further-study rate'),
} as const;
export type ReportRate = keyof typeof REPORT_RATES;
export const REPORT_RATE_NAMES = Object.keys(REPORT_RATES) as [ReportRate, ...ReportRate[]];

/** The sections of the form, in the order of the reports' chapters. */
export const ZReportData = z.object({
  /** 1.1 结构规模 (普陀区年报 表1). */
  structure: z.object({
    studentsTotal: count,
    newIntake: count,
    staffInPost: count,
    majorsSecondary: count,
    majorsThroughHigher: count,
    majorsThroughBachelor: count,
    majorsFiveYear: count,
  }),
  /** 1.2 设施设备 (普陀区年报 表2). */
  facilities: z.object({
    equipmentValue: amount,
    equipmentValueIncrease: amount,
    workstations: count,
    openCentres: z.array(z.object({ centreName: requiredText(100), star: z.enum(OPEN_CENTRE_STAR_NAMES) })).max(50),
  }),
  /** 1.3 / 3.3 教师队伍. */
  teachers: z.object({
    fullTimeTeachers: count,
    professionalTeachers: count,
    foundationTeachers: count,
    seniorTitleTeachers: count,
    masterTeachers: count,
    dualQualifiedTeachers: count,
    partTimeTeachers: count,
    exchangeDaysSent: exchangeCount,
    exchangeHoursSent: exchangeAmount,
    exchangeDaysReceived: exchangeCount,
    exchangeHoursReceived: exchangeAmount,
  }),
  /** 2.x 学生发展: 毕业与就业. */
  outcomes: z.object({
    graduates: count,
    matchedEmployment: count,
    directEmployment: count,
    furtherStudy: count,
    startingWage: amount,
  }),
  /** 3.x 产教融合. */
  cooperation: z.object({
    partnerEnterprises: count,
    interns: count,
    orderClassStudents: count,
  }),
  /** 6.x 社会服务 (普陀区年报 表3). */
  service: z.object({
    trainingCourses: count,
    trainingPersonTimes: count,
    trainingHours: count,
    experienceActivities: exchangeCount,
    experienceParticipants: exchangeCount,
  }),
  /** 经费. */
  funding: z.object({
    fundingPerStudent: amount,
    specialFunding: amount,
  }),
  /** Figures the school's report text states, compared with the computed ones. */
  statedRates: z.partialRecord(z.enum(REPORT_RATE_NAMES), z.number().min(0).nullable()),
});
export type TReportData = z.infer<typeof ZReportData>;
export type ReportSection = Exclude<keyof TReportData, 'statedRates'>;

export function emptyReportData(): TReportData {
  return {
    structure: {
      studentsTotal: null,
      newIntake: null,
      staffInPost: null,
      majorsSecondary: null,
      majorsThroughHigher: null,
      majorsThroughBachelor: null,
      majorsFiveYear: null,
    },
    facilities: { equipmentValue: null, equipmentValueIncrease: null, workstations: null, openCentres: [] },
    teachers: {
      fullTimeTeachers: null,
      professionalTeachers: null,
      foundationTeachers: null,
      seniorTitleTeachers: null,
      masterTeachers: null,
      dualQualifiedTeachers: null,
      partTimeTeachers: null,
      exchangeDaysSent: null,
      exchangeHoursSent: null,
      exchangeDaysReceived: null,
      exchangeHoursReceived: null,
    },
    outcomes: { graduates: null, matchedEmployment: null, directEmployment: null, furtherStudy: null, startingWage: null },
    cooperation: { partnerEnterprises: null, interns: null, orderClassStudents: null },
    service: {
      trainingCourses: null,
      trainingPersonTimes: null,
      trainingHours: null,
      experienceActivities: null,
      experienceParticipants: null,
    },
    funding: { fundingPerStudent: null, specialFunding: null },
    statedRates: {},
  };
}

/** Stored data as the form has it today: a field added since the report was saved reads as not entered. */
export function completeReportData(stored: TReportData): TReportData {
  const empty = emptyReportData();
  const complete = { ...empty, ...stored };
  for (const section of Object.keys(empty) as ReportSection[]) {
    (complete as Record<string, unknown>)[section] = { ...empty[section], ...stored[section] };
  }
  return complete;
}

export const REPORT_SECTIONS: Record<ReportSection, Bilingual> = {
  structure: l('结构规模', 'Structure and size'),
  facilities: l('设施设备', 'Facilities and equipment'),
  teachers: l('教师队伍', 'Teaching staff'),
  outcomes: l('学生发展', 'Student outcomes'),
  cooperation: l('产教融合', 'Industry–education cooperation'),
  service: l('社会服务', 'Social service'),
  funding: l('经费', 'Funding'),
};

export const ZComputedRate = z.object({
  key: z.enum(REPORT_RATE_NAMES),
  label: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
  /** null when a count it needs is missing or its denominator is 0. */
  value: z.number().nullable(),
  /** As a report prints it: "10.9:1", "81.4%", "6.61 万元". */
  display: z.string().nullable(),
  formula: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
  stated: z.number().nullable(),
  /** The stated figure differs from the computed one at the stated figure's precision. */
  differs: z.boolean(),
  note: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }).nullable(),
});
export type TComputedRate = z.infer<typeof ZComputedRate>;

/** A problem of the form at a field: saved with the draft, refused at submission. */
export const ZReportProblem = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
});
export type TReportProblem = z.infer<typeof ZReportProblem>;

/** The report outline (chapters) a cycle uses: 普陀区年报's chapters, as data the authority may change before opening. */
export const DEFAULT_REPORT_OUTLINE: string[] = [
  '1. 基本情况',
  '2. 学生发展',
  '3. 教学改革',
  '4. 政策保障',
  '5. 国际合作',
  '6. 服务贡献',
  '7. 面临挑战',
];

/** The indicator set's version; a cycle freezes the version it opened with. */
export const REPORT_INDICATOR_SET_VERSION = '2023-core-1';
