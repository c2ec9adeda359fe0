import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../kernel/audit/audit.table.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../testing/test-app.js';
import { join, makeBody, makeOrg } from './bodies.test-support.js';

describe('liaisons through the API (章程第十一条)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  async function bodyWithTwoMembers() {
    const body = await makeBody(ctx.deps, '联络员联盟');
    const caoyang = await makeOrg(ctx.deps, '上海市曹杨职业技术学校');
    const xiangcheng = await makeOrg(ctx.deps, '江苏省相城中等专业学校', 'secondary_vocational', '320507');
    await join(ctx.deps, body.id, caoyang.id);
    await join(ctx.deps, body.id, xiangcheng.id);
    const secretariat = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: body.id }]));
    return { body, caoyang, xiangcheng, secretariat };
  }

  const nameLiaison = (session: Session, bodyId: string, payload: Record<string, unknown>) =>
    session.request({ method: 'POST', url: `/api/bodies/${bodyId}/liaisons`, payload });

  it('masks contact details in the list and shows which members have named no liaison', async () => {
    const { body, caoyang, xiangcheng, secretariat } = await bodyWithTwoMembers();
    const before = await secretariat.request({ method: 'GET', url: `/api/bodies/${body.id}/liaisons` });
    expect(
      before
        .json()
        .membersWithoutLiaison.map((m: { orgId: string }) => m.orgId)
        .sort(),
    ).toEqual([caoyang.id, xiangcheng.id].sort());

    const created = await nameLiaison(secretariat, body.id, {
      orgId: caoyang.id,
      name: '王老师',
      title: '教务处副处长',
      phone: '13812345678',
      email: 'wang@example.edu.cn',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ phone: '138****5678', email: 'w***@example.edu.cn', orgName: caoyang.name });

    const after = await secretariat.request({ method: 'GET', url: `/api/bodies/${body.id}/liaisons` });
    expect(after.json().liaisons).toEqual([
      expect.objectContaining({
        name: '王老师',
        phone: '138****5678',
        email: 'w***@example.edu.cn',
        abilities: { update: true, reveal: true },
      }),
    ]);
    expect(after.body).not.toContain('13812345678');
    expect(after.json().membersWithoutLiaison).toEqual([{ orgId: xiangcheng.id, orgName: xiangcheng.name }]);
    const members = await secretariat.request({ method: 'GET', url: `/api/bodies/${body.id}/members` });
    const counts = Object.fromEntries(
      members.json().items.map((m: { org: { id: string }; liaisonCount: number }) => [m.org.id, m.liaisonCount]),
    );
    expect(counts).toEqual({ [caoyang.id]: 1, [xiangcheng.id]: 0 });
  });

  it('reveals the full phone to a permitted user and writes who read it to the audit log', async () => {
    const { body, caoyang, secretariat } = await bodyWithTwoMembers();
    const liaison = (
      await nameLiaison(secretariat, body.id, { orgId: caoyang.id, name: '李老师', title: '校企合作处处长', phone: '021-52801234' })
    ).json();
    const revealed = await secretariat.request({ method: 'POST', url: `/api/bodies/${body.id}/liaisons/${liaison.id}/reveal` });
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json()).toEqual({ id: liaison.id, phone: '021-52801234', email: null });

    const entries = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'liaison.reveal'), eq(auditLog.entityId, liaison.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ outcome: 'success', actorUsername: expect.any(String) });
    expect(JSON.stringify(entries[0]!.details)).not.toContain('52801234');

    const platformAdmin = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'platform_admin' }]));
    const refused = await platformAdmin.request({ method: 'POST', url: `/api/bodies/${body.id}/liaisons/${liaison.id}/reveal` });
    expect(refused.statusCode).toBe(403);
  });

  it('lets an organisation administrator name liaisons for its own unit but not for another', async () => {
    const { body, caoyang, xiangcheng, secretariat } = await bodyWithTwoMembers();
    const caoyangAdmin = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'org_admin', scopeId: caoyang.id }]));
    const own = await nameLiaison(caoyangAdmin, body.id, { orgId: caoyang.id, name: '张老师', title: '办公室主任' });
    expect(own.statusCode, own.body).toBe(201);
    const foreign = await nameLiaison(caoyangAdmin, body.id, { orgId: xiangcheng.id, name: '赵老师', title: '教务处处长' });
    expect(foreign.statusCode).toBe(403);

    const othersLiaison = (
      await nameLiaison(secretariat, body.id, { orgId: xiangcheng.id, name: '钱老师', title: '教务处处长', phone: '13900001111' })
    ).json();
    const editForeign = await caoyangAdmin.request({
      method: 'PATCH',
      url: `/api/bodies/${body.id}/liaisons/${othersLiaison.id}`,
      payload: { title: '副校长', version: othersLiaison.version },
    });
    expect(editForeign.statusCode).toBe(403);
    const revealForeign = await caoyangAdmin.request({ method: 'POST', url: `/api/bodies/${body.id}/liaisons/${othersLiaison.id}/reveal` });
    expect(revealForeign.statusCode).toBe(403);

    const list = await caoyangAdmin.request({ method: 'GET', url: `/api/bodies/${body.id}/liaisons` });
    const abilities = Object.fromEntries(list.json().liaisons.map((l: { name: string; abilities: unknown }) => [l.name, l.abilities]));
    expect(abilities).toEqual({ 张老师: { update: true, reveal: true }, 钱老师: { update: false, reveal: false } });
    const detail = await caoyangAdmin.request({ method: 'GET', url: `/api/bodies/${body.id}` });
    expect(detail.json().abilities).toMatchObject({ manageLiaisons: true, manageMembers: false });
  });

  it('names liaisons only for current members', async () => {
    const { body, secretariat } = await bodyWithTwoMembers();
    const outsider = await makeOrg(ctx.deps, '某非成员企业', 'enterprise');
    const response = await nameLiaison(secretariat, body.id, { orgId: outsider.id, name: '孙经理', title: '人力资源部经理' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'LIAISON_ORG_NOT_MEMBER' });
    expect(response.json().error.message).toContain(outsider.name);
  });

  it('edits with optimistic locking, validates the phone, and removes a liaison', async () => {
    const { body, caoyang, secretariat } = await bodyWithTwoMembers();
    const badPhone = await nameLiaison(secretariat, body.id, { orgId: caoyang.id, name: '周老师', title: '科长', phone: '12345' });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().error.fields[0].message).toContain('手机号码');

    const liaison = (await nameLiaison(secretariat, body.id, { orgId: caoyang.id, name: '周老师', title: '科长' })).json();
    const url = `/api/bodies/${body.id}/liaisons/${liaison.id}`;
    const edited = await secretariat.request({ method: 'PATCH', url, payload: { phone: '13700002222', version: 1 } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ phone: '137****2222', version: 2 });
    const stale = await secretariat.request({ method: 'PATCH', url, payload: { title: '处长', version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    expect((await secretariat.request({ method: 'POST', url: `${url}/remove` })).statusCode).toBe(200);
    const list = await secretariat.request({ method: 'GET', url: `/api/bodies/${body.id}/liaisons` });
    expect(list.json().liaisons).toEqual([]);
    expect(list.json().membersWithoutLiaison.map((m: { orgId: string }) => m.orgId)).toContain(caoyang.id);
    expect((await secretariat.request({ method: 'POST', url: `${url}/reveal` })).statusCode).toBe(404);
  });

  it('stands a unit’s liaisons down when the unit leaves the body', async () => {
    const { body, caoyang, secretariat } = await bodyWithTwoMembers();
    await nameLiaison(secretariat, body.id, { orgId: caoyang.id, name: '吴老师', title: '教务处副处长' });
    const members = (await secretariat.request({ method: 'GET', url: `/api/bodies/${body.id}/members` })).json().items;
    const membership = members.find((m: { org: { id: string } }) => m.org.id === caoyang.id);
    const left = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${body.id}/members/${membership.id}/remove`,
      payload: { leftOn: '2026-02-01', reason: '书面申请退出' },
    });
    expect(left.json()).toMatchObject({ leftOn: '2026-02-01', liaisonCount: 0 });
    const list = await secretariat.request({ method: 'GET', url: `/api/bodies/${body.id}/liaisons` });
    expect(list.json().liaisons).toEqual([]);
    expect(list.json().membersWithoutLiaison.map((m: { orgId: string }) => m.orgId)).not.toContain(caoyang.id);
  });
});
