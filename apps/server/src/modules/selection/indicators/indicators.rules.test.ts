import { describe, expect, it } from 'vitest';
import { systemTotals, unsetPoints, type PointScoreSetting } from './indicators.rules.js';

const point = (code: string, maxScore: number | null, weight: number | null, kind: 'score' | 'deduction' = 'score'): PointScoreSetting => ({
  code,
  kind,
  maxScore,
  weight,
});

describe('附件1 建设指标: scores the authority sets per observation point', () => {
  it.each([
    { name: 'every point set', points: [point('1.1', 3, 1), point('7', 10, null, 'deduction')], unset: [] },
    { name: 'a point without maximum', points: [point('1.1', null, 1), point('1.2', 3, 1)], unset: ['1.1'] },
    { name: 'a scored point without weight', points: [point('4.4', 4, null)], unset: ['4.4'] },
    { name: 'a zero weight cannot score', points: [point('4.4', 4, 0)], unset: ['4.4'] },
    { name: '7.其他 needs only its maximum deduction', points: [point('7', 10, null, 'deduction')], unset: [] },
    { name: '7.其他 without a maximum', points: [point('7', null, null, 'deduction')], unset: ['7'] },
  ])('$name', ({ points, unset }) => {
    expect(unsetPoints(points)).toEqual(unset);
  });

  it('adds maximum × weight over scored points and keeps 7.其他 (扣分项) apart', () => {
    const points = [point('1.1', 3, 1), point('4.4', 4, 1.5), point('5.3', 2.5, 0.3), point('7', 10, 1, 'deduction')];
    expect(systemTotals(points)).toEqual({ totalMaxScore: 9.75, maxDeduction: 10 });
  });
});
