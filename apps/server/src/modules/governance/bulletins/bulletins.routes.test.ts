import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { type MovableClock, movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { type Founders, makeAlliance } from '../testing/alliance.test-support.js';

/** 2026-04-15 10:00 in Shanghai: the second quarter. */
const START = '2026-04-15T02:00:00Z';

describe('bulletins through the API (附件3 四, 简报第1期)', () => {
  let ctx: TestContext;
  /** The running test's own business time: each starts on START, whatever the one before moved its clock to. */
  let clock: MovableClock = movableClock(START);
  beforeAll(async () => {
    ctx = await createTestContext({}, { clock: { now: () => clock.now() } });
  });
  beforeEach(() => {
    clock = movableClock(START);
  });
  afterAll(async () => ctx.close());

  async function alliance() {
    const { bodyId, founders } = await makeAlliance(ctx.deps);
    return { bodyId, founders, ...(await sessions(bodyId, founders)), url: `/api/bodies/${bodyId}/bulletins` };
  }

  async function sessions(bodyId: string, founders: Founders) {
    // The clock is moved for quarters, so these users (none an administrator) sign in without a second factor.
    const as = async (role: 'body_secretariat' | 'liaison' | 'member_representative', scopeId: string) =>
      login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId }], { totp: false }));
    const secretariat = await as('body_secretariat', bodyId);
    const caoyang = await as('liaison', founders.caoyang!.id);
    const pukou = await as('member_representative', founders.pukou!.id);
    return { secretariat, caoyang, pukou };
  }

  const draft = (session: Session, url: string, orgId: string, subject = '沪宁同心·职教同行|联盟在沪成立') =>
    session.request({
      method: 'POST',
      url,
      payload: {
        orgId,
        subject,
        content: '12月12日下午，联盟成立大会暨一届一次会议圆满举行。',
        keywords: ['预备会', '联盟成立'],
        eventOn: '2025-12-12',
        draftedBy: '郭跃',
      },
    });

  async function submitted(session: Session, url: string, orgId: string, subject?: string) {
    const created = (await draft(session, url, orgId, subject)).json();
    return (await session.request({ method: 'POST', url: `${url}/${created.id}/submit`, payload: { version: created.version } })).json();
  }

  it('takes a 简讯 from draft to 第1期: the unit submits, the secretariat edits the title block and publishes', async () => {
    const { bodyId, founders, secretariat, caoyang, url } = await alliance();
    const created = await draft(caoyang, url, founders.caoyang!.id);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', issueNumber: null, abilities: { edit: true, submit: true, publish: false } });

    const sent = await caoyang.request({ method: 'POST', url: `${url}/${created.json().id}/submit`, payload: { version: 1 } });
    expect(sent.json()).toMatchObject({ status: 'submitted', abilities: { edit: false, submit: false } });
    const lateEdit = await caoyang.request({ method: 'PATCH', url: `${url}/${created.json().id}`, payload: { subject: '改', version: 2 } });
    expect(lateEdit.statusCode).toBe(409);
    expect(lateEdit.json().error.message).toContain('已报送秘书处');

    const edited = await secretariat.request({
      method: 'PATCH',
      url: `${url}/${created.json().id}`,
      payload: {
        reportTo: '联盟首届轮值主席单位——上海市曹杨职业技术学校',
        copyTo: '沿沪宁产业创新带职业院校联盟各成员单位',
        issuer: '联盟首届轮值主席单位',
        reviewedBy: '殷时余',
        version: 2,
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const published = await secretariat.request({
      method: 'POST',
      url: `${url}/${created.json().id}/publish`,
      payload: { issuedOn: '2025-12-14', version: 3 },
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({
      status: 'published',
      issueNumber: 1,
      issuedOn: '2025-12-14',
      reviewedBy: '殷时余',
      draftedBy: '郭跃',
    });

    const second = await submitted(caoyang, url, founders.caoyang!.id, '第二期');
    const next = await secretariat.request({
      method: 'POST',
      url: `${url}/${second.id}/publish`,
      payload: { issuedOn: '2026-04-20', version: second.version },
    });
    expect(next.json().issueNumber).toBe(2);

    const audit = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'bulletin.publish'), eq(auditLog.entityId, created.json().id)));
    expect(audit[0]!.details).toMatchObject({ bodyId, issueNumber: 1 });
  });

  it('gives two issues published at the same moment different numbers', async () => {
    const { founders, secretariat, caoyang, url } = await alliance();
    const first = await submitted(caoyang, url, founders.caoyang!.id, '甲');
    const second = await submitted(caoyang, url, founders.caoyang!.id, '乙');
    const results = await Promise.all(
      [first, second].map((b) =>
        secretariat.request({ method: 'POST', url: `${url}/${b.id}/publish`, payload: { issuedOn: '2026-04-20', version: b.version } }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(results.map((r) => r.json().issueNumber).sort()).toEqual([1, 2]);
  });

  it('keeps drafts to their unit and the secretariat, and lets a unit draft only for itself', async () => {
    const { founders, secretariat, caoyang, pukou, url } = await alliance();
    const created = (await draft(caoyang, url, founders.caoyang!.id)).json();
    expect((await pukou.request({ method: 'GET', url })).json().items).toEqual([]);
    expect((await pukou.request({ method: 'GET', url: `${url}/${created.id}` })).statusCode).toBe(404);
    expect((await secretariat.request({ method: 'GET', url })).json().items).toHaveLength(1);
    expect((await draft(pukou, url, founders.caoyang!.id)).statusCode).toBe(403);
    const publish = await pukou.request({
      method: 'POST',
      url: `${url}/${created.id}/publish`,
      payload: { issuedOn: '2026-04-20', version: 1 },
    });
    expect(publish.statusCode).toBe(403);
    const early = await secretariat.request({
      method: 'POST',
      url: `${url}/${created.id}/publish`,
      payload: { issuedOn: '2026-04-20', version: 1 },
    });
    expect(early.json().error.code).toBe('BULLETIN_STATE');
  });

  it('shows per member and quarter whether it sent the expected 1–2 简讯 (附件3 四(一)2)', async () => {
    const { bodyId, founders, caoyang, url } = await alliance();
    let { pukou } = await sessions(bodyId, founders);
    await submitted(caoyang, url, founders.caoyang!.id, '一');
    await submitted(caoyang, url, founders.caoyang!.id, '二');
    await submitted(caoyang, url, founders.caoyang!.id, '三');
    await submitted(pukou, url, founders.pukou!.id, '浦口');
    // 2026-06-30 23:30 in Shanghai is still the second quarter, although UTC already says 15:30 that day.
    clock.set('2026-06-30T15:30:00Z');
    ({ pukou } = await sessions(bodyId, founders));
    await submitted(pukou, url, founders.pukou!.id, '季末');
    await draft(pukou, url, founders.pukou!.id, '未报送的草稿不计');

    const table = (await pukou.request({ method: 'GET', url: `/api/bodies/${bodyId}/bulletin-quarters?year=2026` })).json();
    expect(table).toMatchObject({
      year: 2026,
      min: 1,
      max: 2,
      parameterSource: 'default',
      quarters: ['2026Q1', '2026Q2', '2026Q3', '2026Q4'],
    });
    const row = (orgId: string) => table.rows.find((r: { org: { id: string } }) => r.org.id === orgId).cells;
    expect(row(founders.caoyang!.id)[1]).toEqual({ quarter: '2026Q2', count: 3, status: 'above' });
    expect(row(founders.pukou!.id)[1]).toEqual({ quarter: '2026Q2', count: 2, status: 'met' });
    expect(row(founders.pukou!.id)[0]).toEqual({ quarter: '2026Q1', count: 0, status: 'below' });
    // The quarter is judged on the clock's day: on its last day a unit with none sent may still send one.
    expect(row(founders.nantong!.id)[1]).toMatchObject({ count: 0, status: 'open' });
    expect(table.rows).toHaveLength(9);

    clock.set('2026-07-01T02:00:00Z');
    ({ pukou } = await sessions(bodyId, founders));
    const after = (await pukou.request({ method: 'GET', url: `/api/bodies/${bodyId}/bulletin-quarters?year=2026` })).json();
    const nantong = after.rows.find((r: { org: { id: string } }) => r.org.id === founders.nantong!.id).cells;
    expect(nantong[1]).toMatchObject({ count: 0, status: 'below' });
  });

  it('lists published issues publicly without signing in, counting views and shares', async () => {
    const { bodyId, founders, secretariat, caoyang, url } = await alliance();
    const hidden = (await draft(caoyang, url, founders.caoyang!.id, '草稿不公开')).json();
    const ready = await submitted(caoyang, url, founders.caoyang!.id, '公开的简报');
    const published = (
      await secretariat.request({
        method: 'POST',
        url: `${url}/${ready.id}/publish`,
        payload: { issuedOn: '2026-04-20', version: ready.version },
      })
    ).json();

    const list = await ctx.app.inject({ method: 'GET', url: `/api/public/bulletins?bodyId=${bodyId}` });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: published.id, subject: '公开的简报', issueNumber: 1 }] });
    expect(list.body).not.toContain('authorUserId');

    // A reader counts once a day, however often they open it; another reader, or the same one the next day, counts again.
    const open = (userAgent: string) =>
      ctx.app.inject({ method: 'GET', url: `/api/public/bulletins/${published.id}`, headers: { 'user-agent': userAgent } });
    const views = [];
    for (const reader of ['手机浏览器', '手机浏览器', '手机浏览器', '电脑浏览器']) views.push((await open(reader)).json().viewCount);
    expect(views).toEqual([1, 1, 1, 2]);
    const parallel = await Promise.all(Array.from({ length: 5 }, () => open('平板浏览器')));
    expect(Math.max(...parallel.map((response) => response.json().viewCount))).toBe(3);
    clock.advance(24 * 60 * 60 * 1000);
    expect((await open('手机浏览器')).json().viewCount).toBe(4);
    const shared = await ctx.app.inject({ method: 'POST', url: `/api/public/bulletins/${published.id}/share` });
    expect(shared.json()).toEqual({ count: 1 });
    expect((await ctx.app.inject({ method: 'GET', url: `/api/public/bulletins/${hidden.id}` })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'POST', url: `/api/public/bulletins/${hidden.id}/share` })).statusCode).toBe(404);
  });
});
