/**
 * The lists (清单) a body keeps and publishes (docs/sources.md §9 T1; 连教职函〔2026〕6号 附件1 指标3.1–3.4, 《本期聚焦：市域产教联合体》 的五张清单):
 * the participating enterprises with their entry and exit (企业清单), the enterprises' positions adjusted over time
 * (岗位清单), and the list entries with a draft → published → withdrawn/expired lifecycle.
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate, ZPhone } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { TALENT_LEVEL_NAMES, ZMajorCode, ZMajorRef, ZOccupationCode } from './demand-supply.js';
import { ZShortageCatalogue, ZShortageEntry } from './gaps.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const ZNamed = z.object({ id: z.string(), name: z.string() });

/** Where an enterprise stands on a body's enterprise list (指标3.1 企业进出联合体管理制度). */
export const ENTERPRISE_LIST_STATUSES = {
  applied: l('申请加入', 'Applied'),
  listed: l('在清单内', 'Listed'),
  rejected: l('未准入', 'Not admitted'),
  exit_requested: l('申请退出', 'Exit requested'),
  exited: l('已退出', 'Exited'),
} as const;
export type EnterpriseListStatus = keyof typeof ENTERPRISE_LIST_STATUSES;
export const ENTERPRISE_LIST_STATUS_NAMES = Object.keys(ENTERPRISE_LIST_STATUSES) as [EnterpriseListStatus, ...EnterpriseListStatus[]];

export const ENTERPRISE_LIST_ACTIONS = {
  apply: l('申请加入', 'apply'),
  admit: l('准入', 'admit'),
  reject: l('不予准入', 'reject'),
  request_exit: l('申请退出', 'request exit'),
  approve_exit: l('同意退出', 'approve the exit'),
  remove: l('决定移出', 'remove by decision'),
} as const;
export type EnterpriseListAction = keyof typeof ENTERPRISE_LIST_ACTIONS;
export const ENTERPRISE_LIST_ACTION_NAMES = Object.keys(ENTERPRISE_LIST_ACTIONS) as [EnterpriseListAction, ...EnterpriseListAction[]];
/** What the secretariat decides; `apply` and `request_exit` are the enterprise's own steps. */
export const ENTERPRISE_DECISIONS = ['admit', 'reject', 'approve_exit', 'remove'] as const satisfies EnterpriseListAction[];
export type EnterpriseDecision = (typeof ENTERPRISE_DECISIONS)[number];

export const ZEnterpriseApplication = z.object({
  orgId: z.uuid(),
  /** Why the enterprise joins and what it brings (岗位、实习、技术需求). */
  statement: requiredText(500),
});
export type TEnterpriseApplication = z.infer<typeof ZEnterpriseApplication>;

export const ZEnterpriseExitRequest = z.object({
  reason: requiredText(500),
  /** The day the enterprise wants to leave; today when left out. */
  stepOn: ZIsoDate.optional(),
  version: z.number().int().positive(),
});
export type TEnterpriseExitRequest = z.infer<typeof ZEnterpriseExitRequest>;

export const ZEnterpriseDecisionInput = z.object({
  action: z.enum(ENTERPRISE_DECISIONS),
  reason: optionalText(500),
  /** The day of the secretariat's decision; today when left out. */
  stepOn: ZIsoDate.optional(),
  version: z.number().int().positive(),
});
export type TEnterpriseDecisionInput = z.infer<typeof ZEnterpriseDecisionInput>;

export const ZEnterpriseEntryParams = z.object({ id: z.uuid(), entryId: z.uuid() });

export const ZListHistoryItem = z.object({
  from: z.string().nullable(),
  to: z.string(),
  action: z.string(),
  reason: z.string().nullable(),
  /** The day the step took effect (Asia/Shanghai). */
  on: z.string(),
  by: z.string().nullable(),
  at: z.string(),
});
export type TListHistoryItem = z.infer<typeof ZListHistoryItem>;

export const ZEnterpriseListEntry = z.object({
  id: z.string(),
  org: ZNamed,
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  status: z.enum(ENTERPRISE_LIST_STATUS_NAMES),
  statement: z.string(),
  appliedOn: z.string(),
  listedOn: z.string().nullable(),
  exitedOn: z.string().nullable(),
  /** The reason of the last refusal, exit request or removal. */
  reason: z.string().nullable(),
  isGenerated: z.boolean(),
  version: z.number().int(),
  history: z.array(ZListHistoryItem),
});
export type TEnterpriseListEntry = z.infer<typeof ZEnterpriseListEntry>;
export const ZEnterpriseList = z.object({ items: z.array(ZEnterpriseListEntry) });
export type TEnterpriseList = z.infer<typeof ZEnterpriseList>;

