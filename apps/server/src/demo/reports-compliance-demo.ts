/**
 * The demo's compliance evaluation (上海年报 6.4 “合规性评价”) of the 2022 普陀区 cycle: the demo expert putuo_expert sits in
 * 普陀区教育局's pool; once reports of the cycle are approved, the first two are assigned to that expert and the first
 * is scored — each pre-assessment confirmed, and one finding on the chapters — so that the authority's summary shows a
 * result and the expert has a sheet left to fill in. Everything goes through the services with the expert's and the
 * authority's own accounts, so it is audited like real work. Idempotent: nothing is added once the cycle has evaluations.
 */
import type { TComplianceSheetSave } from '@chanjiao/contracts';
import type { Actor } from '../kernel/audit/audit.service.js';
import type { AppDeps } from '../kernel/deps.js';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import { shanghaiToday } from '../kernel/time/shanghai.js';
import {
  assignComplianceExpert,
  complianceOverview,
  complianceSheetOf,
  cycleIdOfYear,
  submitComplianceSheet,
} from '../modules/reports/index.js';
import { expertPoolOf, placeExpert } from '../modules/selection/index.js';
import { PUTUO_EDUCATION_BUREAU } from './dataset/authorities.js';
import { PUTUO_2022_CYCLE } from './dataset/putuo-2022-report.js';
import { orgIdsByName, userIdsByUsername } from './demo.repository.js';

const EXPERT = 'putuo_expert';
const AUTHORITY = 'putuo_authority';
/** The one finding the demo's expert writes; the platform's own checks are confirmed as they stand. */
const CHAPTERS_FINDING = '（演示）“5. 国际合作”一章仅列出交流次数，未写明合作项目与成效，请补充后重新审定';

const actorOf = (userId: string, username: string): Actor => ({ userId, username, ip: null, userAgent: null, requestId: null });

export async function ensureComplianceDemo(deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const orgs = await orgIdsByName(db, [PUTUO_EDUCATION_BUREAU]);
  const users = await userIdsByUsername(db, [EXPERT, AUTHORITY]);
  const authorityOrgId = orgs.get(PUTUO_EDUCATION_BUREAU);
  const expertId = users.get(EXPERT);
  const authorityUserId = users.get(AUTHORITY);
  if (!authorityOrgId || !expertId || !authorityUserId) return;
  const authority = actorOf(authorityUserId, AUTHORITY);
  if (!(await expertPoolOf(db, authorityOrgId)).some((e) => e.id === expertId)) {
    await placeExpert(db, SYSTEM_ACTOR, expertId, authorityOrgId);
  }
  const cycleId = await cycleIdOfYear(db, authorityOrgId, PUTUO_2022_CYCLE.reportYear);
  if (!cycleId) return;
  const overview = await complianceOverview(db, [], cycleId);
  if (overview.reports.some((r) => r.evaluations.length > 0 || r.sentBack.length > 0)) return;
  const approved = overview.reports.filter((r) => r.blockedReason === null).slice(0, 2);
  const now = deps.clock.now();
  const ids: string[] = [];
  for (const report of approved) {
    ids.push(await assignComplianceExpert(db, authority, cycleId, { reportId: report.id, expertId }, now, { isGenerated: true }));
  }
  if (ids.length === 0) return;
  const today = shanghaiToday(deps.clock);
  const sheet = await complianceSheetOf(db, expertId, ids[0]!, today);
  const input: TComplianceSheetSave = {
    version: sheet.version,
    items: sheet.items.map((item) => {
      if (item.key === 'chapters') return { key: item.key, verdict: 'finding', finding: CHAPTERS_FINDING };
      const verdict = item.preassessment.verdict ?? 'met';
      const evidence = item.preassessment.evidence.map((e) => e['zh-CN']).join('；');
      return { key: item.key, verdict, finding: verdict === 'met' ? undefined : `（演示）平台核查：${evidence}` };
    }),
  };
  await submitComplianceSheet(db, actorOf(expertId, EXPERT), expertId, ids[0]!, input, now, today);
}
