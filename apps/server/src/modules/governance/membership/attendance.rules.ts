/**
 * 章程第二十一条(二): a member absent without excuse (无故不参加或不派代表参加) from N consecutive meetings may be
 * expelled. The secretariat is shown such members with the meetings that form the run, as evidence.
 * An excused absence (请假) neither counts nor breaks the run; attending in person or by a representative
 * resets it. A member not listed for a meeting (not yet a member then) is skipped for that meeting.
 */
import type { TCharterParameters } from '@chanjiao/contracts';

export type Attendance = 'present' | 'excused' | 'unexcused';

export interface MeetingAttendance {
  meetingId: string;
  heldOn: string;
  attendance: Record<string, Attendance>;
}

export interface AbsenceRun {
  orgId: string;
  /** Consecutive unexcused absences up to the latest meeting. */
  count: number;
  /** The meetings of the run, oldest first. */
  meetingIds: string[];
}

/** Each member's trailing run of unexcused absences; members with none are left out. */
export function trailingAbsenceRuns(meetings: MeetingAttendance[]): AbsenceRun[] {
  const ordered = [...meetings].sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  const runs = new Map<string, string[]>();
  for (const meeting of ordered) {
    for (const [orgId, status] of Object.entries(meeting.attendance)) {
      if (status === 'present') runs.set(orgId, []);
      if (status === 'unexcused') runs.set(orgId, [...(runs.get(orgId) ?? []), meeting.meetingId]);
    }
  }
  return [...runs]
    .filter(([, meetingIds]) => meetingIds.length > 0)
    .map(([orgId, meetingIds]) => ({ orgId, count: meetingIds.length, meetingIds }));
}

/** Members whose trailing run reaches the charter's number, to be proposed for expulsion. */
export function absencesReachingExpulsion(
  meetings: MeetingAttendance[],
  params: Pick<TCharterParameters, 'unexcusedAbsencesForExpulsion'>,
): AbsenceRun[] {
  return trailingAbsenceRuns(meetings).filter((run) => run.count >= params.unexcusedAbsencesForExpulsion);
}
