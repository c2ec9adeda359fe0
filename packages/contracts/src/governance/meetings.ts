/**
 * The principals' joint meeting (校长联席会议, 章程第五、八、九条): agenda, attendance, one vote per member unit
 * (第十七条) with 同意/反对/弃权, results computed by the charter's rule, minutes and the register of resolutions.
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate } from '../common.js';
import { defineErrors } from '../errors.js';
import { ZQuorum, ZVoteThreshold } from '../governance-rules.js';
import type { Bilingual } from '../i18n.js';
import { ZCharterAmendmentProposal } from './charter.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const AGENDA_ITEM_KINDS = {
  motion: l('一般议题', 'Motion'),
  admission: l('成员加入', 'Admission of a member'),
  withdrawal: l('成员退出', 'Withdrawal of a member'),
  expulsion: l('成员除名', 'Expulsion of a member'),
  plan_approval: l('发展规划与年度计划审议', 'Plan approval'),
  budget_approval: l('年度经费预算审议', 'Budget approval'),
  charter_amendment: l('章程修改', 'Charter amendment'),
  termination: l('联盟终止', 'Termination'),
  appointment: l('任命', 'Appointment'),
} as const;
export type AgendaItemKind = keyof typeof AGENDA_ITEM_KINDS;
export const AGENDA_ITEM_KIND_NAMES = Object.keys(AGENDA_ITEM_KINDS) as [AgendaItemKind, ...AgendaItemKind[]];
/** Membership items are put on the agenda by the membership workflows, never typed in by hand. */
export const MANUAL_AGENDA_ITEM_KINDS = [
  'motion',
  'plan_approval',
  'budget_approval',
  'charter_amendment',
  'termination',
  'appointment',
] as const satisfies readonly AgendaItemKind[];

export const ATTENDANCE_STATUSES = {
  present: l('出席', 'Present'),
  excused: l('请假', 'Excused'),
  unexcused: l('无故缺席', 'Absent without excuse'),
} as const;
export type AttendanceStatus = keyof typeof ATTENDANCE_STATUSES;
export const ATTENDANCE_STATUS_NAMES = Object.keys(ATTENDANCE_STATUSES) as [AttendanceStatus, ...AttendanceStatus[]];

/** 章程第六条: the meeting is formed of each member school's principal or the vice-principal in charge. */
export const REPRESENTATIVE_ROLES = {
  principal: l('校长', 'Principal'),
  vice_principal: l('分管副校长', 'Vice-principal in charge'),
  other: l('其他负责人', 'Other head of the unit'),
} as const;
export type RepresentativeRole = keyof typeof REPRESENTATIVE_ROLES;
export const REPRESENTATIVE_ROLE_NAMES = Object.keys(REPRESENTATIVE_ROLES) as [RepresentativeRole, ...RepresentativeRole[]];

export const VOTE_CHOICES = { yes: l('同意', 'Yes'), no: l('反对', 'No'), abstain: l('弃权', 'Abstain') } as const;
export type VoteChoice = keyof typeof VOTE_CHOICES;
export const VOTE_CHOICE_NAMES = Object.keys(VOTE_CHOICES) as [VoteChoice, ...VoteChoice[]];

