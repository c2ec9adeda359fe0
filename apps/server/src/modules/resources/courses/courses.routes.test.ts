import { like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { type Alliance, alliance } from '../testing/alliance.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// Issue 10 R3 (倡议书 三 课程互选): 曹杨 offers a course to the alliance; 浦口 nominates its students; 曹杨 accepts them
// up to the seats, records results and closes the course.
const clock = movableClock('2026-09-01T02:00:00Z');
const zh = { 'accept-language': 'zh-CN' };

export const COURSE = {
  name: '工业机器人编程与调试',
  credits: 2,
  hours: 32,
  term: '2026-2027-1',
  seats: 2,
  mode: 'blended',
  grading: 'score',
  prerequisites: '机械制图',
  hostTeacher: '王建国',
};

export const STUDENTS = [
  { name: '陈思远', studentNumber: '2025010101', major: '工业机器人技术应用' },
  { name: '刘雨桐', studentNumber: '2025010102', major: '工业机器人技术应用' },
  { name: '赵子涵', studentNumber: '2025010103', major: '机电技术应用' },
];

describe('course cross-selection through the API', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let a: Alliance;
  let courses: string;
  let courseId: string;
  let course: string;
  let nominationIds: string[];

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    a = await alliance(ctx);
    courses = `/api/bodies/${a.bodyId}/resources/courses`;
  });
  afterAll(async () => ctx.close());

  it('lets a member offer a course for itself only, and refuses bad input in Chinese', async () => {
    const offerFor = (orgId: string) => `/api/bodies/${a.bodyId}/resources/orgs/${orgId}/courses`;
    expect((await a.pukou.request({ method: 'POST', url: offerFor(a.caoyangId), payload: COURSE })).statusCode).toBe(403);
    expect((await a.secretariat.request({ method: 'POST', url: offerFor(a.caoyangId), payload: COURSE })).statusCode).toBe(403);
    const bad = await a.caoyang.request({
      method: 'POST',
      url: offerFor(a.caoyangId),
      payload: { ...COURSE, term: '2026秋' },
      headers: zh,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([expect.objectContaining({ path: 'term', message: expect.stringContaining('2026-2027-1') })]);
    const outsider = await a.outsider.request({ method: 'POST', url: offerFor(a.outsiderId), payload: COURSE });
    expect(outsider.json().error.code).toBe('RESOURCES_NOT_MEMBER');
    const offered = await a.caoyang.request({ method: 'POST', url: offerFor(a.caoyangId), payload: COURSE });
    expect(offered.statusCode, offered.body).toBe(201);
    courseId = offered.json().id;
    course = `${courses}/${courseId}`;
    const mine = (await a.caoyang.request({ method: 'GET', url: courses })).json();
    const theirs = (await a.pukou.request({ method: 'GET', url: courses })).json();
    expect(mine.hosted.map((c: { name: string }) => c.name)).toEqual(['工业机器人编程与调试']);
    expect(theirs).toMatchObject({ hosted: [], open: [{ name: '工业机器人编程与调试', seats: 2, accepted: 0, status: 'open' }] });
    expect((await a.outsider.request({ method: 'GET', url: courses })).statusCode).toBe(403);
  });

  it('lets only the home school nominate its students, not to its own course', async () => {
    const payload = { homeOrgId: a.pukouId, students: STUDENTS };
    expect((await a.caoyang.request({ method: 'POST', url: `${course}/nominations`, payload })).statusCode).toBe(403);
    const own = await a.caoyang.request({ method: 'POST', url: `${course}/nominations`, payload: { ...payload, homeOrgId: a.caoyangId } });
    expect(own.json().error.code).toBe('RESOURCES_OWN_COURSE');
    const nominated = await a.pukou.request({ method: 'POST', url: `${course}/nominations`, payload });
    expect(nominated.statusCode, nominated.body).toBe(201);
    const again = await a.pukou.request({
      method: 'POST',
      url: `${course}/nominations`,
      payload: { ...payload, students: [STUDENTS[0]] },
      headers: zh,
    });
    expect(again.json().error.message).toBe('学号 2025010101 的学生已推荐到本课程，请勿重复推荐');
    const wrong = await a.pukou.request({
      method: 'POST',
      url: `${course}/nominations`,
      payload: { homeOrgId: a.pukouId, students: [{ ...STUDENTS[0], studentNumber: '学号1' }] },
      headers: zh,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].message).toContain('学号应为');
  });

  it('shows students whole to the host and the home school, masked to the secretariat', async () => {
    const host = (await a.caoyang.request({ method: 'GET', url: course })).json();
    nominationIds = host.nominations.map((n: { id: string }) => n.id);
    expect(host.mayManage).toBe(true);
    expect(host.nominations[0]).toMatchObject({ studentName: '陈思远', studentNumber: '2025010101', status: 'nominated', revealed: true });
    const home = (await a.pukou.request({ method: 'GET', url: course })).json();
    expect(home).toMatchObject({ mayManage: false, nominateFor: [{ id: a.pukouId }] });
    expect(home.nominations[0].studentName).toBe('陈思远');
    const secretariat = (await a.secretariat.request({ method: 'GET', url: course })).json();
    expect(secretariat.nominations[0]).toMatchObject({ studentName: '陈**', studentNumber: '2025****01', revealed: false });
    expect((await a.outsider.request({ method: 'GET', url: course })).statusCode).toBe(403);
    expect((await a.caoyang.request({ method: 'GET', url: `${courses}/${crypto.randomUUID()}` })).statusCode).toBe(404);
  });

  it('accepts concurrently never beyond the seats, with a clear refusal', async () => {
    expect((await a.pukou.request({ method: 'POST', url: `${course}/nominations/${nominationIds[0]}/accept` })).statusCode).toBe(403);
    const answers = await Promise.all(
      nominationIds.map((id) => a.caoyang.request({ method: 'POST', url: `${course}/nominations/${id}/accept`, headers: zh })),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 200, 409]);
    const refused = answers.find((r) => r.statusCode === 409)!;
    expect(refused.json().error.message).toBe('课程“工业机器人编程与调试”的 2 个名额已满，不能再接收学生；如需增加名额，请先修改课程');
    const detail = (await a.caoyang.request({ method: 'GET', url: course })).json();
    expect(detail.course.accepted).toBe(2);
  });

  it('lets the host change its open course: more seats and another teacher, never fewer seats than accepted', async () => {
    const change = (session: typeof a.caoyang, payload: object) => session.request({ method: 'PUT', url: course, payload, headers: zh });
    expect((await change(a.pukou, { ...COURSE, seats: 3, version: 1 })).statusCode).toBe(403);
    expect((await change(a.secretariat, { ...COURSE, seats: 3, version: 1 })).statusCode).toBe(403);
    const fewer = await change(a.caoyang, { ...COURSE, seats: 1, version: 1 });
    expect(fewer.json().error.message).toBe('课程“工业机器人编程与调试”不能这样修改：已接收 2 名学生，名额不能少于 2');
    const more = await change(a.caoyang, { ...COURSE, seats: 3, hostTeacher: '李明', version: 1 });
    expect(more.statusCode, more.body).toBe(200);
    expect(more.json().version).toBe(2);
    // A second editor still holding version 1 is refused rather than undoing the change.
    expect((await change(a.caoyang, { ...COURSE, version: 1 })).json().error.code).toBe('VERSION_CONFLICT');
    expect((await a.pukou.request({ method: 'GET', url: course })).json().course).toMatchObject({
      seats: 3,
      hostTeacher: '李明',
      version: 2,
      resultsRecorded: 0,
    });
  });

  it('records results by the scheme, closes only when every accepted student has one', async () => {
    const detail = (await a.caoyang.request({ method: 'GET', url: course })).json();
    const accepted = detail.nominations.filter((n: { status: string }) => n.status === 'accepted').map((n: { id: string }) => n.id);
    const waiting = detail.nominations.find((n: { status: string }) => n.status === 'nominated').id;
    const result = (id: string, payload: object) =>
      a.caoyang.request({ method: 'PUT', url: `${course}/nominations/${id}/result`, payload, headers: zh });
    expect((await result(accepted[0], { passed: true })).json().error.message).toBe(
      '本课程按“百分制”评定成绩：请填写 0–100 的分数，不填“是否合格”',
    );
    expect((await result(accepted[0], { score: 101 })).statusCode).toBe(400);
    expect((await result(waiting, { score: 80 })).json().error.code).toBe('RESOURCES_NOMINATION_STATUS');
    expect((await result(accepted[0], { score: 92 })).statusCode).toBe(200);
    // 学分互认 rests on the credits and the scheme of the results recorded: they stand; the teacher may still change.
    const settled = { ...COURSE, seats: 3, hostTeacher: '李明', version: 2 };
    const credits = await a.caoyang.request({ method: 'PUT', url: course, payload: { ...settled, credits: 3 }, headers: zh });
    expect(credits.json().error.message).toBe(
      '课程“工业机器人编程与调试”不能这样修改：已登记成绩的课程不能再修改学分、学时、学期或考核方式',
    );
    const teacher = await a.caoyang.request({ method: 'PUT', url: course, payload: { ...settled, hostTeacher: '王建国' } });
    expect(teacher.statusCode, teacher.body).toBe(200);
    const early = await a.caoyang.request({ method: 'POST', url: `${course}/close`, headers: zh });
    expect(early.json().error.code).toBe('RESOURCES_RESULTS_MISSING');
    expect((await result(accepted[1], { score: 55 })).statusCode).toBe(200);
    const declined = await a.caoyang.request({
      method: 'POST',
      url: `${course}/nominations/${waiting}/decline`,
      payload: { reason: '名额已满' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect((await a.pukou.request({ method: 'POST', url: `${course}/close` })).statusCode).toBe(403);
    expect((await a.caoyang.request({ method: 'POST', url: `${course}/close` })).statusCode).toBe(200);
    const late = await result(accepted[1], { score: 75 });
    expect(late.json().error.message).toBe('课程“工业机器人编程与调试”已结课，不能再登记成绩');
    const closed = await a.caoyang.request({ method: 'PUT', url: course, payload: { ...COURSE, seats: 3, version: 3 }, headers: zh });
    expect(closed.json().error.message).toBe('课程“工业机器人编程与调试”已结课，不能再修改');
  });

  it('audits every write', async () => {
    const rows = await ctx.deps.database.db
      .select({ action: auditLog.action, n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(like(auditLog.action, 'resources.%'))
      .groupBy(auditLog.action);
    expect(Object.fromEntries(rows.map((r) => [r.action, r.n]))).toEqual({
      'resources.course.change': 2,
      'resources.course.close': 1,
      'resources.course.offer': 1,
      'resources.nomination.accept': 2,
      'resources.nomination.create': 1,
      'resources.nomination.decline': 1,
      'resources.nomination.result': 2,
    });
  });
});
