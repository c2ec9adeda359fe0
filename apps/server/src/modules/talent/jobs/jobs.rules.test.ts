import { describe, expect, it } from 'vitest';
import { isAdjustable, type JobContent, jobChanges, jobCreation } from './jobs.rules.js';

// 连教职函〔2026〕6号 附件1 指标3.2 “建立联合体内企业岗位清单动态调整机制，学校根据企业岗位变化调整优化人才培养方案”.
const job: JobContent = {
  position: '数控机床操作工',
  occupation: '数控车工',
  occupationCode: '6-18-01-01',
  majorCodes: ['460103', '460301'],
  educationLevel: 'higher_associate',
  headcount: 12,
  duties: null,
  validUntil: null,
};

describe('指标3.2 动态调整: what each adjustment of a position changed', () => {
  it.each([
    { case: 'more people wanted', after: { headcount: 15 }, expected: [{ field: 'headcount', before: '12', after: '15' }] },
    {
      case: 'a major added',
      after: { majorCodes: ['460103', '460301', '460305'] },
      expected: [{ field: 'majorCodes', before: '460103、460301', after: '460103、460301、460305' }],
    },
    {
      case: 'the ranking of majors changed',
      after: { majorCodes: ['460301', '460103'] },
      expected: [{ field: 'majorCodes', before: '460103、460301', after: '460301、460103' }],
    },
    {
      case: 'duties written for the first time',
      after: { duties: '编程与调试' },
      expected: [{ field: 'duties', before: '', after: '编程与调试' }],
    },
    {
      case: 'the occupation code taken away',
      after: { occupationCode: null },
      expected: [{ field: 'occupationCode', before: '6-18-01-01', after: '' }],
    },
    {
      case: 'level and headcount together, in the form’s order',
      after: { headcount: 8, educationLevel: 'higher_bachelor' },
      expected: [
        { field: 'educationLevel', before: 'higher_associate', after: 'higher_bachelor' },
        { field: 'headcount', before: '12', after: '8' },
      ],
    },
    { case: 'nothing changed', after: {}, expected: [] },
  ])('$case', ({ after, expected }) => {
    expect(jobChanges(job, { ...job, ...after })).toEqual(expected);
  });

  it('records a new position as every field it was given', () => {
    expect(jobCreation(job).map((c) => c.field)).toEqual([
      'position',
      'occupation',
      'occupationCode',
      'majorCodes',
      'educationLevel',
      'headcount',
    ]);
  });
});

describe('指标3.2: which positions are still adjusted', () => {
  it.each([
    { status: 'draft', adjustable: true },
    { status: 'published', adjustable: true },
    { status: 'withdrawn', adjustable: false },
    { status: 'expired', adjustable: false },
  ] as const)('$status → $adjustable', ({ status, adjustable }) => {
    expect(isAdjustable(status)).toBe(adjustable);
  });
});
