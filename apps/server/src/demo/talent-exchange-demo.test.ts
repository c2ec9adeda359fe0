import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grant } from '../kernel/rbac/rbac.rules.js';
import { shanghaiToday } from '../kernel/time/shanghai.js';
import { listDemands } from '../modules/talent/demand/demand.service.js';
import { listIssues } from '../modules/talent/items/items.service.js';
import { publicLists } from '../modules/talent/lists/public-lists.service.js';
import { listPlacements } from '../modules/talent/placements/placements.service.js';
import { getCatalogue, listCatalogues } from '../modules/talent/shortage/shortage.service.js';
import { listSupplies } from '../modules/talent/supply/supply.service.js';
import { schoolAdjustments } from '../modules/talent/adjustments/adjustments.service.js';
import { placementSuggestion } from '../modules/selection/applications/placement-suggestions.service.js';
import { selectionApplications } from '../modules/selection/applications/applications.table.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { LYG_DEMO_DRAFT } from './dataset/lianyungang-2026-applications.js';
import { MINHANG_CONSORTIUM } from './dataset/shanghai-2024.js';
import { bodyIdsByName } from './demo.repository.js';
import { seedDemo } from './index.js';
import { ensureTalentExchangeDemo } from './talent-exchange-demo.js';
import { eq } from 'drizzle-orm';

describe('the talent exchange of the 闵行 and 连云港 consortia (generated)', () => {
  let ctx: TestContext;
  let today: string;
  const bodies = new Map<string, string>();
  const secretariat = (bodyId: string): Grant[] => [
    { role: 'body_secretariat', permission: 'talent.analysis.manage', scopeType: 'body', scopeId: bodyId },
    { role: 'body_secretariat', permission: 'talent.demand.edit', scopeType: 'body', scopeId: bodyId },
    { role: 'body_secretariat', permission: 'talent.supply.edit', scopeType: 'body', scopeId: bodyId },
  ];

  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    await seedDemo(ctx.deps);
    today = shanghaiToday(ctx.deps.clock);
    for (const [name, id] of await bodyIdsByName(ctx.deps.database.db, [MINHANG_CONSORTIUM.name, LYG_DEMO_DRAFT.consortiumName])) {
      bodies.set(name, id);
    }
  }, 180_000);
  afterAll(async () => ctx.close());

  it.each([MINHANG_CONSORTIUM.name, LYG_DEMO_DRAFT.consortiumName])(
    '%s: generated enterprises state three years of demand over at least 30 majors, the schools their supply, once',
    async (name) => {
      const db = ctx.deps.database.db;
      const bodyId = bodies.get(name)!;
      await ensureTalentExchangeDemo(db, today);
      const demands = (await listDemands(db, secretariat(bodyId), bodyId)).items;
      expect(new Set(demands.flatMap((d) => d.majors.map((m) => m.code))).size).toBeGreaterThanOrEqual(30);
      expect(demands.every((d) => d.isGenerated && d.startYear === Number(today.slice(0, 4)) + 1 && d.headcounts.length === 3)).toBe(true);
      expect(new Set(demands.map((d) => d.org.id)).size).toBeGreaterThanOrEqual(8);
      const supplies = (await listSupplies(db, secretariat(bodyId), bodyId)).items;
      expect(supplies.length).toBeGreaterThanOrEqual(8);
      expect(supplies.every((s) => s.isGenerated)).toBe(true);
    },
  );

  it.each([MINHANG_CONSORTIUM.name, LYG_DEMO_DRAFT.consortiumName])(
    '%s: a shortage catalogue by the default rule is published, and the public reads it with the lists',
    async (name) => {
      const db = ctx.deps.database.db;
      const bodyId = bodies.get(name)!;
      const [catalogue] = (await listCatalogues(db, secretariat(bodyId), bodyId)).items;
      expect(catalogue).toMatchObject({ status: 'published', isGenerated: true });
      const details = await getCatalogue(db, secretariat(bodyId), bodyId, catalogue!.id);
      expect(details.entries.length).toBeGreaterThanOrEqual(2);
      // each entry has its evidence: the demands counted, from at least two enterprises (the default rule)
      for (const entry of details.entries) expect(new Set(entry.demands.map((d) => d.orgName)).size).toBeGreaterThanOrEqual(2);
      const lists = await publicLists(db, bodyId, today);
      expect(lists.shortage?.title).toBe(catalogue!.title);
      expect(lists.shortage?.entries.map((e) => e.majorCode).sort()).toEqual(details.entries.map((e) => e.majorCode).sort());
    },
  );

  it('publishes the first issue of 连云港’s innovation demands and records 闵行’s first placements', async () => {
    const db = ctx.deps.database.db;
    const bodyId = bodies.get(LYG_DEMO_DRAFT.consortiumName)!;
    const issues = (await listIssues(db, bodyId)).items;
    expect(issues).toMatchObject([{ number: 1, name: '2026年第一期', itemCount: 2 }]);
    const published = (await publicLists(db, bodyId, today)).items.filter((i) => i.issue?.label === issues[0]!.label);
    expect(published.map((i) => i.name).sort()).toEqual(['岸桥远程操控系统时延优化', '港口机械结构件焊缝智能检测']);
    const placements = await listPlacements(db, bodies.get(MINHANG_CONSORTIUM.name)!, today);
    expect(placements.offers.map((o) => [o.position, o.takeUps.reduce((sum, t) => sum + t.students, 0)])).toEqual(
      expect.arrayContaining([
        ['工业机器人运维学徒', 8],
        ['集成电路测试实习', 16],
      ]),
    );
  });

  it('offers the placement figures to the port-logistics 推荐书 of the open second round', async () => {
    const db = ctx.deps.database.db;
    const drafts = await db
      .select()
      .from(selectionApplications)
      .where(eq(selectionApplications.consortiumName, LYG_DEMO_DRAFT.consortiumName));
    expect(drafts).toHaveLength(2);
    for (const draft of drafts) {
      const suggestion = await placementSuggestion(db, draft.id, today);
      expect(suggestion.body?.name).toBe(LYG_DEMO_DRAFT.consortiumName);
      expect(suggestion.figures.find((f) => f.year === 2025)).toMatchObject({ internshipPersonMonths: 300, teacherPersonMonths: 13.5 });
    }
  });

  it('gives each school of 连云港 its 专业调整建议 from the generated data, some to change a major, each with its evidence', async () => {
    const db = ctx.deps.database.db;
    const bodyId = bodies.get(LYG_DEMO_DRAFT.consortiumName)!;
    const startYear = Number(today.slice(0, 4)) + 1;
    const schoolIds = [...new Set((await listSupplies(db, secretariat(bodyId), bodyId)).items.map((s) => s.org.id))];
    const reports = await Promise.all(
      schoolIds.map((schoolId) => schoolAdjustments(db, secretariat(bodyId), bodyId, { schoolId, startYear })),
    );
    const suggestions = reports.flatMap((report) => report.suggestions);
    // every major a school supplies has its suggestion; at least one is to open, enlarge or shrink
    expect(reports.every((report) => report.suggestions.some((s) => s.schoolSupply.some((n) => n > 0)))).toBe(true);
    expect(suggestions.some((s) => s.kind !== 'keep')).toBe(true);
    for (const s of suggestions.filter((s) => s.kind === 'enlarge' || s.kind === 'open')) expect(s.demands.length).toBeGreaterThan(0);
  });
});
