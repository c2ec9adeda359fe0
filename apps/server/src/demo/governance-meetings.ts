/**
 * The alliance's first joint meeting (简报第1期), recorded through the meetings services as a secretariat would
 * enter it afterwards: the sitting, its two items, the nine founders present, their paper ballots, the votes
 * closed (numbered in the register) and the minutes published. Loaded once, when the alliance has no meeting.
 */
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { listMeetings } from '../modules/governance/meetings/meetings.repository.js';
import {
  addAgendaItem,
  approveMinutes,
  concludeMeeting,
  publishMinutes,
  recordAttendance,
  requireMeeting,
  saveMinutes,
  scheduleMeeting,
} from '../modules/governance/meetings/meetings.service.js';
import { castBallot, closeVote, openVote } from '../modules/governance/meetings/votes.service.js';
import { ALLIANCE_FOUNDERS, ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import { FIRST_MEETING } from './dataset/alliance-first-meeting.js';
import * as repo from './demo.repository.js';

export async function ensureFirstMeetingDemo(db: Database): Promise<void> {
  const bodyId = (await repo.bodyIdsByName(db, [ALLIANCE_NAME])).get(ALLIANCE_NAME);
  const founderIds = await repo.orgIdsByName(
    db,
    ALLIANCE_FOUNDERS.map((org) => org.name),
  );
  if (!bodyId || founderIds.size !== ALLIANCE_FOUNDERS.length) return;
  if ((await listMeetings(db, bodyId)).length > 0) return;

  const actor = SYSTEM_ACTOR;
  const meeting = await scheduleMeeting(db, actor, bodyId, {
    title: FIRST_MEETING.title,
    heldOn: FIRST_MEETING.heldOn,
    location: FIRST_MEETING.location,
  });
  await repo.markMeetingGenerated(db, meeting.id);
  const itemIds: string[] = [];
  for (const item of FIRST_MEETING.items) itemIds.push((await addAgendaItem(db, actor, bodyId, meeting.id, item)).id);
  await recordAttendance(db, actor, bodyId, meeting.id, {
    entries: ALLIANCE_FOUNDERS.map((org) => ({
      orgId: founderIds.get(org.name)!,
      status: 'present' as const,
      ...(org.name === CAOYANG_SCHOOL ? { representativeName: FIRST_MEETING.chairedBy, representativeRole: 'principal' as const } : {}),
    })),
  });
  for (const itemId of itemIds) {
    await openVote(db, actor, bodyId, meeting.id, itemId);
    for (const orgId of founderIds.values()) {
      await castBallot(db, actor, { bodyId, meetingId: meeting.id, itemId }, { orgId, choice: 'yes' }, 'paper');
    }
    await closeVote(db, actor, bodyId, meeting.id, itemId);
  }
  const versionOf = async () => (await requireMeeting(db, bodyId, meeting.id)).version;
  await saveMinutes(db, actor, bodyId, meeting.id, { text: FIRST_MEETING.minutes, version: await versionOf() });
  await approveMinutes(db, actor, bodyId, meeting.id, await versionOf(), FIRST_MEETING.heldOn);
  await publishMinutes(db, actor, bodyId, meeting.id, await versionOf());
  await concludeMeeting(db, actor, bodyId, meeting.id, await versionOf());
}
