/**
 * Reading and changing the reminder offsets of a body or call. A module that owns a source exposes these
 * through its own routes (with its own permission, e.g. the call's authority for 'selection.call_closing').
 */
import { type Locale, type TReminderRules, type TReminderRulesInput } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import * as repo from './reminder-rules.repository.js';
import type { ReminderSource } from './reminder-source.js';
import { normaliseOffsets } from './reminders.rules.js';

export async function reminderRules(db: Executor, source: ReminderSource, scopeId: string, locale: Locale): Promise<TReminderRules> {
  const row = await repo.findRule(db, source.name, scopeId);
  return {
    source: source.name,
    label: source.label[locale],
    scopeId,
    offsetsDays: row?.offsetsDays ?? normaliseOffsets(source.defaultOffsets),
    defaultOffsetsDays: normaliseOffsets(source.defaultOffsets),
    isDefault: !row,
    overdueAllowed: !!source.overdueKind,
    version: row?.version ?? null,
  };
}

export async function setReminderRules(
  db: Executor,
  actor: Actor,
  source: ReminderSource,
  scopeId: string,
  input: TReminderRulesInput,
  locale: Locale,
): Promise<TReminderRules> {
  const offsetsDays = normaliseOffsets(input.offsetsDays);
  if (offsetsDays.some((offset) => offset < 0) && !source.overdueKind) {
    throw new DomainError('REMINDER_OVERDUE_NOT_SUPPORTED', { source: source.label }, [
      {
        path: 'offsetsDays',
        message: { 'zh-CN': '此类提醒只能设在截止之前或当天', 'en-US': 'This reminder can only be set before or on the deadline' },
      },
    ]);
  }
  await db.transaction(async (tx) => {
    const saved = await repo.saveRule(tx, { source: source.name, scopeId, offsetsDays, updatedBy: actor.userId, version: input.version });
    if (!saved) {
      const current = await repo.findRule(tx, source.name, scopeId);
      throw new DomainError('VERSION_CONFLICT', { current: current?.version ?? 0 });
    }
    await recordAudit(tx, actor, {
      action: 'reminders.rules.update',
      entityType: 'reminder_rules',
      entityId: `${source.name}:${scopeId}`,
      details: { offsetsDays },
    });
  });
  return reminderRules(db, source, scopeId, locale);
}

/**
 * Back to the source's defaults: the body's or call's own offsets are removed, so later changes of the defaults
 * reach it too. Doing it twice is harmless; a stale `version` (someone changed the offsets since) is refused.
 */
export async function restoreDefaultReminderRules(
  db: Executor,
  actor: Actor,
  source: ReminderSource,
  scopeId: string,
  version: number,
  locale: Locale,
): Promise<TReminderRules> {
  await db.transaction(async (tx) => {
    const removed = await repo.deleteRule(tx, { source: source.name, scopeId, version });
    if (!removed) {
      const current = await repo.findRule(tx, source.name, scopeId);
      if (current) throw new DomainError('VERSION_CONFLICT', { current: current.version });
      return;
    }
    await recordAudit(tx, actor, {
      action: 'reminders.rules.restore',
      entityType: 'reminder_rules',
      entityId: `${source.name}:${scopeId}`,
      details: { offsetsDays: normaliseOffsets(source.defaultOffsets), previousOffsetsDays: removed.offsetsDays },
    });
  });
  return reminderRules(db, source, scopeId, locale);
}

/** The offsets of every scope that has its own, for the daily evaluation. */
export async function offsetsByScope(db: Executor, source: ReminderSource): Promise<Map<string, number[]>> {
  return new Map((await repo.rulesOfSource(db, source.name)).map((row) => [row.scopeId, row.offsetsDays]));
}
