import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type MovableClock, movableClock } from '../../../kernel/time/clock.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { registerSeedCharter } from '../charter/charter.test-support.js';
import { type Founders, makeAlliance } from '../testing/alliance.test-support.js';

describe('joining, withdrawal and expulsion through the API (章程第十九至二十一条)', () => {
  let ctx: TestContext;
  let bodyId: string;
  let founders: Founders;
  let secretariat: Session;
  let secretariatUser: Awaited<ReturnType<typeof createTestUser>>;
  /** The running test's own business time, which it may move forward (a session must then be opened again). */
  let clock: MovableClock = movableClock('2026-03-01T02:00:00Z');

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock: { now: () => clock.now() } });
  });
  // Each test starts on 1 March 2026 with an alliance of its own, so none relies on what another did or when.
  beforeEach(async () => {
    clock = movableClock('2026-03-01T02:00:00Z');
    ({ bodyId, founders } = await makeAlliance(ctx.deps));
    await registerSeedCharter(ctx.deps, bodyId);
    // No second factor: its codes follow the real clock, not the test's (business roles do not need one).
    secretariatUser = await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }], { totp: false });
    secretariat = await login(ctx.app, secretariatUser);
  });
  afterAll(async () => ctx.close());

  const newOrg = async (name: string) => {
    const [org] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: `${name}${Math.random()}`, type: 'higher_vocational', regionCode: '321200' }),
    ]);
    return org!;
  };
  const representativeOf = async (orgId: string) =>
    login(ctx.app, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: orgId }], { totp: false }));
  const application = (orgId: string, capacity = true) => ({
    orgId,
    legalPersonStatus: '事业单位法人',
    qualifications: {
      registeredLegalPerson: true,
      endorsesCharter: true,
      capacity,
      capacityStatement: '在校生 6000 人，省级高水平专业群 2 个',
      willingToCooperate: true,
    },
    reasons: '服务泰州医药产业，愿参与跨区域课程互选',
    contactName: '李老师',
    contactPhone: '13912345678',
  });
  const schedule = async (heldOn: string) =>
    (
      await secretariat.request({
        method: 'POST',
        url: `/api/bodies/${bodyId}/meetings`,
        payload: { title: `${heldOn} 校长联席会议`, heldOn },
      })
    ).json().id as string;
  const meeting = async (meetingId: string) =>
    (await secretariat.request({ method: 'GET', url: `/api/bodies/${bodyId}/meetings/${meetingId}` })).json();
  const attendAll = (meetingId: string, orgIds: string[], status = 'present') =>
    secretariat.request({
      method: 'PUT',
      url: `/api/bodies/${bodyId}/meetings/${meetingId}/attendance`,
      payload: { entries: orgIds.map((orgId) => ({ orgId, status })) },
    });
  const item = (meetingId: string, itemId: string, action: string, payload?: object) =>
    secretariat.request({ method: 'POST', url: `/api/bodies/${bodyId}/meetings/${meetingId}/items/${itemId}/${action}`, payload });
  /** Opens the item's vote, casts the given paper ballots and closes it. */
  async function decide(meetingId: string, itemId: string, choices: [orgId: string, choice: string][]) {
    expect((await item(meetingId, itemId, 'open')).statusCode).toBe(200);
    for (const [orgId, choice] of choices) expect((await item(meetingId, itemId, 'paper-ballots', { orgId, choice })).statusCode).toBe(201);
    const closed = await item(meetingId, itemId, 'close');
    expect(closed.statusCode, closed.body).toBe(200);
    return closed.json().items.find((i: { id: string }) => i.id === itemId);
  }
  const queues = async () => (await secretariat.request({ method: 'GET', url: `/api/bodies/${bodyId}/membership-queues` })).json();
  const founderIds = () => Object.values(founders).map((f) => f.id);

  it('joins: application → 初审 → meeting vote → member from the decision date with a numbered certificate', async () => {
    const meetingId = await schedule('2026-03-20');
    const applicant = await newOrg('江苏省泰州机电高等职业技术学校');
    const rep = await representativeOf(applicant.id);

    const lacking = await rep.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/applications`,
      payload: application(applicant.id, false),
    });
    expect(lacking.json().error).toMatchObject({ code: 'APPLICATION_QUALIFICATION_MISSING' });
    expect(lacking.json().error.message).toContain('（三）具备办学规模');

    const submitted = await rep.request({ method: 'POST', url: `/api/bodies/${bodyId}/applications`, payload: application(applicant.id) });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(submitted.json()).toMatchObject({ status: 'submitted', contactPhone: '13912345678' });
    const twice = await rep.request({ method: 'POST', url: `/api/bodies/${bodyId}/applications`, payload: application(applicant.id) });
    expect(twice.json().error.code).toBe('APPLICATION_PENDING');

    const queued = (await queues()).applications.find((a: { org: { id: string } }) => a.org.id === applicant.id);
    expect(queued.contactPhone).toBe('13912345678');
    const review = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/applications/${queued.id}/review`,
      payload: { decision: 'approve', version: queued.version },
    });
    expect(review.statusCode, review.body).toBe(200);

    // A vote opened before the admission: the new member does not vote in it.
    const motion = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/meetings/${meetingId}/items`,
      payload: { kind: 'plan_approval', title: '审议2026年度工作计划' },
    });
    const motionId = motion.json().items.find((i: { kind: string }) => i.kind === 'plan_approval').id;
    await attendAll(meetingId, founderIds());
    await item(meetingId, motionId, 'open');

    const admissionItem = (await meeting(meetingId)).items.find((i: { kind: string }) => i.kind === 'admission');
    expect(admissionItem.subjectOrg.id).toBe(applicant.id);
    const decided = await decide(
      meetingId,
      admissionItem.id,
      founderIds()
        .slice(0, 5)
        .map((id) => [id, 'yes']),
    );
    expect(decided.result).toMatchObject({ yes: 5, present: 9, required: 5, passed: true });

    const members = (await secretariat.request({ method: 'GET', url: `/api/bodies/${bodyId}/members` })).json().items;
    expect(members.find((m: { org: { id: string } }) => m.org.id === applicant.id)).toMatchObject({ joinedOn: '2026-03-20' });

    await attendAll(meetingId, [applicant.id]);
    const late = await rep.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/meetings/${meetingId}/items/${motionId}/ballots`,
      payload: { orgId: applicant.id, choice: 'yes' },
    });
    expect(late.statusCode).toBe(403);
    expect(late.json().error.code).toBe('VOTE_NOT_ENTITLED');

    const own = (await rep.request({ method: 'GET', url: `/api/organizations/${applicant.id}/governance` })).json();
    expect(own.applications[0]).toMatchObject({ status: 'admitted', decidedOn: '2026-03-20' });
    expect(own.certificates[0].number).toMatch(/^成员证〔2026〕第\d{3}号$/);
    const pdf = await rep.request({ method: 'GET', url: `/api/bodies/${bodyId}/certificates/${own.certificates[0].id}/pdf` });
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const stranger = await representativeOf(founders.pukou!.id);
    const foreign = await stranger.request({ method: 'GET', url: `/api/bodies/${bodyId}/certificates/${own.certificates[0].id}/pdf` });
    expect(foreign.statusCode).toBe(403);
  });

  it('shows the applicant the reason when the secretariat rejects at 初审', async () => {
    const applicant = await newOrg('某培训机构');
    const rep = await representativeOf(applicant.id);
    const submitted = (
      await rep.request({ method: 'POST', url: `/api/bodies/${bodyId}/applications`, payload: application(applicant.id) })
    ).json();
    await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/applications/${submitted.id}/review`,
      payload: { decision: 'reject', reason: '尚不具备省级优质专业基础（章程第十六条(三)）', version: submitted.version },
    });
    const own = (await rep.request({ method: 'GET', url: `/api/organizations/${applicant.id}/governance` })).json();
    expect(own.applications[0]).toMatchObject({ status: 'rejected', rejectionReason: '尚不具备省级优质专业基础（章程第十六条(三)）' });
  });

  it('withdraws: receipt date → earliest date by 民法典 → meeting approval → certificate returned → public notice', async () => {
    const pukou = founders.pukou!.id;
    const rep = await representativeOf(pukou);
    const certificate = await secretariat.request({ method: 'POST', url: `/api/bodies/${bodyId}/certificates`, payload: { orgId: pukou } });
    expect(certificate.statusCode, certificate.body).toBe(201);

    const submitted = await rep.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/withdrawals`,
      payload: { orgId: pukou, letter: '因学校布局调整，申请退出联盟。', intendedOn: '2026-03-15' },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const id = submitted.json().id;
    // A confirmation of receipt records a day that has come: on 1 March, 2 March is refused.
    const early = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/withdrawals/${id}/receipt`,
      payload: { receivedOn: '2026-03-02', version: 1 },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'RECEIPT_IN_FUTURE', params: { receivedOn: '2026-03-02', today: '2026-03-01' } });
    expect(early.json().error.message).toContain('晚于今天（2026-03-01）');

    clock.set('2026-03-02T03:00:00Z');
    secretariat = await login(ctx.app, secretariatUser);
    const receipt = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/withdrawals/${id}/receipt`,
      payload: { receivedOn: '2026-03-02', version: 1 },
    });
    expect(receipt.statusCode, receipt.body).toBe(200);
    let current = (await queues()).withdrawals.find((w: { id: string }) => w.id === id);
    expect(current).toMatchObject({
      status: 'receipt_confirmed',
      receiptConfirmedOn: '2026-03-02',
      earliestEffectiveOn: '2026-04-02',
      handover: [],
    });
    expect(current.earliestExplanation).toContain('至 2026-04-02 届满');

    const meetingId = await schedule('2026-03-25');
    await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/withdrawals/${id}/to-meeting`,
      payload: { meetingId, version: current.version },
    });
    await attendAll(meetingId, founderIds());
    const itemId = (await meeting(meetingId)).items.find((i: { kind: string }) => i.kind === 'withdrawal').id;
    await decide(
      meetingId,
      itemId,
      founderIds().map((orgId) => [orgId, 'yes']),
    );
    current = (await queues()).withdrawals.find((w: { id: string }) => w.id === id);
    // Asked for 15 March, but the notice from 2 March runs to 2 April (章程第二十条(一)).
    expect(current).toMatchObject({ status: 'approved', decidedOn: '2026-03-25', effectiveOn: '2026-04-02' });

    const tooEarly = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/withdrawals/${id}/complete`,
      payload: { certificateReturnedOn: '2026-03-26', version: current.version },
    });
    expect(tooEarly.json().error).toMatchObject({ code: 'WITHDRAWAL_TOO_EARLY', params: { earliest: '2026-04-02' } });

    clock.set('2026-04-02T03:00:00Z');
    secretariat = await login(ctx.app, secretariatUser);
    const done = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/withdrawals/${id}/complete`,
      payload: { certificateReturnedOn: '2026-04-01', version: current.version },
    });
    expect(done.statusCode, done.body).toBe(200);
    const formerly = (await secretariat.request({ method: 'GET', url: `/api/bodies/${bodyId}/members?status=former` })).json().items;
    expect(formerly.find((m: { org: { id: string } }) => m.org.id === pukou)).toMatchObject({ leftOn: '2026-04-02' });
    expect((await queues()).certificates.find((c: { org: { id: string } }) => c.org.id === pukou).returnedOn).toBe('2026-04-01');
    const notices = (await ctx.app.inject({ method: 'GET', url: `/api/public/bodies/${bodyId}/notices` })).json();
    expect(notices[0]).toMatchObject({ kind: 'withdrawal', org: { id: pukou }, publishedOn: '2026-04-02' });
  });

  it('expels: 2 consecutive unexcused absences propose ground (二) automatically; the meeting votes; the unit is barred 2 years', async () => {
    const nantong = founders.nantong!.id;
    const rep = await representativeOf(nantong);
    const others = founderIds().filter((id) => id !== nantong && id !== founders.pukou!.id);
    const first = await schedule('2026-04-10');
    const second = await schedule('2026-04-20');
    await attendAll(first, [nantong], 'unexcused');
    expect((await queues()).expulsions.filter((e: { org: { id: string } }) => e.org.id === nantong)).toEqual([]);
    await attendAll(second, [nantong], 'unexcused');
    const proposal = (await queues()).expulsions.find((e: { org: { id: string } }) => e.org.id === nantong);
    expect(proposal).toMatchObject({ ground: 2, isAutomatic: true, status: 'proposed' });
    expect(proposal.evidenceMeetings.map((m: { id: string }) => m.id)).toEqual([first, second]);
    expect(proposal.facts).toContain('在联盟连续 2 次会议（2026-04-10、2026-04-20）上均无故不参加');

    await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/expulsions/${proposal.id}/to-meeting`,
      payload: { meetingId: second, version: proposal.version },
    });
    await attendAll(second, others);
    const itemId = (await meeting(second)).items.find((i: { kind: string }) => i.kind === 'expulsion').id;
    const decided = await decide(
      second,
      itemId,
      others.slice(0, 4).map((id) => [id, 'yes']),
    );
    // 7 present (the absentee is not), 半数以上 of 7 is 3.5: 4 同意 pass (章程第二十一条).
    expect(decided.result).toMatchObject({ present: 7, required: 4, passed: true });
    expect((await queues()).expulsions.find((e: { id: string }) => e.id === proposal.id)).toMatchObject({
      status: 'expelled',
      decidedOn: '2026-04-20',
      banEndsOn: '2028-04-20',
    });

    const barred = await rep.request({ method: 'POST', url: `/api/bodies/${bodyId}/applications`, payload: application(nantong) });
    expect(barred.statusCode).toBe(409);
    expect(barred.json().error).toMatchObject({
      code: 'APPLICATION_BANNED',
      params: { banEndsOn: '2028-04-20', mayApplyFrom: '2028-04-21' },
    });
    const notices = (await ctx.app.inject({ method: 'GET', url: `/api/public/bodies/${bodyId}/notices` })).json();
    expect(notices.find((n: { kind: string }) => n.kind === 'expulsion').text).toContain('2028-04-20（含）前不得再次申请');
  });
});
