/** SQL of the registers: entries, cases with their images, and the report's register blocks of a cycle. */
import { and, asc, eq, inArray, max, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { fileBlobs, keepAttachedUploads } from '../../../kernel/files/index.js';
import { organizationDirectory } from '../../organizations/index.js';
import { reportCaseImages, reportCases, reportRegisterBlocks, reportRegisterEntries } from './registers.table.js';

export type EntryRow = typeof reportRegisterEntries.$inferSelect;
export type EntryInsert = typeof reportRegisterEntries.$inferInsert;
export type CaseRow = typeof reportCases.$inferSelect;
export type CaseInsert = typeof reportCases.$inferInsert;

export const CASE_IMAGE_KIND = 'report_case_image';

const org = organizationDirectory('holder');

/**
 * The organisation each name is, where exactly one organisation has it as its name or short name: a school printed
 * as “上海市曹杨职业技术学校” links to it, a name nobody or several carry stays text.
 */
export async function orgIdsOfNames(db: Executor, names: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: org.id, name: org.name, shortName: org.shortName })
    .from(org)
    .where(or(inArray(org.name, wanted), inArray(org.shortName, wanted)));
  const found = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const name of [row.name, row.shortName]) {
      if (name && wanted.includes(name)) found.set(name, (found.get(name) ?? new Set()).add(row.id));
    }
  }
  return new Map([...found].filter(([, ids]) => ids.size === 1).map(([name, ids]) => [name, [...ids][0]!]));
}

export async function listEntries(db: Executor, cycleId: string): Promise<EntryRow[]> {
  return db
    .select()
    .from(reportRegisterEntries)
    .where(eq(reportRegisterEntries.cycleId, cycleId))
    .orderBy(asc(reportRegisterEntries.position), asc(reportRegisterEntries.createdAt));
}

export async function findEntry(db: Executor, cycleId: string, id: string): Promise<EntryRow | undefined> {
  const [row] = await db
    .select()
    .from(reportRegisterEntries)
    .where(and(eq(reportRegisterEntries.cycleId, cycleId), eq(reportRegisterEntries.id, id)));
  return row;
}

async function nextPosition(db: Executor, table: typeof reportRegisterEntries | typeof reportCases, cycleId: string) {
  const [row] = await db
    .select({ last: max(table.position) })
    .from(table)
    .where(eq(table.cycleId, cycleId));
  return (row?.last ?? 0) + 1;
}

/** Appends the entries after the cycle's last one, in the order given. */
export async function insertEntries(db: Executor, cycleId: string, values: Omit<EntryInsert, 'cycleId' | 'position'>[]) {
  if (values.length === 0) return [];
  const first = await nextPosition(db, reportRegisterEntries, cycleId);
  return db
    .insert(reportRegisterEntries)
    .values(values.map((v, i) => ({ ...v, cycleId, position: first + i })))
    .returning();
}

export async function updateEntryAtVersion(db: Executor, cycleId: string, id: string, version: number, values: Partial<EntryInsert>) {
  const [row] = await db
    .update(reportRegisterEntries)
    .set({ ...values, version: sql`${reportRegisterEntries.version} + 1`, updatedAt: new Date() })
    .where(and(eq(reportRegisterEntries.cycleId, cycleId), eq(reportRegisterEntries.id, id), eq(reportRegisterEntries.version, version)))
    .returning();
  return row;
}

export async function deleteEntry(db: Executor, cycleId: string, id: string) {
  const [row] = await db
    .delete(reportRegisterEntries)
    .where(and(eq(reportRegisterEntries.cycleId, cycleId), eq(reportRegisterEntries.id, id)))
    .returning();
  return row;
}

/** Source tables the cycle's entries already hold, e.g. to load a demo table once. */
export async function sourceTablesOf(db: Executor, cycleId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ sourceTable: reportRegisterEntries.sourceTable })
    .from(reportRegisterEntries)
    .where(eq(reportRegisterEntries.cycleId, cycleId));
  return new Set(rows.flatMap((r) => (r.sourceTable ? [r.sourceTable] : [])));
}

export async function listCases(db: Executor, cycleId: string): Promise<CaseRow[]> {
  return db
    .select()
    .from(reportCases)
    .where(eq(reportCases.cycleId, cycleId))
    .orderBy(asc(reportCases.position), asc(reportCases.createdAt));
}

export async function findCase(db: Executor, cycleId: string, id: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(reportCases)
    .where(and(eq(reportCases.cycleId, cycleId), eq(reportCases.id, id)));
  return row;
}

export async function insertCase(db: Executor, cycleId: string, values: Omit<CaseInsert, 'cycleId' | 'position'>) {
  const position = await nextPosition(db, reportCases, cycleId);
  const [row] = await db
    .insert(reportCases)
    .values({ ...values, cycleId, position })
    .returning();
  return row!;
}

