/** SQL of issued learning records. */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { learningCredentials } from './credentials.table.js';

export type CredentialRow = typeof learningCredentials.$inferSelect;

export async function insertCredential(db: Executor, values: typeof learningCredentials.$inferInsert): Promise<CredentialRow> {
  const [row] = await db.insert(learningCredentials).values(values).returning();
  return row!;
}

export async function findCredential(db: Executor, id: string): Promise<CredentialRow | undefined> {
  const [row] = await db.select().from(learningCredentials).where(eq(learningCredentials.id, id));
  return row;
}

export async function findBodyCredential(db: Executor, bodyId: string, id: string): Promise<CredentialRow | undefined> {
  const [row] = await db
    .select()
    .from(learningCredentials)
    .where(and(eq(learningCredentials.bodyId, bodyId), eq(learningCredentials.id, id)));
  return row;
}

export async function credentialsOfStudent(db: Executor, bodyId: string, studentId: string): Promise<CredentialRow[]> {
  return db
    .select()
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
    .returning();
  return row;
}