/** The lifecycle the job list and the lists of entries share. */
export const LIST_ENTRY_STATUSES = {
  draft: l('草稿', 'Draft'),
  published: l('已发布', 'Published'),
  withdrawn: l('已撤回', 'Withdrawn'),
  expired: l('已过期', 'Expired'),
} as const;
export type ListEntryStatus = keyof typeof LIST_ENTRY_STATUSES;
export const LIST_ENTRY_STATUS_NAMES = Object.keys(LIST_ENTRY_STATUSES) as [ListEntryStatus, ...ListEntryStatus[]];
/** What is stored; `expired` is read from the validity date and today. */
export type StoredListStatus = Exclude<ListEntryStatus, 'expired'>;

export const LIST_STATUS_ACTIONS = { publish: l('发布', 'publish'), withdraw: l('撤回', 'withdraw') } as const;
export type ListStatusAction = keyof typeof LIST_STATUS_ACTIONS;
export const LIST_STATUS_ACTION_NAMES = Object.keys(LIST_STATUS_ACTIONS) as [ListStatusAction, ...ListStatusAction[]];

const ZJobFields = z.object({
  /** The enterprise offering the position; it must be on the body's enterprise list. */
  orgId: z.uuid(),
  position: requiredText(60),
  occupation: requiredText(60),
  occupationCode: ZOccupationCode,
  majorCodes: z.array(ZMajorCode).min(1).max(10),
  educationLevel: z.enum(TALENT_LEVEL_NAMES),
  headcount: z.number().int().min(1).max(100_000),
  duties: optionalText(500),
  /** The last day the position is open; it expires from the next day on. */
  validUntil: ZIsoDate.optional(),
});
export const ZTalentJobInput = ZJobFields;
export type TTalentJobInput = z.infer<typeof ZTalentJobInput>;
/** An adjustment (指标3.2 动态调整) states why the position changed. */
export const ZTalentJobUpdate = ZJobFields.omit({ orgId: true }).extend({
  reason: requiredText(200),
  version: z.number().int().positive(),
});
export type TTalentJobUpdate = z.infer<typeof ZTalentJobUpdate>;
export const ZTalentJobParams = z.object({ id: z.uuid(), jobId: z.uuid() });

export const ZTalentJobFieldChange = z.object({ field: z.string(), before: z.string(), after: z.string() });
export type TTalentJobFieldChange = z.infer<typeof ZTalentJobFieldChange>;
export const ZTalentJobAdjustment = z.object({
  /** create | adjust */
  kind: z.string(),
  reason: z.string().nullable(),
  changes: z.array(ZTalentJobFieldChange),
  by: z.string().nullable(),
  at: z.string(),
});

export const ZTalentJob = z.object({
  id: z.string(),
  org: ZNamed,
  position: z.string(),
  occupation: z.string(),
  occupationCode: z.string().nullable(),
  majors: z.array(ZMajorRef),
  educationLevel: z.enum(TALENT_LEVEL_NAMES),
  headcount: z.number().int(),
  duties: z.string().nullable(),
  validUntil: z.string().nullable(),
  status: z.enum(LIST_ENTRY_STATUS_NAMES),
  isGenerated: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  adjustments: z.array(ZTalentJobAdjustment),
  history: z.array(ZListHistoryItem),
});
export type TTalentJob = z.infer<typeof ZTalentJob>;
export const ZTalentJobList = z.object({ items: z.array(ZTalentJob) });
export type TTalentJobList = z.infer<typeof ZTalentJobList>;

/**
 * The lists of entries (连教职函〔2026〕6号 附件1 指标3.4 应用技术创新需求清单; 《本期聚焦：市域产教联合体》 政策支持清单、培训资源清单、技术服务清单),
 * one kind each, with the same lifecycle: draft → published → withdrawn, or expired once its validity (or, for an
 * innovation demand, its deadline) has passed.
 */
export const LIST_ITEM_KINDS = {
  innovation: l('应用技术创新需求', 'Technology-innovation demand'),
  policy: l('政策支持', 'Policy support'),
  training: l('培训资源', 'Training resource'),
  service: l('技术服务', 'Technology service'),
} as const;
export type ListItemKind = keyof typeof LIST_ITEM_KINDS;
export const LIST_ITEM_KIND_NAMES = Object.keys(LIST_ITEM_KINDS) as [ListItemKind, ...ListItemKind[]];

