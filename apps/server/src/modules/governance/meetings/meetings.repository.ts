/** SQL of meetings, their agenda and attendance. Ballots and the register are in votes.repository.ts. */
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lte, max, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { agendaItems, meetingAttendance, meetings } from './meetings.table.js';
import { outerColumn } from '../../../kernel/db/outer-column.js';
import { organizationDirectory } from '../../organizations/index.js';
import { bodyMembershipDirectory } from '../../bodies/index.js';

const org = organizationDirectory();
const membership = bodyMembershipDirectory();

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingInsert = typeof meetings.$inferInsert;
export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type AgendaItemInsert = typeof agendaItems.$inferInsert;
export type AttendanceRow = typeof meetingAttendance.$inferSelect;

export async function findMeeting(db: Executor, bodyId: string, meetingId: string): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.bodyId, bodyId)))
    .limit(1);
  return row;
}

export async function insertMeeting(db: Executor, values: MeetingInsert): Promise<MeetingRow> {
  const [row] = await db.insert(meetings).values(values).returning();
  return row!;
}

/** Optimistic locking: applies only if nobody changed the meeting since `version`. */
export async function updateMeetingAtVersion(db: Executor, id: string, version: number, values: Partial<MeetingInsert>) {
  const [row] = await db
    .update(meetings)
    .set({ ...values, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(meetings.id, id), eq(meetings.version, version)))
    .returning();
  return row;
}

export async function listMeetings(db: Executor, bodyId: string) {
  const itemCount = sql<number>`(select count(*)::int from ${agendaItems} where ${agendaItems.meetingId} = ${outerColumn(meetings.id)})`;
  const rows = await db
    .select({ meeting: meetings, itemCount })
    .from(meetings)
    .where(eq(meetings.bodyId, bodyId))
    .orderBy(desc(meetings.heldOn), desc(meetings.createdAt));
  return rows.map((row) => ({ ...row.meeting, itemCount: Number(row.itemCount) }));
}

/** The next meeting still to be held: the earliest scheduled one on or after `today`. */
export async function findNextScheduledMeeting(db: Executor, bodyId: string, today: string) {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.bodyId, bodyId), eq(meetings.status, 'scheduled'), gte(meetings.heldOn, today)))
    .orderBy(asc(meetings.heldOn), asc(meetings.createdAt))
    .limit(1);
  return row;
}

export async function listAgendaItems(db: Executor, meetingId: string) {
  return db
    .select({ item: agendaItems, subjectOrgName: org.name })
    .from(agendaItems)
    .leftJoin(org, eq(org.id, agendaItems.subjectOrgId))
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
}

export async function findAgendaItem(db: Executor, meetingId: string, itemId: string) {
  const [row] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)))
    .limit(1);
  return row;
}

/** The item locked against a concurrent change of its vote state until the transaction ends. */
export async function lockAgendaItem(db: Executor, itemId: string, mode: 'share' | 'update') {
  const [row] = await db.select().from(agendaItems).where(eq(agendaItems.id, itemId)).for(mode).limit(1);
  return row;
}

/** Appends an item at the end of the meeting's agenda. */
export async function appendAgendaItem(db: Executor, values: Omit<AgendaItemInsert, 'position'>): Promise<AgendaItemRow> {
  const [last] = await db
    .select({ position: max(agendaItems.position) })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, values.meetingId));
  const [row] = await db
    .insert(agendaItems)
    .values({ ...values, position: (last?.position ?? 0) + 1 })
    .returning();
  return row!;
}

export async function updateAgendaItem(db: Executor, itemId: string, values: Partial<AgendaItemInsert>, whenStatus?: string) {
  const [row] = await db
    .update(agendaItems)
    .set(values)
    .where(and(eq(agendaItems.id, itemId), whenStatus ? eq(agendaItems.voteStatus, whenStatus) : undefined))
    .returning();
  return row;
}

export async function countOpenVotes(db: Executor, meetingId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.voteStatus, 'open')));
  return Number(row?.total ?? 0);
}

