/** The jobs of the notifications module, for MODULE_JOBS in modules/index.ts. */
import type { AnyJobDefinition } from '../../kernel/jobs/index.js';
import { dailyDigestJob, sendDigestJob } from './email/digest.job.js';
import { sendEmailJob } from './email/send-email.job.js';
import { fanOutJob } from './fan-out/fan-out.job.js';
import type { ReminderSource } from './reminders/reminder-source.js';
import { remindersJob } from './reminders/reminders.job.js';

export function notificationJobs(reminderSources: ReminderSource[]): AnyJobDefinition[] {
  return [fanOutJob, sendEmailJob, sendDigestJob, dailyDigestJob, remindersJob(reminderSources)];
}
