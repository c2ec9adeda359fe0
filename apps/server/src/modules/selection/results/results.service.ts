/**
 * Results of a call: each submitted application's valid reviews (submitted, expert not conflicted) are
 * aggregated by the published rule, the deduction subtracted, and the applications ranked with the published
 * tie-break. A call is not ranked while an application has fewer than K valid reviews. The authority marks the
 * 培育名单 and the recommendations to the province, then publishes: the results are written down as they are
 * and applicants see theirs.
 */
import {
  AGGREGATION_METHODS,
  type Locale,
  type TApplicantResult,
  type TPublicResults,
  type TResultDecisions,
  type TResultPublish,
  type TResultRow,
  type TResults,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { aggregateApplication, type ApplicationResult } from './aggregation.rules.js';
import { formatScore } from './exact-score.rules.js';
import { rankApplications } from './ranking.rules.js';
import { anonymousLabel } from '../reviews/anonymous-label.js';
import { type CallReview, isValidReview, loadCallReview } from '../reviews/call-review.js';
import { assertNotPublished, bumpResultsVersion } from '../reviews/review-settings.service.js';
import { panelDeduction } from './deduction.rules.js';
import { noticeResultsPublished } from '../messages/selection-messages.js';
import { findOrgById } from '../../organizations/index.js';
import { CALL_ENTITY } from '../calls/calls.service.js';
import { assertNoticeDates, publicityOver } from './publicity.rules.js';
import * as repo from './results.repository.js';
import type { PublishedResult } from './results.table.js';

export interface ComputedResult {
  applicationId: string;
  published: PublishedResult;
}

/** Aggregates and ranks, or refuses naming every application still short of K valid reviews. */
export function computeResults(state: CallReview): ComputedResult[] {
  if (state.applications.length === 0) throw new DomainError('RANKING_EMPTY');
  const { method, tieBreakIndicators } = state.settings.scoringRule;
  const required = state.settings.limits.reviewsPerApplication;
  const reviewsOf = new Map<string, typeof state.reviews>();
  for (const review of state.reviews) reviewsOf.set(review.applicationId, [...(reviewsOf.get(review.applicationId) ?? []), review]);
  const counted = state.applications.map((application) => {
    const all = reviewsOf.get(application.id) ?? [];
    const valid = all.filter((review) => isValidReview(review, state.conflicts));
    const excluded = all.filter((review) => review.status === 'submitted' && !isValidReview(review, state.conflicts));
    return { application, valid, excludedCount: excluded.length };
  });
  const short = counted.filter((entry) => entry.valid.length < required);
  if (short.length > 0) {
    throw new DomainError('RANKING_NOT_READY', {
      count: short.length,
      required,
      applications: {
        'zh-CN': short.map((entry) => `“${entry.application.consortiumName}”（有效 ${entry.valid.length} 份）`).join('、'),
        'en-US': short.map((entry) => `“${entry.application.consortiumName}” (${entry.valid.length} valid)`).join(', '),
      },
    });
  }
  const results = new Map<string, ApplicationResult & { validCount: number; excludedCount: number }>();
  for (const { application, valid, excludedCount } of counted) {
    const result = aggregateApplication(
      {
        applicationId: application.id,
        name: application.consortiumName,
        scores: valid.map((review) => ({ expertId: review.expertId, byIndicator: state.sheets.get(review.id)!.byIndicator })),
        deduction: panelDeduction(
          valid.map((review) => review.deduction),
          method,
        ),
      },
      method,
    );
    results.set(application.id, { ...result, excludedCount });
  }
  const names = new Map(state.applications.map((application) => [application.id, application.consortiumName]));
  const ranking = rankApplications(
    [...results.values()].map((result) => ({
      applicationId: result.applicationId,
      name: names.get(result.applicationId),
      total: result.total,
      byIndicator: result.byIndicator,
    })),
    tieBreakIndicators,
  );
  return ranking.ranked.map((ranked) => {
    const result = results.get(ranked.applicationId)!;
    return {
      applicationId: ranked.applicationId,
      published: {
        rank: ranked.rank,
        tied: ranked.tied,
        rankedCount: ranking.ranked.length,
        validCount: result.validCount,
        excludedCount: result.excludedCount,
        aggregate: result.display.aggregate,
        deduction: result.display.deduction,
        total: result.display.total,
        byIndicator: Object.fromEntries(Object.entries(result.byIndicator).map(([code, score]) => [code, formatScore(score)])),
        explanation: result.explanation,
        note: ranked.note,
      },
    };
  });
}

function presentRows(state: CallReview, results: ComputedResult[], decisions: repo.DecisionRow[], locale: Locale): TResultRow[] {
  const decisionOf = new Map(decisions.map((decision) => [decision.applicationId, decision]));
  const applicationOf = new Map(state.applications.map((application) => [application.id, application]));
  return results.flatMap(({ applicationId, published }) => {
    const application = applicationOf.get(applicationId);
    if (!application) return [];
    const decision = decisionOf.get(applicationId);
    return [
      {
        applicationId,
        consortiumName: application.consortiumName,
        parkName: application.parkName,
        applicantName: application.applicantName,
        rank: published.rank,
        tied: published.tied,
        note: published.note?.[locale] ?? null,
        validCount: published.validCount,
        excludedCount: published.excludedCount,
        aggregate: published.aggregate,
        deduction: published.deduction,
        total: published.total,
        byIndicator: published.byIndicator,
        explanation: published.explanation[locale],
        shortlisted: decision?.shortlisted ?? false,
        recommended: decision?.recommended ?? false,
      },
    ];
  });
}

/** The published results as written at publication, in rank order. */
function publishedResults(decisions: repo.DecisionRow[]): ComputedResult[] {
  return decisions
    .filter((decision) => decision.published)
    .map((decision) => ({ applicationId: decision.applicationId, published: decision.published! }))
    .sort((a, b) => a.published.rank - b.published.rank);
}

export async function getResults(db: Executor, callId: string, locale: Locale): Promise<TResults> {
  const state = await loadCallReview(db, callId);
  const decisions = await repo.decisionsOf(db, callId);
  const results = state.settings.publishedAt ? publishedResults(decisions) : computeResults(state);
  const rows = presentRows(state, results, decisions, locale);
  const authority = await findOrgById(db, state.call.authorityOrgId);
  const byRank = new Map<number, string[]>();
  for (const row of rows.filter((row) => row.tied)) byRank.set(row.rank, [...(byRank.get(row.rank) ?? []), row.applicationId]);
  return {
    call: { id: state.call.id, title: state.call.title, authorityName: authority?.name ?? '' },
    method: state.settings.scoringRule.method,
    methodName: AGGREGATION_METHODS[state.settings.scoringRule.method][locale],
    tieBreakIndicators: state.settings.scoringRule.tieBreakIndicators,
    reviewsPerApplication: state.settings.limits.reviewsPerApplication,
    rows,
    unresolvedTies: [...byRank.values()],
    publishedAt: state.settings.publishedAt?.toISOString() ?? null,
    notice: state.settings.notice,
    version: state.settings.version,
  };
}

export async function setDecisions(db: Executor, actor: Actor, callId: string, input: TResultDecisions): Promise<void> {
  const state = await loadCallReview(db, callId);
  assertNotPublished(state.settings);
  const names = new Map(state.applications.map((application) => [application.id, application.consortiumName]));
  const unknown = input.decisions.findIndex((decision) => !names.has(decision.applicationId));
  if (unknown >= 0) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      {
        path: `decisions.${unknown}.applicationId`,
        message: { 'zh-CN': '不是本次遴选已提交的申报', 'en-US': 'is not a submitted application of this call' },
      },
    ]);
  }
  const wrong = input.decisions.find((decision) => decision.recommended && !decision.shortlisted);
  if (wrong) throw new DomainError('RECOMMENDED_NOT_SHORTLISTED', { application: names.get(wrong.applicationId) });
  await db.transaction(async (tx) => {
    await bumpResultsVersion(tx, callId, input.version, {});
    await repo.upsertDecisions(
      tx,
      input.decisions.map((decision) => ({ ...decision, callId, decidedBy: actor.userId, updatedAt: new Date() })),
    );
    await recordAudit(tx, actor, {
      action: 'selection.results.decide',
      entityType: 'selection_call',
      entityId: callId,
      details: {
        shortlisted: input.decisions.filter((decision) => decision.shortlisted).map((decision) => names.get(decision.applicationId)),
        recommended: input.decisions.filter((decision) => decision.recommended).map((decision) => names.get(decision.applicationId)),
      },
    });
  });
}

