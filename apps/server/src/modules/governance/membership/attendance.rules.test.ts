import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { type Attendance, absencesReachingExpulsion, type MeetingAttendance } from './attendance.rules.js';

const CODES: Record<string, Attendance> = { P: 'present', E: 'excused', U: 'unexcused' };

/** One member's attendance at meetings m1, m2, … held a year apart, written as e.g. "PUEU". */
function history(pattern: string, orgId = 'org-a'): MeetingAttendance[] {
  return [...pattern].map((code, index) => ({
    meetingId: `m${index + 1}`,
    heldOn: `${2026 + index}-12-12`,
    attendance: code === '-' ? {} : { [orgId]: CODES[code]! },
  }));
}

describe('章程第二十一条(二): 连续2次无故不参加 → proposed for expulsion, with the meetings as evidence', () => {
  it.each([
    ['two unexcused in a row', 'UU', ['m1', 'm2']],
    ['one unexcused is not enough', 'PU', null],
    ['attending resets the run', 'UUP', null],
    ['attending between absences breaks them apart', 'UPU', null],
    ['an excused absence neither counts nor breaks the run', 'UEU', ['m1', 'm3']],
    ['excused absences alone never count', 'EEE', null],
    ['a run of three is reported whole', 'PUUU', ['m2', 'm3', 'm4']],
    ['only the trailing run counts', 'UUPU', null],
    ['meetings before joining are skipped', '-UU', ['m2', 'm3']],
    ['a trailing excused absence keeps the run', 'UUE', ['m1', 'm2']],
  ])('%s (%s)', (_case, pattern, evidence) => {
    const proposed = absencesReachingExpulsion(history(pattern), DEFAULT_CHARTER_PARAMETERS);
    expect(proposed).toEqual(evidence ? [{ orgId: 'org-a', count: evidence.length, meetingIds: evidence }] : []);
  });

  it.each([
    [3, 'UU', false],
    [3, 'UEUU', true],
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
    expect(absencesReachingExpulsion(meetings, DEFAULT_CHARTER_PARAMETERS)).toEqual([
      { orgId: 'a', count: 2, meetingIds: ['m2', 'm3'] },
    ]);
  });
});