/** 经费预算区间 of an innovation demand, in 万元. */
export const BUDGET_BANDS = {
  under_10: l('10万元以下', 'Under ¥100k'),
  from_10_to_50: l('10–50万元', '¥100k–500k'),
  from_50_to_100: l('50–100万元', '¥500k–1m'),
  from_100_to_500: l('100–500万元', '¥1m–5m'),
  over_500: l('500万元以上', 'Over ¥5m'),
  negotiable: l('面议', 'Negotiable'),
} as const;
export type BudgetBand = keyof typeof BUDGET_BANDS;
export const BUDGET_BAND_NAMES = Object.keys(BUDGET_BANDS) as [BudgetBand, ...BudgetBand[]];

const ZLink = z.url({ protocol: /^https?$/, message: 'i18n:LINK_FORMAT' }).max(500);

function validityOrder(value: { validFrom?: string; validUntil?: string }, ctx: z.RefinementCtx) {
  if (value.validFrom && value.validUntil && value.validUntil < value.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'validity', params: { i18n: 'VALIDITY_ORDER' } });
  }
}

const ZListItemFields = z.object({
  kind: z.enum(LIST_ITEM_KIND_NAMES),
  name: requiredText(100),
  summary: requiredText(2000),
  /** Who offers it: the issuing office, the school, the enterprise (free text). */
  provider: requiredText(100),
  /** The enterprise whose innovation demand it is, when it is one of the body's. */
  orgId: z.uuid().optional(),
  /** 技术领域 of an innovation demand. */
  field: optionalText(60),
  budgetBand: z.enum(BUDGET_BAND_NAMES).optional(),
  /** The last day an innovation demand takes proposals. */
  closesOn: ZIsoDate.optional(),
  contactName: optionalText(30),
  contactPhone: z.preprocess((v) => (v === '' ? undefined : v), ZPhone.optional()),
  validFrom: ZIsoDate.optional(),
  validUntil: ZIsoDate.optional(),
  links: z.array(ZLink).max(5).default([]),
});

function innovationFields(value: z.infer<typeof ZListItemFields>, ctx: z.RefinementCtx) {
  if (value.kind !== 'innovation') return;
  for (const key of ['field', 'budgetBand', 'closesOn', 'contactName', 'contactPhone'] as const) {
    if (value[key] === undefined) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'required for an innovation demand', params: { i18n: 'INNOVATION_FIELD' } });
    }
  }
}

export const ZListItemInput = ZListItemFields.superRefine(validityOrder).superRefine(innovationFields);
export type TListItemInput = z.infer<typeof ZListItemInput>;
export const ZListItemUpdate = ZListItemFields.extend({ version: z.number().int().positive() })
  .superRefine(validityOrder)
  .superRefine(innovationFields);
export type TListItemUpdate = z.infer<typeof ZListItemUpdate>;
export const ZListItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
export const ZListItemQuery = z.object({ kind: z.enum(LIST_ITEM_KIND_NAMES).optional() });

export const ZListStatusInput = z.object({
  action: z.enum(LIST_STATUS_ACTION_NAMES),
  reason: optionalText(200),
  version: z.number().int().positive(),
});
export type TListStatusInput = z.infer<typeof ZListStatusInput>;

export const ZListItem = z.object({
  id: z.string(),
  kind: z.enum(LIST_ITEM_KIND_NAMES),
  name: z.string(),
  summary: z.string(),
  provider: z.string(),
  org: ZNamed.nullable(),
  field: z.string().nullable(),
  budgetBand: z.enum(BUDGET_BAND_NAMES).nullable(),
  closesOn: z.string().nullable(),
  contactName: z.string().nullable(),
  /** Masked (138****5678) in every list; shown whole only to holders of personal.unmask, audited. */
  contactPhone: z.string().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  links: z.array(z.string()),
  status: z.enum(LIST_ENTRY_STATUS_NAMES),
  issue: z.object({ id: z.string(), number: z.number().int(), label: z.string() }).nullable(),
  isGenerated: z.boolean(),
  version: z.number().int(),
  history: z.array(ZListHistoryItem),
});
export type TListItem = z.infer<typeof ZListItem>;
export const ZListItemList = z.object({ items: z.array(ZListItem) });
export type TListItemList = z.infer<typeof ZListItemList>;
export const ZListItemContact = z.object({ contactName: z.string().nullable(), contactPhone: z.string().nullable() });

