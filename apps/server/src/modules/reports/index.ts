/**
 * 质量年度报告 (SPEC §7, seeds 003 and 004): yearly cycles an authority runs (cycles/), the participants' data with
 * its computed rates and checks (data/), and the three-level review with the responsibility statement (review/), and the generated reports (generation/).
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import type { DashboardProvider } from '../dashboard/index.js';
import { cycleRoutes } from './cycles/cycles.routes.js';
import { generationRoutes } from './generation/generation.routes.js';
import { reportStepsProvider } from './review/reports.dashboard.js';
import { reportRoutes } from './review/reports.routes.js';

export { createCycle, openCycle, recordStatedTotals } from './cycles/cycles.service.js';
export { cycleIdOfYear } from './cycles/cycles.repository.js';
export { importReportData } from './review/reports.service.js';

export const REPORTS_DASHBOARD_PROVIDERS: DashboardProvider[] = [reportStepsProvider];

export async function reportsRoutes(app: FastifyInstance, deps: AppDeps) {
  await cycleRoutes(app, deps);
  await generationRoutes(app, deps);
  await reportRoutes(app, deps);
}
