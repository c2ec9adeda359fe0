/** Reminder offsets per body or call: whole days before (positive) or after (negative) a deadline. */
import { z } from 'zod';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

/**
 * What a body or call may choose: up to a year before a deadline, up to 90 days after it, at most six reminders
 * (more would read as noise to the people reminded).
 */
export const REMINDER_OFFSET_LIMITS = { maxDaysBefore: 365, maxDaysOverdue: 90, maxReminders: 6 } as const;

export const ZReminderRules = z.object({
  source: z.string(),
  label: z.string(),
  scopeId: z.uuid(),
  offsetsDays: z.array(z.number().int()),
  defaultOffsetsDays: z.array(z.number().int()),
  /** True while the body or call keeps the source's defaults. */
  isDefault: z.boolean(),
  /** Whether the source can remind after its deadline (negative offsets); otherwise only before or on the day. */
  overdueAllowed: z.boolean(),
  version: z.number().int().nullable(),
});
export type TReminderRules = z.infer<typeof ZReminderRules>;

export const ZReminderRulesList = z.object({
  items: z.array(ZReminderRules),
  /** Whether the viewer may change these offsets (the route's change permission on this body or call). */
  abilities: z.object({ change: z.boolean() }),
});
export type TReminderRulesList = z.infer<typeof ZReminderRulesList>;

/** A body's or call's rules of one source, e.g. /api/bodies/{id}/reminder-rules/governance.workplan_task. */
export const ZReminderRulesParams = z.object({ id: z.uuid(), source: z.string().max(100) });

export const ZReminderRulesInput = z.object({
  offsetsDays: z
    .array(z.number().int().min(-REMINDER_OFFSET_LIMITS.maxDaysOverdue).max(REMINDER_OFFSET_LIMITS.maxDaysBefore))
    .min(1)
    .max(REMINDER_OFFSET_LIMITS.maxReminders),
  /** The version read; null when replacing the defaults for the first time. */
  version: z.number().int().nullable(),
});
export type TReminderRulesInput = z.infer<typeof ZReminderRulesInput>;

/** Back to the source's defaults: the version of the body's or call's own offsets that was read. */
export const ZReminderRulesRestoreQuery = z.object({ version: z.coerce.number().int().min(1) });

export const REMINDER_ERRORS = defineErrors({
  REMINDER_OVERDUE_NOT_SUPPORTED: {
    status: 400,
    message: {
      'zh-CN': '「{source}」只能在截止之前或当天提醒，请删除负数（逾期）的天数',
      'en-US': '“{source}” reminds only before or on the deadline; remove the negative (overdue) days',
    },
  },
});

export const REMINDER_LABELS: Record<string, Bilingual> = {
  offsetsDays: { 'zh-CN': '提醒时间（截止前天数）', 'en-US': 'Reminder days before the deadline' },
};
