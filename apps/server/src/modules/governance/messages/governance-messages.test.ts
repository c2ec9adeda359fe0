/**
 * What the member units and the secretariat find in their inbox after governance changes, read through the
 * inbox API as they would: the meeting notice with its date and agenda, the vote opened and its result, the
 * application received and rejected with its reason, the expulsion proposed with the ground and the right to be
 * heard (章程第二十一条).
 */
import type { TInboxItem, TInboxPage } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../../kernel/jobs/index.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { notificationJobs } from '../../notifications/index.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { registerSeedCharter } from '../charter/charter.test-support.js';
import { type Founders, makeAlliance } from '../testing/alliance.test-support.js';

const NOW = new Date('2026-12-06T02:00:00Z');
const DELIVERY_JOBS = notificationJobs([]).filter((job) => !job.schedule);

describe('governance messages', () => {
  let ctx: TestContext;
  let bodyId: string;
  let bodyName: string;
  let founders: Founders;
  let secretariat: Session;
  let xishan: Session;
  let pukou: Session;

  const inbox = async (session: Session, kind?: string): Promise<TInboxItem[]> => {
    await runDueJobs(ctx.deps, DELIVERY_JOBS, NOW);
    const page = (await session.request({ method: 'GET', url: '/api/notifications?pageSize=50' })).json() as TInboxPage;
    return page.items.filter((item) => !kind || item.kind === kind);
  };
  const user = async (role: 'member_representative' | 'org_admin' | 'body_secretariat', scopeId: string) =>
    login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId }], { totp: false }));

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => NOW });
    ({ bodyId, founders } = await makeAlliance(ctx.deps));
    await registerSeedCharter(ctx.deps, bodyId);
    secretariat = await user('body_secretariat', bodyId);
    xishan = await user('member_representative', founders.xishan!.id);
    pukou = await user('member_representative', founders.pukou!.id);
    bodyName = (await secretariat.request({ method: 'GET', url: `/api/bodies/${bodyId}` })).json().name;
  });
  afterAll(async () => ctx.close());

  it('sends the meeting notice with its date, place and agenda once the agenda is set, once per version', async () => {
    const meeting = (
      await secretariat.request({
        method: 'POST',
        url: `/api/bodies/${bodyId}/meetings`,
        payload: { title: '一届二次会议', heldOn: '2026-12-20', location: '无锡市锡山中等专业学校' },
      })
    ).json();
    const url = `/api/bodies/${bodyId}/meetings/${meeting.id}`;
    const empty = await secretariat.request({ method: 'POST', url: `${url}/convene`, payload: { version: 1 } });
    expect(empty.json().error.code).toBe('MEETING_NOTICE_NO_AGENDA');

    await secretariat.request({ method: 'POST', url: `${url}/items`, payload: { kind: 'plan_approval', title: '审议2027年度工作计划' } });
    await secretariat.request({ method: 'POST', url: `${url}/items`, payload: { kind: 'motion', title: '设立专项工作组' } });
    const version = (await secretariat.request({ method: 'GET', url })).json().version;
    const sent = await secretariat.request({ method: 'POST', url: `${url}/convene`, payload: { version } });
    expect(sent.statusCode).toBe(200);
    const again = await secretariat.request({ method: 'POST', url: `${url}/convene`, payload: { version } });
    expect(again.json().error.code).toBe('VERSION_CONFLICT');

    const notices = await inbox(xishan, 'governance.meeting_convened');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      title: `${bodyName}召开一届二次会议`,
      body: '会议定于 2026-12-20 在无锡市锡山中等专业学校举行。议题：1. 审议2027年度工作计划；2. 设立专项工作组。请安排本单位代表出席，不能出席的请向秘书处请假。',
      link: `/governance/meetings/${meeting.id}?body=${bodyId}`,
      read: false,
    });
    expect(await inbox(pukou, 'governance.meeting_convened')).toHaveLength(1);
    expect(await inbox(secretariat, 'governance.meeting_convened')).toHaveLength(0);
  });

  it('asks the representatives present to vote, then tells them the result with the counts and the rule', async () => {
    const meeting = (
      await secretariat.request({
        method: 'POST',
        url: `/api/bodies/${bodyId}/meetings`,
        payload: { title: '一届三次会议', heldOn: '2026-12-06' },
      })
    ).json();
    const url = `/api/bodies/${bodyId}/meetings/${meeting.id}`;
    const item = (
      await secretariat.request({ method: 'POST', url: `${url}/items`, payload: { kind: 'motion', title: '设立课程互选工作组' } })
    ).json().items[0];
    await secretariat.request({
      method: 'PUT',
      url: `${url}/attendance`,
      payload: {
        entries: [
          { orgId: founders.xishan!.id, status: 'present' },
          { orgId: founders.pukou!.id, status: 'present' },
        ],
      },
    });
    await secretariat.request({ method: 'POST', url: `${url}/items/${item.id}/open` });

    const asked = await inbox(xishan, 'governance.vote_opened');
    expect(asked.map((message) => message.title)).toEqual(['请就「设立课程互选工作组」表决']);

    await xishan.request({
      method: 'POST',
      url: `${url}/items/${item.id}/ballots`,
      payload: { orgId: founders.xishan!.id, choice: 'yes' },
    });
    await pukou.request({ method: 'POST', url: `${url}/items/${item.id}/ballots`, payload: { orgId: founders.pukou!.id, choice: 'no' } });
    await secretariat.request({ method: 'POST', url: `${url}/items/${item.id}/close` });

    const [result] = await inbox(pukou, 'governance.vote_closed');
    expect(result!.title).toBe('「设立课程互选工作组」表决结果：通过');
    expect(result!.body).toMatch(/^同意 1、反对 1、弃权 0。规则：.+。$/);
  });

  it('tells the secretariat of an application to join, and the applicant why it was rejected', async () => {
    const [org] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: `泰州机电高等职业技术学校${Math.random()}`, type: 'higher_vocational', regionCode: '321200' }),
    ]);
    const applicant = await user('org_admin', org!.id);
    const submitted = (
      await applicant.request({
        method: 'POST',
        url: `/api/bodies/${bodyId}/applications`,
        payload: {
          orgId: org!.id,
          legalPersonStatus: '事业单位法人',
          qualifications: {
            registeredLegalPerson: true,
            endorsesCharter: true,
            capacity: true,
            capacityStatement: '在校生 6000 人',
            willingToCooperate: true,
          },
          reasons: '服务泰州医药产业',
          contactName: '李老师',
          contactPhone: '13912345678',
        },
      })
    ).json();
    const received = await inbox(secretariat, 'governance.join_received');
    expect(received.map((message) => message.title)).toEqual([`${org!.name}申请加入${bodyName}`]);

    await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/applications/${submitted.id}/review`,
      payload: { decision: 'reject', reason: '尚不具备省级优质专业基础（章程第十六条(三)）', version: submitted.version },
    });
    const [decided] = await inbox(applicant, 'governance.join_decided');
    expect(decided).toMatchObject({
      title: `加入${bodyName}的申请：初审未通过`,
      body: `${org!.name}加入${bodyName}的申请已办结：初审未通过。理由：尚不具备省级优质专业基础（章程第十六条(三)）`,
    });
  });

  it('tells a unit proposed for expulsion the ground, the facts and its right to be heard', async () => {
    await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/expulsions`,
      payload: { orgId: founders.pukou!.id, ground: 3, facts: '2026年未报送任何简讯，经两次书面提醒仍未报送' },
    });
    const [proposed] = await inbox(pukou, 'governance.expulsion_proposed');
    expect(proposed!.title).toBe(`关于${founders.pukou!.name}的除名提议`);
    expect(proposed!.body).toContain('理由：不履行成员义务。事实：2026年未报送任何简讯，经两次书面提醒仍未报送。');
    expect(proposed!.body).toContain('有权在校长联席会议表决前向秘书处陈述意见');
    expect(await inbox(xishan, 'governance.expulsion_proposed')).toHaveLength(0);
  });
});
