/** Calls (遴选通知): what an authority publishes, with its deadline, form and indicator system. */
import { z } from 'zod';
import { optionalText, pageOf, requiredText, ZPageQuery } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { ZCallLimits, ZShanghaiDateTime, ZTextLimits } from '../selection-rules.js';
import { ZIndicatorSystemSummary } from './indicators.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const CALL_STATUSES = {
  draft: l('草稿', 'Draft'),
  open: l('征集中', 'Open'),
  closed: l('已结束征集', 'Closed'),
} as const;
export type CallStatus = keyof typeof CALL_STATUSES;
export const CALL_STATUS_NAMES = Object.keys(CALL_STATUSES) as [CallStatus, ...CallStatus[]];

/**
 * Where a call stands for its readers, from its status, its deadline and its results: one word, never two. An
 * open call whose deadline has passed is 已截止 like a closed one (it takes no new 推荐书); 结果已公示 once the
 * authority has published the results.
 */
export const CALL_PHASES = {
  draft: l('草稿', 'Draft'),
  open: l('征集中', 'Open'),
  closed: l('已截止', 'Closed'),
  published: l('结果已公示', 'Results published'),
} as const;
export type CallPhase = keyof typeof CALL_PHASES;
export const CALL_PHASE_NAMES = Object.keys(CALL_PHASES) as [CallPhase, ...CallPhase[]];

/** The application forms the platform knows; a call names one and its version, frozen when it opens. */
export const APPLICATION_FORMS = {
  consortium_recommendation: { version: 1, label: l('市域产教联合体推荐书（附件2）', 'City consortium recommendation form (annex 2)') },
} as const;
export type ApplicationFormKey = keyof typeof APPLICATION_FORMS;
export const APPLICATION_FORM_KEYS = Object.keys(APPLICATION_FORMS) as [ApplicationFormKey, ...ApplicationFormKey[]];

export const ZCallInput = z.object({
  authorityOrgId: z.uuid(),
  title: requiredText(200),
  documentNumber: optionalText(100),
  noticeText: optionalText(50_000),
  eligibility: optionalText(20_000),
  /** Beijing time, e.g. 2026-05-28T23:59:59 (通知 三.2: 2026年5月28日前). */
  deadline: ZShanghaiDateTime,
  /** A system of this authority; absent: a new one from 附件1. */
  indicatorSystemId: z.uuid().optional(),
  formKey: z.enum(APPLICATION_FORM_KEYS).default('consortium_recommendation'),
  textLimits: ZTextLimits.optional(),
  limits: ZCallLimits.partial().optional(),
});
export type TCallInput = z.infer<typeof ZCallInput>;

export const ZCallUpdate = ZCallInput.omit({ authorityOrgId: true, formKey: true })
  .partial()
  .extend({ version: z.number().int().positive() });
export type TCallUpdate = z.infer<typeof ZCallUpdate>;

export const ZCallTransition = z.object({ version: z.number().int().positive() });

export const ZCallSummary = z.object({
  id: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  authority: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(CALL_STATUS_NAMES),
  /** What to show: the status read against the deadline (on the server's clock) and the results. */
  phase: z.enum(CALL_PHASE_NAMES),
  resultsPublishedAt: z.string().nullable(),
  /** Beijing wall-clock time as the call states it. */
  deadline: z.string(),
  deadlineAt: z.string(),
  applicationCount: z.number().int(),
  submittedCount: z.number().int(),
  isGenerated: z.boolean(),
  version: z.number().int(),
});
export type TCallSummary = z.infer<typeof ZCallSummary>;

export const ZCall = ZCallSummary.extend({
  noticeText: z.string().nullable(),
  eligibility: z.string().nullable(),
  formKey: z.enum(APPLICATION_FORM_KEYS),
  formVersion: z.number().int(),
  textLimits: ZTextLimits,
  limits: ZCallLimits,
  indicatorSystem: ZIndicatorSystemSummary,
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TCall = z.infer<typeof ZCall>;

export const ZCallListQuery = ZPageQuery.extend({ status: z.enum(CALL_STATUS_NAMES).optional() });
export type TCallListQuery = z.infer<typeof ZCallListQuery>;
export const ZCallPage = pageOf(ZCallSummary);
export const ZPublicCallPage = pageOf(ZCallSummary);
