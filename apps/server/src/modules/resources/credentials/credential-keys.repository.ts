/** SQL of the platform's credential signing keys. */
import { asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { credentialSigningKeys } from './credentials.table.js';

export type SigningKeyRow = typeof credentialSigningKeys.$inferSelect;

export async function findActiveKey(db: Executor): Promise<SigningKeyRow | undefined> {
  const [row] = await db.select().from(credentialSigningKeys).where(isNull(credentialSigningKeys.retiredAt));
  return row;
}

export async function findKey(db: Executor, id: string): Promise<SigningKeyRow | undefined> {
  const [row] = await db.select().from(credentialSigningKeys).where(eq(credentialSigningKeys.id, id));
  return row;
}

/** Every key ever used, oldest first: rotated keys stay published so what they signed still verifies. */
export async function listKeys(db: Executor): Promise<SigningKeyRow[]> {
  return db.select().from(credentialSigningKeys).orderBy(asc(credentialSigningKeys.createdAt));
}

/** Inserts an active key unless another instance just did (the one-active index); returns whether it was inserted. */
export async function insertActiveKey(db: Executor, values: typeof credentialSigningKeys.$inferInsert): Promise<boolean> {
  const rows = await db.insert(credentialSigningKeys).values(values).onConflictDoNothing().returning({ id: credentialSigningKeys.id });
  return rows.length > 0;
}

export async function retireKey(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(credentialSigningKeys).set({ retiredAt: at }).where(eq(credentialSigningKeys.id, id));
}
