/** SQL of the schools' talent supply. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { type FigureFilter, yearsCondition } from '../demand/demand.repository.js';
import { talentSupplies } from './supply.table.js';

export type SupplyRow = typeof talentSupplies.$inferSelect;
export type SupplyInsert = typeof talentSupplies.$inferInsert;

const org = organizationDirectory();

export async function listSupplies(db: Executor, bodyId: string) {
  return db
    .select({ supply: talentSupplies, orgName: org.name })
    .from(talentSupplies)
    .innerJoin(org, eq(org.id, talentSupplies.orgId))
    .where(eq(talentSupplies.bodyId, bodyId))
    .orderBy(asc(org.nameSortKey), asc(org.name), asc(talentSupplies.majorCode), asc(talentSupplies.mode), asc(talentSupplies.startYear));
}

export async function findSupply(db: Executor, bodyId: string, supplyId: string) {
  const [row] = await db
    .select({ supply: talentSupplies, orgName: org.name })
    .from(talentSupplies)
    .innerJoin(org, eq(org.id, talentSupplies.orgId))
    .where(and(eq(talentSupplies.id, supplyId), eq(talentSupplies.bodyId, bodyId)));
  return row;
}

export async function findSupplyOrg(db: Executor, supplyId: string) {
  const [row] = await db
    .select({ bodyId: talentSupplies.bodyId, orgId: talentSupplies.orgId })
    .from(talentSupplies)
    .where(eq(talentSupplies.id, supplyId));
  return row;
}

export async function findSupplyByKey(db: Executor, key: Pick<SupplyInsert, 'bodyId' | 'orgId' | 'majorCode' | 'mode' | 'startYear'>) {
  const [row] = await db
    .select({ id: talentSupplies.id })
    .from(talentSupplies)
    .where(
      and(
        eq(talentSupplies.bodyId, key.bodyId),
        eq(talentSupplies.orgId, key.orgId),
        eq(talentSupplies.majorCode, key.majorCode),
        eq(talentSupplies.mode, key.mode),
        eq(talentSupplies.startYear, key.startYear),
      ),
    );
  return row;
}

/** What the gap and matching rules need of each supply row, with where the school sits; of one city or one school when asked. */
export async function supplyFigures(db: Executor, bodyId: string, filter: FigureFilter & { orgId?: string } = {}) {
  return db
    .select({
      orgId: talentSupplies.orgId,
      orgName: org.name,
      regionCode: org.regionCode,
      majorCode: talentSupplies.majorCode,
      startYear: talentSupplies.startYear,
      expectedGraduates: talentSupplies.expectedGraduates,
      placementsOffered: talentSupplies.placementsOffered,
    })
    .from(talentSupplies)
    .innerJoin(org, eq(org.id, talentSupplies.orgId))
    .where(
      and(
        eq(talentSupplies.bodyId, bodyId),
        filter.orgId ? eq(talentSupplies.orgId, filter.orgId) : undefined,
        filter.cityCode ? eq(org.cityCode, filter.cityCode) : undefined,
        yearsCondition(talentSupplies.startYear, filter.years),
      ),
    );
}

export async function insertSupply(db: Executor, values: SupplyInsert): Promise<SupplyRow> {
  const [row] = await db.insert(talentSupplies).values(values).returning();
  return row!;
}

export async function insertSupplies(db: Executor, values: SupplyInsert[]): Promise<void> {
  for (let i = 0; i < values.length; i += 500) {
    await db
      .insert(talentSupplies)
      .values(values.slice(i, i + 500))
      .onConflictDoNothing();
  }
}

export async function updateSupplyAtVersion(db: Executor, id: string, version: number, values: Partial<SupplyInsert>) {
  const [row] = await db
    .update(talentSupplies)
    .set({ ...values, version: sql`${talentSupplies.version} + 1`, updatedAt: new Date() })
    .where(and(eq(talentSupplies.id, id), eq(talentSupplies.version, version)))
    .returning();
  return row;
}

export async function deleteSupply(db: Executor, id: string) {
  await db.delete(talentSupplies).where(eq(talentSupplies.id, id));
}