/** 应用技术创新需求清单第N期: the demands the secretariat publishes together, numbered in one series per body. */
export const ZInnovationIssueInput = z.object({
  name: requiredText(100),
  /** The draft innovation demands the issue publishes. */
  itemIds: z.array(z.uuid()).min(1).max(200),
});
export type TInnovationIssueInput = z.infer<typeof ZInnovationIssueInput>;
export const ZInnovationIssue = z.object({
  id: z.string(),
  number: z.number().int(),
  label: z.string(),
  name: z.string(),
  publishedOn: z.string(),
  itemCount: z.number().int(),
});
export type TInnovationIssue = z.infer<typeof ZInnovationIssue>;
export const ZInnovationIssueList = z.object({ items: z.array(ZInnovationIssue) });

/** 学生信息清单: counts only — by school, major, level and graduation year; never a person (《本期聚焦：市域产教联合体》). */
export const ZStudentAggregateInput = z.object({
  orgId: z.uuid(),
  majorCode: ZMajorCode,
  graduationYear: z.number().int().min(2020).max(2100),
  students: z.number().int().min(0).max(100_000),
  /** Of them, seeking an internship or a job in the body's enterprises. */
  seekingPlacement: z.number().int().min(0).max(100_000),
});
export type TStudentAggregateInput = z.infer<typeof ZStudentAggregateInput>;
export const ZStudentAggregateUpdate = ZStudentAggregateInput.pick({ students: true, seekingPlacement: true }).extend({
  version: z.number().int().positive(),
});
export type TStudentAggregateUpdate = z.infer<typeof ZStudentAggregateUpdate>;
export const ZStudentAggregateParams = z.object({ id: z.uuid(), aggregateId: z.uuid() });
export const ZStudentAggregate = z.object({
  id: z.string(),
  org: ZNamed,
  major: ZMajorRef,
  graduationYear: z.number().int(),
  students: z.number().int(),
  seekingPlacement: z.number().int(),
  status: z.enum(LIST_ENTRY_STATUS_NAMES),
  isGenerated: z.boolean(),
  version: z.number().int(),
  history: z.array(ZListHistoryItem),
});
export type TStudentAggregate = z.infer<typeof ZStudentAggregate>;
export const ZStudentAggregateList = z.object({ items: z.array(ZStudentAggregate) });
export type TStudentAggregateList = z.infer<typeof ZStudentAggregateList>;

/** Every list a body keeps, by the name its export and public view use. */
export const TALENT_LISTS = {
  enterprises: l('企业清单', 'Enterprise list'),
  jobs: l('岗位清单', 'Job list'),
  innovation: l('应用技术创新需求清单', 'Technology-innovation demands'),
  policy: l('政策支持清单', 'Policy support'),
  training: l('培训资源清单', 'Training resources'),
  service: l('技术服务清单', 'Technology services'),
  students: l('学生信息清单', 'Student information'),
} as const;
export type TalentListName = keyof typeof TALENT_LISTS;
export const TALENT_LIST_NAMES = Object.keys(TALENT_LISTS) as [TalentListName, ...TalentListName[]];
export const ZTalentListExportParams = z.object({ id: z.uuid(), list: z.enum(TALENT_LIST_NAMES) });

const ZStudentSum = z.object({ key: z.string(), name: z.string(), students: z.number().int(), seekingPlacement: z.number().int() });

/** What the public sees of a body's lists: what is published and not expired, without history or who did what. */
/** The latest published 紧缺人才目录 as the public reads it: its majors and figures, without the removed ones or the evidence. */
export const ZPublicShortageCatalogue = ZShortageCatalogue.pick({ title: true, startYear: true, publishedAt: true, rule: true }).extend({
  entries: z.array(
    ZShortageEntry.pick({
      majorCode: true,
      majorName: true,
      level: true,
      className: true,
      categoryName: true,
      demand: true,
      supply: true,
      gap: true,
      enterprises: true,
    }),
  ),
});

export const ZPublicTalentLists = z.object({
  body: ZNamed,
  shortage: ZPublicShortageCatalogue.nullable(),
  enterprises: z.array(
    z.object({ org: ZNamed, region: z.object({ code: z.string(), name: z.string() }).nullable(), listedOn: z.string().nullable() }),
  ),
  jobs: z.array(ZTalentJob.omit({ adjustments: true, history: true, version: true, isGenerated: true })),
  items: z.array(ZListItem.omit({ history: true, version: true, isGenerated: true })),
  issues: z.array(ZInnovationIssue),
  students: z.object({ byMajor: z.array(ZStudentSum), byLevel: z.array(ZStudentSum), byYear: z.array(ZStudentSum) }),
});
export type TPublicTalentLists = z.infer<typeof ZPublicTalentLists>;
