/** SQL of the delivery preferences and the contact details e-mails need. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DeliveryChannel } from '@chanjiao/contracts';
import { users } from '../../../kernel/auth/auth.table.js';
import type { Executor } from '../../../kernel/db/database.js';
import { notificationPreferences } from '../notifications.table.js';

export async function channelsOfUser(db: Executor, userId: string): Promise<Map<string, DeliveryChannel>> {
  const rows = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  return new Map(rows.map((row) => [row.kind, row.channel]));
}

/** Each user's chosen channel for one kind, for those who chose one. */
export async function channelsForKind(db: Executor, kind: string, userIds: string[]): Promise<Map<string, DeliveryChannel>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: notificationPreferences.userId, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.kind, kind), inArray(notificationPreferences.userId, userIds)));
  return new Map(rows.map((row) => [row.userId, row.channel]));
}

export async function setChannels(db: Executor, userId: string, channels: [string, DeliveryChannel][], now: Date): Promise<void> {
  if (channels.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(channels.map(([kind, channel]) => ({ userId, kind, channel, updatedAt: now })))
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { channel: sql`excluded.channel`, updatedAt: sql`excluded.updated_at` },
    });
}

/** Moves every kind the user receives through `from` to `to` (e.g. all digest kinds back to the inbox). */
export async function replaceChannel(db: Executor, userId: string, from: DeliveryChannel, to: DeliveryChannel, now: Date): Promise<void> {
  await db
    .update(notificationPreferences)
    .set({ channel: to, updatedAt: now })
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.channel, from)));
}

export interface MailContact {
  id: string;
  username: string;
  email: string | null;
  locale: string;
  disabled: boolean;
}

export async function mailContacts(db: Executor, userIds: string[]): Promise<Map<string, MailContact>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, username: users.username, email: users.email, locale: users.preferredLocale, disabledAt: users.disabledAt })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(rows.map(({ disabledAt, ...row }) => [row.id, { ...row, disabled: disabledAt !== null }]));
}

export async function updateContact(
  db: Executor,
  userId: string,
  values: { email?: string | null; preferredLocale?: string },
  now: Date,
): Promise<void> {
  await db
    .update(users)
    .set({ ...values, updatedAt: now })
    .where(eq(users.id, userId));
}
