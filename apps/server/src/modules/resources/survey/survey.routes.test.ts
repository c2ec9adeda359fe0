import { usccCheckCharacter } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { movableClock } from '../../../kernel/time/clock.js';
import { findActiveMember, removeMember } from '../../bodies/index.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { type Alliance, alliance } from '../testing/alliance.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// 工作计划 一(一) 启动“八市一区”职业教育资源调研 (2026年1-6月) → 建成动态资源数据库; 章程第十八条(三).
const clock = movableClock('2026-03-02T02:00:00Z');
const uscc = (first17: string) => first17 + usccCheckCharacter(first17);

describe('the 2026 resource survey of the alliance through the API', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let a: Alliance;
  let rounds: string;
  let roundId: string;
  const answers = (orgId: string) => `${rounds}/${roundId}/responses/${orgId}`;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    a = await alliance(ctx);
    rounds = `/api/bodies/${a.bodyId}/resources/rounds`;
  });
  afterAll(async () => ctx.close());

  const content = {
    majors: [{ majorCode: '660103', mode: 'secondary', studentsPerGrade: [120, 118, 110], offeredSince: 2008 }],
    teachers: [{ classCode: '6601', fullTime: 24, seniorTitle: 8, postgraduate: 5, dualQualified: 18, partTime: 6 }],
    bases: [
      {
        name: '智能制造开放实训中心',
        kind: 'open_centre',
        majorCodes: ['660103'],
        workstations: 80,
        starLevel: 4,
        openToMembers: true,
        bookingTerms: '提前两周预约',
      },
    ],
    partners: [
      {
        uscc: uscc('91310107MA1G00001'),
        name: '上海测试数控机床有限公司',
        fields: '数控机床装调与维修',
        agreementFrom: '2024-09-01',
        internsHosted: 12,
        orderClass: true,
        apprenticeship: false,
      },
    ],
    courses: [],
    noneToReport: [],
  };

  it('lets the secretariat open the round; a member unit cannot', async () => {
    const round = {
      year: 2026,
      title: '“八市一区”职业教育资源调研',
      deadline: '2026-06-30',
      sections: ['majors', 'teachers', 'bases', 'partners', 'courses'],
    };
    expect((await a.caoyang.request({ method: 'POST', url: rounds, payload: round })).statusCode).toBe(403);
    const opened = await a.secretariat.request({ method: 'POST', url: rounds, payload: round });
    expect(opened.statusCode, opened.body).toBe(201);
    roundId = opened.json().id;
    const again = await a.secretariat.request({ method: 'POST', url: rounds, payload: round, headers: { 'accept-language': 'zh-CN' } });
    expect(again.json().error.message).toBe('2026 年的资源调研已经发起，请在原调研中继续');
    const list = (await a.pukou.request({ method: 'GET', url: rounds })).json();
    expect(list.items).toEqual([expect.objectContaining({ year: 2026, open: true, members: 2, submitted: 0 })]);
  });

  it('a member saves its answers, cannot submit while a section is unanswered, then submits', async () => {
    const blank = (await a.caoyang.request({ method: 'GET', url: answers(a.caoyangId) })).json();
    expect(blank).toMatchObject({ status: 'not_started', version: 0, mayEdit: true, prefilledFrom: null, completeness: { percent: 0 } });
    const saved = await a.caoyang.request({ method: 'PUT', url: answers(a.caoyangId), payload: { content, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    const early = await a.caoyang.request({
      method: 'POST',
      url: `${answers(a.caoyangId)}/submit`,
      payload: { version: 1 },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(early.json().error.message).toBe('以下部分尚未填写：面向成员开放的课程。请填写，或勾选“本单位无”后再提交');
    await a.caoyang.request({
      method: 'PUT',
      url: answers(a.caoyangId),
      payload: { content: { ...content, noneToReport: ['courses'] }, version: 1 },
    });
    const submitted = await a.caoyang.request({ method: 'POST', url: `${answers(a.caoyangId)}/submit`, payload: { version: 2 } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const locked = await a.caoyang.request({
      method: 'PUT',
      url: answers(a.caoyangId),
      payload: { content, version: 3 },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(locked.json().error.message).toBe('填报当前为“已提交”，不能保存');
  });

  it('refuses figures that contradict each other, naming the field', async () => {
    const wrong = { ...content, teachers: [{ ...content.teachers[0], dualQualified: 30 }] };
    const refused = await a.pukou.request({
      method: 'PUT',
      url: answers(a.pukouId),
      payload: { content: wrong, version: 0 },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([
      expect.objectContaining({ path: 'content.teachers.0.dualQualified', message: '30 人多于专任专业教师 24 人' }),
    ]);
    const unknown = await a.pukou.request({
      method: 'PUT',
      url: answers(a.pukouId),
      payload: { content: { ...content, teachers: [{ ...content.teachers[0], classCode: '6699' }] }, version: 0 },
    });
    expect(unknown.json().error.code).toBe('RESOURCES_UNKNOWN_CLASSES');
  });

  it('keeps a unit to its own answers and members of the body', async () => {
    expect((await a.pukou.request({ method: 'GET', url: answers(a.caoyangId) })).statusCode).toBe(403);
    const outsider = await a.outsider.request({ method: 'GET', url: answers(a.outsiderId) });
    expect(outsider.json().error.code).toBe('RESOURCES_NOT_MEMBER');
  });

  it('shows the secretariat who has not submitted, accepts 曹杨’s answers and publishes them to the database', async () => {
    const progress = (await a.secretariat.request({ method: 'GET', url: `${rounds}/${roundId}/progress` })).json();
    expect(
      progress.rows.map((r: { org: { name: string }; status: string; completeness: { percent: number } }) => [
        r.org.name,
        r.status,
        r.completeness.percent,
      ]),
    ).toEqual([
      ['上海市曹杨职业技术学校', 'submitted', 100],
      ['南京浦口中等专业学校', 'not_started', 0],
    ]);
    const search = `/api/bodies/${a.bodyId}/resources/search`;
    expect((await a.pukou.request({ method: 'GET', url: `${search}?q=数控` })).json().total).toBe(0);
    const accepted = await a.secretariat.request({ method: 'POST', url: `${answers(a.caoyangId)}/accept`, payload: { version: 3 } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const found = (await a.pukou.request({ method: 'GET', url: `${search}?q=数控` })).json();
    expect(found.items.map((e: { kind: string; title: string }) => [e.kind, e.title])).toEqual([
      ['base', '智能制造开放实训中心'],
      ['major', '数控技术应用'],
      ['partner', '上海测试数控机床有限公司'],
    ]);
    expect(found.cities).toEqual([
      expect.objectContaining({ cityName: '上海市', members: 1, majors: 1, bases: 1, workstations: 80, partners: 1 }),
    ]);
    const open = (await a.pukou.request({ method: 'GET', url: `${search}?kind=base&openToMembers=true&classCode=6601` })).json();
    expect(open.items).toHaveLength(1);
    expect((await a.outsider.request({ method: 'GET', url: search })).json().error.code).toBe('RESOURCES_NOT_IN_BODY');
  });

  it('locks accepted answers until the secretariat reopens them with a reason, even after the deadline', async () => {
    const after = await a.caoyang.request({ method: 'GET', url: answers(a.caoyangId) });
    expect(after.json()).toMatchObject({ status: 'accepted', mayEdit: false, mayReopen: false });
    clock.set('2026-07-01T01:00:00Z');
    await a.signInAgain();
    const late = await a.pukou.request({
      method: 'PUT',
      url: answers(a.pukouId),
      payload: { content, version: 0 },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(late.json().error.message).toBe('资源调研已于 2026-06-30 截止，不能再保存；如需更正，请联系秘书处退回修改');
    const reasonless = await a.secretariat.request({
      method: 'POST',
      url: `${answers(a.caoyangId)}/reopen`,
      payload: { version: 4, reason: ' ' },
    });
    expect(reasonless.statusCode).toBe(400);
    const reopened = await a.secretariat.request({
      method: 'POST',
      url: `${answers(a.caoyangId)}/reopen`,
      payload: { version: 4, reason: '实训中心工位数与年报不一致，请核对' },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const again = (await a.caoyang.request({ method: 'GET', url: answers(a.caoyangId) })).json();
    expect(again).toMatchObject({ status: 'reopened', mayEdit: true, reopenReason: '实训中心工位数与年报不一致，请核对' });
    const corrected = { ...content, noneToReport: ['courses'], bases: [{ ...content.bases[0], workstations: 96 }] };
    expect(
      (await a.caoyang.request({ method: 'PUT', url: answers(a.caoyangId), payload: { content: corrected, version: 5 } })).statusCode,
    ).toBe(200);
  });

  it('starts the next year’s answers from the last ones', async () => {
    clock.set('2027-01-05T01:00:00Z');
    await a.signInAgain();
    const opened = await a.secretariat.request({
      method: 'POST',
      url: rounds,
      payload: { year: 2027, title: '2027 年度资源更新', deadline: '2027-06-30', sections: ['majors', 'bases'] },
    });
    const next = (await a.caoyang.request({ method: 'GET', url: `${rounds}/${opened.json().id}/responses/${a.caoyangId}` })).json();
    expect(next).toMatchObject({ status: 'not_started', prefilledFrom: 2026, completeness: { percent: 100 } });
    expect(next.content.bases[0].workstations).toBe(96);
    expect(next.content.partners).toEqual([]);
  });

  it('counts a unit that leaves the body out of the search at once, though none of the entries changed', async () => {
    const search = `/api/bodies/${a.bodyId}/resources/search?q=数控`;
    const before = (await a.secretariat.request({ method: 'GET', url: search })).json();
    expect(before.cities).toEqual([expect.objectContaining({ cityName: '上海市', members: 1 })]);
    // Asked again: the same counts, kept for the same state of the database.
    expect((await a.secretariat.request({ method: 'GET', url: search })).json().cities).toEqual(before.cities);
    const db = ctx.deps.database.db;
    const member = await findActiveMember(db, a.bodyId, a.caoyangId);
    await removeMember(db, SYSTEM_ACTOR, a.bodyId, member!.id, { leftOn: '2027-01-05', reason: '退出联盟' });
    const after = (await a.secretariat.request({ method: 'GET', url: search })).json();
    expect(after).toMatchObject({ total: 0, items: [], cities: [] });
  });
});
