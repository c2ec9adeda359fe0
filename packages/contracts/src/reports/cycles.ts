/**
 * Report cycles (docs/sources.md §9 Q1) and the review chain of a participant's report (Q3): an authority opens a yearly
 * cycle with its levels, participants, stage deadlines, outline and indicator set; each participant's report goes
 * 采集员 → 审核员 → 校长 (上海年报 6.4 “三级审核”, “责任声明”).
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { ZComputedRate, ZReportData, ZReportProblem } from './indicators.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const ZRef = z.object({ id: z.string(), name: z.string() });

/** What a cycle collects (上海年报: 学校年报 中职 and 高职, 区级年报, 企业年报). */
export const REPORT_LEVELS = {
  school_secondary: l('学校年报（中职）', 'School report (secondary vocational)'),
  school_higher: l('学校年报（高职）', 'School report (higher vocational)'),
  district: l('区级年报', 'District report'),
  enterprise: l('企业年报', 'Enterprise report'),
} as const;
export type ReportLevel = keyof typeof REPORT_LEVELS;
export const REPORT_LEVEL_NAMES = Object.keys(REPORT_LEVELS) as [ReportLevel, ...ReportLevel[]];

/** The stages with a deadline, in order. */
export const REPORT_STAGES = {
  submit: l('采集员提交', 'Collector submits'),
  review: l('审核员审核', 'Reviewer checks'),
  approve: l('校长审定', 'Principal approves'),
  publish: l('公开发布', 'Publication'),
} as const;
export type ReportStage = keyof typeof REPORT_STAGES;
export const REPORT_STAGE_NAMES = Object.keys(REPORT_STAGES) as [ReportStage, ...ReportStage[]];

export const REPORT_STATUSES = {
  draft: l('填报中', 'Being filled in'),
  submitted: l('待审核', 'Awaiting review'),
  returned: l('已退回', 'Returned'),
  reviewed: l('待校长审定', 'Awaiting the principal'),
  approved: l('已审定', 'Approved'),
} as const;
export type ReportStatus = keyof typeof REPORT_STATUSES;
export const REPORT_STATUS_NAMES = Object.keys(REPORT_STATUSES) as [ReportStatus, ...ReportStatus[]];

export const CYCLE_STATUSES = { draft: l('未开启', 'Not opened'), open: l('已开启', 'Open') } as const;
export type CycleStatus = keyof typeof CYCLE_STATUSES;

const ZDeadlines = z.object({ submit: ZIsoDate, review: ZIsoDate, approve: ZIsoDate, publish: ZIsoDate }).superRefine((d, ctx) => {
  const order = REPORT_STAGE_NAMES;
  for (let i = 1; i < order.length; i++) {
    if (d[order[i]!] < d[order[i - 1]!]) ctx.addIssue({ code: 'custom', path: [order[i]!], message: 'i18n:REPORT_DEADLINE_ORDER' });
  }
});
export type TReportDeadlines = z.infer<typeof ZDeadlines>;

export const ZCycleParticipantInput = z.object({ orgId: z.uuid(), level: z.enum(REPORT_LEVEL_NAMES) });

export const ZCycleInput = z
  .object({
    authorityOrgId: z.uuid(),
    reportYear: z.number().int().min(2000).max(2100),
    title: requiredText(200),
    noticeNumber: optionalText(100),
    levels: z.array(z.enum(REPORT_LEVEL_NAMES)).min(1).max(4),
    reportingUnits: z.array(ZCycleParticipantInput).min(1).max(500),
    deadlines: ZDeadlines,
    outline: z.array(requiredText(100)).min(1).max(40),
  })
  .superRefine((input, ctx) => {
    input.reportingUnits.forEach((p, index) => {
      if (!input.levels.includes(p.level)) {
        ctx.addIssue({ code: 'custom', path: ['reportingUnits', index, 'level'], message: 'i18n:REPORT_LEVEL_NOT_COLLECTED' });
      }
    });
  });
export type TCycleInput = z.infer<typeof ZCycleInput>;

export const ZCycle = z.object({
  id: z.string(),
  authority: ZRef,
  reportYear: z.number(),
  title: z.string(),
  noticeNumber: z.string().nullable(),
  levels: z.array(z.enum(REPORT_LEVEL_NAMES)),
  deadlines: z.object({ submit: z.string(), review: z.string(), approve: z.string(), publish: z.string() }),
  outline: z.array(z.string()),
  indicatorSetVersion: z.string(),
  status: z.enum(['draft', 'open']),
  openedAt: z.string().nullable(),
  participantCount: z.number(),
  version: z.number(),
  mayManage: z.boolean(),
});
export type TCycle = z.infer<typeof ZCycle>;
export const ZCycleList = z.object({ items: z.array(ZCycle) });
export type TCycleList = z.infer<typeof ZCycleList>;

export const ZCoverageLevel = z.object({
  level: z.enum(REPORT_LEVEL_NAMES),
  participants: z.number(),
  submitted: z.number(),
  approved: z.number(),
  published: z.number(),
  late: z.number(),
});
export const ZCoverageRow = z.object({
  id: z.string(),
  org: ZRef,
  level: z.enum(REPORT_LEVEL_NAMES),
  status: z.enum(REPORT_STATUS_NAMES),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** The first stage whose deadline passed before the report got beyond it. */
  lateStage: z.enum(REPORT_STAGE_NAMES).nullable(),
});
export const ZCoverage = z.object({
  cycle: ZCycle,
  today: z.string(),
  levels: z.array(ZCoverageLevel),
  participants: z.array(ZCoverageRow),
});
export type TCoverage = z.infer<typeof ZCoverage>;
export type TCoverageRow = z.infer<typeof ZCoverageRow>;

