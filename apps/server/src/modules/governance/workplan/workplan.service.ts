/**
 * The annual work plan (附件3): its tasks with their timing (late, due …), progress reports with evidence by
 * the units that answer for a task, and the tasks a unit leads or shares by name ("mine").
 */
import type { TWorkplanList, TWorkplanProgressInput, TWorkplanProgressList, TWorkplanTask } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed, scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import { findOrgById } from '../../organizations/index.js';
import { daysLeft, taskTiming } from './workplan.rules.js';
import { answersFor, isOwnTask, resolvedName, type UnitDirectory, unitDirectory } from './workplan-units.js';
import * as repo from './workplan.repository.js';
import { requireBody } from '../../bodies/index.js';

export const TASK_ENTITY = bilingual('工作任务', 'work-plan task');
const EVIDENCE_ENTITY = bilingual('佐证材料', 'evidence file');

interface Viewer {
  grants: Grant[];
  today: string;
}

function committeeNamesOf(tasks: repo.TaskRow[]): string[] {
  return tasks.flatMap((task) => task.units.filter((unit) => unit.kind === 'committee').map((unit) => unit.name));
}

function reportingOrgs(grants: Grant[]): 'all' | string[] {
  return scopesWith(grants, 'governance.workplan.report', 'org');
}

function mayReport(viewer: Viewer, task: repo.TaskRow, directory: UnitDirectory): boolean {
  if (isAllowed(viewer.grants, 'governance.workplan.report', { bodyId: task.bodyId })) return true;
  const orgs = reportingOrgs(viewer.grants);
  if (orgs === 'all') return true;
  return orgs.some((orgId) => answersFor(orgId, task.units, task.year, directory));
}

function mayManage(viewer: Viewer, bodyId: string): boolean {
  return isAllowed(viewer.grants, 'governance.workplan.manage', { bodyId });
}

function presentTask(task: repo.TaskRow, viewer: Viewer, directory: UnitDirectory, dueWithinDays: number): TWorkplanTask {
  const open = !task.retiredOn;
  return {
    id: task.id,
    year: task.year,
    section: task.section,
    title: task.title,
    windowText: task.windowText,
    startsOn: task.startsOn,
    endsOn: task.endsOn,
    content: task.content,
    expectedOutcome: task.expectedOutcome,
    units: task.units.map((unit) => ({ ...unit, resolved: resolvedName(unit, task.year, directory) })),
    progressPercent: task.progressPercent,
    done: task.done,
    lastReportedOn: task.lastReportedOn,
    timing: taskTiming(task, viewer.today, dueWithinDays),
    daysLeft: daysLeft(task, viewer.today),
    sourceNote: task.sourceNote,
    version: task.version,
    retired: task.retiredOn ? { on: task.retiredOn, reason: task.retireReason ?? '' } : null,
    abilities: { report: open && mayReport(viewer, task, directory), manage: open && mayManage(viewer, task.bodyId) },
  };
}

export async function listWorkplan(
  db: Executor,
  viewer: Viewer,
  bodyId: string,
  query: { year: number; view: 'all' | 'attention' | 'mine'; dueWithinDays: number },
): Promise<TWorkplanList> {
  await requireBody(db, bodyId);
  const [tasks, planVersion] = await Promise.all([repo.listTasks(db, bodyId, query.year), repo.currentPlanVersion(db, bodyId, query.year)]);
  const directory = await unitDirectory(db, bodyId, [query.year], committeeNamesOf(tasks), viewer.today);
  const listed = tasks.map((task) => presentTask(task, viewer, directory, query.dueWithinDays));
  // Retired tasks are listed with the whole plan (as its history keeps them) but neither count nor call for attention.
  const all = listed.filter((task) => !task.retired);
  const orgs = reportingOrgs(viewer.grants);
  const chosen = listed.filter((task, index) => {
    if (query.view === 'all') return true;
    if (task.retired) return false;
    if (query.view === 'attention') return task.timing === 'late' || task.timing === 'due';
    return orgs !== 'all' && isOwnTask(orgs, tasks[index]!.units, query.year, directory);
  });
  return {
    items: chosen,
    counts: {
      late: all.filter((task) => task.timing === 'late').length,
      due: all.filter((task) => task.timing === 'due').length,
      done: all.filter((task) => task.done).length,
      total: all.length,
    },
    dueWithinDays: query.dueWithinDays,
    planVersion,
    abilities: { manage: mayManage(viewer, bodyId) },
  };
}

