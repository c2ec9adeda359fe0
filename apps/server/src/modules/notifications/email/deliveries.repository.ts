/** SQL of e-mail deliveries: the record that makes a retried send find the one it already made. */
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { users } from '../../../kernel/auth/auth.table.js';
import { type Executor, rowsOf } from '../../../kernel/db/database.js';
import { emailDeliveries, inboxItems, notifications } from '../notifications.table.js';

export type DeliveryRow = typeof emailDeliveries.$inferSelect;

/** The delivery of a message to a user, created on first call. */
export async function messageDelivery(
  db: Executor,
  values: { notificationId: string; userId: string; kind: string; address: string },
): Promise<DeliveryRow> {
  await db
    .insert(emailDeliveries)
    .values(values)
    .onConflictDoNothing({ target: [emailDeliveries.notificationId, emailDeliveries.userId] });
  const [row] = await db
    .select()
    .from(emailDeliveries)
    .where(and(eq(emailDeliveries.notificationId, values.notificationId), eq(emailDeliveries.userId, values.userId)));
  return row!;
}

/** The digest of a day for a user, created on first call. */
export async function digestDelivery(
  db: Executor,
  values: { userId: string; digestDay: string; kind: string; address: string },
): Promise<DeliveryRow> {
  await db
    .insert(emailDeliveries)
    .values(values)
    .onConflictDoNothing({ target: [emailDeliveries.userId, emailDeliveries.digestDay] });
  const [row] = await db
    .select()
    .from(emailDeliveries)
    .where(and(eq(emailDeliveries.userId, values.userId), eq(emailDeliveries.digestDay, values.digestDay)));
  return row!;
}

export async function recordAttempt(
  db: Executor,
  id: string,
  outcome: { status: 'pending' | 'sent' | 'failed'; error: string | null; at: Date },
): Promise<void> {
  await db
    .update(emailDeliveries)
    .set({
      status: outcome.status,
      attempts: sql`${emailDeliveries.attempts} + 1`,
      lastError: outcome.error,
      sentAt: outcome.status === 'sent' ? outcome.at : null,
    })
    .where(eq(emailDeliveries.id, id));
}

export async function deleteDelivery(db: Executor, id: string): Promise<void> {
  await db.delete(emailDeliveries).where(eq(emailDeliveries.id, id));
}

/** Users with unread digest items not yet in a digest. */
export async function usersAwaitingDigest(db: Executor): Promise<string[]> {
  const result = await db.execute(sql`
    select distinct user_id as "userId" from inbox_items
     where channel = 'digest' and digest_delivery_id is null and read_at is null`);
  return rowsOf<{ userId: string }>(result).map((row) => row.userId);
}

/** Puts the user's waiting unread digest items into this digest (once: a retry finds them already there). */
export async function claimDigestItems(db: Executor, userId: string, deliveryId: string): Promise<void> {
  await db
    .update(inboxItems)
    .set({ digestDeliveryId: deliveryId })
    .where(
      and(eq(inboxItems.userId, userId), eq(inboxItems.channel, 'digest'), isNull(inboxItems.digestDeliveryId), isNull(inboxItems.readAt)),
    );
}

export async function digestItems(db: Executor, deliveryId: string) {
  return db
    .select({ kind: notifications.kind, params: notifications.params, linkPath: notifications.linkPath, createdAt: inboxItems.createdAt })
    .from(inboxItems)
    .innerJoin(notifications, eq(notifications.id, inboxItems.notificationId))
    .where(eq(inboxItems.digestDeliveryId, deliveryId))
    .orderBy(inboxItems.createdAt);
}

export async function listDeliveries(db: Executor, status: DeliveryRow['status'], limit: number, offset: number) {
  const where = eq(emailDeliveries.status, status);
  const [rows, [total]] = await Promise.all([
    db
      .select({ delivery: emailDeliveries, username: users.username })
      .from(emailDeliveries)
      .innerJoin(users, eq(users.id, emailDeliveries.userId))
      .where(where)
      .orderBy(desc(emailDeliveries.createdAt), desc(emailDeliveries.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(emailDeliveries).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
