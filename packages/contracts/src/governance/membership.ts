/**
 * Joining (章程第十六、十九条), withdrawal (第二十条) and expulsion (第二十一条) of member units, the numbered
 * 《联盟成员证书》 and the public notices that withdrawal and expulsion publish.
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate, ZPhone } from '../common.js';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const ZCaseParams = z.object({ id: z.uuid(), caseId: z.uuid() });

/** 章程第十六条 (一)–(四), each affirmed by the applicant, with the facts behind (三). */
export const ZQualifications = z.object({
  /** (一) registered in China with independent legal-person status. */
  registeredLegalPerson: z.boolean(),
  /** (二) endorses the alliance's ideas and charter and joins voluntarily. */
  endorsesCharter: z.boolean(),
  /** (三) school scale and provincial-level quality majors, or sector influence / coordination capacity. */
  capacity: z.boolean(),
  capacityStatement: requiredText(1000),
  /** (四) willing to take part in the alliance's cooperation projects. */
  willingToCooperate: z.boolean(),
});
export type TQualifications = z.infer<typeof ZQualifications>;

export const ZJoinApplicationInput = z.object({
  orgId: z.uuid(),
  /** The legal-person status as registered, e.g. 事业单位法人（事证号…）. */
  legalPersonStatus: requiredText(200),
  qualifications: ZQualifications,
  reasons: requiredText(2000),
  contactName: requiredText(40),
  contactTitle: optionalText(60),
  contactPhone: ZPhone,
  contactEmail: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.email().trim().max(200).optional(),
  ),
});
export type TJoinApplicationInput = z.infer<typeof ZJoinApplicationInput>;

export const JOIN_APPLICATION_STATUSES = {
  submitted: l('待初审', 'Awaiting review'),
  rejected: l('初审未通过', 'Rejected at review'),
  on_agenda: l('待会议表决', 'On the meeting agenda'),
  admitted: l('已加入', 'Admitted'),
  not_admitted: l('会议未通过', 'Not admitted by the meeting'),
} as const;
export type JoinApplicationStatus = keyof typeof JOIN_APPLICATION_STATUSES;
export const JOIN_APPLICATION_STATUS_NAMES = Object.keys(JOIN_APPLICATION_STATUSES) as [JoinApplicationStatus, ...JoinApplicationStatus[]];

export const ZJoinApplicationReview = z.discriminatedUnion('decision', [
  /** Approve to the agenda of a scheduled meeting (the next one when none is named). */
  z.object({ decision: z.literal('approve'), meetingId: z.uuid().optional(), version: z.number().int().positive() }),
  z.object({ decision: z.literal('reject'), reason: requiredText(1000), version: z.number().int().positive() }),
]);
export type TJoinApplicationReview = z.infer<typeof ZJoinApplicationReview>;

const ZNamedRef = z.object({ id: z.string(), name: z.string() });

export const ZJoinApplication = z.object({
  id: z.string(),
  body: ZNamedRef,
  org: ZNamedRef,
  status: z.enum(JOIN_APPLICATION_STATUS_NAMES),
  legalPersonStatus: z.string(),
  qualifications: ZQualifications,
  reasons: z.string(),
  contactName: z.string(),
  contactTitle: z.string().nullable(),
  /** Masked in lists (个人信息保护法). */
  contactPhone: z.string(),
  contactEmail: z.string().nullable(),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  /** The reason the applicant is shown when the secretariat rejects the application. */
  rejectionReason: z.string().nullable(),
  meeting: z.object({ id: z.string(), title: z.string(), heldOn: z.string() }).nullable(),
  decidedOn: z.string().nullable(),
  certificateId: z.string().nullable(),
  version: z.number().int(),
});
export type TJoinApplication = z.infer<typeof ZJoinApplication>;

export const ZWithdrawalInput = z.object({
  orgId: z.uuid(),
  /** The written application (书面退会申请). */
  letter: requiredText(2000),
  intendedOn: ZIsoDate,
});
export type TWithdrawalInput = z.infer<typeof ZWithdrawalInput>;

