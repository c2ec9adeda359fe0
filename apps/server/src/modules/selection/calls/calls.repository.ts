import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { CallStatus } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { selectionApplications } from '../applications/applications.table.js';
import { selectionCalls } from './calls.table.js';
import { reviewSettings } from '../reviews/reviews.table.js';
import { outerColumn } from '../../../kernel/db/outer-column.js';
import { organizationDirectory } from '../../organizations/index.js';

const org = organizationDirectory();

export type CallRow = typeof selectionCalls.$inferSelect;
export type CallInsert = typeof selectionCalls.$inferInsert;

export interface CallListRow extends CallRow {
  authorityName: string;
  applicationCount: number;
  submittedCount: number;
  resultsPublishedAt: Date | null;
}

const applicationCount = sql<number>`(select count(*)::int from ${selectionApplications} where ${selectionApplications.callId} = ${outerColumn(selectionCalls.id)})`;
const submittedCount = sql<number>`(select count(*)::int from ${selectionApplications}
  where ${selectionApplications.callId} = ${outerColumn(selectionCalls.id)} and ${selectionApplications.status} = 'submitted')`;

const resultsPublishedAt = sql<
  string | Date | null
>`(select ${reviewSettings.publishedAt} from ${reviewSettings} where ${reviewSettings.callId} = ${outerColumn(selectionCalls.id)})`;

function listSelection() {
  return { call: selectionCalls, authorityName: org.name, applicationCount, submittedCount, resultsPublishedAt };
}

interface ListSelectionRow {
  call: CallRow;
  authorityName: string;
  applicationCount: number;
  submittedCount: number;
  resultsPublishedAt: string | Date | null;
}

function flatten(row: ListSelectionRow): CallListRow {
  return {
    ...row.call,
    authorityName: row.authorityName,
    applicationCount: Number(row.applicationCount),
    submittedCount: Number(row.submittedCount),
    // A raw subquery comes back as text on one driver and as a Date on the other.
    resultsPublishedAt: row.resultsPublishedAt === null ? null : new Date(row.resultsPublishedAt),
  };
}

export async function findCall(db: Executor, id: string): Promise<CallRow | undefined> {
  const [row] = await db.select().from(selectionCalls).where(eq(selectionCalls.id, id)).limit(1);
  return row;
}

/** Locks the call row for the rest of the transaction: applications of one call are checked one at a time. */
export async function lockCall(db: Executor, id: string): Promise<CallRow | undefined> {
  const [row] = await db.select().from(selectionCalls).where(eq(selectionCalls.id, id)).for('update');
  return row;
}

export async function findCallListRow(db: Executor, id: string): Promise<CallListRow | undefined> {
  const [row] = await db
    .select(listSelection())
    .from(selectionCalls)
    .innerJoin(org, eq(org.id, selectionCalls.authorityOrgId))
    .where(eq(selectionCalls.id, id))
    .limit(1);
  return row ? flatten(row) : undefined;
}

export async function insertCall(db: Executor, values: CallInsert): Promise<CallRow> {
  const [row] = await db.insert(selectionCalls).values(values).returning();
  return row!;
}

export async function updateCallAtVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<CallInsert>,
): Promise<CallRow | undefined> {
  const [row] = await db
    .update(selectionCalls)
    .set({ ...values, version: sql`${selectionCalls.version} + 1`, updatedAt: new Date() })
    .where(and(eq(selectionCalls.id, id), eq(selectionCalls.version, version)))
    .returning();
  return row;
}

export interface CallFilter {
  authorityOrgIds: 'all' | string[];
  statuses?: CallStatus[];
  page: number;
  pageSize: number;
}

export async function listCalls(db: Executor, filter: CallFilter): Promise<{ rows: CallListRow[]; total: number }> {
  if (filter.authorityOrgIds !== 'all' && filter.authorityOrgIds.length === 0) return { rows: [], total: 0 };
  const where: SQL | undefined = and(
    filter.authorityOrgIds === 'all' ? undefined : inArray(selectionCalls.authorityOrgId, filter.authorityOrgIds),
    filter.statuses ? inArray(selectionCalls.status, filter.statuses) : undefined,
  );
  const [rows, [totalRow]] = await Promise.all([
    db
      .select(listSelection())
      .from(selectionCalls)
      .innerJoin(org, eq(org.id, selectionCalls.authorityOrgId))
      .where(where)
      .orderBy(desc(selectionCalls.deadlineAt), asc(selectionCalls.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(selectionCalls).where(where),
  ]);
  return { rows: rows.map(flatten), total: Number(totalRow?.total ?? 0) };
}

/** Open calls whose deadline falls within [from, until): for the dashboard. */
export async function openCallsDueBetween(db: Executor, from: Date, until: Date): Promise<CallRow[]> {
  return db
    .select()
    .from(selectionCalls)
    .where(
      and(eq(selectionCalls.status, 'open'), sql`${selectionCalls.deadlineAt} >= ${from}`, sql`${selectionCalls.deadlineAt} < ${until}`),
    );
}

export async function callIdByTitle(db: Executor, authorityOrgId: string, title: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: selectionCalls.id })
    .from(selectionCalls)
    .where(and(eq(selectionCalls.authorityOrgId, authorityOrgId), eq(selectionCalls.title, title)))
    .limit(1);
  return row?.id;
}
