import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { multipartFile } from '../../../testing/xlsx-upload.js';
import { makeAlliance } from '../testing/alliance.test-support.js';

/** 2027-11-20 in Shanghai: inside the 60 days before terms that began 2026-01-10 end (2028-01-10). */
const now = new Date('2027-11-20T02:00:00Z');

describe('committees and offices through the API (章程第十至十五条)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => now });
  });
  afterAll(async () => ctx.close());

  async function allianceWithCommittee() {
    const { bodyId, founders } = await makeAlliance(ctx.deps);
    const secretariat = await login(
      ctx.app,
      await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }], { totp: false }),
    );
    const url = `/api/bodies/${bodyId}/offices`;
    const created = await secretariat.request({
      method: 'POST',
      url,
      payload: {
        kind: 'standing_committee',
        name: '师资培养委员会',
        duties: '制定“双师型”教师培养计划，组织教师跨区域实践、校际交流、联合教研，开展师资能力提升培训。',
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    const committee = created.json().offices.find((o: { name: string }) => o.name === '师资培养委员会');
    return { bodyId, founders, secretariat, url, committee };
  }

  const appoint = (session: Session, url: string, officeId: string, payload: Record<string, unknown>) =>
    session.request({ method: 'POST', url: `${url}/${officeId}/appointments`, payload: { appointedBy: '一届二次会议决议', ...payload } });

  it('appoints one 主任 and one 副主任 for a 2-year term and shows the reminder 60 days before it ends', async () => {
    const { founders, secretariat, url, committee } = await allianceWithCommittee();
    const director = await appoint(secretariat, url, committee.id, {
      post: 'director',
      holderName: '张主任',
      holderOrgId: founders.xishan!.id,
      startOn: '2026-01-10',
    });
    expect(director.statusCode, director.body).toBe(200);
    await appoint(secretariat, url, committee.id, {
      post: 'deputy_director',
      holderName: '李副主任',
      holderOrgId: founders.nantong!.id,
      startOn: '2026-01-10',
    });
    const posts = director.json().offices[0].posts;
    expect(posts.map((p: { post: string }) => p.post)).toEqual(['director', 'deputy_director']);

    const view = (await secretariat.request({ method: 'GET', url })).json();
    expect(view.termRule).toContain('任期 2 年，可连任');
    expect(view.parameterSource).toBe('default');
    const term = view.offices[0].posts[0].term;
    expect(term).toMatchObject({
      holderName: '张主任',
      org: { id: founders.xishan!.id },
      endsOn: '2028-01-10',
      reminderOn: '2027-11-11',
      state: 'reminder_due',
      termNumber: 1,
    });

    const second = await appoint(secretariat, url, committee.id, { post: 'director', holderName: '王老师', startOn: '2027-12-01' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain('张主任');

    const renewed = await appoint(secretariat, url, committee.id, {
      post: 'director',
      holderName: '张主任',
      holderOrgId: founders.xishan!.id,
      startOn: '2028-01-11',
      appointedBy: '二届一次会议决议（连任）',
    });
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json().offices[0].history).toHaveLength(3);

    const wrongPost = await appoint(secretariat, url, committee.id, {
      post: 'secretary_general',
      holderName: '赵老师',
      startOn: '2026-01-10',
    });
    expect(wrongPost.json().error.code).toBe('OFFICE_POST_INVALID');
  });

  it('records a committee’s 工作细则 with an attached file, audited, and lets members download it', async () => {
    const { bodyId, founders, secretariat, url, committee } = await allianceWithCommittee();
    const pdf = Buffer.from('%PDF-1.4\n% 师资培养委员会2026年度工作细则\n%%EOF\n');
    const upload = multipartFile(pdf, '工作细则.pdf', { contentType: 'application/pdf' });
    const file = await secretariat.request({ method: 'POST', url: `${url}/files`, payload: upload.payload, headers: upload.headers });
    expect(file.statusCode, file.body).toBe(201);
    const saved = await secretariat.request({
      method: 'PUT',
      url: `${url}/${committee.id}/documents`,
      payload: {
        year: 2026,
        kind: 'work_rules',
        title: '师资培养委员会2026年度工作细则',
        content: '一、组织“双师型”师资队伍建设研讨会……',
        fileId: file.json().id,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().offices[0].documents[0]).toMatchObject({ year: 2026, kind: 'work_rules', file: { filename: '工作细则.pdf' } });

    const member = await login(
      ctx.app,
      await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: founders.pukou!.id }], { totp: false }),
    );
    const download = await member.request({ method: 'GET', url: `${url}/files/${file.json().id}` });
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const refused = await member.request({
      method: 'PUT',
      url: `${url}/${committee.id}/documents`,
      payload: { year: 2026, kind: 'annual_report', title: '报告', content: '……' },
    });
    expect(refused.statusCode).toBe(403);
    expect((await member.request({ method: 'GET', url })).json().abilities).toEqual({ manage: false });

    const audit = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'office.document'), eq(auditLog.entityType, 'office_document')));
    expect(audit.some((entry) => (entry.details as { bodyId: string }).bodyId === bodyId)).toBe(true);
  });

  it('puts terms ending within 60 days on the secretariat’s dashboard', async () => {
    const { bodyId, founders, secretariat, url, committee } = await allianceWithCommittee();
    await appoint(secretariat, url, committee.id, {
      post: 'director',
      holderName: '张主任',
      holderOrgId: founders.xishan!.id,
      startOn: '2026-01-10',
    });
    const items = (await secretariat.request({ method: 'GET', url: '/api/dashboard' })).json().items;
    const reminder = items.find((item: { key: string }) => item.key === `governance.term_reminders:${bodyId}`);
    expect(reminder).toMatchObject({ count: 1, severity: 'warning', link: `/governance/offices?body=${bodyId}` });
    expect(reminder.description).toContain('师资培养委员会主任张主任');
    expect(reminder.description).toContain('2028-01-10');
  });
});
