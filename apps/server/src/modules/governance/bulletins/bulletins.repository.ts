import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, max, or, sql, type SQL } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../../kernel/db/database.js';
import { bulletinReaders, bulletins } from './bulletins.table.js';
import { organizationDirectory } from '../../organizations/index.js';
import { bodyDirectory, bodyMembershipDirectory } from '../../bodies/index.js';

const org = organizationDirectory();
const body = bodyDirectory();
const membership = bodyMembershipDirectory();

export type BulletinRow = typeof bulletins.$inferSelect;
export type BulletinInsert = typeof bulletins.$inferInsert;
export type BulletinListRow = BulletinRow & { orgName: string; bodyName: string };

function selectRows(db: Executor) {
  return db
    .select({ bulletin: bulletins, orgName: org.name, bodyName: body.name })
    .from(bulletins)
    .innerJoin(org, eq(org.id, bulletins.orgId))
    .innerJoin(body, eq(body.id, bulletins.bodyId));
}

type Selected = Awaited<ReturnType<typeof selectRows>>[number];
const flatten = ({ bulletin, orgName, bodyName }: Selected): BulletinListRow => ({ ...bulletin, orgName, bodyName });

/** Newest issue first, then submissions and drafts by their last change. */
const listOrder = [desc(bulletins.issueNumber), desc(bulletins.updatedAt), asc(bulletins.id)];

export async function findBulletin(db: Executor, id: string): Promise<BulletinListRow | undefined> {
  const [row] = await selectRows(db).where(eq(bulletins.id, id)).limit(1);
  return row ? flatten(row) : undefined;
}

/**
 * The bulletins of a body a user may see: published ones, those not in draft when `allSubmitted`, and every
 * state of those drafted for `ownOrgIds`.
 */
export async function listVisibleBulletins(
  db: Executor,
  bodyId: string,
  visibility: { allSubmitted: boolean; ownOrgIds: string[] | 'all' },
  status?: string,
): Promise<BulletinListRow[]> {
  const seen: SQL[] = [eq(bulletins.status, 'published')];
  if (visibility.allSubmitted) seen.push(eq(bulletins.status, 'submitted'));
  if (visibility.ownOrgIds === 'all') seen.push(sql`true`);
  else if (visibility.ownOrgIds.length > 0) seen.push(inArray(bulletins.orgId, visibility.ownOrgIds));
  const rows = await selectRows(db)
    .where(and(eq(bulletins.bodyId, bodyId), or(...seen), status ? eq(bulletins.status, status) : undefined))
    .orderBy(...listOrder);
  return rows.map(flatten);
}

export async function insertBulletin(db: Executor, values: BulletinInsert): Promise<BulletinRow> {
  const [row] = await db.insert(bulletins).values(values).returning();
  return row!;
}

/** Optimistic locking, and only while the bulletin is still in the state the caller checked. */
export async function updateBulletinAtVersion(
  db: Executor,
  id: string,
  expected: { version: number; status: string },
  values: Partial<BulletinInsert>,
): Promise<BulletinRow | undefined> {
  const [row] = await db
    .update(bulletins)
    .set({ ...values, version: sql`${bulletins.version} + 1`, updatedAt: new Date() })
    .where(and(eq(bulletins.id, id), eq(bulletins.version, expected.version), eq(bulletins.status, expected.status)))
    .returning();
  return row;
}

export async function highestIssueNumber(db: Executor, bodyId: string): Promise<number | null> {
  const [row] = await db
    .select({ highest: max(bulletins.issueNumber) })
    .from(bulletins)
    .where(eq(bulletins.bodyId, bodyId));
  return row?.highest ?? null;
}

export async function countPublished(db: Executor, bodyId: string | undefined): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(bulletins)
    .where(and(eq(bulletins.status, 'published'), bodyId ? eq(bulletins.bodyId, bodyId) : undefined));
  return Number(row?.total ?? 0);
}

export async function listPublished(db: Executor, filter: { bodyId?: string; page: number; pageSize: number }) {
  const rows = await selectRows(db)
    .where(and(eq(bulletins.status, 'published'), filter.bodyId ? eq(bulletins.bodyId, filter.bodyId) : undefined))
    .orderBy(desc(bulletins.publishedAt), desc(bulletins.issueNumber), asc(bulletins.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return rows.map(flatten);
}

/**
 * Counts a view of a published bulletin unless this reader was already counted on `day`; returns the count,
 * or undefined when the bulletin is not published. One statement, so parallel views of one reader count once.
 */
export async function countReaderView(db: Executor, id: string, readerKey: string, day: string): Promise<number | undefined> {
  const rows = rowsOf<{ view_count: number }>(
    await db.execute(sql`
      with published as (
        select ${bulletins.id} as id from ${bulletins} where ${bulletins.id} = ${id} and ${bulletins.status} = 'published'
      ), past as (
        delete from ${bulletinReaders} where ${bulletinReaders.bulletinId} = ${id} and ${bulletinReaders.readOn} < ${day}
      ), counted as (
        insert into ${bulletinReaders} (bulletin_id, reader_key, read_on)
        select id, ${readerKey}, ${day} from published
        on conflict do nothing
        returning 1
      )
      update ${bulletins} set view_count = view_count + (select count(*) from counted)
      where ${bulletins.id} in (select id from published)
      returning view_count`),
  );
  return rows[0]?.view_count;
}

/** Adds one view or share to a published bulletin; nothing for anything else. */
export async function incrementCounter(db: Executor, id: string, counter: 'viewCount' | 'shareCount'): Promise<number | undefined> {
  const column = bulletins[counter];
  const [row] = await db
    .update(bulletins)
    .set({ [counter]: sql`${column} + 1` })
    .where(and(eq(bulletins.id, id), eq(bulletins.status, 'published')))
    .returning({ value: column });
  return row?.value;
}

/** Submissions (submitted or published) of a body's members within a date range, for the quarterly table. */
export async function listSubmissions(db: Executor, bodyId: string, from: string, to: string) {
  return db
    .select({ orgId: bulletins.orgId, submittedOn: bulletins.submittedOn })
    .from(bulletins)
    .where(
      and(eq(bulletins.bodyId, bodyId), isNotNull(bulletins.submittedOn), gte(bulletins.submittedOn, from), lte(bulletins.submittedOn, to)),
    ) as Promise<{ orgId: string; submittedOn: string }[]>;
}

/** The body's current member units by name, for the quarterly table's rows. */
export async function listActiveMemberOrgs(db: Executor, bodyId: string): Promise<{ id: string; name: string; joinedOn: string }[]> {
  return db
    .select({ id: org.id, name: org.name, joinedOn: membership.joinedOn })
    .from(membership)
    .innerJoin(org, eq(org.id, membership.orgId))
    .where(and(eq(membership.bodyId, bodyId), isNull(membership.leftOn)))
    .orderBy(asc(membership.joinedOn), asc(membership.listOrder));
}
