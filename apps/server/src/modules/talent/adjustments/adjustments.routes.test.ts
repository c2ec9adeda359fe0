import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../kernel/db/database.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { type Consortium, consortium } from '../testing/consortium.test-support.js';

// 003: “健全专业动态调整机制”; the suggestions are read off the body's gaps (docs/sources.md §9 T3) and change nothing.
const clock = new Date('2026-03-01T02:00:00Z');

describe('专业动态调整 suggestions through the API', () => {
  let ctx: TestContext;
  let c: Consortium;
  let url: (schoolId: string) => string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
    c = await consortium(ctx);
    url = (schoolId) => `/api/bodies/${c.bodyId}/talent/adjustments?schoolId=${schoolId}&startYear=2027`;
    const base = {
      orgId: c.enterpriseId,
      occupation: '化工总控工',
      educationLevel: 'higher_associate',
      startYear: 2027,
      locationRegionCode: '320703',
    };
    // 应用化工技术 470201: 40 wanted, the college trains 15; 石油化工技术 470204: 30 wanted, nobody trains it.
    for (const [position, majorCode, headcounts] of [
      ['化工总控操作员', '470201', [10, 15, 15]],
      ['石化装置操作工', '470204', [10, 10, 10]],
    ] as const) {
      const response = await c.enterprise.request({
        method: 'POST',
        url: `/api/bodies/${c.bodyId}/talent/demands`,
        payload: { ...base, position, majorCodes: [majorCode], headcounts },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    // The college also trains 30 in 数控技术 460103, which no enterprise of the body asks for.
    for (const [majorCode, graduates] of [
      ['470201', [5, 5, 5]],
      ['460103', [10, 10, 10]],
    ] as const) {
      const response = await c.college.request({
        method: 'POST',
        url: `/api/bodies/${c.bodyId}/talent/supplies`,
        payload: {
          orgId: c.collegeId,
          majorCode,
          mode: 'full_time',
          startYear: 2027,
          plannedEnrolment: [40, 40, 40],
          expectedGraduates: graduates,
          placementsOffered: 0,
        },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
  });
  afterAll(async () => ctx.close());

  it('suggests to open, enlarge and shrink with evidence for the school’s staff, by the thresholds the secretariat sets', async () => {
    const response = await c.college.request({ method: 'GET', url: url(c.collegeId) });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ years: [2027, 2028, 2029], thresholdsVersion: 0, abilities: { editThresholds: false } });
    expect(report.rule['zh-CN']).toContain('平台不会自动调整任何专业');
    expect(report.suggestions.map((s: { majorCode: string; kind: string }) => [s.majorCode, s.kind])).toEqual([
      ['470204', 'open'],
      ['470201', 'enlarge'],
      ['460103', 'shrink'],
    ]);
    const [open, enlarge, shrink] = report.suggestions;
    expect(open).toMatchObject({
      majorName: '石油化工技术',
      gap: [10, 10, 10],
      schoolSupply: [0, 0, 0],
      siblings: [{ code: '470201', name: '应用化工技术' }],
    });
    expect(open.demands).toMatchObject([{ position: '石化装置操作工', counted: 30 }]);
    expect(open.explanation[2]['zh-CN']).toBe('✓ 本校已开设同一专业类的 470201，具备增设基础');
    expect(enlarge).toMatchObject({ demand: [10, 15, 15], supply: [5, 5, 5], gap: [5, 10, 10], totalGap: 25, schoolSupply: [5, 5, 5] });
    expect(enlarge.demands).toMatchObject([{ orgName: expect.stringContaining('石化有限公司'), position: '化工总控操作员', counted: 40 }]);
    expect(shrink).toMatchObject({ majorName: '数控技术', totalGap: -30, demands: [] });

    // The secretariat's thresholds (audited) take over; a school may not set them, nor a stale version.
    const thresholdsUrl = `/api/bodies/${c.bodyId}/talent/adjustment-thresholds`;
    const thresholds = { enlargeMinGap: 30, openMinGap: 40, shrinkMinSurplus: 10, minShare: { numerator: 3, denominator: 10 } };
    expect((await c.college.request({ method: 'PUT', url: thresholdsUrl, payload: { thresholds, version: 0 } })).statusCode).toBe(403);
    const saved = await c.secretariat.request({ method: 'PUT', url: thresholdsUrl, payload: { thresholds, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await c.secretariat.request({ method: 'PUT', url: thresholdsUrl, payload: { thresholds, version: 0 } });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const adjusted = (await c.secretariat.request({ method: 'GET', url: url(c.collegeId) })).json();
    expect(adjusted).toMatchObject({ thresholds, thresholdsVersion: 1 });
    // A gap of 25 is under 30 now and 30 under 40: the college keeps 应用化工技术 and is no longer told to open 470204.
    expect(adjusted.suggestions.map((s: { majorCode: string; kind: string }) => [s.majorCode, s.kind])).toEqual([
      ['460103', 'shrink'],
      ['470201', 'keep'],
    ]);
    const audit = rowsOf<{ action: string }>(
      await ctx.deps.database.db.execute(
        sql`select action from audit_log where entity_id = ${c.bodyId} and action like 'talent.adjustment%'`,
      ),
    );
    expect(audit.map((r) => r.action)).toEqual(['talent.adjustment.thresholds']);
  });

  it('lets the secretariat look at any member school, but no school at another school', async () => {
    const secondary = await c.secretariat.request({ method: 'GET', url: url(c.secondaryId) });
    expect(secondary.statusCode, secondary.body).toBe(200);
    expect(secondary.json()).toMatchObject({ suggestions: [], abilities: { editThresholds: true } });

    const other = await c.college.request({ method: 'GET', url: url(c.secondaryId), headers: { 'accept-language': 'zh-CN' } });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('FORBIDDEN');
    expect(other.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    const inEnglish = await c.college.request({ method: 'GET', url: url(c.secondaryId), headers: { 'accept-language': 'en-US' } });
    expect(inEnglish.json().error.message).toContain('permission');

    expect((await c.enterprise.request({ method: 'GET', url: url(c.collegeId) })).statusCode).toBe(403);
    const notSchool = await c.secretariat.request({ method: 'GET', url: url(c.enterpriseId) });
    expect(notSchool.json().error.code).toBe('TALENT_NOT_SCHOOL');
    const outsider = await c.secretariat.request({ method: 'GET', url: url(c.outsiderId) });
    expect(outsider.json().error.code).toBe('TALENT_NOT_MEMBER');
  });
});
