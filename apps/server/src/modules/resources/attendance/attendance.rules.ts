/**
 * Rules of a cross-selected course's attendance (课程互选 考勤, docs/sources.md §9 R3 "records attendance", §5.5): a
 * session falls within the course's term; 出勤 and 迟到 count as attended, 请假 and 缺勤 as missed; the published rule
 * warns when a result is recorded for a student who attended less than its share of the sessions marked.
 */
import type { AttendanceMark, Bilingual, TAttendanceRule, TAttendanceSummary } from '@chanjiao/contracts';
import { formatIsoDate, parseIsoDate } from '../../../kernel/time/calendar.js';

/**
 * The published attendance rule (docs/sources.md §5.5): 缺课累计超过该课程教学时数三分之一者不得参加考核 — at least two
 * thirds of the sessions attended, 迟到 counted as attended.
 */
export const ATTENDANCE_RULE: TAttendanceRule = {
  id: 'attendance-two-thirds-2026',
  name: '出勤不少于三分之二课次（缺课超过三分之一提示）',
  minShare: { numerator: 2, denominator: 3 },
  attendedMarks: ['present', 'late'],
  source: 'docs/sources.md §5.5',
};

/** The days a term runs: the first term from September to January, the second from February to July (data). */
export const TERM_CALENDAR = {
  1: { from: { ofYear: 'first', monthDay: '09-01' }, to: { ofYear: 'second', monthDay: '01-31' } },
  2: { from: { ofYear: 'second', monthDay: '02-01' }, to: { ofYear: 'second', monthDay: '07-31' } },
} as const;

type TermCalendar = typeof TERM_CALENDAR;

/** "2026-2027-1" → 2026-09-01 … 2027-01-31. */
export function termSpan(term: string, calendar: TermCalendar = TERM_CALENDAR): { from: string; to: string } {
  const [first, second, half] = term.split('-');
  const span = calendar[half === '2' ? 2 : 1];
  const day = (end: { ofYear: 'first' | 'second'; monthDay: string }) =>
    formatIsoDate(parseIsoDate(`${end.ofYear === 'first' ? first : second}-${end.monthDay}`));
  return { from: day(span.from), to: day(span.to) };
}

/** The term's span when the session date is outside it, null when it lies within. */
export function sessionOutsideTerm(term: string, sessionOn: string): { from: string; to: string } | null {
  const span = termSpan(term);
  return sessionOn < span.from || sessionOn > span.to ? span : null;
}

/** "83.3%" */
function percent(numerator: number, denominator: number): string {
  return `${(Math.round((numerator * 1000) / denominator) / 10).toFixed(1)}%`;
}

/** A student's marks so far against the rule; below the threshold only once a session is marked. */
export function attendanceSummary(marks: AttendanceMark[], rule: TAttendanceRule = ATTENDANCE_RULE): TAttendanceSummary {
  const marked = marks.length;
  const attended = marks.filter((mark) => rule.attendedMarks.includes(mark)).length;
  if (marked === 0) return { marked, attended, rate: null, display: null, belowThreshold: false };
  const { numerator, denominator } = rule.minShare;
  return {
    marked,
    attended,
    rate: attended / marked,
    display: percent(attended, marked),
    // attended / marked < numerator / denominator, in integers.
    belowThreshold: attended * denominator < numerator * marked,
  };
}

/** The warning shown when a result is recorded for a student below the rule's threshold; null otherwise. */
export function resultAttendanceWarning(summary: TAttendanceSummary, rule: TAttendanceRule = ATTENDANCE_RULE): Bilingual | null {
  if (!summary.belowThreshold) return null;
  const threshold = percent(rule.minShare.numerator, rule.minShare.denominator);
  return {
    'zh-CN': `成绩已登记。提示：该生出勤率 ${summary.display}（${summary.marked} 次课出勤 ${summary.attended} 次），低于公布的考勤要求 ${threshold}，请核实是否具备考核资格`,
    'en-US': `Result recorded. Note: the student attended ${summary.attended} of ${summary.marked} sessions (${summary.display}), below the published threshold of ${threshold}; check that the student may be assessed`,
  };
}
