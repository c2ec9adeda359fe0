import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { findActiveMember, removeMember } from '../../bodies/index.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { multipartFile } from '../../../testing/xlsx-upload.js';
import { type Founders, makeAlliance } from '../testing/alliance.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

const PDF = Buffer.from('%PDF-1.4\n% 夏令营获奖证书\n%%EOF\n');
/** Shanghai noon of a day, so the test moves through the activity's dates. */
const at = (day: string) => new Date(`${day}T04:00:00Z`);

describe('activities through the API (附件3 二(三), 学生成长计划, 章程第十七条(三))', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let clock = at('2026-06-01');
  let bodyId: string;
  let founders: Founders;
  let secretariat: Session;
  let url: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
    ({ bodyId, founders } = await makeAlliance(ctx.deps));
    url = `/api/bodies/${bodyId}/activities`;
    secretariat = await secretariatSession();
  });
  afterAll(async () => ctx.close());

  const secretariatSession = async () =>
    login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }], { totp: false }));
  const representativeOf = async (orgId: string) =>
    login(ctx.app, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: orgId }], { totp: false }));
  const camp = (overrides: object = {}) => ({
    kind: 'summer_camp',
    title: '联盟学生夏令营暨职教学生技能风采展示',
    organiserOrgId: founders.caoyang!.id,
    startOn: '2026-07-20',
    endOn: '2026-07-25',
    place: '上海市曹杨职业技术学校',
    registrationDeadline: '2026-07-10',
    capacityPerUnit: 3,
    capacityTotal: 5,
    ...overrides,
  });
  const person = (name: string) => ({ name, title: '学生', phone: '13812345678' });
  const detail = async (session: Session, id: string) => (await session.request({ method: 'GET', url: `${url}/${id}` })).json();

  it('registers within the places and the deadline, takes attendance from the first day, and counts participation', async () => {
    clock = at('2026-06-01');
    const created = await secretariat.request({ method: 'POST', url, payload: camp() });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;

    const caoyang = await representativeOf(founders.caoyang!.id);
    let pukou = await representativeOf(founders.pukou!.id);
    const registered = await caoyang.request({
      method: 'POST',
      url: `${url}/${id}/participants`,
      payload: { orgId: founders.caoyang!.id, participants: [person('张三'), person('李四')] },
    });
    expect(registered.statusCode, registered.body).toBe(201);

    // 每单位名额 3: a third person fits, a fourth does not.
    const tooMany = await caoyang.request({
      method: 'POST',
      url: `${url}/${id}/participants`,
      payload: { orgId: founders.caoyang!.id, participants: [person('王五'), person('赵六')] },
    });
    expect(tooMany.json().error).toMatchObject({ code: 'ACTIVITY_UNIT_FULL' });
    expect(tooMany.json().error.message).toContain('本次最多还能报 1 人');

    // 总名额 5: 2 taken, Pukou may send 3 (its own limit) and then the activity is full.
    expect(
      (
        await pukou.request({
          method: 'POST',
          url: `${url}/${id}/participants`,
          payload: { orgId: founders.pukou!.id, participants: [person('周一'), person('吴二'), person('郑三')] },
        })
      ).statusCode,
    ).toBe(201);
    let nantong = await representativeOf(founders.nantong!.id);
    const full = await nantong.request({
      method: 'POST',
      url: `${url}/${id}/participants`,
      payload: { orgId: founders.nantong!.id, participants: [person('钱七')] },
    });
    expect(full.json().error).toMatchObject({ code: 'ACTIVITY_FULL' });

    // A unit registers only its own people.
    const foreign = await pukou.request({
      method: 'POST',
      url: `${url}/${id}/participants`,
      payload: { orgId: founders.caoyang!.id, participants: [person('冒名')] },
    });
    expect(foreign.statusCode).toBe(403);

    // Phones are masked on read; a unit withdraws its own person before the deadline, freeing a place.
    let activity = await detail(pukou, id);
    expect(activity).toMatchObject({
      phase: 'registering',
      registeredCount: 5,
      unitCount: 2,
      abilities: { manage: false, register: true },
    });
    expect(activity.participants[0].phone).toBe('138****5678');
    const zheng = activity.participants.find((p: { name: string }) => p.name === '郑三');
    expect((await caoyang.request({ method: 'DELETE', url: `${url}/${id}/participants/${zheng.id}` })).statusCode).toBe(403);
    expect((await pukou.request({ method: 'DELETE', url: `${url}/${id}/participants/${zheng.id}` })).statusCode).toBe(200);
    expect(
      (
        await nantong.request({
          method: 'POST',
          url: `${url}/${id}/participants`,
          payload: { orgId: founders.nantong!.id, participants: [person('钱七')] },
        })
      ).statusCode,
    ).toBe(201);

    // Attendance waits for the first day.
    // Sessions idle out as the clock moves on, so everyone signs in again on the new day.
    clock = at('2026-07-11');
    secretariat = await secretariatSession();
    nantong = await representativeOf(founders.nantong!.id);
    const late = await nantong.request({
      method: 'POST',
      url: `${url}/${id}/participants`,
      payload: { orgId: founders.nantong!.id, participants: [person('孙八')] },
    });
    expect(late.json().error).toMatchObject({ code: 'ACTIVITY_REGISTRATION_CLOSED' });
    expect(late.json().error.message).toContain('2026-07-10');
    activity = await detail(secretariat, id);
    const entries = activity.participants.map((p: { id: string; name: string }) => ({ participantId: p.id, attended: p.name !== '李四' }));
    const early = await secretariat.request({ method: 'PUT', url: `${url}/${id}/attendance`, payload: { entries } });
    expect(early.json().error).toMatchObject({ code: 'ACTIVITY_NOT_STARTED' });

    clock = at('2026-07-20');
    secretariat = await secretariatSession();
    pukou = await representativeOf(founders.pukou!.id);
    expect((await secretariat.request({ method: 'PUT', url: `${url}/${id}/attendance`, payload: { entries } })).statusCode).toBe(200);
    const upload = multipartFile(PDF, '一等奖证书.pdf', { contentType: 'application/pdf' });
    const file = await secretariat.request({ method: 'POST', url: `${url}/evidence`, payload: upload.payload, headers: upload.headers });
    expect(file.statusCode, file.body).toBe(201);
    const zhang = activity.participants.find((p: { name: string }) => p.name === '张三');
    const award = await secretariat.request({
      method: 'POST',
      url: `${url}/${id}/outcomes`,
      payload: { kind: 'award', title: '技能风采展示一等奖', participantId: zhang.id, evidenceIds: [file.json().id] },
    });
    expect(award.statusCode, award.body).toBe(201);
    activity = await detail(secretariat, id);
    expect(activity).toMatchObject({
      phase: 'under_way',
      attendedCount: 4,
      outcomes: [{ title: '技能风采展示一等奖', org: { id: founders.caoyang!.id }, participantName: '张三' }],
    });
    const download = await secretariat.request({ method: 'GET', url: `${url}/evidence/${file.json().id}` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 4).toString()).toBe('%PDF');

    const participation = await pukou.request({ method: 'GET', url: `${url}/participation?year=2026` });
    expect(participation.statusCode, participation.body).toBe(200);
    const byOrg = new Map(participation.json().items.map((row: { org: { id: string } }) => [row.org.id, row]));
    expect(byOrg.get(founders.caoyang!.id)).toMatchObject({ activities: 1, registered: 2, attended: 1, awards: 1 });
    expect(byOrg.get(founders.pukou!.id)).toMatchObject({ activities: 1, registered: 2, attended: 2, awards: 0 });
    expect(byOrg.get(founders.xishan!.id)).toMatchObject({ activities: 0, registered: 0, attended: 0, awards: 0 });
    expect(participation.json().items).toHaveLength(9);
    expect(
      (await pukou.request({ method: 'GET', url: `${url}/participation?year=2025` }))
        .json()
        .items.every((row: { registered: number }) => row.registered === 0),
    ).toBe(true);

    clock = at('2026-07-28');
    secretariat = await secretariatSession();
    expect(
      (
        await secretariat.request({
          method: 'POST',
          url: `${url}/${id}/status`,
          payload: { action: 'complete', version: activity.version },
        })
      ).statusCode,
    ).toBe(200);
    const closed = await secretariat.request({ method: 'PUT', url: `${url}/${id}/attendance`, payload: { entries } });
    expect(closed.json().error).toMatchObject({ code: 'ACTIVITY_CLOSED' });
  });

  it('refuses former members, inconsistent dates and places, and members scheduling activities', async () => {
    clock = at('2026-06-01');
    secretariat = await secretariatSession();
    const backwards = await secretariat.request({ method: 'POST', url, payload: camp({ registrationDeadline: '2026-07-21' }) });
    expect(backwards.json().error.code).toBe('ACTIVITY_DATES');
    const places = await secretariat.request({ method: 'POST', url, payload: camp({ capacityPerUnit: 10, capacityTotal: 5 }) });
    expect(places.json().error.code).toBe('ACTIVITY_CAPACITY_ORDER');
    const caoyang = await representativeOf(founders.caoyang!.id);
    expect((await caoyang.request({ method: 'POST', url, payload: camp() })).statusCode).toBe(403);

    const id = (
      await secretariat.request({
        method: 'POST',
        url,
        payload: camp({ kind: 'training', title: '首届“双师型”教师培训', capacityPerUnit: undefined, capacityTotal: undefined }),
      })
    ).json().id as string;
    const membership = await findActiveMember(ctx.deps.database.db, bodyId, founders.xiangcheng!.id);
    await removeMember(ctx.deps.database.db, SYSTEM_ACTOR, bodyId, membership!.id, { leftOn: '2026-05-31', reason: '退会' });
    const former = await secretariat.request({
      method: 'POST',
      url: `${url}/${id}/participants`,
      payload: { orgId: founders.xiangcheng!.id, participants: [person('陈九')] },
    });
    expect(former.json().error).toMatchObject({ code: 'ACTIVITY_NOT_MEMBER' });
    expect(former.json().error.message).toContain('江苏省相城中等专业学校');
  });

  it('shows on a member’s profile how many it registered and sent per kind of activity, cancelled ones left out', async () => {
    clock = at('2026-08-01');
    secretariat = await secretariatSession();
    const xishan = founders.xishan!.id;
    const schedule = async (kind: string, title: string) =>
      (
        await secretariat.request({
          method: 'POST',
          url,
          payload: camp({ kind, title, startOn: '2026-09-10', endOn: '2026-09-11', registrationDeadline: '2026-09-05' }),
        })
      ).json().id as string;
    const training = await schedule('training', '“双师型”教师一周培训');
    const competition = await schedule('competition', '联盟职业院校技能大赛');
    const visit = await schedule('observation', '赴常州观摩学习');
    const representative = await representativeOf(xishan);
    const register = (id: string, names: string[]) =>
      representative.request({
        method: 'POST',
        url: `${url}/${id}/participants`,
        payload: { orgId: xishan, participants: names.map(person) },
      });
    expect((await register(training, ['甲老师', '乙老师'])).statusCode).toBe(201);
    expect((await register(competition, ['丙同学'])).statusCode).toBe(201);
    expect((await register(visit, ['丁老师'])).statusCode).toBe(201);
    const cancelled = await secretariat.request({
      method: 'POST',
      url: `${url}/${visit}/status`,
      payload: { action: 'cancel', version: (await detail(secretariat, visit)).version },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);

    clock = at('2026-09-10');
    secretariat = await secretariatSession();
    const attendance = async (id: string, present: string[]) => {
      const entries = (await detail(secretariat, id)).participants.map((p: { id: string; name: string }) => ({
        participantId: p.id,
        attended: present.includes(p.name),
      }));
      expect((await secretariat.request({ method: 'PUT', url: `${url}/${id}/attendance`, payload: { entries } })).statusCode).toBe(200);
    };
    await attendance(training, ['甲老师']);
    await attendance(competition, ['丙同学']);
    const award = await secretariat.request({
      method: 'POST',
      url: `${url}/${competition}/outcomes`,
      payload: { kind: 'award', title: '团体二等奖', orgId: xishan },
    });
    expect(award.statusCode, award.body).toBe(201);

    const reader = await representativeOf(founders.pukou!.id);
    const profile = await reader.request({ method: 'GET', url: `/api/organizations/${xishan}/activity-participation` });
    expect(profile.statusCode, profile.body).toBe(200);
    expect(profile.json().items).toHaveLength(1);
    const [alliance] = profile.json().items;
    expect(alliance.body.id).toBe(bodyId);
    const kind = (name: string) => alliance.kinds.find((row: { kind: string }) => row.kind === name);
    expect(alliance.kinds.map((row: { kind: string }) => row.kind)).toEqual([
      'training',
      'observation',
      'competition',
      'summer_camp',
      'other',
    ]);
    expect(kind('training')).toEqual({ kind: 'training', activities: 1, registered: 2, attended: 1, awards: 0 });
    expect(kind('competition')).toEqual({ kind: 'competition', activities: 1, registered: 1, attended: 1, awards: 1 });
    expect(kind('observation')).toEqual({ kind: 'observation', activities: 0, registered: 0, attended: 0, awards: 0 });
    expect(kind('summer_camp')).toMatchObject({ registered: 0 });
    const unknown = await reader.request({ method: 'GET', url: `/api/organizations/${randomUUID()}/activity-participation` });
    expect(unknown.statusCode).toBe(404);
  });
});
