/**
 * The public bulletin page (no sign-in): published issues only. 附件3 四(二)3 judges publicity by 点击量 and
 * 转发量, so opening an issue counts a view and the share button counts a share.
 */
import type { TPublicBulletin, TPublicBulletinList } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { notFound } from '../../../kernel/errors.js';
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

/** Opens an issue for a reader and counts the view. */
export async function viewPublicBulletin(db: Executor, id: string): Promise<TPublicBulletin> {
  const viewCount = await repo.incrementCounter(db, id, 'viewCount');
  if (viewCount === undefined) throw notFound(BULLETIN_ENTITY);
  return presentPublic(await requirePublished(db, id));
}

export async function sharePublicBulletin(db: Executor, id: string): Promise<{ count: number }> {
  const shareCount = await repo.incrementCounter(db, id, 'shareCount');
  if (shareCount === undefined) throw notFound(BULLETIN_ENTITY);
  return { count: shareCount };
}
