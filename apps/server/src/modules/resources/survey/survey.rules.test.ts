import { EMPTY_SURVEY_CONTENT, type ResponseStatus, type TSurveyContent } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import {
  answersTaken,
  completeness,
  contentProblems,
  dualQualifiedShare,
  prefillContent,
  type ResponseAction,
  statusAfter,
} from './survey.rules.js';

const content = (overrides: Partial<TSurveyContent>): TSurveyContent => ({ ...EMPTY_SURVEY_CONTENT, ...overrides });
const major = { majorCode: '660103', mode: 'secondary' as const, studentsPerGrade: [120, 118, 110] };
const teachers = { classCode: '6603', fullTime: 24, seniorTitle: 8, postgraduate: 5, dualQualified: 18, partTime: 6 };
const partner = {
  uscc: '91320700MA1X0000XX',
  name: '连云港测试机械有限公司',
  fields: '数控加工',
  agreementFrom: '2024-09-01',
  internsHosted: 12,
  orderClass: true,
  apprenticeship: false,
};

describe('章程第十八条(三): a member’s answers move between the member and the secretariat', () => {
  it.each<[ResponseStatus, ResponseAction, ResponseStatus | null]>([
    ['not_started', 'save', 'draft'],
    ['draft', 'save', 'draft'],
    ['draft', 'submit', 'submitted'],
    ['not_started', 'submit', 'submitted'],
    ['submitted', 'save', null], // submitted answers wait for the secretariat
    ['submitted', 'accept', 'accepted'],
    ['draft', 'accept', null], // only what was submitted is accepted
    ['accepted', 'save', null], // accepted answers are locked
    ['accepted', 'submit', null],
    ['accepted', 'reopen', 'reopened'], // …until the secretariat reopens them with a reason
    ['submitted', 'reopen', 'reopened'],
    ['draft', 'reopen', null],
    ['reopened', 'save', 'reopened'],
    ['reopened', 'submit', 'submitted'],
  ])('%s —%s→ %s', (from, action, to) => {
    expect(statusAfter(from, action)).toBe(to);
  });
});

describe('工作计划 一(一) “2026年1-6月”: answers are taken until the deadline, the day included', () => {
  it.each<[string, ResponseStatus, boolean]>([
    ['2026-06-29', 'draft', true],
    ['2026-06-30', 'draft', true], // 以前 includes the day (民法典第一千二百五十九条)
    ['2026-07-01', 'draft', false],
    ['2026-07-01', 'not_started', false],
    ['2026-07-01', 'reopened', true], // a correction the secretariat asked for
  ])('on %s, %s answers: %s', (today, status, taken) => {
    expect(answersTaken(today, '2026-06-30', status)).toBe(taken);
  });
});

describe('completeness: every section the round asks for is answered, or declared 本单位无', () => {
  const all = ['majors', 'teachers', 'bases', 'partners', 'courses'] as const;
  it.each<[string, TSurveyContent, number, string[]]>([
    ['nothing yet', EMPTY_SURVEY_CONTENT, 0, [...all]],
    ['majors and teachers', content({ majors: [major], teachers: [teachers] }), 40, ['bases', 'partners', 'courses']],
    ['courses declared none', content({ majors: [major], teachers: [teachers], noneToReport: ['courses'] }), 60, ['bases', 'partners']],
  ])('%s → %i%%', (_, answers, percent, missing) => {
    expect(completeness(all, answers)).toMatchObject({ percent, missing });
  });

  it('counts only the sections of the round', () => {
    expect(completeness(['majors', 'partners'], content({ majors: [major] }))).toEqual({
      answered: ['majors'],
      missing: ['partners'],
      percent: 50,
    });
  });
});

describe('figures that contradict each other (docs/sources.md §9 (rates and stated figures), checked as entered)', () => {
  it('accepts consistent answers', () => {
    expect(contentProblems(content({ majors: [major], teachers: [teachers], partners: [partner] }))).toEqual([]);
  });

  it.each<[string, TSurveyContent, { section: string; row: number; field: string }]>([
    [
      'more 双师型 than full-time teachers',
      content({ teachers: [{ ...teachers, dualQualified: 25 }] }),
      { section: 'teachers', row: 1, field: 'dualQualified' },
    ],
    [
      'four grades in a three-year 中职 major',
      content({ majors: [{ ...major, studentsPerGrade: [1, 2, 3, 4] }] }),
      { section: 'majors', row: 1, field: 'studentsPerGrade' },
    ],
    ['the same major and mode twice', content({ majors: [major, major] }), { section: 'majors', row: 2, field: 'majorCode' }],
    [
      'an agreement ending before it starts',
      content({ partners: [{ ...partner, agreementTo: '2024-08-31' }] }),
      { section: 'partners', row: 1, field: 'agreementTo' },
    ],
    ['the same enterprise twice', content({ partners: [partner, partner] }), { section: 'partners', row: 2, field: 'uscc' }],
    [
      'rows in a section declared empty',
      content({ majors: [major], noneToReport: ['majors'] }),
      { section: 'majors', row: 1, field: 'noneToReport' },
    ],
  ])('%s', (_, answers, where) => {
    expect(contentProblems(answers)).toEqual([expect.objectContaining(where)]);
  });

  it('a 中本贯通 major runs seven grades (3+4)', () => {
    expect(
      contentProblems(content({ majors: [{ ...major, mode: 'secondary_bachelor', studentsPerGrade: [1, 1, 1, 1, 1, 1, 1] }] })),
    ).toEqual([]);
  });
});

describe('双师型比例 = 双师型教师 ÷ 专任专业教师, computed from the counts', () => {
  it('adds the classes before dividing', () => {
    expect(dualQualifiedShare([teachers, { ...teachers, classCode: '6601', fullTime: 16, dualQualified: 10 }])).toBeCloseTo(28 / 40);
    expect(dualQualifiedShare([])).toBeNull();
  });
});

describe('last year’s answers prefill this year’s (动态资源数据库)', () => {
  it('copies the sections the new round asks for', () => {
    const previous = content({ majors: [major], partners: [partner], noneToReport: ['courses', 'bases'] });
    expect(prefillContent(previous, ['majors', 'courses'])).toEqual(content({ majors: [major], noneToReport: ['courses'] }));
    expect(prefillContent(null, ['majors'])).toEqual(EMPTY_SURVEY_CONTENT);
  });
});
