import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrgs, orgValues } from '../modules/organizations/index.js';
import { selectionApplications } from '../modules/selection/applications/applications.table.js';
import { selectionCalls } from '../modules/selection/calls/calls.table.js';
import { getCall } from '../modules/selection/calls/calls.service.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { AUTHORITY_ORGS, LIANYUNGANG_EDUCATION_BUREAU } from './dataset/authorities.js';
import { LYG_DEMO_ORGS } from './dataset/lianyungang-2026.js';
import { ensureSelectionDemo } from './selection-demo.js';

describe('the demo selection: the 2026 连云港 call (连教职函〔2026〕6号)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    const orgs = [...AUTHORITY_ORGS.filter((org) => org.name === LIANYUNGANG_EDUCATION_BUREAU), ...LYG_DEMO_ORGS];
    await insertOrgs(
      ctx.deps.database.db,
      orgs.map((org) => orgValues(org, { isGenerated: org.isGenerated ?? false })),
    );
  });
  afterAll(async () => ctx.close());

  it('opens the call with the seed’s deadline and 附件1 scored to 100, with one submitted and one draft application, once', async () => {
    const db = ctx.deps.database.db;
    await ensureSelectionDemo(db, '2026-12-07');
    await ensureSelectionDemo(db, '2026-12-08');
    const calls = await db.select().from(selectionCalls);
    expect(calls).toHaveLength(2);
    const seedCall = calls.find((c) => c.documentNumber === '连教职函〔2026〕6号')!;
    const call = await getCall(db, seedCall.id, new Date('2026-05-01T00:00:00Z'));
    expect(call).toMatchObject({
      status: 'open',
      documentNumber: '连教职函〔2026〕6号',
      deadline: '2026-05-28T23:59:59',
      authority: { name: LIANYUNGANG_EDUCATION_BUREAU },
      indicatorSystem: { totalMaxScore: 100, maxDeduction: 10, isGenerated: true },
    });
    expect(call.noticeText).toContain('原则上每个产业园区申报不超过1家');
    const applications = await db.select().from(selectionApplications).where(eq(selectionApplications.callId, call.id));
    expect(applications.map((a) => [a.consortiumName, a.status, a.isGenerated]).sort()).toEqual([
      ['连云港演示港口物流市域产教联合体', 'draft', true],
      ['连云港演示石化产业市域产教联合体', 'submitted', true],
    ]);
  });

  it('opens a second round for 60 days from the day the demo is loaded, where the port-logistics draft can still be filled in', async () => {
    const db = ctx.deps.database.db;
    await ensureSelectionDemo(db, '2026-12-07');
    const [round] = await db
      .select()
      .from(selectionCalls)
      .where(eq(selectionCalls.title, '2026年市级市域产教联合体遴选建设（第二批，演示）'));
    const call = await getCall(db, round!.id, new Date('2026-12-07T02:00:00Z'));
    expect(call).toMatchObject({ status: 'open', phase: 'open', deadline: '2027-02-05T17:00:00' });
    const applications = await db.select().from(selectionApplications).where(eq(selectionApplications.callId, call.id));
    expect(applications.map((a) => [a.consortiumName, a.status, a.isGenerated])).toEqual([
      ['连云港演示港口物流市域产教联合体', 'draft', true],
    ]);
  });
});
