/**
 * Alliance activities (联盟活动, 附件3 二(三)–三, 章程第十七条(三)/第十八条(二)): trainings, observation visits,
 * competitions and the student summer camp. Member units register participants, the secretariat records
 * attendance and outcomes, and each unit's participation per year feeds its member profile.
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate, ZPhone } from '../common.js';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const ACTIVITY_KINDS = {
  training: l('师资培训/研讨', 'Training or seminar'),
  observation: l('观摩学习', 'Observation visit'),
  competition: l('技能竞赛', 'Competition'),
  summer_camp: l('学生夏令营', 'Summer camp'),
  other: l('其他活动', 'Other'),
} as const;
export type ActivityKind = keyof typeof ACTIVITY_KINDS;
export const ACTIVITY_KIND_NAMES = Object.keys(ACTIVITY_KINDS) as [ActivityKind, ...ActivityKind[]];

/** Where an activity stands: read from its dates and today, unless it was cancelled or closed. */
export const ACTIVITY_PHASES = {
  registering: l('报名中', 'Registration open'),
  registration_closed: l('报名已截止', 'Registration closed'),
  under_way: l('进行中', 'Under way'),
  ended: l('已结束，待归档', 'Ended'),
  completed: l('已归档', 'Completed'),
  cancelled: l('已取消', 'Cancelled'),
} as const;
export type ActivityPhase = keyof typeof ACTIVITY_PHASES;
export const ACTIVITY_PHASE_NAMES = Object.keys(ACTIVITY_PHASES) as [ActivityPhase, ...ActivityPhase[]];

export const OUTCOME_KINDS = {
  award: l('获奖', 'Award'),
  certificate: l('证书', 'Certificate'),
  note: l('成果说明', 'Note'),
} as const;
export type OutcomeKind = keyof typeof OUTCOME_KINDS;
export const OUTCOME_KIND_NAMES = Object.keys(OUTCOME_KINDS) as [OutcomeKind, ...OutcomeKind[]];

export const ZActivityParams = z.object({ id: z.uuid(), activityId: z.uuid() });
export const ZActivityParticipantParams = ZActivityParams.extend({ participantId: z.uuid() });
export const ZActivityEvidenceParams = z.object({ id: z.uuid(), fileId: z.uuid() });

const ZCapacity = z.number().int().min(1).max(100000).optional();

export const ZActivityInput = z.object({
  kind: z.enum(ACTIVITY_KIND_NAMES),
  title: requiredText(100),
  summary: optionalText(2000),
  /** The member unit that hosts it; the secretariat organises it when left out. */
  organiserOrgId: z.uuid().optional(),
  startOn: ZIsoDate,
  endOn: ZIsoDate,
  place: optionalText(200),
  registrationDeadline: ZIsoDate,
  capacityPerUnit: ZCapacity,
  capacityTotal: ZCapacity,
});
export type TActivityInput = z.infer<typeof ZActivityInput>;

export const ZActivityStatusInput = z.object({ action: z.enum(['complete', 'cancel']), version: z.number().int().positive() });
export type TActivityStatusInput = z.infer<typeof ZActivityStatusInput>;

export const ZParticipantInput = z.object({ name: requiredText(40), title: requiredText(60), phone: ZPhone });
export const ZRegistrationInput = z.object({
  /** The member unit that sends the participants. */
  orgId: z.uuid(),
  participants: z.array(ZParticipantInput).min(1).max(200),
});
export type TRegistrationInput = z.infer<typeof ZRegistrationInput>;

export const ZActivityAttendanceInput = z.object({
  entries: z
    .array(z.object({ participantId: z.uuid(), attended: z.boolean() }))
    .min(1)
    .max(2000),
});
export type TActivityAttendanceInput = z.infer<typeof ZActivityAttendanceInput>;

export const ZOutcomeInput = z.object({
  kind: z.enum(OUTCOME_KIND_NAMES),
  /** 一等奖, 结业证书 … */
  title: requiredText(100),
  orgId: z.uuid().optional(),
  participantId: z.uuid().optional(),
  note: optionalText(1000),
  evidenceIds: z.array(z.uuid()).max(10).default([]),
});
export type TOutcomeInput = z.infer<typeof ZOutcomeInput>;

export const ZParticipationQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

const ZNamed = z.object({ id: z.string(), name: z.string() });
export const ZActivityEvidence = z.object({ id: z.uuid(), filename: z.string(), size: z.number().int() });
export type TActivityEvidence = z.infer<typeof ZActivityEvidence>;

export const ZActivitySummary = z.object({
  id: z.string(),
  kind: z.enum(ACTIVITY_KIND_NAMES),
  title: z.string(),
  organiser: ZNamed.nullable(),
  startOn: z.string(),
  endOn: z.string(),
  place: z.string().nullable(),
  registrationDeadline: z.string(),
  capacityPerUnit: z.number().int().nullable(),
  capacityTotal: z.number().int().nullable(),
  phase: z.enum(ACTIVITY_PHASE_NAMES),
  registeredCount: z.number().int(),
  unitCount: z.number().int(),
  attendedCount: z.number().int(),
  isGenerated: z.boolean(),
});
export type TActivitySummary = z.infer<typeof ZActivitySummary>;
export const ZActivityList = z.object({ items: z.array(ZActivitySummary), abilities: z.object({ manage: z.boolean() }) });
export type TActivityList = z.infer<typeof ZActivityList>;

export const ZActivityParticipant = z.object({
  id: z.string(),
  org: ZNamed,
  name: z.string(),
  title: z.string(),
  /** Masked (138****5678): 个人信息保护法. */
  phone: z.string().nullable(),
  attended: z.boolean().nullable(),
});
export type TActivityParticipant = z.infer<typeof ZActivityParticipant>;

