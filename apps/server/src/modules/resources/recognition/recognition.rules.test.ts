import { describe, expect, it } from 'vitest';
import { type CourseResult, convertedGrade, decide, PERCENT_TO_FIVE_LEVEL, readyForRecognition } from './recognition.rules.js';

// Issue 10 R4: "converted (credits and grade by a published conversion rule, e.g. a percentage to 五级制 table that is data)".
describe('the percentage → 五级制 conversion table, at its boundaries', () => {
  it.each([
    [100, '优秀'],
    [90, '优秀'],
    [89.5, '良好'],
    [80, '良好'],
    [79.5, '中等'],
    [70, '中等'],
    [69.5, '及格'],
    [60, '及格'],
    [59.5, '不及格'],
    [0, '不及格'],
  ])('%f → %s', (score, grade) => {
    expect(convertedGrade(PERCENT_TO_FIVE_LEVEL, 'score', { score, passed: null })).toBe(grade);
  });
  it.each([
    [true, '合格'],
    [false, '不合格'],
  ])('pass/fail %s → %s', (passed, grade) => {
    expect(convertedGrade(PERCENT_TO_FIVE_LEVEL, 'pass_fail', { score: null, passed })).toBe(grade);
  });
  it('reads the bands from the data, not from the code', () => {
    const stricter = {
      ...PERCENT_TO_FIVE_LEVEL,
      bands: [
        { minScore: 95, grade: 'A', passes: true },
        { minScore: 0, grade: 'B', passes: false },
      ],
    };
    expect(convertedGrade(stricter, 'score', { score: 94, passed: null })).toBe('B');
  });
});

// Issue 10 R4: "recognised as course Y of its own plan, converted …, or refused, with a reason; … changeable with an
// audited reason".
describe('recognition decisions', () => {
  const passed: CourseResult = { grading: 'score', credits: 2, score: 86, passed: null };
  const failed: CourseResult = { grading: 'score', credits: 2, score: 52, passed: null };
  const cases: [string, Parameters<typeof decide>[0], CourseResult, { outcome: 'recognised' | 'converted' | 'refused' } | null, unknown][] =
    [
      [
        'recognised as a course of the home plan',
        { outcome: 'recognised', ownCourseName: '机器人应用技术', ownCredits: 3 },
        passed,
        null,
        { decision: expect.objectContaining({ outcome: 'recognised', ownCourseName: '机器人应用技术', credits: 3, grade: '良好' }) },
      ],
      [
        'converted by the rule',
        { outcome: 'converted' },
        passed,
        null,
        { decision: expect.objectContaining({ outcome: 'converted', credits: 2, grade: '良好', ruleId: 'percent-five-level-2026' }) },
      ],
      [
        'refused with a reason',
        { outcome: 'refused', reason: '与本校课程内容重复' },
        passed,
        null,
        { decision: expect.objectContaining({ credits: 0, grade: null }) },
      ],
      [
        'refused without a reason',
        { outcome: 'refused' },
        passed,
        null,
        { problem: expect.objectContaining({ code: 'RESOURCES_RECOGNITION_INPUT' }) },
      ],
      [
        'recognised without the home course',
        { outcome: 'recognised', ownCredits: 2 },
        passed,
        null,
        { problem: expect.objectContaining({ code: 'RESOURCES_RECOGNITION_INPUT' }) },
      ],
      ['a failed result converted', { outcome: 'converted' }, failed, null, { problem: { code: 'RESOURCES_RECOGNITION_FAILED_RESULT' } }],
      [
        'a failed result refused',
        { outcome: 'refused', reason: '成绩不及格' },
        failed,
        null,
        { decision: expect.objectContaining({ outcome: 'refused' }) },
      ],
      [
        'a change without a reason',
        { outcome: 'converted' },
        passed,
        { outcome: 'refused' },
        { problem: expect.objectContaining({ code: 'RESOURCES_RECOGNITION_INPUT' }) },
      ],
      [
        'a change with a reason',
        { outcome: 'converted', reason: '复核后按规则转换' },
        passed,
        { outcome: 'refused' },
        { decision: expect.objectContaining({ outcome: 'converted', reason: '复核后按规则转换' }) },
      ],
    ];
  it.each(cases)('%s', (_name, input, result, earlier, expected) => {
    expect(decide(input, result, earlier)).toEqual(expected);
  });

  it('waits for the course to close and the result to be recorded', () => {
    const at = new Date('2027-01-10T02:00:00Z');
    expect(readyForRecognition('closed', 'accepted', at)).toBe(true);
    expect(readyForRecognition('open', 'accepted', at)).toBe(false);
    expect(readyForRecognition('closed', 'declined', null)).toBe(false);
    expect(readyForRecognition('closed', 'accepted', null)).toBe(false);
  });
});