export async function publishResults(db: Executor, actor: Actor, callId: string, input: TResultPublish, now: Date): Promise<void> {
  const { version, notice } = input;
  assertNoticeDates(notice);
  const state = await loadCallReview(db, callId);
  assertNotPublished(state.settings);
  const results = computeResults(state);
  const decisions = new Map((await repo.decisionsOf(db, callId)).map((decision) => [decision.applicationId, decision]));
  await db.transaction(async (tx) => {
    await bumpResultsVersion(tx, callId, version, { publishedAt: now, publishedBy: actor.userId, notice });
    await repo.upsertDecisions(
      tx,
      results.map(({ applicationId, published }) => ({
        applicationId,
        callId,
        shortlisted: decisions.get(applicationId)?.shortlisted ?? false,
        recommended: decisions.get(applicationId)?.recommended ?? false,
        published,
        decidedBy: decisions.get(applicationId)?.decidedBy ?? actor.userId,
        updatedAt: now,
      })),
    );
    await recordAudit(tx, actor, {
      action: 'selection.results.publish',
      entityType: 'selection_call',
      entityId: callId,
      details: {
        title: state.call.title,
        notice,
        method: state.settings.scoringRule.method,
        tieBreak: state.settings.scoringRule.tieBreakIndicators,
        ranking: results.map(({ applicationId, published }) => ({ applicationId, rank: published.rank, total: published.total })),
      },
    });
    const applicationOf = new Map(state.applications.map((application) => [application.id, application]));
    await noticeResultsPublished(
      tx,
      actor,
      state.call,
      results.flatMap(({ applicationId, published }) => {
        const application = applicationOf.get(applicationId);
        const decision = decisions.get(applicationId);
        return application
          ? [
              {
                applicationId,
                consortiumName: application.consortiumName,
                applicantOrgId: application.applicantOrgId,
                rank: published.rank,
                shortlisted: decision?.shortlisted ?? false,
                recommended: decision?.recommended ?? false,
              },
            ]
          : [];
      }),
    );
  });
}

