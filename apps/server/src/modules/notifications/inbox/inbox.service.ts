/** Use cases of one's inbox: the list (newest first, page by page), the unread count, read marks. */
import {
  isNotificationKind,
  type Locale,
  renderNotification,
  type TInboxItem,
  type TInboxPage,
  type TInboxQuery,
} from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import * as repo from './inbox.repository.js';

const INBOX_ITEM = bilingual('消息', 'message');

/** The page cursor: the last item's instant and id, opaque to clients. */
function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [instant, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(instant ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime())) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      {
        path: 'cursor',
        message: bilingual('分页位置无效，请从第一页重新打开', 'The page position is invalid; start again from the first page'),
      },
    ]);
  }
  return { createdAt, id };
}

function present(row: repo.InboxRow, locale: Locale): TInboxItem | null {
  if (!isNotificationKind(row.kind)) return null;
  return {
    id: row.id,
    kind: row.kind,
    module: row.module as TInboxItem['module'],
    ...renderNotification(row.kind, row.params, locale),
    link: row.linkPath,
    recordType: row.recordType,
    recordId: row.recordId,
    read: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listInbox(db: Executor, userId: string, query: TInboxQuery, locale: Locale): Promise<TInboxPage> {
  const reader = await repo.readerOf(db, userId);
  const before = query.cursor ? decodeCursor(query.cursor) : undefined;
  const rows = await repo.listInbox(db, reader, { unread: query.unread, module: query.module, before }, query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((row) => present(row, locale)).filter((item): item is TInboxItem => item !== null),
    nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

export async function unreadCount(db: Executor, userId: string): Promise<number> {
  return repo.countUnread(db, await repo.readerOf(db, userId));
}

export async function setRead(db: Executor, userId: string, itemId: string, read: boolean, now: Date): Promise<void> {
  const found = await repo.setRead(db, await repo.readerOf(db, userId), itemId, read ? now : null);
  if (!found) throw notFound(INBOX_ITEM);
}

export async function markAllRead(db: Executor, userId: string, module: string | undefined, now: Date): Promise<number> {
  return repo.markAllRead(db, await repo.readerOf(db, userId), module, now);
}
