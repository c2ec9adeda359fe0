/**
 * SQL of the inbox. Every read names the user and the role keys the user holds now, so that a message that
 * came through a role shows only while the role is held, and nobody reads another person's items.
 */
import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../../kernel/db/database.js';
import { userRoles } from '../../../kernel/rbac/rbac.table.js';
import { inboxItems, notifications } from '../notifications.table.js';

export interface Reader {
  userId: string;
  /** "role:scopeId" for every role the user holds now ("role:" for system-wide roles). */
  roleKeys: string[];
}

export async function readerOf(db: Executor, userId: string): Promise<Reader> {
  const rows = await db.select({ role: userRoles.role, scopeId: userRoles.scopeId }).from(userRoles).where(eq(userRoles.userId, userId));
  return { userId, roleKeys: rows.map((row) => roleKey(row.role, row.scopeId)) };
}

export function roleKey(role: string, scopeId: string | null): string {
  return `${role}:${scopeId ?? ''}`;
}

function visibleTo(reader: Reader): SQL {
  const roleStillHeld = reader.roleKeys.length > 0 ? inArray(inboxItems.viaRoleKey, reader.roleKeys) : sql`false`;
  return and(eq(inboxItems.userId, reader.userId), or(isNull(inboxItems.viaRoleKey), roleStillHeld))!;
}

export interface NewInboxItem {
  notificationId: string;
  userId: string;
  viaRoleKey: string | null;
  module: string;
  createdAt: Date;
  channel: 'inbox' | 'email' | 'digest';
}

/** Inserts items; those a user has already (a retried fan-out) are left as they are. Returns the new ones. */
export async function insertInboxItems(db: Executor, items: NewInboxItem[]): Promise<{ userId: string; channel: string }[]> {
  if (items.length === 0) return [];
  return db
    .insert(inboxItems)
    .values(items)
    .onConflictDoNothing({ target: [inboxItems.notificationId, inboxItems.userId] })
    .returning({ userId: inboxItems.userId, channel: inboxItems.channel });
}

/**
 * Someone who takes on a role receives the messages addressed to it that are still open: not closed by their
 * module and not past the days their kind stays open.
 */
export async function deliverOpenRoleItems(db: Executor, userId: string, role: string, scopeId: string | null): Promise<number> {
  const result = await db.execute(sql`
    insert into inbox_items (notification_id, user_id, via_role_key, module, created_at, channel)
    select n.id, ${userId}, ${roleKey(role, scopeId)}, n.module, date_trunc('milliseconds', n.created_at), 'inbox'
      from notifications n
      join notification_recipients r on r.notification_id = n.id
     where r.role = ${role} and r.scope_id is not distinct from ${scopeId}::uuid
       and n.closed_at is null and (n.open_until is null or n.open_until > now())
    on conflict (notification_id, user_id) do nothing
    returning id`);
  return rowsOf(result).length;
}

export interface InboxFilter {
  unread?: boolean;
  module?: string;
  /** Items strictly older than this (createdAt, id) pair. */
  before?: { createdAt: Date; id: string };
}

export type InboxRow = Awaited<ReturnType<typeof listInbox>>[number];

/**
 * The page is cut from the user's items first (an index scan on (user_id, created_at, id) that stops after
 * `limit` rows), and only then joined to the messages: joining first lets the planner read all 10,000 messages of
 * a busy inbox to sort them.
 */
export async function listInbox(db: Executor, reader: Reader, filter: InboxFilter, limit: number) {
  const { unread, module, before } = filter;
  const page = db
    .select({
      id: inboxItems.id,
      notificationId: inboxItems.notificationId,
      createdAt: inboxItems.createdAt,
      readAt: inboxItems.readAt,
      module: inboxItems.module,
    })
    .from(inboxItems)
    .where(
      and(
        visibleTo(reader),
        unread ? isNull(inboxItems.readAt) : undefined,
        module ? eq(inboxItems.module, module) : undefined,
        before ? sql`(${inboxItems.createdAt}, ${inboxItems.id}) < (${before.createdAt}, ${before.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(inboxItems.createdAt), desc(inboxItems.id))
    .limit(limit)
    .as('page');
  return db
    .select({
      id: page.id,
      createdAt: page.createdAt,
      readAt: page.readAt,
      module: page.module,
      kind: notifications.kind,
      params: notifications.params,
      linkPath: notifications.linkPath,
      recordType: notifications.recordType,
      recordId: notifications.recordId,
    })
    .from(page)
    .innerJoin(notifications, eq(notifications.id, page.notificationId))
    .orderBy(desc(page.createdAt), desc(page.id));
}

export async function countUnread(db: Executor, reader: Reader): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(inboxItems)
    .where(and(visibleTo(reader), isNull(inboxItems.readAt)));
  return row?.n ?? 0;
}

/** Sets or clears the read mark of one item the reader sees; false when there is none. */
export async function setRead(db: Executor, reader: Reader, id: string, readAt: Date | null): Promise<boolean> {
  const rows = await db
    .update(inboxItems)
    .set({ readAt })
    .where(and(eq(inboxItems.id, id), visibleTo(reader)))
    .returning({ id: inboxItems.id });
  return rows.length > 0;
}

export async function markAllRead(db: Executor, reader: Reader, module: string | undefined, readAt: Date): Promise<number> {
  const rows = await db
    .update(inboxItems)
    .set({ readAt })
    .where(and(visibleTo(reader), isNull(inboxItems.readAt), module ? eq(inboxItems.module, module) : undefined))
    .returning({ id: inboxItems.id });
  return rows.length;
}
