/** The selection's deadlines for the daily reminders job. */
import { and, between, count, eq, gte, inArray, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { selectionApplications } from '../applications/applications.table.js';
import { selectionCalls } from '../calls/calls.table.js';
import { reviews, reviewSettings } from '../reviews/reviews.table.js';

/** Applications still being filled in (drafts, and those returned for correction) of open calls closing in [start, end). */
export async function unsubmittedApplicationsClosingBetween(db: Executor, start: Date, end: Date) {
  return db
    .select({
      applicationId: selectionApplications.id,
      applicationName: selectionApplications.consortiumName,
      applicantOrgId: selectionApplications.applicantOrgId,
      callId: selectionCalls.id,
      callTitle: selectionCalls.title,
      deadlineAt: selectionCalls.deadlineAt,
    })
    .from(selectionApplications)
    .innerJoin(selectionCalls, eq(selectionCalls.id, selectionApplications.callId))
    .where(
      and(
        eq(selectionCalls.status, 'open'),
        inArray(selectionApplications.status, ['draft', 'returned']),
        gte(selectionCalls.deadlineAt, start),
        lt(selectionCalls.deadlineAt, end),
      ),
    );
}

/**
 * Per expert and call, the assigned reviews not yet submitted, of calls whose results are not published and whose
 * scores are due between the two dates (Asia/Shanghai days).
 */
export async function unscoredReviewsDueBetween(db: Executor, from: string, to: string) {
  return db
    .select({
      callId: selectionCalls.id,
      callTitle: selectionCalls.title,
      expertId: reviews.expertId,
      dueOn: reviewSettings.scoresDueOn,
      pending: count(),
    })
    .from(reviews)
    .innerJoin(reviewSettings, eq(reviewSettings.callId, reviews.callId))
    .innerJoin(selectionCalls, eq(selectionCalls.id, reviews.callId))
    .where(and(eq(reviews.status, 'assigned'), isNull(reviewSettings.publishedAt), between(reviewSettings.scoresDueOn, from, to)))
    .groupBy(selectionCalls.id, selectionCalls.title, reviews.expertId, reviewSettings.scoresDueOn) as Promise<
    { callId: string; callTitle: string; expertId: string; dueOn: string; pending: number }[]
  >;
}
