/**
 * Use cases of the joint meeting (章程第五、八条): schedule it, set its agenda, record attendance (who
 * represented each member unit, 第六条), draft → approve → publish the minutes, and conclude it.
 */
import type { Locale, TAgendaItemInput, TAttendanceInput, TMeeting, TMeetingInput, TMinutesInput } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { findOrgById } from '../../organizations/index.js';
import { findCurrentCharter } from '../charter/charter.repository.js';
import { requireCharter } from '../charter/charter.service.js';
import { proposeExpulsionsFromAttendance } from '../membership/expulsion-detection.js';
import { noticeMeetingConvened, noticeMinutesPublished } from '../messages/governance-messages.js';
import { presentAgendaItem, presentMeetingSummary, presentOwnBallot } from './meetings.present.js';
import * as repo from './meetings.repository.js';
import { ballotCounts, ballotsOfOrgs } from './votes.repository.js';
import { requireBody } from '../../bodies/index.js';

export const MEETING_ENTITY = bilingual('会议', 'meeting');
export const AGENDA_ITEM_ENTITY = bilingual('议题', 'agenda item');

export async function requireMeeting(db: Executor, bodyId: string, meetingId: string): Promise<repo.MeetingRow> {
  const meeting = await repo.findMeeting(db, bodyId, meetingId);
  if (!meeting) throw notFound(MEETING_ENTITY);
  return meeting;
}

export function assertNotConcluded(meeting: repo.MeetingRow): void {
  if (meeting.status === 'concluded') throw new DomainError('MEETING_CONCLUDED', { title: meeting.title });
}

export async function scheduleMeeting(db: Executor, actor: Actor, bodyId: string, input: TMeetingInput) {
  await requireBody(db, bodyId);
  await requireCharter(db, bodyId);
  return db.transaction(async (tx) => {
    const row = await repo.insertMeeting(tx, { bodyId, title: input.title, heldOn: input.heldOn, location: input.location ?? null });
    await recordAudit(tx, actor, {
      action: 'governance.meeting.schedule',
      entityType: 'meeting',
      entityId: row.id,
      details: { bodyId, title: row.title, heldOn: row.heldOn },
    });
    return presentMeetingSummary({ ...row, itemCount: 0 });
  });
}

export async function listMeetings(db: Executor, bodyId: string) {
  await requireBody(db, bodyId);
  return (await repo.listMeetings(db, bodyId)).map(presentMeetingSummary);
}

export async function getMeeting(
  db: Executor,
  bodyId: string,
  meetingId: string,
  locale: Locale,
  abilities: TMeeting['abilities'],
): Promise<TMeeting> {
  const meeting = await requireMeeting(db, bodyId, meetingId);
  const [items, members, attendance, charter] = await Promise.all([
    repo.listAgendaItems(db, meetingId),
    repo.membersOnDay(db, bodyId, meeting.heldOn),
    repo.listAttendance(db, meetingId),
    findCurrentCharter(db, bodyId),
  ]);
  const itemIds = items.map((row) => row.item.id);
  const [counts, ownBallots] = await Promise.all([ballotCounts(db, itemIds), ballotsOfOrgs(db, itemIds, abilities.voteFor)]);
  const ownOf = (itemId: string) => ownBallots.filter((ballot) => ballot.itemId === itemId).map(presentOwnBallot);
  const byOrg = new Map(attendance.map((row) => [row.orgId, row]));
  return {
    ...presentMeetingSummary({ ...meeting, itemCount: items.length }),
    minutesText: meeting.minutesText,
    minutesApprovedOn: meeting.minutesApprovedOn,
    minutesPublishedAt: meeting.minutesPublishedAt?.toISOString() ?? null,
    items: items.map((row) =>
      presentAgendaItem(row, charter?.parameters ?? null, { cast: counts.get(row.item.id) ?? 0, own: ownOf(row.item.id) }, locale),
    ),
    attendance: members.map((member) => {
      const row = byOrg.get(member.orgId);
      return {
        org: { id: member.orgId, name: member.orgName },
        status: (row?.status ?? null) as TMeeting['attendance'][number]['status'],
        representativeName: row?.representativeName ?? null,
        representativeRole: (row?.representativeRole ?? null) as TMeeting['attendance'][number]['representativeRole'],
        note: row?.note ?? null,
      };
    }),
    abilities,
  };
}

