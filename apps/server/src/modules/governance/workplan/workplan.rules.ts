/**
 * The annual work plan (2026 年重点工作项目计划, 附件3 二): each task has a time window written as the plan
 * writes it ("2026年1-6月"), and lead and responsible units written in one cell ("师资培养委员会 校企合作委员会
 * 全体成员单位": the first named leads). The secretariat sees which tasks are late or due soon.
 */
import { TASK_FIELDS, type TaskField, type TWorkplanFieldChange } from '@chanjiao/contracts';
import { addDays, daysBetween, daysInMonth, formatIsoDate } from '../../../kernel/time/calendar.js';

export interface WorkWindow {
  startsOn: string;
  endsOn: string;
}

/** "2026年1-6月" → 2026-01-01 … 2026-06-30; "2026年3月" → the month; null when the text is no window. */
export function parseWorkWindow(text: string): WorkWindow | null {
  const match = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*(?:[-–—~至到]\s*(\d{1,2})\s*)?月\s*$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const first = Number(match[2]);
  const last = match[3] ? Number(match[3]) : first;
  if (first < 1 || last > 12 || first > last) return null;
  return {
    startsOn: formatIsoDate({ year, month: first, day: 1 }),
    endsOn: formatIsoDate({ year, month: last, day: daysInMonth(year, last) }),
  };
}

export type UnitKind = 'chair_unit' | 'committee' | 'all_members' | 'org';

export interface PlanUnit {
  role: 'lead' | 'responsible';
  kind: UnitKind;
  /** As the plan writes it. */
  name: string;
}

/** 牵头/负责部门: the first unit named leads, the others are responsible with it. */
export function parsePlanUnits(text: string): PlanUnit[] {
  const names = text
    .split(/[\s、，,;；/]+/)
    .map((name) => name.trim())
    .filter(Boolean);
  return names.map((name, index) => ({ role: index === 0 ? 'lead' : 'responsible', kind: unitKindOf(name), name }));
}

function unitKindOf(name: string): UnitKind {
  if (name === '轮值主席单位') return 'chair_unit';
  if (name === '全体成员单位' || name === '各成员单位') return 'all_members';
  if (name.endsWith('委员会')) return 'committee';
  return 'org';
}

export type TaskTiming = 'done' | 'late' | 'due' | 'in_window' | 'not_started';

export interface TimingInput {
  startsOn: string;
  endsOn: string;
  done: boolean;
}

/**
 * late: the window has closed and the task is not done; due: it closes within `dueWithinDays` (inclusive);
 * in_window: it runs; not_started: its window has not opened.
 */
export function taskTiming(task: TimingInput, today: string, dueWithinDays: number): TaskTiming {
  if (task.done) return 'done';
  if (today > task.endsOn) return 'late';
  if (today < task.startsOn) return 'not_started';
  return today >= addDays(task.endsOn, -dueWithinDays) ? 'due' : 'in_window';
}

/** Days from today to the window's last day: negative once it is late. */
export function daysLeft(task: Pick<TimingInput, 'endsOn'>, today: string): number {
  return daysBetween(today, task.endsOn);
}

/** A task's fields as the plan writes them (附件3 二): what the plan's history compares between versions. */
export type TaskFields = Record<TaskField, string>;

/** What an edit changes, field by field in the plan's column order; nothing when it changes nothing. */
export function changedFields(before: TaskFields, after: TaskFields): TWorkplanFieldChange[] {
  return TASK_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
}

/** An added task enters the history with every field it was written with. */
export function addedFields(after: TaskFields): TWorkplanFieldChange[] {
  return TASK_FIELDS.map((field) => ({ field, before: null, after: after[field] }));
}

/** The editable fields of a task or an input, picked by name so that nothing else enters the history. */
export function taskFields(source: TaskFields): TaskFields {
  return Object.fromEntries(TASK_FIELDS.map((field) => [field, source[field]])) as TaskFields;
}
