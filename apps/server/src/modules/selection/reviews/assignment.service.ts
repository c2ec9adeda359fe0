/**
 * The review board of a call and assignment: by hand, one expert to one application, or automatically —
 * every submitted application gets K reviews, no expert more than L, loads balanced, never a conflicted pair
 * (assignment.rules.ts does the maths and says why a plan is impossible).
 */
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type Bilingual,
  type Locale,
  type TManualAssignment,
  type TReviewBoard,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { APPLICATION_ENTITY } from '../applications/applications.service.js';
import { assignmentError, assignReviews } from './assignment.rules.js';
import { conflictKey } from '../experts/conflicts.rules.js';
import { conflictError, presentConflicts } from '../experts/conflicts.service.js';
import { expertsWithAffiliations, requireExpert } from '../experts/experts.service.js';
import { type CallReview, isValidReview, loadCallReview } from './call-review.js';
import { assertNotPublished } from './review-settings.service.js';
import { noticeReviewsAssigned } from '../messages/selection-messages.js';
import * as repo from './reviews.repository.js';

export const REVIEW_ENTITY = bilingual('评审任务', 'review');

const shownTotal = (total: number | undefined) => (total === undefined ? null : total.toFixed(2));

export function namesOf(state: CallReview): Map<string, string> {
  const names = new Map<string, string>();
  for (const expert of state.panel) names.set(expert.id, expert.displayName);
  for (const review of state.reviews) names.set(review.expertId, review.expertName);
  for (const application of state.applications) names.set(application.id, application.consortiumName);
  return names;
}

export async function presentBoard(db: Executor, state: CallReview, locale: Locale): Promise<TReviewBoard> {
  const panel = await expertsWithAffiliations(db, state.panel);
  const byApplication = new Map<string, repo.ReviewListRow[]>();
  for (const review of state.reviews) byApplication.set(review.applicationId, [...(byApplication.get(review.applicationId) ?? []), review]);
  return {
    call: { id: state.call.id, title: state.call.title, status: state.call.status },
    settings: {
      scoringRule: state.settings.scoringRule,
      limits: state.settings.limits,
      commentsVisibleToApplicants: state.settings.commentsVisibleToApplicants,
      scoresDueOn: state.settings.scoresDueOn,
    },
    version: state.settings.version,
    panel: panel.map((expert) => {
      const own = state.reviews.filter((review) => review.expertId === expert.id);
      return { ...expert, load: own.length, submitted: own.filter((review) => review.status === 'submitted').length };
    }),
    applications: state.applications.map((application) => {
      const reviews = byApplication.get(application.id) ?? [];
      return {
        id: application.id,
        consortiumName: application.consortiumName,
        parkName: application.parkName,
        applicantName: application.applicantName,
        reviews: reviews.map((review) => ({
          id: review.id,
          expertId: review.expertId,
          expertName: review.expertName,
          status: review.status as 'assigned' | 'submitted',
          source: review.source as 'manual' | 'automatic',
          conflicted: state.conflicts.pairs.has(conflictKey(review.expertId, review.applicationId)),
          total: review.status === 'submitted' ? shownTotal(state.sheets.get(review.id)?.total) : null,
        })),
        validCount: reviews.filter((review) => isValidReview(review, state.conflicts)).length,
      };
    }),
    conflicts: presentConflicts(state.conflicts, namesOf(state), locale),
    published: state.settings.publishedAt !== null,
  };
}

export async function getBoard(db: Executor, callId: string, locale: Locale): Promise<TReviewBoard> {
  return presentBoard(db, await loadCallReview(db, callId), locale);
}

export async function assignByHand(db: Executor, actor: Actor, callId: string, input: TManualAssignment): Promise<void> {
  const state = await loadCallReview(db, callId);
  assertNotPublished(state.settings);
  const expert = state.panel.find((member) => member.id === input.expertId);
  const application = await repo.findReviewableApplication(db, input.applicationId);
  if (!application || application.callId !== callId) throw notFound(APPLICATION_ENTITY);
  if (!expert) throw new DomainError('EXPERT_NOT_ON_PANEL', { expert: (await requireExpert(db, input.expertId)).displayName });
  if (application.status !== 'submitted') {
    throw new DomainError('APPLICATION_NOT_REVIEWABLE', {
      application: application.consortiumName,
      status: APPLICATION_STATUSES[application.status as ApplicationStatus],
    });
  }
  const evidence = state.conflicts.byPair.get(conflictKey(expert.id, application.id));
  if (evidence) throw conflictError(expert.displayName, application.consortiumName, evidence);
  if (state.reviews.some((review) => review.expertId === expert.id && review.applicationId === application.id)) {
    throw new DomainError('REVIEW_ALREADY_ASSIGNED', { expert: expert.displayName, application: application.consortiumName });
  }
  await db.transaction(async (tx) => {
    await repo.insertReviews(tx, [
      { callId, applicationId: application.id, expertId: expert.id, source: 'manual', assignedBy: actor.userId },
    ]);
    await recordAudit(tx, actor, {
      action: 'selection.review.assign',
      entityType: 'selection_application',
      entityId: application.id,
      details: { callId, expertId: expert.id, source: 'manual' },
    });
    await noticeReviewsAssigned(tx, actor, state.call, [expert.id], application.id);
  });
}

/**
 * Fills every submitted application up to K reviews from the panel. Existing assignments are kept and count;
 * when no plan exists, nothing is written and the error says why.
 */
export async function assignAutomatically(
  db: Executor,
  actor: Actor,
  callId: string,
  seed?: string,
): Promise<{ added: number; explanation: Bilingual }> {
  const state = await loadCallReview(db, callId);
  assertNotPublished(state.settings);
  const applicationIds = state.applications.map((application) => application.id);
  const outcome = assignReviews({
    applicationIds,
    expertIds: state.panel.map((expert) => expert.id),
    conflicts: state.conflicts.pairs,
    existing: state.reviews.filter((review) => applicationIds.includes(review.applicationId)),
    limits: state.settings.limits,
    seed: seed ?? callId,
    names: namesOf(state),
  });
  if (!outcome.feasible) throw assignmentError(outcome.reason);
  await db.transaction(async (tx) => {
    await repo.insertReviews(
      tx,
      outcome.added.map((pair) => ({ callId, ...pair, source: 'automatic', assignedBy: actor.userId })),
    );
    await recordAudit(tx, actor, {
      action: 'selection.review.assign_automatic',
      entityType: 'selection_call',
      entityId: callId,
      details: { added: outcome.added.length, spread: outcome.spread, limits: state.settings.limits, seed: seed ?? callId },
    });
    await noticeReviewsAssigned(
      tx,
      actor,
      state.call,
      outcome.added.map((pair) => pair.expertId),
    );
  });
  return { added: outcome.added.length, explanation: outcome.explanation };
}

/** Takes back an assignment not yet scored; a submitted review stays (record a conflict to exclude it). */
export async function unassign(db: Executor, actor: Actor, reviewId: string): Promise<void> {
  const review = await repo.findReview(db, reviewId);
  if (!review) throw notFound(REVIEW_ENTITY);
  const state = await loadCallReview(db, review.callId);
  assertNotPublished(state.settings);
  if (review.status === 'submitted') {
    throw new DomainError('REVIEW_SUBMITTED', { expert: review.expertName, application: review.consortiumName });
  }
  await db.transaction(async (tx) => {
    await repo.deleteReview(tx, reviewId);
    await recordAudit(tx, actor, {
      action: 'selection.review.unassign',
      entityType: 'selection_application',
      entityId: review.applicationId,
      details: { callId: review.callId, expertId: review.expertId },
    });
  });
}
