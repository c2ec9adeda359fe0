/**
 * The annual work plan (附件3 二): tasks with their time window, content, expected outcome and units; progress
 * reports with evidence files; which tasks are late or due.
 */
import { z } from 'zod';
import { requiredText, ZIsoDate } from '../common.js';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const TASK_TIMINGS = ['done', 'late', 'due', 'in_window', 'not_started'] as const;
export type TaskTimingName = (typeof TASK_TIMINGS)[number];
export const TASK_TIMING_LABELS: Record<TaskTimingName, Bilingual> = {
  done: l('已完成', 'Done'),
  late: l('已逾期', 'Late'),
  due: l('即将到期', 'Due soon'),
  in_window: l('进行中', 'Running'),
  not_started: l('未到开始时间', 'Not started'),
};

export const PROGRESS_STATUSES = ['in_progress', 'done'] as const;
export const PROGRESS_STATUS_LABELS: Record<(typeof PROGRESS_STATUSES)[number], Bilingual> = {
  in_progress: l('推进中', 'In progress'),
  done: l('已完成', 'Done'),
};

export const UNIT_KINDS = ['chair_unit', 'committee', 'all_members', 'org'] as const;

export const ZWorkplanUnit = z.object({
  role: z.enum(['lead', 'responsible']),
  kind: z.enum(UNIT_KINDS),
  /** As the plan writes it. */
  name: z.string(),
  /** Who that is this year: the chair unit's or the committee's name, when known. */
  resolved: z.string().nullable(),
});

export const ZWorkplanTask = z.object({
  id: z.uuid(),
  year: z.number().int(),
  section: z.string(),
  title: z.string(),
  windowText: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  content: z.string(),
  expectedOutcome: z.string(),
  units: z.array(ZWorkplanUnit),
  progressPercent: z.number().int(),
  done: z.boolean(),
  lastReportedOn: z.string().nullable(),
  timing: z.enum(TASK_TIMINGS),
  daysLeft: z.number().int(),
  sourceNote: z.string().nullable(),
  /** Optimistic lock for the secretariat's edits and retirement. */
  version: z.number().int(),
  /** A retired task stays in the plan's history with the reason; it no longer counts nor is reported on. */
  retired: z.object({ on: z.string(), reason: z.string() }).nullable(),
  abilities: z.object({ report: z.boolean(), manage: z.boolean() }),
});
export type TWorkplanTask = z.infer<typeof ZWorkplanTask>;

export const WORKPLAN_VIEWS = ['all', 'attention', 'mine'] as const;
export type WorkplanView = (typeof WORKPLAN_VIEWS)[number];
export const ZWorkplanQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2200),
  /** attention: late or due; mine: tasks of the units the user serves (chair unit, committees, members). */
  view: z.enum(WORKPLAN_VIEWS).default('all'),
  /** A task whose window closes within this many days is due. */
  dueWithinDays: z.coerce.number().int().min(0).max(365).default(30),
});
export const ZWorkplanList = z.object({
  items: z.array(ZWorkplanTask),
  counts: z.object({ late: z.number().int(), due: z.number().int(), done: z.number().int(), total: z.number().int() }),
  dueWithinDays: z.number().int(),
  /** The plan's version: each task added, edited or retired makes a new one (0 before the first task). */
  planVersion: z.number().int(),
  abilities: z.object({ manage: z.boolean() }),
});
export type TWorkplanList = z.infer<typeof ZWorkplanList>;

export const ZWorkplanTaskParams = z.object({ id: z.uuid(), taskId: z.uuid() });
export const ZWorkplanEvidenceParams = z.object({ id: z.uuid(), fileId: z.uuid() });

export const ZWorkplanEvidence = z.object({ id: z.uuid(), filename: z.string(), size: z.number().int() });
export type TWorkplanEvidence = z.infer<typeof ZWorkplanEvidence>;

export const ZWorkplanProgressInput = z.object({
  /** The unit reporting; the secretariat may report for the body as a whole. */
  orgId: z.uuid().optional(),
  reportedOn: ZIsoDate,
  note: requiredText(2000),
  progressPercent: z.number().int().min(0).max(100),
  status: z.enum(PROGRESS_STATUSES),
  evidenceIds: z.array(z.uuid()).max(10).default([]),
});
export type TWorkplanProgressInput = z.infer<typeof ZWorkplanProgressInput>;

export const ZWorkplanProgress = z.object({
  id: z.uuid(),
  reportedOn: z.string(),
  note: z.string(),
  progressPercent: z.number().int(),
  status: z.enum(PROGRESS_STATUSES),
  org: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  reportedBy: z.string().nullable(),
  createdAt: z.string(),
  evidence: z.array(ZWorkplanEvidence),
});
export type TWorkplanProgress = z.infer<typeof ZWorkplanProgress>;
export const ZWorkplanProgressList = z.object({ items: z.array(ZWorkplanProgress) });
export type TWorkplanProgressList = z.infer<typeof ZWorkplanProgressList>;

