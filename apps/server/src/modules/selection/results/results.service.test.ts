/**
 * Results of a call computed by the services on a real database (连教职函〔2026〕6号, docs/sources.md 5.3): experts
 * score 附件1 point by point and submit; the call's rule aggregates their totals (by default the mean without ONE
 * highest and ONE lowest), ranks with the published tie-break indicators in order, and refuses to rank while an
 * application has fewer than K valid reviews. Every point of these calls is scored out of 3 (27 points, 81 in all).
 */
import { DEFAULT_SCORING_RULE } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { fixedClock } from '../../../kernel/time/clock.js';
import {
  actorOf,
  ANNEX1_POINTS_BY_INDICATOR,
  makeAssignments,
  makeExpert,
  makeOrganisation,
  makeSelectionCall,
  makeSubmittedApplication,
  type TestUser,
} from '../../../testing/factories.js';
import { createTestDeps, type TestDeps } from '../../../testing/test-app.js';
import { setPanel } from '../experts/experts.service.js';
import { assignAutomatically, assignByHand } from '../reviews/assignment.service.js';
import { settingsOf, updateSettings } from '../reviews/review-settings.service.js';
import { findReview } from '../reviews/reviews.repository.js';
import { declareMyConflict, listMyReviews, saveMyScores, submitMyReview } from '../reviews/scoring.service.js';
import { getResults } from './results.service.js';

const ALL_POINTS = Object.values(ANNEX1_POINTS_BY_INDICATOR).flat();
/** The n-th observation point (from 0) of a basic indicator. */
const point = (indicator: string, n: number) => ANNEX1_POINTS_BY_INDICATOR[indicator]![n]!;
/** Every point scored `base`, except the ones given. */
const sheet = (base: number, overrides: Record<string, number> = {}) => ({
  ...Object.fromEntries(ALL_POINTS.map((code) => [code, base])),
  ...overrides,
});

