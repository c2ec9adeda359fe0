import { auditActionLabel, auditEntityLabel } from '@chanjiao/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { decideRecognition } from '../recognition/recognition.service.js';
import { type Alliance, alliance } from '../testing/alliance.test-support.js';
import { closedCourse } from '../testing/closed-course.test-support.js';
import { completedTeacherExchange } from './people.test-support.js';
import { resourcePersonErasures } from './people.table.js';

// 《中华人民共和国个人信息保护法》第四十五条 (查阅、复制), 第四十七条 (删除, 保存期限未届满的停止除存储外的处理) and
// issue 10: "mask ID and phone numbers in lists and exports, audited unmasking, a person's own data exportable, and
// deletion with the legal-hold exceptions (recognised credits stay)".
const zh = { 'accept-language': 'zh-CN' };
let clock = movableClock('2027-01-15T02:00:00Z');

describe('the personal-data rights of students and teachers through the API', () => {
  let ctx: TestContext;
  let a: Alliance;
  /** 曹杨's 单位管理员 (the alliance's 曹杨 user is a 采集员, without personal-data rights). */
  let caoyang: Session;
  let serial = 0;
  const people = () => `/api/bodies/${a.bodyId}/resources/people`;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock: { now: () => clock.now() } });
    a = await alliance(ctx);
    caoyang = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'org_admin', scopeId: a.caoyangId }], { totp: false }));
  });
  beforeEach(() => {
    clock = movableClock('2027-01-15T02:00:00Z');
  });
  afterAll(async () => ctx.close());

  /** 浦口's two students at 曹杨's closed course, the first one's result converted to a credit, the second's not decided. */
  async function twoStudents() {
    serial += 1;
    const numbers = [`2025${String(serial).padStart(4, '0')}01`, `2025${String(serial).padStart(4, '0')}02`];
    const names = [`陈思远${serial}`, `刘雨桐${serial}`];
    const course = await closedCourse(
      ctx,
      a,
      {
        name: `数控加工工艺${serial}`,
        credits: 2,
        hours: 32,
        term: '2026-2027-1',
        seats: 10,
        mode: 'offline',
        grading: 'score',
        hostTeacher: '李华',
      },
      [
        { name: names[0]!, studentNumber: numbers[0]!, major: '数控技术应用', score: 86 },
        { name: names[1]!, studentNumber: numbers[1]!, major: '数控技术应用', score: 75 },
      ],
    );
    await decideRecognition(ctx.deps.database.db, SYSTEM_ACTOR, clock.now(), a.bodyId, course.nominationIds[0]!, {
      outcome: 'converted',
      version: 0,
    });
    return { ...course, names, numbers, student: (i: number) => `${people()}/student/${course.studentIds[i]}` };
  }

  /** 曹杨's closed course hosted by `teacher`, one 浦口 student's result converted to a credit. */
  async function hostedCourse(teacher: string) {
    serial += 1;
    const course = await closedCourse(
      ctx,
      a,
      {
        name: `工业机器人编程${serial}`,
        credits: 2,
        hours: 32,
        term: '2026-2027-1',
        seats: 5,
        mode: 'blended',
        grading: 'score',
        hostTeacher: teacher,
      },
      [{ name: `孙浩然${serial}`, studentNumber: `2026${String(serial).padStart(4, '0')}01`, major: '工业机器人技术', score: 88 }],
    );
    await decideRecognition(ctx.deps.database.db, SYSTEM_ACTOR, clock.now(), a.bodyId, course.nominationIds[0]!, {
      outcome: 'converted',
      version: 0,
    });
    return course;
  }

  it('lists the home school’s students masked, and the person page masked too', async () => {
    const s = await twoStudents();
    const list = await a.pukou.request({ method: 'GET', url: `${people()}?q=${encodeURIComponent(s.names[0]!)}` });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        kind: 'student',
        id: s.studentIds[0],
        name: `陈${'*'.repeat(s.names[0]!.length - 1)}`,
        records: 1,
        erasedAt: null,
      }),
    ]);
    expect(list.body).not.toContain(s.names[0]);
    expect(list.body).not.toContain(s.numbers[0]);
    const page = await a.secretariat.request({ method: 'GET', url: s.student(0) });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({
      creditsRecognised: 2,
      mayReveal: true,
      mayHandle: true,
      identifier: expect.stringContaining('**'),
    });
    expect(page.body).not.toContain(s.names[0]);
    // The secretariat reads the host's course masked as well; only the home school and the host see names there.
    const course = await a.secretariat.request({ method: 'GET', url: `/api/bodies/${a.bodyId}/resources/courses/${s.courseId}` });
    expect(course.body).not.toContain(s.names[0]);
  });

  it('refuses another school (403), an unknown or another kind’s id (404), and a user without the right', async () => {
    const s = await twoStudents();
    expect((await caoyang.request({ method: 'GET', url: s.student(0) })).statusCode).toBe(403);
    expect((await a.outsider.request({ method: 'GET', url: s.student(0) })).statusCode).toBe(403);
    const reveal = { method: 'POST' as const, url: `${s.student(0)}/reveal`, payload: { purpose: '核对学分认定' } };
    expect((await caoyang.request(reveal)).statusCode).toBe(403);
    expect((await caoyang.request({ method: 'POST', url: `${s.student(0)}/erase`, payload: { request: '本人申请' } })).statusCode).toBe(
      403,
    );
    expect((await a.caoyang.request({ method: 'GET', url: people() })).statusCode).toBe(403);
    expect((await a.pukou.request({ method: 'GET', url: `${people()}/student/${crypto.randomUUID()}` })).statusCode).toBe(404);
    expect((await a.pukou.request({ method: 'GET', url: `${people()}/teacher/${s.studentIds[0]}` })).statusCode).toBe(404);
    // 曹杨's teacher is 曹杨's: 浦口, the receiving school, does not answer for them.
    const agreementId = await completedTeacherExchange(ctx, a, { name: `王建国${serial}`, phone: '13812345678' });
    expect((await a.pukou.request({ method: 'GET', url: `${people()}/teacher/${agreementId}` })).statusCode).toBe(403);
    const outsiderList = await a.outsider.request({ method: 'GET', url: people() });
    expect(outsiderList.json().items).toEqual([]);
  });

  it('reveals a person only for a stated purpose, and the audit log keeps who, whom and why', async () => {
    const s = await twoStudents();
    const blank = await a.pukou.request({ method: 'POST', url: `${s.student(0)}/reveal`, payload: { purpose: '  ' }, headers: zh });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(JSON.stringify(blank.json())).toContain('查看目的');
    const naming = await a.pukou.request({
      method: 'POST',
      url: `${s.student(0)}/reveal`,
      payload: { purpose: `核对${s.names[0]}的成绩` },
      headers: zh,
    });
    expect(naming.statusCode).toBe(400);
    expect(naming.json().error.message).toContain('不要写姓名');
    const shown = await a.pukou.request({ method: 'POST', url: `${s.student(0)}/reveal`, payload: { purpose: '核对学分认定结果' } });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toEqual({ name: s.names[0], identifier: s.numbers[0], major: '数控技术应用' });
    const [entry] = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'resources.person.reveal'), eq(auditLog.entityId, s.studentIds[0]!)));
    const me = (await a.pukou.request({ method: 'GET', url: '/api/auth/me' })).json();
    expect(entry).toMatchObject({ entityType: 'resource_student', actorUsername: me.user.username });
    expect(entry!.details).toMatchObject({ purpose: '核对学分认定结果', orgId: a.pukouId });
    expect(auditActionLabel('resources.person.reveal', 'zh-CN')).toBe('查看完整个人信息（注明目的）');
    expect(auditEntityLabel('resource_student', 'zh-CN')).toBe('跨校选修学生');
  });

  it('exports everything held on a person as JSON and as a workbook, audited, for the home school', async () => {
    const s = await twoStudents();
    await a.pukou.request({ method: 'POST', url: `${s.student(0)}/reveal`, payload: { purpose: '核对学分认定结果' } });
    const missing = await a.pukou.request({ method: 'GET', url: `${s.student(0)}/export?format=json`, headers: zh });
    expect(missing.statusCode).toBe(400);
    const json = await a.pukou.request({
      method: 'GET',
      url: `${s.student(0)}/export?format=json&request=${encodeURIComponent('2027-01-14 本人书面申请')}`,
    });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers['content-disposition']).toContain('.json');
    const data = json.json();
    expect(data.person).toEqual({ name: s.names[0], studentNumber: s.numbers[0], major: '数控技术应用' });
    expect(data.courses).toEqual([
      expect.objectContaining({
        courseName: `数控加工工艺${serial}`,
        score: 86,
        recognition: expect.objectContaining({ outcome: 'converted', credits: 2 }),
      }),
    ]);
    expect(data.auditEntries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['接收跨校选修学生', '作出学分认定', '查看完整个人信息（注明目的）']),
    );
    const xlsx = await a.secretariat.request({
      method: 'GET',
      url: `${s.student(0)}/export?format=xlsx&request=${encodeURIComponent('本人来函')}`,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const exports = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'resources.person.export'), eq(auditLog.entityId, s.studentIds[0]!)));
    expect(exports.map((e) => e.details.format).sort()).toEqual(['json', 'xlsx']);
    expect(JSON.stringify(exports)).not.toContain(s.names[0]);
  });

  it('erases a student: the name leaves lists, search and exports, the recognised credit stays under a pseudonym', async () => {
    const s = await twoStudents();
    const credentials = `/api/bodies/${a.bodyId}/resources/students/${s.studentIds[0]}/credentials`;
    const issued = await a.pukou.request({ method: 'POST', url: credentials });
    expect(issued.statusCode, issued.body).toBe(201);
    const erased = await a.pukou.request({ method: 'POST', url: `${s.student(0)}/erase`, payload: { request: '2027-01-14 本人书面申请' } });
    expect(erased.statusCode, erased.body).toBe(200);
    const { pseudonym } = erased.json();
    expect(erased.json()).toMatchObject({ already: false, held: [{ record: { 'zh-CN': expect.stringContaining('已认定') }, count: 1 }] });
    expect(pseudonym).toMatch(/^已删除学生-[0-9A-F]{8}$/);

    const search = await a.pukou.request({ method: 'GET', url: `${people()}?q=${encodeURIComponent(s.names[0]!)}` });
    expect(search.json().items).toEqual([]);
    const all = await a.pukou.request({ method: 'GET', url: people() });
    expect(all.body).not.toContain(s.names[0]);
    expect(all.json().items).toContainEqual(expect.objectContaining({ id: s.studentIds[0], name: pseudonym, identifier: null }));
    // The host, who saw names whole, now sees the pseudonym; the credit is kept on the learning record.
    const course = await caoyang.request({ method: 'GET', url: `/api/bodies/${a.bodyId}/resources/courses/${s.courseId}` });
    expect(course.body).not.toContain(s.names[0]);
    expect(course.body).toContain(pseudonym);
    const record = await a.pukou.request({ method: 'GET', url: `/api/bodies/${a.bodyId}/resources/students/${s.studentIds[0]}/record` });
    expect(record.json()).toMatchObject({ creditsRecognised: 2, student: { name: pseudonym, studentNumber: pseudonym, major: '' } });
    const exported = await a.pukou.request({
      method: 'GET',
      url: `${s.student(0)}/export?format=json&request=${encodeURIComponent('复核')}`,
    });
    expect(exported.body).not.toContain(s.names[0]);
    expect(exported.body).not.toContain(s.numbers[0]);
    expect(exported.json().erasure).toMatchObject({ pseudonym });
    // The issued learning record carried the name: the platform's copy is gone (erasure.rules.ts, student.credentials).
    expect((await a.pukou.request({ method: 'GET', url: credentials })).json().items).toEqual([]);

    const revealed = await a.pukou.request({ method: 'POST', url: `${s.student(0)}/reveal`, payload: { purpose: '核对' }, headers: zh });
    expect(revealed.statusCode).toBe(409);
    expect(revealed.json().error.message).toContain(pseudonym);
    const audit = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'resources.person.erase'), eq(auditLog.entityId, s.studentIds[0]!)));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(s.names[0]);
    expect(JSON.stringify(audit)).not.toContain(s.numbers[0]);
    expect(JSON.stringify(audit)).not.toContain('数控技术应用');
  });

  it('erases a student without a credit: the result is deleted, the other student untouched', async () => {
    const s = await twoStudents();
    const erased = await a.secretariat.request({ method: 'POST', url: `${s.student(1)}/erase`, payload: { request: '本人来函申请' } });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json().held).toEqual([{ record: expect.anything(), count: 0 }]);
    const course = (await caoyang.request({ method: 'GET', url: `/api/bodies/${a.bodyId}/resources/courses/${s.courseId}` })).json();
    const byId = new Map(course.nominations.map((n: { studentId: string }) => [n.studentId, n]));
    expect(byId.get(s.studentIds[1])).toMatchObject({ score: null, studentName: erased.json().pseudonym });
    expect(byId.get(s.studentIds[0])).toMatchObject({ score: 86, studentName: s.names[0] });
  });

  it('answers a repeated or concurrent erasure with the first one and changes nothing again', async () => {
    const s = await twoStudents();
    const payload = { request: '本人书面申请' };
    const [first, second] = await Promise.all([
      a.pukou.request({ method: 'POST', url: `${s.student(0)}/erase`, payload }),
      a.secretariat.request({ method: 'POST', url: `${s.student(0)}/erase`, payload }),
    ]);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(first.json().pseudonym).toBe(second.json().pseudonym);
    expect([first.json().already, second.json().already].sort()).toEqual([false, true]);
    const later = await a.pukou.request({ method: 'POST', url: `${s.student(0)}/erase`, payload });
    expect(later.json()).toMatchObject({ already: true, pseudonym: first.json().pseudonym });
    const rows = await ctx.deps.database.db
      .select()
      .from(resourcePersonErasures)
      .where(eq(resourcePersonErasures.personId, s.studentIds[0]!));
    expect(rows).toHaveLength(1);
    const audits = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'resources.person.erase'), eq(auditLog.entityId, s.studentIds[0]!)));
    expect(audits).toHaveLength(1);
  });

  it('erases a teacher: name and phone go, the agreement with its hours stays for the figures', async () => {
    serial += 1;
    const name = `王建国${serial}`;
    const agreementId = await completedTeacherExchange(ctx, a, { name, phone: '13812345678' });
    const teacher = `${people()}/teacher/${agreementId}`;
    const page = (await caoyang.request({ method: 'GET', url: teacher })).json();
    expect(page).toMatchObject({ kind: 'teacher', identifier: '138****5678', exchanges: [expect.objectContaining({ hours: 32 })] });
    const totalsUrl = `/api/bodies/${a.bodyId}/resources/exchange/totals?year=2027`;
    const totalsBefore = (await a.secretariat.request({ method: 'GET', url: totalsUrl })).json();
    const shown = await caoyang.request({ method: 'POST', url: `${teacher}/reveal`, payload: { purpose: '联系安排下学期交流' } });
    expect(shown.json()).toEqual({ name, identifier: '13812345678', major: null });
    const erased = await caoyang.request({ method: 'POST', url: `${teacher}/erase`, payload: { request: '本人邮件申请' } });
    expect(erased.statusCode, erased.body).toBe(200);
    const agreement = await a.pukou.request({
      method: 'GET',
      url: `/api/bodies/${a.bodyId}/resources/exchange/orgs/${a.pukouId}/agreements/${agreementId}`,
    });
    expect(agreement.json()).toMatchObject({
      teacherName: erased.json().pseudonym,
      teacherPhone: null,
      actualHours: 32,
      completionNote: null,
    });
    expect(agreement.body).not.toContain(name);
    const search = await caoyang.request({ method: 'GET', url: `${people()}?q=${encodeURIComponent(name)}` });
    expect(search.json().items).toEqual([]);
    // The figures count the held agreement as before (other tests' exchanges included).
    const totalsAfter = (await a.secretariat.request({ method: 'GET', url: totalsUrl })).json();
    expect(totalsAfter).toEqual(totalsBefore);
    expect(totalsAfter.rows.find((r: { org: { id: string } }) => r.org.id === a.caoyangId).teacherHoursSent).toBeGreaterThanOrEqual(32);
  });

  it('erases a teacher who hosts a course and was sent on an exchange: one person, both records held under the pseudonym', async () => {
    serial += 1;
    const name = `周立新${serial}`;
    const onlyHostingName = `陈婉清${serial}`;
    const agreementId = await completedTeacherExchange(ctx, a, { name, phone: '13912345678' });
    const hosted = await hostedCourse(name);
    const onlyHosting = await hostedCourse(onlyHostingName);
    const listed = (await caoyang.request({ method: 'GET', url: `${people()}?q=${encodeURIComponent(name)}` })).json().items;
    expect(listed).toEqual([expect.objectContaining({ kind: 'teacher', id: agreementId, records: 2 })]);
    const hostOnly = (await caoyang.request({ method: 'GET', url: `${people()}?q=${encodeURIComponent(onlyHostingName)}` })).json();
    expect(hostOnly.items).toEqual([expect.objectContaining({ kind: 'teacher', id: onlyHosting.courseId, records: 1 })]);
    // The course's id leads to the same person as the agreement's.
    const page = (await caoyang.request({ method: 'GET', url: `${people()}/teacher/${hosted.courseId}` })).json();
    expect(page).toMatchObject({
      id: agreementId,
      hostedCourses: [{ id: hosted.courseId, status: 'closed', hours: 32 }],
      exchanges: [expect.objectContaining({ hours: 32 })],
    });
    expect(page.erasureRules.map((r: { treatment: string }) => r.treatment)).toEqual([
      'pseudonymise',
      'erase',
      'erase',
      'hold',
      'hold',
      'hold',
    ]);

    const erased = await caoyang.request({
      method: 'POST',
      url: `${people()}/teacher/${hosted.courseId}/erase`,
      payload: { request: '本人邮件申请' },
    });
    expect(erased.statusCode, erased.body).toBe(200);
    const { pseudonym } = erased.json();
    expect(erased.json().held.map((h: { record: { 'zh-CN': string }; count: number }) => [h.record['zh-CN'].slice(0, 4), h.count])).toEqual(
      [
        ['交流协议', 1],
        ['主讲的互', 1],
      ],
    );
    const course = (await a.pukou.request({ method: 'GET', url: `/api/bodies/${a.bodyId}/resources/courses/${hosted.courseId}` })).json()
      .course;
    expect(course.hostTeacher).toBe(pseudonym);
    const student = (await a.pukou.request({ method: 'GET', url: `${people()}/student/${hosted.studentIds[0]}` })).json();
    expect(student.creditsRecognised).toBe(2);
    const other = (
      await a.pukou.request({ method: 'GET', url: `/api/bodies/${a.bodyId}/resources/courses/${onlyHosting.courseId}` })
    ).json().course;
    expect(other.hostTeacher).toBe(onlyHostingName);

    const again = await caoyang.request({
      method: 'POST',
      url: `${people()}/teacher/${agreementId}/erase`,
      payload: { request: '本人邮件申请' },
    });
    expect(again.json()).toMatchObject({ already: true, pseudonym });
    const rows = await ctx.deps.database.db.select().from(resourcePersonErasures).where(eq(resourcePersonErasures.personId, agreementId));
    expect(rows).toHaveLength(1);
    const [audit, ...more] = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'resources.person.erase'), eq(auditLog.entityId, agreementId)));
    expect(more).toEqual([]);
    expect(audit!.details).toMatchObject({ pseudonym, held: { 'teacher.agreements': 1, 'teacher.courses': 1 } });
    expect(JSON.stringify(audit!.details)).not.toContain(name);
    expect((await caoyang.request({ method: 'GET', url: `${people()}?q=${encodeURIComponent(name)}` })).json().items).toEqual([]);
  });
});