/** The applicant's own published result; comments without names when the call shows them. */
export async function getApplicantResult(db: Executor, applicationId: string, locale: Locale): Promise<TApplicantResult> {
  const decision = await repo.findDecision(db, applicationId);
  const state = decision ? await loadCallReview(db, decision.callId) : null;
  if (!decision?.published || !state?.settings.publishedAt) throw new DomainError('RESULT_NOT_PUBLISHED');
  const application = state.applications.find((entry) => entry.id === applicationId);
  const valid = state.reviews.filter((review) => review.applicationId === applicationId && isValidReview(review, state.conflicts));
  const published = decision.published;
  return {
    applicationId,
    consortiumName: application?.consortiumName ?? '',
    callTitle: state.call.title,
    publishedAt: state.settings.publishedAt.toISOString(),
    rank: published.rank,
    rankedCount: published.rankedCount,
    aggregate: published.aggregate,
    deduction: published.deduction,
    total: published.total,
    shortlisted: decision.shortlisted,
    recommended: decision.recommended,
    comments: state.settings.commentsVisibleToApplicants
      ? valid.map((review, index) => ({
          label: anonymousLabel(index, locale),
          overall: review.overallComment,
          byIndicator: review.indicatorComments,
        }))
      : null,
  };
}

/**
 * The 公示 for everyone: the 培育名单 as written at publication (rank, name, park, total, recommendation), the
 * notice's 文号, 落款 and 公示期, and whom to contact with an objection. Not found until the results are published.
 */
export async function getPublicResults(db: Executor, callId: string, today: string): Promise<TPublicResults> {
  const state = await loadCallReview(db, callId);
  const { publishedAt, notice } = state.settings;
  if (!publishedAt || !notice) throw notFound(CALL_ENTITY);
  const applicationOf = new Map(state.applications.map((application) => [application.id, application]));
  const decisions = await repo.decisionsOf(db, callId);
  const decisionOf = new Map(decisions.map((decision) => [decision.applicationId, decision]));
  const authority = await findOrgById(db, state.call.authorityOrgId);
  return {
    call: { id: state.call.id, title: state.call.title, documentNumber: state.call.documentNumber, authorityName: authority?.name ?? '' },
    publishedAt: publishedAt.toISOString(),
    notice,
    publicityOver: publicityOver(notice, today),
    entries: publishedResults(decisions).flatMap(({ applicationId, published }) => {
      const application = applicationOf.get(applicationId);
      const decision = decisionOf.get(applicationId);
      if (!application || !decision?.shortlisted) return [];
      return [
        {
          rank: published.rank,
          tied: published.tied,
          consortiumName: application.consortiumName,
          parkName: application.parkName,
          total: published.total,
          recommended: decision.recommended,
        },
      ];
    }),
  };
}
