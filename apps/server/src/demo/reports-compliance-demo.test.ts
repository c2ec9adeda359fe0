import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../kernel/db/database.js';
import { insertOrgs, orgValues } from '../modules/organizations/index.js';
import { complianceOverview } from '../modules/reports/index.js';
import { expertPoolOf } from '../modules/selection/index.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../testing/test-app.js';
import { PUTUO_EDUCATION_BUREAU } from './dataset/authorities.js';
import { PUTUO_2022_CYCLE, putuo2022Data } from './dataset/putuo-2022-report.js';
import { ensureComplianceDemo } from './reports-compliance-demo.js';

// 上海年报 6.4 “合规性评价”: the demo's expert of 普陀区教育局's pool evaluates the first approved report of the 2022 cycle.
describe('the demo compliance evaluation of the 2022 普陀区 cycle', () => {
  let ctx: TestContext;
  let bureauId: string;
  let cycleId: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => new Date('2026-12-07T02:00:00Z') });
    const [bureau, school] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: PUTUO_EDUCATION_BUREAU, type: 'education_authority', regionCode: '310107' }),
      orgValues({ name: '上海市曹杨职业技术学校', type: 'secondary_vocational', regionCode: '310107' }),
    ]);
    bureauId = bureau!.id;
    const authority = await login(
      ctx.app,
      await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: bureauId }], { username: 'putuo_authority', totp: false }),
    );
    await createTestUser(ctx.deps, [{ role: 'expert' }], { username: 'putuo_expert', totp: false });
    const as = async (role: 'data_collector' | 'reviewer' | 'principal'): Promise<Session> =>
      login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId: school!.id }], { totp: false }));
    const created = await authority.request({
      method: 'POST',
      url: '/api/reports/cycles',
      payload: {
        authorityOrgId: bureauId,
        ...PUTUO_2022_CYCLE,
        levels: ['school_secondary'],
        reportingUnits: [{ orgId: school!.id, level: 'school_secondary' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    cycleId = created.json().id;
    await authority.request({ method: 'POST', url: `/api/reports/cycles/${cycleId}/open`, payload: { version: 1 } });
    const reportId = (await authority.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/coverage` })).json().participants[0].id;
    const steps: [Session, 'PUT' | 'POST', string, object][] = [
      [
        await as('data_collector'),
        'PUT',
        '/data',
        { data: putuo2022Data().find((s) => s.orgName === '上海市曹杨职业技术学校')!.data, version: 1 },
      ],
      [await as('data_collector'), 'POST', '/submit', { version: 2 }],
      [await as('reviewer'), 'POST', '/pass', { version: 3 }],
      [await as('principal'), 'POST', '/approve', { version: 4, signatoryName: '张校长', statementAccepted: true }],
    ];
    for (const [session, method, path, payload] of steps) {
      const response = await session.request({ method, url: `/api/reports/${reportId}${path}`, payload });
      expect(response.statusCode, response.body).toBe(200);
    }
  });
  afterAll(async () => ctx.close());

  it('places the expert in the bureau’s pool, assigns the approved report and scores it with one finding; a second run changes nothing', async () => {
    const db = ctx.deps.database.db;
    await ensureComplianceDemo(ctx.deps);
    await ensureComplianceDemo(ctx.deps);
    expect((await expertPoolOf(db, bureauId)).map((e) => e.displayName)).toHaveLength(1);
    const overview = await complianceOverview(db, [], cycleId);
    const row = overview.reports[0]!;
    expect(row.evaluations.map((e) => e.status)).toEqual(['submitted']);
    expect(row.result).not.toBe('pending');
    expect(row.findings.find((f) => f.key === 'chapters')!.text).toContain('国际合作');
    const generated = rowsOf<{ is_generated: boolean }>(await db.execute(sql`select is_generated from report_compliance_evaluations`));
    expect(generated).toEqual([{ is_generated: true }]);
  });
});
