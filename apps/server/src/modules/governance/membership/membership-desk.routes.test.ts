import type { TInboxPage } from '@chanjiao/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { runDueJobs } from '../../../kernel/jobs/index.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { notificationJobs } from '../../notifications/index.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { registerSeedCharter } from '../charter/charter.test-support.js';
import { makeAlliance } from '../testing/alliance.test-support.js';

/** 2026-03-02 in Shanghai. */
const NOW = new Date('2026-03-02T02:00:00Z');
const DELIVERY_JOBS = notificationJobs([]).filter((job) => !job.schedule);

describe('the secretariat’s membership desk: 除名 by hand (章程第二十一条) and the founders’ 成员证书 (第十九条)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => NOW });
  });
  afterAll(async () => ctx.close());

  const as = async (role: 'body_secretariat' | 'member_representative', scopeId: string): Promise<Session> =>
    login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId }], { totp: false }));

  async function alliance() {
    const { bodyId, founders } = await makeAlliance(ctx.deps);
    await registerSeedCharter(ctx.deps, bodyId);
    const secretariat = await as('body_secretariat', bodyId);
    const queues = async () => (await secretariat.request({ method: 'GET', url: `/api/bodies/${bodyId}/membership-queues` })).json();
    return { bodyId, founders, secretariat, queues };
  }

  it('proposes an expulsion on a ground with facts: the unit is told it may be heard, and the proposal goes to the meeting like an automatic one', async () => {
    const { bodyId, founders, secretariat, queues } = await alliance();
    const xishan = founders.xishan!.id;
    const facts = '2026 年度未按期报送资源调研数据，经秘书处两次书面催告仍未报送';
    const proposed = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/expulsions`,
      payload: { orgId: xishan, ground: 3, facts },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    expect(proposed.json()).toMatchObject({ ground: 3, facts, isAutomatic: false, status: 'proposed', org: { id: xishan } });
    expect((await queues()).expulsions.map((row: { id: string }) => row.id)).toEqual([proposed.json().id]);

    const representative = await as('member_representative', xishan);
    await runDueJobs(ctx.deps, DELIVERY_JOBS, NOW);
    const inbox = (await representative.request({ method: 'GET', url: '/api/notifications?pageSize=50' })).json() as TInboxPage;
    const notice = inbox.items.find((item) => item.kind === 'governance.expulsion_proposed');
    expect(notice?.body).toContain('有权在校长联席会议表决前向秘书处陈述意见');
    expect(notice?.body).toContain(facts);

    const twice = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/expulsions`,
      payload: { orgId: xishan, ground: 1, facts: '再次提议' },
    });
    expect(twice.json().error.code).toBe('EXPULSION_PENDING');
    const [outsider] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: `泰州机电高等职业技术学校${Math.random()}`, type: 'higher_vocational', regionCode: '321200' }),
    ]);
    const notMember = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/expulsions`,
      payload: { orgId: outsider!.id, ground: 3, facts },
    });
    expect(notMember.json().error.code).toBe('EXPULSION_NOT_MEMBER');

    const meetingId = (
      await secretariat.request({
        method: 'POST',
        url: `/api/bodies/${bodyId}/meetings`,
        payload: { title: '一届三次校长联席会议', heldOn: '2026-04-10' },
      })
    ).json().id;
    const sent = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/expulsions/${proposed.json().id}/to-meeting`,
      payload: { meetingId, version: proposed.json().version },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const meeting = (await secretariat.request({ method: 'GET', url: `/api/bodies/${bodyId}/meetings/${meetingId}` })).json();
    expect(meeting.items.find((item: { kind: string }) => item.kind === 'expulsion').title).toContain('章程第二十一条第（三）项');
  });

  it('refuses a proposal from another body’s secretariat or from a member unit', async () => {
    const { bodyId, founders } = await alliance();
    const other = await alliance();
    const payload = { orgId: founders.xishan!.id, ground: 3, facts: '越权提议' };
    expect((await other.secretariat.request({ method: 'POST', url: `/api/bodies/${bodyId}/expulsions`, payload })).statusCode).toBe(403);
    const member = await as('member_representative', founders.pukou!.id);
    expect((await member.request({ method: 'POST', url: `/api/bodies/${bodyId}/expulsions`, payload })).statusCode).toBe(403);
  });

  it('issues the founding units their certificates, one or all at once, numbered on from the admission certificates', async () => {
    const { bodyId, founders, secretariat, queues } = await alliance();
    expect((await queues()).foundingWithoutCertificate.map((unit: { id: string }) => unit.id)).toEqual(
      Object.values(founders).map((f) => f.id),
    );

    const one = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/certificates`,
      payload: { orgId: founders.caoyang!.id },
    });
    expect(one.statusCode, one.body).toBe(201);
    expect(one.json().number).toMatch(/成员证〔2026〕第001号$/);

    const other = await alliance();
    expect((await other.secretariat.request({ method: 'POST', url: `/api/bodies/${bodyId}/certificates/founding` })).statusCode).toBe(403);

    const all = await secretariat.request({ method: 'POST', url: `/api/bodies/${bodyId}/certificates/founding` });
    expect(all.statusCode, all.body).toBe(200);
    const issued = all.json().items as { number: string; org: { id: string }; issuedOn: string }[];
    expect(issued.map((certificate) => certificate.org.id)).toEqual(
      Object.values(founders)
        .slice(1)
        .map((f) => f.id),
    );
    expect(issued.map((certificate) => certificate.number.slice(-5))).toEqual([
      '第002号',
      '第003号',
      '第004号',
      '第005号',
      '第006号',
      '第007号',
      '第008号',
      '第009号',
    ]);
    expect(issued.every((certificate) => certificate.issuedOn === '2026-03-02')).toBe(true);

    const after = await queues();
    expect(after.foundingWithoutCertificate).toEqual([]);
    expect(after.certificates).toHaveLength(9);
    expect((await secretariat.request({ method: 'POST', url: `/api/bodies/${bodyId}/certificates/founding` })).json().items).toEqual([]);
    const audited = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'governance.certificate.issue'), eq(auditLog.entityId, bodyId)));
    expect(audited).toHaveLength(9);
  });
});
