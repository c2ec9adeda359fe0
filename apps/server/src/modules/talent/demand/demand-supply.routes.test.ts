import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { type Consortium, consortium } from '../testing/consortium.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// 连教职函〔2026〕6号 附件1 指标3.3 “制定三年内企业技能人才需求清单”: enterprises enter demand, schools supply, the secretariat sees the gap.
const clock = new Date('2026-03-01T02:00:00Z');

describe('talent demand and supply of a consortium through the API', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let c: Consortium;
  let demands: string;
  let supplies: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
    c = await consortium(ctx);
    demands = `/api/bodies/${c.bodyId}/talent/demands`;
    supplies = `/api/bodies/${c.bodyId}/talent/supplies`;
  });
  afterAll(async () => ctx.close());

  const demand = (overrides: object = {}) => ({
    orgId: c.enterpriseId,
    position: '数控机床操作工',
    occupation: '数控车工',
    occupationCode: '6-18-01-01',
    majorCodes: ['460103', '460301'],
    educationLevel: 'higher_associate',
    startYear: 2027,
    headcounts: [12, 15, 18],
    skills: '数控编程、机床调试与维护',
    locationRegionCode: '320703',
    wageMin: 5000,
    wageMax: 8000,
    apprenticeshipPlaces: 4,
    internshipPlaces: 10,
    ...overrides,
  });
  const supply = (overrides: object = {}) => ({
    orgId: c.collegeId,
    majorCode: '460103',
    mode: 'full_time',
    startYear: 2027,
    plannedEnrolment: [60, 60, 60],
    expectedGraduates: [5, 6, 8],
    placementsOffered: 3,
    ...overrides,
  });

  it('lets an enterprise enter, adjust and list its own demand; the secretariat sees every demand', async () => {
    const created = await c.enterprise.request({ method: 'POST', url: demands, payload: demand() });
    expect(created.statusCode, created.body).toBe(201);
    const mine = (await c.enterprise.request({ method: 'GET', url: demands })).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      org: { id: c.enterpriseId, name: '连云港测试石化有限公司' },
      majors: [
        { code: '460103', name: '数控技术', level: '高职专科' },
        { code: '460301', name: '机电一体化技术', level: '高职专科' },
      ],
      headcounts: [12, 15, 18],
      location: { code: '320703', name: '江苏省连云港市连云区' },
      version: 1,
    });
    const adjusted = await c.enterprise.request({
      method: 'PUT',
      url: `${demands}/${mine.items[0].id}`,
      payload: { ...demand(), orgId: undefined, headcounts: [12, 16, 18], version: 1 },
    });
    expect(adjusted.statusCode, adjusted.body).toBe(200);
    const stale = await c.enterprise.request({
      method: 'PUT',
      url: `${demands}/${mine.items[0].id}`,
      payload: { ...demand(), orgId: undefined, version: 1 },
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const seen = (await c.secretariat.request({ method: 'GET', url: demands })).json();
    expect(seen.items.map((d: { headcounts: number[] }) => d.headcounts)).toEqual([[12, 16, 18]]);
    // a school's staff enter for their school only, so they see no enterprise's demand
    expect((await c.college.request({ method: 'GET', url: demands })).json().items).toEqual([]);
  });

  it('refuses a major of another level, a code outside the catalogue, an unknown place and a wage range upside down', async () => {
    const level = await c.enterprise.request({
      method: 'POST',
      url: demands,
      payload: demand({ majorCodes: ['660103'] }),
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(level.statusCode).toBe(400);
    expect(level.json().error).toMatchObject({ code: 'TALENT_MAJOR_LEVEL' });
    expect(level.json().error.message).toBe(
      '专业“数控技术应用”（660103）属于中职层次，与所填学历层次“高职专科”不一致；请选择高职专科的专业',
    );
    const unknown = await c.enterprise.request({ method: 'POST', url: demands, payload: demand({ majorCodes: ['469999'] }) });
    expect(unknown.json().error.code).toBe('TALENT_UNKNOWN_MAJORS');
    const region = await c.enterprise.request({ method: 'POST', url: demands, payload: demand({ locationRegionCode: '329999' }) });
    expect(region.json().error.code).toBe('TALENT_UNKNOWN_REGION');
    const wages = await c.enterprise.request({
      method: 'POST',
      url: demands,
      payload: demand({ wageMin: 9000, wageMax: 6000 }),
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(wages.statusCode).toBe(400);
    expect(JSON.stringify(wages.json().error.fields)).toContain('最高月薪不能低于最低月薪');
  });

  it('keeps each side to its own kind of unit, its own organisation and the body’s members', async () => {
    const schoolDemand = await c.college.request({ method: 'POST', url: demands, payload: demand({ orgId: c.collegeId }) });
    expect(schoolDemand.json().error.code).toBe('TALENT_NOT_ENTERPRISE');
    const forAnother = await c.enterprise.request({ method: 'POST', url: demands, payload: demand({ orgId: c.collegeId }) });
    expect(forAnother.statusCode).toBe(403);
    const notSchool = await c.secretariat.request({ method: 'POST', url: supplies, payload: supply({ orgId: c.enterpriseId }) });
    expect(notSchool.json().error.code).toBe('TALENT_NOT_SCHOOL');
    const outsider = await c.secretariat.request({ method: 'POST', url: demands, payload: demand({ orgId: c.outsiderId }) });
    expect(outsider.json().error.code).toBe('TALENT_NOT_MEMBER');
  });

  it('lets a school enter supply once per major, mode and year, and shows the gap to the secretariat only', async () => {
    const created = await c.college.request({ method: 'POST', url: supplies, payload: supply() });
    expect(created.statusCode, created.body).toBe(201);
    const twice = await c.college.request({ method: 'POST', url: supplies, payload: supply() });
    expect(twice.json().error.code).toBe('TALENT_SUPPLY_EXISTS');

    const gaps = await c.secretariat.request({ method: 'GET', url: `/api/bodies/${c.bodyId}/talent/gaps?groupBy=major` });
    expect(gaps.statusCode, gaps.body).toBe(200);
    // 12/16/18 people shared over 数控技术 and 机电一体化技术 (6+6, 8+8, 9+9); 5/6/8 graduates of 数控技术
    expect(gaps.json()).toMatchObject({
      years: [2027, 2028, 2029],
      rows: [
        { key: '460301', name: '机电一体化技术', demand: [6, 8, 9], supply: [0, 0, 0], gap: [6, 8, 9], sign: 'shortage' },
        { key: '460103', name: '数控技术', demand: [6, 8, 9], supply: [5, 6, 8], gap: [1, 2, 1], totalGap: 4 },
      ],
      totals: { demand: [12, 16, 18], supply: [5, 6, 8], gap: [7, 10, 10] },
    });
    const byClass = (await c.secretariat.request({ method: 'GET', url: `/api/bodies/${c.bodyId}/talent/gaps?groupBy=class` })).json();
    expect(byClass.rows.map((r: { key: string; name: string }) => [r.key, r.name])).toEqual([
      ['4603', '自动化类'],
      ['4601', '机械设计制造类'],
    ]);
    const byCity = (
      await c.secretariat.request({ method: 'GET', url: `/api/bodies/${c.bodyId}/talent/gaps?groupBy=city&cityCode=320700` })
    ).json();
    expect(byCity.rows).toMatchObject([{ key: '320700', name: '江苏省连云港市', totalDemand: 46, totalSupply: 19 }]);
    expect((await c.enterprise.request({ method: 'GET', url: `/api/bodies/${c.bodyId}/talent/gaps` })).statusCode).toBe(403);
  });

  it('matches the demand to the schools with every reason stated', async () => {
    await c.secretariat.request({
      method: 'POST',
      url: supplies,
      payload: supply({ orgId: c.secondaryId, majorCode: '660103', expectedGraduates: [30, 30, 30] }),
    });
    const [row] = (await c.enterprise.request({ method: 'GET', url: demands })).json().items;
    const matches = await c.enterprise.request({ method: 'GET', url: `${demands}/${row.id}/matches` });
    expect(matches.statusCode, matches.body).toBe(200);
    const body = matches.json();
    expect(body.terms).toEqual(expect.arrayContaining(['数控', '机床']));
    expect(body.results.map((m: { rank: number; school: { name: string } }) => [m.rank, m.school.name])).toEqual([
      [1, '连云港测试职业技术学院'],
      [2, '连云港测试中等专业学校'],
    ]);
    expect(body.results[0]).toMatchObject({
      codeMatches: [
        { wanted: '460103', offered: '460103', level: 'exact' },
        { wanted: '460301', offered: '460103', level: 'category' },
      ],
      termMatches: [{ term: '数控', offered: '460103' }],
      region: { relation: 'same_city' },
      graduates: [5, 6, 8],
    });
    expect(body.results[1]).toMatchObject({
      codeMatches: [],
      termMatches: [{ term: '数控', offered: '660103', offeredName: '数控技术应用' }],
    });
    expect(body.results[1].reasons.map((r: { 'zh-CN': string }) => r['zh-CN'])).toEqual([
      '岗位与技能中的“数控”见于专业“数控技术应用”（660103）',
      '地域：同一城市',
    ]);
  });
});
