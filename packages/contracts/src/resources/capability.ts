/**
 * "Who can train X" (docs/sources.md §9 R2: find the schools that can train X, answered from majors + bases + partners): the
 * members of a body ranked for a major, a major class or free words, each with the evidence that placed it there.
 */
import { z } from 'zod';
import type { Bilingual } from '../i18n.js';
import { ZMajorCode } from '../talent/demand-supply.js';
import { RESOURCE_KIND_NAMES } from './database.js';
import { ZMajorClassCode } from './survey.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** What a piece of evidence says about the member, relative to what was asked for. */
export const CAPABILITY_REASONS = {
  offersMajor: l('开设该专业', 'Offers the major'),
  offersRelatedMajor: l('开设同类专业', 'Offers a major of the same class'),
  base: l('实训基地', 'Training base'),
  course: l('开放课程', 'Open course'),
  partner: l('合作企业', 'Enterprise partner'),
} as const;
export type CapabilityReasonKind = keyof typeof CAPABILITY_REASONS;
export const CAPABILITY_REASON_NAMES = Object.keys(CAPABILITY_REASONS) as [CapabilityReasonKind, ...CapabilityReasonKind[]];

export const ZCapabilityQuery = z
  .object({
    majorCode: ZMajorCode.optional(),
    classCode: ZMajorClassCode.optional(),
    q: z.string().trim().min(1).max(50).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((query) => [query.majorCode, query.classCode, query.q].filter(Boolean).length === 1, {
    message: 'i18n:CAPABILITY_ONE_TARGET',
    path: ['majorCode'],
  });
export type TCapabilityQuery = z.infer<typeof ZCapabilityQuery>;

export const ZCapabilityReason = z.object({
  kind: z.enum(CAPABILITY_REASON_NAMES),
  entryKind: z.enum(RESOURCE_KIND_NAMES),
  title: z.string(),
  summary: z.string(),
  /** The words of the request this evidence matched (free words, or a partner's fields). */
  matched: z.array(z.string()),
  /** Points it adds to the rank; 0 once that kind of evidence has been counted as often as the rule allows. */
  points: z.number().int(),
});
export type TCapabilityReason = z.infer<typeof ZCapabilityReason>;

export const ZCapableMember = z.object({
  org: z.object({ id: z.string(), name: z.string() }),
  city: z.object({ code: z.string(), name: z.string() }).nullable(),
  rank: z.number().int(),
  points: z.number().int(),
  workstations: z.number().int(),
  reasons: z.array(ZCapabilityReason),
});
export type TCapableMember = z.infer<typeof ZCapableMember>;

export const ZCapabilityResult = z.object({
  /** What was asked for, in words: 数控技术（460103）, 自动化类（4603）, or the free words. */
  target: z.string(),
  items: z.array(ZCapableMember),
  /** Points per piece of evidence and how many of each kind count, as the ranking used them. */
  scoring: z.array(z.object({ kind: z.enum(CAPABILITY_REASON_NAMES), points: z.number().int(), counted: z.number().int() })),
});
export type TCapabilityResult = z.infer<typeof ZCapabilityResult>;
