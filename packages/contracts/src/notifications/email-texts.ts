/** The frame around a message in an e-mail, in both languages; `{name}` placeholders are filled by the server. */
import type { Bilingual } from '../i18n.js';

export const EMAIL_TEXTS = {
  subjectPrefix: { 'zh-CN': '产教协同平台', 'en-US': 'Chanjiao' },
  open: { 'zh-CN': '查看详情', 'en-US': 'Open it' },
  openHint: { 'zh-CN': '在平台上查看：{url}', 'en-US': 'See it on the platform: {url}' },
  why: {
    'zh-CN': '您收到这封邮件，是因为您在产教协同平台上选择以邮件接收「{kind}」。',
    'en-US': 'You receive this e-mail because you chose to get “{kind}” by e-mail on Chanjiao.',
  },
  unsubscribe: { 'zh-CN': '不再以邮件接收此类消息：{url}', 'en-US': 'Stop e-mails of this kind: {url}' },
  unsubscribeLink: { 'zh-CN': '退订此类邮件', 'en-US': 'Unsubscribe from this kind' },
  settings: { 'zh-CN': '管理全部消息设置：{url}', 'en-US': 'All notification settings: {url}' },
  digestSubject: { 'zh-CN': '{day} 消息摘要：{count} 条未读', 'en-US': 'Digest of {day}: {count} unread messages' },
  digestIntro: {
    'zh-CN': '以下是您选择按每日摘要接收、尚未阅读的消息：',
    'en-US': 'These are the unread messages you chose to receive as a daily digest:',
  },
  digestWhy: {
    'zh-CN': '您收到这封邮件，是因为您选择以每日摘要接收部分消息。',
    'en-US': 'You receive this e-mail because you chose a daily digest for some messages.',
  },
  digestUnsubscribe: {
    'zh-CN': '停止每日摘要（相关消息仍在站内消息中）：{url}',
    'en-US': 'Stop the daily digest (the messages stay in your inbox): {url}',
  },
  digestUnsubscribeLink: { 'zh-CN': '停止每日摘要', 'en-US': 'Stop the daily digest' },
  digestKind: { 'zh-CN': '每日消息摘要', 'en-US': 'Daily digest' },
  settingsLink: { 'zh-CN': '消息设置', 'en-US': 'Notification settings' },
} satisfies Record<string, Bilingual>;
