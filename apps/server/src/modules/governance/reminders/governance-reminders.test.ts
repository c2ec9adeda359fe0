/**
 * Governance reminders at the Asia/Shanghai day boundaries, read in the inbox of the people they are for: a
 * work-plan task ending on 31 December reminds its named unit from 00:00 on the 24th (7 days before) and
 * reports it overdue from 00:00 on 1 January; a body that keeps its own offsets is reminded on its days; a
 * withdrawal's notice period ending reminds the secretariat 7 days before; members below the quarter's 简讯
 * quota (附件3 四(一)2: at least 1) are reminded a month before the quarter ends, and a member at the quota is not.
 */
import type { TInboxItem, TInboxPage } from '@chanjiao/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { runDueJobs } from '../../../kernel/jobs/index.js';
import { addDays } from '../../../kernel/time/calendar.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { notificationJobs, type ReminderSource, sendDueReminders, setReminderRules } from '../../notifications/index.js';
import { registerSeedCharter } from '../charter/charter.test-support.js';
import { type Founders, makeAlliance } from '../testing/alliance.test-support.js';
import { insertTask } from '../workplan/workplan.repository.js';
import { parsePlanUnits } from '../workplan/workplan.rules.js';
import { insertBulletin } from '../bulletins/bulletins.repository.js';
import { bulletinQuotaReminders, withdrawalNoticeReminders, workplanTaskReminders } from './governance-reminders.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

const DELIVERY_JOBS = notificationJobs([]).filter((job) => !job.schedule);
const shanghai = (local: string) => new Date(`${local}+08:00`);

