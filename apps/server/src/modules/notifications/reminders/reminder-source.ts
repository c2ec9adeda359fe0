/**
 * A reminder source is how a module says "these records have deadlines; remind these people". The module
 * declares it once (with defineReminderSource) and lists it in `modules/index.ts` (MODULE_REMINDER_SOURCES);
 * the daily reminders job asks every source for its deadlines near today and notifies once per
 * (source, record, deadline, offset). Offsets are data: each body or call may keep its own (reminder_rules),
 * otherwise the source's defaults apply.
 */
import type { Bilingual, NotificationKind } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import type { NotificationLink, Recipient } from '../notify.service.js';

export interface ReminderDeadline {
  recordId: string;
  /** The body, call or other record whose reminder rules apply. */
  scopeId: string;
  /** A date (YYYY-MM-DD, as the documents state it) or an instant (its date in Asia/Shanghai counts). */
  deadline: string | Date;
  recipients: Recipient[];
  /** The kind's parameters other than `deadline`, `daysLeft` and `daysOverdue`, which the job adds. */
  params: Record<string, unknown>;
  link: NotificationLink;
}

export interface ReminderSource {
  /** Stable name, also the key of its stored rules, e.g. 'selection.call_closing'. */
  name: string;
  label: Bilingual;
  /** Reminders before the deadline and on the day; its templates take {deadline} and {daysLeft}. */
  kind: NotificationKind;
  /** Reminders after the deadline (negative offsets); its templates take {deadline} and {daysOverdue}. */
  overdueKind?: NotificationKind;
  /** E.g. [7, 1]: seven days and one day before; add -1 for one day overdue. */
  defaultOffsets: number[];
  /** How many days late a reminder missed by a stopped server is still sent. */
  catchUpDays?: number;
  /** The records whose deadline falls between `from` and `to` (Asia/Shanghai dates, inclusive). */
  deadlines(db: Executor, window: { from: string; to: string }): Promise<ReminderDeadline[]>;
}

export const DEFAULT_CATCH_UP_DAYS = 2;

export function defineReminderSource(source: ReminderSource): ReminderSource {
  if (source.defaultOffsets.some((offset) => offset < 0) && !source.overdueKind) {
    throw new Error(`Reminder source ${source.name} has overdue offsets but no overdueKind`);
  }
  return source;
}
