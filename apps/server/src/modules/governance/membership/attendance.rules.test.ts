import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { type Attendance, absencesReachingExpulsion, describeAbsenceRun, type MeetingAttendance } from './attendance.rules.js';

const CODES: Record<string, Attendance> = { P: 'present', E: 'excused', U: 'unexcused' };

/**
 * One member's attendance at the body's meetings m1, m2, … held a year apart, written as e.g. "PUEU":
 * P present, E excused (请假), U unexcused (无故不参加); X the meeting recorded other members but not this one;
 * - no attendance recorded at the meeting at all.
 */
function history(pattern: string, orgId = 'org-a'): MeetingAttendance[] {
  return [...pattern].map((code, index) => ({
    meetingId: `m${index + 1}`,
    heldOn: `${2026 + index}-12-12`,
    attendance: code === '-' ? {} : code === 'X' ? { 'org-other': 'present' } : { [orgId]: CODES[code]! },
  }));
}

describe('章程第二十一条(二): 连续2次无故不参加 → proposed for expulsion, with the meetings as evidence', () => {
  // "连续" counts meetings of the body: two unexcused absences are consecutive only when no meeting of the body
  // lies between them; an excused absence or an attended meeting in between breaks the run.
  it.each([
    ['two unexcused at consecutive meetings', 'UU', ['m1', 'm2']],
    ['one unexcused is not enough', 'PU', null],
    ['attending resets the run', 'UUP', null],
    ['attending between absences breaks them apart', 'UPU', null],
    ['an excused absence between them breaks the run (unexcused, excused, unexcused)', 'UEU', null],
    ['after an excused absence the count starts again', 'UEUU', ['m3', 'm4']],
    ['excused absences alone never count', 'EEE', null],
    ['a run of three is reported whole', 'PUUU', ['m2', 'm3', 'm4']],
    ['only the trailing run counts', 'UUPU', null],
    ['meetings before joining are skipped', '-UU', ['m2', 'm3']],
    ['a trailing excused absence ends the run', 'UUE', null],
    ['a meeting between them that recorded others but not this member breaks the run', 'UXU', null],
    ['a meeting between them with no attendance recorded breaks the run', 'U-U', null],
    ['a later meeting with nothing recorded yet is not counted', 'UU-', ['m1', 'm2']],
  ])('%s (%s)', (_case, pattern, evidence) => {
    const proposed = absencesReachingExpulsion(history(pattern), DEFAULT_CHARTER_PARAMETERS);
    expect(proposed).toEqual(evidence ? [{ orgId: 'org-a', count: evidence.length, meetingIds: evidence }] : []);
  });

  it.each([
    [3, 'UU', false],
    [3, 'UUU', true],
    [3, 'UUEU', false],
    [1, 'PU', true],
  ])('the number is a charter parameter: N = %i, %s → proposed %s', (count, pattern, proposed) => {
    const result = absencesReachingExpulsion(history(pattern), { unexcusedAbsencesForExpulsion: count });
    expect(result.length > 0).toBe(proposed);
  });

  it('orders meetings by date, whatever order they arrive in, and judges each member separately', () => {
    const meetings: MeetingAttendance[] = [
      { meetingId: 'm3', heldOn: '2028-12-12', attendance: { a: 'unexcused', b: 'unexcused', c: 'present' } },
      { meetingId: 'm1', heldOn: '2026-12-12', attendance: { a: 'present', b: 'unexcused', c: 'unexcused' } },
      { meetingId: 'm2', heldOn: '2027-12-12', attendance: { a: 'unexcused', b: 'present', c: 'unexcused' } },
    ];
    expect(absencesReachingExpulsion(meetings, DEFAULT_CHARTER_PARAMETERS)).toEqual([{ orgId: 'a', count: 2, meetingIds: ['m2', 'm3'] }]);
  });

  it('explains to the secretariat which meetings form the run and what breaks it', () => {
    const meetings = history('PUU');
    const [run] = absencesReachingExpulsion(meetings, DEFAULT_CHARTER_PARAMETERS);
    const text = describeAbsenceRun(run!, (id) => meetings.find((m) => m.meetingId === id)!.heldOn, DEFAULT_CHARTER_PARAMETERS);
    expect(text).toContain('连续 2 次会议（2027-12-12、2028-12-12）');
    expect(text).toContain('章程第二十一条(二)“连续2次无故不参加”');
    expect(text).toContain('其间请假、出席（含派代表出席）或未记录出席的会议都会中断计数');
  });
});
