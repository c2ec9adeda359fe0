import { describe, expect, it } from 'vitest';
import type { AttendanceMark } from '@chanjiao/contracts';
import { ATTENDANCE_RULE, attendanceSummary, resultAttendanceWarning, sessionOutsideTerm, termSpan } from './attendance.rules.js';

// docs/sources.md §9 R3: "the host accepts up to the seats, records attendance and results"; §5.5: a session lies within
// the course's term, 出勤 and 迟到 count as attended, and fewer than two thirds of the sessions attended is flagged.
describe('the days of a term', () => {
  it.each([
    ['2026-2027-1', '2026-09-01', '2027-01-31'],
    ['2026-2027-2', '2027-02-01', '2027-07-31'],
    ['2027-2028-2', '2028-02-01', '2028-07-31'],
  ])('%s runs from %s to %s', (term, from, to) => {
    expect(termSpan(term)).toEqual({ from, to });
  });

  it.each([
    ['2026-2027-1', '2026-09-01', null],
    ['2026-2027-1', '2027-01-31', null],
    ['2026-2027-1', '2026-08-31', { from: '2026-09-01', to: '2027-01-31' }],
    ['2026-2027-1', '2027-02-01', { from: '2026-09-01', to: '2027-01-31' }],
    ['2026-2027-2', '2027-03-10', null],
    ['2026-2027-2', '2026-12-10', { from: '2027-02-01', to: '2027-07-31' }],
  ])('in %s a session on %s is outside: %j', (term, day, expected) => {
    expect(sessionOutsideTerm(term, day)).toEqual(expected);
  });
});

describe('a student’s attendance rate against the published two thirds', () => {
  const marks = (text: string): AttendanceMark[] =>
    [...text].map((c) => ({ P: 'present', L: 'late', V: 'leave', A: 'absent' })[c] as AttendanceMark);
  it.each([
    ['no session marked yet', '', { marked: 0, attended: 0, display: null, belowThreshold: false }],
    ['every session present', 'PPP', { marked: 3, attended: 3, display: '100.0%', belowThreshold: false }],
    ['迟到 counts as attended', 'PLL', { marked: 3, attended: 3, display: '100.0%', belowThreshold: false }],
    ['exactly two thirds is enough', 'PPA', { marked: 3, attended: 2, display: '66.7%', belowThreshold: false }],
    ['请假 counts as missed', 'PVV', { marked: 3, attended: 1, display: '33.3%', belowThreshold: true }],
    ['just under two thirds', 'PPPPPAAA', { marked: 8, attended: 5, display: '62.5%', belowThreshold: true }],
    ['twelve sessions, eight attended', 'PPPPPPPLAAVV', { marked: 12, attended: 8, display: '66.7%', belowThreshold: false }],
  ])('%s', (_name, text, expected) => {
    expect(attendanceSummary(marks(text))).toMatchObject(expected);
  });

  it('reads the threshold from the rule, not from the code', () => {
    const stricter = { ...ATTENDANCE_RULE, minShare: { numerator: 9, denominator: 10 } };
    expect(attendanceSummary(marks('PPPPPPPPPA'), stricter).belowThreshold).toBe(false);
    expect(attendanceSummary(marks('PPPPPPPPAA'), stricter).belowThreshold).toBe(true);
    expect(attendanceSummary(marks('PPPL'), { ...ATTENDANCE_RULE, attendedMarks: ['present'] })).toMatchObject({ attended: 3 });
  });

  it('warns on a result below the threshold, naming the figures', () => {
    expect(resultAttendanceWarning(attendanceSummary(marks('PPA')))).toBeNull();
    expect(resultAttendanceWarning(attendanceSummary(marks('PAA')))?.['zh-CN']).toBe(
      '成绩已登记。提示：该生出勤率 33.3%（3 次课出勤 1 次），低于公布的考勤要求 66.7%，请核实是否具备考核资格',
    );
  });
});
