/**
 * An expert's side of the review: the assigned applications, the score sheet per observation point with
 * comments and the deduction, submission, and changes after submission — each kept with who, when, from → to and
 * why. Other experts' scores and the running average stay hidden until the expert has submitted their own.
 */
import type { Locale, TReview, TReviewSummary, TScoreSave } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, type FieldProblem } from '../../../kernel/errors.js';
import { requireApplication } from '../applications/applications.service.js';
import { requireCall } from '../calls/calls.service.js';
import { conflictKey } from '../experts/conflicts.rules.js';
import { callConflicts, declareConflict } from '../experts/conflicts.service.js';
import { presentSystem, requireSystem } from '../indicators/indicators.service.js';
import { pointsOf } from '../indicators/indicators.repository.js';
import { anonymousLabel } from './anonymous-label.js';
import { isValidReview, sheetOf, sheetPoints, sheetsOf } from './call-review.js';
import { assertNotPublished, settingsOf } from './review-settings.service.js';
import * as repo from './reviews.repository.js';
import { deductionAboveMax, scoreChanges, scoreProblems, unscoredPoints } from './scoring.rules.js';
import { isConflicted, readableApplication, requireOwnReview } from './review-application.service.js';
import { presentSiteVisit } from './site-visits.service.js';

const shown = (value: number) => value.toFixed(2);

export async function listMyReviews(db: Executor, expertId: string): Promise<{ items: TReviewSummary[] }> {
  const reviews = await repo.reviewsOfExpert(db, expertId);
  const items: TReviewSummary[] = [];
  for (const callId of new Set(reviews.map((review) => review.callId))) {
    const own = reviews.filter((review) => review.callId === callId);
    const call = await requireCall(db, callId);
    const [conflicts, sheets] = await Promise.all([
      callConflicts(
        db,
        callId,
        own.map((review) => review.applicationId),
        [expertId],
      ),
      pointsOf(db, call.indicatorSystemId).then((points) => sheetsOf(db, sheetPoints(points), own)),
    ]);
    for (const review of own) {
      items.push({
        id: review.id,
        callId,
        callTitle: review.callTitle,
        applicationId: review.applicationId,
        consortiumName: review.consortiumName,
        parkName: review.parkName,
        status: review.status as 'assigned' | 'submitted',
        conflicted: conflicts.pairs.has(conflictKey(expertId, review.applicationId)),
        submittedAt: review.submittedAt?.toISOString() ?? null,
        total: shown(sheets.get(review.id)!.total),
      });
    }
  }
  return { items };
}

