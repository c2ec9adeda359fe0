/**
 * 章程第二十一条(二): a member absent without excuse (无故不参加或不派代表参加) from N consecutive meetings may be
 * expelled. The secretariat is shown such members with the meetings that form the run, as evidence.
 *
 * "Consecutive" means consecutive meetings of the body: the absences must fall on meetings with no other meeting
 * of the body between them. So an excused absence (请假) breaks the run, as does a meeting the member attended in
 * person or by a representative, and so does a meeting of the body between them at which the member's attendance
 * was not recorded (nothing shows it absent without excuse there). Meetings before the member's first recorded
 * attendance are skipped (it was not a member yet), and meetings after the last one with any attendance recorded
 * are not counted yet (they have not been held or not been recorded).
 */
import type { TCharterParameters } from '@chanjiao/contracts';

export type Attendance = 'present' | 'excused' | 'unexcused';

export interface MeetingAttendance {
  meetingId: string;
  heldOn: string;
  /** The attendance recorded at this meeting, by organisation; empty when none was recorded. */
  attendance: Record<string, Attendance>;
}

export interface AbsenceRun {
  orgId: string;
  /** Unexcused absences at consecutive meetings of the body, up to the latest meeting. */
  count: number;
  /** The meetings of the run, oldest first. */
  meetingIds: string[];
}

function byDate(a: MeetingAttendance, b: MeetingAttendance): number {
  return a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0;
}

/**
 * Each member's trailing run of unexcused absences at consecutive meetings of the body; members with none are
 * left out. `meetings` are all the body's meetings, with or without attendance recorded.
 */
export function trailingAbsenceRuns(meetings: MeetingAttendance[]): AbsenceRun[] {
  const ordered = [...meetings].sort(byDate);
  let last = ordered.length - 1;
  while (last >= 0 && Object.keys(ordered[last]!.attendance).length === 0) last -= 1;
  const counted = ordered.slice(0, last + 1);

  const runs = new Map<string, string[]>();
  for (const meeting of counted) {
    // A member already seen but not recorded here loses its run: this meeting stands between its absences.
    for (const orgId of runs.keys()) {
      if (!(orgId in meeting.attendance)) runs.set(orgId, []);
    }
    for (const [orgId, status] of Object.entries(meeting.attendance)) {
      runs.set(orgId, status === 'unexcused' ? [...(runs.get(orgId) ?? []), meeting.meetingId] : []);
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

/** The explanation the secretariat reads on an automatic proposal: which meetings, and why they count. */
export function describeAbsenceRun(
  run: AbsenceRun,
  heldOn: (meetingId: string) => string,
  params: Pick<TCharterParameters, 'unexcusedAbsencesForExpulsion'>,
): string {
  const dates = run.meetingIds.map(heldOn).join('、');
  return (
    `出席记录显示该单位在联盟连续 ${run.count} 次会议（${dates}）上均无故不参加且未派代表参加，` +
    `达到章程第二十一条(二)“连续${params.unexcusedAbsencesForExpulsion}次无故不参加”的情形。` +
    '只有相邻的会议才算连续：其间请假、出席（含派代表出席）或未记录出席的会议都会中断计数。'
  );
}