export const ZWorkplanTaskInput = z.object({
  year: z.number().int().min(2000).max(2200),
  section: requiredText(100),
  title: requiredText(200),
  windowText: requiredText(40),
  content: requiredText(4000),
  expectedOutcome: requiredText(2000),
  unitsText: requiredText(200),
});
export type TWorkplanTaskInput = z.infer<typeof ZWorkplanTaskInput>;

/** The fields a task's edit may change: the year names the plan the task belongs to and stays. */
export const ZWorkplanTaskEdit = ZWorkplanTaskInput.omit({ year: true }).extend({ version: z.number().int().positive() });
export type TWorkplanTaskEdit = z.infer<typeof ZWorkplanTaskEdit>;

export const ZWorkplanTaskRetire = z.object({ reason: requiredText(500), version: z.number().int().positive() });
export type TWorkplanTaskRetire = z.infer<typeof ZWorkplanTaskRetire>;

export const TASK_FIELDS = ['section', 'title', 'windowText', 'content', 'expectedOutcome', 'unitsText'] as const;
export type TaskField = (typeof TASK_FIELDS)[number];
export const TASK_FIELD_LABELS: Record<TaskField, Bilingual> = {
  section: l('任务类别', 'Section'),
  title: l('工作任务', 'Task'),
  windowText: l('时间', 'Time'),
  content: l('主要内容', 'Content'),
  expectedOutcome: l('预期成果/成效', 'Expected outcome'),
  unitsText: l('牵头/负责部门', 'Lead and responsible units'),
};

export const PLAN_CHANGES = ['add', 'edit', 'retire'] as const;
export const PLAN_CHANGE_LABELS: Record<(typeof PLAN_CHANGES)[number], Bilingual> = {
  add: l('新增任务', 'Task added'),
  edit: l('修改任务', 'Task edited'),
  retire: l('撤销任务', 'Task retired'),
};

export const ZWorkplanFieldChange = z.object({ field: z.enum(TASK_FIELDS), before: z.string().nullable(), after: z.string().nullable() });
export type TWorkplanFieldChange = z.infer<typeof ZWorkplanFieldChange>;

export const ZWorkplanRevision = z.object({
  planVersion: z.number().int(),
  change: z.enum(PLAN_CHANGES),
  task: z.object({ id: z.uuid(), title: z.string() }),
  reason: z.string().nullable(),
  fields: z.array(ZWorkplanFieldChange),
  by: z.string().nullable(),
  at: z.string(),
});
export type TWorkplanRevision = z.infer<typeof ZWorkplanRevision>;
export const ZWorkplanHistoryQuery = z.object({ year: z.coerce.number().int().min(2000).max(2200) });
/** Newest version first. */
export const ZWorkplanHistory = z.object({ planVersion: z.number().int(), items: z.array(ZWorkplanRevision) });
export type TWorkplanHistory = z.infer<typeof ZWorkplanHistory>;

export const WORKPLAN_ERRORS = defineErrors({
  WORKPLAN_WINDOW_INVALID: {
    status: 400,
    message: {
      'zh-CN': '时间“{text}”无法识别，请按计划的写法填写，如“2026年1-6月”或“2026年3月”',
      'en-US': 'The time “{text}” is not understood; write it as the plan does, e.g. “2026年1-6月” or “2026年3月”',
    },
  },
  WORKPLAN_NOT_RESPONSIBLE: {
    status: 403,
    message: {
      'zh-CN': '“{org}”不是该任务的牵头或负责单位，不能填报其进展；请由牵头/负责单位或秘书处填报',
      'en-US': '“{org}” neither leads nor shares this task, so it cannot report progress; ask a responsible unit or the secretariat',
    },
  },
  GOVERNANCE_FILE_TYPE: {
    status: 415,
    message: {
      'zh-CN': '“{filename}”的文件类型不支持：请上传 PDF、PNG/JPEG 图片或 Word、Excel、PowerPoint 文件',
      'en-US': '“{filename}” is not a supported type: upload a PDF, a PNG/JPEG image or a Word, Excel or PowerPoint file',
    },
  },
  WORKPLAN_TASK_RETIRED: {
    status: 409,
    message: {
      'zh-CN': '工作任务“{title}”已于 {on} 撤销，不能再修改、撤销或填报进展',
      'en-US': 'The task “{title}” was retired on {on}; it can no longer be edited, retired or reported on',
    },
  },
  WORKPLAN_EVIDENCE_UNKNOWN: {
    status: 409,
    message: {
      'zh-CN': '佐证材料已过期或不是您上传的，请重新上传后再提交',
      'en-US': 'An evidence file has expired or was not uploaded by you; upload it again and resubmit',
    },
  },
});

export const WORKPLAN_LABELS: Record<string, Bilingual> = {
  section: l('任务类别', 'Section'),
  windowText: l('时间', 'Time'),
  expectedOutcome: l('预期成果/成效', 'Expected outcome'),
  unitsText: l('牵头/负责部门', 'Lead and responsible units'),
  reportedOn: l('填报日期', 'Reported on'),
  progressPercent: l('完成百分比', 'Percent complete'),
  evidenceIds: l('佐证材料', 'Evidence'),
  reason: l('撤销原因', 'Reason for retiring'),
};
