import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRounds, roundProgress } from '../modules/resources/survey/survey.service.js';
import { searchResources } from '../modules/resources/database/database.service.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { ALLIANCE_NAME } from './dataset/alliance.js';
import { bodyIdsByName } from './demo.repository.js';
import { seedDemo } from './index.js';
import { ensureResourcesDemo } from './resources-demo.js';

describe('the alliance’s 2026 resource survey demo (工作计划 一(一), generated answers)', () => {
  let ctx: TestContext;
  let bodyId: string;
  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    await seedDemo(ctx.deps);
    bodyId = (await bodyIdsByName(ctx.deps.database.db, [ALLIANCE_NAME])).get(ALLIANCE_NAME)!;
  }, 180_000);
  afterAll(async () => ctx.close());

  it('has seven of the nine founders submitted, five accepted, once', async () => {
    const db = ctx.deps.database.db;
    await ensureResourcesDemo(db);
    const rounds = await listRounds(db, '2026-12-06', bodyId);
    expect(rounds.items).toEqual([expect.objectContaining({ year: 2026, submitted: 7, accepted: 5, open: false, isGenerated: true })]);
    const progress = await roundProgress(db, '2026-12-06', bodyId, rounds.items[0]!.id);
    const notSubmitted = progress.rows.filter((row) => row.status !== 'submitted' && row.status !== 'accepted').map((row) => row.org.name);
    expect(notSubmitted).toEqual(expect.arrayContaining(['江苏省南通中等专业学校', '江苏省相城中等专业学校']));
    expect(notSubmitted).not.toContain('江苏省靖江中等专业学校');
  });

  it('puts the accepted answers in the database: searching 数控 finds 曹杨 and 镇江, not the unaccepted 靖江', async () => {
    const grants = [
      { role: 'body_secretariat' as const, permission: 'resources.database.read' as const, scopeType: 'body' as const, scopeId: bodyId },
    ];
    const found = await searchResources(ctx.deps.database.db, grants, bodyId, { q: '数控', page: 1, pageSize: 50 });
    const orgs = new Set(found.items.map((entry) => entry.org.name));
    expect(orgs).toEqual(new Set(['上海市曹杨职业技术学校', '镇江高等职业技术学校']));
    expect(found.items.every((entry) => entry.isGenerated)).toBe(true);
  });
});
