/**
 * The e-mail of one message, or of a day's digest: a plain-text part and an HTML part saying the same, with the
 * link to the record and the unsubscribe link. Texts come from the kind's templates and EMAIL_TEXTS.
 */
import { EMAIL_TEXTS, interpolate, type Locale } from '@chanjiao/contracts';

export interface RenderedMessage {
  title: string;
  body: string;
  url: string;
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function frameHtml(locale: Locale, inner: string, footer: string[]): string {
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head>`,
    "<body style=\"font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f1f1f;line-height:1.6\">",
    inner,
    `<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 12px"><p style="color:#888;font-size:12px">${footer.join('<br>')}</p>`,
    '</body></html>',
  ].join('');
}

const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;

export function messageMail(options: {
  locale: Locale;
  message: RenderedMessage;
  kindLabel: string;
  unsubscribeUrl: string;
  settingsUrl: string;
}): MailContent {
  const { locale, message, kindLabel, unsubscribeUrl, settingsUrl } = options;
  const t = (key: keyof typeof EMAIL_TEXTS, params: Record<string, unknown> = {}) => interpolate(EMAIL_TEXTS[key][locale], params);
  const text = [
    message.title,
    '',
    message.body,
    '',
    t('openHint', { url: message.url }),
    '',
    '--',
    t('why', { kind: kindLabel }),
    t('unsubscribe', { url: unsubscribeUrl }),
    t('settings', { url: settingsUrl }),
  ].join('\n');
  const html = frameHtml(
    locale,
    `<h2 style="font-size:18px">${escapeHtml(message.title)}</h2><p>${escapeHtml(message.body)}</p>` +
      `<p><a href="${escapeHtml(message.url)}" style="display:inline-block;padding:8px 16px;background:#1677ff;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(t('open'))}</a></p>`,
    [escapeHtml(t('why', { kind: kindLabel })), `${link(unsubscribeUrl, t('unsubscribeLink'))} · ${link(settingsUrl, t('settingsLink'))}`],
  );
  return { subject: `[${t('subjectPrefix')}] ${message.title}`, text, html };
}

export function digestMail(options: {
  locale: Locale;
  day: string;
  messages: RenderedMessage[];
  unsubscribeUrl: string;
  settingsUrl: string;
}): MailContent {
  const { locale, day, messages, unsubscribeUrl, settingsUrl } = options;
  const t = (key: keyof typeof EMAIL_TEXTS, params: Record<string, unknown> = {}) => interpolate(EMAIL_TEXTS[key][locale], params);
  const text = [
    t('digestIntro'),
    '',
    ...messages.flatMap((message, index) => [`${index + 1}. ${message.title}`, `   ${message.body}`, `   ${message.url}`, '']),
    '--',
    t('digestWhy'),
    t('digestUnsubscribe', { url: unsubscribeUrl }),
    t('settings', { url: settingsUrl }),
  ].join('\n');
  const items = messages
    .map(
      (message) =>
        `<li style="margin-bottom:12px">${link(message.url, message.title)}<br><span style="color:#555">${escapeHtml(message.body)}</span></li>`,
    )
    .join('');
  const html = frameHtml(locale, `<p>${escapeHtml(t('digestIntro'))}</p><ol>${items}</ol>`, [
    escapeHtml(t('digestWhy')),
    `${link(unsubscribeUrl, t('digestUnsubscribeLink'))} · ${link(settingsUrl, t('settingsLink'))}`,
  ]);
  return { subject: `[${t('subjectPrefix')}] ${t('digestSubject', { day, count: messages.length })}`, text, html };
}