export async function getMyReview(db: Executor, expertId: string, reviewId: string, locale: Locale): Promise<TReview> {
  const review = await requireOwnReview(db, expertId, reviewId);
  const call = await requireCall(db, review.callId);
  const [application, system, points, settings, history, visits] = await Promise.all([
    requireApplication(db, review.applicationId),
    requireSystem(db, call.indicatorSystemId),
    pointsOf(db, call.indicatorSystemId),
    settingsOf(db, review.callId),
    repo.changesOf(db, review.id),
    repo.siteVisitsOf(db, review.applicationId),
  ]);
  const sheetDefinition = sheetPoints(points);
  const siblings = await repo.reviewsOfApplication(db, review.applicationId);
  const sheets = await sheetsOf(db, sheetDefinition, siblings);
  const own = sheets.get(review.id)!;
  const conflicts = await callConflicts(
    db,
    review.callId,
    [review.applicationId],
    siblings.map((sibling) => sibling.expertId),
  );
  const conflicted = conflicts.pairs.has(conflictKey(expertId, review.applicationId));
  const submitted = review.status === 'submitted';
  const valid = siblings.filter((sibling) => isValidReview(sibling, conflicts));
  const average =
    valid.length > 0 ? valid.reduce((sum, sibling) => sum + Math.round(sheets.get(sibling.id)!.total * 100), 0) / valid.length / 100 : null;
  const editable = !settings.publishedAt && !conflicted;
  return {
    id: review.id,
    callId: review.callId,
    callTitle: review.callTitle,
    applicationId: review.applicationId,
    consortiumName: review.consortiumName,
    parkName: review.parkName,
    status: review.status as 'assigned' | 'submitted',
    conflicted,
    submittedAt: review.submittedAt?.toISOString() ?? null,
    total: shown(own.total),
    application: conflicted ? null : await readableApplication(db, application, call),
    points: presentSystem(system, points).points,
    scores: Object.fromEntries(
      points.filter((point) => point.kind === 'score').map((point) => [point.code, own.scores[point.code] ?? null]),
    ),
    indicatorComments: review.indicatorComments,
    overallComment: review.overallComment,
    deduction: review.deduction,
    deductionReason: review.deductionReason,
    version: review.version,
    history: history.map(({ change, changedByName }) => ({
      field: change.field,
      from: change.fromValue,
      to: change.toValue,
      reason: change.reason,
      changedBy: changedByName ?? '',
      changedAt: change.changedAt.toISOString(),
    })),
    siteVisits: visits.map(presentSiteVisit),
    panel: submitted
      ? {
          scores: siblings.map((sibling, index) => ({
            label: anonymousLabel(index, locale),
            own: sibling.id === review.id,
            status: sibling.status as 'assigned' | 'submitted',
            total: sibling.status === 'submitted' ? shown(sheets.get(sibling.id)!.total) : null,
            byIndicator:
              sibling.status === 'submitted'
                ? Object.fromEntries(Object.entries(sheets.get(sibling.id)!.byIndicator).map(([code, value]) => [code, shown(value)]))
                : {},
          })),
          average: average === null ? null : shown(average),
        }
      : null,
    abilities: { edit: editable, submit: editable && !submitted },
  };
}

function sheetFieldProblems(points: ReturnType<typeof sheetPoints>, input: TScoreSave): FieldProblem[] {
  const problems: FieldProblem[] = scoreProblems(points, input.scores).map((problem) => ({
    path: `scores.${problem.code}`,
    message:
      problem.kind === 'unknown'
        ? bilingual(`观测点 ${problem.code} 不在本次遴选的指标体系中`, `observation point ${problem.code} is not in this call’s indicators`)
        : bilingual(
            `观测点 ${problem.code} 的得分 ${input.scores[problem.code]} 超过最高分 ${problem.max}，请在 0–${problem.max} 之间评分`,
            `point ${problem.code}: ${input.scores[problem.code]} exceeds the maximum ${problem.max}; score between 0 and ${problem.max}`,
          ),
  }));
  const deductionMax = deductionAboveMax(points, input.deduction);
  if (deductionMax !== null) {
    problems.push({
      path: 'deduction',
      message: bilingual(
        `扣分 ${input.deduction} 超过 7.其他 的上限 ${deductionMax}`,
        `the deduction ${input.deduction} exceeds the limit of 7. other, ${deductionMax}`,
      ),
    });
  }
  if (input.deduction > 0 && !input.deductionReason) {
    problems.push({
      path: 'deductionReason',
      message: bilingual('有扣分时须写明扣分理由（附件1 7.其他）', 'give the reason for a deduction (annex 1, 7. other)'),
    });
  }
  return problems;
}

