/** SQL of applications, withdrawals, expulsions, certificates and notices. */
import { and, asc, count, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../../kernel/db/database.js';
import { meetings } from '../meetings/meetings.table.js';
import {
  expulsionProposals,
  governanceNotices,
  membershipApplications,
  membershipCertificates,
  withdrawalRequests,
} from './membership.table.js';
import { organizationDirectory } from '../../organizations/index.js';
import { bodyDirectory, bodyMembershipDirectory } from '../../bodies/index.js';

const org = organizationDirectory();
const body = bodyDirectory();
const membership = bodyMembershipDirectory();

export type ApplicationRow = typeof membershipApplications.$inferSelect;
export type WithdrawalRow = typeof withdrawalRequests.$inferSelect;
export type ExpulsionRow = typeof expulsionProposals.$inferSelect;
export type CertificateRow = typeof membershipCertificates.$inferSelect;
export type NoticeRow = typeof governanceNotices.$inferSelect;

/** Names that every case shows beside it: the body, the unit, and the meeting deciding it. */
const caseNames = {
  bodyName: body.name,
  orgName: org.name,
  meetingTitle: meetings.title,
  meetingHeldOn: meetings.heldOn,
};
export interface CaseNames {
  bodyName: string;
  orgName: string;
  meetingTitle: string | null;
  meetingHeldOn: string | null;
}

// ——— applications ———

export async function insertApplication(db: Executor, values: typeof membershipApplications.$inferInsert) {
  const [row] = await db.insert(membershipApplications).values(values).returning();
  return row!;
}

export async function findApplication(db: Executor, bodyId: string, id: string) {
  const [row] = await db
    .select()
    .from(membershipApplications)
    .where(and(eq(membershipApplications.id, id), eq(membershipApplications.bodyId, bodyId)))
    .limit(1);
  return row;
}

export async function findOpenApplication(db: Executor, bodyId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(membershipApplications)
    .where(
      and(
        eq(membershipApplications.bodyId, bodyId),
        eq(membershipApplications.orgId, orgId),
        inArray(membershipApplications.status, ['submitted', 'on_agenda']),
      ),
    )
    .limit(1);
  return row;
}

/** Moves an application on, only from the state it was read in and at the version the user saw. */
export async function updateApplication(
  db: Executor,
  id: string,
  from: { status: string; version?: number },
  values: Partial<typeof membershipApplications.$inferInsert>,
) {
  const [row] = await db
    .update(membershipApplications)
    .set({ ...values, version: sql`${membershipApplications.version} + 1` })
    .where(
      and(
        eq(membershipApplications.id, id),
        eq(membershipApplications.status, from.status),
        from.version === undefined ? undefined : eq(membershipApplications.version, from.version),
      ),
    )
    .returning();
  return row;
}

export async function listApplications(db: Executor, filter: { bodyId?: string; orgId?: string }) {
  return db
    .select({ row: membershipApplications, ...caseNames })
    .from(membershipApplications)
    .innerJoin(body, eq(body.id, membershipApplications.bodyId))
    .innerJoin(org, eq(org.id, membershipApplications.orgId))
    .leftJoin(meetings, eq(meetings.id, membershipApplications.meetingId))
    .where(
      and(
        filter.bodyId ? eq(membershipApplications.bodyId, filter.bodyId) : undefined,
        filter.orgId ? eq(membershipApplications.orgId, filter.orgId) : undefined,
      ),
    )
    .orderBy(desc(membershipApplications.submittedAt));
}

export async function countApplicationsAwaitingReview(db: Executor, bodyId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(membershipApplications)
    .where(and(eq(membershipApplications.bodyId, bodyId), eq(membershipApplications.status, 'submitted')));
  return Number(row?.total ?? 0);
}

// ——— withdrawals ———

export async function insertWithdrawal(db: Executor, values: typeof withdrawalRequests.$inferInsert) {
  const [row] = await db.insert(withdrawalRequests).values(values).returning();
  return row!;
}

export async function findWithdrawal(db: Executor, bodyId: string, id: string) {
  const [row] = await db
    .select()
    .from(withdrawalRequests)
    .where(and(eq(withdrawalRequests.id, id), eq(withdrawalRequests.bodyId, bodyId)))
    .limit(1);
  return row;
}

export async function findOpenWithdrawal(db: Executor, bodyId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(withdrawalRequests)
    .where(
      and(
        eq(withdrawalRequests.bodyId, bodyId),
        eq(withdrawalRequests.orgId, orgId),
        inArray(withdrawalRequests.status, ['submitted', 'receipt_confirmed', 'on_agenda', 'approved']),
      ),
    )
    .limit(1);
  return row;
}

export async function updateWithdrawal(
  db: Executor,
  id: string,
  from: { status: string; version?: number },
  values: Partial<typeof withdrawalRequests.$inferInsert>,
) {
  const [row] = await db
    .update(withdrawalRequests)
    .set({ ...values, version: sql`${withdrawalRequests.version} + 1` })
    .where(
      and(
        eq(withdrawalRequests.id, id),
        eq(withdrawalRequests.status, from.status),
        from.version === undefined ? undefined : eq(withdrawalRequests.version, from.version),
      ),
    )
    .returning();
  return row;
}

export async function listWithdrawals(db: Executor, filter: { bodyId?: string; orgId?: string }) {
  return db
    .select({ row: withdrawalRequests, ...caseNames })
    .from(withdrawalRequests)
    .innerJoin(body, eq(body.id, withdrawalRequests.bodyId))
    .innerJoin(org, eq(org.id, withdrawalRequests.orgId))
    .leftJoin(meetings, eq(meetings.id, withdrawalRequests.meetingId))
    .where(
      and(
        filter.bodyId ? eq(withdrawalRequests.bodyId, filter.bodyId) : undefined,
        filter.orgId ? eq(withdrawalRequests.orgId, filter.orgId) : undefined,
      ),
    )
    .orderBy(desc(withdrawalRequests.submittedAt));
}

export async function countWithdrawalsByStatus(db: Executor, bodyId: string, status: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(withdrawalRequests)
    .where(and(eq(withdrawalRequests.bodyId, bodyId), eq(withdrawalRequests.status, status)));
  return Number(row?.total ?? 0);
}

// ——— expulsions ———

export async function insertExpulsion(db: Executor, values: typeof expulsionProposals.$inferInsert) {
  const [row] = await db.insert(expulsionProposals).values(values).returning();
  return row!;
}

export async function findExpulsion(db: Executor, bodyId: string, id: string) {
  const [row] = await db
    .select()
    .from(expulsionProposals)
    .where(and(eq(expulsionProposals.id, id), eq(expulsionProposals.bodyId, bodyId)))
    .limit(1);
  return row;
}

export async function openExpulsions(db: Executor, bodyId: string) {
  return db
    .select()
    .from(expulsionProposals)
    .where(and(eq(expulsionProposals.bodyId, bodyId), inArray(expulsionProposals.status, ['proposed', 'on_agenda'])));
}

export async function updateExpulsion(
  db: Executor,
  id: string,
  from: { status: string; version?: number },
  values: Partial<typeof expulsionProposals.$inferInsert>,
) {
  const [row] = await db
    .update(expulsionProposals)
    .set({ ...values, version: sql`${expulsionProposals.version} + 1` })
    .where(
      and(
        eq(expulsionProposals.id, id),
        eq(expulsionProposals.status, from.status),
        from.version === undefined ? undefined : eq(expulsionProposals.version, from.version),
      ),
    )
    .returning();
  return row;
}

export async function listExpulsions(db: Executor, bodyId: string) {
  return db
    .select({ row: expulsionProposals, ...caseNames })
    .from(expulsionProposals)
    .innerJoin(body, eq(body.id, expulsionProposals.bodyId))
    .innerJoin(org, eq(org.id, expulsionProposals.orgId))
    .leftJoin(meetings, eq(meetings.id, expulsionProposals.meetingId))
    .where(eq(expulsionProposals.bodyId, bodyId))
    .orderBy(desc(expulsionProposals.proposedAt));
}

/** The unit's most recent expulsion from the body, for the ban of 第二十一条(五). */
export async function latestExpulsion(db: Executor, bodyId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(expulsionProposals)
    .where(and(eq(expulsionProposals.bodyId, bodyId), eq(expulsionProposals.orgId, orgId), eq(expulsionProposals.status, 'expelled')))
    .orderBy(desc(expulsionProposals.decidedOn))
    .limit(1);
  return row;
}

// ——— certificates and notices ———

export async function nextCertificateSerial(db: Executor, bodyId: string): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`certificate:${bodyId}`}))`);
  const [row] = await db
    .select({ last: max(membershipCertificates.serial) })
    .from(membershipCertificates)
    .where(eq(membershipCertificates.bodyId, bodyId));
  return (row?.last ?? 0) + 1;
}

export async function insertCertificate(db: Executor, values: typeof membershipCertificates.$inferInsert) {
  const [row] = await db.insert(membershipCertificates).values(values).returning();
  return row!;
}

export async function findValidCertificate(db: Executor, bodyId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(membershipCertificates)
    .where(
      and(eq(membershipCertificates.bodyId, bodyId), eq(membershipCertificates.orgId, orgId), isNull(membershipCertificates.returnedOn)),
    )
    .limit(1);
  return row;
}

export async function findCertificate(db: Executor, bodyId: string, id: string) {
  const [row] = await db
    .select({ row: membershipCertificates, orgName: org.name, bodyName: body.name })
    .from(membershipCertificates)
    .innerJoin(org, eq(org.id, membershipCertificates.orgId))
    .innerJoin(body, eq(body.id, membershipCertificates.bodyId))
    .where(and(eq(membershipCertificates.id, id), eq(membershipCertificates.bodyId, bodyId)))
    .limit(1);
  return row;
}

export async function markCertificateReturned(db: Executor, bodyId: string, orgId: string, returnedOn: string) {
  return db
    .update(membershipCertificates)
    .set({ returnedOn })
    .where(
      and(eq(membershipCertificates.bodyId, bodyId), eq(membershipCertificates.orgId, orgId), isNull(membershipCertificates.returnedOn)),
    )
    .returning();
}

/** Current founding units (共同发起单位, members by right with no application) that hold no valid certificate. */
export async function foundingMembersWithoutCertificate(db: Executor, bodyId: string): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: org.id, name: org.name })
    .from(membership)
    .innerJoin(org, eq(org.id, membership.orgId))
    .where(
      and(
        eq(membership.bodyId, bodyId),
        eq(membership.isFounding, true),
        isNull(membership.leftOn),
        sql`not exists (select 1 from ${membershipCertificates} where ${membershipCertificates.bodyId} = ${bodyId} and ${membershipCertificates.orgId} = ${membership.orgId} and ${membershipCertificates.returnedOn} is null)`,
      ),
    )
    .orderBy(asc(membership.listOrder), asc(membership.joinedOn), asc(org.nameSortKey), asc(org.name));
}

export async function listCertificates(db: Executor, filter: { bodyId?: string; orgId?: string }) {
  return db
    .select({ row: membershipCertificates, orgName: org.name, bodyName: body.name })
    .from(membershipCertificates)
    .innerJoin(org, eq(org.id, membershipCertificates.orgId))
    .innerJoin(body, eq(body.id, membershipCertificates.bodyId))
    .where(
      and(
        filter.bodyId ? eq(membershipCertificates.bodyId, filter.bodyId) : undefined,
        filter.orgId ? eq(membershipCertificates.orgId, filter.orgId) : undefined,
      ),
    )
    .orderBy(asc(membershipCertificates.serial));
}

export async function insertNotice(db: Executor, values: typeof governanceNotices.$inferInsert) {
  const [row] = await db.insert(governanceNotices).values(values).returning();
  return row!;
}

export async function listNotices(db: Executor, bodyId: string) {
  return db
    .select({ row: governanceNotices, orgName: org.name })
    .from(governanceNotices)
    .innerJoin(org, eq(org.id, governanceNotices.orgId))
    .where(eq(governanceNotices.bodyId, bodyId))
    .orderBy(desc(governanceNotices.publishedOn), desc(governanceNotices.createdAt));
}

/** What waits for the secretariat of a body, counted in one round trip (the dashboard reads it often). */
export async function secretariatTodoCounts(db: Executor, bodyId: string, today: string) {
  const result = await db.execute(sql`
    select
      (select count(*)::int from ${membershipApplications}
        where ${membershipApplications.bodyId} = ${bodyId} and ${membershipApplications.status} = 'submitted') as applications,
      (select count(*)::int from ${withdrawalRequests}
        where ${withdrawalRequests.bodyId} = ${bodyId} and ${withdrawalRequests.status} = 'submitted') as receipts,
      (select count(*)::int from ${withdrawalRequests}
        where ${withdrawalRequests.bodyId} = ${bodyId} and ${withdrawalRequests.status} = 'approved'
          and ${withdrawalRequests.effectiveOn} <= ${today}) as due_withdrawals,
      (select count(*)::int from ${expulsionProposals}
        where ${expulsionProposals.bodyId} = ${bodyId} and ${expulsionProposals.status} = 'proposed') as proposals,
      (select count(*)::int from ${expulsionProposals}
        where ${expulsionProposals.bodyId} = ${bodyId} and ${expulsionProposals.status} = 'proposed'
          and ${expulsionProposals.isAutomatic}) as automatic
  `);
  const [row] = rowsOf<Record<'applications' | 'receipts' | 'due_withdrawals' | 'proposals' | 'automatic', number>>(result);
  return {
    applications: Number(row?.applications ?? 0),
    receipts: Number(row?.receipts ?? 0),
    dueWithdrawals: Number(row?.due_withdrawals ?? 0),
    proposals: Number(row?.proposals ?? 0),
    automatic: Number(row?.automatic ?? 0),
  };
}
