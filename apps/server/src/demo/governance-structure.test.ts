import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulletins } from '../modules/governance/bulletins/bulletins.table.js';
import { getChairSchedule } from '../modules/governance/chair/chair.service.js';
import { listMeetings } from '../modules/governance/meetings/meetings.repository.js';
import { listResolutions } from '../modules/governance/meetings/votes.service.js';
import { governanceOffices } from '../modules/governance/offices/offices.table.js';
import { workplanTasks } from '../modules/governance/workplan/workplan.table.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import { ensureGovernanceStructureDemo } from './governance-structure.js';
import { seedDemo } from './index.js';
import { bodyIdsByName } from './demo.repository.js';

describe('the alliance’s governance demo (简报第1期 and its 2026 work plan)', () => {
  let ctx: TestContext;
  let bodyId: string;
  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    await seedDemo(ctx.deps);
    bodyId = (await bodyIdsByName(ctx.deps.database.db, [ALLIANCE_NAME])).get(ALLIANCE_NAME)!;
    // The whole demo loads first (its sittings up to today included); on a busy machine that takes minutes.
  }, 180_000);
  afterAll(async () => ctx.close());

  it('publishes 简报第1期 on the public page, and its DOCX in under a second', async () => {
    const list = (await ctx.app.inject({ method: 'GET', url: `/api/public/bulletins?bodyId=${bodyId}` })).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        issueNumber: 1,
        subject: '沪宁同心·职教同行|联盟在沪成立',
        issuedOn: '2025-12-14',
        draftedBy: '郭跃',
        reviewedBy: '殷时余',
        keywords: ['预备会', '联盟成立', '一届一次会议'],
        org: { name: CAOYANG_SCHOOL },
      }),
    ]);
    const id = list.items[0].id;
    await ctx.app.inject({ method: 'GET', url: `/api/public/bulletins/${id}/docx` });
    const started = performance.now();
    const docx = await ctx.app.inject({ method: 'GET', url: `/api/public/bulletins/${id}/docx` });
    const elapsed = performance.now() - started;
    console.info(`简报第1期 DOCX over HTTP in ${elapsed.toFixed(0)} ms`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain(encodeURIComponent('简报第1期'));
    expect(elapsed).toBeLessThan(1000);
  });

  it('plans the rotating chair from 曹杨 in 2026, sets up the six organs and loads the four tasks of 附件3', async () => {
    const db = ctx.deps.database.db;
    const chair = await getChairSchedule(db, bodyId, 'zh-CN');
    expect(chair.years).toHaveLength(10);
    expect(chair.years[0]).toMatchObject({ year: 2026, org: { name: CAOYANG_SCHOOL }, source: 'first' });
    expect(new Set(chair.years.slice(0, 9).map((year) => year.city)).size).toBe(9);
    // The founders entered in the charter's order (序言), so the cities take their turns in that order.
    expect(chair.years.slice(0, 4).map((year) => year.city)).toEqual(['上海市', '南京市', '扬州市', '镇江市']);
    const [offices] = await db.select({ n: count() }).from(governanceOffices);
    const [tasks] = await db.select({ n: count() }).from(workplanTasks);
    expect([Number(offices!.n), Number(tasks!.n)]).toEqual([6, 4]);
  });

  it('adds nothing when loaded again', async () => {
    const db = ctx.deps.database.db;
    const before = await Promise.all(
      [bulletins, governanceOffices, workplanTasks].map(async (table) => Number((await db.select({ n: count() }).from(table))[0]!.n)),
    );
    await ensureGovernanceStructureDemo(db);
    await seedDemo(ctx.deps);
    const after = await Promise.all(
      [bulletins, governanceOffices, workplanTasks].map(async (table) => Number((await db.select({ n: count() }).from(table))[0]!.n)),
    );
    expect(after).toEqual(before);
  });

  it('records the first joint meeting of 简报第1期: nine founders present, the work plan and the 倡议书 adopted, minutes published', async () => {
    const db = ctx.deps.database.db;
    const meetings = await listMeetings(db, bodyId);
    // The later sittings that admit the generated enterprises (governance-admissions.ts) come after it.
    expect(meetings.at(-1)).toEqual(
      expect.objectContaining({
        title: '联盟一届一次会议',
        heldOn: '2025-12-12',
        status: 'concluded',
        minutesStatus: 'published',
        isGenerated: true,
        itemCount: 2,
      }),
    );
    expect(meetings.filter((m) => m.heldOn === '2025-12-12')).toHaveLength(1);
    const register = await listResolutions(db, bodyId, 1, 20, 'zh-CN');
    expect(
      register.items.map((item: { title: string; result: { yes: number; present: number; entitled: number; passed: boolean } | null }) => [
        item.title,
        item.result,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['审议《联盟2026年度工作计划》', expect.objectContaining({ yes: 9, present: 9, entitled: 9, passed: true })],
        ['审议《沿沪宁产业创新带职业院校协同发展倡议书》', expect.objectContaining({ yes: 9, present: 9, entitled: 9, passed: true })],
      ]),
    );
    await seedDemo(ctx.deps);
    expect(await listMeetings(db, bodyId)).toHaveLength(meetings.length);
  });
});