export const VOTE_STATUSES = ['pending', 'open', 'closed'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];
export const MEETING_STATUSES = ['scheduled', 'concluded'] as const;
export const MINUTES_STATUSES = ['none', 'draft', 'approved', 'published'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const ZMeetingParams = z.object({ id: z.uuid(), meetingId: z.uuid() });
export const ZAgendaItemParams = ZMeetingParams.extend({ itemId: z.uuid() });

export const ZMeetingInput = z.object({
  title: requiredText(100),
  heldOn: ZIsoDate,
  location: optionalText(200),
});
export type TMeetingInput = z.infer<typeof ZMeetingInput>;

export const ZAgendaItemInput = z.object({
  kind: z.enum(MANUAL_AGENDA_ITEM_KINDS),
  title: requiredText(200),
  description: optionalText(5000),
  /** Required for a charter amendment: the settings (and text) the meeting is asked to adopt. */
  amendment: ZCharterAmendmentProposal.optional(),
});
export type TAgendaItemInput = z.infer<typeof ZAgendaItemInput>;

export const ZAttendanceEntry = z.object({
  orgId: z.uuid(),
  status: z.enum(ATTENDANCE_STATUS_NAMES),
  representativeName: optionalText(40),
  representativeRole: z.enum(REPRESENTATIVE_ROLE_NAMES).optional(),
  note: optionalText(200),
});
export const ZAttendanceInput = z.object({ entries: z.array(ZAttendanceEntry).min(1).max(2000) });
export type TAttendanceInput = z.infer<typeof ZAttendanceInput>;

export const ZBallotInput = z.object({ orgId: z.uuid(), choice: z.enum(VOTE_CHOICE_NAMES) });
export type TBallotInput = z.infer<typeof ZBallotInput>;

export const ZMinutesInput = z.object({ text: requiredText(50_000), version: z.number().int().positive() });
export type TMinutesInput = z.infer<typeof ZMinutesInput>;
export const ZVersionInput = z.object({ version: z.number().int().positive() });

export const ZVoteResult = z.object({
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  entitled: z.number().int(),
  present: z.number().int(),
  required: z.number().int(),
  passed: z.boolean(),
  /** The rule and the counts in words, in the request's language. */
  explanation: z.string(),
});
export type TVoteResult = z.infer<typeof ZVoteResult>;

const ZNamedOrg = z.object({ id: z.string(), name: z.string() });
/** A paper ballot the secretariat recorded, or a vote the member's representative entered. */
const ZCastVia = z.enum(['representative', 'paper']);

/** A ballot of one of the caller's own units: what its representative needs to know that it has voted. */
export const ZOwnBallot = z.object({
  orgId: z.string(),
  choice: z.enum(VOTE_CHOICE_NAMES),
  castVia: ZCastVia,
  castAt: z.string(),
});
export type TOwnBallot = z.infer<typeof ZOwnBallot>;

export const ZAgendaItem = z.object({
  id: z.string(),
  meetingId: z.string(),
  position: z.number().int(),
  kind: z.enum(AGENDA_ITEM_KIND_NAMES),
  title: z.string(),
  description: z.string().nullable(),
  subjectOrg: ZNamedOrg.nullable(),
  amendment: ZCharterAmendmentProposal.nullable(),
  voteStatus: z.enum(VOTE_STATUSES),
  /** The rule in force for this item: the charter's at opening, fixed from then on. */
  threshold: ZVoteThreshold.nullable(),
  quorum: ZQuorum.nullable(),
  ruleText: z.string(),
  voteOpenedAt: z.string().nullable(),
  voteClosedAt: z.string().nullable(),
  entitledCount: z.number().int().nullable(),
  /** While the vote is open only how many have voted is shown; the split appears at closing. */
  ballotsCast: z.number().int(),
  /**
   * The ballots of the units the caller votes for (abilities.voteFor) — never another unit's while the vote is
   * open, so the split stays hidden until closing; the charter knows no secret ballot (第十七条: one vote each).
   */
  ownBallots: z.array(ZOwnBallot),
  result: ZVoteResult.nullable(),
  resolutionNo: z.number().int().nullable(),
});
export type TAgendaItem = z.infer<typeof ZAgendaItem>;

export const ZAttendanceRow = z.object({
  org: ZNamedOrg,
  status: z.enum(ATTENDANCE_STATUS_NAMES).nullable(),
  representativeName: z.string().nullable(),
  representativeRole: z.enum(REPRESENTATIVE_ROLE_NAMES).nullable(),
  note: z.string().nullable(),
});
export type TAttendanceRow = z.infer<typeof ZAttendanceRow>;

export const ZMeetingSummary = z.object({
  id: z.string(),
  bodyId: z.string(),
  title: z.string(),
  heldOn: z.string(),
  location: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  minutesStatus: z.enum(MINUTES_STATUSES),
  itemCount: z.number().int(),
  version: z.number().int(),
});
export type TMeetingSummary = z.infer<typeof ZMeetingSummary>;

export const ZMeeting = ZMeetingSummary.extend({
  minutesText: z.string().nullable(),
  minutesApprovedOn: z.string().nullable(),
  minutesPublishedAt: z.string().nullable(),
  items: z.array(ZAgendaItem),
  attendance: z.array(ZAttendanceRow),
  abilities: z.object({ manage: z.boolean(), voteFor: z.array(z.string()) }),
});
export type TMeeting = z.infer<typeof ZMeeting>;

export const ZBallot = z.object({
  itemId: z.string(),
  org: ZNamedOrg,
  choice: z.enum(VOTE_CHOICE_NAMES),
  castVia: ZCastVia,
  castAt: z.string(),
});
export type TBallot = z.infer<typeof ZBallot>;

export const ZResolution = z.object({
  itemId: z.string(),
  meeting: z.object({ id: z.string(), title: z.string(), heldOn: z.string() }),
  kind: z.enum(AGENDA_ITEM_KIND_NAMES),
  title: z.string(),
  subjectOrg: ZNamedOrg.nullable(),
  resolutionNo: z.number().int().nullable(),
  result: ZVoteResult,
  ruleText: z.string(),
  closedAt: z.string(),
});
export type TResolution = z.infer<typeof ZResolution>;

export const ZResolutionQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const MEETING_ERRORS = defineErrors({
  MEETING_CONCLUDED: {
    status: 409,
    message: {
      'zh-CN': '会议“{title}”已结束，不能再修改议程、出席或表决；如需审议，请安排新的会议',
      'en-US': 'The meeting “{title}” has concluded; agenda, attendance and votes are closed. Schedule a new meeting',
    },
  },
  MEETING_NONE_SCHEDULED: {
    status: 409,
    message: {
      'zh-CN': '没有待召开的校长联席会议，请先安排下一次会议，再提交审议',
      'en-US': 'No joint meeting is scheduled; schedule the next meeting first, then put the matter on its agenda',
    },
  },
  MEETING_NOTICE_NO_AGENDA: {
    status: 409,
    message: {
      'zh-CN': '会议「{title}」还没有议题：请先添加议题，再发出会议通知',
      'en-US': 'The meeting “{title}” has no agenda yet: add its items, then send the notice',
    },
  },
  MEETING_NOTICE_PAST: {
    status: 409,
    message: {
      'zh-CN': '会议「{title}」的日期 {heldOn} 已过，不能再发出会议通知',
      'en-US': 'The meeting “{title}” was on {heldOn}; a notice can no longer be sent',
    },
  },
  MEETING_HAS_OPEN_VOTES: {
    status: 409,
    message: {
      'zh-CN': '还有 {count} 个议题正在表决，请先结束表决再结束会议',
      'en-US': '{count} votes are still open; close them before concluding the meeting',
    },
  },
  AGENDA_AMENDMENT_REQUIRED: {
    status: 400,
    message: {
      'zh-CN': '章程修改议题须附上拟修改后的章程参数，请填写后再提交',
      'en-US': 'A charter-amendment item must carry the proposed charter settings; fill them in and resubmit',
    },
  },
  VOTE_NOT_PENDING: {
    status: 409,
    message: {
      'zh-CN': '议题“{title}”的表决已{state}，不能再次开启',
      'en-US': 'The vote on “{title}” is already {state}; it cannot be opened again',
    },
  },
  VOTE_NOT_OPEN: {
    status: 409,
    message: {
      'zh-CN': '议题“{title}”当前不在表决中（{state}），请在秘书处开启表决后再投票',
      'en-US': 'The vote on “{title}” is not open ({state}); vote once the secretariat opens it',
    },
  },
  VOTE_ALREADY_CAST: {
    status: 409,
    message: {
      'zh-CN': '“{org}”已就该议题投过票（每个成员单位一票，章程第十七条），不能重复投票',
      'en-US': '“{org}” has already voted on this item (one vote per member unit, charter art. 17)',
    },
  },
  VOTE_NOT_ENTITLED: {
    status: 403,
    message: {
      'zh-CN': '“{org}”在该议题开启表决时不是成员单位，不参加本次表决',
      'en-US': '“{org}” was not a member unit when this vote opened and does not vote in it',
    },
  },
  VOTE_NOT_PRESENT: {
    status: 409,
    message: {
      'zh-CN': '“{org}”未登记为出席本次会议，请秘书处先登记出席（校长或分管副校长）再投票',
      'en-US': '“{org}” is not recorded as present; the secretariat must record its attendance before it votes',
    },
  },
  ATTENDANCE_NOT_MEMBER: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是会议日期时的成员单位，无需登记出席',
      'en-US': '“{org}” is not a member unit on the meeting date; its attendance is not recorded',
    },
  },
  MINUTES_STATE: {
    status: 409,
    message: {
      'zh-CN': '会议纪要当前为“{state}”，不能{action}；请按 起草 → 审定 → 发布 的顺序办理',
      'en-US': 'The minutes are “{state}” and cannot be {action}; follow draft → approve → publish',
    },
  },
});

export const MEETING_LABELS: Record<string, Bilingual> = {
  heldOn: l('会议日期', 'Meeting date'),
  location: l('会议地点', 'Location'),
  entries: l('出席登记', 'Attendance entries'),
  status: l('状态', 'Status'),
  representativeName: l('出席代表姓名', 'Representative'),
  representativeRole: l('出席代表身份', 'Representative’s position'),
  choice: l('表决意见', 'Vote'),
  amendment: l('章程修改方案', 'Proposed amendment'),
  meetingId: l('会议', 'Meeting'),
  itemId: l('议题', 'Agenda item'),
};