export async function saveMyScores(db: Executor, actor: Actor, expertId: string, reviewId: string, input: TScoreSave): Promise<void> {
  const review = await requireOwnReview(db, expertId, reviewId);
  assertNotPublished(await settingsOf(db, review.callId));
  // A conflicted expert must recuse: no draft either, not only no submission (their sheet would still be read).
  if (await isConflicted(db, review)) {
    throw new DomainError('SCORES_CONFLICTED', {
      application: review.consortiumName,
      evidence: bilingual('已登记回避', 'conflict recorded'),
    });
  }
  const call = await requireCall(db, review.callId);
  const points = await pointsOf(db, call.indicatorSystemId);
  const definition = sheetPoints(points);
  const problems = sheetFieldProblems(definition, input);
  if (problems.length > 0) throw new DomainError('SCORE_ABOVE_MAX', { count: problems.length }, problems);
  const submitted = review.status === 'submitted';
  const before = (await sheetsOf(db, definition, [review])).get(review.id)!;
  const changes = submitted
    ? scoreChanges(
        { scores: before.scores, deduction: review.deduction },
        { scores: input.scores, deduction: input.deduction },
        points.map((point) => point.code),
      )
    : [];
  if (submitted && changes.length > 0 && !input.changeReason) throw new DomainError('SCORE_CHANGE_REASON_REQUIRED');
  if (submitted && unscoredPoints(definition, input.scores).length > 0) {
    throw new DomainError('REVIEW_INCOMPLETE', {
      count: unscoredPoints(definition, input.scores).length,
      points: unscoredPoints(definition, input.scores).join('、'),
    });
  }
  const pointIds = new Map(points.map((point) => [point.code, point.id]));
  await db.transaction(async (tx) => {
    const saved = await repo.updateReviewAtVersion(tx, review.id, input.version, {
      indicatorComments: input.indicatorComments,
      overallComment: input.overallComment ?? null,
      deduction: input.deduction,
      deductionReason: input.deductionReason ?? null,
    });
    if (!saved) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findReview(tx, review.id))?.version ?? '?' });
    await repo.replaceScores(
      tx,
      review.id,
      Object.entries(input.scores).flatMap(([code, score]) =>
        score === null || score === undefined ? [] : [{ pointId: pointIds.get(code)!, score }],
      ),
    );
    await repo.insertScoreChanges(
      tx,
      changes.map((change) => ({
        reviewId: review.id,
        field: change.field,
        fromValue: change.from,
        toValue: change.to,
        reason: input.changeReason!,
        changedBy: actor.userId,
      })),
    );
    await recordAudit(tx, actor, {
      action: submitted ? 'selection.review.score_change' : 'selection.review.score_draft',
      entityType: 'selection_review',
      entityId: review.id,
      details: submitted ? { changes, reason: input.changeReason } : { total: sheetOf(definition, input.scores, input.deduction).total },
    });
  });
}

export async function submitMyReview(
  db: Executor,
  actor: Actor,
  expertId: string,
  reviewId: string,
  version: number,
  now: Date,
): Promise<void> {
  const review = await requireOwnReview(db, expertId, reviewId);
  assertNotPublished(await settingsOf(db, review.callId));
  if (await isConflicted(db, review)) {
    throw new DomainError('REVIEW_CONFLICTED', {
      expert: review.expertName,
      application: review.consortiumName,
      evidence: bilingual('已登记回避', 'conflict recorded'),
    });
  }
  const call = await requireCall(db, review.callId);
  const definition = sheetPoints(await pointsOf(db, call.indicatorSystemId));
  const sheet = (await sheetsOf(db, definition, [review])).get(review.id)!;
  const missing = unscoredPoints(definition, sheet.scores);
  if (missing.length > 0) throw new DomainError('REVIEW_INCOMPLETE', { count: missing.length, points: missing.join('、') });
  if (review.deduction > 0 && !review.deductionReason) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      {
        path: 'deductionReason',
        message: bilingual('有扣分时须写明扣分理由（附件1 7.其他）', 'give the reason for a deduction (annex 1, 7. other)'),
      },
    ]);
  }
  if (review.status === 'submitted') return;
  await db.transaction(async (tx) => {
    const saved = await repo.updateReviewAtVersion(tx, review.id, version, { status: 'submitted', submittedAt: now });
    if (!saved) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findReview(tx, review.id))?.version ?? '?' });
    await recordAudit(tx, actor, {
      action: 'selection.review.submit',
      entityType: 'selection_review',
      entityId: review.id,
      details: { applicationId: review.applicationId, total: sheet.total, byIndicator: sheet.byIndicator, deduction: review.deduction },
    });
  });
}

/** The expert states a conflict with an application assigned to them (回避); their score no longer counts. */
export async function declareMyConflict(db: Executor, actor: Actor, expertId: string, reviewId: string, reason: string): Promise<void> {
  const review = await requireOwnReview(db, expertId, reviewId);
  await declareConflict(db, actor, review.callId, expertId, { applicationId: review.applicationId, reason });
}
