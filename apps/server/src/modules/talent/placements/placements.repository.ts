/** SQL of the placement offers, the schools' take-ups and the teachers' practice. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { talentJobs } from '../jobs/jobs.table.js';
import { talentPlacementOffers, talentPlacementTakeUps, talentTeacherPractices } from './placements.table.js';

export type OfferInsert = typeof talentPlacementOffers.$inferInsert;
export type TakeUpInsert = typeof talentPlacementTakeUps.$inferInsert;
export type PracticeInsert = typeof talentTeacherPractices.$inferInsert;

const org = organizationDirectory();

export async function listOffers(db: Executor, bodyId: string) {
  return db
    .select({ offer: talentPlacementOffers, orgName: org.name, jobPosition: talentJobs.position })
    .from(talentPlacementOffers)
    .innerJoin(org, eq(org.id, talentPlacementOffers.orgId))
    .leftJoin(talentJobs, eq(talentJobs.id, talentPlacementOffers.jobId))
    .where(eq(talentPlacementOffers.bodyId, bodyId))
    .orderBy(asc(talentPlacementOffers.startsOn), asc(org.name), asc(talentPlacementOffers.position), asc(talentPlacementOffers.id));
}

export async function takeUpsOf(db: Executor, offerIds: string[]) {
  if (offerIds.length === 0) return [];
  return db
    .select({ takeUp: talentPlacementTakeUps, schoolName: org.name })
    .from(talentPlacementTakeUps)
    .innerJoin(org, eq(org.id, talentPlacementTakeUps.schoolOrgId))
    .where(inArray(talentPlacementTakeUps.offerId, offerIds))
    .orderBy(asc(talentPlacementTakeUps.createdAt), asc(talentPlacementTakeUps.id));
}

export async function listPractices(db: Executor, bodyId: string) {
  const school = organizationDirectory('school');
  return db
    .select({ practice: talentTeacherPractices, schoolName: school.name, enterpriseName: org.name })
    .from(talentTeacherPractices)
    .innerJoin(school, eq(school.id, talentTeacherPractices.schoolOrgId))
    .innerJoin(org, eq(org.id, talentTeacherPractices.enterpriseOrgId))
    .where(eq(talentTeacherPractices.bodyId, bodyId))
    .orderBy(asc(talentTeacherPractices.startsOn), asc(talentTeacherPractices.id));
}

export async function findOffer(db: Executor, offerId: string) {
  const [row] = await db.select().from(talentPlacementOffers).where(eq(talentPlacementOffers.id, offerId));
  return row;
}

export async function findTakeUp(db: Executor, takeUpId: string) {
  const [row] = await db.select().from(talentPlacementTakeUps).where(eq(talentPlacementTakeUps.id, takeUpId));
  return row;
}

export async function findPractice(db: Executor, practiceId: string) {
  const [row] = await db.select().from(talentTeacherPractices).where(eq(talentTeacherPractices.id, practiceId));
  return row;
}

/** Students already taken on an offer; read inside the writing transaction after locking the offer. */
export async function studentsTaken(db: Executor, offerId: string) {
  const [row] = await db
    .select({ taken: sql<number>`coalesce(sum(${talentPlacementTakeUps.students}), 0)::int` })
    .from(talentPlacementTakeUps)
    .where(eq(talentPlacementTakeUps.offerId, offerId));
  return row?.taken ?? 0;
}

export async function lockOffer(db: Executor, offerId: string) {
  await db.select({ id: talentPlacementOffers.id }).from(talentPlacementOffers).where(eq(talentPlacementOffers.id, offerId)).for('update');
}

export async function insertOffer(db: Executor, values: OfferInsert) {
  const [row] = await db.insert(talentPlacementOffers).values(values).returning();
  return row!;
}

export async function insertTakeUp(db: Executor, values: TakeUpInsert) {
  const [row] = await db.insert(talentPlacementTakeUps).values(values).returning();
  return row!;
}

export async function insertPractice(db: Executor, values: PracticeInsert) {
  const [row] = await db.insert(talentTeacherPractices).values(values).returning();
  return row!;
}

export async function deleteOffer(db: Executor, offerId: string) {
  await db.delete(talentPlacementOffers).where(eq(talentPlacementOffers.id, offerId));
}

export async function deleteTakeUp(db: Executor, takeUpId: string) {
  await db.delete(talentPlacementTakeUps).where(eq(talentPlacementTakeUps.id, takeUpId));
}

export async function deletePractice(db: Executor, practiceId: string) {
  await db.delete(talentTeacherPractices).where(eq(talentTeacherPractices.id, practiceId));
}

export async function jobOf(db: Executor, bodyId: string, jobId: string) {
  const [row] = await db
    .select({ orgId: talentJobs.orgId, position: talentJobs.position })
    .from(talentJobs)
    .where(and(eq(talentJobs.id, jobId), eq(talentJobs.bodyId, bodyId)));
  return row;
}
