/**
 * 遴选 (SPEC §6, seed 001): calls with their indicator systems (S1) and the 推荐书 applications (S2).
 * Review and results build on the tables and services opened here.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import type { DashboardProvider } from '../dashboard/index.js';
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

export { selectionCalls } from './calls/calls.table.js';
export { indicatorPoints, indicatorSystems } from './indicators/indicators.table.js';
export {
  selectionApplicationFiles,
  selectionApplications,
  selectionApplicationUnits,
  selectionApplicationVersions,
} from './applications/applications.table.js';
export { requireCall, CALL_ENTITY } from './calls/calls.service.js';
export { requireApplication, APPLICATION_ENTITY } from './applications/applications.service.js';

/** The selection's to-dos on the dashboard. */
export const SELECTION_DASHBOARD_PROVIDERS: DashboardProvider[] = [selectionProvider, expertReviewsProvider, publishedResultsProvider];
export { unitsNamedIn, type NamedUnit } from './applications/application.rules.js';

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
}
