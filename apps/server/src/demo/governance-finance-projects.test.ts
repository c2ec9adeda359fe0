import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActivities } from '../modules/governance/activities/activities.service.js';
import { listLedger } from '../modules/governance/finance/finance.service.js';
import { listProjects } from '../modules/governance/projects/projects.service.js';
import { fixedClock } from '../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import { ensureActivitiesDemo } from './governance-activities.js';
import { ensureFinanceAndProjectsDemo } from './governance-finance-projects.js';
import { bodyIdsByName } from './demo.repository.js';
import { seedDemo } from './index.js';

const TODAY = '2026-12-31';

describe('the alliance’s finance, project and activity demo (generated), loaded on the last day of 2026', () => {
  let ctx: TestContext;
  let bodyId: string;
  beforeAll(async () => {
    ctx = await createTestContext({ demo: true }, { clock: fixedClock(`${TODAY}T04:00:00Z`) });
    await seedDemo(ctx.deps);
    bodyId = (await bodyIdsByName(ctx.deps.database.db, [ALLIANCE_NAME])).get(ALLIANCE_NAME)!;
    // The whole demo loads first; on a busy machine that takes longer than the default minute.
  }, 180_000);
  afterAll(async () => ctx.close());

  it('loads a few generated ledger entries and one proposed project, once', async () => {
    const db = ctx.deps.database.db;
    await ensureFinanceAndProjectsDemo(db, TODAY);
    const ledger = await listLedger(db, bodyId, 2026);
    expect(ledger.items).toHaveLength(4);
    expect(ledger.items.every((entry) => entry.isGenerated)).toBe(true);
    expect(ledger).toMatchObject({ incomeFen: 5_800_000, expenseFen: 2_506_050, closingFen: 3_293_950 });
    const projects = (await listProjects(db, bodyId)).items;
    expect(projects).toEqual([
      expect.objectContaining({
        phase: 'proposed',
        lead: expect.objectContaining({ name: CAOYANG_SCHOOL }),
        participantCount: 3,
        isGenerated: true,
      }),
    ]);
  });

  it('schedules the six planned activities with the seminar’s sample registrations, once, and has archived those of the year', async () => {
    const db = ctx.deps.database.db;
    await ensureActivitiesDemo(db, TODAY);
    const { items } = await listActivities(db, { grants: [], today: TODAY }, bodyId);
    expect(items).toHaveLength(6);
    expect(items.every((activity) => activity.isGenerated)).toBe(true);
    expect(items.map((activity) => activity.kind).sort()).toEqual([
      'observation',
      'other',
      'summer_camp',
      'training',
      'training',
      'training',
    ]);
    expect(items.find((activity) => activity.title === '联盟首届“双师型”师资队伍建设研讨会')).toMatchObject({
      registeredCount: 3,
      unitCount: 2,
      phase: 'completed',
    });
    // The exchange of 10-16 ended 76 days before, the last of the six: all of them are 已归档.
    expect(items.map((activity) => activity.phase)).toEqual(Array(6).fill('completed'));
  });
});