export async function requireTask(db: Executor, bodyId: string, taskId: string): Promise<repo.TaskRow> {
  const task = await repo.findTask(db, taskId);
  if (!task || task.bodyId !== bodyId) throw notFound(TASK_ENTITY);
  return task;
}

/** A task that may still change or be reported on: a retired one is kept as the plan's history left it. */
export async function requireOpenTask(db: Executor, bodyId: string, taskId: string): Promise<repo.TaskRow> {
  const task = await requireTask(db, bodyId, taskId);
  if (task.retiredOn) throw new DomainError('WORKPLAN_TASK_RETIRED', { title: task.title, on: task.retiredOn });
  return task;
}

export async function listTaskProgress(db: Executor, bodyId: string, taskId: string): Promise<TWorkplanProgressList> {
  await requireTask(db, bodyId, taskId);
  const reports = await repo.listProgress(db, taskId);
  const evidence = await repo.listEvidenceOf(
    db,
    reports.map((report) => report.id),
  );
  return {
    items: reports.map((report) => ({
      id: report.id,
      reportedOn: report.reportedOn,
      note: report.note,
      progressPercent: report.progressPercent,
      status: report.status as 'in_progress' | 'done',
      org: report.orgId ? { id: report.orgId, name: report.orgName ?? '' } : null,
      reportedBy: report.reportedByUsername,
      createdAt: report.createdAt.toISOString(),
      evidence: evidence
        .filter((file) => file.progressId === report.id)
        .map(({ id, filename, size }) => ({ id, filename, size: Number(size) })),
    })),
  };
}

/** A unit that answers for the task (or the secretariat) reports progress; its evidence is kept with it. */
export async function reportProgress(
  db: Executor,
  actor: Actor,
  viewer: Viewer,
  bodyId: string,
  taskId: string,
  input: TWorkplanProgressInput,
) {
  const task = await requireOpenTask(db, bodyId, taskId);
  const directory = await unitDirectory(db, bodyId, [task.year], committeeNamesOf([task]), viewer.today);
  const secretariat = isAllowed(viewer.grants, 'governance.workplan.report', { bodyId });
  if (!secretariat || input.orgId) {
    const orgId = input.orgId;
    const org = orgId ? await findOrgById(db, orgId) : undefined;
    if (!orgId || !answersFor(orgId, task.units, task.year, directory)) {
      throw new DomainError('WORKPLAN_NOT_RESPONSIBLE', { org: org?.name ?? orgId ?? '—' });
    }
  }
  await db.transaction(async (tx) => {
    const report = await repo.insertProgress(tx, {
      taskId,
      orgId: input.orgId ?? null,
      reportedOn: input.reportedOn,
      note: input.note,
      progressPercent: input.progressPercent,
      status: input.status,
      reportedByUserId: actor.userId,
      reportedByUsername: actor.username,
    });
    const attached = await repo.attachEvidence(tx, report.id, input.evidenceIds, actor.userId ?? '');
    if (attached !== new Set(input.evidenceIds).size) throw new DomainError('WORKPLAN_EVIDENCE_UNKNOWN');
    await repo.recordTaskProgress(tx, taskId, {
      progressPercent: input.status === 'done' ? 100 : input.progressPercent,
      done: input.status === 'done',
      lastReportedOn: input.reportedOn,
    });
    await recordAudit(tx, actor, {
      action: 'workplan.progress',
      entityType: 'workplan_task',
      entityId: taskId,
      details: {
        bodyId,
        orgId: input.orgId ?? null,
        progressPercent: input.progressPercent,
        status: input.status,
        evidence: input.evidenceIds,
      },
    });
  });
  return listTaskProgress(db, bodyId, taskId);
}

export async function evidenceFile(db: Executor, bodyId: string, fileId: string) {
  const file = await repo.findEvidenceOfBody(db, bodyId, fileId);
  if (!file) throw notFound(EVIDENCE_ENTITY);
  return file;
}
