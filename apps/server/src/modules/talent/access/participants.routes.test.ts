import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { type Consortium, consortium } from '../testing/consortium.test-support.js';

// 连教职函〔2026〕6号 附件1 指标3.1 企业清单 and 3.3 三年内企业技能人才需求清单: the consortium's enterprises are its members and
// the enterprises its secretariat admitted to the list; each of them states its demand, which the gaps count per city.
describe('who enters demand, and what a city’s gap table counts', () => {
  const clock = new Date('2026-03-02T02:00:00Z');
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
  });
  afterAll(async () => ctx.close());

  const demand = (orgId: string, overrides: object = {}) => ({
    orgId,
    position: '数控机床操作工',
    occupation: '数控车工',
    majorCodes: ['460103'],
    educationLevel: 'higher_associate',
    startYear: 2027,
    headcounts: [10, 10, 10],
    locationRegionCode: '320703',
    apprenticeshipPlaces: 0,
    internshipPlaces: 0,
    ...overrides,
  });

  async function admit(c: Consortium, orgId: string) {
    const url = `/api/bodies/${c.bodyId}/talent/enterprises`;
    const applied = await c.secretariat.request({ method: 'POST', url, payload: { orgId, statement: '提供数控加工岗位' } });
    expect(applied.statusCode, applied.body).toBe(201);
    const admitted = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${applied.json().id}/decision`,
      payload: { action: 'admit', version: 1 },
    });
    expect(admitted.statusCode, admitted.body).toBe(200);
  }

  it('takes the demand of an enterprise on the list that is not a member, and offers it to the secretariat', async () => {
    const c = await consortium(ctx, '清单');
    const url = `/api/bodies/${c.bodyId}/talent/demands`;
    const before = await c.secretariat.request({ method: 'POST', url, payload: demand(c.outsiderId) });
    expect(before.json().error.code).toBe('TALENT_NOT_MEMBER');

    await admit(c, c.outsiderId);
    const access = (await c.secretariat.request({ method: 'GET', url: `/api/bodies/${c.bodyId}/talent/access` })).json();
    const offered = access.demandOrgs.map((o: { name: string }) => o.name);
    expect(offered).toHaveLength(2);
    expect(offered).toEqual(expect.arrayContaining(['连云港测试清单石化有限公司', '苏州测试清单机械有限公司']));
    expect(access.supplyOrgs.map((o: { name: string }) => o.name)).not.toContain('苏州测试清单机械有限公司');
    const after = await c.secretariat.request({ method: 'POST', url, payload: demand(c.outsiderId, { locationRegionCode: '320583' }) });
    expect(after.statusCode, after.body).toBe(201);
  });

  it('counts in a city’s table only that city’s demand and schools, and only the years of the window', async () => {
    const c = await consortium(ctx, '城市');
    const url = `/api/bodies/${c.bodyId}/talent/demands`;
    await admit(c, c.outsiderId);
    const post = async (payload: object) => {
      const response = await c.secretariat.request({ method: 'POST', url, payload });
      expect(response.statusCode, response.body).toBe(201);
    };
    await post(demand(c.enterpriseId)); // 连云区, 2027–2029: 10/10/10
    await post(demand(c.enterpriseId, { startYear: 2026, headcounts: [7, 5, 3] })); // 2027: 5, 2028: 3
    await post(demand(c.enterpriseId, { startYear: 2031, headcounts: [9, 9, 9] })); // after the window
    await post(demand(c.outsiderId, { locationRegionCode: '320583', headcounts: [20, 20, 20] })); // 昆山市, 苏州
    const supply = await c.college.request({
      method: 'POST',
      url: `/api/bodies/${c.bodyId}/talent/supplies`,
      payload: {
        orgId: c.collegeId,
        majorCode: '460103',
        mode: 'full_time',
        startYear: 2027,
        plannedEnrolment: [40, 40, 40],
        expectedGraduates: [4, 4, 4],
        placementsOffered: 0,
      },
    });
    expect(supply.statusCode, supply.body).toBe(201);

    const gaps = async (cityCode: string, groupBy = 'major') =>
      (
        await c.secretariat.request({
          method: 'GET',
          url: `/api/bodies/${c.bodyId}/talent/gaps?groupBy=${groupBy}&startYear=2027&cityCode=${cityCode}`,
        })
      ).json();
    expect(await gaps('320700')).toMatchObject({
      cityCode: '320700',
      rows: [{ key: '460103', demand: [15, 13, 10], supply: [4, 4, 4], gap: [11, 9, 6] }],
      totals: { demand: [15, 13, 10], supply: [4, 4, 4] },
    });
    // 460103 数控技术 belongs to 装备制造大类: the industry is named after it, without a level.
    expect(await gaps('320700', 'industry')).toMatchObject({
      groupBy: 'industry',
      rows: [{ key: '装备制造', name: '装备制造', level: null, demand: [15, 13, 10], supply: [4, 4, 4] }],
    });
    expect(await gaps('320500')).toMatchObject({
      rows: [{ key: '460103', demand: [20, 20, 20], supply: [0, 0, 0] }],
    });
  });
});
