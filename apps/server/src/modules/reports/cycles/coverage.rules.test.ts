import { describe, expect, it } from 'vitest';
import { coverageByLevel, lateStage } from './coverage.rules.js';

const deadlines = { submit: '2023-03-10', review: '2023-03-20', approve: '2023-03-31', publish: '2023-04-30' };

describe('who is late (the deadline day itself is still in time)', () => {
  it.each([
    ['draft', false, '2023-03-10', null],
    ['draft', false, '2023-03-11', 'submit'],
    ['returned', false, '2023-03-11', 'submit'],
    ['submitted', false, '2023-03-11', null],
    ['submitted', false, '2023-03-21', 'review'],
    ['reviewed', false, '2023-03-21', null],
    ['reviewed', false, '2023-04-01', 'approve'],
    ['approved', false, '2023-04-30', null],
    // 上海年报: “市级、区级、校级年报分别在各自官方网站面向社会发布” — an approved report unpublished after the deadline is late.
    ['approved', false, '2023-05-01', 'publish'],
    ['approved', true, '2023-05-01', null],
    ['draft', false, '2023-04-01', 'submit'],
  ] as const)('%s (published: %s) on %s → %s', (status, published, today, expected) => {
    expect(lateStage({ status, published }, deadlines, today)).toBe(expected);
  });
});

describe('coverage per level (上海年报: 53/53 schools, 16/16 districts)', () => {
  it('counts submitted, approved, published and late reports of each level', () => {
    const reports = [
      ...Array.from({ length: 53 }, () => ({ level: 'school_secondary' as const, status: 'approved' as const, published: true })),
      ...Array.from({ length: 15 }, () => ({ level: 'district' as const, status: 'approved' as const, published: true })),
      { level: 'district' as const, status: 'submitted' as const, published: false },
    ];
    expect(coverageByLevel(['school_secondary', 'district'], reports, deadlines, '2023-04-05')).toEqual([
      { level: 'school_secondary', participants: 53, submitted: 53, approved: 53, published: 53, late: 0 },
      { level: 'district', participants: 16, submitted: 16, approved: 15, published: 15, late: 1 },
    ]);
  });

  it('counts as late the approved reports still unpublished after the publication deadline (“覆盖率 100%” needs all published)', () => {
    const reports = [
      { level: 'school_secondary' as const, status: 'approved' as const, published: true },
      { level: 'school_secondary' as const, status: 'approved' as const, published: false },
    ];
    expect(coverageByLevel(['school_secondary'], reports, deadlines, '2023-05-01')).toEqual([
      { level: 'school_secondary', participants: 2, submitted: 2, approved: 2, published: 1, late: 1 },
    ]);
  });
});
