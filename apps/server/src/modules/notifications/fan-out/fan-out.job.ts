/**
 * Delivers a notification to the inbox of everyone it reaches, and queues the e-mails of those who want them at
 * once — as a job, so that the request that caused it (a meeting convened for 500 member units) does not wait.
 * Items and e-mail jobs are written in one transaction; a retried fan-out skips the users it already reached.
 */
import { isNotificationKind, notificationKindOf } from '@chanjiao/contracts';
import { z } from 'zod';
import { defineJob, enqueueJobs, type JobContext } from '../../../kernel/jobs/index.js';
import { sendEmailJob } from '../email/send-email.job.js';
import { insertInboxItems, type NewInboxItem } from '../inbox/inbox.repository.js';
import { findNotification, resolveRecipients } from '../notify.repository.js';
import { effectiveChannel } from '../preferences/channel.rules.js';
import { channelsForKind, mailContacts } from '../preferences/preferences.repository.js';

const BATCH = 1000;

export const fanOutJob = defineJob({
  name: 'notifications.fan_out',
  title: { 'zh-CN': '分发站内消息', 'en-US': 'Deliver a message to its recipients' },
  payload: z.object({ notificationId: z.uuid() }),
  handler: fanOut,
});

async function fanOut(ctx: JobContext, { notificationId }: { notificationId: string }): Promise<void> {
  const notification = await findNotification(ctx.db, notificationId);
  if (!notification || !isNotificationKind(notification.kind)) return;
  const reached = (await resolveRecipients(ctx.db, notificationId)).filter(
    (recipient) => notification.includeActor || recipient.userId !== notification.createdBy,
  );
  const userIds = reached.map((recipient) => recipient.userId);
  const emailEnabled = !!ctx.deps.config.smtp;
  const [chosen, contacts] = emailEnabled
    ? await Promise.all([channelsForKind(ctx.db, notification.kind, userIds), mailContacts(ctx.db, userIds)])
    : [new Map(), new Map()];
  const kindDefault = notificationKindOf(notification.kind).defaultChannel;
  // Millisecond precision: the inbox's page cursor is an ISO instant.
  const createdAt = new Date(notification.createdAt.getTime());
  const items: NewInboxItem[] = reached.map((recipient) => ({
    notificationId,
    userId: recipient.userId,
    viaRoleKey: recipient.viaRoleKey,
    module: notification.module,
    createdAt,
    channel: effectiveChannel({
      chosen: chosen.get(recipient.userId),
      kindDefault,
      emailEnabled,
      hasAddress: !!contacts.get(recipient.userId)?.email,
    }),
  }));
  for (let start = 0; start < items.length; start += BATCH) {
    await ctx.db.transaction(async (tx) => {
      const inserted = await insertInboxItems(tx, items.slice(start, start + BATCH));
      const emails = inserted.filter((item) => item.channel === 'email');
      await enqueueJobs(
        tx,
        sendEmailJob,
        emails.map((item) => ({
          payload: { notificationId, userId: item.userId },
          options: { idempotencyKey: `${notificationId}:${item.userId}` },
        })),
      );
    });
  }
}