export const ZActivityOutcome = z.object({
  id: z.string(),
  kind: z.enum(OUTCOME_KIND_NAMES),
  title: z.string(),
  org: ZNamed.nullable(),
  participantName: z.string().nullable(),
  note: z.string().nullable(),
  evidence: z.array(ZActivityEvidence),
});
export type TActivityOutcome = z.infer<typeof ZActivityOutcome>;

export const ZActivity = ZActivitySummary.extend({
  summary: z.string().nullable(),
  participants: z.array(ZActivityParticipant),
  outcomes: z.array(ZActivityOutcome),
  version: z.number().int(),
  abilities: z.object({ manage: z.boolean(), register: z.boolean(), recordAttendance: z.boolean() }),
});
export type TActivity = z.infer<typeof ZActivity>;

/** Activities a unit sent people to, people it registered and who were present, awards it won. */
const ZParticipationCounts = z.object({
  activities: z.number().int(),
  registered: z.number().int(),
  attended: z.number().int(),
  awards: z.number().int(),
});
export type TParticipationCounts = z.infer<typeof ZParticipationCounts>;

export const ZParticipationRow = ZParticipationCounts.extend({ org: ZNamed });
export type TParticipationRow = z.infer<typeof ZParticipationRow>;
export const ZParticipation = z.object({ year: z.number().int(), items: z.array(ZParticipationRow) });
export type TParticipation = z.infer<typeof ZParticipation>;

/**
 * A unit's member profile: its participation in each body it belongs or belonged to, every year together,
 * per kind of activity (every kind listed, zeros included); cancelled activities are not counted.
 */
export const ZOrgParticipation = z.object({
  items: z.array(
    z.object({
      body: ZNamed,
      kinds: z.array(ZParticipationCounts.extend({ kind: z.enum(ACTIVITY_KIND_NAMES) })),
    }),
  ),
});
export type TOrgParticipation = z.infer<typeof ZOrgParticipation>;

export const ACTIVITY_ERRORS = defineErrors({
  ACTIVITY_DATES: {
    status: 400,
    message: {
      'zh-CN': '活动结束日期不能早于开始日期，报名截止日期不能晚于开始日期；请修改后再提交',
      'en-US': 'The end date is before the start date, or the registration deadline is after the start; correct the dates and resubmit',
    },
  },
  ACTIVITY_CAPACITY_ORDER: {
    status: 400,
    message: {
      'zh-CN': '每单位名额（{perUnit}）不能多于总名额（{total}），请修改名额',
      'en-US': 'The places per unit ({perUnit}) exceed the total places ({total}); correct them',
    },
  },
  ACTIVITY_REGISTRATION_CLOSED: {
    status: 409,
    message: {
      'zh-CN': '“{title}”的报名已于 {deadline} 截止（或活动已取消/归档），不能再报名或撤销报名；如需补报请联系秘书处',
      'en-US':
        'Registration for “{title}” closed on {deadline} (or the activity was cancelled or completed); contact the secretariat for late changes',
    },
  },
  ACTIVITY_UNIT_FULL: {
    status: 409,
    message: {
      'zh-CN': '每个成员单位最多报名 {limit} 人，“{org}”已报 {taken} 人，本次最多还能报 {remaining} 人',
      'en-US': 'Each unit may send {limit} people; “{org}” has registered {taken}, so at most {remaining} more',
    },
  },
  ACTIVITY_FULL: {
    status: 409,
    message: {
      'zh-CN': '活动总名额 {limit} 人，已报 {taken} 人，本次最多还能报 {remaining} 人',
      'en-US': 'The activity has {limit} places and {taken} are taken, so at most {remaining} more can register',
    },
  },
  ACTIVITY_NOT_MEMBER: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是本联盟的现有成员单位，不能报名参加联盟活动（章程第十七条(三)）；请先办理加入',
      'en-US':
        '“{org}” is not a current member unit, so it cannot register for alliance activities (charter art. 17(3)); it must join first',
    },
  },
  ACTIVITY_NOT_STARTED: {
    status: 409,
    message: {
      'zh-CN': '活动 {startOn} 才开始，签到和成果须在活动开始后记录',
      'en-US': 'The activity starts on {startOn}; record attendance and outcomes once it has started',
    },
  },
  ACTIVITY_CLOSED: {
    status: 409,
    message: {
      'zh-CN': '活动“{title}”当前为“{phase}”，不能再修改',
      'en-US': 'The activity “{title}” is “{phase}”; it can no longer be changed',
    },
  },
  ACTIVITY_PARTICIPANT_UNKNOWN: {
    status: 409,
    message: {
      'zh-CN': '签到名单中有 {count} 人不是本活动的报名人员，请刷新名单后再提交',
      'en-US': '{count} people in the attendance list are not registered for this activity; reload the list and resubmit',
    },
  },
  ACTIVITY_EVIDENCE_UNKNOWN: {
    status: 409,
    message: {
      'zh-CN': '佐证材料已过期或不是您上传的，请重新上传后再提交',
      'en-US': 'An evidence file has expired or was not uploaded by you; upload it again and resubmit',
    },
  },
});

export const ACTIVITY_LABELS: Record<string, Bilingual> = {
  organiserOrgId: l('承办单位', 'Organising unit'),
  startOn: l('开始日期', 'Start date'),
  endOn: l('结束日期', 'End date'),
  place: l('地点', 'Place'),
  registrationDeadline: l('报名截止日期', 'Registration deadline'),
  capacityPerUnit: l('每单位名额', 'Places per unit'),
  capacityTotal: l('总名额', 'Total places'),
  participants: l('参加人员', 'Participants'),
  participantId: l('参加人员', 'Participant'),
  attended: l('是否到场', 'Attended'),
  evidenceIds: l('佐证材料', 'Evidence'),
};
