import { and, asc, count, desc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { ApplicationStatus } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { selectionCalls } from '../calls/calls.table.js';
import type { NamedUnit } from './application.rules.js';
import {
  selectionApplicationFiles,
  selectionApplications,
  selectionApplicationUnits,
  selectionApplicationVersions,
} from './applications.table.js';
import { organizationDirectory } from '../../organizations/index.js';
import { outerColumn } from '../../../kernel/db/outer-column.js';
import { resultDecisions } from '../results/results.table.js';
import { reviewSettings } from '../reviews/reviews.table.js';

const org = organizationDirectory();

export type ApplicationRow = typeof selectionApplications.$inferSelect;
export type ApplicationInsert = typeof selectionApplications.$inferInsert;
export type VersionRow = typeof selectionApplicationVersions.$inferSelect;
export type FileRow = typeof selectionApplicationFiles.$inferSelect;
export type FileMeta = Omit<FileRow, 'content'>;

export interface ApplicationListRow extends ApplicationRow {
  callTitle: string;
  callStatus: string;
  callDeadlineLocal: string;
  resultsPublishedAt: Date | null;
  applicantName: string;
  resultPublished: boolean;
}

/** Only a submitted application is ranked, so only it gets a published result. */
const resultPublished = sql<boolean>`exists (select 1 from ${resultDecisions}
  where ${resultDecisions.applicationId} = ${outerColumn(selectionApplications.id)} and ${resultDecisions.published} is not null)`;

// The outer select always joins the call, so drizzle qualifies the outer column itself.
const resultsPublishedAt = sql<string | Date | null>`(select ${reviewSettings.publishedAt} from ${reviewSettings}
  where ${reviewSettings.callId} = ${selectionCalls.id})`;

function listSelection() {
  return {
    application: selectionApplications,
    callTitle: selectionCalls.title,
    callStatus: selectionCalls.status,
    callDeadlineLocal: selectionCalls.deadlineLocal,
    resultsPublishedAt,
    applicantName: org.name,
    resultPublished,
  };
}

interface ListSelectionRow extends Omit<ApplicationListRow, keyof ApplicationRow | 'resultPublished' | 'resultsPublishedAt'> {
  application: ApplicationRow;
  resultsPublishedAt: string | Date | null;
  resultPublished: boolean | string;
}

function flatten({
  application,
  resultsPublishedAt: publishedAt,
  resultPublished: published,
  ...call
}: ListSelectionRow): ApplicationListRow {
  return {
    ...application,
    ...call,
    // Raw subqueries come back as text on one driver and typed on the other.
    resultsPublishedAt: publishedAt === null ? null : new Date(publishedAt),
    resultPublished: published === true || published === 't',
  };
}

export async function findApplication(db: Executor, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(selectionApplications).where(eq(selectionApplications.id, id)).limit(1);
  return row;
}

export async function findApplicationListRow(db: Executor, id: string): Promise<ApplicationListRow | undefined> {
  const [row] = await db
    .select(listSelection())
    .from(selectionApplications)
    .innerJoin(selectionCalls, eq(selectionCalls.id, selectionApplications.callId))
    .innerJoin(org, eq(org.id, selectionApplications.applicantOrgId))
    .where(eq(selectionApplications.id, id))
    .limit(1);
  return row ? flatten(row) : undefined;
}

export interface ApplicationFilter {
  callId?: string;
  applicantOrgIds?: 'all' | string[];
  statuses?: ApplicationStatus[];
  page: number;
  pageSize: number;
}

export async function listApplications(db: Executor, filter: ApplicationFilter): Promise<{ rows: ApplicationListRow[]; total: number }> {
  const orgs = filter.applicantOrgIds;
  if (orgs && orgs !== 'all' && orgs.length === 0) return { rows: [], total: 0 };
  const where: SQL | undefined = and(
    filter.callId ? eq(selectionApplications.callId, filter.callId) : undefined,
    orgs && orgs !== 'all' ? inArray(selectionApplications.applicantOrgId, orgs) : undefined,
    filter.statuses ? inArray(selectionApplications.status, filter.statuses) : undefined,
  );
  const [rows, [totalRow]] = await Promise.all([
    db
      .select(listSelection())
      .from(selectionApplications)
      .innerJoin(selectionCalls, eq(selectionCalls.id, selectionApplications.callId))
      .innerJoin(org, eq(org.id, selectionApplications.applicantOrgId))
      .where(where)
      .orderBy(desc(selectionApplications.updatedAt), asc(selectionApplications.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(selectionApplications).where(where),
  ]);
  return { rows: rows.map(flatten), total: Number(totalRow?.total ?? 0) };
}

/** Every application of a call in the order the 汇总表 lists them (oldest first), with the whole content. */
export async function applicationsOfCall(db: Executor, callId: string, statuses?: ApplicationStatus[]): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(selectionApplications)
    .where(and(eq(selectionApplications.callId, callId), statuses ? inArray(selectionApplications.status, statuses) : undefined))
    .orderBy(asc(selectionApplications.createdAt), asc(selectionApplications.id));
}

/** The call's applications as the one-per-park rule sees them. */
export async function parksOfCall(db: Executor, callId: string) {
  return db
    .select({
      applicationId: selectionApplications.id,
      name: selectionApplications.consortiumName,
      parkOrgId: selectionApplications.parkOrgId,
      parkName: selectionApplications.parkName,
    })
    .from(selectionApplications)
    .where(eq(selectionApplications.callId, callId))
    .orderBy(asc(selectionApplications.createdAt));
}

export async function insertApplication(db: Executor, values: ApplicationInsert): Promise<ApplicationRow> {
  const [row] = await db.insert(selectionApplications).values(values).returning();
  return row!;
}

export async function updateApplicationAtVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<ApplicationInsert>,
): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .update(selectionApplications)
    .set({ ...values, version: sql`${selectionApplications.version} + 1`, updatedAt: new Date() })
    .where(and(eq(selectionApplications.id, id), eq(selectionApplications.version, version)))
    .returning();
  return row;
}

