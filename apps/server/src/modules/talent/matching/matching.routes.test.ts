import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../../../testing/test-app.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';
import { admitAndListJob, type Consortium, consortium } from '../testing/consortium.test-support.js';

// docs/sources.md §9 T3 “matching of single demands to schools and of students to internships and apprenticeships.
// Every match explains itself”: a school's graduates against the demands, a place offer (指标4.6) against the schools.
const clock = new Date('2026-03-01T02:00:00Z');
const NOWHERE = '00000000-0000-4000-8000-000000000000';
const zh = { 'accept-language': 'zh-CN' };
const en = { 'accept-language': 'en-US' };

describe('matching a school to demands and a place offer to schools through the API', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let c: Consortium;
  let other: Consortium;
  let offerId: string;
  let otherOfferId: string;
  const schoolMatches = (k: Consortium, schoolId: string) => `/api/bodies/${k.bodyId}/talent/schools/${schoolId}/demand-matches`;
  const offerMatches = (k: Consortium, id: string) => `/api/bodies/${k.bodyId}/talent/placements/${id}/school-matches`;

  async function enter(k: Consortium) {
    const supplies = `/api/bodies/${k.bodyId}/talent/supplies`;
    const supply = (orgId: string, majorCode: string, expectedGraduates: number[]) => ({
      orgId,
      majorCode,
      mode: 'full_time',
      startYear: 2027,
      plannedEnrolment: [60, 60, 60],
      expectedGraduates,
      placementsOffered: 3,
    });
    for (const row of [
      supply(k.collegeId, '460103', [5, 6, 8]),
      supply(k.collegeId, '470201', [10, 10, 10]),
      supply(k.secondaryId, '660103', [30, 30, 30]),
    ]) {
      const created = await k.secretariat.request({ method: 'POST', url: supplies, payload: row });
      expect(created.statusCode, created.body).toBe(201);
    }
    const demand = (position: string, majorCodes: string[], skills: string, headcounts: number[]) => ({
      orgId: k.enterpriseId,
      position,
      occupation: position,
      majorCodes,
      educationLevel: 'higher_associate',
      startYear: 2027,
      headcounts,
      skills,
      locationRegionCode: '320703',
      apprenticeshipPlaces: 0,
      internshipPlaces: 0,
    });
    for (const row of [
      demand('数控机床操作工', ['460103', '460301'], '数控编程、机床调试与维护', [12, 15, 18]),
      demand('化工总控工', ['470201'], '化工工艺操作', [6, 6, 6]),
      demand('会计', ['530302'], '记账与报税', [2, 2, 2]),
    ]) {
      const created = await k.enterprise.request({ method: 'POST', url: `/api/bodies/${k.bodyId}/talent/demands`, payload: row });
      expect(created.statusCode, created.body).toBe(201);
    }
    const jobId = await admitAndListJob(k, 16);
    const offer = await k.enterprise.request({
      method: 'POST',
      url: `/api/bodies/${k.bodyId}/talent/placements`,
      payload: {
        orgId: k.enterpriseId,
        kind: 'apprenticeship',
        jobId,
        position: '化工总控工学徒',
        places: 3,
        startsOn: '2026-09-01',
        endsOn: '2027-06-30',
      },
    });
    expect(offer.statusCode, offer.body).toBe(201);
    return offer.json().id as string;
  }

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
    c = await consortium(ctx);
    other = await consortium(ctx, '二');
    offerId = await enter(c);
    otherOfferId = await enter(other);
  });
  afterAll(async () => ctx.close());

  it('ranks the demands a school’s graduates answer, each with its reasons and the people wanted beside the graduates', async () => {
    const res = await c.college.request({ method: 'GET', url: schoolMatches(c, c.collegeId) });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.school).toEqual({ id: c.collegeId, name: '连云港测试职业技术学院' });
    // 会计 (大数据与会计) meets no major of the college by code or word, so it is not listed
    expect(body.results.map((m: { rank: number; demand: { position: string } }) => [m.rank, m.demand.position])).toEqual([
      [1, '数控机床操作工'],
      [2, '化工总控工'],
    ]);
    expect(body.results[0]).toMatchObject({
      demand: {
        org: { name: '连云港测试石化有限公司' },
        headcounts: [12, 15, 18],
        location: { code: '320703', name: '江苏省连云港市连云区' },
      },
      codeMatches: [
        { wanted: '460103', offered: '460103', level: 'exact' },
        { wanted: '460301', offered: '460103', level: 'category' },
      ],
      termMatches: [{ term: '数控', offered: '460103' }],
      region: { relation: 'same_city' },
      graduates: [5, 6, 8],
    });
    expect(body.results[1].reasons.map((r: { 'zh-CN': string }) => r['zh-CN'])).toEqual([
      '专业代码相同：开设“应用化工技术”（470201），需求专业“应用化工技术”（470201）',
      '岗位与技能中的“化工”见于专业“应用化工技术”（470201）',
      '地域：同一城市',
    ]);
    expect(body.results[1]).toMatchObject({ demand: { headcounts: [6, 6, 6] }, graduates: [10, 10, 10] });
  });

  it('ranks the schools for an apprenticeship offer by the majors of its position and the words of it', async () => {
    const res = await c.enterprise.request({ method: 'GET', url: offerMatches(c, offerId) });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      kind: 'apprenticeship',
      position: '化工总控工学徒',
      places: 3,
      majors: [{ code: '470201', name: '应用化工技术' }],
    });
    expect(body.results.map((m: { school: { name: string } }) => m.school.name)).toEqual(['连云港测试职业技术学院']);
    expect(body.results[0].reasons.map((r: { 'zh-CN': string }) => r['zh-CN'])).toEqual([
      '专业代码相同：开设“应用化工技术”（470201），岗位所需专业“应用化工技术”（470201）',
      '实习学徒岗位中的“化工”见于专业“应用化工技术”（470201）',
      '地域：同一城市',
    ]);
    // graduates from the year the places start (2026): the supply rows begin in 2027
    expect(body.results[0].graduates).toEqual([0, 10, 10]);
  });

  const session =
    (who: keyof Pick<Consortium, 'enterprise' | 'college' | 'secretariat'>, k: () => Consortium): (() => Session) =>
    () =>
      k()[who];
  it.each([
    { case: 'the secretariat, any school', who: session('secretariat', () => c), url: () => schoolMatches(c, c.secondaryId), status: 200 },
    { case: 'a school, its own graduates', who: session('college', () => c), url: () => schoolMatches(c, c.collegeId), status: 200 },
    {
      case: 'a school, another school’s graduates',
      who: session('college', () => c),
      url: () => schoolMatches(c, c.secondaryId),
      status: 403,
    },
    {
      case: 'an enterprise, a school’s graduates',
      who: session('enterprise', () => c),
      url: () => schoolMatches(c, c.collegeId),
      status: 403,
    },
    { case: 'a school of another body', who: session('secretariat', () => c), url: () => schoolMatches(c, other.collegeId), status: 404 },
    { case: 'a member that is no school', who: session('secretariat', () => c), url: () => schoolMatches(c, c.enterpriseId), status: 404 },
    { case: 'no such school', who: session('secretariat', () => c), url: () => schoolMatches(c, NOWHERE), status: 404 },
    { case: 'the secretariat, any offer', who: session('secretariat', () => c), url: () => offerMatches(c, offerId), status: 200 },
    { case: 'a school, an enterprise’s offer', who: session('college', () => c), url: () => offerMatches(c, offerId), status: 403 },
    {
      case: 'another body’s enterprise, this offer',
      who: session('enterprise', () => other),
      url: () => offerMatches(c, offerId),
      status: 403,
    },
    { case: 'an offer of another body', who: session('secretariat', () => c), url: () => offerMatches(c, otherOfferId), status: 404 },
    { case: 'no such offer', who: session('enterprise', () => c), url: () => offerMatches(c, NOWHERE), status: 404 },
  ])('$case: $status', async ({ who, url, status }) => {
    const res = await who().request({ method: 'GET', url: url() });
    expect(res.statusCode, res.body).toBe(status);
  });

  it('says in Chinese and in English what was refused or not found', async () => {
    const forbidden = async (headers: Record<string, string>) =>
      (await c.college.request({ method: 'GET', url: schoolMatches(c, c.secondaryId), headers })).json().error;
    expect(await forbidden(zh)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('权限') });
    expect(await forbidden(en)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/permission/i) });
    const missing = async (url: string, headers: Record<string, string>) =>
      (await c.secretariat.request({ method: 'GET', url, headers })).json().error;
    expect(await missing(schoolMatches(c, NOWHERE), zh)).toMatchObject({ code: 'NOT_FOUND', message: '未找到该学校，可能已被删除' });
    expect(await missing(schoolMatches(c, NOWHERE), en)).toMatchObject({
      code: 'NOT_FOUND',
      message: 'This school was not found; it may have been removed',
    });
    expect((await missing(offerMatches(c, NOWHERE), zh)).message).toMatch(/^未找到该.+岗位/);
  });
});
