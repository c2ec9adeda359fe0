import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCourses } from '../modules/resources/courses/courses.service.js';
import { checkIssuedCredential, issuedCredentials } from '../modules/resources/credentials/credentials.service.js';
import { homeStudents } from '../modules/resources/recognition/recognition.service.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import { bodyIdsByName, orgIdsByName } from './demo.repository.js';
import { seedDemo } from './index.js';
import { DEMO_RECORD_STUDENT, ensureLearningRecordDemo } from './learning-record-demo.js';
import { ensureCourseExchangeDemo } from './resources-courses-demo.js';

describe('the alliance’s cross-selected courses demo (倡议书 三, generated students)', () => {
  let ctx: TestContext;
  let bodyId: string;
  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    await seedDemo(ctx.deps);
    bodyId = (await bodyIdsByName(ctx.deps.database.db, [ALLIANCE_NAME])).get(ALLIANCE_NAME)!;
  }, 180_000);
  afterAll(async () => ctx.close());

  it('has two closed courses and one still running, with their students, once', async () => {
    const db = ctx.deps.database.db;
    await ensureCourseExchangeDemo(db);
    const grants = [
      { role: 'body_secretariat' as const, permission: 'resources.database.read' as const, scopeType: 'body' as const, scopeId: bodyId },
    ];
    const { open } = await listCourses(db, grants, bodyId);
    expect(open.map((c) => [c.name, c.host.name, c.status, c.accepted, c.nominated, c.isGenerated])).toEqual([
      ['数控车削编程与加工', '上海市曹杨职业技术学校', 'open', 2, 2, true],
      ['工业机器人编程与调试', '上海市曹杨职业技术学校', 'closed', 4, 5, true],
      ['跨境电商实务', '江苏省扬州旅游商贸学校', 'closed', 5, 5, true],
    ]);
  });

  it('leaves 曹杨 one result to decide and shows its recognised credits', async () => {
    const db = ctx.deps.database.db;
    const caoyang = (await orgIdsByName(db, [CAOYANG_SCHOOL])).get(CAOYANG_SCHOOL)!;
    const { items } = await homeStudents(db, bodyId, caoyang);
    expect(items.map((s) => [s.name, s.awaitingDecision, s.creditsRecognised])).toEqual([
      ['林嘉怡', 0, 2],
      ['黄博文', 0, 2],
      ['何欣悦', 1, 0],
    ]);
  });

  it('has 曹杨 issue one signed learning record, once, which the verify page accepts', async () => {
    const db = ctx.deps.database.db;
    await ensureLearningRecordDemo(ctx.deps);
    const caoyang = (await orgIdsByName(db, [CAOYANG_SCHOOL])).get(CAOYANG_SCHOOL)!;
    const student = (await homeStudents(db, bodyId, caoyang)).items.find((s) => s.name === DEMO_RECORD_STUDENT)!;
    const { items } = await issuedCredentials(db, bodyId, student.id);
    expect(items.map((c) => [c.status, c.courses, c.creditsRecognised, c.issuedAt])).toEqual([
      ['issued', 1, 2, '2026-07-16T02:00:00.000Z'],
    ]);
    const check = await checkIssuedCredential(db, items[0]!.id);
    expect([check.valid, check.summary?.courses.map((c) => c.courseName)]).toEqual([true, ['跨境电商实务']]);
  });
});