export async function replaceUnits(db: Executor, applicationId: string, units: NamedUnit[]): Promise<void> {
  await db.delete(selectionApplicationUnits).where(eq(selectionApplicationUnits.applicationId, applicationId));
  if (units.length === 0) return;
  await db.insert(selectionApplicationUnits).values(units.map((unit) => ({ ...unit, applicationId })));
}

export async function unitsOf(db: Executor, applicationId: string) {
  return db
    .select()
    .from(selectionApplicationUnits)
    .where(eq(selectionApplicationUnits.applicationId, applicationId))
    .orderBy(asc(selectionApplicationUnits.place), asc(selectionApplicationUnits.position));
}

export async function insertVersion(db: Executor, values: typeof selectionApplicationVersions.$inferInsert): Promise<VersionRow> {
  const [row] = await db.insert(selectionApplicationVersions).values(values).returning();
  return row!;
}

export async function versionsOf(db: Executor, applicationId: string): Promise<Omit<VersionRow, 'content'>[]> {
  const { content: _content, ...columns } = getTableColumns(selectionApplicationVersions);
  return db
    .select(columns)
    .from(selectionApplicationVersions)
    .where(eq(selectionApplicationVersions.applicationId, applicationId))
    .orderBy(asc(selectionApplicationVersions.versionNo));
}

export async function findVersion(db: Executor, applicationId: string, versionNo: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(selectionApplicationVersions)
    .where(and(eq(selectionApplicationVersions.applicationId, applicationId), eq(selectionApplicationVersions.versionNo, versionNo)))
    .limit(1);
  return row;
}

export async function markVersionReturned(
  db: Executor,
  applicationId: string,
  versionNo: number,
  values: { returnedAt: Date; returnedBy: string | null; returnReason: string },
) {
  await db
    .update(selectionApplicationVersions)
    .set(values)
    .where(and(eq(selectionApplicationVersions.applicationId, applicationId), eq(selectionApplicationVersions.versionNo, versionNo)));
}

