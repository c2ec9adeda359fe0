/** The resource survey's deadlines, read across every body for the daily reminders job. */
import { and, asc, between, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { bodyDirectory, bodyMembershipDirectory } from '../../bodies/index.js';
import { organizationDirectory } from '../../organizations/index.js';
import { resourceSurveyResponses, resourceSurveyRounds } from '../survey/survey.table.js';

const org = organizationDirectory();
const body = bodyDirectory();
const membership = bodyMembershipDirectory();

/**
 * The current member units that have not handed in their answers to a round closing between the two dates: no
 * answers yet, a draft, or answers reopened for correction. `status` is null where nothing was saved.
 */
export async function unansweredMembersOfRoundsClosingBetween(db: Executor, from: string, to: string) {
  return db
    .select({
      roundId: resourceSurveyRounds.id,
      title: resourceSurveyRounds.title,
      deadline: resourceSurveyRounds.deadline,
      bodyId: body.id,
      bodyName: body.name,
      orgId: org.id,
      orgName: org.name,
      status: resourceSurveyResponses.status,
    })
    .from(resourceSurveyRounds)
    .innerJoin(body, eq(body.id, resourceSurveyRounds.bodyId))
    .innerJoin(membership, and(eq(membership.bodyId, resourceSurveyRounds.bodyId), isNull(membership.leftOn)))
    .innerJoin(org, eq(org.id, membership.orgId))
    .leftJoin(
      resourceSurveyResponses,
      and(eq(resourceSurveyResponses.roundId, resourceSurveyRounds.id), eq(resourceSurveyResponses.orgId, membership.orgId)),
    )
    .where(
      and(
        between(resourceSurveyRounds.deadline, from, to),
        or(isNull(resourceSurveyResponses.id), inArray(resourceSurveyResponses.status, ['draft', 'reopened'])),
      ),
    )
    .orderBy(asc(resourceSurveyRounds.deadline), asc(membership.listOrder), asc(org.nameSortKey), asc(org.name));
}
