/** SQL of the enterprises' talent demand. */
import { and, asc, type Column, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { talentDemands } from './demand.table.js';

export type DemandRow = typeof talentDemands.$inferSelect;
export type DemandInsert = typeof talentDemands.$inferInsert;

const org = organizationDirectory();

export async function listDemands(db: Executor, bodyId: string) {
  return db
    .select({ demand: talentDemands, orgName: org.name })
    .from(talentDemands)
    .innerJoin(org, eq(org.id, talentDemands.orgId))
    .where(eq(talentDemands.bodyId, bodyId))
    .orderBy(asc(org.nameSortKey), asc(org.name), desc(talentDemands.updatedAt), asc(talentDemands.id));
}

export async function findDemand(db: Executor, bodyId: string, demandId: string) {
  const [row] = await db
    .select({ demand: talentDemands, orgName: org.name })
    .from(talentDemands)
    .innerJoin(org, eq(org.id, talentDemands.orgId))
    .where(and(eq(talentDemands.id, demandId), eq(talentDemands.bodyId, bodyId)));
  return row;
}

export async function findDemandOrg(db: Executor, demandId: string) {
  const [row] = await db
    .select({ bodyId: talentDemands.bodyId, orgId: talentDemands.orgId })
    .from(talentDemands)
    .where(eq(talentDemands.id, demandId));
  return row;
}

/** Rows of one city, and rows whose years reach into a window, for the gap table and the catalogue. */
export interface FigureFilter {
  /** A city's code (GB/T 2260, xxxx00): the rows located in its districts. */
  cityCode?: string;
  /** The window's first and last years; a row of three years counts when one of them falls inside. */
  years?: { from: number; to: number };
}

/** A row of three years starting in `startYear` reaches into the window when it starts at most two years before it. */
export const yearsCondition = (startYear: Column, years: FigureFilter['years']) =>
  years ? and(gte(startYear, years.from - 2), lte(startYear, years.to)) : undefined;

/**
 * What the gap rules need of each demand of a body, with the enterprise's name for the evidence. The city and the
 * years are filtered here rather than after reading: a city's gap table reads that city's rows only.
 */
export async function demandFigures(db: Executor, bodyId: string, filter: FigureFilter = {}) {
  return db
    .select({
      id: talentDemands.id,
      orgId: talentDemands.orgId,
      orgName: org.name,
      position: talentDemands.position,
      majorCodes: talentDemands.majorCodes,
      startYear: talentDemands.startYear,
      headcounts: talentDemands.headcounts,
      locationRegionCode: talentDemands.locationRegionCode,
    })
    .from(talentDemands)
    .innerJoin(org, eq(org.id, talentDemands.orgId))
    .where(
      and(
        eq(talentDemands.bodyId, bodyId),
        filter.cityCode ? eq(sql`left(${talentDemands.locationRegionCode}, 4)`, filter.cityCode.slice(0, 4)) : undefined,
        yearsCondition(talentDemands.startYear, filter.years),
      ),
    );
}

export async function anyDemand(db: Executor, bodyId: string): Promise<boolean> {
  const [row] = await db.select({ id: talentDemands.id }).from(talentDemands).where(eq(talentDemands.bodyId, bodyId)).limit(1);
  return !!row;
}

export async function insertDemand(db: Executor, values: DemandInsert): Promise<DemandRow> {
  const [row] = await db.insert(talentDemands).values(values).returning();
  return row!;
}

export async function insertDemands(db: Executor, values: DemandInsert[]): Promise<void> {
  for (let i = 0; i < values.length; i += 500) await db.insert(talentDemands).values(values.slice(i, i + 500));
}

/** Optimistic locking: applies only if nobody changed the demand since `version`. */
export async function updateDemandAtVersion(db: Executor, id: string, version: number, values: Partial<DemandInsert>) {
  const [row] = await db
    .update(talentDemands)
    .set({ ...values, version: sql`${talentDemands.version} + 1`, updatedAt: new Date() })
    .where(and(eq(talentDemands.id, id), eq(talentDemands.version, version)))
    .returning();
  return row;
}

export async function deleteDemand(db: Executor, id: string) {
  await db.delete(talentDemands).where(eq(talentDemands.id, id));
}
