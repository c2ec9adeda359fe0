/**
 * The demo's selection (连教职函〔2026〕6号): the 2026 连云港 call, open, with 附件1 scored by made-up maximums that add up
 * to 100, one application submitted before the deadline and one draft. Idempotent: nothing is added when the call
 * exists. The applications are dated before the seed's deadline, since they are what the deadline let in.
 * The draft's consortium applies again in a second round (generated) that is still open, so its 推荐书 can be
 * filled in — section 3 with the figures its placements offer (placements-demo.ts).
 */
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { callIdByTitle } from '../modules/selection/calls/calls.repository.js';
import { createCall, openCall } from '../modules/selection/calls/calls.service.js';
import { createApplication, saveSection, submitApplication } from '../modules/selection/applications/applications.service.js';
import { ANNEX1_POINTS } from '../modules/selection/indicators/annex1-indicators.data.js';
import { LIANYUNGANG_EDUCATION_BUREAU } from './dataset/authorities.js';
import { LYG_2026_CALL } from './dataset/lianyungang-2026-call.js';
import { LYG_DEMO_DRAFT, LYG_DEMO_SUBMITTED, petrochemicalApplication, portApplication } from './dataset/lianyungang-2026-applications.js';
import { LYG_DEMO_COLLEGE, LYG_DEMO_ORGS } from './dataset/lianyungang-2026.js';
import { addDays } from '../kernel/time/calendar.js';
import { shanghaiDayStart } from '../kernel/time/shanghai.js';
import { orgIdsByName } from './demo.repository.js';

/** When the demo's call opened (the seed's notice went out in April 2026). */
const CALL_OPENED_AT = new Date('2026-04-20T01:00:00Z');

/** Made-up maximum scores per basic indicator's points (sum 100); 7.其他 deducts at most 10. */
const DEMO_MAX_BY_INDICATOR: Record<string, number> = { '1': 3, '2': 3, '3': 3, '4': 4, '5': 5, '7': 10 };

function demoScores() {
  return Object.fromEntries(
    ANNEX1_POINTS.map((point) => {
      // 6.1–6.3 share 11 points as 4 + 3 + 4, keeping every maximum to whole points.
      const max = point.indicatorCode === '6' ? (point.code === '6.2' ? 3 : 4) : DEMO_MAX_BY_INDICATOR[point.indicatorCode]!;
      return [point.code, { maxScore: max, weight: point.kind === 'score' ? 1 : null }];
    }),
  );
}

/** The second round: made up, open for 60 days from the day the demo is loaded, for consortia that missed the first. */
export const LYG_SECOND_ROUND = {
  title: `${LYG_2026_CALL.title}（第二批，演示）`,
  noticeText:
    '演示数据：为未能在首批截止前完成申报的联合体开展第二批遴选，条件要求和申报材料同连教职函〔2026〕6号，请在截止时间前在平台提交推荐书。',
  eligibility: LYG_2026_CALL.eligibility,
};
const SECOND_ROUND_DAYS = 60;

async function ensureSecondRound(db: Database, ids: Map<string, string>, authorityOrgId: string, collegeId: string, today: string) {
  if (await callIdByTitle(db, authorityOrgId, LYG_SECOND_ROUND.title)) return;
  const openedAt = shanghaiDayStart(today);
  const drafted = await createCall(
    db,
    SYSTEM_ACTOR,
    {
      authorityOrgId,
      ...LYG_SECOND_ROUND,
      deadline: `${addDays(today, SECOND_ROUND_DAYS)}T17:00:00`,
      formKey: 'consortium_recommendation',
    },
    openedAt,
    { indicatorSettings: { scores: demoScores(), isGenerated: true } },
  );
  const call = await openCall(db, SYSTEM_ACTOR, drafted.id, drafted.version, openedAt);
  const draft = portApplication(ids);
  const started = await createApplication(
    db,
    SYSTEM_ACTOR,
    { callId: call.id, applicantOrgId: collegeId, consortiumName: LYG_DEMO_DRAFT.consortiumName, park: draft.cover.park },
    openedAt,
    { isGenerated: true, content: draft },
  );
  await saveSection(db, SYSTEM_ACTOR, started.id, 'overview', { version: started.version, data: draft.overview }, openedAt);
}

/** `today` (Asia/Shanghai) dates the second round, which stays open after the seed's deadline has passed. */
export async function ensureSelectionDemo(db: Database, today: string): Promise<void> {
  const ids = await orgIdsByName(db, [LIANYUNGANG_EDUCATION_BUREAU, ...LYG_DEMO_ORGS.map((org) => org.name)]);
  const authorityOrgId = ids.get(LIANYUNGANG_EDUCATION_BUREAU);
  const collegeId = ids.get(LYG_DEMO_COLLEGE);
  if (!authorityOrgId || !collegeId) return;
  if (await callIdByTitle(db, authorityOrgId, LYG_2026_CALL.title)) return ensureSecondRound(db, ids, authorityOrgId, collegeId, today);

  const drafted = await createCall(
    db,
    SYSTEM_ACTOR,
    { authorityOrgId, ...LYG_2026_CALL, formKey: 'consortium_recommendation' },
    CALL_OPENED_AT,
    { indicatorSettings: { scores: demoScores(), isGenerated: true } },
  );
  const call = await openCall(db, SYSTEM_ACTOR, drafted.id, drafted.version, CALL_OPENED_AT);

  const complete = petrochemicalApplication(ids);
  const submitted = await createApplication(
    db,
    SYSTEM_ACTOR,
    { callId: call.id, applicantOrgId: collegeId, consortiumName: LYG_DEMO_SUBMITTED.consortiumName, park: complete.cover.park },
    new Date('2026-05-20T02:00:00Z'),
    { isGenerated: true, content: complete },
  );
  await submitApplication(db, SYSTEM_ACTOR, submitted.id, submitted.version, new Date('2026-05-26T03:00:00Z'));

  const draft = portApplication(ids);
  const started = await createApplication(
    db,
    SYSTEM_ACTOR,
    { callId: call.id, applicantOrgId: collegeId, consortiumName: LYG_DEMO_DRAFT.consortiumName, park: draft.cover.park },
    new Date('2026-05-22T02:00:00Z'),
    { isGenerated: true, content: draft },
  );
  await saveSection(
    db,
    SYSTEM_ACTOR,
    started.id,
    'overview',
    { version: started.version, data: draft.overview },
    new Date('2026-05-22T02:30:00Z'),
  );
  await ensureSecondRound(db, ids, authorityOrgId, collegeId, today);
}
