/** SQL of the lists' entries and the innovation issues. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { talentInnovationIssues, talentListItems } from './items.table.js';

export type ItemRow = typeof talentListItems.$inferSelect;
export type ItemInsert = typeof talentListItems.$inferInsert;
export type IssueRow = typeof talentInnovationIssues.$inferSelect;

const org = organizationDirectory();

export async function listItems(db: Executor, bodyId: string, kind?: string) {
  return db
    .select({ item: talentListItems, orgName: org.name, issue: { id: talentInnovationIssues.id, number: talentInnovationIssues.number } })
    .from(talentListItems)
    .leftJoin(org, eq(org.id, talentListItems.orgId))
    .leftJoin(talentInnovationIssues, eq(talentInnovationIssues.id, talentListItems.issueId))
    .where(and(eq(talentListItems.bodyId, bodyId), kind ? eq(talentListItems.kind, kind) : undefined))
    .orderBy(asc(talentListItems.kind), desc(talentListItems.updatedAt), asc(talentListItems.id));
}

export async function findItem(db: Executor, bodyId: string, itemId: string) {
  const [row] = await db
    .select()
    .from(talentListItems)
    .where(and(eq(talentListItems.id, itemId), eq(talentListItems.bodyId, bodyId)));
  return row;
}

export async function itemsByIds(db: Executor, bodyId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(talentListItems)
    .where(and(eq(talentListItems.bodyId, bodyId), inArray(talentListItems.id, ids)));
}

export async function insertItem(db: Executor, values: ItemInsert) {
  const [row] = await db.insert(talentListItems).values(values).returning();
  return row!;
}

export async function updateItemAtVersion(db: Executor, id: string, version: number, values: Partial<ItemInsert>) {
  const [row] = await db
    .update(talentListItems)
    .set({ ...values, version: sql`${talentListItems.version} + 1` })
    .where(and(eq(talentListItems.id, id), eq(talentListItems.version, version)))
    .returning();
  return row;
}

export async function issueNumbers(db: Executor, bodyId: string) {
  return (
    await db.select({ number: talentInnovationIssues.number }).from(talentInnovationIssues).where(eq(talentInnovationIssues.bodyId, bodyId))
  ).map((r) => r.number);
}

export async function insertIssue(db: Executor, values: typeof talentInnovationIssues.$inferInsert) {
  const [row] = await db.insert(talentInnovationIssues).values(values).returning();
  return row!;
}

export async function listIssues(db: Executor, bodyId: string) {
  return db
    .select({ issue: talentInnovationIssues, itemCount: sql<number>`count(${talentListItems.id})::int` })
    .from(talentInnovationIssues)
    .leftJoin(talentListItems, eq(talentListItems.issueId, talentInnovationIssues.id))
    .where(eq(talentInnovationIssues.bodyId, bodyId))
    .groupBy(talentInnovationIssues.id)
    .orderBy(desc(talentInnovationIssues.number));
}
