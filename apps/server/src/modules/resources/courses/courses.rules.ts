/**
 * Rules of course cross-selection (课程互选, docs/sources.md §9 R3; 倡议书 三 "搭建跨区域职业教育资源共享平台，推动课程互选、学分互认"):
 * the home school nominates, the host accepts up to the seats, records results by the course's grading scheme and
 * closes the course; students' names and numbers are masked for anyone but their home school and the host.
 */
import type { CourseStatus, GradingScheme, NominationStatus } from '@chanjiao/contracts';
import type { Bilingual } from '@chanjiao/contracts';

export type NominationAction = 'accept' | 'decline' | 'result';
export type CourseAction = 'nominate' | NominationAction | 'close' | 'change';

/** The host accepts or declines a nomination once; a result is recorded (and corrected) for an accepted student only. */
const NOMINATION_TRANSITIONS: Record<NominationAction, Partial<Record<NominationStatus, NominationStatus>>> = {
  accept: { nominated: 'accepted' },
  decline: { nominated: 'declined' },
  result: { accepted: 'accepted' },
};

export function nominationAfter(status: NominationStatus, action: NominationAction): NominationStatus | null {
  return NOMINATION_TRANSITIONS[action][status] ?? null;
}

/** Everything happens while the course is open; closing it freezes the nominations and the results. */
export function courseAllows(status: CourseStatus, _action: CourseAction): boolean {
  return status === 'open';
}

/** The host accepts up to the seats it offered (“接收学生不超过名额”). */
export function hasSeatLeft(seats: number, accepted: number): boolean {
  return accepted < seats;
}

/** What a host may change of a course it offers, given what has happened to it. */
export interface CourseTerms {
  credits: number;
  hours: number;
  term: string;
  grading: GradingScheme;
  seats: number;
}

/**
 * Why a change of an open course is refused, or null: the seats never fall below the students already accepted
 * (“接收学生不超过名额”), and once a result is recorded the credits, hours, term and grading scheme stand, because the
 * home schools' recognition decisions and the learning records were made on them (倡议书 三 学分互认).
 */
export function courseChangeProblem(
  before: CourseTerms,
  after: CourseTerms,
  progress: { accepted: number; resultsRecorded: number },
): Bilingual | null {
  if (after.seats < progress.accepted) {
    return {
      'zh-CN': `已接收 ${progress.accepted} 名学生，名额不能少于 ${progress.accepted}`,
      'en-US': `${progress.accepted} students are accepted already, so the seats cannot fall below ${progress.accepted}`,
    };
  }
  const settled = (['credits', 'hours', 'term', 'grading'] as const).filter((field) => before[field] !== after[field]);
  if (progress.resultsRecorded > 0 && settled.length > 0) {
    return {
      'zh-CN': '已登记成绩的课程不能再修改学分、学时、学期或考核方式',
      'en-US': 'a course with results recorded keeps its credits, hours, term and grading scheme',
    };
  }
  return null;
}

/** The pass mark of a 百分制 result: 60 of 100, the usual mark of Chinese vocational schools. */
export const PASS_MARK = 60;

export interface Result {
  score: number | null;
  passed: boolean | null;
}

/** Whether a result passes under the course's scheme. */
export function resultPasses(grading: GradingScheme, result: Result, passMark = PASS_MARK): boolean {
  return grading === 'score' ? result.score !== null && result.score >= passMark : result.passed === true;
}

/** A result fits its scheme: a score (and no pass/fail) for 百分制, pass/fail (and no score) for 合格/不合格. */
export function resultProblem(grading: GradingScheme, input: { score?: number; passed?: boolean }): Bilingual | null {
  if (grading === 'score' && (input.score === undefined || input.passed !== undefined)) {
    return { 'zh-CN': '请填写 0–100 的分数，不填“是否合格”', 'en-US': 'give a score from 0 to 100 and no pass/fail' };
  }
  if (grading === 'pass_fail' && (input.passed === undefined || input.score !== undefined)) {
    return { 'zh-CN': '请选择合格或不合格，不填分数', 'en-US': 'choose pass or fail and give no score' };
  }
  return null;
}

/** A course closes when every accepted student has a result; returns those still without one. */
export function studentsWithoutResult<T extends { status: NominationStatus; resultRecordedAt: Date | null }>(nominations: T[]): T[] {
  return nominations.filter((n) => n.status === 'accepted' && n.resultRecordedAt === null);
}

/** 张三丰 → 张**: the family name stays so a teacher can still tell rows apart. */
export function maskStudentName(name: string): string {
  const characters = [...name];
  if (characters.length <= 1) return '*';
  return characters[0] + '*'.repeat(characters.length - 1);
}

/** 20260101 → 2026**01: the year of entry and the last two digits stay. */
export function maskStudentNumber(studentNumber: string): string {
  if (studentNumber.length <= 6) return studentNumber.slice(0, 1) + '*'.repeat(studentNumber.length - 1);
  return studentNumber.slice(0, 4) + '*'.repeat(studentNumber.length - 6) + studentNumber.slice(-2);
}
