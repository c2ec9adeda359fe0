/**
 * Votes of the joint meeting: one vote per member unit (章程第十七条), 同意/反对/弃权, decided by the charter's
 * rule (第八条, 第二十一条, 第二十六、二十七条) through votes.rules.ts. The rule and the electorate are fixed when
 * the vote opens: a unit admitted later does not vote in it (docs/sources.md 5.2).
 */
import type { AgendaItemKind, Locale, TBallot, TBallotInput, VoteChoice } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { postgresErrorCode } from '../../../kernel/db/unavailable.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { findOrgById } from '../../organizations/index.js';
import { thresholdFor } from '../charter/charter.rules.js';
import { requireCharter } from '../charter/charter.service.js';
import { decideVote } from './votes.rules.js';
import { applyDecision } from './decisions.js';
import { noticeVoteClosed, noticeVoteOpened } from '../messages/governance-messages.js';
import { AGENDA_ITEM_ENTITY, assertNotConcluded, requireMeeting } from './meetings.service.js';
import { presentResolution } from './meetings.present.js';
import * as repo from './meetings.repository.js';
import * as votes from './votes.repository.js';

const VOTE_STATE_NAMES = {
  pending: bilingual('未开始', 'not opened'),
  open: bilingual('进行中', 'open'),
  closed: bilingual('已结束', 'closed'),
} as const;
const stateName = (state: string) => VOTE_STATE_NAMES[state as keyof typeof VOTE_STATE_NAMES] ?? bilingual(state, state);

async function requireItem(db: Executor, bodyId: string, meetingId: string, itemId: string) {
  const meeting = await requireMeeting(db, bodyId, meetingId);
  const item = await repo.findAgendaItem(db, meetingId, itemId);
  if (!item) throw notFound(AGENDA_ITEM_ENTITY);
  return { meeting, item };
}

/** Fixes the rule in force and the electorate (the current member units), then lets ballots in. */
export async function openVote(db: Executor, actor: Actor, bodyId: string, meetingId: string, itemId: string) {
  const { meeting, item } = await requireItem(db, bodyId, meetingId, itemId);
  assertNotConcluded(meeting);
  if (item.voteStatus !== 'pending') throw new DomainError('VOTE_NOT_PENDING', { title: item.title, state: stateName(item.voteStatus) });
  const charter = await requireCharter(db, bodyId);
  await db.transaction(async (tx) => {
    const electorate = await repo.electorateOn(tx, bodyId, meeting.heldOn);
    const threshold = thresholdFor(item.kind as AgendaItemKind, charter.parameters);
    const opened = await repo.updateAgendaItem(
      tx,
      itemId,
      { voteStatus: 'open', threshold, quorum: charter.parameters.quorum, electorate, voteOpenedAt: new Date() },
      'pending',
    );
    if (!opened) throw new DomainError('VOTE_NOT_PENDING', { title: item.title, state: stateName('open') });
    await recordAudit(tx, actor, {
      action: 'governance.vote.open',
      entityType: 'agenda_item',
      entityId: itemId,
      details: { meetingId, charterVersion: charter.versionNo, threshold, quorum: charter.parameters.quorum, entitled: electorate.length },
    });
    await noticeVoteOpened(tx, actor, meeting, item, electorate);
  });
}

/**
 * Casts a unit's ballot. The item is read FOR SHARE, so closing (which updates the row) waits for ballots in
 * flight; the unique index on (item, unit) refuses a second ballot even when two arrive together.
 */
