/**
 * Results (遴选结果): aggregation by the call's published rule, the deduction, ranks with the published
 * tie-break, the authority's decisions (培育名单, 向省教育厅推荐) and publication to the applicants.
 */
import { z } from 'zod';
import { requiredText, ZIsoDate } from '../common.js';
import { AGGREGATION_METHOD_NAMES, SCORED_INDICATOR_CODES } from '../selection-rules.js';

/**
 * The 公示 that publishes the results: the authority's document number (文号) and signature (落款, with its date),
 * the publicity period (公示期, both days included) and whom to contact with an objection. The public pages and
 * the published-results PDF print the same.
 */
export const ZResultNotice = z.object({
  documentNumber: requiredText(100),
  signatory: requiredText(100),
  issuedOn: ZIsoDate,
  publicityFrom: ZIsoDate,
  publicityTo: ZIsoDate,
  objectionContact: requiredText(500),
});
export type TResultNotice = z.infer<typeof ZResultNotice>;

export const ZResultRow = z.object({
  applicationId: z.string(),
  consortiumName: z.string(),
  parkName: z.string(),
  applicantName: z.string(),
  rank: z.number().int(),
  tied: z.boolean(),
  /** Why it stands where it does against an application with the same total. */
  note: z.string().nullable(),
  validCount: z.number().int(),
  /** Scores left out because the expert is conflicted (回避). */
  excludedCount: z.number().int(),
  aggregate: z.string(),
  deduction: z.string(),
  total: z.string(),
  byIndicator: z.record(z.string(), z.string()),
  explanation: z.string(),
  shortlisted: z.boolean(),
  recommended: z.boolean(),
});
export type TResultRow = z.infer<typeof ZResultRow>;

export const ZResults = z.object({
  call: z.object({ id: z.string(), title: z.string(), authorityName: z.string() }),
  method: z.enum(AGGREGATION_METHOD_NAMES),
  methodName: z.string(),
  tieBreakIndicators: z.array(z.enum(SCORED_INDICATOR_CODES)),
  reviewsPerApplication: z.number().int(),
  rows: z.array(ZResultRow),
  /** Applications equal on the total and every tie-break; they share a rank. */
  unresolvedTies: z.array(z.array(z.string())),
  publishedAt: z.string().nullable(),
  notice: ZResultNotice.nullable(),
  version: z.number().int(),
});
export type TResults = z.infer<typeof ZResults>;

export const ZResultDecisions = z.object({
  version: z.number().int().min(0),
  decisions: z.array(z.object({ applicationId: z.uuid(), shortlisted: z.boolean(), recommended: z.boolean() })).max(2000),
});
export type TResultDecisions = z.infer<typeof ZResultDecisions>;
export const ZResultPublish = z.object({ version: z.number().int().min(0), notice: ZResultNotice });
export type TResultPublish = z.infer<typeof ZResultPublish>;

/** One line of the public list: the 培育名单 as published, nothing an applicant did not make public. */
export const ZPublicResultEntry = z.object({
  rank: z.number().int(),
  tied: z.boolean(),
  consortiumName: z.string(),
  parkName: z.string(),
  total: z.string(),
  recommended: z.boolean(),
});

/** The 公示 of a call's results, readable without signing in. */
export const ZPublicResults = z.object({
  call: z.object({ id: z.string(), title: z.string(), documentNumber: z.string().nullable(), authorityName: z.string() }),
  publishedAt: z.string(),
  notice: ZResultNotice,
  /** 公示中 while today is within the period, 公示期已满 after it. */
  publicityOver: z.boolean(),
  entries: z.array(ZPublicResultEntry),
});
export type TPublicResults = z.infer<typeof ZPublicResults>;

export const ZApplicantComment = z.object({
  /** 专家一, 专家二 …: never the expert's name. */
  label: z.string(),
  overall: z.string().nullable(),
  byIndicator: z.record(z.string(), z.string()),
});

export const ZApplicantResult = z.object({
  applicationId: z.string(),
  consortiumName: z.string(),
  callTitle: z.string(),
  publishedAt: z.string(),
  rank: z.number().int(),
  rankedCount: z.number().int(),
  aggregate: z.string(),
  deduction: z.string(),
  total: z.string(),
  shortlisted: z.boolean(),
  recommended: z.boolean(),
  /** Null when the call does not show comments to applicants. */
  comments: z.array(ZApplicantComment).nullable(),
});
export type TApplicantResult = z.infer<typeof ZApplicantResult>;
