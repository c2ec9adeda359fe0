import { describe, expect, it } from 'vitest';
import { coverageByLevel, lateStage } from './coverage.rules.js';

const deadlines = { submit: '2023-03-10', review: '2023-03-20', approve: '2023-03-31', publish: '2023-04-30' };

describe('who is late (the deadline day itself is still in time)', () => {
  it.each([
    ['draft', '2023-03-10', null],
    ['draft', '2023-03-11', 'submit'],
    ['returned', '2023-03-11', 'submit'],
    ['submitted', '2023-03-11', null],
    ['submitted', '2023-03-21', 'review'],
    ['reviewed', '2023-03-21', null],
    ['reviewed', '2023-04-01', 'approve'],
    ['approved', '2023-05-01', null],
    ['draft', '2023-04-01', 'submit'],
  ] as const)('%s on %s → %s', (status, today, expected) => {
    expect(lateStage(status, deadlines, today)).toBe(expected);
  });
});

describe('coverage per level (seed 004: 53/53 schools, 16/16 districts)', () => {
  it('counts submitted, approved and late reports of each level', () => {
    const reports = [
      ...Array.from({ length: 53 }, () => ({ level: 'school_secondary' as const, status: 'approved' as const })),
      ...Array.from({ length: 15 }, () => ({ level: 'district' as const, status: 'approved' as const })),
      { level: 'district' as const, status: 'submitted' as const },
    ];
    expect(coverageByLevel(['school_secondary', 'district'], reports, deadlines, '2023-04-05')).toEqual([
      { level: 'school_secondary', participants: 53, submitted: 53, approved: 53, published: 0, late: 0 },
      { level: 'district', participants: 16, submitted: 16, approved: 15, published: 0, late: 1 },
    ]);
  });
});
