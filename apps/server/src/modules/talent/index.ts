/**
 * 人才供需 (docs/sources.md §9, 连教职函〔2026〕6号 附件1 指标3 and 002): enterprises' demand and schools' supply per body, the gaps between
 * them, the shortage catalogue built from the gaps by a published rule, the explained matching (a demand to schools,
 * a school's graduates to demands, a place offer to schools), the 专业动态调整 suggestions per school, and the quarterly
 * and yearly reports drawn from them — one sub-folder each; the majors catalogue's hierarchy in majors/.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { accessRoutes } from './access/access.routes.js';
import { adjustmentRoutes } from './adjustments/adjustments.routes.js';
import { demandRoutes } from './demand/demand.routes.js';
import { enterpriseListRoutes } from './enterprises/enterprise-list.routes.js';
import { gapRoutes } from './gaps/gaps.routes.js';
import { itemRoutes } from './items/items.routes.js';
import { jobRoutes } from './jobs/jobs.routes.js';
import { listRoutes } from './lists/lists.routes.js';
import { matchingRoutes } from './matching/matching.routes.js';
import { placementRoutes } from './placements/placements.routes.js';
import { reportRoutes } from './reports/reports.routes.js';
import { studentRoutes } from './students/students.routes.js';
import { shortageRoutes } from './shortage/shortage.routes.js';
import { supplyRoutes } from './supply/supply.routes.js';

export { createDemand, hasTalentDemand } from './demand/demand.service.js';
export { applyToList, decide as decideOnEnterprise, listEnterprises } from './enterprises/enterprise-list.service.js';
export { adjustJob, createJob, changeJobStatus } from './jobs/jobs.service.js';
export { createItem, changeItemStatus, publishIssue as publishInnovationIssue } from './items/items.service.js';
export {
  createAggregate as createStudentFigures,
  changeAggregateStatus as changeStudentFiguresStatus,
} from './students/students.service.js';
export { createSupply } from './supply/supply.service.js';
export {
  createOffer as createPlacementOffer,
  placementFigures,
  recordPractice as recordTeacherPractice,
  takeUp as takeUpPlacement,
} from './placements/placements.service.js';
export {
  createReport as createTalentReport,
  demandReportCounts,
  publishReport as publishTalentReport,
  updateSections as updateTalentReportSections,
} from './reports/reports.service.js';
export { DEMAND_REPORTS_FORMULA } from './reports/reports.rules.js';
export { buildDraft as buildShortageDraft, changeStatus as changeShortageStatus } from './shortage/shortage.service.js';

export async function talentRoutes(app: FastifyInstance, deps: AppDeps) {
  await accessRoutes(app, deps);
  await demandRoutes(app, deps);
  await supplyRoutes(app, deps);
  await gapRoutes(app, deps);
  await shortageRoutes(app, deps);
  await adjustmentRoutes(app, deps);
  await enterpriseListRoutes(app, deps);
  await jobRoutes(app, deps);
  await itemRoutes(app, deps);
  await studentRoutes(app, deps);
  await listRoutes(app, deps);
  await placementRoutes(app, deps);
  await matchingRoutes(app, deps);
  await reportRoutes(app, deps);
}
