import { SCHOOL_ORG_TYPES } from '@chanjiao/contracts';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { chairOverrides, chairPlans, chairYears } from './chair.table.js';
import { organizationDirectory } from '../../organizations/index.js';
import { bodyMembershipDirectory } from '../../bodies/index.js';

const org = organizationDirectory();
const membership = bodyMembershipDirectory();

export type ChairPlanRow = typeof chairPlans.$inferSelect;
export type ChairOverrideRow = typeof chairOverrides.$inferSelect;
export type ChairYearRow = typeof chairYears.$inferSelect;

export interface MemberSchoolRow {
  orgId: string;
  name: string;
  regionCode: string;
  cityCode: string;
  joinedOn: string;
}

/** Current member schools in the order they were entered (the charter's list for the founders). */
export async function listMemberSchools(db: Executor, bodyId: string): Promise<MemberSchoolRow[]> {
  return db
    .select({
      orgId: org.id,
      name: org.name,
      regionCode: org.regionCode,
      cityCode: org.cityCode,
      joinedOn: membership.joinedOn,
    })
    .from(membership)
    .innerJoin(org, eq(org.id, membership.orgId))
    .where(and(eq(membership.bodyId, bodyId), isNull(membership.leftOn), inArray(org.type, SCHOOL_ORG_TYPES)))
    .orderBy(asc(membership.joinedOn), asc(membership.listOrder));
}

export async function findPlan(db: Executor, bodyId: string): Promise<ChairPlanRow | undefined> {
  const [row] = await db.select().from(chairPlans).where(eq(chairPlans.bodyId, bodyId)).limit(1);
  return row;
}

/** Inserts the first plan or replaces the plan at `version`; nothing when someone else changed it first. */
export async function savePlan(
  db: Executor,
  values: { bodyId: string; firstYear: number; years: number; firstOrgId: string },
  version: number | null,
): Promise<ChairPlanRow | undefined> {
  if (version === null) {
    const [row] = await db.insert(chairPlans).values(values).onConflictDoNothing().returning();
    return row;
  }
  const [row] = await db
    .update(chairPlans)
    .set({ ...values, generatedAt: new Date(), version: sql`${chairPlans.version} + 1` })
    .where(and(eq(chairPlans.bodyId, values.bodyId), eq(chairPlans.version, version)))
    .returning();
  return row;
}

export async function touchPlan(db: Executor, bodyId: string): Promise<void> {
  await db
    .update(chairPlans)
    .set({ generatedAt: new Date(), version: sql`${chairPlans.version} + 1` })
    .where(eq(chairPlans.bodyId, bodyId));
}

export async function listActiveOverrides(db: Executor, bodyId: string): Promise<(ChairOverrideRow & { orgName: string })[]> {
  const rows = await db
    .select({ override: chairOverrides, orgName: org.name })
    .from(chairOverrides)
    .innerJoin(org, eq(org.id, chairOverrides.orgId))
    .where(and(eq(chairOverrides.bodyId, bodyId), isNull(chairOverrides.revokedAt)))
    .orderBy(asc(chairOverrides.year));
  return rows.map(({ override, orgName }) => ({ ...override, orgName }));
}

export async function insertOverride(db: Executor, values: typeof chairOverrides.$inferInsert): Promise<ChairOverrideRow> {
  const [row] = await db.insert(chairOverrides).values(values).returning();
  return row!;
}

export async function revokeOverride(db: Executor, bodyId: string, id: string): Promise<ChairOverrideRow | undefined> {
  const [row] = await db
    .update(chairOverrides)
    .set({ revokedAt: new Date() })
    .where(and(eq(chairOverrides.id, id), eq(chairOverrides.bodyId, bodyId), isNull(chairOverrides.revokedAt)))
    .returning();
  return row;
}

export async function replaceYears(db: Executor, bodyId: string, years: Omit<typeof chairYears.$inferInsert, 'bodyId'>[]) {
  await db.delete(chairYears).where(eq(chairYears.bodyId, bodyId));
  if (years.length > 0) await db.insert(chairYears).values(years.map((year) => ({ ...year, bodyId })));
}

export async function listYears(db: Executor, bodyId: string): Promise<(ChairYearRow & { orgName: string })[]> {
  const rows = await db
    .select({ year: chairYears, orgName: org.name })
    .from(chairYears)
    .innerJoin(org, eq(org.id, chairYears.orgId))
    .where(eq(chairYears.bodyId, bodyId))
    .orderBy(asc(chairYears.year));
  return rows.map(({ year, orgName }) => ({ ...year, orgName }));
}

/** The chair unit of one year, for the work plan's "轮值主席单位" tasks. */
export async function findChairOfYear(db: Executor, bodyId: string, year: number): Promise<string | undefined> {
  const [row] = await db
    .select({ orgId: chairYears.orgId })
    .from(chairYears)
    .where(and(eq(chairYears.bodyId, bodyId), eq(chairYears.year, year)))
    .limit(1);
  return row?.orgId;
}
