import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { registerSeedCharter } from '../charter/charter.test-support.js';
import { type Founders, makeAlliance } from '../testing/alliance.test-support.js';

describe('joint meeting votes through the API (章程第八条, 第十七条)', () => {
  let ctx: TestContext;
  let bodyId: string;
  let founders: Founders;
  let secretariat: Session;
  let caoyangRep: Session;

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ bodyId, founders } = await makeAlliance(ctx.deps));
    await registerSeedCharter(ctx.deps, bodyId);
    secretariat = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }]));
    caoyangRep = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: founders.caoyang!.id }]));
  });
  afterAll(async () => ctx.close());

  const base = () => `/api/bodies/${bodyId}/meetings`;
  async function meetingWithItem(kind = 'motion', extra: Record<string, unknown> = {}) {
    const meeting = await secretariat.request({ method: 'POST', url: base(), payload: { title: '一届二次会议', heldOn: '2026-06-20', location: '南京' } });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = meeting.json().id as string;
    const withItem = await secretariat.request({
      method: 'POST',
      url: `${base()}/${meetingId}/items`,
      payload: { kind, title: '审议《联盟2026年度工作计划》', ...extra },
    });
    expect(withItem.statusCode, withItem.body).toBe(201);
    return { meetingId, itemId: withItem.json().items.at(-1).id as string };
  }
  const attend = (meetingId: string, entries: { orgId: string; status: string }[]) =>
    secretariat.request({ method: 'PUT', url: `${base()}/${meetingId}/attendance`, payload: { entries } });
  const paper = (meetingId: string, itemId: string, orgId: string, choice: string) =>
    secretariat.request({ method: 'POST', url: `${base()}/${meetingId}/items/${itemId}/paper-ballots`, payload: { orgId, choice } });
  const act = (meetingId: string, itemId: string, what: 'open' | 'close') =>
    secretariat.request({ method: 'POST', url: `${base()}/${meetingId}/items/${itemId}/${what}` });

  it('9 members, 8 present, 4 同意: a resolution passes under 半数以上 and is numbered in the register', async () => {
    const { meetingId, itemId } = await meetingWithItem();
    const ids = Object.values(founders).map((f) => f.id);
    const absentees = ids.slice(8);
    const present = ids.slice(0, 8);
    const recorded = await attend(meetingId, [
      ...present.map((orgId) => ({ orgId, status: 'present', representativeName: '校长', representativeRole: 'principal' })),
      ...absentees.map((orgId) => ({ orgId, status: 'excused' })),
    ]);
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect((await act(meetingId, itemId, 'open')).statusCode).toBe(200);

    const choices = ['yes', 'yes', 'yes', 'yes', 'no', 'no', 'abstain', 'abstain'];
    for (const [index, orgId] of present.entries()) {
      expect((await paper(meetingId, itemId, orgId, choices[index]!)).statusCode).toBe(201);
    }
    const during = await secretariat.request({ method: 'GET', url: `${base()}/${meetingId}` });
    expect(during.json().items[0]).toMatchObject({ voteStatus: 'open', ballotsCast: 8, entitledCount: 9, result: null });

    const closed = await act(meetingId, itemId, 'close');
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().items[0]).toMatchObject({
      voteStatus: 'closed',
      ruleText: '到会成员二分之一以上（≥1/2）同意',
      result: { yes: 4, no: 2, abstain: 2, entitled: 9, present: 8, required: 4, passed: true },
      resolutionNo: 1,
    });
    expect(closed.json().items[0].result.explanation).toContain('同意 4 票 ≥ 到会成员 8 的二分之一（4）');

    const register = await caoyangRep.request({ method: 'GET', url: `/api/bodies/${bodyId}/resolutions` });
    expect(register.json()).toMatchObject({ total: 1, items: [{ itemId, resolutionNo: 1, result: { yes: 4, passed: true } }] });
    const ballots = await caoyangRep.request({ method: 'GET', url: `${base()}/${meetingId}/items/${itemId}/ballots` });
    expect(ballots.json().filter((b: { castVia: string }) => b.castVia === 'paper')).toHaveLength(8);
  });

  it('lets a representative vote once for its own unit only, also when the same ballot arrives many times at once', async () => {
    const { meetingId, itemId } = await meetingWithItem();
    const caoyang = founders.caoyang!.id;
    await attend(meetingId, [{ orgId: caoyang, status: 'present' }, { orgId: founders.pukou!.id, status: 'present' }]);
    await act(meetingId, itemId, 'open');

    const url = `${base()}/${meetingId}/items/${itemId}/ballots`;
    const foreign = await caoyangRep.request({ method: 'POST', url, payload: { orgId: founders.pukou!.id, choice: 'no' } });
    expect(foreign.statusCode).toBe(403);

    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) => caoyangRep.request({ method: 'POST', url, payload: { orgId: caoyang, choice: i % 2 ? 'no' : 'yes' } })),
    );
    expect(attempts.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(new Set(attempts.filter((a) => a.statusCode === 409).map((a) => a.json().error.code))).toEqual(new Set(['VOTE_ALREADY_CAST']));

    await act(meetingId, itemId, 'close');
    const result = (await secretariat.request({ method: 'GET', url: `${base()}/${meetingId}` })).json().items[0].result;
    expect(result.yes + result.no + result.abstain).toBe(1);
    const ballots = (await caoyangRep.request({ method: 'GET', url })).json();
    expect(ballots).toEqual([expect.objectContaining({ org: expect.objectContaining({ id: caoyang }), castVia: 'representative' })]);
  });

  it('tells a representative that its own unit has voted, how and when, but not how the other units voted', async () => {
    const { meetingId, itemId } = await meetingWithItem();
    const caoyang = founders.caoyang!.id;
    const pukou = founders.pukou!.id;
    await attend(meetingId, [{ orgId: caoyang, status: 'present' }, { orgId: pukou, status: 'present' }]);
    await act(meetingId, itemId, 'open');
    const ownBallots = async (session: Session) =>
      (await session.request({ method: 'GET', url: `${base()}/${meetingId}` })).json().items[0].ownBallots;
    expect(await ownBallots(caoyangRep)).toEqual([]);

    expect((await paper(meetingId, itemId, pukou, 'no')).statusCode).toBe(201);
    expect(await ownBallots(caoyangRep)).toEqual([]);
    const cast = await caoyangRep.request({ method: 'POST', url: `${base()}/${meetingId}/items/${itemId}/ballots`, payload: { orgId: caoyang, choice: 'abstain' } });
    expect(cast.statusCode, cast.body).toBe(201);
    expect(await ownBallots(caoyangRep)).toEqual([{ orgId: caoyang, choice: 'abstain', castVia: 'representative', castAt: cast.json().castAt }]);
    // The secretariat votes for no unit: it follows the count, and sees the split at closing like everyone.
    expect(await ownBallots(secretariat)).toEqual([]);
  });

  it('refuses a ballot from a unit not recorded present, and any ballot before opening or after closing', async () => {
    const { meetingId, itemId } = await meetingWithItem();
    const early = await paper(meetingId, itemId, founders.caoyang!.id, 'yes');
    expect(early.json().error.code).toBe('VOTE_NOT_OPEN');
    await attend(meetingId, [{ orgId: founders.caoyang!.id, status: 'present' }, { orgId: founders.pukou!.id, status: 'unexcused' }]);
    await act(meetingId, itemId, 'open');
    const absent = await paper(meetingId, itemId, founders.pukou!.id, 'yes');
    expect(absent.json().error).toMatchObject({ code: 'VOTE_NOT_PRESENT' });
    await act(meetingId, itemId, 'close');
    const late = await paper(meetingId, itemId, founders.caoyang!.id, 'yes');
    expect(late.json().error.code).toBe('VOTE_NOT_OPEN');
    const reopen = await act(meetingId, itemId, 'open');
    expect(reopen.json().error.code).toBe('VOTE_NOT_PENDING');
  });

  it('章程第二十六条: 6 of 9 present — an amendment passes with 4 同意 and takes effect, fails with 3', async () => {
    const amendment = {
      parameters: { ...DEFAULT_CHARTER_PARAMETERS, withdrawalNotice: { months: 2 } },
      chairRotation: { termYears: 1, basis: 'city' },
    };
    const six = Object.values(founders).slice(0, 6).map((f) => f.id);
    for (const [yesCount, passes] of [[3, false], [4, true]] as const) {
      const { meetingId, itemId } = await meetingWithItem('charter_amendment', { title: '修改章程第二十条提前期', amendment });
      await attend(meetingId, six.map((orgId) => ({ orgId, status: 'present' })));
      await act(meetingId, itemId, 'open');
      for (const [index, orgId] of six.entries()) await paper(meetingId, itemId, orgId, index < yesCount ? 'yes' : 'no');
      const closed = (await act(meetingId, itemId, 'close')).json().items[0];
      expect(closed.result).toMatchObject({ yes: yesCount, present: 6, required: 4, passed: passes });
      expect(closed.ruleText).toBe('到会成员三分之二以上（≥2/3）同意');
    }
    const charter = (await secretariat.request({ method: 'GET', url: `/api/bodies/${bodyId}/charter` })).json();
    expect(charter.current).toMatchObject({ versionNo: 2, parameters: { withdrawalNotice: { months: 2 } }, effectiveOn: '2026-06-20' });
    expect(charter.history.map((v: { versionNo: number }) => v.versionNo)).toEqual([2, 1]);
  });

  it('has no way to change charter parameters except the amendment vote', async () => {
    const again = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/charter`,
      payload: {
        charterTitle: '新章程',
        text: '第八条 会议决议须经全体成员三分之二以上同意方为有效。',
        parameters: DEFAULT_CHARTER_PARAMETERS,
        chairRotation: { termYears: 1, basis: 'city' },
        effectiveOn: '2026-01-01',
        adoptionBasis: '直接修改',
      },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CHARTER_ALREADY_REGISTERED');
    const missing = await secretariat.request({
      method: 'POST',
      url: `${base()}/${(await meetingWithItem()).meetingId}/items`,
      payload: { kind: 'charter_amendment', title: '无方案的修改' },
    });
    expect(missing.json().error.code).toBe('AGENDA_AMENDMENT_REQUIRED');
  });
});
