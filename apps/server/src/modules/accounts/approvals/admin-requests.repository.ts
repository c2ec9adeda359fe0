import { and, count, desc, eq, ne, sql } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../kernel/db/database.js';
import { users } from '../../../kernel/auth/auth.table.js';
import { adminDutyHolders, adminRequests } from './admin-requests.table.js';

export type AdminRequestRow = typeof adminRequests.$inferSelect;
export type AdminRequestInsert = typeof adminRequests.$inferInsert;

export async function insertAdminRequest(db: Executor, values: AdminRequestInsert): Promise<AdminRequestRow> {
  const [row] = await db.insert(adminRequests).values(values).returning();
  return row!;
}

/** Locked for the decision, so two administrators deciding at once cannot both carry it out. */
export async function lockAdminRequest(db: Executor, id: string): Promise<AdminRequestRow | undefined> {
  const [row] = await db.select().from(adminRequests).where(eq(adminRequests.id, id)).for('update');
  return row;
}

export async function findPendingRequest(db: Executor, targetUserId: string, kind: string, role: string | null) {
  const [row] = await db
    .select({ id: adminRequests.id })
    .from(adminRequests)
    .where(
      and(
        eq(adminRequests.targetUserId, targetUserId),
        eq(adminRequests.kind, kind),
        eq(adminRequests.status, 'pending'),
        role === null ? sql`true` : eq(adminRequests.role, role),
      ),
    )
    .limit(1);
  return row;
}

export async function closeAdminRequest(
  db: Executor,
  id: string,
  change: { status: string; decidedBy: string | null; decidedAt: Date; decisionNote: string | null },
): Promise<void> {
  // The hash of a temporary password is of no use once the request is closed.
  await db
    .update(adminRequests)
    .set({ ...change, temporaryPasswordHash: null })
    .where(eq(adminRequests.id, id));
}

const target = alias(users, 'target');
const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

type TextColumn = AnyPgColumn<{ data: string; notNull: true }>;
const person = <T extends { id: TextColumn; username: TextColumn; displayName: TextColumn }>(table: T) => ({
  id: table.id,
  username: table.username,
  displayName: table.displayName,
});

/** A request with the names of its target, requester and decider. */
function requestViews(db: Executor) {
  return db
    .select({ request: adminRequests, target: person(target), requester: person(requester), decider: person(decider) })
    .from(adminRequests)
    .innerJoin(target, eq(target.id, adminRequests.targetUserId))
    .innerJoin(requester, eq(requester.id, adminRequests.requestedBy))
    .leftJoin(decider, eq(decider.id, adminRequests.decidedBy));
}

export async function listAdminRequests(
  db: Executor,
  filter: { status: 'pending' | 'decided' | 'all' },
  page: { page: number; pageSize: number },
) {
  const where =
    filter.status === 'pending'
      ? eq(adminRequests.status, 'pending')
      : filter.status === 'decided'
        ? ne(adminRequests.status, 'pending')
        : undefined;
  const [rows, [total]] = await Promise.all([
    requestViews(db)
      .where(where)
      .orderBy(desc(adminRequests.requestedAt), desc(adminRequests.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(adminRequests).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findAdminRequestView(db: Executor, id: string) {
  const [row] = await requestViews(db).where(eq(adminRequests.id, id));
  return row;
}

export async function heldAdminDuty(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select({ duty: adminDutyHolders.duty }).from(adminDutyHolders).where(eq(adminDutyHolders.userId, userId));
  return row?.duty ?? null;
}

export async function rememberAdminDuty(db: Executor, userId: string, duty: string): Promise<void> {
  await db.insert(adminDutyHolders).values({ userId, duty }).onConflictDoNothing();
}
