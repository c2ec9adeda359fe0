import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.js';
import { organizations } from '../organizations/index.js';
import { bodies, bodyMembers, liaisons } from './bodies.table.js';

export type MemberRow = typeof bodyMembers.$inferSelect;
export type MemberInsert = typeof bodyMembers.$inferInsert;

export interface MemberListRow extends MemberRow {
  orgName: string;
  orgType: string;
  orgRegionCode: string;
  liaisonCount: number;
}

const currentLiaisonCount = sql<number>`(
  select count(*)::int from ${liaisons}
  where ${liaisons.bodyId} = ${bodyMembers.bodyId} and ${liaisons.orgId} = ${bodyMembers.orgId}
    and ${liaisons.removedAt} is null
)`;

export async function findMemberById(db: Executor, id: string): Promise<MemberRow | undefined> {
  const [row] = await db.select().from(bodyMembers).where(eq(bodyMembers.id, id)).limit(1);
  return row;
}

export async function findActiveMember(db: Executor, bodyId: string, orgId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(bodyMembers)
    .where(and(eq(bodyMembers.bodyId, bodyId), eq(bodyMembers.orgId, orgId), isNull(bodyMembers.leftOn)))
    .limit(1);
  return row;
}

export async function insertMember(db: Executor, values: MemberInsert): Promise<MemberRow> {
  const [row] = await db.insert(bodyMembers).values(values).returning();
  return row!;
}

/** Ends a current membership; returns nothing if it had already ended (someone else got there first). */
export async function markMemberLeft(
  db: Executor,
  id: string,
  leaving: { leftOn: string; leaveReason: string },
): Promise<MemberRow | undefined> {
  const [row] = await db
    .update(bodyMembers)
    .set(leaving)
    .where(and(eq(bodyMembers.id, id), isNull(bodyMembers.leftOn)))
    .returning();
  return row;
}

function selectMemberListRows(db: Executor) {
  return db
    .select({
      member: bodyMembers,
      orgName: organizations.name,
      orgType: organizations.type,
      orgRegionCode: organizations.regionCode,
      liaisonCount: currentLiaisonCount,
    })
    .from(bodyMembers)
    .innerJoin(organizations, eq(organizations.id, bodyMembers.orgId));
}

type SelectedMember = Awaited<ReturnType<typeof selectMemberListRows>>[number];

function flatten({ member, liaisonCount, ...org }: SelectedMember): MemberListRow {
  return { ...member, ...org, liaisonCount: Number(liaisonCount) };
}

export async function findMemberListRow(db: Executor, id: string): Promise<MemberListRow | undefined> {
  const [row] = await selectMemberListRows(db).where(eq(bodyMembers.id, id)).limit(1);
  return row ? flatten(row) : undefined;
}

/**
 * Current members first (in joining order), then former members (most recent departure first). The liaison counts
 * of the whole body come from one grouped scan joined in, instead of a subquery per member (500 index probes for
 * a body of 500 members).
 */
export async function listMembers(db: Executor, bodyId: string, includeFormer: boolean): Promise<MemberListRow[]> {
  const counts = db
    .select({ orgId: liaisons.orgId, total: sql<number>`count(*)::int`.as('total') })
    .from(liaisons)
    .where(and(eq(liaisons.bodyId, bodyId), isNull(liaisons.removedAt)))
    .groupBy(liaisons.orgId)
    .as('liaison_counts');
  const rows = await db
    .select({
      member: bodyMembers,
      orgName: organizations.name,
      orgType: organizations.type,
      orgRegionCode: organizations.regionCode,
      liaisonCount: sql<number>`coalesce(${counts.total}, 0)`,
    })
    .from(bodyMembers)
    .innerJoin(organizations, eq(organizations.id, bodyMembers.orgId))
    .leftJoin(counts, eq(counts.orgId, bodyMembers.orgId))
    .where(and(eq(bodyMembers.bodyId, bodyId), includeFormer ? undefined : isNull(bodyMembers.leftOn)))
    .orderBy(
      sql`${bodyMembers.leftOn} is not null`,
      desc(bodyMembers.leftOn),
      asc(bodyMembers.joinedOn),
      asc(organizations.name),
      asc(bodyMembers.id),
    );
  return rows.map(flatten);
}

/** Which of the given organisations are current members of the body. */
export async function activeMemberOrgIdsAmong(db: Executor, bodyId: string, orgIds: string[]): Promise<string[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .select({ orgId: bodyMembers.orgId })
    .from(bodyMembers)
    .where(and(eq(bodyMembers.bodyId, bodyId), inArray(bodyMembers.orgId, orgIds), isNull(bodyMembers.leftOn)));
  return rows.map((row) => row.orgId);
}

/** The bodies an organisation belongs or belonged to: current memberships first, then by joining date. */
export async function listMembershipsOfOrg(db: Executor, orgId: string) {
  return db
    .select({
      bodyId: bodies.id,
      bodyName: bodies.name,
      kind: bodies.kind,
      memberRole: bodyMembers.memberRole,
      joinedOn: bodyMembers.joinedOn,
      leftOn: bodyMembers.leftOn,
    })
    .from(bodyMembers)
    .innerJoin(bodies, eq(bodies.id, bodyMembers.bodyId))
    .where(eq(bodyMembers.orgId, orgId))
    .orderBy(sql`${bodyMembers.leftOn} is not null`, desc(bodyMembers.joinedOn), asc(bodies.name));
}
