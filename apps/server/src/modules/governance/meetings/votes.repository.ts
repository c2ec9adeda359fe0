/** SQL of ballots and of the register of resolutions. */
import { and, asc, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { agendaItems, meetingBallots, meetings } from './meetings.table.js';
import type { AgendaItemRow } from './meetings.repository.js';
import { organizationDirectory } from '../../organizations/index.js';

const org = organizationDirectory();

export type BallotInsert = typeof meetingBallots.$inferInsert;

export async function insertBallot(db: Executor, values: BallotInsert) {
  const [row] = await db.insert(meetingBallots).values(values).returning();
  return row!;
}

export async function findBallot(db: Executor, itemId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(meetingBallots)
    .where(and(eq(meetingBallots.itemId, itemId), eq(meetingBallots.orgId, orgId)))
    .limit(1);
  return row;
}

export async function tallyBallots(db: Executor, itemId: string) {
  const rows = await db
    .select({ choice: meetingBallots.choice, total: count() })
    .from(meetingBallots)
    .where(eq(meetingBallots.itemId, itemId))
    .groupBy(meetingBallots.choice);
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const row of rows) tally[row.choice as keyof typeof tally] = Number(row.total);
  return tally;
}

/** How many ballots each item of a meeting has, for the open-vote progress. */
export async function ballotCounts(db: Executor, itemIds: string[]): Promise<Map<string, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({ itemId: meetingBallots.itemId, total: count() })
    .from(meetingBallots)
    .where(inArray(meetingBallots.itemId, itemIds))
    .groupBy(meetingBallots.itemId);
  return new Map(rows.map((row) => [row.itemId, Number(row.total)]));
}

export async function listBallots(db: Executor, itemId: string) {
  return db
    .select({ ballot: meetingBallots, orgName: org.name })
    .from(meetingBallots)
    .innerJoin(org, eq(org.id, meetingBallots.orgId))
    .where(eq(meetingBallots.itemId, itemId))
    .orderBy(asc(meetingBallots.castAt));
}

/**
 * Ballots the given units cast in the given items: which open items a representative still has to vote in, and
 * how and when its unit voted.
 */
export async function ballotsOfOrgs(db: Executor, itemIds: string[], orgIds: string[]) {
  if (itemIds.length === 0 || orgIds.length === 0) return [];
  return db
    .select({
      itemId: meetingBallots.itemId,
      orgId: meetingBallots.orgId,
      choice: meetingBallots.choice,
      castVia: meetingBallots.castVia,
      castAt: meetingBallots.castAt,
    })
    .from(meetingBallots)
    .where(and(inArray(meetingBallots.itemId, itemIds), inArray(meetingBallots.orgId, orgIds)));
}

/**
 * What a register row shows of its item. Not the whole row: the electorate (every member unit's id, fixed when
 * the vote opened) is tens of kilobytes per item in a body of hundreds of members, and the register never shows it.
 */
const registerItemColumns = {
  id: agendaItems.id,
  meetingId: agendaItems.meetingId,
  kind: agendaItems.kind,
  title: agendaItems.title,
  subjectOrgId: agendaItems.subjectOrgId,
  resolutionNo: agendaItems.resolutionNo,
  result: agendaItems.result,
  threshold: agendaItems.threshold,
  quorum: agendaItems.quorum,
  voteClosedAt: agendaItems.voteClosedAt,
};
export type RegisterItem = { [K in keyof typeof registerItemColumns]: AgendaItemRow[K] };

/**
 * The register: every closed vote of the body, newest first. The page is chosen on the ids alone (in the order of
 * agenda_items_register_idx), and only its rows are then read and joined: ordering whole rows of thousands of votes
 * made PostgreSQL sort them on disk for deep pages whenever it preferred a scan to the index.
 */
export async function listResolutions(db: Executor, bodyId: string, page: number, pageSize: number) {
  const where = and(eq(agendaItems.bodyId, bodyId), isNotNull(agendaItems.voteClosedAt));
  const pageIds = db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(where)
    .orderBy(desc(agendaItems.voteClosedAt), desc(agendaItems.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .as('page_ids');
  const [rows, [total]] = await Promise.all([
    db
      .select({
        item: registerItemColumns,
        meetingTitle: meetings.title,
        heldOn: meetings.heldOn,
        subjectOrgName: org.name,
      })
      .from(pageIds)
      .innerJoin(agendaItems, eq(agendaItems.id, pageIds.id))
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .leftJoin(org, eq(org.id, agendaItems.subjectOrgId))
      .orderBy(desc(agendaItems.voteClosedAt), desc(agendaItems.id)),
    db.select({ total: count() }).from(agendaItems).where(where),
  ]);
  return { rows, total: Number(total?.total ?? 0) };
}

/** Open votes in which any of the units is entitled to vote (its id is in the electorate). */
export async function openVotesFor(db: Executor, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return db
    .select({
      itemId: agendaItems.id,
      bodyId: agendaItems.bodyId,
      meetingId: agendaItems.meetingId,
      title: agendaItems.title,
      electorate: agendaItems.electorate,
    })
    .from(agendaItems)
    .where(
      and(
        eq(agendaItems.voteStatus, 'open'),
        sql`${agendaItems.electorate} ?| array[${sql.join(
          orgIds.map((id) => sql`${id}`),
          sql`, `,
        )}]::text[]`,
      ),
    );
}
