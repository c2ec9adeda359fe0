/** A 连云港 consortium with an enterprise, two schools and a user for each side and the secretariat. */
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { addMember, createBody } from '../../bodies/index.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';

export interface Consortium {
  bodyId: string;
  enterpriseId: string;
  collegeId: string;
  secondaryId: string;
  outsiderId: string;
  enterprise: Session;
  college: Session;
  secretariat: Session;
}

export async function consortium(ctx: TestContext): Promise<Consortium> {
  const db = ctx.deps.database.db;
  const [enterprise, college, secondary, outsider] = await insertOrgs(db, [
    orgValues({ name: '连云港测试石化有限公司', type: 'enterprise', regionCode: '320703' }),
    orgValues({ name: '连云港测试职业技术学院', type: 'higher_vocational', regionCode: '320706' }),
    orgValues({ name: '连云港测试中等专业学校', type: 'secondary_vocational', regionCode: '320707' }),
    orgValues({ name: '苏州测试机械有限公司', type: 'enterprise', regionCode: '320583' }),
  ]);
  const body = await createBody(db, SYSTEM_ACTOR, { name: '连云港测试石化产业市域产教联合体', kind: 'consortium', regionCode: '320700' });
  for (const org of [enterprise!, college!, secondary!]) await addMember(db, SYSTEM_ACTOR, body.id, { orgId: org.id, joinedOn: '2026-01-10', reason: '发起单位' });
  const session = async (role: 'org_admin' | 'data_collector' | 'body_secretariat', scopeId: string) =>
    login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId }], { totp: false }));
  return {
    bodyId: body.id,
    enterpriseId: enterprise!.id,
    collegeId: college!.id,
    secondaryId: secondary!.id,
    outsiderId: outsider!.id,
    enterprise: await session('org_admin', enterprise!.id),
    college: await session('data_collector', college!.id),
    secretariat: await session('body_secretariat', body.id),
  };
}
