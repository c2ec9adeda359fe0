/**
 * 遴选 of 市域产教联合体 (连教职函〔2026〕6号, docs/sources.md §3): calls with their indicator systems, the 推荐书
 * applications, expert review and results, one sub-folder each. The one file at this level besides this index,
 * selection.validation.ts, is the validator every selection route uses (it names the 推荐书's cells).
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import type { DashboardProvider } from '../dashboard/index.js';
import { reminderRulesRoutes } from '../notifications/index.js';
import { requireCall } from './calls/calls.service.js';
import { SELECTION_REMINDER_SOURCES } from './reminders/selection-reminders.js';
import { selectionProvider } from './applications/applications.dashboard.js';
import { expertReviewsProvider, publishedResultsProvider } from './results/results.dashboard.js';
import { applicationRoutes } from './applications/applications.routes.js';
import { callApplicationRoutes } from './applications/call-applications.routes.js';
import { callRoutes } from './calls/calls.routes.js';
import { exportRoutes } from './exports/exports.routes.js';
import { indicatorRoutes } from './indicators/indicators.routes.js';
import { expertAdminRoutes } from './experts/experts.routes.js';
import { expertRoutes } from './reviews/expert.routes.js';
import { reviewRoutes } from './reviews/reviews.routes.js';
import { resultRoutes } from './results/results.routes.js';

export { SELECTION_REMINDER_SOURCES };
export { requireCall, CALL_ENTITY } from './calls/calls.service.js';
export { requireApplication, APPLICATION_ENTITY } from './applications/applications.service.js';
export { unitsNamedIn, type NamedUnit } from './applications/application.rules.js';
/** The use cases that set up a call: opened with 附件1, 推荐书 submitted, experts in the pool, on the panel and assigned. */
export { ANNEX1_POINTS } from './indicators/annex1-indicators.data.js';
export { createCall, openCall } from './calls/calls.service.js';
export {
  createApplication as createSelectionApplication,
  submitApplication as submitSelectionApplication,
} from './applications/applications.service.js';
export { placeExpert, setPanel as setReviewPanel } from './experts/experts.service.js';
/** The expert pool and its conflicts as read models, for the quality reports' compliance evaluation. */
export { expertPoolOf, affiliationConflicts, type PoolExpert, type WorkUnit } from './experts/expert-pool.js';
export { settingsOf as reviewSettingsOf, updateSettings as updateReviewSettings } from './reviews/review-settings.service.js';
export { assignByHand as assignReviewByHand } from './reviews/assignment.service.js';

/** The selection's to-dos on the dashboard. */
export const SELECTION_DASHBOARD_PROVIDERS: DashboardProvider[] = [selectionProvider, expertReviewsProvider, publishedResultsProvider];

export async function selectionRoutes(app: FastifyInstance, deps: AppDeps) {
  await indicatorRoutes(app, deps);
  await callRoutes(app, deps);
  await applicationRoutes(app, deps);
  await callApplicationRoutes(app, deps);
  await exportRoutes(app, deps);
  await expertAdminRoutes(app, deps);
  await reviewRoutes(app, deps);
  await expertRoutes(app, deps);
  await resultRoutes(app, deps);
  // A call's reminder offsets: its authority sets them (ARCHITECTURE.md, "Declare a reminder source").
  const callAuthority = async (request: { params: unknown }) => ({
    orgId: (await requireCall(deps.database.db, (request.params as { id: string }).id)).authorityOrgId,
  });
  await reminderRulesRoutes(app, deps, {
    basePath: '/api/selection/calls/:id',
    tags: ['selection'],
    sources: SELECTION_REMINDER_SOURCES,
    read: { permission: 'selection.call.manage', scope: callAuthority },
    change: { permission: 'selection.call.manage', scope: callAuthority },
  });
}