export async function updateCaseAtVersion(db: Executor, cycleId: string, id: string, version: number, values: Partial<CaseInsert>) {
  const [row] = await db
    .update(reportCases)
    .set({ ...values, version: sql`${reportCases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(reportCases.cycleId, cycleId), eq(reportCases.id, id), eq(reportCases.version, version)))
    .returning();
  return row;
}

/** Deleting a case deletes its images with it: they were kept for it alone. */
export async function deleteCase(db: Executor, cycleId: string, id: string) {
  const images = await db.select({ fileId: reportCaseImages.fileId }).from(reportCaseImages).where(eq(reportCaseImages.caseId, id));
  const [row] = await db
    .delete(reportCases)
    .where(and(eq(reportCases.cycleId, cycleId), eq(reportCases.id, id)))
    .returning();
  if (row && images.length > 0) {
    await db.delete(fileBlobs).where(
      inArray(
        fileBlobs.id,
        images.map((i) => i.fileId),
      ),
    );
  }
  return row;
}

export async function imagesOfCases(db: Executor, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({
      caseId: reportCaseImages.caseId,
      id: fileBlobs.id,
      filename: fileBlobs.filename,
      size: sql<number>`octet_length(${fileBlobs.content})`,
    })
    .from(reportCaseImages)
    .innerJoin(fileBlobs, eq(fileBlobs.id, reportCaseImages.fileId))
    .where(inArray(reportCaseImages.caseId, caseIds))
    .orderBy(asc(fileBlobs.createdAt), asc(fileBlobs.id));
}

/**
 * Sets a case's images to `fileIds`: images left out are removed with their files; new ones must be the user's own
 * unattached uploads of a case image. Returns how many of the new ones could not be kept.
 */
export async function setCaseImages(db: Executor, caseId: string, fileIds: string[], ownerUserId: string): Promise<number> {
  const current = (
    await db.select({ fileId: reportCaseImages.fileId }).from(reportCaseImages).where(eq(reportCaseImages.caseId, caseId))
  ).map((r) => r.fileId);
  const removed = current.filter((id) => !fileIds.includes(id));
  const added = [...new Set(fileIds.filter((id) => !current.includes(id)))];
  if (removed.length > 0) {
    await db.delete(reportCaseImages).where(and(eq(reportCaseImages.caseId, caseId), inArray(reportCaseImages.fileId, removed)));
    await db.delete(fileBlobs).where(inArray(fileBlobs.id, removed));
  }
  const kept = await keepAttachedUploads(db, {
    fileIds: added,
    ownerUserId,
    kind: CASE_IMAGE_KIND,
    link: { table: reportCaseImages, fileId: reportCaseImages.fileId },
  });
  if (kept.length > 0) await db.insert(reportCaseImages).values(kept.map((fileId) => ({ caseId, fileId })));
  return added.length - kept.length;
}

/** An image of a case of this cycle, or nothing: an id of another cycle's case answers as unknown. */
export async function findCaseImage(db: Executor, cycleId: string, caseId: string, fileId: string) {
  const [row] = await db
    .select({ filename: fileBlobs.filename, contentType: fileBlobs.contentType, content: fileBlobs.content })
    .from(reportCaseImages)
    .innerJoin(fileBlobs, eq(fileBlobs.id, reportCaseImages.fileId))
    .innerJoin(reportCases, eq(reportCases.id, reportCaseImages.caseId))
    .where(and(eq(reportCaseImages.fileId, fileId), eq(reportCaseImages.caseId, caseId), eq(reportCases.cycleId, cycleId)))
    .limit(1);
  return row;
}

export async function listBlocks(db: Executor, cycleId: string) {
  return db
    .select()
    .from(reportRegisterBlocks)
    .where(eq(reportRegisterBlocks.cycleId, cycleId))
    .orderBy(asc(reportRegisterBlocks.position));
}

/** Holds the cycle's blocks until the transaction ends, so two editors saving from the same revision cannot both win. */
export async function lockBlocks(db: Executor, cycleId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`register-blocks:${cycleId}`}))`);
}

export async function replaceBlocks(
  db: Executor,
  cycleId: string,
  blocks: Omit<typeof reportRegisterBlocks.$inferInsert, 'cycleId' | 'position'>[],
) {
  await db.delete(reportRegisterBlocks).where(eq(reportRegisterBlocks.cycleId, cycleId));
  if (blocks.length === 0) return;
  await db.insert(reportRegisterBlocks).values(blocks.map((b, i) => ({ ...b, cycleId, position: i + 1 })));
}