/** The body's next resolution number, read under the body's lock so two closings cannot take the same one. */
export async function nextResolutionNo(db: Executor, bodyId: string): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`resolution:${bodyId}`}))`);
  const [row] = await db
    .select({ last: max(agendaItems.resolutionNo) })
    .from(agendaItems)
    .where(eq(agendaItems.bodyId, bodyId));
  return (row?.last ?? 0) + 1;
}

/** Member units of the body on a day: joined on or before it and not left before it. */
function memberOnDay(bodyId: string, day: string) {
  return and(eq(membership.bodyId, bodyId), lte(membership.joinedOn, day), or(isNull(membership.leftOn), gte(membership.leftOn, day)));
}

export async function membersOnDay(db: Executor, bodyId: string, day: string) {
  // DISTINCT orders only by what it selects, so the name's sort key is selected too and dropped after.
  const rows = await db
    .selectDistinct({ orgId: org.id, orgName: org.name, orgSortKey: org.nameSortKey, joinedOn: membership.joinedOn })
    .from(membership)
    .innerJoin(org, eq(org.id, membership.orgId))
    .where(memberOnDay(bodyId, day))
    .orderBy(asc(membership.joinedOn), asc(org.nameSortKey), asc(org.name));
  return rows.map(({ orgSortKey: _orgSortKey, ...member }) => member);
}

/**
 * The electorate of a vote opened now for a meeting held on `day` (章程第八条, 第十七条): the units that were
 * members that day and did not leave on or before it — a unit expelled by an earlier item of the same sitting
 * votes no more, and a sitting recorded afterwards counts the members of its own day, not today's.
 */
export async function electorateOn(db: Executor, bodyId: string, day: string): Promise<string[]> {
  const rows = await db
    .select({ orgId: membership.orgId })
    .from(membership)
    .where(and(eq(membership.bodyId, bodyId), lte(membership.joinedOn, day), or(isNull(membership.leftOn), gt(membership.leftOn, day))));
  return [...new Set(rows.map((row) => row.orgId))];
}

/** The current member units. */
export async function currentMemberOrgIds(db: Executor, bodyId: string): Promise<string[]> {
  const rows = await db
    .select({ orgId: membership.orgId })
    .from(membership)
    .where(and(eq(membership.bodyId, bodyId), isNull(membership.leftOn)));
  return rows.map((row) => row.orgId);
}

export async function listAttendance(db: Executor, meetingId: string): Promise<AttendanceRow[]> {
  return db.select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId));
}

export async function upsertAttendance(db: Executor, rows: (typeof meetingAttendance.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db
    .insert(meetingAttendance)
    .values(rows)
    .onConflictDoUpdate({
      target: [meetingAttendance.meetingId, meetingAttendance.orgId],
      set: {
        status: sql`excluded.status`,
        representativeName: sql`excluded.representative_name`,
        representativeRole: sql`excluded.representative_role`,
        note: sql`excluded.note`,
        recordedAt: sql`excluded.recorded_at`,
      },
    });
}

export async function countPresentAmong(db: Executor, meetingId: string, orgIds: string[]): Promise<number> {
  if (orgIds.length === 0) return 0;
  const [row] = await db
    .select({ total: count() })
    .from(meetingAttendance)
    .where(
      and(eq(meetingAttendance.meetingId, meetingId), eq(meetingAttendance.status, 'present'), inArray(meetingAttendance.orgId, orgIds)),
    );
  return Number(row?.total ?? 0);
}

export async function findAttendance(db: Executor, meetingId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(meetingAttendance)
    .where(and(eq(meetingAttendance.meetingId, meetingId), eq(meetingAttendance.orgId, orgId)))
    .limit(1);
  return row;
}

/** Every recorded attendance of the body's meetings, oldest meeting first, for the absence rule. */
export async function attendanceHistory(db: Executor, bodyId: string) {
  return db
    .select({
      meetingId: meetings.id,
      heldOn: meetings.heldOn,
      orgId: meetingAttendance.orgId,
      status: meetingAttendance.status,
    })
    .from(meetingAttendance)
    .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
    .where(eq(meetings.bodyId, bodyId))
    .orderBy(asc(meetings.heldOn), asc(meetings.createdAt));
}

/** Every meeting of the body with its date, whether attendance was recorded or not. */
export async function meetingsOfBody(db: Executor, bodyId: string) {
  return db
    .select({ id: meetings.id, heldOn: meetings.heldOn })
    .from(meetings)
    .where(eq(meetings.bodyId, bodyId))
    .orderBy(asc(meetings.heldOn), asc(meetings.createdAt));
}

export async function meetingsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: meetings.id, title: meetings.title, heldOn: meetings.heldOn }).from(meetings).where(inArray(meetings.id, ids));
}
