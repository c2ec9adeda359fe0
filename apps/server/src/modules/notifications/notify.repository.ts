/** SQL of creating, closing and addressing notifications. */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../kernel/db/database.js';
import { notificationRecipients, notifications } from './notifications.table.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Omit<typeof notifications.$inferInsert, 'id' | 'createdAt' | 'openUntil' | 'closedAt'>;

/** Inserts the notification unless one with its dedupe key exists; returns the row and whether it is new. */
export async function insertNotification(
  db: Executor,
  values: NewNotification,
  openDays: number | undefined,
): Promise<{ row: NotificationRow; created: boolean }> {
  const openUntil = openDays === undefined ? null : sql`now() + make_interval(days => ${openDays})`;
  const [row] = await db
    .insert(notifications)
    .values({ ...values, openUntil })
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning();
  if (row) return { row, created: true };
  const [existing] = await db.select().from(notifications).where(eq(notifications.dedupeKey, values.dedupeKey!));
  return { row: existing!, created: false };
}

export async function insertRecipients(
  db: Executor,
  notificationId: string,
  recipients: { userId: string | null; role: string | null; scopeId: string | null }[],
): Promise<void> {
  if (recipients.length === 0) return;
  await db.insert(notificationRecipients).values(recipients.map((recipient) => ({ notificationId, ...recipient })));
}

export async function findNotification(db: Executor, id: string): Promise<NotificationRow | undefined> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row;
}

/** Which dedupe keys exist already, among those given. */
export async function existingDedupeKeys(db: Executor, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.select({ key: notifications.dedupeKey }).from(notifications).where(inArray(notifications.dedupeKey, keys));
  return new Set(rows.map((row) => row.key!));
}

export async function closeNotificationsAbout(db: Executor, recordType: string, recordId: string, kinds: string[] | null): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ closedAt: sql`now()` })
    .where(
      and(
        eq(notifications.recordType, recordType),
        eq(notifications.recordId, recordId),
        isNull(notifications.closedAt),
        kinds ? inArray(notifications.kind, kinds) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * The users a notification reaches now: those named, and the current holders of the roles addressed (not
 * disabled), each with the role key it reached them through (null when named).
 */
export async function resolveRecipients(db: Executor, notificationId: string): Promise<{ userId: string; viaRoleKey: string | null }[]> {
  const result = await db.execute(sql`
    select distinct on (user_id) user_id as "userId", via_role_key as "viaRoleKey" from (
      select r.user_id, null::text as via_role_key, 0 as rank
        from notification_recipients r where r.notification_id = ${notificationId} and r.user_id is not null
      union all
      select ur.user_id, ur.role || ':' || coalesce(ur.scope_id::text, ''), 1
        from notification_recipients r
        join user_roles ur on ur.role = r.role and ur.scope_id is not distinct from r.scope_id
        where r.notification_id = ${notificationId} and r.role is not null
    ) addressed
    join users u on u.id = addressed.user_id and u.disabled_at is null
    order by user_id, rank`);
  return rowsOf<{ userId: string; viaRoleKey: string | null }>(result);
}
