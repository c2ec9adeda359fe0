import {
  type AgendaItemKind,
  type ApiErrorBody,
  DEFAULT_CHARTER_PARAMETERS,
  type TAgendaItemInput,
  type TAttendanceInput,
  type VoteChoice,
  ZBallot,
  ZCharterView,
  ZMeeting,
  ZMeetingSummary,
  ZResolution,
  pageOf,
} from '@chanjiao/contracts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestContext, createTestUser, type TestContext } from '../../../testing/test-app.js';
import { asUser, type TestClient } from '../../../testing/test-client.js';
import { registerSeedCharter } from '../charter/charter.test-support.js';
import { type Founders, makeAlliance } from '../testing/alliance.test-support.js';

describe('joint meeting votes through the API (章程第八条, 第十七条)', () => {
  let ctx: TestContext;
  let bodyId: string;
  let founders: Founders;
  let secretariat: TestClient;
  let caoyangRep: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext();
  });
  // Each test votes in an alliance of its own: the register's numbers and the charter in force are its own.
  beforeEach(async () => {
    ({ bodyId, founders } = await makeAlliance(ctx.deps));
    await registerSeedCharter(ctx.deps, bodyId);
    secretariat = await asUser(ctx, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }]));
    caoyangRep = await asUser(ctx, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: founders.caoyang!.id }]));
  });
  afterAll(async () => ctx.close());

  const base = () => `/api/bodies/${bodyId}/meetings`;
  async function meetingWithItem(kind: AgendaItemKind = 'motion', extra: Partial<TAgendaItemInput> = {}) {
    const meeting = await secretariat.post(
      base(),
      ZMeetingSummary,
      { title: '一届二次会议', heldOn: '2026-06-20', location: '南京' },
      { status: 201 },
    );
    const withItem = await secretariat.post(
      `${base()}/${meeting.id}/items`,
      ZMeeting,
      { kind, title: '审议《联盟2026年度工作计划》', ...extra },
      { status: 201 },
    );
    return { meetingId: meeting.id, itemId: withItem.items.at(-1)!.id };
  }
  const attend = (meetingId: string, entries: TAttendanceInput['entries']) =>
    secretariat.put(`${base()}/${meetingId}/attendance`, ZMeeting, { entries });
  const paper = (meetingId: string, itemId: string, orgId: string, choice: VoteChoice) =>
    secretariat.post(`${base()}/${meetingId}/items/${itemId}/paper-ballots`, ZBallot, { orgId, choice }, { status: 201 });
  const act = (meetingId: string, itemId: string, what: 'open' | 'close') =>
    secretariat.post(`${base()}/${meetingId}/items/${itemId}/${what}`, ZMeeting);

  it('9 members, 8 present, 4 同意: a resolution passes under 半数以上 and is numbered in the register', async () => {
    const { meetingId, itemId } = await meetingWithItem();
    const ids = Object.values(founders).map((f) => f.id);
    const absentees = ids.slice(8);
    const present = ids.slice(0, 8);
    await attend(meetingId, [
      ...present.map((orgId) => ({
        orgId,
        status: 'present' as const,
        representativeName: '校长',
        representativeRole: 'principal' as const,
      })),
      ...absentees.map((orgId) => ({ orgId, status: 'excused' as const })),
    ]);
    await act(meetingId, itemId, 'open');

    const choices: VoteChoice[] = ['yes', 'yes', 'yes', 'yes', 'no', 'no', 'abstain', 'abstain'];
    for (const [index, orgId] of present.entries()) await paper(meetingId, itemId, orgId, choices[index]!);
    const during = await secretariat.get(`${base()}/${meetingId}`, ZMeeting);
    expect(during.items[0]).toMatchObject({ voteStatus: 'open', ballotsCast: 8, entitledCount: 9, result: null });

    const closed = await act(meetingId, itemId, 'close');
    expect(closed.items[0]).toMatchObject({
      voteStatus: 'closed',
      ruleText: '到会成员二分之一以上（≥1/2）同意',
      result: { yes: 4, no: 2, abstain: 2, entitled: 9, present: 8, required: 4, passed: true },
      resolutionNo: 1,
    });
    expect(closed.items[0]!.result!.explanation).toContain('同意 4 票 ≥ 到会成员 8 的二分之一（4）');

    const register = await caoyangRep.get(`/api/bodies/${bodyId}/resolutions`, pageOf(ZResolution));
    expect(register).toMatchObject({ total: 1, items: [{ itemId, resolutionNo: 1, result: { yes: 4, passed: true } }] });
    const ballots = await caoyangRep.get(`${base()}/${meetingId}/items/${itemId}/ballots`, z.array(ZBallot));
    expect(ballots.filter((ballot) => ballot.castVia === 'paper')).toHaveLength(8);
  });

  it('lets a representative vote once for its own unit only, also when the same ballot arrives many times at once', async () => {
    const { meetingId, itemId } = await meetingWithItem();
    const caoyang = founders.caoyang!.id;
    await attend(meetingId, [
      { orgId: caoyang, status: 'present' },
      { orgId: founders.pukou!.id, status: 'present' },
    ]);
    await act(meetingId, itemId, 'open');

    const url = `${base()}/${meetingId}/items/${itemId}/ballots`;
    const foreign = await caoyangRep.refused('POST', url, 'FORBIDDEN', { orgId: founders.pukou!.id, choice: 'no' });
    expect(foreign.status).toBe(403);

    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        caoyangRep.session.request({ method: 'POST', url, payload: { orgId: caoyang, choice: i % 2 ? 'no' : 'yes' } }),
      ),
    );
    expect(attempts.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(new Set(attempts.filter((a) => a.statusCode === 409).map((a) => (a.json() as ApiErrorBody).error.code))).toEqual(
      new Set(['VOTE_ALREADY_CAST']),
    );

    const { result } = (await act(meetingId, itemId, 'close')).items[0]!;
    expect(result!.yes + result!.no + result!.abstain).toBe(1);
    const ballots = await caoyangRep.get(url, z.array(ZBallot));
    expect(ballots).toEqual([expect.objectContaining({ org: expect.objectContaining({ id: caoyang }), castVia: 'representative' })]);
  });

  it('tells a representative that its own unit has voted, how and when, but not how the other units voted', async () => {
    const { meetingId, itemId } = await meetingWithItem();
    const caoyang = founders.caoyang!.id;
    const pukou = founders.pukou!.id;
    await attend(meetingId, [
      { orgId: caoyang, status: 'present' },
      { orgId: pukou, status: 'present' },
    ]);
    await act(meetingId, itemId, 'open');
    const ownBallots = async (client: TestClient) => (await client.get(`${base()}/${meetingId}`, ZMeeting)).items[0]!.ownBallots;
    expect(await ownBallots(caoyangRep)).toEqual([]);

    await paper(meetingId, itemId, pukou, 'no');
    expect(await ownBallots(caoyangRep)).toEqual([]);
    const cast = await caoyangRep.post(
      `${base()}/${meetingId}/items/${itemId}/ballots`,
      ZBallot,
      { orgId: caoyang, choice: 'abstain' },
      { status: 201 },
    );
    expect(await ownBallots(caoyangRep)).toEqual([{ orgId: caoyang, choice: 'abstain', castVia: 'representative', castAt: cast.castAt }]);
    // The secretariat votes for no unit: it follows the count, and sees the split at closing like everyone.
    expect(await ownBallots(secretariat)).toEqual([]);
  });

  it('refuses a ballot from a unit not recorded present, and any ballot before opening or after closing', async () => {
    const { meetingId, itemId } = await meetingWithItem();
    const items = `${base()}/${meetingId}/items/${itemId}`;
    const paperBallot = (orgId: string) => ({ orgId, choice: 'yes' });
    await secretariat.refused('POST', `${items}/paper-ballots`, 'VOTE_NOT_OPEN', paperBallot(founders.caoyang!.id));
    await attend(meetingId, [
      { orgId: founders.caoyang!.id, status: 'present' },
      { orgId: founders.pukou!.id, status: 'unexcused' },
    ]);
    await act(meetingId, itemId, 'open');
    await secretariat.refused('POST', `${items}/paper-ballots`, 'VOTE_NOT_PRESENT', paperBallot(founders.pukou!.id));
    await act(meetingId, itemId, 'close');
    await secretariat.refused('POST', `${items}/paper-ballots`, 'VOTE_NOT_OPEN', paperBallot(founders.caoyang!.id));
    await secretariat.refused('POST', `${items}/open`, 'VOTE_NOT_PENDING');
  });

  it('章程第二十六条: 6 of 9 present — an amendment passes with 4 同意 and takes effect, fails with 3', async () => {
    const amendment = {
      parameters: { ...DEFAULT_CHARTER_PARAMETERS, withdrawalNotice: { months: 2 } },
      chairRotation: { termYears: 1, basis: 'city' as const },
    };
    const six = Object.values(founders)
      .slice(0, 6)
      .map((f) => f.id);
    for (const [yesCount, passes] of [
      [3, false],
      [4, true],
    ] as const) {
      const { meetingId, itemId } = await meetingWithItem('charter_amendment', { title: '修改章程第二十条提前期', amendment });
      await attend(
        meetingId,
        six.map((orgId) => ({ orgId, status: 'present' as const })),
      );
      await act(meetingId, itemId, 'open');
      for (const [index, orgId] of six.entries()) await paper(meetingId, itemId, orgId, index < yesCount ? 'yes' : 'no');
      const closed = (await act(meetingId, itemId, 'close')).items[0]!;
      expect(closed.result).toMatchObject({ yes: yesCount, present: 6, required: 4, passed: passes });
      expect(closed.ruleText).toBe('到会成员三分之二以上（≥2/3）同意');
    }
    const charter = await secretariat.get(`/api/bodies/${bodyId}/charter`, ZCharterView);
    expect(charter.current).toMatchObject({ versionNo: 2, parameters: { withdrawalNotice: { months: 2 } }, effectiveOn: '2026-06-20' });
    expect(charter.history.map((version) => version.versionNo)).toEqual([2, 1]);
  });

  it('has no way to change charter parameters except the amendment vote', async () => {
    const again = await secretariat.refused('POST', `/api/bodies/${bodyId}/charter`, 'CHARTER_ALREADY_REGISTERED', {
      charterTitle: '新章程',
      text: '第八条 会议决议须经全体成员三分之二以上同意方为有效。',
      parameters: DEFAULT_CHARTER_PARAMETERS,
      chairRotation: { termYears: 1, basis: 'city' },
      effectiveOn: '2026-01-01',
      adoptionBasis: '直接修改',
    });
    expect(again.status).toBe(409);
    const { meetingId } = await meetingWithItem();
    await secretariat.refused('POST', `${base()}/${meetingId}/items`, 'AGENDA_AMENDMENT_REQUIRED', {
      kind: 'charter_amendment',
      title: '无方案的修改',
    });
  });
});
