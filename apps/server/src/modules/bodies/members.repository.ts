import type { TBodyMemberListQuery } from '@chanjiao/contracts';
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.js';
import { containsPattern } from '../../kernel/db/like.js';
import { bodies, bodyMembers, liaisons } from './bodies.table.js';
import { organizationDirectory } from '../organizations/index.js';

const org = organizationDirectory();

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
      orgName: org.name,
      orgType: org.type,
      orgRegionCode: org.regionCode,
      liaisonCount: currentLiaisonCount,
    })
    .from(bodyMembers)
    .innerJoin(org, eq(org.id, bodyMembers.orgId));
}

type SelectedMember = Awaited<ReturnType<typeof selectMemberListRows>>[number];

function flatten({ member, liaisonCount, ...org }: SelectedMember): MemberListRow {
  return { ...member, ...org, liaisonCount: Number(liaisonCount) };
}

export async function findMemberListRow(db: Executor, id: string): Promise<MemberListRow | undefined> {
  const [row] = await selectMemberListRows(db).where(eq(bodyMembers.id, id)).limit(1);
  return row ? flatten(row) : undefined;
}

function memberListCondition(bodyId: string, filter: TBodyMemberListQuery): SQL | undefined {
  const pattern = filter.q ? containsPattern(filter.q) : undefined;
  return and(
    eq(bodyMembers.bodyId, bodyId),
    filter.status === 'current' ? isNull(bodyMembers.leftOn) : undefined,
    filter.status === 'former' ? isNotNull(bodyMembers.leftOn) : undefined,
    pattern ? or(ilike(org.name, pattern), ilike(org.shortName, pattern)) : undefined,
  );
}

/** Current members first (in joining order), then former members (most recent departure first). */
const MEMBER_LIST_ORDER = [
  sql`${bodyMembers.leftOn} is not null`,
  desc(bodyMembers.leftOn),
  asc(bodyMembers.joinedOn),
  asc(org.nameSortKey),
  asc(org.name),
  asc(bodyMembers.id),
];

/**
 * One page of a body's members and how many match. The page is chosen on the membership ids alone; only its rows
 * are then read with their organisation and liaison count, so a page costs the same in a body of 500 members as
 * in one of 20.
 */
export async function listMembers(
  db: Executor,
  bodyId: string,
  filter: TBodyMemberListQuery,
): Promise<{ rows: MemberListRow[]; total: number }> {
  const where = memberListCondition(bodyId, filter);
  const pageIds = db
    .select({ id: bodyMembers.id })
    .from(bodyMembers)
    .innerJoin(org, eq(org.id, bodyMembers.orgId))
    .where(where)
    .orderBy(...MEMBER_LIST_ORDER)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .as('page_ids');
  const [rows, [total]] = await Promise.all([
    selectMemberListRows(db)
      .innerJoin(pageIds, eq(pageIds.id, bodyMembers.id))
      .orderBy(...MEMBER_LIST_ORDER),
    db.select({ total: count() }).from(bodyMembers).innerJoin(org, eq(org.id, bodyMembers.orgId)).where(where),
  ]);
  return { rows: rows.map(flatten), total: Number(total?.total ?? 0) };
}

/** Every current member unit, id and name only, by name: what pickers offer. */
export async function listMemberUnits(db: Executor, bodyId: string): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: org.id, name: org.name })
    .from(bodyMembers)
    .innerJoin(org, eq(org.id, bodyMembers.orgId))
    .where(and(eq(bodyMembers.bodyId, bodyId), isNull(bodyMembers.leftOn)))
    .orderBy(asc(org.nameSortKey), asc(org.name), asc(org.id));
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
    .orderBy(sql`${bodyMembers.leftOn} is not null`, desc(bodyMembers.joinedOn), asc(bodies.nameSortKey), asc(bodies.name));
}
