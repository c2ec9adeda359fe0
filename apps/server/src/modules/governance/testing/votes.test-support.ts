/** A joint meeting's vote taken through the service, as the secretariat takes it with paper ballots. */
import type { VoteChoice } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { findAgendaItem } from '../meetings/meetings.repository.js';
import { castBallot, closeVote, openVote } from '../meetings/votes.service.js';

export type Ballots = [orgId: string, choice: VoteChoice][];

/** The first `yes` units vote 同意, the next `no` 反对 (all the rest unless given), any left 弃权. */
export function ballotsOf(orgIds: string[], yes: number, no = orgIds.length - yes): Ballots {
  return orgIds.map((orgId, index) => [orgId, index < yes ? 'yes' : index < yes + no ? 'no' : 'abstain']);
}

/** Opens the item's vote, casts the paper ballots, closes it and reads the item back with its result. */
export async function decideByVote(db: Executor, target: { bodyId: string; meetingId: string; itemId: string }, ballots: Ballots) {
  await openVote(db, SYSTEM_ACTOR, target.bodyId, target.meetingId, target.itemId);
  for (const [orgId, choice] of ballots) await castBallot(db, SYSTEM_ACTOR, target, { orgId, choice }, 'paper');
  await closeVote(db, SYSTEM_ACTOR, target.bodyId, target.meetingId, target.itemId);
  return (await findAgendaItem(db, target.meetingId, target.itemId))!;
}
