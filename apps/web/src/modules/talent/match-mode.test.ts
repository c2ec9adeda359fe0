import { describe, expect, it } from 'vitest';
import { defaultMatchMode, parseMatchMode } from './match-mode';

describe('where the matching page opens', () => {
  const org = { id: 'o', name: '单位' };
  it.each([
    { who: 'a school’s staff', demandOrgs: [], supplyOrgs: [org], mode: 'school' },
    { who: 'an enterprise', demandOrgs: [org], supplyOrgs: [], mode: 'demand' },
    { who: 'the secretariat, entering for both sides', demandOrgs: [org], supplyOrgs: [org], mode: 'demand' },
    { who: 'a reader entering for neither side', demandOrgs: [], supplyOrgs: [], mode: 'school' },
  ])('$who: $mode', ({ demandOrgs, supplyOrgs, mode }) => expect(defaultMatchMode({ demandOrgs, supplyOrgs })).toBe(mode));

  it('reads only the three modes from the address', () => {
    expect([parseMatchMode('placement'), parseMatchMode('school'), parseMatchMode('students'), parseMatchMode(null)]).toEqual([
      'placement',
      'school',
      null,
      null,
    ]);
  });
});
