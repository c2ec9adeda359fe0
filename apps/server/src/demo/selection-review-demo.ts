/**
 * The demo's review of the 2026 连云港 call: a panel of four experts — expert1 and three generated
 * ones — with declared affiliations, one of which is the lead enterprise of the submitted 推荐书 so that a
 * derived conflict (回避) shows; automatic assignment; and two generated experts' submitted scores, leaving
 * expert1's sheet to be filled in. Everything goes through the services, so it is audited like real work.
 * Idempotent: nothing happens once the call has a panel.
 */
import type { TAffiliationInput, TIndicatorPoint, TScoreSave } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { AppDeps } from '../kernel/deps.js';
import { assignRole, createUser } from '../modules/accounts/users.service.js';
import { callIdByTitle } from '../modules/selection/calls/calls.repository.js';
import { panelOf } from '../modules/selection/experts/experts.repository.js';
import { setAffiliations, setPanel } from '../modules/selection/experts/experts.service.js';
import { assignAutomatically } from '../modules/selection/reviews/assignment.service.js';
import { reviewsOfCall } from '../modules/selection/reviews/reviews.repository.js';
import { getMyReview, saveMyScores, submitMyReview } from '../modules/selection/reviews/scoring.service.js';
import { BUSINESS_ACCOUNTS } from './accounts.js';
import { LIANYUNGANG_EDUCATION_BUREAU } from './dataset/authorities.js';
import { LYG_2026_CALL } from './dataset/lianyungang-2026-call.js';
import { LYG_DEMO_PETROCHEMICAL_COMPANY } from './dataset/lianyungang-2026.js';
import { orgIdsByName, userIdsByUsername } from './demo.repository.js';
import { DEMO_PASSWORD } from './index.js';

interface DemoExpert {
  username: string;
  displayName: string;
  /** Names of organisations; one in the directory is linked by its id. */
  affiliations: string[];
  /** Share of each point's maximum this expert gives; null: leaves the sheet to the person signing in. */
  scoreShare: number | null;
}

/** expert1 is a demo account of its own (accounts.ts); the others are generated for the panel. */
export const LYG_REVIEW_EXPERTS: DemoExpert[] = [
  {
    username: 'expert1',
    displayName: BUSINESS_ACCOUNTS.find((a) => a.username === 'expert1')!.displayName,
    affiliations: ['连云港演示职业教育研究所'],
    scoreShare: null,
  },
  { username: 'lyg_expert2', displayName: '评审专家二（演示）', affiliations: ['连云港演示师范高等专科学校'], scoreShare: 0.85 },
  { username: 'lyg_expert3', displayName: '评审专家三（演示）', affiliations: [LYG_DEMO_PETROCHEMICAL_COMPANY], scoreShare: 0.9 },
  { username: 'lyg_expert4', displayName: '评审专家四（演示）', affiliations: ['连云港演示化工行业协会'], scoreShare: 0.75 },
];

/** Scores are given after the call's deadline (2026-05-28), as the review follows it. */
const SUBMITTED_ON = new Date('2026-06-05T02:00:00Z');

async function ensureExperts(deps: AppDeps): Promise<Map<string, string>> {
  const { db } = deps.database;
  const ids = await userIdsByUsername(
    db,
    LYG_REVIEW_EXPERTS.map((e) => e.username),
  );
  for (const expert of LYG_REVIEW_EXPERTS.filter((e) => !ids.has(e.username))) {
    const user = await createUser(db, deps.config, SYSTEM_ACTOR, {
      username: expert.username,
      displayName: expert.displayName,
      password: DEMO_PASSWORD,
      mustChangePassword: false,
      isDemo: true,
      isGenerated: true,
    });
    ids.set(user.username, user.id);
  }
  for (const id of ids.values()) {
    // assignRole skips a role the user already holds.
    await db.transaction((tx) => assignRole(tx, SYSTEM_ACTOR, { userId: id, role: 'expert', scopeId: null }));
  }
  return ids;
}

function demoSheet(points: TIndicatorPoint[], share: number, version: number): TScoreSave {
  const scores = Object.fromEntries(
    points.filter((p) => p.kind === 'score').map((p) => [p.code, Math.round((p.maxScore ?? 0) * share * 2) / 2]),
  );
  return {
    version,
    scores,
    indicatorComments: { '4': '演示意见：产教融合项目较实，建议细化企业参与的考核办法。' },
    overallComment: '演示意见：联合体定位清楚，园区产业与专业对接紧密，建设任务可行。',
    deduction: 0,
  };
}

export async function ensureSelectionReviewDemo(deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const orgIds = await orgIdsByName(db, [LIANYUNGANG_EDUCATION_BUREAU, LYG_DEMO_PETROCHEMICAL_COMPANY]);
  const authorityOrgId = orgIds.get(LIANYUNGANG_EDUCATION_BUREAU);
  const callId = authorityOrgId && (await callIdByTitle(db, authorityOrgId, LYG_2026_CALL.title));
  if (!callId || (await panelOf(db, callId)).length > 0) return;

  const expertIds = await ensureExperts(deps);
  for (const expert of LYG_REVIEW_EXPERTS) {
    const affiliations: TAffiliationInput[] = expert.affiliations.map((name) => ({ orgId: orgIds.get(name) ?? null, name }));
    await setAffiliations(db, SYSTEM_ACTOR, expertIds.get(expert.username)!, affiliations);
  }
  await setPanel(
    db,
    SYSTEM_ACTOR,
    callId,
    LYG_REVIEW_EXPERTS.map((e) => expertIds.get(e.username)!),
  );
  await assignAutomatically(db, SYSTEM_ACTOR, callId);

  for (const review of await reviewsOfCall(db, callId)) {
    const share = LYG_REVIEW_EXPERTS.find((e) => expertIds.get(e.username) === review.expertId)?.scoreShare;
    if (!share) continue;
    const sheet = await getMyReview(db, review.expertId, review.id, 'zh-CN');
    await saveMyScores(db, SYSTEM_ACTOR, review.expertId, review.id, demoSheet(sheet.points, share, sheet.version));
    const saved = await getMyReview(db, review.expertId, review.id, 'zh-CN');
    await submitMyReview(db, SYSTEM_ACTOR, review.expertId, review.id, saved.version, SUBMITTED_ON);
  }
}
