/**
 * Teacher exchange and vocational-experience exchange (师资互派、职业体验互动, docs/sources.md §9 R5; 倡议书 三 "推动区域课程互选、
 * 学分互认、师资互派、职业体验互动"; 章程第十五条(三) 师资培养委员会 "组织教师跨区域实践、校际交流"). A member unit
 * publishes an offer or a request; offers and requests are matched by major class and field; the two members record an
 * agreement, its completion and an evaluation by each side. The totals per member and year feed the quality report.
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate, ZPhone } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { ZMajorClassCode } from './survey.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const EXCHANGE_POST_KINDS = {
  teacher_offer: l('师资派出', 'Teacher offered'),
  teacher_request: l('师资需求', 'Teacher requested'),
  experience: l('职业体验活动', 'Vocational-experience activity'),
} as const;
export type ExchangePostKind = keyof typeof EXCHANGE_POST_KINDS;
export const EXCHANGE_POST_KIND_NAMES = Object.keys(EXCHANGE_POST_KINDS) as [ExchangePostKind, ...ExchangePostKind[]];

export const EXCHANGE_POST_STATUSES = { open: l('征集中', 'Open'), closed: l('已关闭', 'Closed') } as const;
export type ExchangePostStatus = keyof typeof EXCHANGE_POST_STATUSES;

export const AGREEMENT_STATUSES = {
  proposed: l('待对方确认', 'Awaiting the other side'),
  agreed: l('已达成', 'Agreed'),
  carried_out: l('已完成待评价', 'Carried out, awaiting evaluation'),
  completed: l('已完成', 'Completed'),
  cancelled: l('已取消', 'Cancelled'),
} as const;
export type AgreementStatus = keyof typeof AGREEMENT_STATUSES;
export const AGREEMENT_STATUS_NAMES = Object.keys(AGREEMENT_STATUSES) as [AgreementStatus, ...AgreementStatus[]];

/** What a unit does to an agreement after making it. */
export const AGREEMENT_ACTION_NAMES = ['confirm', 'complete', 'evaluate', 'cancel'] as const;
export type AgreementAction = (typeof AGREEMENT_ACTION_NAMES)[number];

export const AGREEMENT_KINDS = { teacher: l('师资互派', 'Teacher exchange'), experience: l('职业体验', 'Vocational experience') } as const;
export type AgreementKind = keyof typeof AGREEMENT_KINDS;

/** The side of an agreement a member unit is on: it sends the teacher (or hosts the activity), or it receives. */
export type AgreementSide = 'sender' | 'receiver';

const ZNamed = z.object({ id: z.string(), name: z.string() });
const ZBilingual = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const days = z.number().int().min(1).max(365);
const hours = z.number().min(0.5).max(2000);
const people = z.number().int().min(1).max(10_000);
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const ZExchangePostInput = z.object({
  kind: z.enum(EXCHANGE_POST_KIND_NAMES),
  title: requiredText(60),
  classCode: ZMajorClassCode,
  /** Field words (领域), separated by 、，or spaces: 数控加工、工业机器人. */
  fields: requiredText(100),
  /** Teacher days offered or asked for; not for an activity. */
  days: days.optional(),
  /** Pupils an activity takes; not for a teacher. */
  capacity: people.optional(),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  description: optionalText(300),
});
export type TExchangePostInput = z.infer<typeof ZExchangePostInput>;

export const ZExchangePost = z.object({
  id: z.string(),
  kind: z.enum(EXCHANGE_POST_KIND_NAMES),
  org: ZNamed,
  title: z.string(),
  classCode: z.string(),
  className: z.string(),
  fields: z.string(),
  days: z.number().nullable(),
  capacity: z.number().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  description: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
  isGenerated: z.boolean(),
});
export type TExchangePost = z.infer<typeof ZExchangePost>;

export const ZExchangeBoardQuery = z.object({
  kind: z.enum(EXCHANGE_POST_KIND_NAMES).optional(),
  classCode: ZMajorClassCode.optional(),
  status: z.enum(['open', 'closed', 'all']).default('open'),
});
export type TExchangeBoardQuery = z.infer<typeof ZExchangeBoardQuery>;
export const ZExchangeBoard = z.object({ items: z.array(ZExchangePost) });

