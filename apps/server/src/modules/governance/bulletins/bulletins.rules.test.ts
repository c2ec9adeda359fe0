import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { bulletinCompliance, bulletinQuotaStatus, quarterOf, quartersBetween } from './bulletins.rules.js';

describe('附件3 四: the quarter a bulletin counts in', () => {
  it.each([
    ['2026-01-01', '2026Q1', '2026-01-01', '2026-03-31'],
    ['2026-03-31', '2026Q1', '2026-01-01', '2026-03-31'],
    ['2026-04-01', '2026Q2', '2026-04-01', '2026-06-30'],
    ['2026-09-30', '2026Q3', '2026-07-01', '2026-09-30'],
    ['2026-12-31', '2026Q4', '2026-10-01', '2026-12-31'],
    ['2028-02-29', '2028Q1', '2028-01-01', '2028-03-31'],
  ])('%s is in %s (%s – %s)', (date, key, startsOn, endsOn) => {
    expect(quarterOf(date)).toMatchObject({ key, startsOn, endsOn });
  });

  it('lists the quarters of a period across a year end', () => {
    expect(quartersBetween('2025-12-12', '2026-05-01').map((quarter) => quarter.key)).toEqual(['2025Q4', '2026Q1', '2026Q2']);
  });
});

describe('附件3 四: 每季度1-2篇 → below, met or above', () => {
  it.each([
    [0, 'below'],
    [1, 'met'],
    [2, 'met'],
    [3, 'above'],
  ] as const)('%i bulletins in a quarter → %s', (count, status) => {
    expect(bulletinQuotaStatus(count, DEFAULT_CHARTER_PARAMETERS)).toBe(status);
  });

  it.each([
    [1, 'below'],
    [2, 'met'],
    [3, 'met'],
    [4, 'above'],
  ] as const)('with an expectation of 2–3, %i → %s', (count, status) => {
    expect(bulletinQuotaStatus(count, { bulletinsPerQuarterMin: 2, bulletinsPerQuarterMax: 3 })).toBe(status);
  });

  it('reports every member in every quarter, including those that sent nothing', () => {
    const submissions = [
      { orgId: 'caoyang', submittedOn: '2026-01-05' },
      { orgId: 'caoyang', submittedOn: '2026-03-31' },
      { orgId: 'caoyang', submittedOn: '2026-04-01' },
      { orgId: 'pukou', submittedOn: '2026-02-14' },
      { orgId: 'pukou', submittedOn: '2026-02-15' },
      { orgId: 'pukou', submittedOn: '2026-03-01' },
    ];
    const quarters = quartersBetween('2026-01-01', '2026-06-30');
    const members = ['caoyang', 'pukou', 'nantong'].map((id) => ({ id, joinedOn: '2025-12-12' }));
    expect(bulletinCompliance(members, submissions, quarters, DEFAULT_CHARTER_PARAMETERS, '2026-12-31')).toEqual([
      { orgId: 'caoyang', quarter: '2026Q1', count: 2, status: 'met' },
      { orgId: 'caoyang', quarter: '2026Q2', count: 1, status: 'met' },
      { orgId: 'pukou', quarter: '2026Q1', count: 3, status: 'above' },
      { orgId: 'pukou', quarter: '2026Q2', count: 0, status: 'below' },
      { orgId: 'nantong', quarter: '2026Q1', count: 0, status: 'below' },
      { orgId: 'nantong', quarter: '2026Q2', count: 0, status: 'below' },
    ]);
  });

  it.each([
    ['a quarter not yet begun is not judged', '2026-03-31', 0, 'upcoming'],
    ['the running quarter with nothing sent yet still has time', '2026-05-15', 0, 'open'],
    ['the running quarter already at 1 篇 counts as met', '2026-05-15', 1, 'met'],
    ['the running quarter above 2 篇 shows above at once', '2026-05-15', 3, 'above'],
    ['the quarter’s last day still belongs to it', '2026-06-30', 0, 'open'],
    ['the day after, a member that sent nothing fell short', '2026-07-01', 0, 'below'],
  ])('附件3 四(一)2 每季度1-2篇 for 2026Q2: %s', (_case, today, count, status) => {
    const q2 = quartersBetween('2026-04-01', '2026-04-01')[0]!;
    expect(bulletinQuotaStatus(count, DEFAULT_CHARTER_PARAMETERS, q2, today)).toBe(status);
  });

  it('does not judge a unit for quarters that ended before it joined; the quarter it joins in counts', () => {
    const quarters = quartersBetween('2026-01-01', '2026-09-30');
    const statuses = bulletinCompliance(
      [{ id: 'newcomer', joinedOn: '2026-05-20' }],
      [],
      quarters,
      DEFAULT_CHARTER_PARAMETERS,
      '2026-12-31',
    ).map((cell) => `${cell.quarter} ${cell.status}`);
    expect(statuses).toEqual(['2026Q1 not_member', '2026Q2 below', '2026Q3 below']);
  });
});
