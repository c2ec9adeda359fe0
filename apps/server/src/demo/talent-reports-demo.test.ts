import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReport, listReports } from '../modules/talent/reports/reports.service.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { LYG_DEMO_DRAFT } from './dataset/lianyungang-2026-applications.js';
import { bodyIdsByName } from './demo.repository.js';
import { seedDemo } from './index.js';
import { ensureTalentReportsDemo } from './talent-reports-demo.js';

describe('the published quarterly report of the 连云港 port-logistics consortium (generated)', () => {
  let ctx: TestContext;
  let bodyId: string;
  const clock = new Date('2026-12-07T02:00:00Z');
  beforeAll(async () => {
    ctx = await createTestContext({ demo: true }, { now: () => clock });
    await seedDemo(ctx.deps);
    bodyId = (await bodyIdsByName(ctx.deps.database.db, [LYG_DEMO_DRAFT.consortiumName])).get(LYG_DEMO_DRAFT.consortiumName)!;
  }, 400_000);
  afterAll(async () => ctx.close());

  it('publishes the quarter of the day the demo is loaded on as 第1期, once, with the figures of the exchange’s demand and supply', async () => {
    const db = ctx.deps.database.db;
    await ensureTalentReportsDemo(db, '2026-12-07');
    const { items } = await listReports(db, [], bodyId);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'quarterly',
        periodLabel: '2026年第四季度',
        numberLabel: '2026年第1期',
        status: 'published',
        isGenerated: true,
      }),
    ]);
    const report = await getReport(db, [], bodyId, items[0]!.id, '2026-12-07');
    expect(report.figures.years).toEqual([2027, 2028, 2029]);
    // Drafted from the consortium's exchange (talent-exchange-demo.ts): its enterprises' demand over 30 majors and more.
    const { totals, gaps } = report.figures;
    expect(totals.majors).toBeGreaterThanOrEqual(30);
    expect(totals.enterprises).toBeGreaterThanOrEqual(2);
    expect(totals.gap).toBe(totals.demand - totals.supply);
    expect(gaps.length).toBeGreaterThan(0);
    for (const row of gaps) expect(row.gap).toBe(row.demand - row.supply);
  });
});
