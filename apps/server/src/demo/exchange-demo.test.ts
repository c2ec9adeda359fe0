import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAgreements, myPosts, totals } from '../modules/resources/exchange/exchange.service.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import { bodyIdsByName, orgIdsByName } from './demo.repository.js';
import { ensureExchangeDemo } from './exchange-demo.js';
import { seedDemo } from './index.js';

describe('the alliance’s teacher and vocational-experience exchange demo (倡议书 三, generated)', () => {
  let ctx: TestContext;
  let bodyId: string;
  let caoyang: string;
  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    await seedDemo(ctx.deps);
    const db = ctx.deps.database.db;
    bodyId = (await bodyIdsByName(db, [ALLIANCE_NAME])).get(ALLIANCE_NAME)!;
    caoyang = (await orgIdsByName(db, [CAOYANG_SCHOOL])).get(CAOYANG_SCHOOL)!;
  }, 180_000);
  afterAll(async () => ctx.close());

  it('has one teacher exchange from 曹杨 to 靖江 completed and evaluated by both, once', async () => {
    const db = ctx.deps.database.db;
    await ensureExchangeDemo(db);
    const agreements = await listAgreements(db, bodyId, caoyang);
    expect(agreements.items).toEqual([
      expect.objectContaining({
        kind: 'teacher',
        status: 'completed',
        receiver: expect.objectContaining({ name: '江苏省靖江中等专业学校' }),
        teacherPhone: '138****2026',
        senderEvaluation: expect.objectContaining({ score: 4 }),
        receiverEvaluation: expect.objectContaining({ score: 5 }),
        isGenerated: true,
      }),
    ]);
    const grants = [
      { role: 'body_secretariat' as const, permission: 'resources.survey.manage' as const, scopeType: 'body' as const, scopeId: bodyId },
    ];
    const year = await totals(db, grants, bodyId, 2026);
    expect(year.rows.find((row) => row.org.id === caoyang)).toMatchObject({ teacherDaysSent: 5, teacherHoursSent: 32 });
    expect(year.rows.length).toBeGreaterThanOrEqual(9);
  });

  it('shows 曹杨’s open request with 常州’s matching offer and its reasons', async () => {
    const mine = await myPosts(ctx.deps.database.db, bodyId, caoyang);
    const open = mine.items.find((item) => item.post.status === 'open');
    expect(open?.matches).toEqual([
      expect.objectContaining({
        post: expect.objectContaining({ org: expect.objectContaining({ name: '常州市高级职业技术学校' }) }),
        reasons: expect.arrayContaining([expect.objectContaining({ 'zh-CN': '领域相同：工业机器人' })]),
      }),
    ]);
  });
});
