/**
 * The daily reminders: every morning at 07:00 (Asia/Shanghai) each source's deadlines near today are checked
 * against their offsets, and each due reminder is sent once — its dedupe key names the source, the record, the
 * deadline and the offset, so a rerun, a retry or a second instance sends nothing more, and a moved deadline
 * is reminded of afresh.
 */
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import type { AppDeps } from '../../../kernel/deps.js';
import { defineRecurringJob } from '../../../kernel/jobs/index.js';
import { notify } from '../notify.service.js';
import { daysBetween, shanghaiDate } from '../shanghai-day.js';
import { offsetsByScope } from './reminder-rules.service.js';
import { DEFAULT_CATCH_UP_DAYS, type ReminderDeadline, type ReminderSource } from './reminder-source.js';
import { dueReminder, normaliseOffsets } from './reminders.rules.js';

const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function remindersJob(sources: ReminderSource[]) {
  return defineRecurringJob({
    name: 'notifications.reminders',
    title: { 'zh-CN': '检查截止日期并发送提醒', 'en-US': 'Check deadlines and send reminders' },
    schedule: { cron: '0 7 * * *' },
    handler: async (ctx) => {
      await sendDueReminders(ctx.deps, sources, ctx.now);
    },
  });
}

/** Sends the reminders due on the Asia/Shanghai day of `now`; returns how many were new. */
export async function sendDueReminders(deps: AppDeps, sources: ReminderSource[], now: Date): Promise<number> {
  const today = shanghaiDate(now);
  let sent = 0;
  for (const source of sources) {
    const catchUp = source.catchUpDays ?? DEFAULT_CATCH_UP_DAYS;
    const ownOffsets = await offsetsByScope(deps.database.db, source);
    const every = [source.defaultOffsets, ...ownOffsets.values()].flat();
    const window = { from: addDays(today, Math.min(0, ...every) - catchUp), to: addDays(today, Math.max(0, ...every)) };
    for (const deadline of await source.deadlines(deps.database.db, window)) {
      const offsets = normaliseOffsets(ownOffsets.get(deadline.scopeId) ?? source.defaultOffsets);
      if (await remind(deps, source, deadline, offsets, today, catchUp)) sent += 1;
    }
  }
  return sent;
}

async function remind(
  deps: AppDeps,
  source: ReminderSource,
  item: ReminderDeadline,
  offsets: number[],
  today: string,
  catchUp: number,
): Promise<boolean> {
  const deadline = typeof item.deadline === 'string' ? item.deadline : shanghaiDate(item.deadline);
  const due = dueReminder(offsets, daysBetween(today, deadline), catchUp);
  if (!due) return false;
  const overdue = due.offset < 0;
  const kind = overdue ? source.overdueKind! : source.kind;
  const params = { ...item.params, deadline, ...(overdue ? { daysOverdue: -due.daysLeft } : { daysLeft: due.daysLeft }) };
  const { created } = await deps.database.db.transaction((tx) =>
    notify(tx, SYSTEM_ACTOR, {
      kind,
      // The source's parameters are checked against the kind's zod schema inside notify().
      params: params as never,
      recipients: item.recipients,
      link: item.link,
      dedupeKey: `reminder:${source.name}:${item.recordId}:${deadline}:${due.offset}`,
    }),
  );
  return created;
}
