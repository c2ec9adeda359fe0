import { DEFAULT_SCORING_RULE, type ScoredIndicator } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { aggregateApplication } from './aggregation.rules.js';
import { exactScore, type ExactScore } from './exact-score.rules.js';
import { rankApplications, type RankInput } from './ranking.rules.js';

const points = (value: number) => exactScore(Math.round(value * 100));

/** An application with a total and its aggregated scores on 指标4 人才培养 and 指标5 服务发展. */
function entry(applicationId: string, total: number | ExactScore, talent = 0, service = 0): RankInput {
  const zero = exactScore(0);
  return {
    applicationId,
    name: `联合体${applicationId}`,
    total: typeof total === 'number' ? points(total) : total,
    byIndicator: { '1': zero, '2': zero, '3': zero, '4': points(talent), '5': points(service), '6': zero },
  };
}

const defaultTieBreak = DEFAULT_SCORING_RULE.tieBreakIndicators;

describe('ranks by total (docs/sources.md 5.3) with shared ranks after the published tie-break ("1, 2, 2, 4")', () => {
  it.each([
    ['distinct totals', [entry('A', 90), entry('B', 85), entry('C', 80)], [], 'A1 B2 C3', []],
    [
      'no tie-break published: equal totals share a rank and the next is skipped',
      [entry('A', 90), entry('B', 85), entry('C', 85), entry('D', 80)],
      [],
      'A1 B2 C2 D4',
      [['B', 'C']],
    ],
    [
      '附件1 指标4 人才培养 decides first',
      [entry('A', 90), entry('B', 85, 20, 18), entry('C', 85, 22, 10), entry('D', 80)],
      defaultTieBreak,
      'A1 C2 B3 D4',
      [],
    ],
    [
      '附件1 指标5 服务发展 decides when 指标4 is equal',
      [entry('A', 90), entry('B', 85, 20, 15), entry('C', 85, 20, 16), entry('D', 80)],
      defaultTieBreak,
      'A1 C2 B3 D4',
      [],
    ],
    [
      'equal after every tie-break: shared rank, reported',
      [entry('A', 90), entry('B', 85, 20, 15), entry('C', 85, 20, 15), entry('D', 80)],
      defaultTieBreak,
      'A1 B2 C2 D4',
      [['B', 'C']],
    ],
    [
      'a three-way tie partly resolved',
      [entry('B', 85, 22), entry('C', 85, 20, 15), entry('D', 85, 20, 15), entry('E', 80), entry('A', 90)],
      defaultTieBreak,
      'A1 B2 C3 D3 E5',
      [['C', 'D']],
    ],
    ['the tie-break order is a parameter (指标5 before 指标4)', [entry('B', 85, 20, 18), entry('C', 85, 22, 10)], ['5', '4'], 'B1 C2', []],
    [
      'two separate shared ranks',
      [entry('A', 90), entry('B', 90), entry('C', 80), entry('D', 80), entry('E', 70)],
      [],
      'A1 B1 C3 D3 E5',
      [
        ['A', 'B'],
        ['C', 'D'],
      ],
    ],
  ] as [string, RankInput[], ScoredIndicator[], string, string[][]][])('%s', (_case, results, tieBreak, ranks, ties) => {
    const ranking = rankApplications(results, tieBreak);
    expect(ranking.ranked.map((entry) => `${entry.applicationId}${entry.rank}`).join(' ')).toBe(ranks);
    expect(ranking.unresolvedTies).toEqual(ties);
  });

  it('does not depend on the order the applications arrive in', () => {
    const results = [entry('D', 80), entry('C', 85, 22), entry('A', 90), entry('B', 85, 20)];
    const forwards = rankApplications(results, defaultTieBreak);
    const backwards = rankApplications([...results].reverse(), defaultTieBreak);
    expect(backwards).toEqual(forwards);
  });
});

describe('each rank decided by a tie-break says which and why', () => {
  const ranking = rankApplications(
    [entry('A', 90), entry('B', 85, 20, 18), entry('C', 85, 22, 10), entry('D', 80, 20, 15), entry('E', 80, 20, 15)],
    defaultTieBreak,
  );
  const find = (id: string) => ranking.ranked.find((entry) => entry.applicationId === id)!;

  it.each([
    ['A', false, null, null],
    ['C', false, '4', '与“联合体B”总分同为 85.00，按指标4 人才培养（22.00 > 20.00）排在其前'],
    ['B', false, '4', '与“联合体C”总分同为 85.00，按指标4 人才培养（20.00 < 22.00）排在其后'],
    ['D', true, null, '与“联合体E”总分同为 80.00，同分比较指标也相同，并列第 4 名'],
    ['E', true, null, '与“联合体D”总分同为 80.00，同分比较指标也相同，并列第 4 名'],
  ])('%s: tied %s, decided by %s', (id, tied, decidedBy, note) => {
    expect(find(id)).toMatchObject({ tied, decidedBy });
    expect(find(id).note?.['zh-CN'] ?? null).toBe(note);
  });

  it('explains a rank between totals that read the same only after rounding', () => {
    const close = rankApplications([entry('B', 85.33), entry('A', exactScore(25600, 3))], defaultTieBreak);
    expect(close.ranked.map((item) => [item.applicationId, item.rank, item.tied])).toEqual([
      ['A', 1, false],
      ['B', 2, false],
    ]);
    expect(close.ranked[1]!.note?.['zh-CN']).toBe('与“联合体A”的总分四舍五入后同为 85.33，按未经四舍五入的总分排在其后');
  });
});

describe('aggregation feeds ranking: the deduction (附件1 7.其他) can change the order', () => {
  it('ranks by the total after the deduction', () => {
    const scored = (applicationId: string, totals: number[], deduction: number) =>
      aggregateApplication(
        {
          applicationId,
          name: applicationId,
          scores: totals.map((total, index) => ({ expertId: `e${index}`, byIndicator: { '4': total } })),
          deduction,
        },
        'trimmed_mean',
      );
    const ranking = rankApplications([scored('A', [90, 88, 86], 5), scored('B', [85, 84, 83], 0)], defaultTieBreak);
    expect(ranking.ranked.map((entry) => entry.applicationId)).toEqual(['B', 'A']);
  });
});