export const WITHDRAWAL_STATUSES = {
  submitted: l('待确认收到', 'Awaiting receipt'),
  receipt_confirmed: l('已确认收到，待审核', 'Received, awaiting review'),
  on_agenda: l('待会议审议', 'On the meeting agenda'),
  approved: l('会议已批准，待办结', 'Approved, to be completed'),
  not_approved: l('会议未批准', 'Not approved'),
  completed: l('已退会', 'Withdrawn'),
} as const;
export type WithdrawalStatus = keyof typeof WITHDRAWAL_STATUSES;
export const WITHDRAWAL_STATUS_NAMES = Object.keys(WITHDRAWAL_STATUSES) as [WithdrawalStatus, ...WithdrawalStatus[]];

export const ZReceiptInput = z.object({ receivedOn: ZIsoDate, version: z.number().int().positive() });
export const ZCaseToAgendaInput = z.object({ meetingId: z.uuid().optional(), version: z.number().int().positive() });
export const ZWithdrawalCompletion = z.object({
  certificateReturnedOn: ZIsoDate,
  version: z.number().int().positive(),
});

export const ZHandoverProject = z.object({ id: z.string(), name: z.string(), role: z.string(), status: z.string() });
export type THandoverProject = z.infer<typeof ZHandoverProject>;

export const ZWithdrawal = z.object({
  id: z.string(),
  body: ZNamedRef,
  org: ZNamedRef,
  status: z.enum(WITHDRAWAL_STATUS_NAMES),
  letter: z.string(),
  intendedOn: z.string(),
  submittedAt: z.string(),
  receiptConfirmedOn: z.string().nullable(),
  /** 章程第二十条(一) with 民法典第二百零一、二百零二条: the first day the withdrawal may take effect. */
  earliestEffectiveOn: z.string().nullable(),
  earliestExplanation: z.string().nullable(),
  meeting: z.object({ id: z.string(), title: z.string(), heldOn: z.string() }).nullable(),
  decidedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  certificateReturnedOn: z.string().nullable(),
  noticeId: z.string().nullable(),
  /** Cooperation projects the member leads or takes part in, to hand over (章程第二十条(三)). */
  handover: z.array(ZHandoverProject),
  version: z.number().int(),
});
export type TWithdrawal = z.infer<typeof ZWithdrawal>;

/** 章程第二十一条 (一)–(四); (五) is the ban that follows. */
export const EXPULSION_GROUNDS = {
  1: l('违反章程或法律法规，损害联盟或其他成员声誉与利益，经劝告拒不改正', 'Breach of the charter or law, uncorrected after warning'),
  2: l('连续无故不参加或不派代表参加联盟会议', 'Consecutive unexcused absences from meetings'),
  3: l('不履行成员义务', 'Failure to fulfil member obligations'),
  4: l('提供虚假信息、隐瞒重要事实，影响联盟工作', 'False information or concealed facts'),
} as const;
export const ZExpulsionGround = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type ExpulsionGround = z.infer<typeof ZExpulsionGround>;

export const ZExpulsionInput = z.object({ orgId: z.uuid(), ground: ZExpulsionGround, facts: requiredText(2000) });
export type TExpulsionInput = z.infer<typeof ZExpulsionInput>;
export const ZDismissInput = z.object({ reason: requiredText(500), version: z.number().int().positive() });

export const EXPULSION_STATUSES = {
  proposed: l('已提议', 'Proposed'),
  on_agenda: l('待会议表决', 'On the meeting agenda'),
  expelled: l('已除名', 'Expelled'),
  not_expelled: l('会议未通过', 'Not expelled'),
  dismissed: l('已撤回', 'Withdrawn'),
} as const;
export type ExpulsionStatus = keyof typeof EXPULSION_STATUSES;
export const EXPULSION_STATUS_NAMES = Object.keys(EXPULSION_STATUSES) as [ExpulsionStatus, ...ExpulsionStatus[]];

