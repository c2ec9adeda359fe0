/** Applications: one 推荐书 per consortium and call, its versions, their differences, and its files. */
import { z } from 'zod';
import { pageOf, requiredText, ZPageQuery } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { ZCallLimits, ZTextLimits } from '../selection-rules.js';
import { APPLICATION_SECTION_NAMES, ZApplicationContent } from './application-form.js';
import { CALL_PHASE_NAMES, CALL_STATUS_NAMES } from './calls.js';
import { ZUnitRef } from './form-fields.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const APPLICATION_STATUSES = {
  draft: l('草稿', 'Draft'),
  submitted: l('已提交', 'Submitted'),
  returned: l('已退回修改', 'Returned for correction'),
} as const;
export type ApplicationStatus = keyof typeof APPLICATION_STATUSES;
export const APPLICATION_STATUS_NAMES = Object.keys(APPLICATION_STATUSES) as [ApplicationStatus, ...ApplicationStatus[]];

export const ZApplicationCreate = z.object({
  callId: z.uuid(),
  /** The organisation filling the form in (usually the lead school, 通知 三.2). */
  applicantOrgId: z.uuid(),
  consortiumName: requiredText(100),
  park: ZUnitRef,
});
export type TApplicationCreate = z.infer<typeof ZApplicationCreate>;

export const ZSectionParams = z.object({ id: z.uuid(), section: z.enum(APPLICATION_SECTION_NAMES) });
/** One section as the form shows it; `data` is checked against that section's schema. */
export const ZSectionSave = z.object({ version: z.number().int().positive(), data: z.record(z.string(), z.unknown()) });
export type TSectionSave = z.infer<typeof ZSectionSave>;

export const ZApplicationVersionRef = z.object({ version: z.number().int().positive() });
export const ZApplicationReturn = z.object({ version: z.number().int().positive(), reason: requiredText(1000) });

export const ZTocEntry = z.object({ title: requiredText(100), page: z.number().int().min(1) });
export const ZTocUpdate = z.object({ entries: z.array(ZTocEntry).max(200) });
export type TTocEntry = z.infer<typeof ZTocEntry>;

export const ZSupportingMaterial = z.object({
  id: z.string(),
  filename: z.string(),
  pageCount: z.number().int(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  toc: z.array(ZTocEntry),
  uploadedAt: z.string(),
});
export type TSupportingMaterial = z.infer<typeof ZSupportingMaterial>;

export const SEAL_SLOTS = ['parkSignatory', 'enterpriseSignatory', 'schoolSignatory', 'authoritySignatory'] as const;
export type SealSlot = (typeof SEAL_SLOTS)[number];
export const ZSealParams = z.object({ id: z.uuid(), slot: z.enum(SEAL_SLOTS) });

export const ZFormProblem = z.object({
  path: z.string(),
  label: z.string(),
  kind: z.enum(['missing', 'invalid']),
  message: z.string(),
});
export type TFormProblem = z.infer<typeof ZFormProblem>;

export const ZApplicationSummary = z.object({
  id: z.string(),
  callId: z.string(),
  callTitle: z.string(),
  consortiumName: z.string(),
  parkName: z.string(),
  applicantOrg: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(APPLICATION_STATUS_NAMES),
  submittedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  latestVersionNo: z.number().int(),
  /** The call's phase (CALL_PHASES), read on the server's clock. */
  callPhase: z.enum(CALL_PHASE_NAMES),
  /** The call's results are published and rank this application (only a submitted one is ranked). */
  resultPublished: z.boolean(),
  isGenerated: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TApplicationSummary = z.infer<typeof ZApplicationSummary>;

export const ZApplication = ZApplicationSummary.extend({
  call: z.object({
    id: z.string(),
    title: z.string(),
    status: z.enum(CALL_STATUS_NAMES),
    phase: z.enum(CALL_PHASE_NAMES),
    deadline: z.string(),
    textLimits: ZTextLimits,
    limits: ZCallLimits,
  }),
  content: ZApplicationContent,
  material: ZSupportingMaterial.nullable(),
  /** What still stands between the draft and submission, with the place on the form. */
  problems: z.array(ZFormProblem),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean() }),
});
export type TApplication = z.infer<typeof ZApplication>;

export const ZApplicationListQuery = ZPageQuery.extend({ status: z.enum(APPLICATION_STATUS_NAMES).optional() });
export type TApplicationListQuery = z.infer<typeof ZApplicationListQuery>;
export const ZApplicationPage = pageOf(ZApplicationSummary);

export const ZApplicationVersionSummary = z.object({
  versionNo: z.number().int(),
  submittedAt: z.string(),
  submittedBy: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
});
export type TApplicationVersionSummary = z.infer<typeof ZApplicationVersionSummary>;
export const ZApplicationVersion = ZApplicationVersionSummary.extend({
  content: ZApplicationContent,
  material: ZSupportingMaterial.nullable(),
});

/** A version number, or "draft" for the working copy. */
export const ZVersionSelector = z.union([z.literal('draft'), z.coerce.number().int().positive()]);
export const ZDiffQuery = z.object({ from: ZVersionSelector, to: ZVersionSelector });
export const ZVersionParams = z.object({ id: z.uuid(), versionNo: z.coerce.number().int().positive() });

export const DIFF_KINDS = ['added', 'removed', 'changed'] as const;
export const ZFieldChange = z.object({
  path: z.string(),
  /** Where it is on the form, in the request's language. */
  label: z.string(),
  kind: z.enum(DIFF_KINDS),
  before: z.unknown(),
  after: z.unknown(),
});
export type TFieldChange = z.infer<typeof ZFieldChange>;
export const ZApplicationDiff = z.object({ from: z.string(), to: z.string(), changes: z.array(ZFieldChange) });
export type TApplicationDiff = z.infer<typeof ZApplicationDiff>;

export const ZCallApplicationParams = z.object({ id: z.uuid(), applicationId: z.uuid() });
export const ZCallApplicationVersionParams = ZCallApplicationParams.extend({ versionNo: z.coerce.number().int().positive() });
