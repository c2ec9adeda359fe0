/** The inbox API: messages, unread count, read state, preferences, unsubscribe. */
import { z } from 'zod';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';
import { DELIVERY_CHANNELS, NOTIFICATION_MODULES } from './kind-definition.js';

export const ZNotificationModule = z.enum(NOTIFICATION_MODULES);
export const ZDeliveryChannel = z.enum(DELIVERY_CHANNELS);
export type TNotificationModule = z.infer<typeof ZNotificationModule>;
export type TDeliveryChannel = z.infer<typeof ZDeliveryChannel>;

export const ZInboxItem = z.object({
  id: z.uuid(),
  kind: z.string(),
  module: ZNotificationModule,
  title: z.string(),
  body: z.string(),
  /** The web page of the record the message is about. */
  link: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  read: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type TInboxItem = z.infer<typeof ZInboxItem>;

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const ZInboxQuery = z.object({
  unread: booleanQuery.optional(),
  module: ZNotificationModule.optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type TInboxQuery = z.output<typeof ZInboxQuery>;

export const ZInboxPage = z.object({ items: z.array(ZInboxItem), nextCursor: z.string().nullable() });
export type TInboxPage = z.infer<typeof ZInboxPage>;

export const ZUnreadCount = z.object({ unread: z.number().int() });
export type TUnreadCount = z.infer<typeof ZUnreadCount>;

export const ZInboxItemParams = z.object({ id: z.uuid() });
export const ZReadStateBody = z.object({ read: z.boolean() });
export const ZMarkAllReadBody = z.object({ module: ZNotificationModule.optional() });
export const ZMarkedCount = z.object({ updated: z.number().int() });

export const ZKindPreference = z.object({
  kind: z.string(),
  module: ZNotificationModule,
  label: z.string(),
  channel: ZDeliveryChannel,
  defaultChannel: ZDeliveryChannel,
});
export type TKindPreference = z.infer<typeof ZKindPreference>;

export const ZNotificationSettings = z.object({
  /** False when the platform has no SMTP server configured: the inbox alone works. */
  emailEnabled: z.boolean(),
  /** The user's own address (shown unmasked to the user); null when none is set. */
  email: z.string().nullable(),
  emailLocale: z.enum(['zh-CN', 'en-US']),
  kinds: z.array(ZKindPreference),
});
export type TNotificationSettings = z.infer<typeof ZNotificationSettings>;

export const ZNotificationSettingsUpdate = z.object({
  email: z
    .preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), z.email().max(200).nullable())
    .optional(),
  emailLocale: z.enum(['zh-CN', 'en-US']).optional(),
  channels: z.record(z.string(), ZDeliveryChannel).optional(),
});
export type TNotificationSettingsUpdate = z.output<typeof ZNotificationSettingsUpdate>;

const ZUnsubscribeToken = z.string().min(10).max(500);
export const ZUnsubscribeBody = z.object({ token: ZUnsubscribeToken });
/** The same token in an unsubscribe link's query string (query schemas stay inline in the API document). */
export const ZUnsubscribeQuery = z.object({ token: ZUnsubscribeToken });
export const ZUnsubscribeResult = z.object({ kindLabel: z.string(), username: z.string() });
export type TUnsubscribeResult = z.infer<typeof ZUnsubscribeResult>;

export const ZEmailDelivery = z.object({
  id: z.uuid(),
  username: z.string(),
  /** Masked: the platform administrator sees where, not whom in full. */
  address: z.string(),
  kindLabel: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type TEmailDelivery = z.infer<typeof ZEmailDelivery>;
export const ZEmailDeliveryPage = z.object({ items: z.array(ZEmailDelivery), total: z.number().int() });
export type TEmailDeliveryPage = z.infer<typeof ZEmailDeliveryPage>;

export const NOTIFICATION_MODULE_LABELS: Record<(typeof NOTIFICATION_MODULES)[number], Bilingual> = {
  accounts: { 'zh-CN': '账号与安全', 'en-US': 'Account and security' },
  governance: { 'zh-CN': '联盟治理', 'en-US': 'Governance' },
  selection: { 'zh-CN': '遴选评审', 'en-US': 'Selection' },
  reports: { 'zh-CN': '质量年报', 'en-US': 'Quality reports' },
  talent: { 'zh-CN': '人才供需', 'en-US': 'Talent exchange' },
  resources: { 'zh-CN': '资源共享', 'en-US': 'Shared resources' },
  system: { 'zh-CN': '平台运行', 'en-US': 'Platform' },
};

export const NOTIFICATION_ERRORS = defineErrors({
  NOTIFICATION_KIND_UNKNOWN: {
    status: 400,
    message: {
      'zh-CN': '没有名为「{kind}」的消息类别，请刷新页面后重新设置',
      'en-US': 'There is no message kind “{kind}”; reload the page and set it again',
    },
  },
  EMAIL_REQUIRED_FOR_CHANNEL: {
    status: 400,
    message: {
      'zh-CN': '要通过邮件接收「{kind}」，请先在上方填写您的电子邮箱',
      'en-US': 'To receive “{kind}” by e-mail, first enter your e-mail address above',
    },
  },
  UNSUBSCRIBE_LINK_INVALID: {
    status: 400,
    message: {
      'zh-CN': '退订链接无效或不完整，请从邮件中完整复制链接，或登录后在「消息设置」中修改',
      'en-US':
        'The unsubscribe link is invalid or incomplete; copy the whole link from the e-mail, or sign in and change it under notification settings',
    },
  },
});

export const NOTIFICATION_LABELS: Record<string, Bilingual> = {
  emailLocale: { 'zh-CN': '邮件语言', 'en-US': 'E-mail language' },
  channels: { 'zh-CN': '接收方式', 'en-US': 'Delivery' },
  token: { 'zh-CN': '退订链接', 'en-US': 'Unsubscribe link' },
  unread: { 'zh-CN': '仅未读', 'en-US': 'Unread only' },
  module: { 'zh-CN': '模块', 'en-US': 'Module' },
  cursor: { 'zh-CN': '分页位置', 'en-US': 'Page position' },
  read: { 'zh-CN': '已读', 'en-US': 'Read' },
};