export async function castBallot(
  db: Executor,
  actor: Actor,
  target: { bodyId: string; meetingId: string; itemId: string },
  input: TBallotInput,
  castVia: 'representative' | 'paper',
): Promise<TBallot> {
  const { meeting, item } = await requireItem(db, target.bodyId, target.meetingId, target.itemId);
  const org = await findOrgById(db, input.orgId);
  const orgName = org?.name ?? input.orgId;
  if (!item.electorate?.includes(input.orgId) && item.voteStatus === 'open') {
    throw new DomainError('VOTE_NOT_ENTITLED', { org: orgName });
  }
  const attendance = await repo.findAttendance(db, meeting.id, input.orgId);
  try {
    return await db.transaction(async (tx) => {
      const locked = await repo.lockAgendaItem(tx, item.id, 'share');
      if (!locked || locked.voteStatus !== 'open') {
        throw new DomainError('VOTE_NOT_OPEN', { title: item.title, state: stateName(locked?.voteStatus ?? 'pending') });
      }
      if (!locked.electorate?.includes(input.orgId)) throw new DomainError('VOTE_NOT_ENTITLED', { org: orgName });
      if (attendance?.status !== 'present') throw new DomainError('VOTE_NOT_PRESENT', { org: orgName });
      const ballot = await votes.insertBallot(tx, {
        itemId: item.id,
        orgId: input.orgId,
        choice: input.choice,
        castVia,
        castByUserId: actor.userId,
      });
      await recordAudit(tx, actor, {
        action: castVia === 'paper' ? 'governance.vote.paper' : 'governance.vote.cast',
        entityType: 'agenda_item',
        entityId: item.id,
        details: { orgId: input.orgId, orgName, choice: input.choice, castVia },
      });
      return {
        itemId: item.id,
        org: { id: input.orgId, name: orgName },
        choice: ballot.choice as VoteChoice,
        castVia,
        castAt: ballot.castAt.toISOString(),
      };
    });
  } catch (error) {
    if (postgresErrorCode(error) === '23505') throw new DomainError('VOTE_ALREADY_CAST', { org: orgName });
    throw error;
  }
}

/**
 * Closes the vote, counts it by the rule fixed at opening, numbers a passed item in the register, and carries
 * out what the decision means (admission, withdrawal, expulsion, amendment) in the same transaction.
 */
export async function closeVote(db: Executor, actor: Actor, bodyId: string, meetingId: string, itemId: string) {
  const { meeting, item } = await requireItem(db, bodyId, meetingId, itemId);
  if (item.voteStatus !== 'open') throw new DomainError('VOTE_NOT_OPEN', { title: item.title, state: stateName(item.voteStatus) });
  await db.transaction(async (tx) => {
    const closing = await repo.updateAgendaItem(tx, itemId, { voteStatus: 'closed', voteClosedAt: new Date() }, 'open');
    if (!closing) throw new DomainError('VOTE_NOT_OPEN', { title: item.title, state: stateName('closed') });
    const electorate = closing.electorate ?? [];
    const [ballots, present] = await Promise.all([votes.tallyBallots(tx, itemId), repo.countPresentAmong(tx, meetingId, electorate)]);
    const decision = decideVote({ threshold: closing.threshold!, quorum: closing.quorum, entitled: electorate.length, present, ballots });
    const resolutionNo = decision.passed ? await repo.nextResolutionNo(tx, bodyId) : null;
    const result = {
      ...ballots,
      entitled: electorate.length,
      present,
      required: decision.required,
      passed: decision.passed,
      explanation: decision.explanation,
    };
    await repo.updateAgendaItem(tx, itemId, { result, passed: decision.passed, resolutionNo });
    await recordAudit(tx, actor, {
      action: 'governance.vote.close',
      entityType: 'agenda_item',
      entityId: itemId,
      details: { meetingId, ...result, explanation: decision.explanation['zh-CN'], resolutionNo },
    });
    await applyDecision(tx, actor, { ...closing, passed: decision.passed, resolutionNo }, meeting.heldOn);
    await noticeVoteClosed(tx, actor, meeting, closing, result);
  });
}

export async function listItemBallots(db: Executor, bodyId: string, meetingId: string, itemId: string): Promise<TBallot[]> {
  const { item } = await requireItem(db, bodyId, meetingId, itemId);
  // Who voted how is shown once the vote is closed, so that no ballot is cast knowing the others.
  if (item.voteStatus !== 'closed') return [];
  const rows = await votes.listBallots(db, itemId);
  return rows.map(({ ballot, orgName }) => ({
    itemId,
    org: { id: ballot.orgId, name: orgName },
    choice: ballot.choice as VoteChoice,
    castVia: ballot.castVia as TBallot['castVia'],
    castAt: ballot.castAt.toISOString(),
  }));
}

export async function listResolutions(db: Executor, bodyId: string, page: number, pageSize: number, locale: Locale) {
  const { rows, total } = await votes.listResolutions(db, bodyId, page, pageSize);
  return { items: rows.map((row) => presentResolution(row, locale)), total, page, pageSize };
}