export const ZExchangeMatch = z.object({ post: ZExchangePost, score: z.number(), reasons: z.array(ZBilingual) });
export type TExchangeMatch = z.infer<typeof ZExchangeMatch>;
export const ZMyExchangePosts = z.object({
  items: z.array(z.object({ post: ZExchangePost, matches: z.array(ZExchangeMatch) })),
});
export type TMyExchangePosts = z.infer<typeof ZMyExchangePosts>;

export const ZExchangeOrgParams = z.object({ id: z.uuid(), orgId: z.uuid() });
export const ZExchangePostParams = z.object({ id: z.uuid(), orgId: z.uuid(), postId: z.uuid() });
export const ZAgreementParams = z.object({ id: z.uuid(), orgId: z.uuid(), agreementId: z.uuid() });

/**
 * A teacher agreement pairs an offer with a request (one of them the unit's own); an activity agreement names the
 * visiting school (often a general school outside the alliance) and how many pupils come.
 */
export const ZAgreementInput = z.object({
  offerId: z.uuid(),
  requestId: z.uuid().optional(),
  visitorName: optionalText(60),
  teacherName: optionalText(20),
  teacherPhone: z.preprocess(blankToNull, ZPhone.nullable().optional()),
  place: requiredText(80),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  plannedHours: hours,
  plannedParticipants: people.optional(),
});
export type TAgreementInput = z.infer<typeof ZAgreementInput>;

export const ZAgreementCompletion = z.object({
  actualDays: days,
  actualHours: hours,
  actualParticipants: people.optional(),
  note: optionalText(300),
});
export type TAgreementCompletion = z.infer<typeof ZAgreementCompletion>;

export const ZAgreementEvaluation = z.object({ score: z.number().int().min(1).max(5), comment: requiredText(300) });
export type TAgreementEvaluation = z.infer<typeof ZAgreementEvaluation>;
export const ZAgreementCancel = z.object({ reason: requiredText(200) });

const ZEvaluation = z.object({ score: z.number(), comment: z.string(), at: z.string() }).nullable();

export const ZAgreement = z.object({
  id: z.string(),
  kind: z.enum(['teacher', 'experience']),
  status: z.enum(AGREEMENT_STATUS_NAMES),
  offer: z.object({ id: z.string(), title: z.string() }),
  request: z.object({ id: z.string(), title: z.string() }).nullable(),
  sender: ZNamed,
  receiver: ZNamed.nullable(),
  visitorName: z.string().nullable(),
  teacherName: z.string().nullable(),
  /** Masked in every answer (个人信息保护法). */
  teacherPhone: z.string().nullable(),
  place: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  plannedHours: z.number(),
  plannedParticipants: z.number().nullable(),
  actualDays: z.number().nullable(),
  actualHours: z.number().nullable(),
  actualParticipants: z.number().nullable(),
  completionNote: z.string().nullable(),
  cancelReason: z.string().nullable(),
  senderEvaluation: ZEvaluation,
  receiverEvaluation: ZEvaluation,
  /** The side the asking unit is on, and what it may do now. */
  side: z.enum(['sender', 'receiver']),
  mayConfirm: z.boolean(),
  mayComplete: z.boolean(),
  mayEvaluate: z.boolean(),
  mayCancel: z.boolean(),
  isGenerated: z.boolean(),
});
export type TAgreement = z.infer<typeof ZAgreement>;
export const ZAgreementList = z.object({ items: z.array(ZAgreement) });

export const ZExchangeTotalsQuery = z.object({ year: z.coerce.number().int().min(2020).max(2100) });
export const ZExchangeTotalsRow = z.object({
  org: ZNamed,
  teacherDaysSent: z.number(),
  teacherHoursSent: z.number(),
  teacherDaysReceived: z.number(),
  teacherHoursReceived: z.number(),
  experienceActivities: z.number(),
  experienceParticipants: z.number(),
});
export type TExchangeTotalsRow = z.infer<typeof ZExchangeTotalsRow>;
export const ZExchangeTotals = z.object({ year: z.number(), rows: z.array(ZExchangeTotalsRow) });
export type TExchangeTotals = z.infer<typeof ZExchangeTotals>;
