import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import type { Founders } from '../testing/alliance.test-support.js';
import { openProjectsToHandOver } from '../membership/handover.js';
import { allianceWithCharter, decideItem, scheduleMeeting } from './projects.test-support.js';

const clock = new Date('2026-03-01T02:00:00Z');

describe('cooperation projects through the API (章程第十七条(四), 第二十条(三))', () => {
  let ctx: TestContext;
  let bodyId: string;
  let founders: Founders;
  let secretariat: Session;
  let url: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
    ({ bodyId, founders } = await allianceWithCharter(ctx));
    url = `/api/bodies/${bodyId}/projects`;
    secretariat = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }], { totp: false }));
  });
  afterAll(async () => ctx.close());

  const representativeOf = async (orgId: string) =>
    login(ctx.app, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: orgId }], { totp: false }));
  const proposal = (overrides: object = {}) => ({
    proposerOrgId: founders.caoyang!.id,
    title: '沿沪宁智能制造专业教学资源库共建',
    summary: '九校联合建设智能制造专业群教学资源库，课程互选、资源共享。',
    initiativePoint: 7,
    plannedStartOn: '2026-04-01',
    plannedEndOn: '2026-12-31',
    participantOrgIds: [founders.pukou!.id, founders.nantong!.id],
    ...overrides,
  });
  const detail = async (session: Session, id: string) => (await session.request({ method: 'GET', url: `${url}/${id}` })).json();

  it('runs a proposal from a member through the meeting vote to completion', async () => {
    const caoyang = await representativeOf(founders.caoyang!.id);
    const proposed = await caoyang.request({ method: 'POST', url, payload: proposal() });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const id = proposed.json().id as string;
    let project = await detail(caoyang, id);
    expect(project).toMatchObject({
      phase: 'proposed',
      lead: { id: founders.caoyang!.id },
      participantCount: 3,
      abilities: { manage: false, report: true },
    });

    // "经审议通过后": nothing starts before the meeting has approved it.
    const early = await secretariat.request({
      method: 'POST',
      url: `${url}/${id}/status`,
      payload: { action: 'start', on: '2026-03-02', version: project.version },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'PROJECT_PHASE' });
    expect(early.json().error.message).toContain('待提交审议');

    const meetingId = await scheduleMeeting(secretariat, bodyId, '2026-03-20');
    const submitted = await secretariat.request({ method: 'POST', url: `${url}/${id}/review`, payload: {} });
    expect(submitted.statusCode, submitted.body).toBe(200);
    project = await detail(secretariat, id);
    expect(project).toMatchObject({ phase: 'under_review', approval: { meetingId, voteStatus: 'pending', passed: null } });
    const again = await secretariat.request({ method: 'POST', url: `${url}/${id}/review`, payload: {} });
    expect(again.json().error.code).toBe('PROJECT_PHASE');

    // 9 present, 5 同意 → passes under 第八条's 半数以上 of members present.
    const ids = Object.values(founders).map((f) => f.id);
    await decideItem(
      secretariat,
      bodyId,
      meetingId,
      project.approval.itemId,
      ids.map((orgId, i) => [orgId, i < 5 ? 'yes' : 'no']),
    );
    project = await detail(secretariat, id);
    expect(project).toMatchObject({ phase: 'approved', approval: { voteStatus: 'closed', passed: true, resolutionNo: 1 } });

    // A participant that has signed up hands the project over if it withdraws (第二十条(三)).
    expect(await openProjectsToHandOver(ctx.deps.database.db, bodyId, founders.pukou!.id)).toEqual([
      { id, name: '沿沪宁智能制造专业教学资源库共建', role: 'participant', status: 'approved' },
    ]);
    expect(await openProjectsToHandOver(ctx.deps.database.db, bodyId, founders.xishan!.id)).toEqual([]);

    // The lead unit keeps the milestones; another member may not.
    const pukou = await representativeOf(founders.pukou!.id);
    const foreign = await pukou.request({
      method: 'POST',
      url: `${url}/${id}/milestones`,
      payload: { title: '资源库上线', dueOn: '2026-09-30' },
    });
    expect(foreign.statusCode).toBe(403);
    const milestone = await caoyang.request({
      method: 'POST',
      url: `${url}/${id}/milestones`,
      payload: { title: '资源库上线', dueOn: '2026-09-30' },
    });
    expect(milestone.statusCode, milestone.body).toBe(201);

    const started = await secretariat.request({
      method: 'POST',
      url: `${url}/${id}/status`,
      payload: { action: 'start', on: '2026-04-01', version: project.version },
    });
    expect(started.statusCode, started.body).toBe(200);
    project = await detail(secretariat, id);
    const unfinished = await secretariat.request({
      method: 'POST',
      url: `${url}/${id}/status`,
      payload: { action: 'complete', on: '2026-12-20', version: project.version },
    });
    expect(unfinished.json().error).toMatchObject({ code: 'PROJECT_MILESTONES_OPEN' });
    expect(unfinished.json().error.message).toContain('资源库上线');

    const done = await caoyang.request({
      method: 'POST',
      url: `${url}/${id}/milestones/${milestone.json().id}/done`,
      payload: { doneOn: '2026-09-28', note: '平台已上线' },
    });
    expect(done.statusCode, done.body).toBe(200);
    const completed = await secretariat.request({
      method: 'POST',
      url: `${url}/${id}/status`,
      payload: { action: 'complete', on: '2026-12-20', version: project.version },
    });
    expect(completed.statusCode, completed.body).toBe(200);
    project = await detail(secretariat, id);
    expect(project).toMatchObject({
      phase: 'completed',
      startedOn: '2026-04-01',
      closedOn: '2026-12-20',
      milestonesDone: 1,
      milestonesTotal: 1,
    });
    expect(await openProjectsToHandOver(ctx.deps.database.db, bodyId, founders.pukou!.id)).toEqual([]);

    const stale = await secretariat.request({
      method: 'POST',
      url: `${url}/${id}/status`,
      payload: { action: 'terminate', on: '2026-12-21', reason: '重复', version: 1 },
    });
    expect(stale.json().error.code).toBe('PROJECT_PHASE');
  });

  it('refuses units that are not members, and a member proposing in another unit’s name', async () => {
    const [outsider] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: `江苏省外部学校${Math.random()}`, type: 'higher_vocational', regionCode: '321200' }),
    ]);
    const caoyang = await representativeOf(founders.caoyang!.id);
    const stranger = await caoyang.request({ method: 'POST', url, payload: proposal({ participantOrgIds: [outsider!.id] }) });
    expect(stranger.statusCode).toBe(409);
    expect(stranger.json().error).toMatchObject({ code: 'PROJECT_NOT_MEMBER' });
    expect(stranger.json().error.message).toContain('江苏省外部学校');

    const pukou = await representativeOf(founders.pukou!.id);
    const impersonating = await pukou.request({ method: 'POST', url, payload: proposal() });
    expect(impersonating.statusCode).toBe(403);

    const backwards = await caoyang.request({
      method: 'POST',
      url,
      payload: proposal({ plannedStartOn: '2026-12-01', plannedEndOn: '2026-06-01' }),
    });
    expect(backwards.json().error.code).toBe('PROJECT_DATES');
  });

  it('keeps the lead unit among the participants, and lets a rejected proposal go to a later meeting', async () => {
    const caoyang = await representativeOf(founders.caoyang!.id);
    const id = (await caoyang.request({ method: 'POST', url, payload: proposal({ title: '跨区域师资互派' }) })).json().id as string;
    const removeLead = await secretariat.request({ method: 'DELETE', url: `${url}/${id}/participants/${founders.caoyang!.id}` });
    expect(removeLead.json().error.code).toBe('PROJECT_LEAD_STAYS');
    const removed = await secretariat.request({ method: 'DELETE', url: `${url}/${id}/participants/${founders.nantong!.id}` });
    expect(removed.statusCode, removed.body).toBe(200);
    const added = await secretariat.request({
      method: 'POST',
      url: `${url}/${id}/participants`,
      payload: { orgId: founders.xishan!.id, joinedOn: '2026-03-02' },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((await detail(secretariat, id)).participants.map((p: { org: { id: string } }) => p.org.id).sort()).toEqual(
      [founders.caoyang!.id, founders.pukou!.id, founders.xishan!.id].sort(),
    );

    const meetingId = await scheduleMeeting(secretariat, bodyId, '2026-04-10');
    await secretariat.request({ method: 'POST', url: `${url}/${id}/review`, payload: { meetingId } });
    const itemId = (await detail(secretariat, id)).approval.itemId;
    const ids = Object.values(founders).map((f) => f.id);
    await decideItem(
      secretariat,
      bodyId,
      meetingId,
      itemId,
      ids.map((orgId, i) => [orgId, i < 4 ? 'yes' : 'no']),
    );
    expect((await detail(secretariat, id)).phase).toBe('rejected');

    const later = await scheduleMeeting(secretariat, bodyId, '2026-06-10');
    const resubmitted = await secretariat.request({ method: 'POST', url: `${url}/${id}/review`, payload: { meetingId: later } });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect((await detail(secretariat, id)).approval).toMatchObject({ meetingId: later, voteStatus: 'pending' });
  });
});
