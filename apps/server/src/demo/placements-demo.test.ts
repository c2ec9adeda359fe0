import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPlacements } from '../modules/talent/placements/placements.service.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { LYG_DEMO_DRAFT } from './dataset/lianyungang-2026-applications.js';
import { bodyIdsByName } from './demo.repository.js';
import { seedDemo } from './index.js';
import { ensurePlacementsDemo } from './placements-demo.js';

describe('the placements of the 连云港 port-logistics consortium (generated)', () => {
  let ctx: TestContext;
  let bodyId: string;
  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    await seedDemo(ctx.deps);
    bodyId = (await bodyIdsByName(ctx.deps.database.db, [LYG_DEMO_DRAFT.consortiumName])).get(LYG_DEMO_DRAFT.consortiumName)!;
  }, 180_000);
  afterAll(async () => ctx.close());

  it('gives the draft 推荐书 its section 3 figures, once', async () => {
    const db = ctx.deps.database.db;
    await ensurePlacementsDemo(db);
    const placements = await listPlacements(db, bodyId, '2026-12-07');
    expect(placements.offers).toHaveLength(5);
    expect(placements.offers.every((o) => o.isGenerated)).toBe(true);
    expect(placements.summary.consortium.find((f) => f.year === 2025)).toEqual({
      year: 2025,
      internshipPersonMonths: 300,
      teacherPersonMonths: 13.5,
      apprenticePlaces: 10,
      jobHeadcount: 80,
      apprenticeRatio: 12.5,
    });
    expect(placements.summary.consortium.find((f) => f.year === 2026)).toMatchObject({ internshipPersonMonths: 108, apprenticeRatio: 0 });
  });
});