describe('scoring and ranking a call, through the services', () => {
  let env: TestDeps;
  beforeAll(async () => {
    env = await createTestDeps();
  });
  afterAll(async () => env.close());

  const db = () => env.deps.database.db;

  async function reviewOf(expert: TestUser, applicationId: string) {
    const summary = (await listMyReviews(db(), expert.id)).items.find((review) => review.applicationId === applicationId);
    if (!summary) throw new Error(`no review of ${applicationId} assigned to ${expert.username}`);
    return (await findReview(db(), summary.id))!;
  }
  /** The expert saves the sheet and submits it. */
  async function score(expert: TestUser, applicationId: string, scores: Record<string, number>, now: Date) {
    const review = await reviewOf(expert, applicationId);
    await saveMyScores(db(), actorOf(expert), expert.id, review.id, {
      version: review.version,
      scores,
      indicatorComments: {},
      deduction: 0,
    });
    await submitMyReview(db(), actorOf(expert), expert.id, review.id, review.version + 1, now);
  }
  async function callWithApplications(count: number) {
    const call = await makeSelectionCall(env.deps);
    const school = await makeOrganisation(env.deps, { type: 'higher_vocational', regionCode: '320706' });
    const applications = [];
    for (let i = 0; i < count; i += 1) applications.push(await makeSubmittedApplication(env.deps, call.id, school.id));
    return { call, applications };
  }
  const experts = async (count: number, authorityOrgId: string) => {
    const made: TestUser[] = [];
    for (let i = 0; i < count; i += 1) made.push(await makeExpert(env.deps, authorityOrgId));
    return made;
  };

  it('drops ONE highest and ONE lowest total: 81, 0, 54, 54, 27 give 45.00 (the plain mean would be 43.20)', async () => {
    const clock = fixedClock('2026-06-05T02:00:00Z');
    const { call, applications } = await callWithApplications(1);
    const [application] = applications;
    const panel = await experts(5, call.authority.id);
    await makeAssignments(
      env.deps,
      call.id,
      { [application!.id]: panel.map((expert) => expert.id) },
      { limits: { reviewsPerApplication: 5, maxPerExpert: null } },
    );
    for (const [index, base] of [3, 0, 2, 2, 1].entries()) await score(panel[index]!, application!.id, sheet(base), clock.now());

    const trimmed = await getResults(db(), call.id, 'zh-CN');
    expect(trimmed.method).toBe('trimmed_mean');
    expect(trimmed.rows).toEqual([
      expect.objectContaining({ applicationId: application!.id, rank: 1, validCount: 5, aggregate: '45.00', total: '45.00' }),
    ]);

    const { version } = await settingsOf(db(), call.id);
    await updateSettings(db(), SYSTEM_ACTOR, call.id, {
      version,
      scoringRule: { ...DEFAULT_SCORING_RULE, method: 'mean' },
      limits: { reviewsPerApplication: 5, maxPerExpert: null },
      commentsVisibleToApplicants: false,
      scoresDueOn: null,
    });
    expect((await getResults(db(), call.id, 'zh-CN')).rows[0]).toMatchObject({ total: '43.20' });
  });

  it('ranks equal totals by 指标4 first, then 指标5, and lets applications equal on both share a rank: 1, 2, 3, 4, 4', async () => {
    const clock = fixedClock('2026-06-05T02:00:00Z');
    const { call, applications } = await callWithApplications(5);
    const [first, second, third, fourth, fifth] = applications.map((application) => application.id);
    const panel = await experts(3, call.authority.id);
    await makeAssignments(
      env.deps,
      call.id,
      Object.fromEntries(applications.map((application) => [application.id, panel.map((expert) => expert.id)])),
    );
    // Every point 2 is 54 in all: 指标4 14, 指标5 10.
    const sheets: Record<string, Record<string, number>> = {
      [first!]: sheet(2, { [point('3', 0)]: 3 }), // 55
      [second!]: sheet(2, { [point('4', 0)]: 3, [point('1', 0)]: 1 }), // 54: 指标4 15, 指标5 10
      [third!]: sheet(2, { [point('5', 0)]: 3, [point('1', 0)]: 1 }), // 54: 指标4 14, 指标5 11
      [fourth!]: sheet(2, { [point('6', 0)]: 3, [point('2', 0)]: 1 }), // 54: 指标4 14, 指标5 10
      [fifth!]: sheet(2, { [point('6', 1)]: 3, [point('3', 1)]: 1 }), // 54: 指标4 14, 指标5 10
    };
    for (const expert of panel) {
      for (const [applicationId, scores] of Object.entries(sheets)) await score(expert, applicationId, scores, clock.now());
    }

    const results = await getResults(db(), call.id, 'zh-CN');
    const rankOf = (id: string) => results.rows.find((row) => row.applicationId === id)!;
    expect(results.tieBreakIndicators).toEqual(['4', '5']);
    expect([first, second, third, fourth, fifth].map((id) => [rankOf(id!).total, rankOf(id!).rank, rankOf(id!).tied])).toEqual([
      ['55.00', 1, false],
      ['54.00', 2, false],
      ['54.00', 3, false],
      ['54.00', 4, true],
      ['54.00', 4, true],
    ]);
    // 指标5 would have put the third above the second: the order of the tie-breaks decides. Each note compares
    // an application with the one just above it.
    expect(rankOf(third!).note).toContain('按指标4 人才培养（14.00 < 15.00）排在其后');
    const [upperTied, lowerTied] = results.rows.slice(3);
    expect(upperTied!.note).toContain('按指标5 服务发展（10.00 < 11.00）排在其后');
    expect(lowerTied!.note).toContain('同分比较指标也相同，并列第 4 名');
    expect(results.unresolvedTies).toEqual([[fourth, fifth].sort()]);
  });

  it('K = 3: assigns 3 experts per application, and ranks nothing while one has fewer than 3 valid reviews (a recusal does not count)', async () => {
    const clock = fixedClock('2026-06-05T02:00:00Z');
    const { call, applications } = await callWithApplications(2);
    const [first, second] = applications.map((application) => application.id);
    const panel = await experts(4, call.authority.id);
    await setPanel(
      db(),
      SYSTEM_ACTOR,
      call.id,
      panel.map((expert) => expert.id),
    );

    const { added } = await assignAutomatically(db(), SYSTEM_ACTOR, call.id, 'k-rule');
    expect(added).toBe(6);
    const reviewersOf = async (applicationId: string) => {
      const reviewers: TestUser[] = [];
      for (const expert of panel) {
        if ((await listMyReviews(db(), expert.id)).items.some((review) => review.applicationId === applicationId)) reviewers.push(expert);
      }
      return reviewers;
    };
    const firstReviewers = await reviewersOf(first!);
    expect(firstReviewers).toHaveLength(3);
    expect(await reviewersOf(second!)).toHaveLength(3);

    const [recusing, ...scoring] = firstReviewers;
    await declareMyConflict(db(), actorOf(recusing!), recusing!.id, (await reviewOf(recusing!, first!)).id, '曾任该联合体牵头学校兼职教授');
    for (const expert of scoring) await score(expert, first!, sheet(2), clock.now());
    for (const expert of await reviewersOf(second!)) await score(expert, second!, sheet(2), clock.now());

    await expect(getResults(db(), call.id, 'zh-CN')).rejects.toMatchObject({
      code: 'RANKING_NOT_READY',
      params: { count: 1, required: 3 },
    });

    const standIn = panel.find((expert) => !firstReviewers.includes(expert))!;
    await assignByHand(db(), SYSTEM_ACTOR, call.id, { expertId: standIn.id, applicationId: first! });
    await score(standIn, first!, sheet(1), clock.now());
    const results = await getResults(db(), call.id, 'zh-CN');
    // 54, 54, 27: with 3 valid scores the trimmed mean keeps the middle one.
    expect(results.rows.find((row) => row.applicationId === first)).toMatchObject({ validCount: 3, total: '54.00' });
    expect(results.rows.find((row) => row.applicationId === second)).toMatchObject({ validCount: 3, total: '54.00' });
  });
});
