/** The current member units of a body, with what they are, read through the owners' read models. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { bodyMembershipDirectory } from '../../bodies/index.js';
import { organizationDirectory } from '../../organizations/index.js';

const membership = bodyMembershipDirectory();
const org = organizationDirectory();

export async function currentMembers(db: Executor, bodyId: string) {
  return db
    .select({ id: org.id, name: org.name, type: org.type, regionCode: org.regionCode })
    .from(membership)
    .innerJoin(org, eq(org.id, membership.orgId))
    .where(and(eq(membership.bodyId, bodyId), isNull(membership.leftOn)))
    .orderBy(asc(membership.listOrder), asc(org.nameSortKey), asc(org.name));
}
