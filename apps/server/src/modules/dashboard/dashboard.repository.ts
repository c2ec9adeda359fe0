/** Counts the dashboard needs that no other module already offers. */
import { and, count, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/database.js';
import { liaisons } from '../bodies/index.js';
import { organizations } from '../organizations/index.js';

export async function countOrgsWithoutUscc(db: Executor): Promise<number> {
  const [row] = await db.select({ total: count() }).from(organizations).where(isNull(organizations.uscc));
  return Number(row?.total ?? 0);
}

/** Current liaisons an organisation has named, over all its bodies. */
export async function countCurrentLiaisonsOf(db: Executor, orgId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(liaisons)
    .where(and(eq(liaisons.orgId, orgId), isNull(liaisons.removedAt)));
  return Number(row?.total ?? 0);
}
