/**
 * Section 3 of the 推荐书 asks for 教师企业实践（人月）, 学徒岗位占岗位总量的比例, 实习实训量（人月） and 发布人才需求报告（个）. Where the
 * consortium the application names keeps its placements and reports on the platform, its figures are offered to the applicant
 * as suggestions to accept one by one; they never replace what the applicant typed.
 */
import type { TPlacementSuggestion } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { findActiveMember, findBodyByName } from '../../bodies/index.js';
import { DEMAND_REPORTS_FORMULA, demandReportCounts, placementFigures } from '../../talent/index.js';
import { requireApplication } from './applications.service.js';

/** The body named as the application's consortium, if the applicant is one of its current members. */
async function consortiumOf(db: Executor, consortiumName: string, applicantOrgId: string) {
  const body = await findBodyByName(db, consortiumName);
  if (!body || body.kind !== 'consortium') return undefined;
  return (await findActiveMember(db, body.id, applicantOrgId)) ? body : undefined;
}

export async function placementSuggestion(db: Executor, applicationId: string, today: string): Promise<TPlacementSuggestion> {
  const application = await requireApplication(db, applicationId);
  const body = await consortiumOf(db, application.consortiumName, application.applicantOrgId);
  if (!body) return { body: null, figures: [], formulas: null };
  const { figures, formulas } = await placementFigures(db, body.id, today);
  const reports = await demandReportCounts(
    db,
    body.id,
    figures.map((f) => f.year),
  );
  return {
    body: { id: body.id, name: body.name },
    figures: figures.map((f) => ({ ...f, talentDemandReports: reports.get(f.year) ?? 0 })),
    formulas: { ...formulas, reports: DEMAND_REPORTS_FORMULA },
  };
}
