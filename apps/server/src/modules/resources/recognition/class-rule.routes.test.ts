import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { type Alliance, alliance } from '../testing/alliance.test-support.js';
import { closedCourse } from '../testing/closed-course.test-support.js';
import { ROBOT_COURSE } from '../testing/accepted-course.test-support.js';
import { decideRecognition } from './recognition.service.js';

// docs/sources.md §9 R4 (倡议书 三 学分互认): the home school applies one rule to all its students of a closed course,
// previewed first; the students already decided are skipped; afterwards changes are one by one with a reason.
const clock = movableClock('2027-01-20T02:00:00Z');
const zh = { 'accept-language': 'zh-CN' };
const CLASS = [
  { name: '陈思远', studentNumber: '2025310101', major: '工业机器人技术应用', score: 92 },
  { name: '刘雨桐', studentNumber: '2025310102', major: '工业机器人技术应用', score: 78 },
  { name: '赵子涵', studentNumber: '2025310103', major: '工业机器人技术应用', score: 52 },
];

describe('recognition by rule for a whole class through the API', () => {
  let ctx: TestContext;
  let a: Alliance;
  const url = (step: 'preview' | 'apply') => `/api/bodies/${a.bodyId}/resources/recognitions/class-rule/${step}`;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    a = await alliance(ctx);
  });
  afterAll(async () => ctx.close());

  const classCourse = async (prefix: string) =>
    closedCourse(
      ctx,
      a,
      ROBOT_COURSE,
      CLASS.map((s, i) => ({ ...s, studentNumber: `${prefix}${i + 1}` })),
    );
  const rule = (courseId: string, extra: object = {}) => ({
    courseId,
    homeOrgId: a.pukouId,
    outcome: 'converted',
    refusalReason: '课程成绩不及格',
    ...extra,
  });

  it('previews who gets what and why, writing nothing', async () => {
    const { courseId } = await classCourse('20253101');
    const preview = await a.pukou.request({ method: 'POST', url: url('preview'), payload: rule(courseId) });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      counts: { converted: 2, refused: 1, recognised: 0, skipped: 0 },
      applied: null,
      rows: [
        { studentName: '陈思远', action: 'converted', grade: '优秀', credits: 2 },
        { studentName: '刘雨桐', action: 'converted', grade: '中等', credits: 2 },
        { studentName: '赵子涵', action: 'refused', credits: 0, why: { 'zh-CN': '成绩 52 分，未通过；不予认定：课程成绩不及格' } },
      ],
    });
    const students = (await a.pukou.request({ method: 'GET', url: `/api/bodies/${a.bodyId}/resources/orgs/${a.pukouId}/students` })).json();
    expect(students.items.filter((s: { awaitingDecision: number }) => s.awaitingDecision > 0)).toHaveLength(3);
  });

  it('applies once when sent twice at the same time: one decision and one audit entry per student', async () => {
    const { courseId, nominationIds } = await classCourse('20253201');
    const payload = rule(courseId, { outcome: 'recognised', ownCourseName: '机器人应用技术', ownCredits: 3 });
    const answers = await Promise.all([1, 2].map(() => a.pukou.request({ method: 'POST', url: url('apply'), payload })));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(answers.map((r) => r.json().applied).sort()).toEqual([0, 3]);
    const second = answers.find((r) => r.json().applied === 0)!.json();
    expect(second.counts).toMatchObject({ skipped: 3 });
    expect(second.rows[0].why['zh-CN']).toMatch(/^已于 2027-01-20 作出认定（认定为本校课程）/);
    const entries = await ctx.deps.database.db.select().from(auditLog).where(eq(auditLog.action, 'resources.recognition.decide'));
    const ofClass = entries.filter((e) => nominationIds.includes((e.details as { nominationId: string }).nominationId));
    expect(ofClass).toHaveLength(3);
    expect(ofClass[0]!.details).toMatchObject({ byClassRule: { outcome: 'recognised', ownCourseName: '机器人应用技术' } });
    const record = (
      await a.pukou.request({ method: 'GET', url: `/api/bodies/${a.bodyId}/resources/students/${ofClass[0]!.details.studentId}/record` })
    ).json();
    expect(record.entries[0].recognition).toMatchObject({ version: 1 });
  });

  it('skips a student decided one by one before, and leaves later changes to one by one with a reason', async () => {
    const { courseId, nominationIds } = await classCourse('20253301');
    await decideRecognition(ctx.deps.database.db, SYSTEM_ACTOR, clock.now(), a.bodyId, nominationIds[0]!, {
      outcome: 'recognised',
      ownCourseName: '工业机器人基础',
      ownCredits: 2,
      version: 0,
    });
    const applied = (await a.pukou.request({ method: 'POST', url: url('apply'), payload: rule(courseId), headers: zh })).json();
    expect(applied).toMatchObject({ applied: 2, counts: { skipped: 1, converted: 1, refused: 1 } });
    expect(applied.rows[0]).toMatchObject({ studentName: '陈思远', action: 'skipped' });
    const change = await a.pukou.request({
      method: 'PUT',
      url: `/api/bodies/${a.bodyId}/resources/recognitions/${nominationIds[1]}`,
      payload: { outcome: 'recognised', ownCourseName: '工业机器人基础', ownCredits: 2, version: 1 },
      headers: zh,
    });
    expect(change.json().error.message).toBe('学分认定信息不完整：变更已作出的认定须写明原因');
  });

  it('lets only the home school apply, for a closed course, and refuses bad input in Chinese', async () => {
    const { courseId } = await classCourse('20253401');
    expect((await a.caoyang.request({ method: 'POST', url: url('preview'), payload: rule(courseId) })).statusCode).toBe(403);
    expect((await a.outsider.request({ method: 'POST', url: url('apply'), payload: rule(courseId) })).statusCode).toBe(403);
    const otherHome = await a.pukou.request({ method: 'POST', url: url('apply'), payload: { ...rule(courseId), homeOrgId: a.caoyangId } });
    expect(otherHome.statusCode).toBe(403);
    const incomplete = await a.pukou.request({
      method: 'POST',
      url: url('preview'),
      payload: rule(courseId, { outcome: 'recognised' }),
      headers: zh,
    });
    expect(incomplete.json().error.message).toBe('学分认定信息不完整：认定为本校课程须填写本校课程名称和学分');
    const noReason = await a.pukou.request({
      method: 'POST',
      url: url('preview'),
      payload: rule(courseId, { refusalReason: ' ' }),
      headers: zh,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0]).toMatchObject({
      path: 'refusalReason',
      message: expect.stringContaining('未通过者不予认定的原因'),
    });
    const unknown = await a.pukou.request({ method: 'POST', url: url('preview'), payload: rule(crypto.randomUUID()) });
    expect(unknown.statusCode).toBe(404);
  });
});
