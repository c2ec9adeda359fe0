/** SQL of the teacher and vocational-experience exchange: posts and agreements. */
import { and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { resourceExchangeAgreements, resourceExchangePosts } from './exchange.table.js';

export type PostRow = typeof resourceExchangePosts.$inferSelect;
export type PostInsert = typeof resourceExchangePosts.$inferInsert;
export type AgreementRow = typeof resourceExchangeAgreements.$inferSelect;
export type AgreementInsert = typeof resourceExchangeAgreements.$inferInsert;

export async function insertPost(db: Executor, values: PostInsert): Promise<PostRow> {
  const [row] = await db.insert(resourceExchangePosts).values(values).returning();
  return row!;
}

export async function findPost(db: Executor, bodyId: string, postId: string) {
  const [row] = await db
    .select()
    .from(resourceExchangePosts)
    .where(and(eq(resourceExchangePosts.bodyId, bodyId), eq(resourceExchangePosts.id, postId)));
  return row;
}

export async function postsByIds(db: Executor, bodyId: string, ids: string[]): Promise<PostRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(resourceExchangePosts)
    .where(and(eq(resourceExchangePosts.bodyId, bodyId), inArray(resourceExchangePosts.id, ids)));
}

export async function listPosts(
  db: Executor,
  bodyId: string,
  filter: { kinds?: string[]; classCode?: string; status?: string; orgId?: string },
): Promise<PostRow[]> {
  const where: SQL[] = [eq(resourceExchangePosts.bodyId, bodyId)];
  if (filter.kinds) where.push(inArray(resourceExchangePosts.kind, filter.kinds));
  if (filter.classCode) where.push(eq(resourceExchangePosts.classCode, filter.classCode));
  if (filter.status) where.push(eq(resourceExchangePosts.status, filter.status));
  if (filter.orgId) where.push(eq(resourceExchangePosts.orgId, filter.orgId));
  return db
    .select()
    .from(resourceExchangePosts)
    .where(and(...where))
    .orderBy(desc(resourceExchangePosts.createdAt));
}

export async function closePost(db: Executor, postId: string) {
  const [row] = await db
    .update(resourceExchangePosts)
    .set({ status: 'closed', updatedAt: new Date() })
    .where(and(eq(resourceExchangePosts.id, postId), eq(resourceExchangePosts.status, 'open')))
    .returning();
  return row;
}

export async function insertAgreement(db: Executor, values: AgreementInsert): Promise<AgreementRow> {
  const [row] = await db.insert(resourceExchangeAgreements).values(values).returning();
  return row!;
}

const partyOf = (orgId: string) =>
  or(eq(resourceExchangeAgreements.senderOrgId, orgId), eq(resourceExchangeAgreements.receiverOrgId, orgId));

/** The agreement when `orgId` is one of its two sides. */
export async function findAgreementOfParty(db: Executor, bodyId: string, agreementId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(resourceExchangeAgreements)
    .where(and(eq(resourceExchangeAgreements.bodyId, bodyId), eq(resourceExchangeAgreements.id, agreementId), partyOf(orgId)));
  return row;
}

export async function agreementsOfParty(db: Executor, bodyId: string, orgId: string): Promise<AgreementRow[]> {
  return db
    .select()
    .from(resourceExchangeAgreements)
    .where(and(eq(resourceExchangeAgreements.bodyId, bodyId), partyOf(orgId)))
    .orderBy(desc(resourceExchangeAgreements.startsOn));
}

/** The agreements whose figures a year's totals may count (by the start date's year). */
export async function agreementsOfYear(db: Executor, bodyId: string, year: number): Promise<AgreementRow[]> {
  return db
    .select()
    .from(resourceExchangeAgreements)
    .where(
      and(
        eq(resourceExchangeAgreements.bodyId, bodyId),
        sql`extract(year from ${resourceExchangeAgreements.startsOn}) = ${year}`,
        inArray(resourceExchangeAgreements.status, ['carried_out', 'completed']),
      ),
    );
}

export async function updateAgreementAtVersion(db: Executor, id: string, version: number, values: Partial<AgreementInsert>) {
  const [row] = await db
    .update(resourceExchangeAgreements)
    .set({ ...values, version: sql`${resourceExchangeAgreements.version} + 1`, updatedAt: new Date() })
    .where(and(eq(resourceExchangeAgreements.id, id), eq(resourceExchangeAgreements.version, version)))
    .returning();
  return row;
}
