/**
 * Reminder offsets as a secretariat thinks of them. The server stores one list of whole days (7 = seven days
 * before the deadline, 0 = on the day, -1 = one day overdue); the page reads and edits them as days before and
 * days overdue.
 */
import type { NamePath } from '../../app/forms';
import type { Translate } from '../../app/i18n';
import type { NotificationMessageKey } from './messages';

export interface OffsetRows {
  /** Days before the deadline, 0 for the day itself; empty inputs are left undefined. */
  before: (number | null | undefined)[];
  /** Days after the deadline, counted from 1. */
  overdue: (number | null | undefined)[];
}

/** The stored offsets as rows: before from the earliest reminder, overdue from the first day late. */
export function rowsOfOffsets(offsets: readonly number[]): { before: number[]; overdue: number[] } {
  const distinct = [...new Set(offsets)];
  return {
    before: distinct.filter((offset) => offset >= 0).sort((a, b) => b - a),
    overdue: distinct
      .filter((offset) => offset < 0)
      .map((offset) => -offset)
      .sort((a, b) => a - b),
  };
}

/**
 * The offsets the rows stand for, row by row in the order shown (before, then overdue), so that the server's
 * or the schema's problem with `offsetsDays.N` can be shown under row N. An empty row stays undefined, which the
 * schema names as a field to fill in.
 */
export function offsetsOfRows(rows: OffsetRows): (number | undefined)[] {
  const given = (day: number | null | undefined) => (typeof day === 'number' ? day : undefined);
  return [...rows.before.map(given), ...rows.overdue.map((day) => (typeof day === 'number' ? -day : undefined))];
}

/** The form field a path of the request names: `offsetsDays.3` with two rows before is the second overdue row. */
export function fieldOfOffsetPath(path: string, rows: OffsetRows): NamePath {
  const index = /^offsetsDays\.(\d+)$/.exec(path)?.[1];
  if (index === undefined) return ['offsetsDays'];
  const n = Number(index);
  return n < rows.before.length ? ['before', n] : ['overdue', n - rows.before.length];
}

/** "截止前 7 天、1 天；截止当天；逾期 1 天" / "7 days, 1 day before the deadline; on the day of the deadline; 1 day overdue". */
export function describeOffsets(offsets: readonly number[], t: Translate<NotificationMessageKey>): string {
  const { before, overdue } = rowsOfOffsets(offsets);
  const days = (list: number[]) =>
    list.map((n) => t(n === 1 ? 'reminders.offsets.day' : 'reminders.offsets.days', { n })).join(t('reminders.offsets.separator'));
  const daysBefore = before.filter((n) => n > 0);
  const parts = [
    daysBefore.length > 0 ? t('reminders.offsets.before', { days: days(daysBefore) }) : null,
    before.includes(0) ? t('reminders.offsets.onTheDay') : null,
    overdue.length > 0 ? t('reminders.offsets.overdue', { days: days(overdue) }) : null,
  ];
  return parts.filter((part): part is string => part !== null).join(t('reminders.offsets.groupSeparator'));
}