export const ZExpulsion = z.object({
  id: z.string(),
  body: ZNamedRef,
  org: ZNamedRef,
  ground: ZExpulsionGround,
  facts: z.string(),
  /** Proposed by the system from attendance (ground 2), with the meetings of the run as evidence. */
  isAutomatic: z.boolean(),
  evidenceMeetings: z.array(z.object({ id: z.string(), title: z.string(), heldOn: z.string() })),
  status: z.enum(EXPULSION_STATUS_NAMES),
  proposedAt: z.string(),
  meeting: z.object({ id: z.string(), title: z.string(), heldOn: z.string() }).nullable(),
  decidedOn: z.string().nullable(),
  banEndsOn: z.string().nullable(),
  dismissReason: z.string().nullable(),
  noticeId: z.string().nullable(),
  version: z.number().int(),
});
export type TExpulsion = z.infer<typeof ZExpulsion>;

export const ZCertificate = z.object({
  id: z.string(),
  bodyId: z.string(),
  org: ZNamedRef,
  number: z.string(),
  issuedOn: z.string(),
  returnedOn: z.string().nullable(),
});
export type TCertificate = z.infer<typeof ZCertificate>;
export const ZCertificateParams = z.object({ id: z.uuid(), certificateId: z.uuid() });
export const ZFoundingCertificateInput = z.object({ orgId: z.uuid() });
export const ZIssuedCertificates = z.object({ items: z.array(ZCertificate) });

export const NOTICE_KINDS = { withdrawal: l('退会公示', 'Withdrawal notice'), expulsion: l('除名公示', 'Expulsion notice') } as const;
export const ZNotice = z.object({
  id: z.string(),
  bodyId: z.string(),
  kind: z.enum(['withdrawal', 'expulsion']),
  org: ZNamedRef,
  title: z.string(),
  text: z.string(),
  publishedOn: z.string(),
});
export type TNotice = z.infer<typeof ZNotice>;

/** One organisation's cases in every body, for its representative. */
export const ZOrgGovernanceCases = z.object({
  applications: z.array(ZJoinApplication),
  withdrawals: z.array(ZWithdrawal),
  certificates: z.array(ZCertificate.extend({ bodyName: z.string() })),
});
export type TOrgGovernanceCases = z.infer<typeof ZOrgGovernanceCases>;

export const ZMembershipQueues = z.object({
  applications: z.array(ZJoinApplication),
  withdrawals: z.array(ZWithdrawal),
  expulsions: z.array(ZExpulsion),
  certificates: z.array(ZCertificate),
  /** Current founding units (members by right, no application) that hold no valid certificate yet. */
  foundingWithoutCertificate: z.array(ZNamedRef),
});
export type TMembershipQueues = z.infer<typeof ZMembershipQueues>;

