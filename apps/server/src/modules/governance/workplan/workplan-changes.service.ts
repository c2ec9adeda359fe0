/**
 * The secretariat changes the annual work plan (附件3 二): it adds a task, edits one or retires one with a reason.
 * Each change is the next version of that year's plan, kept with the fields before and after, so the plan's
 * history shows what the plan said at every point; a retired task is never deleted.
 */
import type {
  TWorkplanFieldChange,
  TWorkplanHistory,
  TWorkplanTaskEdit,
  TWorkplanTaskInput,
  TWorkplanTaskRetire,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { postgresErrorCode } from '../../../kernel/db/unavailable.js';
import { bilingual, DomainError } from '../../../kernel/errors.js';
import { requireBody } from '../../bodies/index.js';
import { addedFields, changedFields, parsePlanUnits, parseWorkWindow, taskFields, type WorkWindow } from './workplan.rules.js';
import * as repo from './workplan.repository.js';
import { requireOpenTask } from './workplan.service.js';

function windowOf(windowText: string): WorkWindow {
  const window = parseWorkWindow(windowText);
  if (window) return window;
  throw new DomainError('VALIDATION_FAILED', {}, [
    {
      path: 'windowText',
      message: bilingual(
        `『时间』“${windowText}”无法识别，请写作“2026年1-6月”或“2026年3月”`,
        `“Time” “${windowText}” is not understood; write e.g. “2026年1-6月”`,
      ),
    },
  ]);
}

/** Two tasks of one plan may not share a title (the plan names its tasks by title). */
async function refusingDuplicateTitles<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (postgresErrorCode(error) === '23505') throw new DomainError('DUPLICATE_SUBMISSION');
    throw error;
  }
}

const AUDIT_ACTIONS = { add: 'workplan.task.create', edit: 'workplan.task.edit', retire: 'workplan.task.retire' } as const;

async function recordPlanChange(
  tx: Executor,
  actor: Actor,
  task: repo.TaskRow,
  change: { kind: 'add' | 'edit' | 'retire'; fields: TWorkplanFieldChange[]; reason?: string },
): Promise<number> {
  const planVersion = await repo.insertRevision(tx, {
    bodyId: task.bodyId,
    year: task.year,
    taskId: task.id,
    change: change.kind,
    reason: change.reason ?? null,
    fields: change.fields,
    byUserId: actor.userId,
    byUsername: actor.username,
  });
  await recordAudit(tx, actor, {
    action: AUDIT_ACTIONS[change.kind],
    entityType: 'workplan_task',
    entityId: task.id,
    details: {
      bodyId: task.bodyId,
      year: task.year,
      title: task.title,
      planVersion,
      fields: change.fields,
      ...(change.reason ? { reason: change.reason } : {}),
    },
  });
  return planVersion;
}

export async function createTask(
  db: Executor,
  actor: Actor,
  bodyId: string,
  input: TWorkplanTaskInput,
  provenance: { sourceNote?: string | null; sortOrder?: number } = {},
) {
  await requireBody(db, bodyId);
  const window = windowOf(input.windowText);
  return refusingDuplicateTitles(() =>
    db.transaction(async (tx) => {
      const row = await repo.insertTask(tx, {
        bodyId,
        year: input.year,
        ...taskFields(input),
        ...window,
        units: parsePlanUnits(input.unitsText),
        sortOrder: provenance.sortOrder ?? (await repo.listTasks(tx, bodyId, input.year)).length,
        sourceNote: provenance.sourceNote ?? null,
      });
      await recordPlanChange(tx, actor, row, { kind: 'add', fields: addedFields(taskFields(input)) });
      return row;
    }),
  );
}

/** An edit that changes nothing makes no new version. */
export async function editTask(db: Executor, actor: Actor, bodyId: string, taskId: string, input: TWorkplanTaskEdit) {
  const task = await requireOpenTask(db, bodyId, taskId);
  if (task.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: task.version });
  const after = taskFields(input);
  const fields = changedFields(taskFields(task), after);
  if (fields.length === 0) return task;
  const window = windowOf(input.windowText);
  return refusingDuplicateTitles(() =>
    db.transaction(async (tx) => {
      const row = await repo.updateTaskAtVersion(tx, taskId, input.version, {
        ...after,
        ...window,
        units: parsePlanUnits(input.unitsText),
      });
      if (!row) throw new DomainError('VERSION_CONFLICT', { current: task.version + 1 });
      await recordPlanChange(tx, actor, row, { kind: 'edit', fields });
      return row;
    }),
  );
}

export async function retireTask(db: Executor, actor: Actor, bodyId: string, taskId: string, input: TWorkplanTaskRetire, today: string) {
  const task = await requireOpenTask(db, bodyId, taskId);
  if (task.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: task.version });
  return db.transaction(async (tx) => {
    const row = await repo.updateTaskAtVersion(tx, taskId, input.version, { retiredOn: today, retireReason: input.reason });
    if (!row) throw new DomainError('VERSION_CONFLICT', { current: task.version + 1 });
    await recordPlanChange(tx, actor, row, { kind: 'retire', fields: [], reason: input.reason });
    return row;
  });
}

export async function planHistory(db: Executor, bodyId: string, year: number): Promise<TWorkplanHistory> {
  await requireBody(db, bodyId);
  const rows = await repo.listRevisions(db, bodyId, year);
  return {
    planVersion: rows[0]?.revision.planVersion ?? 0,
    items: rows.map(({ revision, title }) => ({
      planVersion: revision.planVersion,
      change: revision.change as 'add' | 'edit' | 'retire',
      task: { id: revision.taskId, title },
      reason: revision.reason,
      fields: revision.fields,
      by: revision.byUsername,
      at: revision.createdAt.toISOString(),
    })),
  };
}