/** Items typed in by the secretariat; a charter amendment carries the settings it proposes (第二十六条). */
export async function addAgendaItem(db: Executor, actor: Actor, bodyId: string, meetingId: string, input: TAgendaItemInput) {
  const meeting = await requireMeeting(db, bodyId, meetingId);
  assertNotConcluded(meeting);
  await requireCharter(db, bodyId);
  if (input.kind === 'charter_amendment' && !input.amendment) throw new DomainError('AGENDA_AMENDMENT_REQUIRED');
  return db.transaction(async (tx) => {
    const row = await repo.appendAgendaItem(tx, {
      meetingId,
      bodyId,
      kind: input.kind,
      title: input.title,
      description: input.description ?? null,
      amendment: input.kind === 'charter_amendment' ? input.amendment : null,
    });
    await recordAudit(tx, actor, {
      action: 'governance.agenda.add',
      entityType: 'meeting',
      entityId: meetingId,
      details: { itemId: row.id, kind: row.kind, title: row.title, amendment: row.amendment },
    });
    return row;
  });
}

/**
 * Records attendance for member units on the meeting day. Then, in the same transaction, the absence rule
 * of 第二十一条(二) runs over all the body's meetings, proposing (or withdrawing) automatic expulsions.
 */
export async function recordAttendance(db: Executor, actor: Actor, bodyId: string, meetingId: string, input: TAttendanceInput) {
  const meeting = await requireMeeting(db, bodyId, meetingId);
  assertNotConcluded(meeting);
  const members = new Map((await repo.membersOnDay(db, bodyId, meeting.heldOn)).map((m) => [m.orgId, m.orgName]));
  const stranger = input.entries.find((entry) => !members.has(entry.orgId));
  if (stranger) {
    const org = await findOrgById(db, stranger.orgId);
    throw new DomainError('ATTENDANCE_NOT_MEMBER', { org: org?.name ?? stranger.orgId });
  }
  const charter = await requireCharter(db, bodyId);
  await db.transaction(async (tx) => {
    await repo.upsertAttendance(
      tx,
      input.entries.map((entry) => ({
        meetingId,
        bodyId,
        orgId: entry.orgId,
        status: entry.status,
        // Only someone present represents the unit.
        representativeName: entry.status === 'present' ? (entry.representativeName ?? null) : null,
        representativeRole: entry.status === 'present' ? (entry.representativeRole ?? null) : null,
        note: entry.note ?? null,
        recordedAt: new Date(),
      })),
    );
    await recordAudit(tx, actor, {
      action: 'governance.attendance.record',
      entityType: 'meeting',
      entityId: meetingId,
      details: { entries: input.entries.map((entry) => ({ ...entry, orgName: members.get(entry.orgId) })) },
    });
    await proposeExpulsionsFromAttendance(tx, actor, bodyId, charter.parameters);
  });
}

export async function saveMinutes(db: Executor, actor: Actor, bodyId: string, meetingId: string, input: TMinutesInput) {
  const meeting = await requireMeeting(db, bodyId, meetingId);
  if (meeting.minutesStatus !== 'none' && meeting.minutesStatus !== 'draft') {
    throw new DomainError('MINUTES_STATE', { state: minutesStateName(meeting.minutesStatus), action: bilingual('修改', 'edited') });
  }
  await changeMeeting(db, actor, meeting, input.version, { minutesText: input.text, minutesStatus: 'draft' }, 'governance.minutes.draft');
}

