import { DEFAULT_ASSIGNMENT_LIMITS, type TAssignmentLimits } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { type AssignmentInput, type AssignmentOutcome, assignmentError, assignReviews, type ReviewPair } from './assignment.rules.js';
import { conflictKey } from '../experts/conflicts.rules.js';

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);

function input(
  applications: number,
  experts: number,
  limits: Partial<TAssignmentLimits> = {},
  extra: Partial<AssignmentInput> = {},
): AssignmentInput {
  return {
    applicationIds: ids('a', applications),
    expertIds: ids('e', experts),
    conflicts: new Set(),
    existing: [],
    limits: { ...DEFAULT_ASSIGNMENT_LIMITS, ...limits },
    seed: 'call-2026',
    ...extra,
  };
}

const conflictsOf = (...pairs: [string, string][]) => new Set(pairs.map(([expert, application]) => conflictKey(expert, application)));

/** Every assignment rule (docs/sources.md 5.3) checked on the final state: existing + added. */
function expectValid(outcome: AssignmentOutcome, given: AssignmentInput) {
  if (!outcome.feasible) throw new Error(`expected a plan, got: ${outcome.reason['zh-CN']}`);
  const all: ReviewPair[] = [...given.existing, ...outcome.added];
  const keys = all.map((pair) => conflictKey(pair.expertId, pair.applicationId));
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.filter((key) => given.conflicts.has(key))).toEqual([]);
  for (const applicationId of given.applicationIds) {
    const reviews = all.filter((pair) => pair.applicationId === applicationId).length;
    expect(reviews).toBeGreaterThanOrEqual(given.limits.reviewsPerApplication);
  }
  for (const expertId of given.expertIds) {
    const load = all.filter((pair) => pair.expertId === expertId).length;
    expect(outcome.loads[expertId]).toBe(load);
    if (given.limits.maxPerExpert !== null) expect(load).toBeLessThanOrEqual(given.limits.maxPerExpert);
  }
  return outcome;
}

describe('automatic assignment: at least K reviews, at most L per expert, balanced, no conflicts', () => {
  it.each([
    ['4 applications × 4 experts, K = 3 (default)', input(4, 4), { min: 3, max: 3 }],
    ['10 applications × 7 experts: 30 reviews as 4 or 5 each', input(10, 7), { min: 4, max: 5 }],
    ['K = 2 with L = 4', input(8, 4, { reviewsPerApplication: 2, maxPerExpert: 4 }), { min: 4, max: 4 }],
    [
      'conflicts are avoided and the load still balanced',
      input(6, 5, {}, { conflicts: conflictsOf(['e1', 'a1'], ['e1', 'a2'], ['e2', 'a1'], ['e5', 'a6']) }),
      { min: 3, max: 4 },
    ],
    [
      'an expert conflicted with almost everything takes what is left; the others balance',
      input(3, 4, { reviewsPerApplication: 1 }, { conflicts: conflictsOf(['e4', 'a1'], ['e4', 'a2'], ['e4', 'a3']) }),
      { min: 0, max: 1 },
    ],
  ])('%s', (_case, given, spread) => {
    const outcome = expectValid(assignReviews(given), given);
    expect(outcome.spread).toEqual(spread);
  });

  it('keeps manual assignments, counts them, and balances around them', () => {
    const existing = [
      { expertId: 'e1', applicationId: 'a1' },
      { expertId: 'e1', applicationId: 'a2' },
      { expertId: 'e2', applicationId: 'a1' },
    ];
    const given = input(4, 4, {}, { existing });
    const outcome = expectValid(assignReviews(given), given);
    expect(outcome.added).toHaveLength(12 - 3);
    expect(outcome.added.filter((pair) => pair.applicationId === 'a1')).toHaveLength(1);
    expect(outcome.spread).toEqual({ min: 3, max: 3 });
  });

  it('is deterministic for a seed, and the seed changes the plan', () => {
    const plan = (seed: string) => assignReviews({ ...input(12, 9), seed });
    expect(plan('call-2026')).toEqual(plan('call-2026'));
    expect(plan('call-2026')).not.toEqual(plan('call-2027'));
  });

  it('explains what it did', () => {
    const given = input(4, 4, {}, { conflicts: conflictsOf(['e1', 'a1']) });
    const outcome = assignReviews(given);
    expect(outcome.feasible && outcome.explanation['zh-CN']).toBe(
      '为 4 份申报新分配 12 份评审（保留人工分配 0 份），每份申报至少 3 位专家；专家评审量 3–3 份；已回避 1 对利益冲突',
    );
  });
});

describe('when no assignment is possible, it says why', () => {
  const names = new Map([
    ['a1', '石化产业园联合体'],
    ['a2', '港口物流联合体'],
    ['e1', '王专家'],
  ]);
  it.each([
    [
      'an application with too few eligible experts',
      input(2, 4, {}, { conflicts: conflictsOf(['e1', 'a1'], ['e2', 'a1']), names }),
      ['application_short'],
      '申报“石化产业园联合体”还需 3 位评审专家，但只有 2 位可选（其余须回避或已分配），缺 1 位，请增加专家',
    ],
    [
      'total capacity below K × applications',
      input(10, 7, { maxPerExpert: 4 }),
      ['capacity'],
      '每份申报至少 3 位专家，还需 30 份评审，而 7 位专家每人至多 4 份，只能再承担 28 份；请提高每位专家的上限或增加专家',
    ],
    [
      'a manual assignment that is conflicted',
      input(2, 4, {}, { conflicts: conflictsOf(['e1', 'a1']), existing: [{ expertId: 'e1', applicationId: 'a1' }], names }),
      ['manual_conflict'],
      '人工分配的专家“王专家”与申报“石化产业园联合体”存在利益冲突，须回避，请先取消该分配',
    ],
    [
      'applications competing for the same capped experts',
      input(
        2,
        6,
        { maxPerExpert: 1 },
        {
          conflicts: conflictsOf(['e4', 'a1'], ['e5', 'a1'], ['e6', 'a1'], ['e4', 'a2'], ['e5', 'a2'], ['e6', 'a2']),
          names,
        },
      ),
      ['competing'],
      '可评审以下申报的专家已达到每人 1 份的上限，共缺 3 份评审：',
    ],
  ])('%s', (_case, given, kinds, reason) => {
    const outcome = assignReviews(given);
    expect(outcome.feasible).toBe(false);
    if (outcome.feasible) return;
    expect(outcome.problems.map((problem) => problem.kind)).toEqual(kinds);
    expect(outcome.reason['zh-CN']).toContain(reason);
    expect(assignmentError(outcome.reason).messageIn('zh-CN')).toBe(`无法自动分配评审专家：${outcome.reason['zh-CN']}`);
  });
});

describe('scale: 200 applications × 30 experts', () => {
  it('assigns within the sanity bound of 1500 ms with every rule kept', () => {
    const base = input(200, 30, { maxPerExpert: 25 });
    const conflicts = new Set<string>();
    base.applicationIds.forEach((applicationId, a) =>
      base.expertIds.forEach((expertId, e) => {
        if ((a * 7 + e * 13) % 10 === 0) conflicts.add(conflictKey(expertId, applicationId));
      }),
    );
    const given = { ...base, conflicts };
    const started = performance.now();
    const outcome = assignReviews(given);
    const elapsed = performance.now() - started;
    expectValid(outcome, given);
    expect(outcome.feasible && outcome.spread).toEqual({ min: 20, max: 20 });
    expect(elapsed).toBeLessThan(1500);
  });
});