describe('governance reminders', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  const clock = shanghai('2026-11-16T09:00:00');
  const sessions: Record<string, Session> = {};

  const remind = async (source: ReminderSource, local: string) => {
    const sent = await sendDueReminders(ctx.deps, [source], shanghai(local));
    await runDueJobs(ctx.deps, DELIVERY_JOBS, shanghai(local));
    return sent;
  };
  const inbox = async (session: Session, kind: string): Promise<TInboxItem[]> =>
    ((await session.request({ method: 'GET', url: '/api/notifications?pageSize=50' })).json() as TInboxPage).items.filter(
      (item) => item.kind === kind,
    );

  /** Two alliances: the first keeps the default offsets, the second its own. */
  let first: { bodyId: string; founders: Founders };
  let second: { bodyId: string; founders: Founders };

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
    first = await makeAlliance(ctx.deps);
    second = await makeAlliance(ctx.deps);
    for (const alliance of [first, second]) await registerSeedCharter(ctx.deps, alliance.bodyId);
    const user = async (role: 'member_representative' | 'body_secretariat', scopeId: string) =>
      login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId }], { totp: false }));
    sessions.secretariat = await user('body_secretariat', first.bodyId);
    sessions.xishan = await user('member_representative', first.founders.xishan!.id);
    sessions.pukou = await user('member_representative', first.founders.pukou!.id);
    sessions.secondXishan = await user('member_representative', second.founders.xishan!.id);

    for (const alliance of [first, second]) {
      const name = alliance.founders.xishan!.name;
      await insertTask(ctx.deps.database.db, {
        bodyId: alliance.bodyId,
        year: 2026,
        section: '一、组织建设',
        title: '开展联盟成员单位资源调研',
        windowText: '2026年10月—12月',
        startsOn: '2026-10-01',
        endsOn: '2026-12-31',
        content: '调研各成员单位的实训基地与师资',
        expectedOutcome: '形成调研报告',
        unitsText: name,
        units: parsePlanUnits(name),
      });
    }
    await setReminderRules(
      ctx.deps.database.db,
      SYSTEM_ACTOR,
      workplanTaskReminders,
      second.bodyId,
      { offsetsDays: [3], version: null },
      'zh-CN',
    );
  });
  afterAll(async () => ctx.close());

  describe('a work-plan task ending on 2026-12-31', () => {
    it('is not reminded at 23:59:59 on 23 December in Shanghai', async () => {
      expect(await remind(workplanTaskReminders, '2026-12-23T23:59:59')).toBe(0);
    });

    it('reminds the unit it names from 00:00 on 24 December, and no other unit', async () => {
      expect(await remind(workplanTaskReminders, '2026-12-24T00:00:00')).toBe(1);
      const [due] = await inbox(sessions.xishan!, 'governance.workplan_task_due');
      expect(due).toMatchObject({
        title: '任务「开展联盟成员单位资源调研」将于 2026-12-31 到期',
        link: `/governance/workplan?body=${first.bodyId}`,
      });
      expect(due!.body).toContain('还有 7 天到期');
      expect(await inbox(sessions.pukou!, 'governance.workplan_task_due')).toEqual([]);
      expect(await inbox(sessions.secondXishan!, 'governance.workplan_task_due')).toEqual([]);
    });

    it('reminds the body with its own offsets 3 days before instead', async () => {
      await remind(workplanTaskReminders, '2026-12-28T00:00:00');
      const [due] = await inbox(sessions.secondXishan!, 'governance.workplan_task_due');
      expect(due!.body).toContain('还有 3 天到期');
    });

    it('reminds the unit again 1 day before, then reports it overdue from 00:00 on 1 January', async () => {
      await remind(workplanTaskReminders, '2026-12-30T00:00:00');
      const [again] = await inbox(sessions.xishan!, 'governance.workplan_task_due');
      expect(again!.body).toContain('还有 1 天到期');
      expect(await remind(workplanTaskReminders, '2026-12-31T23:59:59')).toBe(0);
      await remind(workplanTaskReminders, '2027-01-01T00:00:00');
      const [overdue] = await inbox(sessions.xishan!, 'governance.workplan_task_overdue');
      expect(overdue!.title).toBe('任务「开展联盟成员单位资源调研」已逾期 1 天');
    });
  });

  it('reminds the secretariat 7 days before a withdrawal’s notice period ends', async () => {
    const pukou = first.founders.pukou!.id;
    const submitted = (
      await sessions.pukou!.request({
        method: 'POST',
        url: `/api/bodies/${first.bodyId}/withdrawals`,
        payload: { orgId: pukou, letter: '因学校布局调整，申请退出联盟。', intendedOn: '2027-03-01' },
      })
    ).json();
    await sessions.secretariat!.request({
      method: 'POST',
      url: `/api/bodies/${first.bodyId}/withdrawals/${submitted.id}/receipt`,
      payload: { receivedOn: '2026-11-16', version: 1 },
    });
    const queues = (await sessions.secretariat!.request({ method: 'GET', url: `/api/bodies/${first.bodyId}/membership-queues` })).json();
    const endsOn: string = queues.withdrawals.find((row: { id: string }) => row.id === submitted.id).earliestEffectiveOn;

    expect(await remind(withdrawalNoticeReminders, `${addDays(endsOn, -8)}T23:59:59`)).toBe(0);
    expect(await remind(withdrawalNoticeReminders, `${addDays(endsOn, -7)}T00:00:00`)).toBe(1);
    const [ending] = await inbox(sessions.secretariat!, 'governance.withdrawal_notice_ending');
    expect(ending).toMatchObject({ title: `${first.founders.pukou!.name}的退出预告期将于 ${endsOn} 届满` });
    expect(ending!.body).toMatch(/^还有 7 天。/);
  });

  it('reminds a member below the quarter’s 简讯 quota from 00:00 on 1 December, and not one that sent its item', async () => {
    await insertBulletin(ctx.deps.database.db, {
      bodyId: first.bodyId,
      orgId: first.founders.pukou!.id,
      status: 'submitted',
      subject: '浦口中专开展双师型教师专题研修',
      content: '11月18日，学校组织专业教师赴合作企业实践。',
      submittedOn: '2026-11-20',
    });
    expect(await remind(bulletinQuotaReminders, '2026-11-30T23:59:59')).toBe(0);
    expect(await remind(bulletinQuotaReminders, '2026-12-01T00:00:00')).toBeGreaterThan(0);
    const [behind] = await inbox(sessions.xishan!, 'governance.bulletin_quota_behind');
    expect(behind!.title).toBe('本季度简讯报送不足：0/1 篇');
    expect(behind!.body).toContain('本季度于 2026-12-31 结束（还有 30 天），贵单位已报送 0 篇');
    expect(await inbox(sessions.pukou!, 'governance.bulletin_quota_behind')).toEqual([]);
  });

  it('lets the body’s secretariat set its own offsets of a source, and nobody else', async () => {
    const url = `/api/bodies/${first.bodyId}/reminder-rules`;
    const listed = (await sessions.secretariat!.request({ method: 'GET', url })).json();
    expect(listed.items.map((rules: { source: string }) => rules.source)).toEqual([
      'governance.workplan_task',
      'governance.withdrawal_notice',
      'governance.office_term',
      'governance.bulletin_quota',
      'governance.chair_year',
    ]);
    expect(listed.items[0]).toMatchObject({ offsetsDays: [7, 1, -1], isDefault: true, version: null });

    const refused = await sessions.xishan!.request({
      method: 'PUT',
      url: `${url}/governance.withdrawal_notice`,
      payload: { offsetsDays: [14], version: null },
    });
    expect(refused.statusCode).toBe(403);
    const overdue = await sessions.secretariat!.request({
      method: 'PUT',
      url: `${url}/governance.withdrawal_notice`,
      payload: { offsetsDays: [14, -1], version: null },
    });
    expect(overdue.json().error.code).toBe('REMINDER_OVERDUE_NOT_SUPPORTED');
    const saved = await sessions.secretariat!.request({
      method: 'PUT',
      url: `${url}/governance.withdrawal_notice`,
      payload: { offsetsDays: [3, 14], version: null },
    });
    expect(saved.json()).toMatchObject({ offsetsDays: [14, 3], isDefault: false, version: 1 });
    const unknown = await sessions.secretariat!.request({
      method: 'PUT',
      url: `${url}/selection.call_closing`,
      payload: { offsetsDays: [3], version: null },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('tells each viewer whether they may change the offsets and which sources remind after the deadline', async () => {
    const url = `/api/bodies/${first.bodyId}/reminder-rules`;
    const bySecretariat = (await sessions.secretariat!.request({ method: 'GET', url })).json();
    expect(bySecretariat.abilities).toEqual({ change: true });
    const overdue = Object.fromEntries(
      bySecretariat.items.map((rules: { source: string; overdueAllowed: boolean }) => [rules.source, rules.overdueAllowed]),
    );
    expect(overdue).toMatchObject({ 'governance.workplan_task': true, 'governance.withdrawal_notice': false });
    const byMember = (await sessions.xishan!.request({ method: 'GET', url })).json();
    expect(byMember.abilities).toEqual({ change: false });
  });

  it('lets the secretariat go back to the defaults, refusing a stale version and auditing the change', async () => {
    const url = `/api/bodies/${first.bodyId}/reminder-rules/governance.office_term`;
    const own = (await sessions.secretariat!.request({ method: 'PUT', url, payload: { offsetsDays: [60, 30], version: null } })).json();
    expect(own).toMatchObject({ offsetsDays: [60, 30], defaultOffsetsDays: [30], isDefault: false, version: 1 });
    await sessions.secretariat!.request({ method: 'PUT', url, payload: { offsetsDays: [45], version: 1 } });

    expect((await sessions.xishan!.request({ method: 'DELETE', url: `${url}?version=2` })).statusCode).toBe(403);
    const stale = await sessions.secretariat!.request({ method: 'DELETE', url: `${url}?version=1` });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const restored = await sessions.secretariat!.request({ method: 'DELETE', url: `${url}?version=2` });
    expect(restored.json()).toMatchObject({ offsetsDays: [30], isDefault: true, version: null });
    const again = await sessions.secretariat!.request({ method: 'DELETE', url: `${url}?version=2` });
    expect(again.json()).toMatchObject({ offsetsDays: [30], isDefault: true });

    const audited = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'reminders.rules.restore'), eq(auditLog.entityId, `governance.office_term:${first.bodyId}`)));
    expect(audited).toHaveLength(1);
    expect(audited[0]!.details).toEqual({ offsetsDays: [30], previousOffsetsDays: [45] });
  });
});
