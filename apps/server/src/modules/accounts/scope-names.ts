import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.js';
import { bodies } from '../bodies/bodies.table.js';
import { organizations } from '../organizations/index.js';

/** Names of the organisations and bodies that role scopes point at, in one statement. */
export async function scopeNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .unionAll(db.select({ id: bodies.id, name: bodies.name }).from(bodies).where(inArray(bodies.id, ids)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Whether the organisation (org-scoped roles) or body (body-scoped roles) a role is given for exists. */
export async function scopeExists(db: Executor, scopeType: 'org' | 'body', id: string): Promise<boolean> {
  const table = scopeType === 'org' ? organizations : bodies;
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
  return !!row;
}
