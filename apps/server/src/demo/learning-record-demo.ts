/**
 * One signed learning record, so that the verify page has something to check right after `npm start` (倡议书 三
 * 学分互认; issue 10 R4): 曹杨 issues the record of 林嘉怡, whose 跨境电商实务 at 扬州旅游商贸 it recognised as its own
 * 电子商务实务 (resources-courses-demo.ts). Issued through the service — signed with the platform's key, stored and
 * audited — and only while she has no record yet, so a restart issues nothing new and an erased student is left alone.
 */
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { AppDeps } from '../kernel/deps.js';
import { publicBaseUrl } from '../modules/notifications/index.js';
import { homeStudents, issueCredential, issuedCredentials } from '../modules/resources/index.js';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import * as repo from './demo.repository.js';

export const DEMO_RECORD_STUDENT = '林嘉怡';
/** The day after the home schools' recognition decisions of the demo courses. */
const ISSUED_AT = new Date('2026-07-16T02:00:00Z');

export async function ensureLearningRecordDemo(deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const [bodyIds, orgIds] = await Promise.all([repo.bodyIdsByName(db, [ALLIANCE_NAME]), repo.orgIdsByName(db, [CAOYANG_SCHOOL])]);
  const bodyId = bodyIds.get(ALLIANCE_NAME);
  const caoyang = orgIds.get(CAOYANG_SCHOOL);
  if (!bodyId || !caoyang) return;
  const student = (await homeStudents(db, bodyId, caoyang)).items.find((s) => s.name === DEMO_RECORD_STUDENT);
  if (!student || student.creditsRecognised === 0) return;
  if ((await issuedCredentials(db, bodyId, student.id)).items.length > 0) return;
  // The issuer's did:web names where the demo is reached; the verify page checks by the key id, wherever it is asked.
  const signing = { secretKey: deps.secretKey, now: ISSUED_AT, origin: publicBaseUrl(deps.config) };
  await issueCredential(db, SYSTEM_ACTOR, signing, bodyId, student.id);
}
