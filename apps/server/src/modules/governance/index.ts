/**
 * The governance module (《沿沪宁产业创新带职业院校联盟章程》 and the bodies run by a charter like it): each sub-area
 * registers its routes and its dashboard to-dos here, one line each. What several sub-areas share has a folder
 * named for it: uploads/ (evidence files), testing/ (the founders' alliance the tests start from).
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import type { DashboardProvider } from '../dashboard/index.js';
import { reminderRulesRoutes } from '../notifications/index.js';
import { GOVERNANCE_REMINDER_SOURCES } from './reminders/governance-reminders.js';
import { governanceMembershipProvider } from './membership/membership.dashboard.js';
import { governanceVotesProvider } from './meetings/votes.dashboard.js';
import { committeeTermsProvider } from './offices/offices.dashboard.js';
import { workplanProvider } from './workplan/workplan.dashboard.js';
import { bulletinRoutes } from './bulletins/bulletins.routes.js';
import { chairRoutes } from './chair/chair.routes.js';
import { workplanRoutes } from './workplan/workplan.routes.js';
import { officeRoutes } from './offices/offices.routes.js';
import { charterRoutes } from './charter/charter.routes.js';
import { meetingRoutes } from './meetings/meetings.routes.js';
import { voteRoutes } from './meetings/votes.routes.js';
import { membershipRoutes } from './membership/membership.routes.js';
import { certificateRoutes } from './membership/certificates.routes.js';
import { projectRoutes } from './projects/projects.routes.js';
import { financeRoutes } from './finance/finance.routes.js';
import { activityRoutes } from './activities/activities.routes.js';

export { GOVERNANCE_REMINDER_SOURCES };
/** The use cases that set up a body's governance: its charter, and a joint meeting with its agenda and attendance. */
export { registerCharter } from './charter/charter.service.js';
export { addAgendaItem, recordAttendance, scheduleMeeting } from './meetings/meetings.service.js';

/** The governance to-dos on the dashboard. */
export const GOVERNANCE_DASHBOARD_PROVIDERS: DashboardProvider[] = [
  governanceMembershipProvider,
  governanceVotesProvider,
  committeeTermsProvider,
  workplanProvider,
];

export async function governanceRoutes(app: FastifyInstance, deps: AppDeps) {
  await chairRoutes(app, deps);
  await charterRoutes(app, deps);
  await meetingRoutes(app, deps);
  await voteRoutes(app, deps);
  await membershipRoutes(app, deps);
  await certificateRoutes(app, deps);
  await bulletinRoutes(app, deps);
  await workplanRoutes(app, deps);
  await officeRoutes(app, deps);
  await projectRoutes(app, deps);
  await financeRoutes(app, deps);
  await activityRoutes(app, deps);
  // A body's reminder offsets: its secretariat sets them (ARCHITECTURE.md, "Declare a reminder source").
  await reminderRulesRoutes(app, deps, {
    basePath: '/api/bodies/:id',
    tags: ['governance'],
    sources: GOVERNANCE_REMINDER_SOURCES,
    read: { permission: 'body.read' },
    change: { permission: 'governance.meeting.manage', scope: (request) => ({ bodyId: (request.params as { id: string }).id }) },
  });
}