/** A comment on one field of the form, e.g. path "teachers.dualQualifiedTeachers". */
export const ZFieldComment = z.object({
  path: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]+(\.[a-zA-Z0-9]+)*$/),
  comment: requiredText(500),
});
export type TFieldComment = z.infer<typeof ZFieldComment>;

export const ZReportSave = z.object({ data: ZReportData, version: z.number().int().min(1) });
export type TReportSave = z.infer<typeof ZReportSave>;
export const ZReportPass = z.object({ version: z.number().int().min(1), comment: optionalText(1000) });
export type TReportPass = z.infer<typeof ZReportPass>;
export const ZReportReturn = z
  .object({ version: z.number().int().min(1), comment: optionalText(1000), fieldComments: z.array(ZFieldComment).max(100).default([]) })
  .superRefine((input, ctx) => {
    if (!input.comment && input.fieldComments.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'i18n:REPORT_RETURN_REASON' });
    }
  });
export type TReportReturn = z.infer<typeof ZReportReturn>;
export const ZReportApproval = z.object({
  version: z.number().int().min(1),
  signatoryName: requiredText(50),
  statementAccepted: z.literal(true, { message: 'i18n:REPORT_STATEMENT_ACCEPT' }),
});
export type TReportApproval = z.infer<typeof ZReportApproval>;

/**
 * 责任声明 (上海年报 6.4): “学校年度质量报告须经学校法定代表人签字并加盖公章”, 以落实年度质量报告内容真实性主体责任.
 * {org} and {year} are filled in when the principal signs.
 */
export const REPORT_RESPONSIBILITY_STATEMENT =
  '本人作为{org}法定代表人，已审阅本校{year}年度质量报告所填数据，对其真实性、准确性负责。' +
  '依照“学校年度质量报告须经学校法定代表人签字并加盖公章”的要求，签字确认，以落实年度质量报告内容真实性主体责任。';

export const REVIEW_ACTIONS = {
  save: l('保存', 'save'),
  submit: l('提交', 'submit'),
  pass: l('审核通过', 'pass the review'),
  reviewer_return: l('审核退回', 'return from review'),
  approve: l('审定并签署责任声明', 'approve with the responsibility statement'),
  principal_return: l('校长退回', 'return by the principal'),
  authority_return: l('主管部门退回', 'return by the authority'),
} as const;
export type ReviewAction = keyof typeof REVIEW_ACTIONS;
export const REVIEW_ACTION_NAMES = Object.keys(REVIEW_ACTIONS) as [ReviewAction, ...ReviewAction[]];

export const ZReportHistoryEntry = z.object({
  action: z.enum(REVIEW_ACTION_NAMES),
  fromStatus: z.enum(REPORT_STATUS_NAMES),
  toStatus: z.enum(REPORT_STATUS_NAMES),
  actorName: z.string().nullable(),
  at: z.string(),
  comment: z.string().nullable(),
  fieldComments: z.array(z.object({ path: z.string(), comment: z.string() })),
});

export const ZReportDetail = z.object({
  id: z.string(),
  cycle: z.object({
    id: z.string(),
    title: z.string(),
    reportYear: z.number(),
    status: z.enum(['draft', 'open']),
    deadlines: ZCycle.shape.deadlines,
    indicatorSetVersion: z.string(),
  }),
  org: ZRef,
  level: z.enum(REPORT_LEVEL_NAMES),
  status: z.enum(REPORT_STATUS_NAMES),
  data: ZReportData,
  /** The same participant's approved data of the previous year's cycle of the authority, if any. */
  previous: ZReportData.nullable(),
  rates: z.array(ZComputedRate),
  problems: z.array(ZReportProblem),
  /** The open comments of the last return, per field. */
  fieldComments: z.array(z.object({ path: z.string(), comment: z.string() })),
  returnComment: z.string().nullable(),
  statement: z.object({ text: z.string(), signatoryName: z.string(), signedAt: z.string() }).nullable(),
  statementTemplate: z.string(),
  history: z.array(ZReportHistoryEntry),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), approve: z.boolean(), authorityReturn: z.boolean() }),
  version: z.number(),
});
export type TReportDetail = z.infer<typeof ZReportDetail>;

export const ZMyReports = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      cycle: z.object({ id: z.string(), title: z.string(), reportYear: z.number() }),
      org: ZRef,
      level: z.enum(REPORT_LEVEL_NAMES),
      status: z.enum(REPORT_STATUS_NAMES),
      updatedAt: z.string(),
    }),
  ),
});
export type TMyReports = z.infer<typeof ZMyReports>;
export const ZReportParams = z.object({ id: z.uuid() });

/** Where a suggested figure comes from: one exchange agreement the platform counted. */
export const ZSuggestionSource = z.object({
  agreementId: z.string(),
  kind: z.enum(['teacher', 'experience']),
  /** 派出/接收 for a teacher agreement, 承办 for an activity. */
  role: z.enum(['sent', 'received', 'hosted']),
  counterpart: z.string(),
  body: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  days: z.number().nullable(),
  hours: z.number().nullable(),
  participants: z.number().nullable(),
});
export type TSuggestionSource = z.infer<typeof ZSuggestionSource>;

/**
 * A figure of the form the platform counted from other records (the members' exchange agreements of the report's year),
 * offered to the collector beside the field: adopting it fills the field; it never replaces a typed value by itself.
 */
export const ZReportSuggestion = z.object({
  /** "teachers.exchangeDaysSent" */
  path: z.string(),
  value: z.number(),
  sources: z.array(ZSuggestionSource),
});
export type TReportSuggestion = z.infer<typeof ZReportSuggestion>;

export const ZReportSuggestions = z.object({ year: z.number(), items: z.array(ZReportSuggestion) });
export type TReportSuggestions = z.infer<typeof ZReportSuggestions>;
