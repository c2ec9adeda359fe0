/**
 * The body's organs (章程第五、十、十二至十五条): the secretariat and its secretary-general, the expert
 * advisory committee, and the standing committees with one 主任 and one 副主任 each, appointed by the joint
 * meeting for a term (2 years, renewable); each committee's annual 工作细则 and its report to the meeting.
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate } from '../common.js';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const OFFICE_KINDS = ['secretariat', 'expert_committee', 'standing_committee'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];
export const OFFICE_KIND_LABELS: Record<OfficeKind, Bilingual> = {
  secretariat: l('秘书处', 'Secretariat'),
  expert_committee: l('专家咨询委员会', 'Expert advisory committee'),
  standing_committee: l('专项工作委员会', 'Standing committee'),
};

export const POSTS = ['secretary_general', 'director', 'deputy_director', 'member'] as const;
export type Post = (typeof POSTS)[number];
export const POST_LABELS: Record<Post, Bilingual> = {
  secretary_general: l('秘书长', 'Secretary-general'),
  director: l('主任', 'Director'),
  deputy_director: l('副主任', 'Deputy director'),
  member: l('委员', 'Member'),
};
/** 第十条: one secretary-general; 第十四条: one 主任 and one 副主任 each; experts are members. */
export const POSTS_OF_KIND: Record<OfficeKind, Post[]> = {
  secretariat: ['secretary_general'],
  expert_committee: ['director', 'member'],
  standing_committee: ['director', 'deputy_director'],
};

export const DOCUMENT_KINDS = ['work_rules', 'annual_report'] as const;
export type OfficeDocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<OfficeDocumentKind, Bilingual> = {
  work_rules: l('年度工作细则', 'Annual working rules'),
  annual_report: l('向校长联席会议的工作报告', 'Report to the joint meeting'),
};

export const TERM_STATES = ['not_started', 'active', 'reminder_due', 'ended'] as const;
export const TERM_STATE_LABELS: Record<(typeof TERM_STATES)[number], Bilingual> = {
  not_started: l('未到任期', 'Not started'),
  active: l('任期内', 'In office'),
  reminder_due: l('即将届满', 'Term ending soon'),
  ended: l('已届满', 'Term ended'),
};

const ZOrgRef = z.object({ id: z.uuid(), name: z.string() });

export const ZAppointment = z.object({
  id: z.uuid(),
  post: z.enum(POSTS),
  holderName: z.string(),
  org: ZOrgRef.nullable(),
  startOn: z.string(),
  appointedBy: z.string(),
  endedOn: z.string().nullable(),
  recordedBy: z.string().nullable(),
});
export type TAppointment = z.infer<typeof ZAppointment>;

/** The current term of a post under 第十四条; null for posts without a term (秘书长, 委员) or never filled. */
export const ZTerm = z.object({
  holderName: z.string(),
  org: ZOrgRef.nullable(),
  startOn: z.string(),
  endsOn: z.string(),
  reminderOn: z.string(),
  termNumber: z.number().int(),
  renewals: z.number().int(),
  state: z.enum(TERM_STATES),
  mayRenew: z.boolean(),
  explanation: z.string(),
});

export const ZOfficeDocument = z.object({
  id: z.uuid(),
  year: z.number().int(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  content: z.string(),
  file: z.object({ id: z.uuid(), filename: z.string() }).nullable(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string(),
});

export const ZOffice = z.object({
  id: z.uuid(),
  kind: z.enum(OFFICE_KINDS),
  name: z.string(),
  duties: z.string().nullable(),
  posts: z.array(
    z.object({
      post: z.enum(POSTS),
      /** Current holders (委员 may be many). */
      holders: z.array(ZAppointment),
      term: ZTerm.nullable(),
    }),
  ),
  history: z.array(ZAppointment),
  documents: z.array(ZOfficeDocument),
});
export type TOffice = z.infer<typeof ZOffice>;

export const ZOfficesView = z.object({
  offices: z.array(ZOffice),
  /** e.g. "任期 2 年，可连任；届满前 60 天提醒" and whether the charter or the default says so. */
  termRule: z.string(),
  parameterSource: z.enum(['charter', 'default']),
  abilities: z.object({ manage: z.boolean() }),
});
export type TOfficesView = z.infer<typeof ZOfficesView>;

export const ZOfficeInput = z.object({
  kind: z.enum(OFFICE_KINDS),
  name: requiredText(60),
  duties: optionalText(2000),
});
export type TOfficeInput = z.infer<typeof ZOfficeInput>;

export const ZAppointmentInput = z.object({
  post: z.enum(POSTS),
  holderName: requiredText(40),
  holderOrgId: z.uuid().optional(),
  startOn: ZIsoDate,
  appointedBy: requiredText(200),
});
export type TAppointmentInput = z.infer<typeof ZAppointmentInput>;

export const ZAppointmentEnd = z.object({ endedOn: ZIsoDate });

export const ZOfficeDocumentInput = z.object({
  year: z.number().int().min(2000).max(2200),
  kind: z.enum(DOCUMENT_KINDS),
  title: requiredText(100),
  content: requiredText(20000),
  fileId: z.uuid().optional(),
});
export type TOfficeDocumentInput = z.infer<typeof ZOfficeDocumentInput>;

export const ZOfficeParams = z.object({ id: z.uuid(), officeId: z.uuid() });
export const ZAppointmentParams = z.object({ id: z.uuid(), officeId: z.uuid(), appointmentId: z.uuid() });
export const ZOfficeFileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
export const ZOfficeUpload = z.object({ id: z.uuid(), filename: z.string(), size: z.number().int() });

export const OFFICE_ERRORS = defineErrors({
  OFFICE_NAME_TAKEN: {
    status: 409,
    message: {
      'zh-CN': '本联盟已有名为“{name}”的机构，请换一个名称',
      'en-US': 'This body already has an organ named “{name}”; choose another name',
    },
  },
  OFFICE_POST_INVALID: {
    status: 409,
    message: {
      'zh-CN': '{office}不设“{post}”职务（章程第十、十四条）；请从该机构的职务中选择',
      'en-US': '{office} has no post “{post}” (charter arts. 10, 14); choose one of its posts',
    },
  },
  OFFICE_POST_OCCUPIED: {
    status: 409,
    message: {
      'zh-CN': '{office}的{post}现由{holder}担任（{endsOn} 届满）；章程第十四条规定各设 1 名，请在届满后任命或先登记其离任',
      'en-US':
        '{office}’s {post} is held by {holder} until {endsOn}; charter art. 14 allows one, so appoint after the term or record the departure first',
    },
  },
  OFFICE_RENEWAL_LIMIT: {
    status: 409,
    message: {
      'zh-CN': '{holder}已连任 {renewals} 次，达到章程规定的上限，不能再次连任',
      'en-US': '{holder} has been renewed {renewals} times, the charter’s limit; no further renewal',
    },
  },
  OFFICE_FILE_UNKNOWN: {
    status: 409,
    message: {
      'zh-CN': '附件已过期或不是您上传的，请重新上传',
      'en-US': 'The attachment has expired or was not uploaded by you; upload it again',
    },
  },
});

export const OFFICE_LABELS: Record<string, Bilingual> = {
  duties: l('职责', 'Duties'),
  post: l('职务', 'Post'),
  holderName: l('姓名', 'Name'),
  holderOrgId: l('所在单位', 'Organisation'),
  startOn: l('任期开始日期', 'Term starts'),
  appointedBy: l('任命依据（会议与决议）', 'Appointed by (meeting and resolution)'),
  endedOn: l('离任日期', 'Left on'),
  fileId: l('附件', 'Attachment'),
};
