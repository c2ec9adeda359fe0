import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActivities } from '../modules/governance/activities/activities.service.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { ALLIANCE_NAME } from './dataset/alliance.js';
import { bodyIdsByName } from './demo.repository.js';
import { ensureActivitiesDemo } from './governance-activities.js';
import { seedDemo } from './index.js';

describe('the 2026 activities of 附件3 in the demo (generated)', () => {
  let ctx: TestContext;
  let bodyId: string;
  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    await seedDemo(ctx.deps);
    bodyId = (await bodyIdsByName(ctx.deps.database.db, [ALLIANCE_NAME])).get(ALLIANCE_NAME)!;
    // The whole demo loads first; on a busy machine that takes longer than the default minute.
  }, 180_000);
  afterAll(async () => ctx.close());

  it('schedules the six planned activities with the seminar’s sample registrations, once', async () => {
    const db = ctx.deps.database.db;
    await ensureActivitiesDemo(db);
    const { items } = await listActivities(db, { grants: [], today: '2026-06-01' }, bodyId);
    expect(items).toHaveLength(6);
    expect(items.every((activity) => activity.isGenerated)).toBe(true);
    expect(items.map((activity) => activity.kind).sort()).toEqual(['observation', 'other', 'summer_camp', 'training', 'training', 'training']);
    expect(items.find((activity) => activity.title === '联盟首届“双师型”师资队伍建设研讨会')).toMatchObject({ registeredCount: 3, unitCount: 2, phase: 'registering' });
  });
});
