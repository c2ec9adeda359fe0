/** SQL of a unit's exchange figures across the bodies it belongs to: the agreements counted for a year. */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { bodyDirectory } from '../../bodies/index.js';
import { organizationDirectory } from '../../organizations/index.js';
import { COUNTED_STATUSES } from './exchange.rules.js';
import { resourceExchangeAgreements } from './exchange.table.js';

const sender = organizationDirectory('sender');
const receiver = organizationDirectory('receiver');
const body = bodyDirectory();

/** The agreements a unit sent, received or hosted that started in the year and were carried out. */
export async function countedAgreementsOfOrg(db: Executor, orgId: string, year: number) {
  const a = resourceExchangeAgreements;
  return db
    .select({
      agreement: a,
      senderName: sender.name,
      receiverName: receiver.name,
      bodyName: body.name,
    })
    .from(a)
    .innerJoin(sender, eq(sender.id, a.senderOrgId))
    .leftJoin(receiver, eq(receiver.id, a.receiverOrgId))
    .innerJoin(body, eq(body.id, a.bodyId))
    .where(
      and(
        or(eq(a.senderOrgId, orgId), eq(a.receiverOrgId, orgId)),
        sql`extract(year from ${a.startsOn}) = ${year}`,
        inArray(a.status, COUNTED_STATUSES),
      ),
    )
    .orderBy(asc(a.startsOn));
}
