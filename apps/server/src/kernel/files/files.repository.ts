import { and, type Column, eq, gt, inArray, lt, sql, type Table } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { fileBlobs } from './files.table.js';

export type FileBlob = typeof fileBlobs.$inferSelect;

export interface NewFile {
  ownerUserId: string;
  kind: string;
  filename: string;
  contentType: string;
  content: Buffer;
  /** How long the owner can download it. */
  ttlMs: number;
}

export async function insertFile(db: Executor, file: NewFile): Promise<string> {
  const { ttlMs, ...values } = file;
  const [row] = await db
    .insert(fileBlobs)
    .values({ ...values, expiresAt: sql`now() + make_interval(secs => ${ttlMs / 1000})` })
    .returning({ id: fileBlobs.id });
  return row!.id;
}

/** The file if it belongs to this user and has not expired; anyone else gets nothing, not even its existence. */
export async function findOwnedFile(db: Executor, id: string, ownerUserId: string): Promise<FileBlob | undefined> {
  const [row] = await db
    .select()
    .from(fileBlobs)
    .where(and(eq(fileBlobs.id, id), eq(fileBlobs.ownerUserId, ownerUserId), gt(fileBlobs.expiresAt, sql`now()`)))
    .limit(1);
  return row;
}

export async function deleteExpiredFiles(db: Executor): Promise<number> {
  const removed = await db
    .delete(fileBlobs)
    .where(lt(fileBlobs.expiresAt, sql`now()`))
    .returning({ id: fileBlobs.id });
  return removed.length;
}

/**
 * Keeps the uploads a user attaches to a record: their own, of the expected kind, not expired and not yet
 * attached anywhere (`link` is the table joining files to the records, `link.fileId` its file column). A kept
 * file lives as long as the record, so it no longer expires. Returns the ids kept; the caller links them.
 */
export async function keepAttachedUploads(
  db: Executor,
  input: { fileIds: string[]; ownerUserId: string; kind: string; link: { table: Table; fileId: Column } },
): Promise<string[]> {
  if (input.fileIds.length === 0) return [];
  const kept = await db
    .update(fileBlobs)
    .set({ expiresAt: sql`now() + interval '100 years'` })
    .where(
      and(
        inArray(fileBlobs.id, input.fileIds),
        eq(fileBlobs.ownerUserId, input.ownerUserId),
        eq(fileBlobs.kind, input.kind),
        sql`${fileBlobs.expiresAt} > now()`,
        sql`not exists (select 1 from ${input.link.table} where ${input.link.fileId} = ${fileBlobs.id})`,
      ),
    )
    .returning({ id: fileBlobs.id });
  return kept.map((file) => file.id);
}
