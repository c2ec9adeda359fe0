/** SQL of activities, their participants, outcomes and evidence. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { fileBlobs, keepAttachedUploads } from '../../../kernel/files/index.js';
import { activities, activityEvidence, activityOutcomes, activityParticipants } from './activities.table.js';
import { outerColumn } from '../../../kernel/db/outer-column.js';
import { organizationDirectory } from '../../organizations/index.js';
import { bodyDirectory, bodyMembershipDirectory } from '../../bodies/index.js';

const org = organizationDirectory();
const body = bodyDirectory();
const membership = bodyMembershipDirectory();

export type ActivityRow = typeof activities.$inferSelect;
export type ActivityInsert = typeof activities.$inferInsert;
export type ParticipantInsert = typeof activityParticipants.$inferInsert;
export const ACTIVITY_EVIDENCE_KIND = 'activity_evidence';

/** An activity with its organiser's name and its registration counts. */
function activityListing(db: Executor) {
  return db
    .select({
      activity: activities,
      organiserName: org.name,
      registeredCount: sql<number>`(select count(*)::int from ${activityParticipants} where ${activityParticipants.activityId} = ${outerColumn(activities.id)})`,
      unitCount: sql<number>`(select count(distinct ${activityParticipants.orgId})::int from ${activityParticipants} where ${activityParticipants.activityId} = ${outerColumn(activities.id)})`,
      attendedCount: sql<number>`(select count(*)::int from ${activityParticipants} where ${activityParticipants.activityId} = ${outerColumn(activities.id)} and ${activityParticipants.attended})`,
    })
    .from(activities)
    .leftJoin(org, eq(org.id, activities.organiserOrgId));
}
export type ActivityListingRow = Awaited<ReturnType<ReturnType<typeof activityListing>['execute']>>[number];

export async function listActivities(db: Executor, bodyId: string): Promise<ActivityListingRow[]> {
  return activityListing(db).where(eq(activities.bodyId, bodyId)).orderBy(desc(activities.startOn), asc(activities.id));
}

export async function findActivityListing(db: Executor, bodyId: string, activityId: string): Promise<ActivityListingRow | undefined> {
  const [row] = await activityListing(db).where(and(eq(activities.id, activityId), eq(activities.bodyId, bodyId)));
  return row;
}

export async function insertActivity(db: Executor, values: ActivityInsert): Promise<ActivityRow> {
  const [row] = await db.insert(activities).values(values).returning();
  return row!;
}

/** Optimistic locking: applies only if nobody changed the activity since `version`. */
export async function updateActivityAtVersion(db: Executor, id: string, version: number, values: Partial<ActivityInsert>) {
  const [row] = await db
    .update(activities)
    .set({ ...values, version: sql`${activities.version} + 1` })
    .where(and(eq(activities.id, id), eq(activities.version, version)))
    .returning();
  return row;
}

/** Serialises registrations of one activity, so two units cannot both take the last place. */
export async function lockActivity(db: Executor, id: string) {
  await db.select({ id: activities.id }).from(activities).where(eq(activities.id, id)).for('update');
}

export async function countRegistered(db: Executor, activityId: string, orgId: string) {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      unit: sql<number>`(count(*) filter (where ${activityParticipants.orgId} = ${orgId}))::int`,
    })
    .from(activityParticipants)
    .where(eq(activityParticipants.activityId, activityId));
  return { total: row?.total ?? 0, unit: row?.unit ?? 0 };
}

export async function insertParticipants(db: Executor, values: ParticipantInsert[]) {
  return db.insert(activityParticipants).values(values).returning({ id: activityParticipants.id });
}

export async function listParticipants(db: Executor, activityId: string) {
  return db
    .select({ participant: activityParticipants, orgName: org.name })
    .from(activityParticipants)
    .innerJoin(org, eq(org.id, activityParticipants.orgId))
    .where(eq(activityParticipants.activityId, activityId))
    .orderBy(asc(org.nameSortKey), asc(org.name), asc(activityParticipants.createdAt), asc(activityParticipants.id));
}