const fileMetaColumns = () => {
  const { content: _content, ...columns } = getTableColumns(selectionApplicationFiles);
  return columns;
};

/** The current (not replaced) file of a kind, and for seals of a slot. */
export async function currentFile(db: Executor, applicationId: string, kind: string, slot?: string): Promise<FileMeta | undefined> {
  const [row] = await db
    .select(fileMetaColumns())
    .from(selectionApplicationFiles)
    .where(
      and(
        eq(selectionApplicationFiles.applicationId, applicationId),
        eq(selectionApplicationFiles.kind, kind),
        slot ? eq(selectionApplicationFiles.slot, slot) : undefined,
        isNull(selectionApplicationFiles.replacedAt),
      ),
    )
    .orderBy(desc(selectionApplicationFiles.createdAt))
    .limit(1);
  return row;
}

export async function findFileMeta(db: Executor, applicationId: string, fileId: string): Promise<FileMeta | undefined> {
  const [row] = await db
    .select(fileMetaColumns())
    .from(selectionApplicationFiles)
    .where(and(eq(selectionApplicationFiles.applicationId, applicationId), eq(selectionApplicationFiles.id, fileId)))
    .limit(1);
  return row;
}

export async function fileWithContent(db: Executor, applicationId: string, fileId: string): Promise<FileRow | undefined> {
  const [row] = await db
    .select()
    .from(selectionApplicationFiles)
    .where(and(eq(selectionApplicationFiles.applicationId, applicationId), eq(selectionApplicationFiles.id, fileId)))
    .limit(1);
  return row;
}

export async function replaceCurrentFiles(db: Executor, applicationId: string, kind: string, slot: string | null, at: Date) {
  await db
    .update(selectionApplicationFiles)
    .set({ replacedAt: at })
    .where(
      and(
        eq(selectionApplicationFiles.applicationId, applicationId),
        eq(selectionApplicationFiles.kind, kind),
        slot ? eq(selectionApplicationFiles.slot, slot) : undefined,
        isNull(selectionApplicationFiles.replacedAt),
      ),
    );
}

export async function insertFile(db: Executor, values: typeof selectionApplicationFiles.$inferInsert): Promise<FileMeta> {
  const [row] = await db.insert(selectionApplicationFiles).values(values).returning(fileMetaColumns());
  return row!;
}

export async function setFileToc(db: Executor, fileId: string, toc: FileRow['toc']) {
  await db.update(selectionApplicationFiles).set({ toc }).where(eq(selectionApplicationFiles.id, fileId));
}

/** Applications still being filled in for open calls due before `until`, by applicant: for the dashboard. */
export async function draftsDueBefore(db: Executor, applicantOrgIds: string[], now: Date, until: Date) {
  if (applicantOrgIds.length === 0) return [];
  return db
    .select({ id: selectionApplications.id, name: selectionApplications.consortiumName, deadline: selectionCalls.deadlineLocal })
    .from(selectionApplications)
    .innerJoin(selectionCalls, eq(selectionCalls.id, selectionApplications.callId))
    .where(
      and(
        inArray(selectionApplications.applicantOrgId, applicantOrgIds),
        inArray(selectionApplications.status, ['draft', 'returned']),
        eq(selectionCalls.status, 'open'),
        sql`${selectionCalls.deadlineAt} >= ${now}`,
        sql`${selectionCalls.deadlineAt} < ${until}`,
      ),
    );
}

/** Submitted applications awaiting the authority's check, per call of the given authorities. */
export async function submittedPerCall(db: Executor, authorityOrgIds: string[]) {
  if (authorityOrgIds.length === 0) return [];
  return db
    .select({ callId: selectionCalls.id, title: selectionCalls.title, submitted: count() })
    .from(selectionApplications)
    .innerJoin(selectionCalls, eq(selectionCalls.id, selectionApplications.callId))
    .where(and(inArray(selectionCalls.authorityOrgId, authorityOrgIds), eq(selectionApplications.status, 'submitted')))
    .groupBy(selectionCalls.id, selectionCalls.title);
}
