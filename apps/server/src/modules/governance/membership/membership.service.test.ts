/**
 * Joining, withdrawal and expulsion through the services on a real database (章程第十九至二十一条): each case
 * goes from the unit's request through the secretariat to the joint meeting's vote, and the membership record
 * is what the decision says.
 */
import type { TJoinApplicationInput } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { fixedClock, movableClock } from '../../../kernel/time/clock.js';
import { shanghaiToday } from '../../../kernel/time/shanghai.js';
import { findActiveMember } from '../../bodies/index.js';
import { actorOf, makeBody, makeMeeting, makeOrganisation, presentUnits, type TestBody } from '../../../testing/factories.js';
import { createTestDeps, createTestUser, type TestDeps } from '../../../testing/test-app.js';
import { ballotsOf, decideByVote } from '../testing/votes.test-support.js';
import { reviewApplication, submitApplication } from './applications.service.js';
import { proposeExpulsion, sendExpulsionToMeeting } from './expulsions.service.js';
import * as repo from './membership.repository.js';
import { completeWithdrawal, confirmReceipt, sendWithdrawalToMeeting, submitWithdrawal } from './withdrawals.service.js';

const joinRequest = (orgId: string, capacity = true): TJoinApplicationInput => ({
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

describe('membership cases decided by the joint meeting, through the services', () => {
  let env: TestDeps;
  beforeAll(async () => {
    env = await createTestDeps();
  });
  afterAll(async () => env.close());

  const db = () => env.deps.database.db;
  const ids = (body: TestBody) => body.members.map((member) => member.id);

  it('第十九条: applies → 初审 onto the meeting → admitted by its vote, a member from the decision date with a certificate', async () => {
    const today = shanghaiToday(fixedClock('2026-03-01T02:00:00Z'));
    const body = await makeBody(env.deps, { members: 9, charter: true });
    const { meetingId } = await makeMeeting(env.deps, body.bodyId, { heldOn: '2026-03-20', attendance: presentUnits(ids(body)) });
    const applicant = await makeOrganisation(env.deps, { type: 'higher_vocational', regionCode: '321200' });
    const representative = actorOf(
      await createTestUser(env.deps, [{ role: 'member_representative', scopeId: applicant.id }], { totp: false }),
    );

    await expect(submitApplication(db(), representative, body.bodyId, joinRequest(applicant.id, false), today)).rejects.toMatchObject({
      code: 'APPLICATION_QUALIFICATION_MISSING',
    });
    const application = await submitApplication(db(), representative, body.bodyId, joinRequest(applicant.id), today);
    await expect(submitApplication(db(), representative, body.bodyId, joinRequest(applicant.id), today)).rejects.toMatchObject({
      code: 'APPLICATION_PENDING',
    });

    await reviewApplication(
      db(),
      SYSTEM_ACTOR,
      body.bodyId,
      application.id,
      { decision: 'approve', meetingId, version: application.version },
      today,
    );
    const onAgenda = (await repo.findApplication(db(), body.bodyId, application.id))!;
    expect(onAgenda).toMatchObject({ status: 'on_agenda', meetingId });

    const item = await decideByVote(
      db(),
      { bodyId: body.bodyId, meetingId, itemId: onAgenda.agendaItemId! },
      ballotsOf(ids(body).slice(0, 5), 5),
    );
    expect(item.result).toMatchObject({ yes: 5, present: 9, required: 5, passed: true });
    expect(await repo.findApplication(db(), body.bodyId, application.id)).toMatchObject({ status: 'admitted', decidedOn: '2026-03-20' });
    expect(await findActiveMember(db(), body.bodyId, applicant.id)).toMatchObject({ joinedOn: '2026-03-20' });
    expect(await repo.findValidCertificate(db(), body.bodyId, applicant.id)).toMatchObject({ issuedOn: '2026-03-20' });
  });

  it('第十九条: an admission the meeting does not carry leaves the unit outside, and it may apply again', async () => {
    const today = shanghaiToday(fixedClock('2026-05-06T02:00:00Z'));
    const body = await makeBody(env.deps, { members: 9, charter: true });
    const { meetingId } = await makeMeeting(env.deps, body.bodyId, { heldOn: '2026-05-18', attendance: presentUnits(ids(body)) });
    const applicant = await makeOrganisation(env.deps, { type: 'higher_vocational', regionCode: '321200' });

    const application = await submitApplication(db(), SYSTEM_ACTOR, body.bodyId, joinRequest(applicant.id), today);
    await reviewApplication(
      db(),
      SYSTEM_ACTOR,
      body.bodyId,
      application.id,
      { decision: 'approve', meetingId, version: application.version },
      today,
    );
    const itemId = (await repo.findApplication(db(), body.bodyId, application.id))!.agendaItemId!;
    // 9 present: 半数以上 needs 5 同意 (4.5 rounded up); 4 fall short.
    const item = await decideByVote(db(), { bodyId: body.bodyId, meetingId, itemId }, ballotsOf(ids(body), 4));
    expect(item.result).toMatchObject({ yes: 4, no: 5, present: 9, required: 5, passed: false });

    expect(await repo.findApplication(db(), body.bodyId, application.id)).toMatchObject({
      status: 'not_admitted',
      decidedOn: '2026-05-18',
    });
    expect(await findActiveMember(db(), body.bodyId, applicant.id)).toBeUndefined();
    await expect(submitApplication(db(), SYSTEM_ACTOR, body.bodyId, joinRequest(applicant.id), today)).resolves.toMatchObject({
      status: 'submitted',
    });
  });

  it('第二十条: the month of notice runs from the receipt (2 March → 2 April), not from the day asked; the membership ends on it', async () => {
    const clock = movableClock('2026-03-01T02:00:00Z');
    const body = await makeBody(env.deps, { members: 9, charter: true });
    const leaving = body.members[1]!.id;
    const submitted = await submitWithdrawal(
      db(),
      SYSTEM_ACTOR,
      body.bodyId,
      { orgId: leaving, letter: '因学校布局调整，申请退出联盟。', intendedOn: '2026-03-15' },
      clock.now(),
    );
    // A receipt is a day that has come: on 1 March, 2 March is refused.
    await expect(
      confirmReceipt(db(), SYSTEM_ACTOR, body.bodyId, submitted.id, { receivedOn: '2026-03-02', version: 1 }, shanghaiToday(clock)),
    ).rejects.toMatchObject({
      code: 'RECEIPT_IN_FUTURE',
    });
    clock.set('2026-03-02T03:00:00Z');
    await confirmReceipt(db(), SYSTEM_ACTOR, body.bodyId, submitted.id, { receivedOn: '2026-03-02', version: 1 }, shanghaiToday(clock));
    const received = (await repo.findWithdrawal(db(), body.bodyId, submitted.id))!;
    expect(received).toMatchObject({ status: 'receipt_confirmed', earliestEffectiveOn: '2026-04-02' });

    const { meetingId } = await makeMeeting(env.deps, body.bodyId, { heldOn: '2026-03-25', attendance: presentUnits(ids(body)) });
    await sendWithdrawalToMeeting(
      db(),
      SYSTEM_ACTOR,
      body.bodyId,
      submitted.id,
      { meetingId, version: received.version },
      shanghaiToday(clock),
    );
    const onAgenda = (await repo.findWithdrawal(db(), body.bodyId, submitted.id))!;
    await decideByVote(db(), { bodyId: body.bodyId, meetingId, itemId: onAgenda.agendaItemId! }, ballotsOf(ids(body), 9));
    const approved = (await repo.findWithdrawal(db(), body.bodyId, submitted.id))!;
    expect(approved).toMatchObject({ status: 'approved', decidedOn: '2026-03-25', effectiveOn: '2026-04-02' });

    clock.set('2026-03-26T03:00:00Z');
    await expect(
      completeWithdrawal(
        db(),
        SYSTEM_ACTOR,
        body.bodyId,
        submitted.id,
        { certificateReturnedOn: '2026-03-26', version: approved.version },
        shanghaiToday(clock),
      ),
    ).rejects.toMatchObject({ code: 'WITHDRAWAL_TOO_EARLY', params: { earliest: '2026-04-02' } });
    expect(await findActiveMember(db(), body.bodyId, leaving)).toBeDefined();

    clock.set('2026-04-02T03:00:00Z');
    await completeWithdrawal(
      db(),
      SYSTEM_ACTOR,
      body.bodyId,
      submitted.id,
      { certificateReturnedOn: '2026-04-01', version: approved.version },
      shanghaiToday(clock),
    );
    expect(await repo.findWithdrawal(db(), body.bodyId, submitted.id)).toMatchObject({
      status: 'completed',
      certificateReturnedOn: '2026-04-01',
    });
    expect(await findActiveMember(db(), body.bodyId, leaving)).toBeUndefined();
  });

  it('第二十一条: an expulsion carried by 半数以上 of those present ends the membership that day and bars the unit for 2 years', async () => {
    const today = shanghaiToday(fixedClock('2026-04-12T02:00:00Z'));
    const body = await makeBody(env.deps, { members: 9, charter: true });
    const [expelled, ...others] = ids(body);
    const proposal = await proposeExpulsion(db(), SYSTEM_ACTOR, body.bodyId, {
      orgId: expelled!,
      ground: 3,
      facts: '连续两年未报送联盟年度数据，经书面提醒仍未报送。',
    });
    const { meetingId } = await makeMeeting(env.deps, body.bodyId, { heldOn: '2026-04-20', attendance: presentUnits(others.slice(0, 7)) });
    await sendExpulsionToMeeting(db(), SYSTEM_ACTOR, body.bodyId, proposal.id, { meetingId, version: proposal.version }, today);
    const itemId = (await repo.findExpulsion(db(), body.bodyId, proposal.id))!.agendaItemId!;

    // 7 present: 半数以上 is 3.5, so 4 同意 carry it.
    const item = await decideByVote(db(), { bodyId: body.bodyId, meetingId, itemId }, ballotsOf(others.slice(0, 7), 4));
    expect(item.result).toMatchObject({ yes: 4, present: 7, required: 4, passed: true });
    expect(await repo.findExpulsion(db(), body.bodyId, proposal.id)).toMatchObject({
      status: 'expelled',
      decidedOn: '2026-04-20',
      banEndsOn: '2028-04-20',
    });
    expect(await findActiveMember(db(), body.bodyId, expelled!)).toBeUndefined();

    await expect(submitApplication(db(), SYSTEM_ACTOR, body.bodyId, joinRequest(expelled!), '2028-04-20')).rejects.toMatchObject({
      code: 'APPLICATION_BANNED',
      params: { banEndsOn: '2028-04-20', mayApplyFrom: '2028-04-21' },
    });
    await expect(submitApplication(db(), SYSTEM_ACTOR, body.bodyId, joinRequest(expelled!), '2028-04-21')).resolves.toMatchObject({
      status: 'submitted',
    });
  });
});
