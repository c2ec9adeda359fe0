/**
 * The daily digest: every morning at 08:00 (Asia/Shanghai) each user who chose a digest for some kinds gets one
 * e-mail listing those messages still unread. One delivery per user and day; a retried job sends the same list.
 */
import { isNotificationKind, renderNotification } from '@chanjiao/contracts';
import { z } from 'zod';
import { defineJob, defineRecurringJob, enqueueJobs, type JobContext } from '../../../kernel/jobs/index.js';
import { mailContacts } from '../preferences/preferences.repository.js';
import { shanghaiDate } from '../shanghai-day.js';
import * as deliveries from './deliveries.repository.js';
import { digestMail } from './email-message.js';
import { sendMail } from './mailer.js';
import { publicBaseUrl } from './public-url.js';
import { asLocale, sendRecorded, unsubscribeUrls } from './send-email.job.js';
import { DIGEST_TOKEN_KIND } from './unsubscribe-token.js';

export const sendDigestJob = defineJob({
  name: 'notifications.send_digest',
  title: { 'zh-CN': '发送每日消息摘要', 'en-US': 'E-mail a daily digest' },
  payload: z.object({ userId: z.uuid(), day: z.iso.date() }),
  retry: { maxAttempts: 6, baseDelaySeconds: 60, maxDelaySeconds: 3600 },
  handler: sendDigest,
});

export const dailyDigestJob = defineRecurringJob({
  name: 'notifications.daily_digest',
  title: { 'zh-CN': '汇总每日消息摘要', 'en-US': 'Gather the daily digests' },
  schedule: { cron: '0 8 * * *' },
  handler: async (ctx, occurrence) => {
    if (!ctx.deps.config.smtp) return;
    const day = shanghaiDate(new Date(occurrence.scheduledFor));
    const userIds = await deliveries.usersAwaitingDigest(ctx.db);
    await enqueueJobs(
      ctx.db,
      sendDigestJob,
      userIds.map((userId) => ({ payload: { userId, day }, options: { idempotencyKey: `${userId}:${day}` } })),
    );
  },
});

async function sendDigest(ctx: JobContext, { userId, day }: { userId: string; day: string }): Promise<void> {
  const smtp = ctx.deps.config.smtp;
  const contact = (await mailContacts(ctx.db, [userId])).get(userId);
  if (!smtp || !contact?.email || contact.disabled) return;
  const delivery = await ctx.db.transaction(async (tx) => {
    const row = await deliveries.digestDelivery(tx, { userId, digestDay: day, kind: DIGEST_TOKEN_KIND, address: contact.email! });
    if (row.status !== 'sent') await deliveries.claimDigestItems(tx, userId, row.id);
    return row;
  });
  if (delivery.status === 'sent') return;
  const items = await deliveries.digestItems(ctx.db, delivery.id);
  if (items.length === 0) {
    await deliveries.deleteDelivery(ctx.db, delivery.id);
    return;
  }
  const locale = asLocale(contact.locale);
  const base = publicBaseUrl(ctx.deps.config);
  const urls = unsubscribeUrls(ctx, userId, DIGEST_TOKEN_KIND);
  const content = digestMail({
    locale,
    day,
    messages: items.flatMap((item) =>
      isNotificationKind(item.kind) ? [{ ...renderNotification(item.kind, item.params, locale), url: `${base}${item.linkPath}` }] : [],
    ),
    unsubscribeUrl: urls.page,
    settingsUrl: urls.settings,
  });
  const host = new URL(base).hostname;
  await sendRecorded(ctx, delivery.id, () =>
    sendMail(smtp, { to: delivery.address, ...content, messageId: `<digest.${day}.${userId}@${host}>`, unsubscribeUrl: urls.oneClick }),
  );
}
