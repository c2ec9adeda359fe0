/** The selection's deadlines for the daily reminders job. */
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { selectionApplications } from '../applications/applications.table.js';
import { selectionCalls } from '../calls/calls.table.js';

/** Applications still being filled in (drafts, and those returned for correction) of open calls closing in [start, end). */
export async function unsubmittedApplicationsClosingBetween(db: Executor, start: Date, end: Date) {
  return db
    .select({
      applicationId: selectionApplications.id,
      applicationName: selectionApplications.consortiumName,
      applicantOrgId: selectionApplications.applicantOrgId,
      callId: selectionCalls.id,
      callTitle: selectionCalls.title,
      deadlineAt: selectionCalls.deadlineAt,
    })
    .from(selectionApplications)
    .innerJoin(selectionCalls, eq(selectionCalls.id, selectionApplications.callId))
    .where(
      and(
        eq(selectionCalls.status, 'open'),
        inArray(selectionApplications.status, ['draft', 'returned']),
        gte(selectionCalls.deadlineAt, start),
        lt(selectionCalls.deadlineAt, end),
      ),
    );
}
