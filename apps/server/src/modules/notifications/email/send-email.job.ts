/**
 * E-mails one message to one user. The delivery row is written before the send and marked after it: a retried
 * job finds the message already sent and stops, so a message goes out once unless the process dies between the
 * send and the mark (then twice, with the same Message-ID, which mail clients show once).
 */
import { isNotificationKind, type Locale, notificationKindOf, renderNotification } from '@chanjiao/contracts';
import { z } from 'zod';
import { defineJob, type JobContext } from '../../../kernel/jobs/index.js';
import { findNotification } from '../notify.repository.js';
import { mailContacts } from '../preferences/preferences.repository.js';
import * as deliveries from './deliveries.repository.js';
import { sendMail } from './mailer.js';
import { messageMail } from './email-message.js';
import { publicBaseUrl } from './public-url.js';
import { unsubscribeToken } from './unsubscribe-token.js';

export const sendEmailJob = defineJob({
  name: 'notifications.send_email',
  title: { 'zh-CN': '发送消息邮件', 'en-US': 'E-mail a message' },
  payload: z.object({ notificationId: z.uuid(), userId: z.uuid() }),
  retry: { maxAttempts: 6, baseDelaySeconds: 60, maxDelaySeconds: 3600 },
  handler: sendMessageEmail,
});

export function asLocale(value: string): Locale {
  return value === 'en-US' ? 'en-US' : 'zh-CN';
}

/** The web page where one switches e-mails of a kind off, and the address mail clients POST to directly. */
export function unsubscribeUrls(ctx: Pick<JobContext, 'deps'>, userId: string, kind: string) {
  const base = publicBaseUrl(ctx.deps.config);
  const token = encodeURIComponent(unsubscribeToken(ctx.deps.secretKey, userId, kind));
  return {
    page: `${base}/unsubscribe?token=${token}`,
    oneClick: `${base}/api/notifications/unsubscribe/one-click?token=${token}`,
    settings: `${base}/notifications/settings`,
  };
}

/** Sends and records one attempt; a failure is recorded, then thrown so that the runner retries with back-off. */
export async function sendRecorded(ctx: JobContext, deliveryId: string, send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (error) {
    const last = ctx.job.attempt >= ctx.job.maxAttempts;
    await deliveries.recordAttempt(ctx.db, deliveryId, {
      status: last ? 'failed' : 'pending',
      error: String((error as Error).message ?? error).slice(0, 1000),
      at: ctx.now,
    });
    throw error;
  }
  await deliveries.recordAttempt(ctx.db, deliveryId, { status: 'sent', error: null, at: ctx.now });
}

async function sendMessageEmail(ctx: JobContext, payload: { notificationId: string; userId: string }): Promise<void> {
  const smtp = ctx.deps.config.smtp;
  if (!smtp) return;
  const [notification, contacts] = await Promise.all([
    findNotification(ctx.db, payload.notificationId),
    mailContacts(ctx.db, [payload.userId]),
  ]);
  const contact = contacts.get(payload.userId);
  if (!notification || !isNotificationKind(notification.kind) || !contact?.email || contact.disabled) return;
  const delivery = await deliveries.messageDelivery(ctx.db, { ...payload, kind: notification.kind, address: contact.email });
  if (delivery.status === 'sent') return;

  const locale = asLocale(contact.locale);
  const urls = unsubscribeUrls(ctx, contact.id, notification.kind);
  const content = messageMail({
    locale,
    message: {
      ...renderNotification(notification.kind, notification.params, locale),
      url: `${publicBaseUrl(ctx.deps.config)}${notification.linkPath}`,
    },
    kindLabel: notificationKindOf(notification.kind).label[locale],
    unsubscribeUrl: urls.page,
    settingsUrl: urls.settings,
  });
  const host = new URL(publicBaseUrl(ctx.deps.config)).hostname;
  await sendRecorded(ctx, delivery.id, () =>
    sendMail(smtp, {
      to: delivery.address,
      ...content,
      messageId: `<${notification.id}.${contact.id}@${host}>`,
      unsubscribeUrl: urls.oneClick,
    }),
  );
}
