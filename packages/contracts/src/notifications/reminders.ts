/** Reminder offsets per body or call: whole days before (positive) or after (negative) a deadline. */
import { z } from 'zod';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

export const ZReminderRules = z.object({
  source: z.string(),
  label: z.string(),
  scopeId: z.uuid(),
  offsetsDays: z.array(z.number().int()),
  defaultOffsetsDays: z.array(z.number().int()),
  /** True while the body or call keeps the source's defaults. */
  isDefault: z.boolean(),
  version: z.number().int().nullable(),
});
export type TReminderRules = z.infer<typeof ZReminderRules>;

export const ZReminderRulesList = z.object({ items: z.array(ZReminderRules) });
export type TReminderRulesList = z.infer<typeof ZReminderRulesList>;

/** A body's or call's rules of one source, e.g. /api/bodies/{id}/reminder-rules/governance.workplan_task. */
export const ZReminderRulesParams = z.object({ id: z.uuid(), source: z.string().max(100) });

export const ZReminderRulesInput = z.object({
  offsetsDays: z.array(z.number().int().min(-90).max(365)).min(1).max(6),
  /** The version read; null when replacing the defaults for the first time. */
  version: z.number().int().nullable(),
});
export type TReminderRulesInput = z.infer<typeof ZReminderRulesInput>;

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
