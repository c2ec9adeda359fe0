/**
 * Votes of the joint meeting counted by the service on a real database: the rule and the quorum come from the
 * body's registered charter (章程第八条, 第二十六条), the electorate and attendance from its records.
 */
import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { fixedClock } from '../../../kernel/time/clock.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { actorOf, makeBody, makeMeeting, presentUnits } from '../../../testing/factories.js';
import { createTestDeps, type TestDeps } from '../../../testing/test-app.js';
import { requireCharter } from '../charter/charter.service.js';
import { type Ballots, ballotsOf, decideByVote } from '../testing/votes.test-support.js';
import { findAgendaItem } from './meetings.repository.js';
import { castBallot, closeVote, openVote } from './votes.service.js';

describe('votes of the joint meeting, through the service', () => {
  let env: TestDeps;
  beforeAll(async () => {
    env = await createTestDeps();
  });
  afterAll(async () => env.close());

  const db = () => env.deps.database.db;

  const vote = (bodyId: string, meetingId: string, itemId: string, ballots: Ballots) =>
    decideByVote(db(), { bodyId, meetingId, itemId }, ballots);

  it('第八条: 9 members, 8 present, 4 同意 — carried by 半数以上 of those present and numbered 1 in the register', async () => {
    const clock = fixedClock('2026-06-20T02:00:00Z');
    const { bodyId, members } = await makeBody(env.deps, { members: 9, charter: true });
    const ids = members.map((member) => member.id);
    const { meetingId, itemIds } = await makeMeeting(env.deps, bodyId, {
      heldOn: shanghaiToday(clock),
      items: [
        { kind: 'motion', title: '审议《联盟2026年度工作计划》' },
        { kind: 'motion', title: '审议联盟经费预算' },
      ],
      attendance: presentUnits(ids.slice(0, 8), ids.slice(8)),
    });

    const carried = await vote(bodyId, meetingId, itemIds[0]!, ballotsOf(ids.slice(0, 8), 4, 2));
    expect(carried.result).toMatchObject({ yes: 4, no: 2, abstain: 2, entitled: 9, present: 8, required: 4, passed: true });
    expect(carried.result!.explanation['zh-CN']).toContain('同意 4 票 ≥ 到会成员 8 的二分之一（4）');
    expect(carried.resolutionNo).toBe(1);

    const short = await vote(bodyId, meetingId, itemIds[1]!, ballotsOf(ids.slice(0, 8), 3, 5));
    expect(short.result).toMatchObject({ yes: 3, present: 8, required: 4, passed: false });
    expect(short.resolutionNo).toBeNull();
  });

  it('a charter quorum of 2/3 of the members entitled: 5 of 9 present carry nothing, even unanimously; 6 of 9 carry it with 3 同意', async () => {
    const clock = fixedClock('2026-09-10T02:00:00Z');
    const quorum = { numerator: 2, denominator: 3, comparator: 'gte', base: 'entitled' } as const;
    const { bodyId, members } = await makeBody(env.deps, { members: 9, charter: { ...DEFAULT_CHARTER_PARAMETERS, quorum } });
    const ids = members.map((member) => member.id);

    const thin = await makeMeeting(env.deps, bodyId, {
      heldOn: shanghaiToday(clock),
      items: [{ kind: 'motion', title: '审议联盟年度工作报告' }],
      attendance: presentUnits(ids.slice(0, 5), ids.slice(5)),
    });
    const unanimous = await vote(bodyId, thin.meetingId, thin.itemIds[0]!, ballotsOf(ids.slice(0, 5), 5));
    expect(unanimous.result).toMatchObject({ yes: 5, present: 5, entitled: 9, passed: false });
    expect(unanimous.result!.explanation['zh-CN']).toContain('到会 5 < 全体有表决权成员 9 的三分之二（6），未达到法定人数');
    expect(unanimous.resolutionNo).toBeNull();

    const quorate = await makeMeeting(env.deps, bodyId, {
      heldOn: shanghaiToday(clock),
      items: [{ kind: 'motion', title: '审议联盟年度工作报告（复议）' }],
      attendance: presentUnits(ids.slice(0, 6), ids.slice(6)),
    });
    const carried = await vote(bodyId, quorate.meetingId, quorate.itemIds[0]!, ballotsOf(ids.slice(0, 6), 3));
    expect(carried.result).toMatchObject({ yes: 3, no: 3, present: 6, required: 3, passed: true });
    expect(carried.result!.explanation['zh-CN']).toContain('达到法定人数');
    expect(carried.resolutionNo).toBe(1);
  });

  it('第二十六条: 6 of 9 present — an amendment with 3 同意 is not carried; with 4 it is, and is the charter from the meeting day', async () => {
    const clock = fixedClock('2026-06-20T02:00:00Z');
    const { bodyId, members } = await makeBody(env.deps, { members: 9, charter: true });
    const six = members.slice(0, 6).map((member) => member.id);
    const amendment = {
      parameters: { ...DEFAULT_CHARTER_PARAMETERS, withdrawalNotice: { months: 2 } },
      chairRotation: { termYears: 1, basis: 'city' as const },
    };
    const { meetingId, itemIds } = await makeMeeting(env.deps, bodyId, {
      heldOn: shanghaiToday(clock),
      items: [
        { kind: 'charter_amendment', title: '修改章程第二十条提前期', amendment },
        { kind: 'charter_amendment', title: '修改章程第二十条提前期（再议）', amendment },
      ],
      attendance: presentUnits(
        six,
        members.slice(6).map((member) => member.id),
      ),
    });

    const failed = await vote(bodyId, meetingId, itemIds[0]!, ballotsOf(six, 3));
    expect(failed.result).toMatchObject({ yes: 3, present: 6, required: 4, passed: false });
    expect(await requireCharter(db(), bodyId)).toMatchObject({ versionNo: 1, parameters: { withdrawalNotice: { months: 1 } } });

    const adopted = await vote(bodyId, meetingId, itemIds[1]!, ballotsOf(six, 4));
    expect(adopted.result).toMatchObject({ yes: 4, present: 6, required: 4, passed: true });
    expect(await requireCharter(db(), bodyId)).toMatchObject({
      versionNo: 2,
      parameters: { withdrawalNotice: { months: 2 } },
      effectiveOn: '2026-06-20',
    });
  });

  it('第十七条: a representative votes once for its own unit; a unit not recorded present does not vote', async () => {
    const clock = fixedClock('2026-06-20T02:00:00Z');
    const { bodyId, members } = await makeBody(env.deps, { members: 3, charter: true, representatives: true });
    const [first, second, third] = members;
    const { meetingId, itemIds } = await makeMeeting(env.deps, bodyId, {
      heldOn: shanghaiToday(clock),
      items: [{ kind: 'motion', title: '审议联盟简讯编辑办法' }],
      attendance: [...presentUnits([first!.id, second!.id]), { orgId: third!.id, status: 'unexcused' }],
    });
    const target = { bodyId, meetingId, itemId: itemIds[0]! };
    await expect(
      castBallot(db(), actorOf(first!.representative!), target, { orgId: first!.id, choice: 'yes' }, 'representative'),
    ).rejects.toMatchObject({
      code: 'VOTE_NOT_OPEN',
    });
    await openVote(db(), SYSTEM_ACTOR, bodyId, meetingId, target.itemId);

    const ballot = await castBallot(db(), actorOf(first!.representative!), target, { orgId: first!.id, choice: 'yes' }, 'representative');
    expect(ballot).toMatchObject({ org: { id: first!.id }, choice: 'yes', castVia: 'representative' });
    await expect(
      castBallot(db(), actorOf(first!.representative!), target, { orgId: first!.id, choice: 'no' }, 'representative'),
    ).rejects.toMatchObject({
      code: 'VOTE_ALREADY_CAST',
    });
    await expect(
      castBallot(db(), actorOf(third!.representative!), target, { orgId: third!.id, choice: 'yes' }, 'representative'),
    ).rejects.toMatchObject({
      code: 'VOTE_NOT_PRESENT',
    });

    await closeVote(db(), SYSTEM_ACTOR, bodyId, meetingId, target.itemId);
    expect((await findAgendaItem(db(), meetingId, target.itemId))!.result).toMatchObject({
      yes: 1,
      no: 0,
      entitled: 3,
      present: 2,
      required: 1,
      passed: true,
    });
  });
});
