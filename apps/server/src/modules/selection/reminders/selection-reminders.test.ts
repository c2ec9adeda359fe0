/**
 * Calls closing, at the Asia/Shanghai day boundaries: a call closing at 00:30 on 31 December in Shanghai (still
 * the 30th in UTC) reminds a draft's applicant 7 days before from 00:00 on 24 December Shanghai time, and 1 day
 * before on the 30th; a submitted application is not reminded; a call with its own offsets reminds on its days.
 * The opening of the call itself reaches the organisations of the authority's city. The call's authority, and no
 * other, reads and restores the call's offsets.
 */
import type { TInboxItem, TInboxPage } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { runDueJobs } from '../../../kernel/jobs/index.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { notificationJobs, sendDueReminders, setReminderRules } from '../../notifications/index.js';
import { createApplication } from '../applications/applications.service.js';
import { makeOpenCall, makeSelectionOrg } from '../applications/applications.test-support.js';
import { submittedApplication } from '../reviews/review.test-support.js';
import { callClosingReminders } from './selection-reminders.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

const DELIVERY_JOBS = notificationJobs([]).filter((job) => !job.schedule);
const shanghai = (local: string) => new Date(`${local}+08:00`);

describe('reminders of calls closing', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let drafter: Session;
  let submitter: Session;
  let otherAdmin: Session;
  let bureauName: string;
  let callTitle: string;
  let ownOffsetsTitle: string;
  let ownCallId: string;
  let authority: Session;
  let otherAuthority: Session;

  const remind = async (local: string) => {
    const sent = await sendDueReminders(ctx.deps, [callClosingReminders], shanghai(local));
    await runDueJobs(ctx.deps, DELIVERY_JOBS, shanghai(local));
    return sent;
  };
  const inbox = async (session: Session, kind: string): Promise<TInboxItem[]> =>
    ((await session.request({ method: 'GET', url: '/api/notifications?pageSize=50' })).json() as TInboxPage).items.filter(
      (item) => item.kind === kind,
    );

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => shanghai('2026-12-01T09:00:00') });
    const bureau = await makeSelectionOrg(ctx.deps, '连云港市教育局', 'education_authority', '320700');
    bureauName = bureau.name;
    const school = await makeSelectionOrg(ctx.deps, '连云港职业技术学院', 'higher_vocational');
    const park = await makeSelectionOrg(ctx.deps, '连云港徐圩新区管理委员会', 'government');
    const other = await makeSelectionOrg(ctx.deps, '连云港中等专业学校', 'secondary_vocational');
    drafter = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'org_admin', scopeId: school.id }], { totp: false }));
    submitter = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'data_collector', scopeId: park.id }], { totp: false }));
    otherAdmin = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'org_admin', scopeId: other.id }], { totp: false }));

    const opened = new Date('2026-12-01T00:00:00Z');
    const call = await makeOpenCall(ctx.deps, bureau.id, '2026-12-31T00:30:00', opened);
    callTitle = call.title;
    await createApplication(
      ctx.deps.database.db,
      SYSTEM_ACTOR,
      {
        callId: call.id,
        applicantOrgId: school.id,
        consortiumName: '连云港石化产业产教联合体',
        park: { orgId: null, name: '徐圩新区', uscc: null },
      },
      opened,
    );
    await submittedApplication(ctx.deps, call.id, park.id, '连云港新材料产教联合体', '连云港经济技术开发区', {
      school: '连云港中等专业学校',
      enterprise: '江苏斯尔邦石化有限公司',
      other: '连云港市化工行业协会',
    });

    const ownCall = await makeOpenCall(ctx.deps, bureau.id, '2026-12-31T17:00:00', opened);
    ownOffsetsTitle = ownCall.title;
    ownCallId = ownCall.id;
    const otherBureau = await makeSelectionOrg(ctx.deps, '淮安市教育局', 'education_authority', '320800');
    authority = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: bureau.id }], { totp: false }));
    otherAuthority = await login(
      ctx.app,
      await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: otherBureau.id }], { totp: false }),
    );
    await createApplication(
      ctx.deps.database.db,
      SYSTEM_ACTOR,
      {
        callId: ownCall.id,
        applicantOrgId: other.id,
        consortiumName: '连云港港口物流产教联合体',
        park: { orgId: null, name: '连云港港', uscc: null },
      },
      opened,
    );
    await setReminderRules(
      ctx.deps.database.db,
      SYSTEM_ACTOR,
      callClosingReminders,
      ownCall.id,
      { offsetsDays: [3], version: null },
      'zh-CN',
    );
  });
  afterAll(async () => ctx.close());

  it('tells the organisations of the authority’s city that the call is open', async () => {
    await runDueJobs(ctx.deps, DELIVERY_JOBS, shanghai('2026-12-01T09:00:00'));
    const opened = (await inbox(drafter, 'selection.call_opened')).find((item) => item.title.endsWith(callTitle));
    expect(opened!.title).toBe(`${bureauName}发布${callTitle}`);
    expect(opened!.body).toContain('申报截止时间：2026-12-31 00:30（北京时间）');
  });

  it('reminds nobody at 23:59:59 on 23 December in Shanghai, 8 days before the closing day', async () => {
    expect(await remind('2026-12-23T23:59:59')).toBe(0);
    expect(await inbox(drafter, 'selection.call_closing')).toEqual([]);
  });

  it('reminds the draft’s applicant from 00:00 on 24 December, 7 days before, once', async () => {
    expect(await remind('2026-12-24T00:00:00')).toBe(1);
    expect(await remind('2026-12-24T07:00:00')).toBe(0);
    const [reminder] = await inbox(drafter, 'selection.call_closing');
    expect(reminder).toMatchObject({
      title: `${callTitle}将于 2026-12-31 截止申报`,
      body: '距截止还有 7 天，贵单位的推荐书「连云港石化产业产教联合体」仍为草稿，请完成填报并提交。',
    });
    expect(await inbox(submitter, 'selection.call_closing')).toEqual([]);
  });

  it('keeps a call’s own offsets: 3 days before, not 7', async () => {
    expect(await inbox(otherAdmin, 'selection.call_closing')).toEqual([]);
    await remind('2026-12-28T00:00:00');
    const [reminder] = await inbox(otherAdmin, 'selection.call_closing');
    expect(reminder).toMatchObject({ title: `${ownOffsetsTitle}将于 2026-12-31 截止申报` });
    expect(reminder!.body).toMatch(/^距截止还有 3 天，/);
  });

  it('reminds again 1 day before, on 30 December in Shanghai', async () => {
    await remind('2026-12-30T00:00:00');
    const reminders = await inbox(drafter, 'selection.call_closing');
    expect(reminders.map((item) => item.body.slice(0, 10))).toEqual(['距截止还有 1 天，', '距截止还有 7 天，']);
  });

  it('shows the call’s authority its offsets, which it may change or restore, and no other authority', async () => {
    const url = `/api/selection/calls/${ownCallId}/reminder-rules`;
    const listed = (await authority.request({ method: 'GET', url })).json();
    expect(listed).toMatchObject({ abilities: { change: true } });
    expect(listed.items).toEqual([
      expect.objectContaining({
        source: 'selection.call_closing',
        offsetsDays: [3],
        defaultOffsetsDays: [7, 1],
        isDefault: false,
        overdueAllowed: false,
        version: 1,
      }),
      // The experts' scores due follow the call's own offsets too, untouched here.
      expect.objectContaining({
        source: 'selection.scores_due',
        offsetsDays: [7, 1],
        isDefault: true,
        overdueAllowed: false,
        version: null,
      }),
    ]);
    expect((await otherAuthority.request({ method: 'GET', url })).statusCode).toBe(403);
    expect((await otherAuthority.request({ method: 'DELETE', url: `${url}/selection.call_closing?version=1` })).statusCode).toBe(403);

    const restored = await authority.request({ method: 'DELETE', url: `${url}/selection.call_closing?version=1` });
    expect(restored.json()).toMatchObject({ offsetsDays: [7, 1], isDefault: true, version: null });
  });
});
