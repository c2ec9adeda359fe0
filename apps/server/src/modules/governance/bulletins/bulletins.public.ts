/**
 * The public bulletin page (no sign-in): published issues only. 附件3 四(二)3 judges publicity by 点击量 and
 * 转发量, so opening an issue counts a view — once a day per reader, so that reloading the page or a script
 * repeating the request does not inflate it — and the share button counts a share.
 */
import { createHmac } from 'node:crypto';
import type { TPublicBulletin, TPublicBulletinList } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { notFound } from '../../../kernel/errors.js';
import { deriveKey } from '../../../kernel/secret.js';
import * as repo from './bulletins.repository.js';
import { BULLETIN_ENTITY, bulletinText } from './bulletins.service.js';

function presentPublic(row: repo.BulletinListRow): TPublicBulletin {
  return {
    id: row.id,
    bodyName: row.bodyName,
    org: { name: row.orgName },
    ...bulletinText(row),
    viewCount: row.viewCount,
    shareCount: row.shareCount,
  };
}

export async function listPublicBulletins(
  db: Executor,
  query: { bodyId?: string; page: number; pageSize: number },
): Promise<TPublicBulletinList> {
  const [rows, total] = await Promise.all([repo.listPublished(db, query), repo.countPublished(db, query.bodyId)]);
  return { items: rows.map(presentPublic), total };
}

export async function requirePublished(db: Executor, id: string): Promise<repo.BulletinListRow> {
  const row = await repo.findBulletin(db, id);
  if (!row || row.status !== 'published') throw notFound(BULLETIN_ENTITY);
  return row;
}

/** A reader as the public page can tell them apart without an account: where from and with which browser. */
export interface Reader {
  ip: string | null;
  userAgent: string | null;
}

/** Keyed with a key derived from SECRET_KEY and changing with the day, so that it cannot be traced back. */
function readerKey(reader: Reader, day: string, secretKey: string): string {
  return createHmac('sha256', deriveKey(secretKey, 'bulletin-reader'))
    .update(`${day}\n${reader.ip ?? ''}\n${reader.userAgent ?? ''}`)
    .digest('base64url');
}

/** Opens an issue for a reader, counting the view if this reader has not been counted on `day` (Asia/Shanghai). */
export async function viewPublicBulletin(
  db: Executor,
  id: string,
  visit: { reader: Reader; day: string; secretKey: string },
): Promise<TPublicBulletin> {
  const viewCount = await repo.countReaderView(db, id, readerKey(visit.reader, visit.day, visit.secretKey), visit.day);
  if (viewCount === undefined) throw notFound(BULLETIN_ENTITY);
  return presentPublic(await requirePublished(db, id));
}

export async function sharePublicBulletin(db: Executor, id: string): Promise<{ count: number }> {
  const shareCount = await repo.incrementCounter(db, id, 'shareCount');
  if (shareCount === undefined) throw notFound(BULLETIN_ENTITY);
  return { count: shareCount };
}
