/**
 * The notifications module: the inbox (站内消息), e-mail by preference, and reminders of deadlines. Other modules
 * use only what is exported here — see ARCHITECTURE.md, "Notifications and jobs".
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { deliveryRoutes } from './email/deliveries.routes.js';
import { inboxRoutes } from './inbox/inbox.routes.js';
import { preferenceRoutes } from './preferences/preferences.routes.js';

export { notify, closeNotifications, deliverOpenNotificationsToNewHolder } from './notify.service.js';
export type { NotificationLink, Notified, NotifyInput, Recipient } from './notify.service.js';
export { defineReminderSource } from './reminders/reminder-source.js';
export type { ReminderDeadline, ReminderSource } from './reminders/reminder-source.js';
export { reminderRules, setReminderRules } from './reminders/reminder-rules.service.js';
export { reminderRulesRoutes } from './reminders/reminder-rules.routes.js';
export { sendDueReminders } from './reminders/reminders.job.js';
export { notificationJobs } from './notification-jobs.js';
export { publicBaseUrl } from './email/public-url.js';
export { alertJobFailure } from './job-failure-alert.js';
export { shanghaiMinute } from './shanghai-day.js';

export async function notificationRoutes(app: FastifyInstance, deps: AppDeps) {
  await inboxRoutes(app, deps);
  await preferenceRoutes(app, deps);
  await deliveryRoutes(app, deps);
}
