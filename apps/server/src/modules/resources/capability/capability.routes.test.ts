import { usccCheckCharacter } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../kernel/time/clock.js';
import { createTestContext, type Session, type TestContext } from '../../../testing/test-app.js';
import { type Alliance, alliance } from '../testing/alliance.test-support.js';

// docs/sources.md §9 R2 “find the schools that can train X”, from the members' accepted survey answers (工作计划 一(一)).
describe('who can train for a major, through the API', () => {
  let ctx: TestContext;
  let a: Alliance;
  let url: string;

  const survey = (major: string, base: { name: string; major: string; workstations: number } | null, partnerFields: string | null) => ({
    majors: [{ majorCode: major, mode: 'secondary', studentsPerGrade: [40, 40, 40], offeredSince: 2015 }],
    teachers: [],
    bases: base
      ? [{ name: base.name, kind: 'open_centre', majorCodes: [base.major], workstations: base.workstations, openToMembers: true }]
      : [],
    partners: partnerFields
      ? [
          {
            uscc: '91320111MA1X00002' + usccCheckCharacter('91320111MA1X00002'),
            name: '南京测试精密机械有限公司',
            fields: partnerFields,
            agreementFrom: '2025-03-01',
            internsHosted: 6,
            orderClass: false,
            apprenticeship: true,
          },
        ]
      : [],
    courses: [],
    noneToReport: ['teachers', 'courses', ...(base ? [] : ['bases']), ...(partnerFields ? [] : ['partners'])],
  });

  async function publish(session: Session, roundId: string, orgId: string, content: object) {
    const answers = `/api/bodies/${a.bodyId}/resources/rounds/${roundId}/responses/${orgId}`;
    const saved = await session.request({ method: 'PUT', url: answers, payload: { content, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    await session.request({ method: 'POST', url: `${answers}/submit`, payload: { version: 1 } });
    const accepted = await a.secretariat.request({ method: 'POST', url: `${answers}/accept`, payload: { version: 2 } });
    expect(accepted.statusCode, accepted.body).toBe(200);
  }

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock: fixedClock('2026-03-02T02:00:00Z') });
    a = await alliance(ctx);
    url = `/api/bodies/${a.bodyId}/resources/who-can-train`;
    const round = await a.secretariat.request({
      method: 'POST',
      url: `/api/bodies/${a.bodyId}/resources/rounds`,
      payload: { year: 2026, title: '资源调研', deadline: '2026-06-30', sections: ['majors', 'teachers', 'bases', 'partners', 'courses'] },
    });
    const roundId = round.json().id;
    // 曹杨 offers 数控技术 itself with a base; 浦口 a related major of 装备制造类 and a partner in 数控机床
    await publish(a.caoyang, roundId, a.caoyangId, survey('460103', { name: '数控开放实训中心', major: '460103', workstations: 60 }, null));
    await publish(a.pukou, roundId, a.pukouId, survey('460104', null, '数控机床装调与维修'));
  });
  afterAll(async () => ctx.close());

  it('ranks the member offering 数控技术 first and says why each member is listed', async () => {
    const result = (await a.pukou.request({ method: 'GET', url: `${url}?majorCode=460103` })).json();
    expect(result.target).toBe('数控技术（460103）');
    expect(result.items.map((m: { org: { name: string }; rank: number; points: number }) => [m.org.name, m.rank, m.points])).toEqual([
      ['上海市曹杨职业技术学校', 1, 50],
      ['南京浦口中等专业学校', 2, 20],
    ]);
    expect(result.items[0].workstations).toBe(60);
    expect(result.items[1].reasons).toEqual([
      expect.objectContaining({ kind: 'offersRelatedMajor', entryKind: 'major', points: 15 }),
      expect.objectContaining({ kind: 'partner', title: '南京测试精密机械有限公司', matched: ['数控'], points: 5 }),
    ]);
  });

  it('answers for a major class and for free words', async () => {
    const byClass = (await a.secretariat.request({ method: 'GET', url: `${url}?classCode=4601` })).json();
    // 机械设计制造类: the partner's name says 机械, the class's distinctive word
    expect(byClass.items.map((m: { points: number }) => m.points)).toEqual([50, 45]);
    expect(byClass.items[1].reasons[1]).toMatchObject({ kind: 'partner', matched: ['机械'] });
    const byWords = (await a.caoyang.request({ method: 'GET', url: `${url}?q=${encodeURIComponent('数控')}` })).json();
    expect(byWords.items[0].reasons.map((r: { kind: string }) => r.kind)).toEqual(['offersMajor', 'base']);
    expect(byWords.items[1].reasons.map((r: { matched: string[] }) => r.matched)).toEqual([['数控']]);
  });

  it('refuses outsiders, unknown codes and a request naming two targets, in Chinese', async () => {
    expect((await a.outsider.request({ method: 'GET', url: `${url}?majorCode=460103` })).statusCode).toBe(403);
    const unknown = await a.pukou.request({ method: 'GET', url: `${url}?majorCode=999999`, headers: { 'accept-language': 'zh-CN' } });
    expect(unknown.json().error.code).toBe('RESOURCES_UNKNOWN_MAJORS');
    const two = await a.pukou.request({
      method: 'GET',
      url: `${url}?majorCode=460103&classCode=4601`,
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(two.statusCode).toBe(400);
    expect(JSON.stringify(two.json().error)).toContain('请只指定一项：专业、专业类或关键词');
  });
});
