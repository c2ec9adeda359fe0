import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth/auth.table.js';
import { fileBlobs } from '../../../kernel/files/files.table.js';
import { bodies } from '../../bodies/bodies.table.js';
import { organizations } from '../../organizations/organizations.table.js';
import type { TWorkplanFieldChange } from '@chanjiao/contracts';
import type { PlanUnit } from './workplan.rules.js';

/** A task of a body's annual work plan (附件3 二), with the window and units as the plan writes them. */
export const workplanTasks = pgTable(
  'workplan_tasks',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    year: integer().notNull(),
    section: text().notNull(),
    title: text().notNull(),
    windowText: text().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    content: text().notNull(),
    expectedOutcome: text().notNull(),
    unitsText: text().notNull(),
    units: jsonb().$type<PlanUnit[]>().notNull(),
    sortOrder: integer().notNull().default(0),
    progressPercent: integer().notNull().default(0),
    done: boolean().notNull().default(false),
    lastReportedOn: date({ mode: 'string' }),
    sourceNote: text(),
    /** Set when the secretariat retires the task: it stays in the plan's history, out of counts and reports. */
    retiredOn: date({ mode: 'string' }),
    retireReason: text(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('workplan_tasks_title_key').on(t.bodyId, t.year, t.title), index('workplan_tasks_ends_idx').on(t.bodyId, t.endsOn)],
);

/** A progress report on a task by one of its units (or the secretariat, orgId null). */
export const workplanProgress = pgTable(
  'workplan_progress',
  {
    id: uuid().primaryKey().defaultRandom(),
    taskId: uuid()
      .notNull()
      .references(() => workplanTasks.id),
    orgId: uuid().references(() => organizations.id),
    reportedOn: date({ mode: 'string' }).notNull(),
    note: text().notNull(),
    progressPercent: integer().notNull(),
    status: text().notNull(),
    reportedByUserId: uuid().references(() => users.id),
    reportedByUsername: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('workplan_progress_task_idx').on(t.taskId, t.createdAt)],
);

/** Evidence files of a report; the file itself is a kept file_blobs row. */
export const workplanEvidence = pgTable(
  'workplan_evidence',
  {
    progressId: uuid()
      .notNull()
      .references(() => workplanProgress.id),
    fileId: uuid()
      .notNull()
      .references(() => fileBlobs.id),
  },
  (t) => [uniqueIndex('workplan_evidence_file_key').on(t.fileId), index('workplan_evidence_progress_idx').on(t.progressId)],
);

/**
 * The plan's version history: each task added, edited or retired is the next version of that body's plan of
 * that year, with the fields as they were and became (and the reason for a retirement).
 */
export const workplanRevisions = pgTable(
  'workplan_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    year: integer().notNull(),
    planVersion: integer().notNull(),
    taskId: uuid()
      .notNull()
      .references(() => workplanTasks.id),
    change: text().notNull(),
    reason: text(),
    fields: jsonb().$type<TWorkplanFieldChange[]>().notNull(),
    byUserId: uuid().references(() => users.id),
    byUsername: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('workplan_revisions_version_key').on(t.bodyId, t.year, t.planVersion),
    index('workplan_revisions_task_idx').on(t.taskId),
  ],
);
