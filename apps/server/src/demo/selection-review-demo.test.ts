import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../kernel/audit/audit.table.js';
import { insertOrgs, orgValues } from '../modules/organizations/index.js';
import { getBoard } from '../modules/selection/reviews/assignment.service.js';
import { callIdByTitle } from '../modules/selection/calls/calls.repository.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { AUTHORITY_ORGS, LIANYUNGANG_EDUCATION_BUREAU } from './dataset/authorities.js';
import { LYG_2026_CALL } from './dataset/lianyungang-2026-call.js';
import { LYG_DEMO_ORGS } from './dataset/lianyungang-2026.js';
import { orgIdsByName } from './demo.repository.js';
import { ensureSelectionDemo } from './selection-demo.js';
import { ensureSelectionReviewDemo } from './selection-review-demo.js';

describe('the demo review of the 2026 连云港 call', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    const orgs = [...AUTHORITY_ORGS.filter((org) => org.name === LIANYUNGANG_EDUCATION_BUREAU), ...LYG_DEMO_ORGS];
    await insertOrgs(
      ctx.deps.database.db,
      orgs.map((org) => orgValues(org, { isGenerated: org.isGenerated ?? false })),
    );
    await ensureSelectionDemo(ctx.deps.database.db, '2026-12-07');
  });
  afterAll(async () => ctx.close());

  async function boardOfDemoCall() {
    const db = ctx.deps.database.db;
    const authority = (await orgIdsByName(db, [LIANYUNGANG_EDUCATION_BUREAU])).get(LIANYUNGANG_EDUCATION_BUREAU)!;
    return getBoard(db, (await callIdByTitle(db, authority, LYG_2026_CALL.title))!, 'zh-CN');
  }

  it('seats four experts, derives one conflict, assigns K reviews and leaves expert1 to score; a second run changes nothing', async () => {
    const db = ctx.deps.database.db;
    await ensureSelectionReviewDemo(ctx.deps);
    const first = await boardOfDemoCall();
    const auditRows = (await db.select().from(auditLog)).length;

    expect(first.panel.map((e) => e.username).sort()).toEqual(['expert1', 'lyg_expert2', 'lyg_expert3', 'lyg_expert4']);
    expect(first.conflicts).toHaveLength(1);
    expect(first.conflicts[0]).toMatchObject({
      expertName: '评审专家三（演示）',
      evidence: expect.arrayContaining([expect.objectContaining({ kind: 'affiliation', place: 'lead_enterprise', matchedBy: 'orgId' })]),
    });
    const [application] = first.applications;
    expect(first.applications).toHaveLength(1);
    const statusOf = Object.fromEntries(application!.reviews.map((r) => [r.expertName, r.status]));
    expect(statusOf).toEqual({ '评审专家一（演示）': 'assigned', '评审专家二（演示）': 'submitted', '评审专家四（演示）': 'submitted' });
    expect(application!.validCount).toBe(2);

    await ensureSelectionReviewDemo(ctx.deps);
    expect(await boardOfDemoCall()).toEqual(first);
    expect((await db.select().from(auditLog)).length).toBe(auditRows);
  });
});
