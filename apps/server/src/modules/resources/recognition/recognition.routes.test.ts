import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { type Alliance, alliance } from '../testing/alliance.test-support.js';
import { closedCourse, MACHINING_COURSE } from '../testing/closed-course.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// Issue 10 R4 (倡议书 三 学分互认): 浦口, the home school, decides on its students' results of 曹杨's closed course.
const clock = movableClock('2027-01-15T02:00:00Z');
const zh = { 'accept-language': 'zh-CN' };

describe('credit recognition and the learning record through the API', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let a: Alliance;
  let ids: Awaited<ReturnType<typeof closedCourse>>;
  const decision = (nominationId: string) => `/api/bodies/${a.bodyId}/resources/recognitions/${nominationId}`;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    a = await alliance(ctx);
    ids = await closedCourse(ctx, a, MACHINING_COURSE, [
      { name: '陈思远', studentNumber: '2025010101', major: '数控技术应用', score: 86 },
      { name: '刘雨桐', studentNumber: '2025010102', major: '数控技术应用', score: 52 },
    ]);
  });
  afterAll(async () => ctx.close());

  it('lets only the home school decide', async () => {
    const payload = { outcome: 'converted', version: 0 };
    expect((await a.caoyang.request({ method: 'PUT', url: decision(ids.nominationIds[0]!), payload })).statusCode).toBe(403);
    expect((await a.outsider.request({ method: 'PUT', url: decision(ids.nominationIds[0]!), payload })).statusCode).toBe(403);
    expect((await a.pukou.request({ method: 'PUT', url: decision(crypto.randomUUID()), payload })).statusCode).toBe(404);
    const bad = await a.pukou.request({
      method: 'PUT',
      url: decision(ids.nominationIds[0]!),
      payload: { outcome: '通过', version: 0 },
      headers: zh,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('converts a passed result by the published rule and refuses a failed one only with a reason', async () => {
    const converted = await a.pukou.request({
      method: 'PUT',
      url: decision(ids.nominationIds[0]!),
      payload: { outcome: 'converted', version: 0 },
    });
    expect(converted.statusCode, converted.body).toBe(200);
    const failed = await a.pukou.request({
      method: 'PUT',
      url: decision(ids.nominationIds[1]!),
      payload: { outcome: 'converted', version: 0 },
      headers: zh,
    });
    expect(failed.json().error.message).toBe('该学生课程成绩未通过，只能“不予认定”并写明原因');
    const noReason = await a.pukou.request({
      method: 'PUT',
      url: decision(ids.nominationIds[1]!),
      payload: { outcome: 'refused', version: 0 },
      headers: zh,
    });
    expect(noReason.json().error.message).toBe('学分认定信息不完整：不予认定须写明原因');
    const refused = await a.pukou.request({
      method: 'PUT',
      url: decision(ids.nominationIds[1]!),
      payload: { outcome: 'refused', reason: '课程成绩不及格', version: 0 },
    });
    expect(refused.statusCode, refused.body).toBe(200);
  });

  it('changes a decision only with a reason, against the version read', async () => {
    const url = decision(ids.nominationIds[0]!);
    const payload = { outcome: 'recognised', ownCourseName: '数控车削加工', ownCredits: 3, version: 1 };
    expect((await a.pukou.request({ method: 'PUT', url, payload, headers: zh })).json().error.message).toBe(
      '学分认定信息不完整：变更已作出的认定须写明原因',
    );
    expect((await a.pukou.request({ method: 'PUT', url, payload: { ...payload, reason: '对应本校课程', version: 0 } })).statusCode).toBe(
      409,
    );
    const changed = await a.pukou.request({ method: 'PUT', url, payload: { ...payload, reason: '教务处复核：对应本校《数控车削加工》' } });
    expect(changed.statusCode, changed.body).toBe(200);
  });

  it('shows the home school its students and each one’s learning record', async () => {
    const students = (await a.pukou.request({ method: 'GET', url: `/api/bodies/${a.bodyId}/resources/orgs/${a.pukouId}/students` })).json();
    expect(students.items).toEqual([
      expect.objectContaining({ name: '陈思远', courses: 1, awaitingDecision: 0, creditsRecognised: 3 }),
      expect.objectContaining({ name: '刘雨桐', courses: 1, awaitingDecision: 0, creditsRecognised: 0 }),
    ]);
    expect(
      (await a.caoyang.request({ method: 'GET', url: `/api/bodies/${a.bodyId}/resources/orgs/${a.pukouId}/students` })).statusCode,
    ).toBe(403);
    const record = `/api/bodies/${a.bodyId}/resources/students/${ids.studentIds[0]}/record`;
    const body = (await a.pukou.request({ method: 'GET', url: record })).json();
    expect(body).toMatchObject({
      student: { name: '陈思远', studentNumber: '2025010101', home: { name: '南京浦口中等专业学校' } },
      creditsRecognised: 3,
      entries: [
        {
          courseName: '数控加工工艺',
          host: { name: '上海市曹杨职业技术学校' },
          score: 86,
          recognition: { outcome: 'recognised', ownCourseName: '数控车削加工', credits: 3, grade: '良好', version: 2 },
        },
      ],
    });
    expect((await a.caoyang.request({ method: 'GET', url: record })).statusCode).toBe(403);
    expect(
      (await a.pukou.request({ method: 'GET', url: `/api/bodies/${a.bodyId}/resources/students/${crypto.randomUUID()}/record` }))
        .statusCode,
    ).toBe(404);
  });
});
