/** SQL of the enterprise list and its steps. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { talentListEnterprises, talentListEnterpriseSteps } from './enterprise-list.table.js';

export type EnterpriseEntryRow = typeof talentListEnterprises.$inferSelect;
export type EnterpriseEntryInsert = typeof talentListEnterprises.$inferInsert;
export type EnterpriseStepInsert = typeof talentListEnterpriseSteps.$inferInsert;

const org = organizationDirectory();

export async function listEntries(db: Executor, bodyId: string, statuses?: string[]) {
  return db
    .select({ entry: talentListEnterprises, orgName: org.name, regionCode: org.regionCode })
    .from(talentListEnterprises)
    .innerJoin(org, eq(org.id, talentListEnterprises.orgId))
    .where(and(eq(talentListEnterprises.bodyId, bodyId), statuses ? inArray(talentListEnterprises.status, statuses) : undefined))
    .orderBy(asc(org.nameSortKey), asc(org.name), desc(talentListEnterprises.appliedOn), asc(talentListEnterprises.id));
}

export async function findEntry(db: Executor, bodyId: string, entryId: string) {
  const [row] = await db
    .select({ entry: talentListEnterprises, orgName: org.name, regionCode: org.regionCode })
    .from(talentListEnterprises)
    .innerJoin(org, eq(org.id, talentListEnterprises.orgId))
    .where(and(eq(talentListEnterprises.id, entryId), eq(talentListEnterprises.bodyId, bodyId)));
  return row;
}

export async function findEntryOrg(db: Executor, entryId: string) {
  const [row] = await db
    .select({ bodyId: talentListEnterprises.bodyId, orgId: talentListEnterprises.orgId })
    .from(talentListEnterprises)
    .where(eq(talentListEnterprises.id, entryId));
  return row;
}

/** The enterprise's latest passage through the body's list, the one a new application is checked against. */
export async function latestEntryOf(db: Executor, bodyId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(talentListEnterprises)
    .where(and(eq(talentListEnterprises.bodyId, bodyId), eq(talentListEnterprises.orgId, orgId)))
    .orderBy(desc(talentListEnterprises.createdAt), desc(talentListEnterprises.appliedOn))
    .limit(1);
  return row;
}

export async function insertEntry(db: Executor, values: EnterpriseEntryInsert) {
  const [row] = await db.insert(talentListEnterprises).values(values).returning();
  return row!;
}

/** Optimistic locking: applies only if nobody took a step since `version`. */
export async function updateEntryAtVersion(db: Executor, id: string, version: number, values: Partial<EnterpriseEntryInsert>) {
  const [row] = await db
    .update(talentListEnterprises)
    .set({ ...values, version: sql`${talentListEnterprises.version} + 1` })
    .where(and(eq(talentListEnterprises.id, id), eq(talentListEnterprises.version, version)))
    .returning();
  return row;
}

export async function insertStep(db: Executor, values: EnterpriseStepInsert) {
  await db.insert(talentListEnterpriseSteps).values(values);
}

export async function stepsOf(db: Executor, entryIds: string[]) {
  if (entryIds.length === 0) return [];
  return db
    .select()
    .from(talentListEnterpriseSteps)
    .where(inArray(talentListEnterpriseSteps.entryId, entryIds))
    .orderBy(asc(talentListEnterpriseSteps.seq));
}
