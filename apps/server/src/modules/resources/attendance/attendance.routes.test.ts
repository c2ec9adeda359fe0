import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { acceptedCourse, classOf } from '../testing/accepted-course.test-support.js';
import { type Alliance, alliance } from '../testing/alliance.test-support.js';

// docs/sources.md §9 R3 "the host … records attendance and results"; §5.5: sessions within the term, two thirds attended.
let clock = movableClock('2026-10-12T02:00:00Z');
const zh = { 'accept-language': 'zh-CN' };

describe('attendance of a cross-selected course through the API', () => {
  let ctx: TestContext;
  let a: Alliance;
  const courseUrl = (courseId: string) => `/api/bodies/${a.bodyId}/resources/courses/${courseId}`;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock: { now: () => clock.now() } });
    a = await alliance(ctx);
  });
  beforeEach(() => {
    clock = movableClock('2026-10-12T02:00:00Z');
  });
  afterAll(async () => ctx.close());

  async function sessions(courseId: string, days: string[]) {
    const ids: string[] = [];
    for (const sessionOn of days) {
      const added = await a.caoyang.request({ method: 'POST', url: `${courseUrl(courseId)}/sessions`, payload: { sessionOn } });
      expect(added.statusCode, added.body).toBe(201);
      ids.push(added.json().id);
    }
    return ids;
  }

  it('lets only the host add sessions, within the course’s term and once a day, and refuses bad input in Chinese', async () => {
    const { courseId } = await acceptedCourse(ctx, a, classOf(1, '20251101'));
    const url = `${courseUrl(courseId)}/sessions`;
    expect((await a.pukou.request({ method: 'POST', url, payload: { sessionOn: '2026-10-12' } })).statusCode).toBe(403);
    expect((await a.outsider.request({ method: 'POST', url, payload: { sessionOn: '2026-10-12' } })).statusCode).toBe(403);
    const outside = await a.caoyang.request({ method: 'POST', url, payload: { sessionOn: '2027-03-01' }, headers: zh });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toBe(
      '上课日期 2027-03-01 不在课程学期 2026-2027-1（2026-09-01 至 2027-01-31）内，请选择学期内的日期',
    );
    const bad = await a.caoyang.request({ method: 'POST', url, payload: { sessionOn: '2026/10/12' }, headers: zh });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'sessionOn', message: expect.stringMatching(/上课日期/) });
    expect((await a.caoyang.request({ method: 'POST', url, payload: { sessionOn: '2026-10-12', topic: '示教器操作' } })).statusCode).toBe(
      201,
    );
    const twice = await a.caoyang.request({ method: 'POST', url, payload: { sessionOn: '2026-10-12' }, headers: zh });
    expect(twice.json().error.message).toBe('2026-10-12 已登记过一次课，请在该课次中修改考勤');
  });

  it('marks accepted students only, audits each change with what it was, and shows the rate to the host and the home school', async () => {
    const { courseId, nominationIds, studentIds } = await acceptedCourse(ctx, a, classOf(2, '20251201'));
    const [first, second, third] = await sessions(courseId, ['2026-09-07', '2026-09-14', '2026-09-21']);
    const mark = (sessionId: string, marks: { nominationId: string; mark: string }[], who = a.caoyang) =>
      who.request({ method: 'PUT', url: `${courseUrl(courseId)}/sessions/${sessionId}/attendance`, payload: { marks }, headers: zh });
    const [chen, liu] = nominationIds as [string, string];
    expect((await mark(first!, [{ nominationId: chen, mark: 'present' }], a.pukou)).statusCode).toBe(403);
    const stranger = await mark(first!, [{ nominationId: crypto.randomUUID(), mark: 'present' }]);
    expect(stranger.json().error.code).toBe('RESOURCES_ATTENDANCE_NOT_ACCEPTED');
    const wrongMark = await mark(first!, [{ nominationId: chen, mark: '出勤' }]);
    expect(wrongMark.statusCode).toBe(400);
    expect(wrongMark.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    const other = await acceptedCourse(ctx, a, classOf(1, '20251301'));
    const foreign = await a.caoyang.request({
      method: 'PUT',
      url: `${courseUrl(other.courseId)}/sessions/${first}/attendance`,
      payload: { marks: [{ nominationId: other.nominationIds[0], mark: 'present' }] },
    });
    expect(foreign.statusCode).toBe(404);

    for (const [session, chenMark, liuMark] of [
      [first, 'present', 'absent'],
      [second, 'late', 'leave'],
      [third, 'present', 'present'],
    ] as const) {
      const answer = await mark(session!, [
        { nominationId: chen, mark: chenMark },
        { nominationId: liu, mark: liuMark },
      ]);
      expect(answer.statusCode, answer.body).toBe(200);
    }
    // The host corrects 刘雨桐's first session: absent → late.
    expect((await mark(first!, [{ nominationId: liu, mark: 'late' }])).statusCode).toBe(200);
    const changes = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'resources.attendance.change'), eq(auditLog.entityId, first!)));
    expect(changes.map((c) => c.details)).toEqual([
      expect.objectContaining({ changes: [{ nominationId: liu, studentId: studentIds[1], from: 'absent', to: 'late' }] }),
    ]);
    const entries = await ctx.deps.database.db.select().from(auditLog).where(like(auditLog.action, 'resources.attendance.%'));
    const ofCourse = entries.filter((e) => ((e.details as { courseId?: string }).courseId ?? e.entityId) === courseId);
    expect(ofCourse.map((e) => e.action).sort()).toEqual([
      'resources.attendance.change',
      'resources.attendance.record',
      'resources.attendance.record',
      'resources.attendance.record',
      'resources.attendance.session',
      'resources.attendance.session',
      'resources.attendance.session',
    ]);

    const sheet = (await a.caoyang.request({ method: 'GET', url: `${courseUrl(courseId)}/attendance` })).json();
    expect(sheet).toMatchObject({
      term: { from: '2026-09-01', to: '2027-01-31' },
      rule: { minShare: { numerator: 2, denominator: 3 } },
      sessions: [
        { sessionOn: '2026-09-07', marked: 2 },
        { sessionOn: '2026-09-14', marked: 2 },
        { sessionOn: '2026-09-21', marked: 2 },
      ],
      students: [
        { nominationId: chen, summary: { marked: 3, attended: 3, display: '100.0%', belowThreshold: false } },
        { nominationId: liu, summary: { marked: 3, attended: 2, display: '66.7%', belowThreshold: false } },
      ],
    });
    expect((await a.pukou.request({ method: 'GET', url: `${courseUrl(courseId)}/attendance` })).statusCode).toBe(403);
    const home = (await a.pukou.request({ method: 'GET', url: courseUrl(courseId) })).json();
    expect(home.nominations.map((n: { attendance: { display: string } }) => n.attendance.display)).toEqual(['100.0%', '66.7%']);
    const secretariat = (await a.secretariat.request({ method: 'GET', url: courseUrl(courseId) })).json();
    expect(secretariat.nominations[0].attendance).toBeNull();
  });

  it('warns, without refusing, when a result is recorded for a student below the published two thirds', async () => {
    const { courseId, nominationIds } = await acceptedCourse(ctx, a, classOf(2, '20251401'));
    const [chen, liu] = nominationIds as [string, string];
    for (const [session, liuMark] of (await sessions(courseId, ['2026-11-02', '2026-11-09', '2026-11-16'])).map(
      (id, i) => [id, i === 0 ? 'present' : 'absent'] as const,
    )) {
      await a.caoyang.request({
        method: 'PUT',
        url: `${courseUrl(courseId)}/sessions/${session}/attendance`,
        payload: {
          marks: [
            { nominationId: chen, mark: 'present' },
            { nominationId: liu, mark: liuMark },
          ],
        },
      });
    }
    const result = (nominationId: string, score: number) =>
      a.caoyang.request({
        method: 'PUT',
        url: `${courseUrl(courseId)}/nominations/${nominationId}/result`,
        payload: { score },
        headers: zh,
      });
    expect((await result(chen, 88)).json()).toEqual({ ok: true, attendanceWarning: null });
    const warned = await result(liu, 75);
    expect(warned.statusCode).toBe(200);
    expect(warned.json().attendanceWarning['zh-CN']).toBe(
      '成绩已登记。提示：该生出勤率 33.3%（3 次课出勤 1 次），低于公布的考勤要求 66.7%，请核实是否具备考核资格',
    );
    const detail = (await a.caoyang.request({ method: 'GET', url: courseUrl(courseId) })).json();
    expect(detail.nominations.find((n: { id: string }) => n.id === liu)).toMatchObject({
      score: 75,
      attendance: { display: '33.3%', belowThreshold: true },
    });
  });

  it('freezes attendance once the course is closed', async () => {
    const { courseId, nominationIds } = await acceptedCourse(ctx, a, classOf(1, '20251501'));
    const [session] = await sessions(courseId, ['2026-12-07']);
    await a.caoyang.request({
      method: 'PUT',
      url: `${courseUrl(courseId)}/nominations/${nominationIds[0]}/result`,
      payload: { score: 90 },
    });
    expect((await a.caoyang.request({ method: 'POST', url: `${courseUrl(courseId)}/close` })).statusCode).toBe(200);
    const late = await a.caoyang.request({
      method: 'PUT',
      url: `${courseUrl(courseId)}/sessions/${session}/attendance`,
      payload: { marks: [{ nominationId: nominationIds[0], mark: 'present' }] },
      headers: zh,
    });
    expect(late.json().error.message).toBe('课程“工业机器人编程与调试”已结课，不能再登记考勤');
  });
});
