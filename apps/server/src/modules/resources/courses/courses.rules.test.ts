import type { NominationStatus } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import {
  courseChangeProblem,
  courseAllows,
  hasSeatLeft,
  maskStudentName,
  maskStudentNumber,
  type NominationAction,
  nominationAfter,
  resultPasses,
  resultProblem,
  studentsWithoutResult,
} from './courses.rules.js';

// Issue 10 R3: "Students of other members are nominated by their home school …, the host accepts up to the seats,
// records attendance and results (score or pass/fail, with the grading scheme), and closes the course."
describe('what the host may do with a nomination', () => {
  const cases: [NominationStatus, NominationAction, NominationStatus | null][] = [
    ['nominated', 'accept', 'accepted'],
    ['nominated', 'decline', 'declined'],
    ['nominated', 'result', null],
    ['accepted', 'accept', null],
    ['accepted', 'decline', null],
    ['accepted', 'result', 'accepted'],
    ['declined', 'accept', null],
    ['declined', 'result', null],
  ];
  it.each(cases)('a %s nomination, %s → %s', (status, action, next) => {
    expect(nominationAfter(status, action)).toBe(next);
  });

  it('does nothing on a closed course', () => {
    expect(courseAllows('open', 'accept')).toBe(true);
    expect(courseAllows('closed', 'accept')).toBe(false);
    expect(courseAllows('closed', 'result')).toBe(false);
    expect(courseAllows('closed', 'nominate')).toBe(false);
  });
});

describe('the seats ("the host accepts up to the seats")', () => {
  it.each([
    [30, 0, true],
    [30, 29, true],
    [30, 30, false],
    [1, 1, false],
  ])('%i seats with %i accepted: a seat is left = %s', (seats, accepted, left) => {
    expect(hasSeatLeft(seats, accepted)).toBe(left);
  });
});

describe('results by the grading scheme', () => {
  it.each([
    ['score', { score: 60, passed: null }, true],
    ['score', { score: 59.5, passed: null }, false],
    ['score', { score: 100, passed: null }, true],
    ['score', { score: null, passed: null }, false],
    ['pass_fail', { score: null, passed: true }, true],
    ['pass_fail', { score: null, passed: false }, false],
  ] as const)('%s %o passes = %s', (grading, result, passes) => {
    expect(resultPasses(grading, result)).toBe(passes);
  });

  it.each([
    ['score', { score: 85 }, false],
    ['score', { passed: true }, true],
    ['score', { score: 85, passed: true }, true],
    ['pass_fail', { passed: false }, false],
    ['pass_fail', { score: 85 }, true],
    ['pass_fail', {}, true],
  ] as const)('%s with %o is refused = %s', (grading, input, refused) => {
    expect(resultProblem(grading, input) !== null).toBe(refused);
  });

  it('names the accepted students still without a result before the course closes', () => {
    const at = new Date('2026-12-20T02:00:00Z');
    const rows = [
      { id: 'a', status: 'accepted' as const, resultRecordedAt: at },
      { id: 'b', status: 'accepted' as const, resultRecordedAt: null },
      { id: 'c', status: 'declined' as const, resultRecordedAt: null },
      { id: 'd', status: 'nominated' as const, resultRecordedAt: null },
    ];
    expect(studentsWithoutResult(rows).map((r) => r.id)).toEqual(['b']);
  });
});

describe('masking students in lists (个人信息保护法: 去标识化 for readers outside the two schools)', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳晓明', '欧***'],
    ['李', '*'],
  ])('%s → %s', (name, masked) => expect(maskStudentName(name)).toBe(masked));
  it.each([
    ['2026010203', '2026****03'],
    ['20260101', '2026**01'],
    ['A123', 'A***'],
  ])('%s → %s', (number, masked) => expect(maskStudentNumber(number)).toBe(masked));
});

describe('changing an open course (接收学生不超过名额; 学分互认 rests on the results recorded)', () => {
  const before = { credits: 2, hours: 32, term: '2026-2027-1', grading: 'score' as const, seats: 30 };
  it.each([
    ['more seats, nothing accepted', { seats: 40 }, { accepted: 0, resultsRecorded: 0 }, null],
    ['seats down to the accepted', { seats: 12 }, { accepted: 12, resultsRecorded: 0 }, null],
    ['seats below the accepted', { seats: 11 }, { accepted: 12, resultsRecorded: 0 }, '已接收 12 名学生，名额不能少于 12'],
    ['credits before any result', { credits: 3 }, { accepted: 12, resultsRecorded: 0 }, null],
    [
      'credits after a result',
      { credits: 3 },
      { accepted: 12, resultsRecorded: 1 },
      '已登记成绩的课程不能再修改学分、学时、学期或考核方式',
    ],
    ['hours after a result', { hours: 36 }, { accepted: 12, resultsRecorded: 1 }, '已登记成绩的课程不能再修改学分、学时、学期或考核方式'],
    [
      'term after a result',
      { term: '2026-2027-2' },
      { accepted: 12, resultsRecorded: 1 },
      '已登记成绩的课程不能再修改学分、学时、学期或考核方式',
    ],
    [
      'grading after a result',
      { grading: 'pass_fail' as const },
      { accepted: 12, resultsRecorded: 1 },
      '已登记成绩的课程不能再修改学分、学时、学期或考核方式',
    ],
    ['seats after a result', { seats: 31 }, { accepted: 12, resultsRecorded: 1 }, null],
  ])('%s', (_, change, progress, problem) => {
    expect(courseChangeProblem(before, { ...before, ...change }, progress)?.['zh-CN'] ?? null).toBe(problem);
  });
});