export async function findParticipant(db: Executor, activityId: string, participantId: string) {
  const [row] = await db
    .select()
    .from(activityParticipants)
    .where(and(eq(activityParticipants.id, participantId), eq(activityParticipants.activityId, activityId)))
    .limit(1);
  return row;
}

/** The organisation a participant belongs to, for the route's scope check. */
export async function findParticipantScope(db: Executor, participantId: string) {
  const [row] = await db
    .select({ bodyId: activities.bodyId, orgId: activityParticipants.orgId })
    .from(activityParticipants)
    .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
    .where(eq(activityParticipants.id, participantId))
    .limit(1);
  return row;
}

export async function deleteParticipant(db: Executor, participantId: string): Promise<boolean> {
  const removed = await db
    .delete(activityParticipants)
    .where(eq(activityParticipants.id, participantId))
    .returning({ id: activityParticipants.id });
  return removed.length > 0;
}

/** Sets attendance of the listed participants of this activity; returns how many matched. */
export async function setAttendance(
  db: Executor,
  activityId: string,
  entries: { participantId: string; attended: boolean }[],
): Promise<number> {
  let matched = 0;
  for (const attended of [true, false]) {
    const ids = entries.filter((entry) => entry.attended === attended).map((entry) => entry.participantId);
    if (ids.length === 0) continue;
    const updated = await db
      .update(activityParticipants)
      .set({ attended })
      .where(and(eq(activityParticipants.activityId, activityId), inArray(activityParticipants.id, ids)))
      .returning({ id: activityParticipants.id });
    matched += updated.length;
  }
  return matched;
}

export async function insertOutcome(db: Executor, values: typeof activityOutcomes.$inferInsert) {
  const [row] = await db.insert(activityOutcomes).values(values).returning();
  return row!;
}

export async function listOutcomes(db: Executor, activityId: string) {
  return db
    .select({ outcome: activityOutcomes, orgName: org.name, participantName: activityParticipants.name })
    .from(activityOutcomes)
    .leftJoin(org, eq(org.id, activityOutcomes.orgId))
    .leftJoin(activityParticipants, eq(activityParticipants.id, activityOutcomes.participantId))
    .where(eq(activityOutcomes.activityId, activityId))
    .orderBy(asc(activityOutcomes.createdAt), asc(activityOutcomes.id));
}

export async function listEvidenceOf(db: Executor, outcomeIds: string[]) {
  if (outcomeIds.length === 0) return [];
  return db
    .select({
      outcomeId: activityEvidence.outcomeId,
      id: fileBlobs.id,
      filename: fileBlobs.filename,
      size: sql<number>`octet_length(${fileBlobs.content})`,
    })
    .from(activityEvidence)
    .innerJoin(fileBlobs, eq(fileBlobs.id, activityEvidence.fileId))
    .where(inArray(activityEvidence.outcomeId, outcomeIds))
    .orderBy(asc(fileBlobs.filename));
}

/** Evidence the user uploaded, has not attached yet and that has not expired; attaching keeps it. */
export async function attachEvidence(db: Executor, outcomeId: string, fileIds: string[], ownerUserId: string): Promise<number> {
  const kept = await keepAttachedUploads(db, {
    fileIds,
    ownerUserId,
    kind: ACTIVITY_EVIDENCE_KIND,
    link: { table: activityEvidence, fileId: activityEvidence.fileId },
  });
  if (kept.length > 0) await db.insert(activityEvidence).values(kept.map((fileId) => ({ outcomeId, fileId })));
  return kept.length;
}

export async function findEvidenceOfBody(db: Executor, bodyId: string, fileId: string) {
  const [row] = await db
    .select({ filename: fileBlobs.filename, contentType: fileBlobs.contentType, content: fileBlobs.content })
    .from(activityEvidence)
    .innerJoin(fileBlobs, eq(fileBlobs.id, activityEvidence.fileId))
    .innerJoin(activityOutcomes, eq(activityOutcomes.id, activityEvidence.outcomeId))
    .innerJoin(activities, eq(activities.id, activityOutcomes.activityId))
    .where(and(eq(activityEvidence.fileId, fileId), eq(activities.bodyId, bodyId)))
    .limit(1);
  return row;
}

/**
 * Participation of each unit that was a member at some point of `year`, in that year's activities (by start
 * date, cancelled ones left out): activities it sent people to, people registered and present, awards won.
 */
