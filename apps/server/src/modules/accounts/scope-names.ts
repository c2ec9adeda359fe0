import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.js';
import { organizationDirectory } from '../organizations/index.js';
import { bodyDirectory } from '../bodies/index.js';

const org = organizationDirectory();
const body = bodyDirectory();

/** Names of the organisations and bodies that role scopes point at, in one statement. */
export async function scopeNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: org.id, name: org.name })
    .from(org)
    .where(inArray(org.id, ids))
    .unionAll(db.select({ id: body.id, name: body.name }).from(body).where(inArray(body.id, ids)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Whether the organisation (org-scoped roles) or body (body-scoped roles) a role is given for exists. */
export async function scopeExists(db: Executor, scopeType: 'org' | 'body', id: string): Promise<boolean> {
  const table = scopeType === 'org' ? org : body;
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
  return !!row;
}
