/** SQL of issued learning records. */
import { and, desc, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { learningCredentials } from './credentials.table.js';

// The kept PDF is read only for a download, never with the record.
const { pdf: _pdf, ...recordColumns } = getTableColumns(learningCredentials);

export type CredentialRow = Omit<typeof learningCredentials.$inferSelect, 'pdf'>;

export async function insertCredential(db: Executor, values: typeof learningCredentials.$inferInsert): Promise<CredentialRow> {
  const [row] = await db.insert(learningCredentials).values(values).returning(recordColumns);
  return row!;
}

export async function findCredential(db: Executor, id: string): Promise<CredentialRow | undefined> {
  const [row] = await db.select(recordColumns).from(learningCredentials).where(eq(learningCredentials.id, id));
  return row;
}

export async function findBodyCredential(db: Executor, bodyId: string, id: string): Promise<CredentialRow | undefined> {
  const [row] = await db
    .select(recordColumns)
    .from(learningCredentials)
    .where(and(eq(learningCredentials.bodyId, bodyId), eq(learningCredentials.id, id)));
  return row;
}

export async function credentialsOfStudent(db: Executor, bodyId: string, studentId: string): Promise<CredentialRow[]> {
  return db
    .select(recordColumns)
    .from(learningCredentials)
    .where(and(eq(learningCredentials.bodyId, bodyId), eq(learningCredentials.studentId, studentId)))
    .orderBy(desc(learningCredentials.issuedAt));
}

/** Withdraws an issued record; undefined when it was already withdrawn (by another request). */
export async function withdrawCredential(db: Executor, id: string, at: Date, reason: string): Promise<CredentialRow | undefined> {
  const [row] = await db
    .update(learningCredentials)
    .set({ status: 'withdrawn', withdrawnAt: at, withdrawReason: reason })
    .where(and(eq(learningCredentials.id, id), eq(learningCredentials.status, 'issued')))
    .returning(recordColumns);
  return row;
}

export async function findPdf(db: Executor, id: string): Promise<Buffer | null> {
  const [row] = await db.select({ pdf: learningCredentials.pdf }).from(learningCredentials).where(eq(learningCredentials.id, id));
  return row?.pdf ?? null;
}

/** Keeps the first rendering; false when a concurrent first download kept its own before. */
export async function keepPdf(db: Executor, id: string, pdf: Buffer): Promise<boolean> {
  const kept = await db
    .update(learningCredentials)
    .set({ pdf })
    .where(and(eq(learningCredentials.id, id), isNull(learningCredentials.pdf)))
    .returning({ id: learningCredentials.id });
  return kept.length > 0;
}
