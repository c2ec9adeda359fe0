/**
 * Bulletins (简报/简讯, 2026 工作计划 附件3 四): member units draft 简讯; the secretariat edits them, gives each
 * published issue its number (第N期) and publishes it with the title block of 简报第1期 (关键词, 报送, 抄送,
 * 印发 date, 拟稿, 核稿). Published bulletins are public; views and shares are counted.
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate } from '../common.js';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const BULLETIN_STATUSES = ['draft', 'submitted', 'published'] as const;
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];
export const BULLETIN_STATUS_LABELS: Record<BulletinStatus, Bilingual> = {
  draft: l('草稿', 'Draft'),
  submitted: l('已报送秘书处', 'Submitted'),
  published: l('已发布', 'Published'),
};

const ZKeywords = z.array(requiredText(20)).max(10);

/** What the drafting member writes. */
export const ZBulletinDraftInput = z.object({
  orgId: z.uuid(),
  subject: requiredText(100),
  /** The headline under the masthead (e.g. "…在沪成立！…当选首届轮值主席单位！"). */
  headline: optionalText(200),
  eventOn: ZIsoDate.optional(),
  content: requiredText(20000),
  keywords: ZKeywords.default([]),
  draftedBy: optionalText(40),
});
export type TBulletinDraftInput = z.infer<typeof ZBulletinDraftInput>;

/** The secretariat edits every field, including the title block, before it publishes. */
export const ZBulletinUpdate = z.object({
  subject: requiredText(100).optional(),
  headline: optionalText(200).nullable(),
  eventOn: ZIsoDate.nullable().optional(),
  content: requiredText(20000).optional(),
  keywords: ZKeywords.optional(),
  draftedBy: optionalText(40).nullable(),
  reviewedBy: optionalText(40).nullable(),
  reportTo: optionalText(200).nullable(),
  copyTo: optionalText(200).nullable(),
  issuer: optionalText(100).nullable(),
  version: z.number().int(),
});
export type TBulletinUpdate = z.infer<typeof ZBulletinUpdate>;

export const ZBulletinPublishInput = z.object({
  /** 印发日期. */
  issuedOn: ZIsoDate,
  version: z.number().int(),
});
export type TBulletinPublishInput = z.infer<typeof ZBulletinPublishInput>;

export const ZBulletinVersion = z.object({ version: z.number().int() });

export const ZBulletin = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  org: z.object({ id: z.uuid(), name: z.string() }),
  status: z.enum(BULLETIN_STATUSES),
  issueNumber: z.number().int().nullable(),
  subject: z.string(),
  headline: z.string().nullable(),
  eventOn: z.string().nullable(),
  content: z.string(),
  keywords: z.array(z.string()),
  reportTo: z.string().nullable(),
  copyTo: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  draftedBy: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  viewCount: z.number().int(),
  shareCount: z.number().int(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), publish: z.boolean() }),
});
export type TBulletin = z.infer<typeof ZBulletin>;

export const ZBulletinListQuery = z.object({
  status: z.enum(BULLETIN_STATUSES).optional(),
});
export const ZBulletinList = z.object({ items: z.array(ZBulletin) });
export type TBulletinList = z.infer<typeof ZBulletinList>;

export const ZBulletinParams = z.object({ id: z.uuid(), bulletinId: z.uuid() });

/** The public page (no sign-in): published bulletins only, without internal fields. */
export const ZPublicBulletin = ZBulletin.pick({
  id: true,
  bodyName: true,
  issueNumber: true,
  subject: true,
  headline: true,
  eventOn: true,
  content: true,
  keywords: true,
  reportTo: true,
  copyTo: true,
  issuer: true,
  issuedOn: true,
  draftedBy: true,
  reviewedBy: true,
  viewCount: true,
  shareCount: true,
}).extend({ org: z.object({ name: z.string() }) });
export type TPublicBulletin = z.infer<typeof ZPublicBulletin>;
export const ZPublicBulletinList = z.object({ items: z.array(ZPublicBulletin), total: z.number().int() });
export type TPublicBulletinList = z.infer<typeof ZPublicBulletinList>;
export const ZPublicBulletinQuery = z.object({
  bodyId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export const ZBulletinCount = z.object({ count: z.number().int() });

export const QUOTA_STATUSES = ['below', 'met', 'above', 'open', 'upcoming', 'not_member'] as const;
export const QUOTA_STATUS_LABELS: Record<(typeof QUOTA_STATUSES)[number], Bilingual> = {
  below: l('未达要求', 'Below'),
  met: l('达到要求', 'Met'),
  above: l('超出要求', 'Above'),
  open: l('本季度进行中', 'Quarter in progress'),
  upcoming: l('未开始', 'Not started'),
  not_member: l('尚未加入', 'Not yet a member'),
};

/** 每季度1-2篇: per member, the count and status of each quarter of the year. */
export const ZBulletinQuarterTable = z.object({
  year: z.number().int(),
  min: z.number().int(),
  max: z.number().int(),
  /** 'default' when the body has no registered charter and the seed charter's 1–2 applies. */
  parameterSource: z.enum(['charter', 'default']),
  quarters: z.array(z.string()),
  rows: z.array(
    z.object({
      org: z.object({ id: z.uuid(), name: z.string() }),
      cells: z.array(z.object({ quarter: z.string(), count: z.number().int(), status: z.enum(QUOTA_STATUSES) })),
    }),
  ),
});
export type TBulletinQuarterTable = z.infer<typeof ZBulletinQuarterTable>;
export const ZBulletinQuarterQuery = z.object({ year: z.coerce.number().int().min(2000).max(2200) });

export const BULLETIN_ERRORS = defineErrors({
  BULLETIN_ORG_NOT_MEMBER: {
    status: 409,
    message: {
      'zh-CN': '“{org}”不是本联盟的在册成员单位，不能以其名义撰写简讯',
      'en-US': '“{org}” is not a current member of this body, so it cannot draft bulletins here',
    },
  },
  BULLETIN_STATE: {
    status: 409,
    message: {
      'zh-CN': '该简讯当前状态为“{status}”，不能{action}',
      'en-US': 'This bulletin is “{status}”, so it cannot be {action}',
    },
  },
});

export const BULLETIN_LABELS: Record<string, Bilingual> = {
  subject: l('标题', 'Title'),
  headline: l('导语标题', 'Headline'),
  eventOn: l('活动时间', 'Event date'),
  content: l('正文', 'Text'),
  keywords: l('关键词', 'Keywords'),
  draftedBy: l('拟稿', 'Drafted by'),
  reviewedBy: l('核稿', 'Reviewed by'),
  reportTo: l('报送', 'Submitted to'),
  copyTo: l('抄送', 'Copied to'),
  issuer: l('印发单位', 'Issued by'),
  issuedOn: l('印发日期', 'Issued on'),
};
