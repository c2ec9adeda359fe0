/**
 * 质量年度报告 (docs/sources.md §9, 普陀区年报 and 004): yearly cycles an authority runs (cycles/), the participants' data with
 * its computed rates and checks and the authority's own figures (data/), the three-level review with the responsibility statement (review/), the
 * generated reports (generation/), their publication and the public three-level display (publication/), the experts'
 * compliance evaluation (compliance/), the reminders of the stage deadlines (reminders/), and the registers of projects,
 * honours and cases the city and district reports' tables list (registers/).
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import type { DashboardProvider } from '../dashboard/index.js';
import { reminderRulesRoutes } from '../notifications/index.js';
import { complianceRoutes } from './compliance/compliance.routes.js';
import { cycleRoutes } from './cycles/cycles.routes.js';
import { authorityDataRoutes } from './data/authority-data.routes.js';
import { suggestionRoutes } from './data/suggestions.routes.js';
import { requireCycle } from './cycles/cycles.service.js';
import { generationRoutes } from './generation/generation.routes.js';
import { publicationRoutes } from './publication/publication.routes.js';
import { caseRoutes } from './registers/cases.routes.js';
import { registerRoutes } from './registers/registers.routes.js';
import { REPORTS_REMINDER_SOURCES } from './reminders/reports-reminders.js';
import { reportStepsProvider } from './review/reports.dashboard.js';
import { reportRoutes } from './review/reports.routes.js';

export { createCycle, openCycle, recordStatedTotals } from './cycles/cycles.service.js';
export { getAuthorityData, saveAuthorityData } from './data/authority-data.service.js';
export { cycleIdOfYear } from './cycles/cycles.repository.js';
export { approveReport, getReport, importReportData, passReport, submitReport } from './review/reports.service.js';
export { listReportsOfCycle } from './review/reports.repository.js';
export { cyclePublicationState, publishCycleReport, publishReport, reportPublicationState } from './publication/publication.service.js';
export { assign as assignComplianceExpert, overview as complianceOverview } from './compliance/compliance.service.js';
export { getSheet as complianceSheetOf, submitSheet as submitComplianceSheet } from './compliance/evaluation.service.js';
export { REPORTS_REMINDER_SOURCES };
export { loadRegisterTables, loadRegisterCases, setRegisterBlocksOnce } from './registers/registers-loading.service.js';

export const REPORTS_DASHBOARD_PROVIDERS: DashboardProvider[] = [reportStepsProvider];

export async function reportsRoutes(app: FastifyInstance, deps: AppDeps) {
  await cycleRoutes(app, deps);
  await generationRoutes(app, deps);
  await reportRoutes(app, deps);
  await suggestionRoutes(app, deps);
  await authorityDataRoutes(app, deps);
  await publicationRoutes(app, deps);
  await complianceRoutes(app, deps);
  await registerRoutes(app, deps);
  await caseRoutes(app, deps);
  // A cycle's reminder offsets: the authority that runs it sets them (ARCHITECTURE.md, "Declare a reminder source").
  const cycleAuthority = async (request: { params: unknown }) => ({
    orgId: (await requireCycle(deps.database.db, (request.params as { id: string }).id)).cycle.authorityOrgId,
  });
  await reminderRulesRoutes(app, deps, {
    basePath: '/api/reports/cycles/:id',
    tags: ['reports'],
    sources: REPORTS_REMINDER_SOURCES,
    read: { permission: 'reports.cycle.manage', scope: cycleAuthority },
    change: { permission: 'reports.cycle.manage', scope: cycleAuthority },
  });
}
