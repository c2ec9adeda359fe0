/**
 * The stage deadlines of a quality-report cycle, at the Asia/Shanghai day boundaries (普陀区年报: 普陀区 collects its
 * schools' 2022 reports; 上海年报 6.4: 采集员 → 审核员 → 校长). Whoever the report waits for at a stage is reminded 7
 * and 1 days before that stage's deadline and once the day after it; a report that got beyond the stage is not.
 */
import type { TInboxItem, TInboxPage } from '@chanjiao/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { runDueJobs } from '../../../kernel/jobs/index.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { notificationJobs, sendDueReminders } from '../../notifications/index.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { createCycle, openCycle } from '../cycles/cycles.service.js';
import { qualityReports } from '../review/reports.table.js';
import { reportStageReminders } from './reports-reminders.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

const DELIVERY_JOBS = notificationJobs([]).filter((job) => !job.schedule);
const shanghai = (local: string) => new Date(`${local}+08:00`);
const TITLE = '普陀区中等职业教育质量年度报告（2022年度）';

describe('reminders of a report cycle’s stage deadlines', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  const sessions: Record<string, Session> = {};
  let draftReportId: string;
  let cycleId: string;

  const remind = async (local: string) => {
    const sent = await sendDueReminders(ctx.deps, [reportStageReminders], shanghai(local));
    await runDueJobs(ctx.deps, DELIVERY_JOBS, shanghai(local));
    return sent;
  };
  const inbox = async (who: string): Promise<TInboxItem[]> =>
    ((await sessions[who]!.request({ method: 'GET', url: '/api/notifications?module=reports&pageSize=50' })).json() as TInboxPage).items;
  const titles = async (who: string) => (await inbox(who)).map((item) => item.title);

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => shanghai('2023-03-01T09:00:00') });
    const db = ctx.deps.database.db;
    const [bureau, drafting, submitted, reviewed] = await insertOrgs(db, [
      orgValues({ name: '测试区教育局', type: 'education_authority', regionCode: '310107' }),
      orgValues({ name: '测试职业技术学校', type: 'secondary_vocational', regionCode: '310107' }),
      orgValues({ name: '测试信息技术学校', type: 'secondary_vocational', regionCode: '310107' }),
      orgValues({ name: '测试商贸学校', type: 'secondary_vocational', regionCode: '310107' }),
    ]);
    const as = async (role: 'authority_admin' | 'data_collector' | 'reviewer' | 'principal', orgId: string) =>
      login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId: orgId }], { totp: false }));
    sessions.authority = await as('authority_admin', bureau!.id);
    for (const [name, org] of [
      ['drafting', drafting!],
      ['submitted', submitted!],
      ['reviewed', reviewed!],
    ] as const) {
      sessions[`${name}.collector`] = await as('data_collector', org.id);
      sessions[`${name}.reviewer`] = await as('reviewer', org.id);
      sessions[`${name}.principal`] = await as('principal', org.id);
    }
    const cycle = await createCycle(db, SYSTEM_ACTOR, {
      authorityOrgId: bureau!.id,
      reportYear: 2022,
      title: TITLE,
      levels: ['school_secondary'],
      reportingUnits: [drafting!, submitted!, reviewed!].map((org) => ({ orgId: org.id, level: 'school_secondary' as const })),
      deadlines: { submit: '2023-03-10', review: '2023-03-20', approve: '2023-03-31', publish: '2023-04-30' },
      outline: ['1. 基本情况'],
    });
    cycleId = cycle.id;
    await openCycle(db, SYSTEM_ACTOR, cycle.id, cycle.version, shanghai('2023-03-01T09:00:00'));
    // Where each report stands, as the review chain (reports.service.ts) would have left it.
    await db.update(qualityReports).set({ status: 'submitted' }).where(eq(qualityReports.orgId, submitted!.id));
    await db.update(qualityReports).set({ status: 'reviewed' }).where(eq(qualityReports.orgId, reviewed!.id));
    const [draft] = await db.select({ id: qualityReports.id }).from(qualityReports).where(eq(qualityReports.orgId, drafting!.id));
    draftReportId = draft!.id;
  });
  afterAll(async () => ctx.close());

  it('reminds nobody at 23:59:59 on 2 March in Shanghai, 8 days before the submission deadline', async () => {
    expect(await remind('2023-03-02T23:59:59')).toBe(0);
  });

  it('reminds only the collector of the report still being filled in from 00:00 on 3 March, once', async () => {
    expect(await remind('2023-03-03T00:00:00')).toBe(1);
    expect(await remind('2023-03-03T07:00:00')).toBe(0);
    const [reminder] = await inbox('drafting.collector');
    expect(reminder).toMatchObject({
      title: `${TITLE}：“采集员提交”将于 2023-03-10 截止`,
      body: '距截止还有 7 天，测试职业技术学校的质量年报当前为“填报中”，请在截止前完成“采集员提交”。',
      link: `/reports/${draftReportId}`,
    });
    for (const who of ['drafting.reviewer', 'drafting.principal', 'submitted.collector', 'reviewed.collector']) {
      expect(await inbox(who)).toEqual([]);
    }
  });

  it('tells the collector once, the day after the deadline, that submission is overdue', async () => {
    expect(await remind('2023-03-09T07:00:00')).toBe(1);
    expect(await remind('2023-03-11T07:00:00')).toBe(1);
    expect(await remind('2023-03-12T07:00:00')).toBe(0);
    expect(await titles('drafting.collector')).toEqual([
      `${TITLE}：“采集员提交”已逾期 1 天`,
      `${TITLE}：“采集员提交”将于 2023-03-10 截止`,
      `${TITLE}：“采集员提交”将于 2023-03-10 截止`,
    ]);
    expect((await inbox('drafting.collector'))[0]!.body).toBe(
      '“采集员提交”已于 2023-03-10 截止，测试职业技术学校的质量年报仍为“填报中”，请尽快办理。',
    );
  });

  it('reminds the reviewer of the submitted report before the review deadline, not the unsubmitted one’s', async () => {
    expect(await remind('2023-03-12T23:59:59')).toBe(0);
    expect(await remind('2023-03-13T00:00:00')).toBe(1);
    expect(await titles('submitted.reviewer')).toEqual([`${TITLE}：“审核员审核”将于 2023-03-20 截止`]);
    expect(await inbox('drafting.reviewer')).toEqual([]);
    expect(await inbox('submitted.collector')).toEqual([]);
  });

  it('reminds the principal of the checked report before the approval deadline', async () => {
    expect(await remind('2023-03-24T00:00:00')).toBe(1);
    expect(await titles('reviewed.principal')).toEqual([`${TITLE}：“校长审定”将于 2023-03-31 截止`]);
    expect(await inbox('reviewed.reviewer')).toEqual([]);
    expect(await inbox('submitted.principal')).toEqual([]);
  });

  it('keeps the cycle’s own offsets, set by its authority and not by a participant', async () => {
    const url = `/api/reports/cycles/${cycleId}/reminder-rules`;
    const change = { offsetsDays: [10, 2, -1], version: null };
    expect(
      (await sessions['drafting.collector']!.request({ method: 'PUT', url: `${url}/reports.stage_deadline`, payload: change })).statusCode,
    ).toBe(403);
    const changed = await sessions.authority!.request({ method: 'PUT', url: `${url}/reports.stage_deadline`, payload: change });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ offsetsDays: [10, 2, -1], defaultOffsetsDays: [7, 1, -1], isDefault: false });
  });
});
