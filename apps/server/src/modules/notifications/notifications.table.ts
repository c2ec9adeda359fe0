import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../kernel/auth/auth.table.js';

const timestamptz = () => timestamp({ withTimezone: true, mode: 'date' });

/** One event to tell people about: its kind, the parameters of its templates, and the record it links to. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().notNull(),
    module: text().notNull(),
    params: jsonb().$type<Record<string, unknown>>().notNull(),
    linkPath: text().notNull(),
    recordType: text().notNull(),
    recordId: text().notNull(),
    /** A second notify() with the same key is the same message (a retried request, a reminder sent once). */
    dedupeKey: text().unique(),
    createdBy: uuid(),
    /** Kept out of the inbox of whoever caused it, unless asked otherwise. */
    includeActor: boolean().notNull().default(false),
    createdAt: timestamptz().notNull().defaultNow(),
    /** Until then (or until closed), people who take on an addressed role later also receive it. */
    openUntil: timestamptz(),
    closedAt: timestamptz(),
  },
  (t) => [index('notifications_record_idx').on(t.recordType, t.recordId)],
);

/** To whom: one user, or every holder of a role in an organisation or body (or system-wide). */
export const notificationRecipients = pgTable(
  'notification_recipients',
  {
    id: uuid().primaryKey().defaultRandom(),
    notificationId: uuid()
      .notNull()
      .references(() => notifications.id),
    userId: uuid().references(() => users.id),
    role: text(),
    scopeId: uuid(),
  },
  (t) => [
    index('notification_recipients_notification_idx').on(t.notificationId),
    index('notification_recipients_role_idx').on(t.role, t.scopeId),
  ],
);

/**
 * A message in one user's inbox, with that user's read state. `viaRoleKey` ("role:scopeId") names the role
 * through which it came: it shows only while the user still holds that role.
 */
export const inboxItems = pgTable(
  'inbox_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    notificationId: uuid()
      .notNull()
      .references(() => notifications.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    viaRoleKey: text(),
    module: text().notNull(),
    /** Millisecond precision, so that the page cursor (an ISO instant) compares exactly. */
    createdAt: timestamptz().notNull(),
    readAt: timestamptz(),
    /** How this item reaches the user beyond the inbox, decided from the preferences at delivery. */
    channel: text().$type<'inbox' | 'email' | 'digest'>().notNull(),
    digestDeliveryId: uuid(),
  },
  (t) => [
    uniqueIndex('inbox_items_notification_user_idx').on(t.notificationId, t.userId),
    // Ascending: read backwards, they give "created_at desc, id desc" (nulls first), the inbox's order.
    index('inbox_items_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('inbox_items_user_module_created_idx').on(t.userId, t.module, t.createdAt, t.id),
    index('inbox_items_unread_idx')
      .on(t.userId, t.viaRoleKey)
      .where(sql`read_at is null`),
    index('inbox_items_digest_idx')
      .on(t.userId)
      .where(sql`channel = 'digest' and digest_delivery_id is null and read_at is null`),
  ],
);

/** A user's choice per kind; absent: the kind's default. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    kind: text().notNull(),
    channel: text().$type<'inbox' | 'email' | 'digest'>().notNull(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * One e-mail to one user: a message (notificationId) or a day's digest (digestDay). The unique keys make a
 * retried job find the send it already made instead of sending again.
 */
export const emailDeliveries = pgTable(
  'email_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    notificationId: uuid().references(() => notifications.id),
    digestDay: date(),
    kind: text().notNull(),
    address: text().notNull(),
    status: text().$type<'pending' | 'sent' | 'failed'>().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamptz().notNull().defaultNow(),
    sentAt: timestamptz(),
  },
  (t) => [
    uniqueIndex('email_deliveries_notification_user_idx').on(t.notificationId, t.userId),
    uniqueIndex('email_deliveries_digest_idx').on(t.userId, t.digestDay),
    index('email_deliveries_status_idx').on(t.status, t.createdAt),
  ],
);
