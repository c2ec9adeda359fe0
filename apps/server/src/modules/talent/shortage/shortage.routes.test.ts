import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../kernel/db/database.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { type Consortium, consortium } from '../testing/consortium.test-support.js';

// 《本期聚焦：市域产教联合体》: “发布《紧缺人才目录》”; the rule is published with its thresholds and each entry shows its evidence.
const clock = new Date('2026-03-01T02:00:00Z');

describe('the shortage catalogue through the API', () => {
  let ctx: TestContext;
  let c: Consortium;
  let url: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
    c = await consortium(ctx);
    url = `/api/bodies/${c.bodyId}/talent/shortage-catalogues`;
    const demands = `/api/bodies/${c.bodyId}/talent/demands`;
    const base = {
      orgId: c.enterpriseId,
      occupation: '化工总控工',
      educationLevel: 'higher_associate',
      startYear: 2027,
      locationRegionCode: '320703',
    };
    // 应用化工技术 470201: 40 + 20 people wanted by the enterprise (the secretariat enters the second for it), 15 graduates
    for (const [position, headcounts] of [
      ['化工总控操作员', [10, 15, 15]],
      ['化工仪表维护员', [5, 5, 10]],
    ] as const) {
      const response = await c.secretariat.request({
        method: 'POST',
        url: demands,
        payload: { ...base, position, majorCodes: ['470201'], headcounts },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    await c.college.request({
      method: 'POST',
      url: `/api/bodies/${c.bodyId}/talent/supplies`,
      payload: {
        orgId: c.collegeId,
        majorCode: '470201',
        mode: 'full_time',
        startYear: 2027,
        plannedEnrolment: [40, 40, 40],
        expectedGraduates: [5, 5, 5],
        placementsOffered: 0,
      },
    });
  });
  afterAll(async () => ctx.close());

  const detail = async (id: string, session = c.secretariat) => (await session.request({ method: 'GET', url: `${url}/${id}` })).json();

  it('builds a draft by the rule, lets the secretariat adjust it, publishes it with its history', async () => {
    const built = await c.secretariat.request({
      method: 'POST',
      url,
      payload: {
        title: '2027—2029年紧缺人才目录',
        startYear: 2027,
        thresholds: { minGap: 10, minGapShare: { numerator: 3, denominator: 10 }, minEnterprises: 1 },
      },
    });
    expect(built.statusCode, built.body).toBe(201);
    const id = built.json().id as string;
    let catalogue = await detail(id);
    expect(catalogue).toMatchObject({ status: 'draft', abilities: { edit: true } });
    expect(catalogue.entries).toHaveLength(1);
    expect(catalogue.entries[0]).toMatchObject({
      majorCode: '470201',
      majorName: '应用化工技术',
      demand: 60,
      supply: 15,
      gap: 45,
      enterprises: 1,
      origin: 'rule',
    });
    expect(catalogue.entries[0].demands.map((d: { position: string; counted: number }) => [d.position, d.counted])).toEqual([
      ['化工总控操作员', 40],
      ['化工仪表维护员', 20],
    ]);
    expect(catalogue.entries[0].explanation[0]['zh-CN']).toBe('✓ 三年缺口 45 人（需求 60 − 供给 15），规则要求 10 人以上');

    // The drafts are the secretariat's: the enterprise sees no catalogue yet.
    expect((await c.enterprise.request({ method: 'GET', url })).json().items).toEqual([]);

    // Two enterprises at least: the only major falls out; the secretariat adds it back by hand with a reason.
    const rebuilt = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${id}/rebuild`,
      payload: {
        thresholds: { minGap: 10, minGapShare: { numerator: 3, denominator: 10 }, minEnterprises: 2 },
        version: catalogue.version,
      },
    });
    expect(rebuilt.statusCode, rebuilt.body).toBe(200);
    catalogue = await detail(id);
    expect(catalogue.entries).toEqual([]);
    const empty = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${id}/status`,
      payload: { action: 'publish', version: catalogue.version },
    });
    expect(empty.json().error.code).toBe('TALENT_CATALOGUE_EMPTY');
    const added = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${id}/entries`,
      payload: { majorCode: '470201', reason: '石化基地二期投产，理事会研判为紧缺', version: catalogue.version },
    });
    expect(added.statusCode, added.body).toBe(200);
    catalogue = await detail(id);
    expect(catalogue.entries[0]).toMatchObject({ origin: 'secretariat', reason: '石化基地二期投产，理事会研判为紧缺', gap: 45 });
    expect(catalogue.entries[0].explanation[2]['zh-CN']).toBe('✗ 有 1 家企业需求该专业，规则要求 2 家以上');

    const published = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${id}/status`,
      payload: { action: 'publish', version: catalogue.version },
    });
    expect(published.statusCode, published.body).toBe(200);
    catalogue = await detail(id, c.enterprise);
    expect(catalogue).toMatchObject({ status: 'published', abilities: { edit: false }, publishedAt: clock.toISOString() });
    expect(catalogue.rule['zh-CN']).toContain('2 家以上企业');
    // The list counts the entries still in the catalogue (the one added back by hand).
    const listed = (await c.enterprise.request({ method: 'GET', url })).json().items as { id: string; entryCount: number }[];
    expect(listed.map((item) => [item.id, item.entryCount])).toEqual([[id, 1]]);
    expect(catalogue.history.map((h: { from: string | null; to: string }) => [h.from, h.to])).toEqual([
      [null, 'draft'],
      ['draft', 'published'],
    ]);

    const edit = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${id}/entries/${catalogue.entries[0].id}/remove`,
      payload: { reason: '更正', version: catalogue.version },
    });
    expect(edit.json().error.code).toBe('TALENT_CATALOGUE_STATUS');
    const noReason = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${id}/status`,
      payload: { action: 'withdraw', version: catalogue.version },
    });
    expect(noReason.json().error.code).toBe('TALENT_WITHDRAW_REASON');
    const withdrawn = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${id}/status`,
      payload: { action: 'withdraw', reason: '数据口径调整', version: catalogue.version },
    });
    expect(withdrawn.statusCode).toBe(200);
    expect((await detail(id)).history.at(-1)).toMatchObject({ from: 'published', to: 'withdrawn', reason: '数据口径调整' });

    const audit = rowsOf<{ action: string }>(
      await ctx.deps.database.db.execute(sql`select action from audit_log where entity_id = ${id} order by id`),
    );
    expect(audit.map((r) => r.action)).toEqual([
      'talent.shortage.draft',
      'talent.shortage.rebuild',
      'talent.shortage.entry.add',
      'talent.shortage.publish',
      'talent.shortage.withdraw',
    ]);
  });

  it('is the secretariat’s to build: an enterprise may not', async () => {
    const response = await c.enterprise.request({
      method: 'POST',
      url,
      payload: {
        title: '目录',
        startYear: 2027,
        thresholds: { minGap: 1, minGapShare: { numerator: 0, denominator: 1 }, minEnterprises: 1 },
      },
    });
    expect(response.statusCode).toBe(403);
  });
});
