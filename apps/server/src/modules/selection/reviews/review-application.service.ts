/**
 * An expert and the 推荐书 they score: only their own assignments exist for them, and an application they
 * are conflicted with (回避) stays closed — its content, its Word export and its supporting material alike.
 */
import type { TReview } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import type { ApplicationRow } from '../applications/applications.repository.js';
import { currentFile } from '../applications/applications.repository.js';
import { presentMaterial } from '../applications/materials.service.js';
import type { CallRow } from '../calls/calls.repository.js';
import { conflictKey } from '../experts/conflicts.rules.js';
import { callConflicts } from '../experts/conflicts.service.js';
import { REVIEW_ENTITY } from './assignment.service.js';
import * as repo from './reviews.repository.js';

export async function requireOwnReview(db: Executor, expertId: string, reviewId: string): Promise<repo.ReviewListRow> {
  const review = await repo.findReview(db, reviewId);
  // Another expert's review is reported as absent: experts see only their own assignments.
  if (!review || review.expertId !== expertId) throw notFound(REVIEW_ENTITY);
  return review;
}

export async function isConflicted(db: Executor, review: repo.ReviewRow): Promise<boolean> {
  const conflicts = await callConflicts(db, review.callId, [review.applicationId], [review.expertId]);
  return conflicts.pairs.has(conflictKey(review.expertId, review.applicationId));
}

/** The application of the expert's own review, refused while the expert is conflicted with it. */
export async function requireReadableApplication(db: Executor, expertId: string, reviewId: string): Promise<repo.ReviewListRow> {
  const review = await requireOwnReview(db, expertId, reviewId);
  if (await isConflicted(db, review)) throw new DomainError('REVIEW_APPLICATION_HIDDEN', { application: review.consortiumName });
  return review;
}

/** The 推荐书 as the score sheet shows it: content, the call's limits its fields display, the material's index. */
export async function readableApplication(
  db: Executor,
  application: ApplicationRow,
  call: CallRow,
): Promise<NonNullable<TReview['application']>> {
  const material = await currentFile(db, application.id, 'supporting_material');
  return {
    id: application.id,
    consortiumName: application.consortiumName,
    parkName: application.parkName,
    content: application.content,
    textLimits: call.textLimits,
    limits: call.limits,
    material: material ? presentMaterial(material) : null,
  };
}
