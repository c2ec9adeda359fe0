/** All SQL of reviews: settings, assignments, scores, score changes, site visits, and what they read of applications. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { users } from '../../../kernel/auth/auth.table.js';
import { selectionApplications, selectionApplicationUnits } from '../applications/applications.table.js';
import { selectionCalls } from '../calls/calls.table.js';
import { reviews, reviewScores, reviewSettings, scoreChanges, siteVisits } from './reviews.table.js';
import { resultDecisions } from '../results/results.table.js';
import { organizationDirectory } from '../../organizations/index.js';

const org = organizationDirectory();

export type ReviewRow = typeof reviews.$inferSelect;
export type SettingsRow = typeof reviewSettings.$inferSelect;
export type ScoreChangeRow = typeof scoreChanges.$inferSelect;
export type SiteVisitRow = typeof siteVisits.$inferSelect;

export async function findSettings(db: Executor, callId: string): Promise<SettingsRow | undefined> {
  const [row] = await db.select().from(reviewSettings).where(eq(reviewSettings.callId, callId)).limit(1);
  return row;
}

/** Inserts the first settings of a call; false when another request did first. */
export async function insertSettings(db: Executor, values: typeof reviewSettings.$inferInsert): Promise<boolean> {
  const rows = await db.insert(reviewSettings).values(values).onConflictDoNothing().returning({ callId: reviewSettings.callId });
  return rows.length === 1;
}

