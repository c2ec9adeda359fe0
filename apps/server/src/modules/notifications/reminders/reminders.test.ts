/**
 * Deadline reminders from a declared source, at the Asia/Shanghai day boundaries: a call closing on 2026-12-31
 * is reminded 7 days before from 00:00 on 24 December in Shanghai (16:00 UTC on the 23rd), once; a call that
 * keeps its own offsets is reminded on its own days; an overdue task gets the overdue kind.
 */
import type { TInboxPage } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { runDueJobs } from '../../../kernel/jobs/index.js';
import { createTestContext, createTestUser, login, type Session } from '../../../testing/test-app.js';
import { notificationJobs } from '../notification-jobs.js';
import { newOrg } from '../notifications.test-support.js';
import { defineReminderSource, type ReminderDeadline } from './reminder-source.js';
import { reminderRules, setReminderRules } from './reminder-rules.service.js';
import { sendDueReminders } from './reminders.job.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

const ctx = await createTestContext();
afterAll(() => ctx.close());

let orgId: string;
let applicant: Session;
const callA = crypto.randomUUID();
const callB = crypto.randomUUID();
const task = crypto.randomUUID();
let deadlines: ReminderDeadline[] = [];

/** Calls whose deadlines the test sets, as the selection module's source would read them from its tables. */
const callClosing = defineReminderSource({
  name: 'test.call_closing',
  label: { 'zh-CN': '申报截止提醒', 'en-US': 'Call closing' },
  kind: 'selection.call_closing',
  defaultOffsets: [7, 1],
  deadlines: async (_db, window) =>
    deadlines.filter((item) => {
      const day = typeof item.deadline === 'string' ? item.deadline : item.deadline.toISOString().slice(0, 10);
      return item.recordId !== task && day >= window.from && day <= window.to;
    }),
});

const taskDue = defineReminderSource({
  name: 'test.task_due',
  label: { 'zh-CN': '任务到期提醒', 'en-US': 'Task due' },
  kind: 'governance.workplan_task_due',
  overdueKind: 'governance.workplan_task_overdue',
  defaultOffsets: [1, -1],
  deadlines: async () => deadlines.filter((item) => item.recordId === task),
});

const call = (recordId: string, deadline: string | Date, title: string): ReminderDeadline => ({
  recordId,
  scopeId: recordId,
  deadline,
  recipients: [{ role: 'org_admin', scopeId: orgId }],
  params: { callTitle: title, applicationName: '连云港石化产业产教联合体' },
  link: { path: `/selection/calls/${recordId}`, recordType: 'selection_call', recordId },
});

/** Fan-out and e-mail, without the recurring jobs, which the last test drives itself. */
const DELIVERY_JOBS = notificationJobs([]).filter((job) => !job.schedule);
const shanghai = (local: string) => new Date(`${local}+08:00`);
const remind = async (local: string) => {
  const sent = await sendDueReminders(ctx.deps, [callClosing, taskDue], shanghai(local));
  await runDueJobs(ctx.deps, DELIVERY_JOBS, shanghai(local));
  return sent;
};
const titles = async () =>
  ((await applicant.request({ method: 'GET', url: '/api/notifications?module=selection' })).json() as TInboxPage).items.map(
    (item) => item.title,
  );

beforeAll(async () => {
  orgId = await newOrg(ctx.deps);
  applicant = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'org_admin', scopeId: orgId }]));
});

describe('a call closing on 2026-12-31 (default offsets 7 and 1 days)', STEPS_IN_ORDER, () => {
  beforeAll(() => {
    deadlines = [call(callA, '2026-12-31', '甲市遴选')];
  });

  it('is not reminded at 23:59 on 23 December in Shanghai (8 days before)', async () => {
    expect(await remind('2026-12-23T23:59:59')).toBe(0);
  });

  it('is reminded from 00:00 on 24 December in Shanghai (7 days before), with the days left', async () => {
    expect(await remind('2026-12-24T00:00:00')).toBe(1);
    expect(await titles()).toEqual(['甲市遴选将于 2026-12-31 截止申报']);
  });

  it('is not reminded twice on the same day or the next', async () => {
    expect(await remind('2026-12-24T07:00:00')).toBe(0);
    expect(await remind('2026-12-25T07:00:00')).toBe(0);
  });

  it('is reminded again one day before, and no more after it closed', async () => {
    expect(await remind('2026-12-30T07:00:00')).toBe(1);
    expect(await remind('2027-01-01T07:00:00')).toBe(0);
    expect(await titles()).toHaveLength(2);
  });
});

describe('offsets kept per call', () => {
  it('a call with its own offsets [3] is reminded 3 days before, not 7', async () => {
    await ctx.deps.database.db.transaction((tx) =>
      setReminderRules(tx, SYSTEM_ACTOR, callClosing, callB, { offsetsDays: [3], version: null }, 'zh-CN'),
    );
    expect(await reminderRules(ctx.deps.database.db, callClosing, callB, 'zh-CN')).toMatchObject({
      offsetsDays: [3],
      isDefault: false,
      version: 1,
    });
    deadlines = [call(callB, shanghai('2027-01-10T17:00:00'), '乙市遴选')];
    expect(await remind('2027-01-03T07:00:00')).toBe(0);
    expect(await remind('2027-01-07T07:00:00')).toBe(1);
    expect((await titles())[0]).toBe('乙市遴选将于 2027-01-10 截止申报');
  });

  it('refuses overdue offsets for a source without an overdue message', async () => {
    await expect(
      ctx.deps.database.db.transaction((tx) =>
        setReminderRules(tx, SYSTEM_ACTOR, callClosing, callB, { offsetsDays: [-1], version: 1 }, 'zh-CN'),
      ),
    ).rejects.toMatchObject({ code: 'REMINDER_OVERDUE_NOT_SUPPORTED' });
  });

  it('refuses a stale version', async () => {
    await expect(
      ctx.deps.database.db.transaction((tx) =>
        setReminderRules(tx, SYSTEM_ACTOR, callClosing, callB, { offsetsDays: [5], version: 7 }, 'zh-CN'),
      ),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
  });
});

describe('an overdue task', () => {
  it('gets the overdue message one day after its date', async () => {
    deadlines = [
      {
        ...call(task, '2027-02-01', '任务'),
        params: { bodyName: '沿沪宁产业创新带职业院校联盟', task: '开展资源调研' },
        link: { path: '/governance/workplan', recordType: 'task', recordId: task },
      },
    ];
    expect(await remind('2027-02-02T06:59:00')).toBe(1);
    const items = ((await applicant.request({ method: 'GET', url: '/api/notifications?module=governance' })).json() as TInboxPage).items;
    expect(items[0]).toMatchObject({ title: '任务「开展资源调研」已逾期 1 天', link: '/governance/workplan' });
  });
});

describe('the daily job', () => {
  it('runs the reminders at 07:00 in Shanghai', async () => {
    deadlines = [call(crypto.randomUUID(), '2027-03-08', '丙市遴选')];
    const jobs = notificationJobs([callClosing]);
    await runDueJobs(ctx.deps, jobs, shanghai('2027-03-01T06:00:00'));
    await runDueJobs(ctx.deps, jobs, shanghai('2027-03-01T06:59:00'));
    expect(await titles()).not.toContain('丙市遴选将于 2027-03-08 截止申报');
    await runDueJobs(ctx.deps, jobs, shanghai('2027-03-01T07:00:00'));
    expect((await titles())[0]).toBe('丙市遴选将于 2027-03-08 截止申报');
  });
});
