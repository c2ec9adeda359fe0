/** A teacher of 曹杨 sent to 浦口 and back, the agreement completed: a teacher the exchange names. */
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import type { TestContext } from '../../../testing/test-app.js';
import { completeAgreement, confirmAgreement, createAgreement, createPost } from '../exchange/exchange.service.js';
import type { Alliance } from '../testing/alliance.test-support.js';

export async function completedTeacherExchange(ctx: TestContext, a: Alliance, teacher: { name: string; phone: string }) {
  const db = ctx.deps.database.db;
  const post = { classCode: '6601', fields: '数控加工', days: 5, startsOn: '2027-03-01', endsOn: '2027-06-30' };
  const offer = await createPost(db, SYSTEM_ACTOR, a.bodyId, a.caoyangId, {
    ...post,
    kind: 'teacher_offer',
    title: '数控骨干教师赴校指导',
  });
  const request = await createPost(db, SYSTEM_ACTOR, a.bodyId, a.pukouId, {
    ...post,
    kind: 'teacher_request',
    title: '需要数控实训指导教师',
  });
  const agreement = await createAgreement(db, SYSTEM_ACTOR, a.bodyId, a.pukouId, {
    offerId: offer.id,
    requestId: request.id,
    teacherName: teacher.name,
    teacherPhone: teacher.phone,
    place: '南京浦口中等专业学校数控实训中心',
    startsOn: '2027-03-08',
    endsOn: '2027-03-12',
    plannedHours: 30,
  });
  const at = { bodyId: a.bodyId, orgId: a.caoyangId, agreementId: agreement.id };
  await confirmAgreement(db, SYSTEM_ACTOR, at);
  await completeAgreement(db, SYSTEM_ACTOR, at, { actualDays: 5, actualHours: 32, note: `${teacher.name}老师指导认真` });
  return agreement.id;
}
