import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { type Consortium, consortium } from '../testing/consortium.test-support.js';

// 连教职函〔2026〕6号 附件1 指标3.4 “定期发布联合体内企业应用技术创新需求清单”; 《本期聚焦：市域产教联合体》 政策支持清单、培训资源清单、技术服务清单、学生信息清单.
describe('the lists of entries, the numbered innovation issues and the student figures through the API', () => {
  const START = '2026-03-10T02:00:00Z';
  const clock = movableClock(START);
  let ctx: TestContext;
  let c: Consortium;
  let items: string;

  beforeAll(async () => {
    // the clock runs past a validity's last day: keep the sessions open that long
    ctx = await createTestContext({ session: { idleMs: 90 * 86_400_000, absoluteMs: 90 * 86_400_000 } }, { clock });
    c = await consortium(ctx);
    items = `/api/bodies/${c.bodyId}/talent/items`;
    // innovation demands come from enterprises on the enterprise list (指标3.1)
    const enterprises = `/api/bodies/${c.bodyId}/talent/enterprises`;
    await c.enterprise.request({ method: 'POST', url: enterprises, payload: { orgId: c.enterpriseId, statement: '提出技术需求' } });
    const [entry] = (await c.secretariat.request({ method: 'GET', url: enterprises })).json().items;
    await c.secretariat.request({
      method: 'POST',
      url: `${enterprises}/${entry.id}/decision`,
      payload: { action: 'admit', version: entry.version },
    });
  });
  afterAll(async () => ctx.close());
  // A test that moves the clock moves it for itself: the next one starts on START again, even after a failure.
  beforeEach(() => {
    clock.set(START);
  });

  const innovation = (overrides: object = {}) => ({
    kind: 'innovation',
    orgId: c.enterpriseId,
    name: '乙烯裂解炉结焦在线监测',
    summary: '研发裂解炉管结焦在线监测与预警方法，降低非计划停炉',
    provider: '连云港测试石化有限公司',
    field: '石油化工',
    budgetBand: 'from_50_to_100',
    closesOn: '2026-06-30',
    contactName: '王工',
    contactPhone: '13812345678',
    ...overrides,
  });

  it('takes an enterprise’s innovation demand as a draft and publishes it only inside issue 第1期, contacts masked', async () => {
    const incomplete = await c.enterprise.request({
      method: 'POST',
      url: `/api/bodies/${c.bodyId}/talent/innovation-demands`,
      payload: innovation({ budgetBand: undefined }),
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(JSON.stringify(incomplete.json().error.fields)).toContain('应用技术创新需求须填写此项');
    const policyByEnterprise = await c.enterprise.request({
      method: 'POST',
      url: `/api/bodies/${c.bodyId}/talent/innovation-demands`,
      payload: innovation({ kind: 'policy' }),
    });
    expect(policyByEnterprise.json().error.code).toBe('TALENT_INNOVATION_ORG');
    const created = await c.enterprise.request({
      method: 'POST',
      url: `/api/bodies/${c.bodyId}/talent/innovation-demands`,
      payload: innovation(),
    });
    expect(created.statusCode, created.body).toBe(201);
    const closed = await c.secretariat.request({
      method: 'POST',
      url: items,
      payload: innovation({ name: '已截止的需求', closesOn: '2026-03-09' }),
    });
    const { id } = created.json();

    // a draft is the enterprise's and the secretariat's alone, whatever other tests have published
    const seenBeforeIssue = (await c.college.request({ method: 'GET', url: items })).json().items as { id: string }[];
    expect(seenBeforeIssue.map((item) => item.id)).not.toContain(id);
    const direct = await c.secretariat.request({
      method: 'POST',
      url: `${items}/${id}/status`,
      payload: { action: 'publish', version: 1 },
    });
    expect(direct.json().error.code).toBe('TALENT_INNOVATION_IN_ISSUE');
    const stale = await c.secretariat.request({
      method: 'POST',
      url: `/api/bodies/${c.bodyId}/talent/innovation-issues`,
      payload: { name: '2026年第一季度', itemIds: [id, closed.json().id] },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(stale.json().error).toMatchObject({
      code: 'TALENT_ISSUE_ITEM',
      message: '“已截止的需求”已过截止日期，不能编入本期；请从本期中去掉它',
    });
    const issue = await c.secretariat.request({
      method: 'POST',
      url: `/api/bodies/${c.bodyId}/talent/innovation-issues`,
      payload: { name: '2026年第一季度', itemIds: [id] },
    });
    expect(issue.json()).toMatchObject({ number: 1 });

    const [seen] = (await c.college.request({ method: 'GET', url: `${items}?kind=innovation` })).json().items;
    expect(seen).toMatchObject({
      status: 'published',
      issue: { number: 1, label: '第1期' },
      contactPhone: '138****5678',
      org: { name: '连云港测试石化有限公司' },
    });
    expect((await c.college.request({ method: 'GET', url: `${items}/${id}/contact` })).statusCode).toBe(403);
    expect((await c.secretariat.request({ method: 'GET', url: `${items}/${id}/contact` })).json()).toEqual({
      contactName: '王工',
      contactPhone: '13812345678',
    });
    const issues = (await c.college.request({ method: 'GET', url: `/api/bodies/${c.bodyId}/talent/innovation-issues` })).json().items;
    expect(issues).toMatchObject([{ number: 1, label: '第1期', name: '2026年第一季度', publishedOn: '2026-03-10', itemCount: 1 }]);
  });

  it('lets the secretariat publish a policy entry that expires after its validity’s last day, and withdraw with a reason', async () => {
    const policy = {
      kind: 'policy',
      name: '连云港市产教融合型企业奖补办法',
      summary: '对认定的产教融合型企业给予奖补',
      provider: '连云港市发展和改革委员会',
      validFrom: '2026-01-01',
      validUntil: '2026-03-31',
      links: ['https://example.gov.cn/policy/1'],
    };
    const upside = await c.secretariat.request({
      method: 'POST',
      url: items,
      payload: { ...policy, validUntil: '2025-12-31' },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(JSON.stringify(upside.json().error.fields)).toContain('有效期截止日不能早于起始日');
    const byEnterprise = await c.enterprise.request({ method: 'POST', url: items, payload: policy });
    expect(byEnterprise.statusCode).toBe(403);
    const { id } = (await c.secretariat.request({ method: 'POST', url: items, payload: policy })).json();
    const edited = await c.secretariat.request({
      method: 'PUT',
      url: `${items}/${id}`,
      payload: { ...policy, summary: '对认定的产教融合型企业按投入给予奖补', version: 1 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(
      (await c.secretariat.request({ method: 'POST', url: `${items}/${id}/status`, payload: { action: 'publish', version: 2 } }))
        .statusCode,
    ).toBe(200);
    const locked = await c.secretariat.request({ method: 'PUT', url: `${items}/${id}`, payload: { ...policy, version: 3 } });
    expect(locked.json().error.code).toBe('TALENT_ENTRY_NOT_DRAFT');

    const read = async () => (await c.college.request({ method: 'GET', url: `${items}?kind=policy` })).json().items[0];
    expect((await read()).status).toBe('published');
    clock.set('2026-04-01T02:00:00Z');
    expect((await read()).status).toBe('expired');
    const late = await c.secretariat.request({
      method: 'POST',
      url: `${items}/${id}/status`,
      payload: { action: 'withdraw', reason: '到期', version: 3 },
    });
    expect(late.json().error.code).toBe('TALENT_ENTRY_EXPIRED');
  });

  it('keeps student information as counts per major and year, never a person', async () => {
    const students = `/api/bodies/${c.bodyId}/talent/students`;
    const figures = { orgId: c.collegeId, majorCode: '460103', graduationYear: 2027, students: 80, seekingPlacement: 30 };
    const tooMany = await c.college.request({ method: 'POST', url: students, payload: { ...figures, seekingPlacement: 81 } });
    expect(tooMany.json().error.code).toBe('TALENT_STUDENTS_SEEKING');
    const created = await c.college.request({ method: 'POST', url: students, payload: figures });
    expect(created.statusCode, created.body).toBe(201);
    expect((await c.college.request({ method: 'POST', url: students, payload: figures })).json().error.code).toBe('TALENT_STUDENTS_EXISTS');
    expect((await c.enterprise.request({ method: 'GET', url: students })).json().items).toEqual([]);
    await c.college.request({ method: 'POST', url: `${students}/${created.json().id}/status`, payload: { action: 'publish', version: 1 } });
    const [row] = (await c.enterprise.request({ method: 'GET', url: students })).json().items;
    expect(row).toMatchObject({
      major: { code: '460103', name: '数控技术' },
      graduationYear: 2027,
      students: 80,
      seekingPlacement: 30,
      status: 'published',
    });
    expect(Object.keys(row).sort()).toEqual([
      'graduationYear',
      'history',
      'id',
      'isGenerated',
      'major',
      'org',
      'seekingPlacement',
      'status',
      'students',
      'version',
    ]);
  });
});