export const MEMBERSHIP_ERRORS = defineErrors({
  APPLICATION_ALREADY_MEMBER: {
    status: 409,
    message: {
      'zh-CN': '“{org}”自 {since} 起已是成员单位，无需申请加入',
      'en-US': '“{org}” has been a member since {since}; it need not apply',
    },
  },
  APPLICATION_PENDING: {
    status: 409,
    message: {
      'zh-CN': '“{org}”已有一份加入申请在办理中（{state}），请等待结果，勿重复提交',
      'en-US': '“{org}” already has an application in progress ({state}); wait for its outcome instead of applying again',
    },
  },
  APPLICATION_BANNED: {
    status: 409,
    message: {
      'zh-CN': '“{org}”于 {expelledOn} 被除名，依章程第二十一条(五) {banEndsOn} 前不得再次申请加入；请于 {mayApplyFrom} 起再申请',
      'en-US':
        '“{org}” was expelled on {expelledOn}; under charter art. 21(5) it may not apply until after {banEndsOn}. Apply from {mayApplyFrom}',
    },
  },
  APPLICATION_QUALIFICATION_MISSING: {
    status: 400,
    message: {
      'zh-CN': '加入申请须符合章程第十六条的全部基本条件，尚未确认：{missing}',
      'en-US': 'An application must meet every condition of charter art. 16; not yet affirmed: {missing}',
    },
  },
  CASE_STATE: {
    status: 409,
    message: {
      'zh-CN': '该事项当前为“{state}”，不能{action}',
      'en-US': 'This case is “{state}” and cannot be {action}',
    },
  },
  WITHDRAWAL_NOT_MEMBER: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是该联盟/联合体的现有成员单位，无需申请退出',
      'en-US': '“{org}” is not a current member of this body; there is nothing to withdraw from',
    },
  },
  WITHDRAWAL_PENDING: {
    status: 409,
    message: {
      'zh-CN': '“{org}”已有一份退会申请在办理中（{state}），请勿重复提交',
      'en-US': '“{org}” already has a withdrawal in progress ({state})',
    },
  },
  WITHDRAWAL_TOO_EARLY: {
    status: 409,
    message: {
      'zh-CN': '退会最早于 {earliest} 生效（章程第二十条：自秘书处书面确认收到申请之日起至少提前{notice}），请于该日或之后办结',
      'en-US':
        'The withdrawal can take effect on {earliest} at the earliest (charter art. 20: {notice} from the written receipt); complete it then',
    },
  },
  RECEIPT_IN_FUTURE: {
    status: 400,
    message: {
      'zh-CN': '确认收到日期 {receivedOn} 晚于今天（{today}）：书面确认只能记录已经收到的日子，请在收到后再确认',
      'en-US':
        'The receipt date {receivedOn} is after today ({today}); a confirmation records a day that has come — confirm once the letter is received',
    },
  },
  RECEIPT_BEFORE_SUBMISSION: {
    status: 400,
    message: {
      'zh-CN': '确认收到日期 {receivedOn} 早于申请提交日期 {submittedOn}，请填写实际收到之日',
      'en-US': 'The receipt date {receivedOn} is before the application was submitted ({submittedOn}); enter the day it was received',
    },
  },
  EXPULSION_NOT_MEMBER: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是该联盟/联合体的现有成员单位，不能提议除名',
      'en-US': '“{org}” is not a current member of this body and cannot be proposed for expulsion',
    },
  },
  EXPULSION_PENDING: {
    status: 409,
    message: {
      'zh-CN': '“{org}”已有一项除名提议在办理中，请在该提议上继续办理',
      'en-US': '“{org}” already has an expulsion proposal in progress; continue with that one',
    },
  },
  CERTIFICATE_EXISTS: {
    status: 409,
    message: {
      'zh-CN': '“{org}”已持有有效的成员证书（{number}），无需重复颁发',
      'en-US': '“{org}” already holds a valid certificate ({number})',
    },
  },
  CERTIFICATE_NOT_FOUNDING: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是现有的发起单位；其他单位的证书在会议表决通过加入时自动颁发',
      'en-US': '“{org}” is not a current founding unit; other members receive their certificate when the meeting admits them',
    },
  },
});

export const MEMBERSHIP_LABELS: Record<string, Bilingual> = {
  legalPersonStatus: l('法人资格', 'Legal-person status'),
  qualifications: l('成员基本条件（章程第十六条）', 'Membership conditions (charter art. 16)'),
  registeredLegalPerson: l('依法注册、具有独立法人资格', 'Registered with independent legal-person status'),
  endorsesCharter: l('认同联盟理念与章程', 'Endorses the charter'),
  capacity: l('具备办学规模与优质专业基础或相应影响力', 'Has the required scale or influence'),
  capacityStatement: l('办学规模与专业基础说明', 'Statement of scale and strengths'),
  willingToCooperate: l('愿意参与联盟合作项目', 'Willing to join cooperation projects'),
  reasons: l('申请理由', 'Reasons'),
  contactName: l('联系人', 'Contact'),
  contactTitle: l('联系人职务', 'Contact’s position'),
  contactPhone: l('联系电话', 'Contact phone'),
  contactEmail: l('联系邮箱', 'Contact e-mail'),
  decision: l('初审意见', 'Review decision'),
  letter: l('书面退会申请', 'Written application'),
  intendedOn: l('拟退会日期', 'Intended withdrawal date'),
  receivedOn: l('书面确认收到日期', 'Date of written receipt'),
  certificateReturnedOn: l('证书交回日期', 'Certificate returned on'),
  ground: l('除名事由', 'Ground for expulsion'),
  facts: l('事实与依据', 'Facts'),
  caseId: l('事项', 'Case'),
  certificateId: l('成员证书', 'Certificate'),
};