export async function approveMinutes(db: Executor, actor: Actor, bodyId: string, meetingId: string, version: number, today: string) {
  const meeting = await requireMeeting(db, bodyId, meetingId);
  if (meeting.minutesStatus !== 'draft') {
    throw new DomainError('MINUTES_STATE', { state: minutesStateName(meeting.minutesStatus), action: bilingual('审定', 'approved') });
  }
  await changeMeeting(db, actor, meeting, version, { minutesStatus: 'approved', minutesApprovedOn: today }, 'governance.minutes.approve');
}

export async function publishMinutes(db: Executor, actor: Actor, bodyId: string, meetingId: string, version: number) {
  const meeting = await requireMeeting(db, bodyId, meetingId);
  if (meeting.minutesStatus !== 'approved') {
    throw new DomainError('MINUTES_STATE', { state: minutesStateName(meeting.minutesStatus), action: bilingual('发布', 'published') });
  }
  await changeMeeting(
    db,
    actor,
    meeting,
    version,
    { minutesStatus: 'published', minutesPublishedAt: new Date() },
    'governance.minutes.publish',
    noticeMinutesPublished,
  );
}

/**
 * 会议通知: sends the date, place and agenda to every member unit. It may be sent again after the agenda
 * changes (each version of the meeting is announced once), until the day of the meeting.
 */
export async function conveneMeeting(db: Executor, actor: Actor, bodyId: string, meetingId: string, version: number, today: string) {
  const meeting = await requireMeeting(db, bodyId, meetingId);
  assertNotConcluded(meeting);
  if (meeting.heldOn < today) throw new DomainError('MEETING_NOTICE_PAST', { title: meeting.title, heldOn: meeting.heldOn });
  if ((await repo.listAgendaItems(db, meetingId)).length === 0) throw new DomainError('MEETING_NOTICE_NO_AGENDA', { title: meeting.title });
  await changeMeeting(db, actor, meeting, version, {}, 'governance.meeting.convene', noticeMeetingConvened);
}

/** A meeting concludes once no vote is open; nothing can then be added, recorded or voted. */
export async function concludeMeeting(db: Executor, actor: Actor, bodyId: string, meetingId: string, version: number) {
  const meeting = await requireMeeting(db, bodyId, meetingId);
  assertNotConcluded(meeting);
  const open = await repo.countOpenVotes(db, meetingId);
  if (open > 0) throw new DomainError('MEETING_HAS_OPEN_VOTES', { count: open });
  await changeMeeting(db, actor, meeting, version, { status: 'concluded' }, 'governance.meeting.conclude');
}

async function changeMeeting(
  db: Executor,
  actor: Actor,
  meeting: repo.MeetingRow,
  version: number,
  values: Partial<repo.MeetingInsert>,
  action: string,
  announce?: (tx: Executor, actor: Actor, meeting: repo.MeetingRow) => Promise<void>,
) {
  if (meeting.version !== version) throw new DomainError('VERSION_CONFLICT', { current: meeting.version });
  await db.transaction(async (tx) => {
    const updated = await repo.updateMeetingAtVersion(tx, meeting.id, version, values);
    if (!updated) {
      const latest = await repo.findMeeting(tx, meeting.bodyId, meeting.id);
      throw new DomainError('VERSION_CONFLICT', { current: latest?.version ?? '?' });
    }
    await recordAudit(tx, actor, {
      action,
      entityType: 'meeting',
      entityId: meeting.id,
      details: { ...values, minutesText: values.minutesText === undefined ? undefined : `${[...values.minutesText!].length} 字` },
    });
    // The meeting as it was announced: its version before this change names the notice once.
    await announce?.(tx, actor, { ...updated, version });
  });
}

const MINUTES_STATE_NAMES = {
  none: bilingual('未起草', 'not drafted'),
  draft: bilingual('草稿', 'draft'),
  approved: bilingual('已审定', 'approved'),
  published: bilingual('已发布', 'published'),
} as const;

function minutesStateName(state: string) {
  return MINUTES_STATE_NAMES[state as keyof typeof MINUTES_STATE_NAMES] ?? bilingual(state, state);
}
