/** The deadlines governance reminds of, read across every body for the daily reminders job. */
import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { bodyDirectory, bodyMembershipDirectory } from '../../bodies/index.js';
import { organizationDirectory } from '../../organizations/index.js';
import { chairYears } from '../chair/chair.table.js';
import { withdrawalRequests } from '../membership/membership.table.js';
import { governanceOffices } from '../offices/offices.table.js';
import { workplanTasks } from '../workplan/workplan.table.js';

const org = organizationDirectory();
const body = bodyDirectory();
const membership = bodyMembershipDirectory();

/** Work-plan tasks not yet done whose window ends between the two dates. */
export async function openTasksEndingBetween(db: Executor, from: string, to: string) {
  return db
    .select({ task: workplanTasks, bodyName: body.name })
    .from(workplanTasks)
    .innerJoin(body, eq(body.id, workplanTasks.bodyId))
    .where(
      and(eq(workplanTasks.done, false), isNull(workplanTasks.retiredOn), gte(workplanTasks.endsOn, from), lte(workplanTasks.endsOn, to)),
    )
    .orderBy(asc(workplanTasks.endsOn));
}

/** Withdrawals received but not yet decided whose notice period (第二十条(一)) ends between the two dates. */
export async function noticePeriodsEndingBetween(db: Executor, from: string, to: string) {
  return db
    .select({
      id: withdrawalRequests.id,
      bodyId: withdrawalRequests.bodyId,
      orgName: org.name,
      endsOn: withdrawalRequests.earliestEffectiveOn,
    })
    .from(withdrawalRequests)
    .innerJoin(org, eq(org.id, withdrawalRequests.orgId))
    .where(
      and(
        inArray(withdrawalRequests.status, ['receipt_confirmed', 'on_agenda']),
        gte(withdrawalRequests.earliestEffectiveOn, from),
        lte(withdrawalRequests.earliestEffectiveOn, to),
      ),
    ) as Promise<{ id: string; bodyId: string; orgName: string; endsOn: string }[]>;
}

/** The bodies with standing committees, whose 主任 and 副主任 serve terms (第十四条). */
export async function bodiesWithStandingCommittees(db: Executor): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: body.id, name: body.name })
    .from(governanceOffices)
    .innerJoin(body, eq(body.id, governanceOffices.bodyId))
    .where(eq(governanceOffices.kind, 'standing_committee'));
}

/** The bodies that have member units now, with those units. */
export async function currentMembersByBody(db: Executor): Promise<{ bodyId: string; bodyName: string; orgId: string; joinedOn: string }[]> {
  return db
    .select({ bodyId: body.id, bodyName: body.name, orgId: membership.orgId, joinedOn: membership.joinedOn })
    .from(membership)
    .innerJoin(body, eq(body.id, membership.bodyId))
    .where(isNull(membership.leftOn));
}

/** The chair units of the given years (the stored schedule, 章程第六、七条). */
export async function chairsOfYears(db: Executor, years: number[]) {
  if (years.length === 0) return [];
  return db
    .select({ bodyId: chairYears.bodyId, bodyName: body.name, year: chairYears.year, orgId: chairYears.orgId, orgName: org.name })
    .from(chairYears)
    .innerJoin(body, eq(body.id, chairYears.bodyId))
    .innerJoin(org, eq(org.id, chairYears.orgId))
    .where(inArray(chairYears.year, years));
}