export async function participationOfYear(db: Executor, bodyId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const ofYear = and(
    eq(activities.bodyId, bodyId),
    sql`${activities.startOn} between ${from} and ${to}`,
    sql`${activities.status} <> 'cancelled'`,
  );
  const sent = db
    .select({
      orgId: activityParticipants.orgId,
      activities: sql<number>`count(distinct ${activityParticipants.activityId})::int`.as('activities'),
      registered: sql<number>`count(*)::int`.as('registered'),
      attended: sql<number>`(count(*) filter (where ${activityParticipants.attended}))::int`.as('attended'),
    })
    .from(activityParticipants)
    .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
    .where(ofYear)
    .groupBy(activityParticipants.orgId)
    .as('sent');
  const won = db
    .select({
      orgId: sql<string>`coalesce(${activityOutcomes.orgId}, ${activityParticipants.orgId})`.as('won_org_id'),
      awards: sql<number>`count(*)::int`.as('awards'),
    })
    .from(activityOutcomes)
    .innerJoin(activities, eq(activities.id, activityOutcomes.activityId))
    .leftJoin(activityParticipants, eq(activityParticipants.id, activityOutcomes.participantId))
    .where(and(ofYear, eq(activityOutcomes.kind, 'award')))
    .groupBy(sql`coalesce(${activityOutcomes.orgId}, ${activityParticipants.orgId})`)
    .as('won');
  return db
    .selectDistinctOn([org.nameSortKey, org.name, org.id], {
      orgId: org.id,
      orgName: org.name,
      activities: sql<number>`coalesce(${sent.activities}, 0)`,
      registered: sql<number>`coalesce(${sent.registered}, 0)`,
      attended: sql<number>`coalesce(${sent.attended}, 0)`,
      awards: sql<number>`coalesce(${won.awards}, 0)`,
    })
    .from(membership)
    .innerJoin(org, eq(org.id, membership.orgId))
    .leftJoin(sent, eq(sent.orgId, membership.orgId))
    .leftJoin(won, eq(won.orgId, membership.orgId))
    .where(
      and(
        eq(membership.bodyId, bodyId),
        sql`${membership.joinedOn} <= ${to}`,
        sql`(${membership.leftOn} is null or ${membership.leftOn} >= ${from})`,
      ),
    )
    .orderBy(asc(org.nameSortKey), asc(org.name), asc(org.id));
}

/**
 * One unit's participation in every body's activities, all years together, per body and kind (cancelled
 * activities left out): what its member profile shows. An award counts for the unit it names, or else for the
 * unit of the participant who won it.
 */
export async function participationOfOrg(db: Executor, orgId: string) {
  const counted = sql`${activities.status} <> 'cancelled'`;
  const [sent, won] = await Promise.all([
    db
      .select({
        bodyId: activities.bodyId,
        bodyName: body.name,
        kind: activities.kind,
        activities: sql<number>`count(distinct ${activityParticipants.activityId})::int`,
        registered: sql<number>`count(*)::int`,
        attended: sql<number>`(count(*) filter (where ${activityParticipants.attended}))::int`,
      })
      .from(activityParticipants)
      .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
      .innerJoin(body, eq(body.id, activities.bodyId))
      .where(and(eq(activityParticipants.orgId, orgId), counted))
      .groupBy(activities.bodyId, body.name, activities.kind),
    db
      .select({ bodyId: activities.bodyId, bodyName: body.name, kind: activities.kind, awards: sql<number>`count(*)::int` })
      .from(activityOutcomes)
      .innerJoin(activities, eq(activities.id, activityOutcomes.activityId))
      .innerJoin(body, eq(body.id, activities.bodyId))
      .leftJoin(activityParticipants, eq(activityParticipants.id, activityOutcomes.participantId))
      .where(
        and(
          eq(activityOutcomes.kind, 'award'),
          counted,
          sql`coalesce(${activityOutcomes.orgId}, ${activityParticipants.orgId}) = ${orgId}`,
        ),
      )
      .groupBy(activities.bodyId, body.name, activities.kind),
  ]);
  return { sent, won };
}