/** Updates when the stored version is `version`; returns whether it did. */
export async function updateSettingsAtVersion(
  db: Executor,
  callId: string,
  version: number,
  changes: Partial<typeof reviewSettings.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(reviewSettings)
    .set({ ...changes, version: sql`${reviewSettings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(reviewSettings.callId, callId), eq(reviewSettings.version, version)))
    .returning({ callId: reviewSettings.callId });
  return rows.length === 1;
}

export interface ReviewableApplication {
  id: string;
  callId: string;
  consortiumName: string;
  parkName: string;
  status: string;
  applicantOrgId: string;
  applicantName: string;
}

const applicationColumns = {
  id: selectionApplications.id,
  callId: selectionApplications.callId,
  consortiumName: selectionApplications.consortiumName,
  parkName: selectionApplications.parkName,
  status: selectionApplications.status,
  applicantOrgId: selectionApplications.applicantOrgId,
  applicantName: org.name,
};

/** The applications of a call that are up for review: submitted ones. */
export async function submittedApplications(db: Executor, callId: string): Promise<ReviewableApplication[]> {
  return db
    .select(applicationColumns)
    .from(selectionApplications)
    .innerJoin(org, eq(org.id, selectionApplications.applicantOrgId))
    .where(and(eq(selectionApplications.callId, callId), eq(selectionApplications.status, 'submitted')))
    .orderBy(asc(selectionApplications.submittedAt), asc(selectionApplications.id));
}

export async function findReviewableApplication(db: Executor, id: string): Promise<ReviewableApplication | undefined> {
  const [row] = await db
    .select(applicationColumns)
    .from(selectionApplications)
    .innerJoin(org, eq(org.id, selectionApplications.applicantOrgId))
    .where(eq(selectionApplications.id, id))
    .limit(1);
  return row;
}

const unitColumns = {
  applicationId: selectionApplicationUnits.applicationId,
  place: selectionApplicationUnits.place,
  position: selectionApplicationUnits.position,
  orgId: selectionApplicationUnits.orgId,
  name: selectionApplicationUnits.name,
  uscc: selectionApplicationUnits.uscc,
};

export interface UnitRow {
  applicationId: string;
  place: string;
  position: number;
  orgId: string | null;
  name: string;
  uscc: string | null;
}

/** Every unit the applications name (lead units, secretariat, member-table rows), for conflicts. */
export async function unitsOfApplications(db: Executor, applicationIds: string[]): Promise<UnitRow[]> {
  if (applicationIds.length === 0) return [];
  return db.select(unitColumns).from(selectionApplicationUnits).where(inArray(selectionApplicationUnits.applicationId, applicationIds));
}

type UnitTuple = [place: string, position: number, orgId: string | null, name: string, uscc: string | null];

/** The units of every submitted application of a call, read as one JSON list per application (thousands of rows otherwise). */
export async function unitsOfSubmitted(db: Executor, callId: string): Promise<UnitRow[]> {
  const u = selectionApplicationUnits;
  const rows = await db
    .select({
      applicationId: u.applicationId,
      units: sql<UnitTuple[]>`json_agg(json_build_array(${u.place}, ${u.position}, ${u.orgId}, ${u.name}, ${u.uscc}))`,
    })
    .from(u)
    .innerJoin(selectionApplications, eq(selectionApplications.id, u.applicationId))
    .where(and(eq(selectionApplications.callId, callId), eq(selectionApplications.status, 'submitted')))
    .groupBy(u.applicationId);
  return rows.flatMap(({ applicationId, units }) =>
    units.map(([place, position, orgId, name, uscc]) => ({ applicationId, place, position, orgId, name, uscc })),
  );
}

export interface ReviewListRow extends ReviewRow {
  expertName: string;
  callTitle: string;
  consortiumName: string;
  parkName: string;
}

function reviewListQuery(db: Executor) {
  return db
    .select({
      review: reviews,
      expertName: users.displayName,
      callTitle: selectionCalls.title,
      consortiumName: selectionApplications.consortiumName,
      parkName: selectionApplications.parkName,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.expertId))
    .innerJoin(selectionCalls, eq(selectionCalls.id, reviews.callId))
    .innerJoin(selectionApplications, eq(selectionApplications.id, reviews.applicationId));
}

type ListResult = { review: ReviewRow; expertName: string; callTitle: string; consortiumName: string; parkName: string };
const flatten = ({ review, ...rest }: ListResult): ReviewListRow => ({ ...review, ...rest });

export async function reviewsOfCall(db: Executor, callId: string): Promise<ReviewListRow[]> {
  const rows = await reviewListQuery(db).where(eq(reviews.callId, callId)).orderBy(asc(reviews.createdAt), asc(reviews.id));
  return rows.map(flatten);
}

export async function reviewsOfExpert(db: Executor, expertId: string): Promise<ReviewListRow[]> {
  const rows = await reviewListQuery(db)
    .where(eq(reviews.expertId, expertId))
    .orderBy(asc(selectionCalls.deadlineAt), asc(reviews.createdAt));
  return rows.map(flatten);
}

export async function reviewsOfApplication(db: Executor, applicationId: string): Promise<ReviewListRow[]> {
  const rows = await reviewListQuery(db).where(eq(reviews.applicationId, applicationId)).orderBy(asc(reviews.createdAt), asc(reviews.id));
  return rows.map(flatten);
}

export async function findReview(db: Executor, id: string): Promise<ReviewListRow | undefined> {
  const [row] = await reviewListQuery(db).where(eq(reviews.id, id)).limit(1);
  return row ? flatten(row) : undefined;
}

export async function insertReviews(db: Executor, values: (typeof reviews.$inferInsert)[]): Promise<void> {
  // Inserted in slices: a statement has at most 65,535 parameters.
  for (let start = 0; start < values.length; start += 500) await db.insert(reviews).values(values.slice(start, start + 500));
}

export async function deleteReview(db: Executor, id: string): Promise<void> {
  await db.delete(reviewScores).where(eq(reviewScores.reviewId, id));
  await db.delete(reviews).where(eq(reviews.id, id));
}

export async function updateReviewAtVersion(
  db: Executor,
  id: string,
  version: number,
  changes: Partial<typeof reviews.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(reviews)
    .set({ ...changes, version: sql`${reviews.version} + 1`, updatedAt: new Date() })
    .where(and(eq(reviews.id, id), eq(reviews.version, version)))
    .returning({ id: reviews.id });
  return rows.length === 1;
}

export interface ScoreRow {
  reviewId: string;
  pointId: string;
  score: number;
}

export async function scoresOf(db: Executor, reviewIds: string[]): Promise<ScoreRow[]> {
  if (reviewIds.length === 0) return [];
  return db
    .select({ reviewId: reviewScores.reviewId, pointId: reviewScores.pointId, score: reviewScores.score })
    .from(reviewScores)
    .where(inArray(reviewScores.reviewId, reviewIds));
}

/**
 * The scores of every review of a call as one row per review ({ pointId: score }): a call of 200 applications
 * has some 16,000 scores, and one JSON object per review reads several times faster than a row per score.
 */
export async function scoresOfCall(db: Executor, callId: string): Promise<{ reviewId: string; scores: Record<string, number> }[]> {
  return db
    .select({
      reviewId: reviewScores.reviewId,
      scores: sql<Record<string, number>>`json_object_agg(${reviewScores.pointId}, ${reviewScores.score})`,
    })
    .from(reviewScores)
    .innerJoin(reviews, eq(reviews.id, reviewScores.reviewId))
    .where(eq(reviews.callId, callId))
    .groupBy(reviewScores.reviewId);
}

export async function replaceScores(db: Executor, reviewId: string, scores: { pointId: string; score: number }[]): Promise<void> {
  await db.delete(reviewScores).where(eq(reviewScores.reviewId, reviewId));
  if (scores.length > 0) await db.insert(reviewScores).values(scores.map((score) => ({ ...score, reviewId })));
}

export async function insertScoreChanges(db: Executor, values: (typeof scoreChanges.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await db.insert(scoreChanges).values(values);
}

export async function changesOf(db: Executor, reviewId: string) {
  return db
    .select({ change: scoreChanges, changedByName: users.displayName })
    .from(scoreChanges)
    .leftJoin(users, eq(users.id, scoreChanges.changedBy))
    .where(eq(scoreChanges.reviewId, reviewId))
    .orderBy(asc(scoreChanges.changedAt), asc(scoreChanges.id));
}

export async function siteVisitsOf(db: Executor, applicationId: string) {
  return db
    .select({ visit: siteVisits, recordedByName: users.displayName })
    .from(siteVisits)
    .leftJoin(users, eq(users.id, siteVisits.recordedBy))
    .where(eq(siteVisits.applicationId, applicationId))
    .orderBy(asc(siteVisits.visitedOn), asc(siteVisits.createdAt));
}

export async function insertSiteVisit(db: Executor, values: typeof siteVisits.$inferInsert): Promise<SiteVisitRow> {
  const [row] = await db.insert(siteVisits).values(values).returning();
  return row!;
}

/** Reviews an expert still has to submit, with the call's title, for the dashboard. */
export async function pendingReviewCount(db: Executor, expertId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(reviews)
    .where(and(eq(reviews.expertId, expertId), eq(reviews.status, 'assigned')));
  return row?.count ?? 0;
}

/** Applications of these organisations whose call's results are published. */
export async function publishedResultsOf(db: Executor, applicantOrgIds: string[]) {
  if (applicantOrgIds.length === 0) return [];
  return (
    db
      .select({
        applicationId: selectionApplications.id,
        consortiumName: selectionApplications.consortiumName,
        callTitle: selectionCalls.title,
        publishedAt: reviewSettings.publishedAt,
      })
      .from(selectionApplications)
      .innerJoin(selectionCalls, eq(selectionCalls.id, selectionApplications.callId))
      .innerJoin(reviewSettings, eq(reviewSettings.callId, selectionApplications.callId))
      // A result exists only for what was ranked: an application never submitted gets no "结果已发布" card.
      .innerJoin(resultDecisions, eq(resultDecisions.applicationId, selectionApplications.id))
      .where(
        and(
          inArray(selectionApplications.applicantOrgId, applicantOrgIds),
          sql`${reviewSettings.publishedAt} is not null`,
          sql`${resultDecisions.published} is not null`,
        ),
      )
  );
}
