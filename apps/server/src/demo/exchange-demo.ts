/**
 * The alliance's teacher and vocational-experience exchange (倡议书 三: 师资互派、职业体验互动): one teacher exchange from
 * 曹杨职校 to 靖江中专 carried out and evaluated by both, an open offer of 常州高职校 that matches an open request of 曹杨职校,
 * and a vocational-experience day of 扬州旅游商贸学校 for general schools' pupils. Every post, teacher and evaluation is
 * made up and marked generated. Loaded only when the alliance has no exchange post yet.
 */
import type { TAgreementInput, TExchangePostInput } from '@chanjiao/contracts';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import {
  closeExchangePost,
  completeAgreement,
  confirmAgreement,
  createAgreement,
  createPost,
  evaluateAgreement,
} from '../modules/resources/index.js';
import { listPosts } from '../modules/resources/exchange/exchange.repository.js';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import * as repo from './demo.repository.js';

const JINGJIANG = '江苏省靖江中等专业学校';
const CHANGZHOU = '常州市高级职业技术学校';
const YANGZHOU = '江苏省扬州旅游商贸学校';
const generated = { isGenerated: true };

const CAOYANG_OFFER: TExchangePostInput = {
  kind: 'teacher_offer',
  title: '数控技术骨干教师跨区域实训指导',
  classCode: '6601',
  fields: '数控加工、数控车铣',
  days: 10,
  startsOn: '2026-03-01',
  endsOn: '2026-06-30',
  description: '选派“双师型”骨干教师赴成员校指导数控车铣实训教学（演示）',
};
const JINGJIANG_REQUEST: TExchangePostInput = {
  kind: 'teacher_request',
  title: '数控车铣实训指导教师',
  classCode: '6601',
  fields: '数控车铣、实训教学',
  days: 5,
  startsOn: '2026-04-01',
  endsOn: '2026-05-31',
};
const TEACHER_AGREEMENT: Omit<TAgreementInput, 'offerId' | 'requestId'> = {
  teacherName: '王演示',
  teacherPhone: '13800002026',
  place: '江苏省靖江中等专业学校数控实训中心',
  startsOn: '2026-04-13',
  endsOn: '2026-04-17',
  plannedHours: 30,
};
const CHANGZHOU_OFFER: TExchangePostInput = {
  kind: 'teacher_offer',
  title: '工业机器人应用教师派出',
  classCode: '6603',
  fields: '工业机器人、智能设备运维',
  days: 8,
  startsOn: '2026-09-01',
  endsOn: '2027-01-15',
  description: '可承担工业机器人编程与运维实训教学（演示）',
};
const CAOYANG_REQUEST: TExchangePostInput = {
  kind: 'teacher_request',
  title: '工业机器人编程实训教师',
  classCode: '6603',
  fields: '工业机器人',
  days: 6,
  startsOn: '2026-11-01',
  endsOn: '2027-01-10',
};
const YANGZHOU_ACTIVITY: TExchangePostInput = {
  kind: 'experience',
  title: '“小小面点师”职业体验日',
  classCode: '7402',
  fields: '中式面点、烹饪',
  capacity: 40,
  startsOn: '2026-12-19',
  endsOn: '2026-12-19',
  description: '面向普通中小学学生开放，体验面点制作与餐饮职业（演示）',
};

export async function ensureExchangeDemo(db: Database): Promise<void> {
  const bodyId = (await repo.bodyIdsByName(db, [ALLIANCE_NAME])).get(ALLIANCE_NAME);
  if (!bodyId || (await listPosts(db, bodyId, {})).length > 0) return;
  const orgIds = await repo.orgIdsByName(db, [CAOYANG_SCHOOL, JINGJIANG, CHANGZHOU, YANGZHOU]);
  const [caoyang, jingjiang, changzhou, yangzhou] = [CAOYANG_SCHOOL, JINGJIANG, CHANGZHOU, YANGZHOU].map((name) => orgIds.get(name));
  if (!caoyang || !jingjiang || !changzhou || !yangzhou) return;
  const post = (orgId: string, input: TExchangePostInput) => createPost(db, SYSTEM_ACTOR, bodyId, orgId, input, generated);

  const offer = await post(caoyang, CAOYANG_OFFER);
  const request = await post(jingjiang, JINGJIANG_REQUEST);
  const agreement = await createAgreement(
    db,
    SYSTEM_ACTOR,
    bodyId,
    jingjiang,
    { ...TEACHER_AGREEMENT, offerId: offer.id, requestId: request.id },
    generated,
  );
  const at = (orgId: string) => ({ bodyId, orgId, agreementId: agreement.id });
  await confirmAgreement(db, SYSTEM_ACTOR, at(caoyang));
  await completeAgreement(db, SYSTEM_ACTOR, at(caoyang), {
    actualDays: 5,
    actualHours: 32,
    note: '完成数控车铣实训指导 5 天，另开展教研活动 1 次',
  });
  await evaluateAgreement(db, SYSTEM_ACTOR, new Date('2026-04-20T02:00:00Z'), at(jingjiang), {
    score: 5,
    comment: '指导细致，学生实训操作明显规范，教研活动对本校教师帮助很大',
  });
  await evaluateAgreement(db, SYSTEM_ACTOR, new Date('2026-04-21T02:00:00Z'), at(caoyang), {
    score: 4,
    comment: '接待周到，实训设备完好，建议提前共享学生基础情况',
  });
  await closeExchangePost(db, SYSTEM_ACTOR, bodyId, caoyang, offer.id);
  await closeExchangePost(db, SYSTEM_ACTOR, bodyId, jingjiang, request.id);

  await post(changzhou, CHANGZHOU_OFFER);
  await post(caoyang, CAOYANG_REQUEST);
  await post(yangzhou, YANGZHOU_ACTIVITY);
}
